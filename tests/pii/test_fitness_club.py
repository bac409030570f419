"""A fitness club's leaked drive and web export (blind corpus 19): a browser's version is no IP
address, a bearer token is a credential, staff named after their role, a store's own contacts,
an employer's line above a staff list, a system's test row; and another club's share (blind
corpus 46): an emergency-contact list typed by hand, a health questionnaire of questions and
answers."""

from __future__ import annotations

import csv
import json

import docx
from documents import detected, personal_of, values_of
from openpyxl import Workbook
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.category, f.value) for f in pii.detect(text)]


def _names(text: str) -> list[str]:
    return [value for category, value in _found(text) if category == "person_name"]


def test_a_gecko_version_in_a_user_agent_is_no_ip_address(tmp_path):
    path = tmp_path / "app.jsonl"
    path.write_text(json.dumps({
        "ip": "203.0.113.5",
        "ua": "Mozilla/5.0 (Windows NT 6.1; rv:1.9.0.20) Gecko/20100101 Firefox/3.0.20"}) + "\n",
        "utf-8")
    found = personal_of(path)
    assert ("ip_address", "203.0.113.5") in found
    assert ("ip_address", "1.9.0.20") not in found


def test_a_bearer_token_in_a_request_log_is_a_credential(tmp_path):
    token = "989717717397b5e39058be008e3839e50199bd23"
    path = tmp_path / "app.jsonl"
    path.write_text(json.dumps({"path": "/api/v1/reservations",
                                "headers": {"Authorization": f"Bearer {token}"}}) + "\n", "utf-8")
    assert ("credential", token) in personal_of(path)
    assert _found("Authorization: Basic dXNlcjpwYXNzd29yZDEyMw==") == [
        ("credential", "dXNlcjpwYXNzd29yZDEyMw==")]
    assert _found("token based authentication is described in the documentation") == []


def test_staff_named_after_their_role_title_or_in_a_list():
    assert _names("担当トレーナー：田中　直樹\n") == ["田中直樹"]
    assert _names("対応者：トレーナー 田中　直樹\n報告者：店長 高橋　香織\n") == ["田中直樹",
                                                                         "高橋香織"]
    assert _names("出席：高橋　香織、渡辺　直樹、前田　直樹\n議題：年末年始の営業") == [
        "高橋香織", "渡辺直樹", "前田直樹"]
    assert _names("参加者：松田 幹、佐藤 裕太の2名") == ["松田幹", "佐藤裕太"]
    assert _names("出席：3名、欠席：1名\n担当スタッフ：未定\n") == []
    assert _names("相手の方は御手洗裕子さん（ミタライ ユウコ）で") == ["御手洗裕子",
                                                                   "ミタライユウコ"]


def test_a_field_word_after_its_condition_is_not_one_more_and_an_injury_is_one():
    text = ("山田様は糖尿病の既往があるため心拍数を抑える。"
            "伊藤様は喘息の持病あり。佐藤様は持病があります。")
    sensitive = [value for category, value in _found(text) if category == "sensitive"]
    assert sensitive == ["糖尿病", "喘息", "持病"]
    assert ("sensitive", "右足関節捻挫") in _found(
        "被災者：山口 さゆり様。ランニングマシンから転落し右足関節捻挫。")
    assert [c for c, _ in _found("山田様には大変お骨折りいただきました。")] == ["person_name"]


def test_a_stores_own_contacts_are_the_stores():
    rules = ("お問い合わせ\n"
             "渋谷店　〒150-0043 東京都渋谷区道玄坂2丁目10番5号 フィットビル3F　TEL 03-5456-3201\n")
    assert {f.personal for f in pii.detect(rules)} == {False}
    signature = ("前田 聡太郎 様\n\n退会日は2024年12月31日となります。\n\n"
                 "フィットライフ渋谷店　店長　高橋　香織\n"
                 "〒150-0043 東京都渋谷区道玄坂2丁目10番5号 フィットビル3F\n"
                 "TEL 03-5456-3201\n携帯 090-1111-2222\n")
    personal = {f.value: f.personal for f in pii.detect(signature)}
    assert personal["0354563201"] is False and personal["1500043"] is False
    assert personal["09011112222"] is True  # the manager's own
    report = ("被災者氏名：渡辺 直子\n"
              "店舗所在地：〒180-0004 東京都武蔵野市吉祥寺本町1-15-9 吉祥寺スクエア4F   TEL "
              "0422-21-2033\n住所：〒145-0071 東京都大田区田園調布1-20-17\n連絡先：080-9777-6451\n")
    personal = {f.value: f.personal for f in pii.detect(report)}
    assert personal["0422212033"] is False and personal["1800004"] is False
    assert personal["1450071"] is True and personal["08097776451"] is True


