"""An LP gas retailer's share (blind corpus 66): a card's holder given name first, a contract's
form of two label | value pairs a row, its inspectors; and a trial site's (blind corpus 67): a
consent's 代諾者, a report's 報告者(CRC), the drugs' Luhn-valid numbers, a sample sheet."""

from __future__ import annotations

import sqlite3

import docx
from documents import detected, scanned, values_of, write_xlsx
from openpyxl import Workbook

from leakscope import pii


def test_a_cards_holder_given_name_first_is_the_customer(tmp_path):
    """card.holder 「アケミ スズキ」 is customer 鈴木明美 (スズキアケミ) of the same database
    (before: a person of its own, one more a card)."""
    path = tmp_path / "billing.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE customer(cust_no TEXT, name TEXT, kana TEXT, tel TEXT)")
        db.execute("CREATE TABLE card(cust_no TEXT, card_no TEXT, exp TEXT, holder TEXT)")
        db.executemany("INSERT INTO customer VALUES(?,?,?,?)", [
            ("K10021", "鈴木明美", "スズキアケミ", "0191-22-0736"),
            ("K10028", "小川治", "オガワオサム", "0191-50-8644")])
        db.execute("INSERT INTO card VALUES('K10021','4111111111111111','03/28','アケミ スズキ')")
        db.execute("INSERT INTO card VALUES('K10028','3528846196283678','02/29','オサム オガワ')")
    db.close()
    found, people = scanned(path)
    assert "アケミスズキ" in values_of(found, "person_name")
    assert people == 2


