"""A second-hand buyback shop's share (blind corpus 49): a 古物台帳 whose ID numbers sit under
確認方法 | 確認番号, a web form's nested bank and ID objects, a POS log's customer="…", foreign
staff by surname, dependants on two sheets, a manual's 記入例 table."""

from __future__ import annotations

import json

import docx
from documents import detected, scanned, values_of
from openpyxl import Workbook
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii


@BOTH
def test_a_ledgers_id_numbers_under_the_kind_of_check(tmp_path, monkeypatch, table):
    """確認方法 says whose number 確認書類番号 holds, row by row (before: none was found)."""
    path = tmp_path / "kaitori_export.csv"
    path.write_text("取引番号,売主氏名,住所,確認方法,確認書類番号\n"
                    "260801531,三浦　京助,神奈川県横浜市青葉区方京29丁目17-9,運転免許証,"
                    "306596362430\n"
                    "260801532,リー　ジュン,千葉県船橋市東三島17丁目15-34,在留カード,GX69823648WG\n"
                    "260801533,佐々木　智,東京都町田市森野1丁目2-3,パスポート,TZ2156862\n",
                    encoding="cp932")
    found = scan_findings(path, monkeypatch, table)
    assert values_of(found, "drivers_license_number") == {"306596362430"}
    assert values_of(found, "residence_card_number") == {"GX69823648WG"}
    assert values_of(found, "passport_number") == {"TZ2156862"}


def test_a_web_forms_nested_bank_and_identity_document(tmp_path):
    """``"bank": {"number": …}`` is a bank account; ``"id_document": {"type": "運転免許証",
    "number": …}`` the licence its kind says (before: neither was found)."""
    path = tmp_path / "web申込.jsonl"
    record = {"application_id": "TK-2026123456", "name": "山田 直子", "tel": "090-1234-5678",
              "bank": {"name": "りそな銀行", "branch": "新宿", "type": "普通", "number": "1113924",
                       "holder": "ヤマダ ナオコ"},
              "id_document": {"type": "運転免許証", "number": "306596362430"}}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    found, people = scanned(path)
    assert values_of(found, "bank_account") == {"1113924"}
    assert values_of(found, "drivers_license_number") == {"306596362430"}
    assert people == 1


def test_a_pos_logs_customers_and_a_katakana_name_beside_a_kanji_one(tmp_path):
    """customer="…" is a name; a katakana name on the line above a kanji one is not its
    reading: each line's name keeps its own phone (before: the names were not found, then
    ワンハイ was read as 山口翔太's reading and every later line's name shifted one phone)."""
    lines = [f'2026-10-31T09:{i:02d}:00+09:00 INFO [192.168.10.{i}] user=ue0{i} '
             f'action=customer.view customer="{name}" tel={tel}'
             for i, (name, tel) in enumerate([
                 ("ワンハイ", "07014455081"), ("山口翔太", "09084871390"),
                 ("佐藤修平", "09086979446"), ("西村拓真", "08020076646"),
                 ("後藤修平", "09061292875"), ("田中くみ子", "08047439964"),
                 ("山下春香", "07098971356"), ("三浦あすか", "08080793882"),
                 ("佐藤京助", "07071039854"), ("山本結衣", "07040242496"),
                 ("ワンハイ", "07014455081"), ("橋本直樹", "09014902917")], 10)]
    path = tmp_path / "pos_app.log"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found, people = scanned(path)
    assert {"ワンハイ", "山口翔太", "橋本直樹"} <= values_of(found, "person_name")
    assert people == 11
    assert detected('customer_name="山口翔太" tel=09084871390\n', "person_name") == ["山口翔太"]
    assert detected("customer=C12345 filename=\"report.pdf\"\n", "person_name") == []


@BOTH
def test_foreign_staff_by_surname_in_a_staff_column(tmp_path, monkeypatch, table):
    """A 担当 column's ワン and シュレスタ are colleagues by surname as 山崎 beside them, no one
    of their own (before: each row of them was a person)."""
    path = tmp_path / "出張買取予定表.csv"
    path.write_text("日付,お客様,電話,担当\n"
                    "11/2,坂本桃子 様,045-780-6520,山崎\n"
                    "11/3,山本亮介 様,090-2826-0233,ワン\n"
                    "11/4,岡田翼 様,090-2873-2044,シュレスタ\n"
                    "11/7,佐藤充 様,090-8361-6785,ワン\n", encoding="utf-8")
    assert scan_people(path, monkeypatch, table) == 4


