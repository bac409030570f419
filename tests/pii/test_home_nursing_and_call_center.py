"""A visiting nurses' station's share (blind corpus 64): a dump's keyperson column, a phone
tree's jobs in brackets, a 管理者 by label, a chat room's name, what a body lives with at home,
a nurse's 服薬管理; and a call centre's (blind corpus 65): names said in a call."""

from __future__ import annotations

import csv
import json

from documents import detected, scanned, values_of
from table_paths import BOTH, scan_people

ROWS = 300  # enough rows for the table path
_SURNAMES = ("鈴木", "中村", "伊藤", "高橋", "前田", "近藤", "佐藤", "田中", "渡辺", "山本")
_GIVEN = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十")
_KEY = ("零", "健", "誠", "学", "明", "茂", "勇", "実", "豊", "清")


def test_a_dumps_key_person_column(tmp_path):
    """patients.keyperson holds the family's key person (before: no label, the names missed)."""
    path = tmp_path / "houmon.sql"
    path.write_text(
        "CREATE TABLE patients(id TEXT PRIMARY KEY, name TEXT, birth_date TEXT, keyperson TEXT,"
        " keyperson_tel TEXT);\n"
        "INSERT INTO patients VALUES('P015','鈴木健一','1941-03-02','鈴木明美','09012345670');\n"
        "INSERT INTO patients VALUES('P016','高橋さゆり','1938-11-20','高橋修平','08098765432');\n",
        encoding="utf-8")
    found, people = scanned(path)
    assert values_of(found, "person_name") == {"鈴木健一", "鈴木明美", "高橋さゆり", "高橋修平"}
    assert people == 4


def test_a_phone_trees_jobs_and_a_manager_by_label():
    """「 1. 高橋 香織（管理者・看護師）　携帯 090-…」 and 「管理者：高橋 香織」 name her (before:
    the phones only); 「担当は鈴木明美となります」 is 鈴木明美 (before: 鈴木明美とな)."""
    text = ("■ 緊急時連絡網\n 1. 高橋 香織（管理者・看護師）　携帯 090-7245-3548\n"
            " 3. 阿部　知実（理学療法士）　携帯 ０８０－１２３４－５６７８\n")
    assert detected(text, "person_name") == ["高橋香織", "阿部知実"]
    assert detected("管理者：高橋 香織\n", "person_name") == ["高橋香織"]
    assert detected("ご依頼ありがとうございます。担当は鈴木明美となります。",
                    "person_name") == ["鈴木明美"]
    assert detected("担当は鈴木 明美となります。", "person_name") == ["鈴木明美"]  # (its space)
    assert detected("システム管理者：admin\n管理者は不在です。\n", "person_name") == []


def test_a_chat_rooms_name_is_no_one(tmp_path):
    """A chat export's room {"name": "訪問看護チーム"} is a team (before: a person)."""
    path = tmp_path / "chat.json"
    path.write_text(json.dumps({"room": {"roomId": "R-2207", "name": "訪問看護チーム"},
                                "messages": [{"sender": {"displayName": "高橋 香織"},
                                              "content": {"text": "本日訪問済みです。"}}]},
                               ensure_ascii=False), encoding="utf-8")
    assert values_of(scanned(path)[0], "person_name") == {"高橋香織"}


def test_what_a_body_lives_with_and_a_nurses_work(tmp_path):
    """胃ろう, 在宅酸素療法, ストーマ are a patient's conditions (before: none); a 指示書's
    「服薬管理」 is the nurse's work, no fact of the patient (before: 服薬)."""
    assert detected("利用者：山田 聡太郎 様　胃ろう造設後、在宅酸素療法中。ストーマ管理あり。",
                    "sensitive") == ["胃ろう", "在宅酸素療法", "ストーマ"]
    path = tmp_path / "指示書.csv"
    path.write_text("利用者氏名,主たる傷病名,留意事項及び指示事項\n"
                    "山田 聡太郎,慢性心不全,状態観察、服薬管理\n", encoding="utf-8")
    assert values_of(scanned(path)[0], "sensitive") == {"慢性心不全"}