def test_a_contract_form_of_two_pairs_a_row(tmp_path):
    """「お客様 | 中村 亮介 様 | 説明日 | R6/10/1」 over 「供給場所 | 花巻市… | 電話 | …」 and
    「説明者 | 中村結衣 | 業務主任者 | 田中加奈」: one customer's form and two staff (before: read
    as a list under its first row, 供給場所 and 説明者 reported as names, the staff missed)."""
    path = tmp_path / "重要事項説明書.docx"
    document = docx.Document()
    table = document.add_table(rows=3, cols=4)
    for row, cells in zip(table.rows, (
            ("お客様", "中村 亮介 様", "説明日", "R6/10/1"),
            ("供給場所", "花巻市東和町土沢字中野232-7", "電話", "0198-78-6948"),
            ("説明者", "中村結衣", "業務主任者", "田中加奈")), strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.save(path)
    found, people = scanned(path)
    assert values_of(found, "person_name") == {"中村亮介", "中村結衣", "田中加奈"}
    assert values_of(found, "address") == {"花巻市東和町土沢字中野232-7"}
    assert people == 3


def test_an_inspectors_sheet(tmp_path):
    path = write_xlsx(tmp_path / "保安点検.xlsx", ["点検員", "資格", "資格番号"], [
        ["佐藤 修平", "液化石油ガス設備士", "第12345号"],
        ["岡本 陽一", "高圧ガス販売主任者", "第23456号"]], title="点検員一覧")
    found, _ = scanned(path)
    assert values_of(found, "person_name") == {"佐藤修平", "岡本陽一"}


def test_a_consents_representative_is_a_person_of_their_own(tmp_path):
    """「代諾者署名 | 山崎充」 under 「本人署名 | 太田 花子」: her son, who signs for her (before:
    missed, and his phone hers)."""
    path = tmp_path / "同意書.docx"
    document = docx.Document()
    rows = (("本人署名", "太田 花子"), ("電話番号", "070-3038-8368"), ("代諾者署名", "山崎充"),
            ("続柄", "長男"), ("代諾者連絡先", "090-6913-0714"))
    table = document.add_table(rows=len(rows), cols=2)
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.save(path)
    found, people = scanned(path)
    assert values_of(found, "person_name") == {"太田花子", "山崎充"}
    assert people == 2


def test_roles_with_a_profession_in_brackets():
    text = ("重篤な有害事象に関する報告書\n被験者氏名:山田拓真\n報告者(CRC):阿部美加子\n"
            "説明者(CRC):加藤　舞　　説明日:2026年9月3日\n代諾者：山崎 充\n担当CRC：渡辺 学\n")
    assert detected(text, "person_name") == ["山田拓真", "阿部美加子", "加藤舞", "山崎充", "渡辺学"]
    assert detected("担当：カスタマーサポート\n", "person_name") == []


def test_a_coordinators_column(tmp_path):
    path = write_xlsx(tmp_path / "schedule.xlsx", ["CRC名", "社用携帯", "メール"], [
        ["加藤 舞", "080-1234-5678", "crc01@smo-sakura.co.jp"],
        ["渡辺 学", "080-2345-6789", "crc02@smo-sakura.co.jp"]], title="CRC連絡先")
    found, people = scanned(path)
    assert values_of(found, "person_name") == {"加藤舞", "渡辺学"}
    assert people == 2


def test_a_drugs_number_is_no_card():
    """16 Luhn-valid digits begun like a JCB card after 薬剤番号 (before: a card)."""
    assert detected("  薬剤番号 3528271724457399\n", "credit_card_number") == []
    assert detected("カード番号 3528271724457399\n", "credit_card_number") == ["3528271724457399"]


def test_an_account_holders_reading_in_brackets():
    text = "口座変更あり → みずほ銀行 三鷹支店 普通 1234567（名義 ヨシダアケミ）"
    assert detected(text, "person_name") == ["ヨシダアケミ"]


def test_a_sheet_titled_a_sample_with_a_note(tmp_path):
    """「記入例(実在しません)」 over 氏名 | 見本 太郎: a guide's (before: 見本太郎 a person)."""
    path = tmp_path / "職員名簿.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    for row in (("記入例(実在しません)", None), ("氏名", "見本 太郎"), ("電話", "090-1234-5678")):
        sheet.append(row)
    workbook.save(path)
    found, people = scanned(path)
    assert [f for f in found if f.personal] == [] and people == 0


def test_a_trials_adverse_events():
    assert detected("・佐藤さん（ABC-112）うつ症状の訴えあり。", "sensitive") == ["うつ症状"]
    assert detected("鈴木一郎様ご本人は認知機能低下があるため息子さんが同行されます。",
                    "sensitive") == ["認知機能低下"]
    assert detected("被験者氏名：山田拓真\n有害事象名：低血糖", "sensitive") == ["低血糖"]



def test_a_sponsors_block_after_its_role():
    """「治験依頼者 株式会社…(法人番号 …)」 over its address and TEL: the sponsor's (before: the
    address a person's)."""
    text = ("株式会社オリオンファーマの坂本です。\n"
            "治験依頼者 株式会社オリオンファーマ(法人番号 9723347347957)\n"
            "東京都中央区日本橋本町2丁目1番1号 TEL 03-5201-1234\n")
    personal = {(f.category, f.value): f.personal for f in pii.detect(text)}
    assert personal[("address", "東京都中央区日本橋本町2丁目1番1号")] is False
    assert personal[("phone_number", "0352011234")] is False


def test_a_shops_name_before_its_contacts_in_a_from(tmp_path):
    """From: 佐藤工務店 中村 <…>: 中村 of the shop (before: a name 佐藤工務店中村)."""
    path = tmp_path / "給湯器交換のご依頼.eml"
    path.write_text("From: 佐藤工務店 中村 <k.nakamura@sato-koumuten.co.jp>\n"
                    "To: jyusetsu@kitakami-propane.co.jp\nSubject: 給湯器交換\n"
                    "Content-Type: text/plain; charset=utf-8\n\nいつもお世話になっております。\n",
                    encoding="utf-8")
    found, _ = scanned(path)
    assert values_of(found, "person_name") == {"中村"}


def test_a_signature_without_a_space():
    """A quoted signature's 「> 前田七夏」 over her mobile (before: the phone alone); not a line
    of a word over a phone."""
    text = "> 母は金曜の午後に来てもらえますか。\n> 前田七夏\n> 090-0861-5701\n"
    assert detected(text, "person_name") == ["前田七夏"]
    assert detected("中村区役所\n052-111-2222\n株式会社\n03-1234-5678\n", "person_name") == []