def test_dependants_on_the_employee_sheet_and_the_deduction_sheet(tmp_path):
    """An employee list's bare 扶養 「夫 田中知実」 is the dependant the 扶養控除申告 sheet lists
    with a birth date and a My Number: one person (before: with the employee's own birth date
    beside it, two); a relation before a katakana name is cut (「長女 ワンジュン」)."""
    book = Workbook()
    staff = book.active
    staff.title = "従業員"
    for row in [["氏名", "生年月日", "電話", "マイナンバー", "扶養"],
                ["田中\u3000結衣", "平成8年12月15日", "080-5647-4692", "617711754544",
                 "夫 田中知実"],
                ["佐藤\u3000直人", "昭和41年12月26日", "090-7345-4004", "796222824299", "なし"]]:
        staff.append(row)
    dependants = book.create_sheet("扶養控除申告")
    for row in [["扶養親族", "続柄", "生年月日", "個人番号", "同居"],
                ["田中 知実", "夫", "S39/2/23", "3925 8012 7393", "同居"]]:
        dependants.append(row)
    path = tmp_path / "年末調整.xlsx"
    book.save(path)
    assert scanned(path)[1] == 3
    assert [f.value for f in pii.detect("長女 ワンジュン", label="扶養")] == ["ワンジュン"]
    assert detected("ワンジュン（長女）080-4563-3519\n", "person_name") == ["ワンジュン"]
    assert detected("ヘルパー（長女）が対応\n", "person_name") == []


def test_a_manuals_table_of_examples_and_a_licence_line_under_a_title():
    """A ledger's 「記録　東京都公安委員会 第…号」 names no one after 記録."""
    assert detected("古物営業法第16条に基づく記録\u3000東京都公安委員会 第308861702134号\n",
                    "person_name") == []
    assert detected("記録：山田 花子\n", "person_name") == ["山田花子"]


def test_a_manuals_column_of_examples_is_nobodys(tmp_path):
    """項目 | 記入例: the example column's name, phone, card and birth date are a guide's
    (before: 買取太郎 and 1975-01-01 were someone's)."""
    document = docx.Document()
    document.add_paragraph("POS 買取登録 操作マニュアル")
    table = document.add_table(rows=0, cols=2)
    for label, value in [("項目", "記入例"), ("氏名", "買取 太郎"), ("電話番号", "090-0000-0000"),
                         ("生年月日", "昭和50年1月1日"), ("免許証番号", "123456789012")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    path = tmp_path / "マニュアル.docx"
    document.save(path)
    found, people = scanned(path)
    assert [f for f in found if f.personal] == []
    assert people == 0


def test_a_chats_sender_by_name_and_whom_the_text_names(tmp_path):
    """A LINE WORKS export's "user": "山崎零" over its "text" is the sender's name, the customer
    the text names someone else (before: the sender was not found, and the customer's licence
    and address were the sender's)."""
    path = tmp_path / "lineworks_export.json"
    messages = [{"user": "山崎零", "ts": "2026-10-21T11:02:00+09:00",
                 "text": "井上淳さん来店、免許証 622556904720 で確認しました。"},
                {"user": "田中結衣", "ts": "2026-10-21T11:05:00+09:00",
                 "text": "了解、台帳修正しておいて"}]
    path.write_text(json.dumps({"room": "買取チーム", "messages": messages},
                               ensure_ascii=False), encoding="utf-8")
    found, people = scanned(path)
    assert values_of(found, "person_name") == {"山崎零", "田中結衣", "井上淳"}
    assert people == 3


def test_a_contact_lists_foreign_names_with_a_middle_dot():
    """「本店　ワンヴァン・ミン　携帯 070-…」 is a colleague's row (before: only the phone); a
    desk's katakana words so written are no one."""
    assert detected("本店\u3000ワンヴァン・ミン\u3000携帯 070-7257-4274\n", "person_name") \
        == ["ワンヴァン・ミン"]
    assert detected("グエン・ヴァン・ナム 090-1234-5678\n", "person_name") \
        == ["グエン・ヴァン・ナム"]
    assert detected("カスタマー・サポート 0120-123-456\n", "person_name") == []