def test_names_said_in_a_call():
    """A transcript's 「お客様：坂本 加奈です。」 and 「母は後藤 裕美子です。」 (before: no one);
    「今日は晴天です。」 and 「支払いは現金です。」 name no one."""
    text = "オペレーター：お名前をお願いします。\nお客様：坂本 加奈です。母は後藤 裕美子です。\n"
    assert detected(text, "person_name") == ["坂本加奈", "後藤裕美子"]
    assert detected("今日は晴天です。支払いは現金です。", "person_name") == []


def test_an_operators_name_is_not_the_callers(tmp_path):
    """A call transcript: the caller's number heads it, the operator says 「…、伊藤でございます」,
    the caller 「高橋 加奈です」: one person, the caller (before: the number the operator's,
    two)."""
    path = tmp_path / "REC_20241012.txt"
    path.write_text(
        "【通話録音 文字起こし】 日時: 2024/11/13 14:12\n発信者番号: 08060841440  担当: OP1017\n\n"
        "オペレーター：お電話ありがとうございます。ハルモニア通販お客様センター、伊藤でございます。\n"
        "お客様：あのね、注文したのがまだ届かないのよ。\n"
        "お客様：高橋 加奈です。生年月日は昭和16年12月15日。\n", encoding="utf-8")
    found, people = scanned(path)
    assert {"伊藤", "高橋加奈"} <= values_of(found, "person_name")
    assert people == 1


def test_a_card_number_read_out_in_a_call():
    """「カードね、えーと、５２４１、２７５６、７７１９、７９１１」: a card its groups a comma
    apart, after a card's word (before: none); without one, numbers so listed are none."""
    assert detected("お客様：カードね、えーと、５２４１、２７５６、７７１９、７９１１。\n",
                    "credit_card_number") == ["5241275677197911"]
    assert detected("部屋番号：5241、2756、7719、7911\n", "credit_card_number") == []


@BOTH
def test_patients_whose_care_ended_in_death(tmp_path, monkeypatch, table):
    """終了者一覧: 終了理由 「死亡（在宅看取り）」 says the row's patient died: no one the count
    counts, their key person still one (before: every patient counted)."""
    reasons = ("死亡（在宅看取り）", "入院", "死亡（病院）", "施設入所")
    rows = [[f"E{i:03d}", f"{_SURNAMES[i % 10]}　{_GIVEN[i // 10 % 10]}{_GIVEN[i // 100]}",
             f"S{1 + i % 60}.{i % 12 + 1}.{i % 27 + 1}", f"045-{500 + i}-{1000 + i}",
             reasons[i % 4], f"{_SURNAMES[i % 10]}　{_KEY[i // 10 % 10]}", "長男",
             f"090-{6000 + i}-{1000 + i}"] for i in range(ROWS)]
    path = tmp_path / "終了者一覧.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["利用者ID", "氏名", "生年月日", "電話番号", "終了理由", "キーパーソン",
                         "続柄", "連絡先"])
        writer.writerows(rows)
    assert scan_people(path, monkeypatch, table) == ROWS // 2 + ROWS


def test_a_relatives_phone_is_a_person_of_their_own(tmp_path):
    """「娘さんの携帯 080-…」 in a customer's line, 「母：香織さん 080-…」 in a child's: the
    daughter's, the mother's, a person of their own (before: the customer's second phone, the
    child's)."""
    path = tmp_path / "引継ぎメモ.txt"
    path.write_text("・阿部 あすか様（アベ アスカ）ご高齢、耳が遠いのでゆっくり話すこと。\n"
                    "  住所 鎌ケ谷市手岡4-6-9、娘さんの携帯 080―8098―4065 にも連絡可。\n",
                    encoding="utf-8")
    found, people = scanned(path)
    assert values_of(found, "phone_number") == {"08080984065"}
    assert people == 2
    path.write_text("・阿部 あすか様　携帯 080―8098―4065 にも連絡可。\n", encoding="utf-8")
    assert scanned(path)[1] == 1
    # (a kids' cut list's mother by her given name: her phone hers; by her full name, her line)
    path.write_text("・伊藤 幹ちゃん（2009年生）　母：香織さん　080-8088-9539\n", encoding="utf-8")
    assert scanned(path)[1] == 2
    path.write_text("・伊藤 幹ちゃん（2009年生）　母：伊藤香織さん　080-8088-9539\n",
                    encoding="utf-8")
    assert scanned(path)[1] == 2
