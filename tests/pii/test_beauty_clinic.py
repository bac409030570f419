"""A beauty clinic's share (blind corpus 44): a card terminal's test payments, a counselling
sheet's yes/no rows, a parent's consent for a minor signed with a seal, a monitor campaign's
list of names with their given names' readings, a LINE message's self-introduction."""

from __future__ import annotations

import json

import docx
from documents import detected, people_in, values_of
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii


@BOTH
def test_a_terminals_test_payment_is_nobody(tmp_path, monkeypatch, table):
    """「テスト 決済」 paying with a published test card is a placeholder, not a patient
    (before: each test row was a person and its name a finding)."""
    path = tmp_path / "カード決済履歴.csv"
    path.write_text("決済ID,決済日,患者氏名,カード番号,有効期限,金額\n"
                    "PAY202401318819,2024/01/31,佐藤 結衣,5462938379216758,11/25,6600\n"
                    "PAYTEST341,2024/05/01,テスト 決済,4111111111111111,12/30,1\n"
                    "PAYTEST658,2024/05/01,テスト 決済,5555555555554444,12/30,1\n",
                    encoding="utf-8")
    assert values_of(scan_findings(path, monkeypatch, table), "person_name") == {"佐藤結衣"}
    assert scan_people(path, monkeypatch, table) == 1


def _form(path, rows):
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.save(path)
    return [f for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)]


def test_a_counselling_sheets_questions_are_labels(tmp_path):
    """A question no detector knows (服薬中のお薬, 妊娠中・授乳中) labels its answer: answered
    なし or いいえ, nothing sensitive; a ticked あり beside the condition named is the condition
    (before: 服薬, 妊娠中 and あり were conditions)."""
    found = _form(tmp_path / "カウンセリングシート.docx", [
        ("お名前", "中村\u3000裕美子"), ("電話番号", "070-3904-2058"),
        ("既往歴", "■あり\u3000□なし（高血圧症）"), ("アレルギー", "□あり\u3000■なし"),
        ("服薬中のお薬", "なし"), ("妊娠中・授乳中", "□はい\u3000■いいえ"),
        ("過去の美容施術歴", "ハイフ（ウルセラ）（2022年頃、他院）")])
    assert values_of(found, "sensitive") == {"高血圧症"}
    assert values_of(found, "person_name") == {"中村裕美子"}


def test_ticked_boxes_after_a_field_in_text():
    """The text path reads a field's boxes as the table path does: the ticked choice, no
    なし, and no あり beside a condition its term reports (before: 「□あり ■なし」 and
    「■あり □なし」 were conditions)."""
    def conditions(line: str) -> list[str]:
        return [f.value for f in pii.detect(f"氏名：山田太郎\n{line}\n")
                if f.category == "sensitive"]

    assert conditions("既往歴：□あり　■なし") == []
    assert conditions("既往歴：■あり　□なし（高血圧症）") == ["高血圧症"]
    assert conditions("既往歴：■あり（喘息）　□なし") == ["喘息"]
    assert conditions("既往歴：■あり　□なし") == ["あり"]  # (that there is one, unnamed)


def test_a_minors_consent_signed_by_a_parent(tmp_path):
    """施術を受ける方 names the minor; the parent's name is read without the seal's ㊞ after it
    (before: the minor's name was missed and the parent's was 池田結衣印)."""
    found = _form(tmp_path / "未成年者同意書.docx", [
        ("施術を受ける方", "池田 里佳"), ("生年月日", "平成19年8月3日"),
        ("保護者氏名", "池田 結衣\u3000㊞"), ("続柄", "母"), ("保護者連絡先", "090−0597−7285")])
    assert values_of(found, "person_name") == {"池田里佳", "池田結衣"}
    assert detected("保護者氏名：高橋 浩㊞\n", "person_name") == ["高橋浩"]
    assert detected("氏名：印南 花子\n", "person_name") == ["印南花子"]


def test_names_listed_with_their_given_names_reading():
    """「採用：佐藤 桃子（モモコ）」: the reading in brackets is the given name's alone (before:
    only a reading of the whole name was taken, and none of these was found)."""
    found = pii.detect("2022年モニター選考結果\n採用：佐藤 桃子（モモコ）\n"
                       "採用：山本 幹（ミキ）\n不採用：斎藤 舞（マイ）\n")
    assert {f.value for f in found if f.category == "person_name"} \
        >= {"佐藤桃子", "山本幹", "斎藤舞"}
    assert detected("新商品（シンショウヒン）のご案内\n", "person_name") == []


def test_a_self_introduction_with_a_given_name_in_hiragana():
    """「中村さゆりと申します」 (before: only a kanji given name was read so)."""
    assert detected("はじめまして、中村さゆりと申します。", "person_name") == ["中村さゆり"]
    assert detected("手続きを進めたいと申します。", "person_name") == []
    assert detected("中村ともみと申します。", "person_name") == ["中村ともみ"]
    assert detected("中村でございます。", "person_name") == ["中村"]


def _line_export(path, messages):
    path.write_text("\n".join(json.dumps({"displayName": name, "type": "message", "text": text},
                                         ensure_ascii=False) for name, text in messages) + "\n",
                    encoding="utf-8")


def test_a_chat_messages_display_name_and_signature_are_one_name(tmp_path):
    """A LINE message under the display name 「翔太🌸」 signed 「…を受けた山本です」 is 山本翔太,
    the clinic's patient of that name; a katakana display name joins the surname's reading
    (渡辺 + ナオキ: the booking's ワタナベ ナオキ). Before: each message was a person of its own,
    its mail in no other file."""
    _line_export(tmp_path / "line.jsonl", [
        ("翔太🌸", "先日ピーリングを受けた山本です。腫れが引きません。メール shota807@yahoo.co.jp"),
        ("ナオキ", "先日ダーマペン4を受けた渡辺です。メール naoki427@icloud.com に返信ください。")])
    (tmp_path / "patients.csv").write_text(
        "氏名,カナ,生年月日,電話\n山本 翔太,ヤマモト ショウタ,1970-05-29,090-6649-0663\n"
        "渡辺 直樹,ワタナベ ナオキ,1972-06-14,080-8477-2253\n", encoding="utf-8")
    assert people_in(tmp_path, {}) == 2
    found = [f for f in pii.scan([tmp_path / "line.jsonl"], workers=1)
             if isinstance(f, pii.Finding)]
    assert {"翔太", "山本", "渡辺", "ナオキ"} <= values_of(found, "person_name")


def test_names_apart_in_free_text_are_not_joined(tmp_path):
    """In a mail, a surname and another's given name are two people's, not one name."""
    (tmp_path / "patients.csv").write_text(
        "氏名,生年月日,電話\n山本 翔太,1970-05-29,090-6649-0663\n", encoding="utf-8")
    (tmp_path / "memo.txt").write_text(
        "先日ピーリングを受けた山本です。\n長男の翔太さんの件でご連絡しました。\n"
        "メール shota807@yahoo.co.jp\n", encoding="utf-8")
    assert people_in(tmp_path, {}) == 2