_STAFF = (("E65327", "高橋　香織", "070-4748-9685"), ("E75452", "渡辺　直樹", "090-5856-1980"),
          ("E61589", "前田　直樹", "090-9535-6443"))


@BOTH
def test_an_employers_line_above_a_staff_list(tmp_path, monkeypatch, table):
    """従業員名簿: 「株式会社… | 法人番号 | 9177…」 above the header: the number is the
    employer's 法人番号, the header's labels are its own (not 法人番号氏名), and a footnote
    row's 旧社員番号 is no one's name."""
    rows = [("株式会社フィットライフ東京", "法人番号", "9177763170669"),
            ("社員番号", "氏名", "携帯"), *_STAFF, (),
            ("備考", "旧社員番号（12桁）", "583778353373")]
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(tmp_path / "従業員名簿.xlsx")
    with (tmp_path / "従業員名簿.csv").open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    for name in ("従業員名簿.xlsx", "従業員名簿.csv"):
        findings = scan_findings(tmp_path / name, monkeypatch, table)
        corporate = [f for f in findings if f.category == "corporate_number"]
        assert [(f.value, f.personal) for f in corporate] == [("9177763170669", False)]
        names = {f.value: f.location["field"] for f in findings if f.category == "person_name"}
        assert names == {"高橋香織": "氏名", "渡辺直樹": "氏名", "前田直樹": "氏名"}
        assert scan_people(tmp_path / name, monkeypatch, table) == 3


@BOTH
def test_a_systems_test_row_is_no_one(tmp_path, monkeypatch, table):
    path = tmp_path / "クレジット決済.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(("会員番号", "氏名", "カード番号", "有効期限"))
        writer.writerow(("10715685", "森　春香", "4205259689258108", "01/29"))
        writer.writerow(("20823495", "中村　学", "5181333654078265", "08/25"))
        writer.writerow(("テスト", "テスト　カード", "4111-1111-1111-1111", "12/30"))
    assert scan_people(path, monkeypatch, table) == 2
    names = [f.value for f in scan_findings(path, monkeypatch, table)
             if f.category == "person_name" and f.personal is not False]
    assert names == ["森春香", "中村学"]


def test_a_members_name_before_their_number_in_brackets():
    """「石井 蓮（SJ536396）　緊急連絡先：石井美咲（母）」: the member at the line's start as
    well as the contact (before: only the contact was found)."""
    text = ("緊急連絡先一覧　※取扱注意\n\n"
            "石井 蓮（SJ536396）　緊急連絡先：石井美咲（母）　07018504648\n"
            "佐藤 智也（SJ616267）　緊急連絡先：佐藤直美（妻）　07087805437\n")
    assert detected(text, "person_name") == ["石井蓮", "石井美咲", "佐藤智也", "佐藤直美"]


def test_a_questionnaire_under_its_name_is_one_persons_form(tmp_path):
    """氏名 | 原田 京子 above questions no detector knows: a form, its questions labels (before:
    a list headed 氏名 | 原田 京子, each question a person's name)."""
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for question, answer in [("氏名", "原田 京子"),
                             ("現在治療中の病気はありますか", "はい（うつ病）"),
                             ("服用中の薬", "抗うつ薬"), ("妊娠中または妊娠の可能性", "なし")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = question, answer
    path = tmp_path / "健康チェックシート.docx"
    document.save(path)
    run = pii.scan([path], workers=1)
    found = list(run)
    assert values_of(found, "person_name") == {"原田京子"}
    assert values_of(found, "sensitive") == {"うつ病", "抗うつ薬"}
    assert run.summary.subjects == 1


def test_a_manuals_example_is_nobody():
    """A manual's 入力例: 山田 太郎 with 090-0000-0000 and test@example.com is an example, no
    person (before: the name and the address were reported, one person counted); a 山田 太郎 of
    no example's line is a name."""
    manual = ("2. お客様情報の入力例\n"
              "  氏名：山田 太郎　電話：090-0000-0000　メール：test@example.com\n")
    assert pii.detect(manual) == []
    assert detected("記入例\n氏名：山田 花子\n", "person_name") == []
    assert detected("氏名：山田 太郎　電話：090-1234-5678\n", "person_name") == ["山田太郎"]
    assert detected("田中 花子様より。尿サンプルを提出\n", "person_name") == ["田中花子"]
