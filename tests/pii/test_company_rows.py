"""A company's row in a table (a client list with its 法人番号, a CRM's clients table, an
employer's block above a 扶養控除 list): its 所在地, 〒 and 電話 are the company's, reported as
not personal; the people it names keep theirs. A sole trader's 登録番号 is no 法人番号; a
filling guide's row (記入例) is nobody's. Checked on real files, on the table path and cell
by cell."""

from __future__ import annotations

import sqlite3

from faker import Faker
from openpyxl import Workbook
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii

CORPORATE = ["8149207037087", "8843605698288", "1033155898541"]


def _client_list(rows: int) -> str:
    lines = ["顧問先コード,会社名,法人番号,〒,所在地,代表電話,代表者,経理担当者,担当者携帯"]
    for i in range(rows):
        lines.append(f"C{i:03d},株式会社みどり{i},{CORPORATE[i % 3]},216-{8200 + i:04d},"
                     f"神奈川県横浜市青葉区美しが丘5丁目{i + 1}番5号,045-859-{i:04d},"
                     f"山田 太郎,遠藤 紗希,090-1234-{i:04d}")
    return "\n".join(lines) + "\n"


@BOTH
def test_a_client_lists_company_address_is_the_companys(tmp_path, monkeypatch, table):
    path = tmp_path / "顧問先一覧.csv"
    path.write_text(_client_list(60), encoding="utf-8")
    found = {(f.category, f.value): f.personal for f in scan_findings(path, monkeypatch, table)}
    assert found[("address", "神奈川県横浜市青葉区美しが丘5丁目1番5号")] is False
    assert found[("postal_code", "2168200")] is False
    assert found[("phone_number", "0458590000")] is False  # (代表電話: as before)
    assert found[("phone_number", "09012340000")] is not False  # the contact's mobile


@BOTH
def test_a_clients_table_rows_of_companies_and_of_a_person(tmp_path, monkeypatch, table):
    """A CRM's clients: a company's zip, address and tel are the company's; a sole
    proprietor's in the same table are theirs."""
    path = tmp_path / "crm.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE clients (name TEXT, corp_no TEXT, zip TEXT, address TEXT,"
                   " tel TEXT)")
        db.executemany("INSERT INTO clients VALUES (?, ?, ?, ?, ?)", [
            (f"株式会社テスト{i}", CORPORATE[i % 3], f"160-{i:04d}",
             f"東京都新宿区西新宿{i % 8 + 1}丁目{i + 1}番3号", f"03-5321-{i:04d}")
            for i in range(60)] + [
            ("日比野 勝", "", "182-0022", "東京都調布市国領町5丁目23番10号", "090-8765-4321")])
    found = {(f.category, f.value): f.personal for f in scan_findings(path, monkeypatch, table)}
    assert found[("address", "東京都新宿区西新宿1丁目1番3号")] is False
    assert found[("phone_number", "0353210000")] is False
    assert found[("postal_code", "1600000")] is False
    assert found[("address", "東京都調布市国領町5丁目23番10号")] is not False
    assert found[("phone_number", "09087654321")] is not False


@BOTH
def test_a_sole_traders_registration_number_is_no_corporate_number(tmp_path, monkeypatch,
                                                                     table):
    """屋号 | 氏名 | 登録番号: the T number passes the corporate check, but a person's is no
    法人番号; a company's row beside it keeps its own."""
    path = tmp_path / "個人事業主.csv"
    path.write_text("屋号,氏名,登録番号,電話\n" + "".join(
        f"山田商店{i},日比野 勝,T{CORPORATE[i % 2]},090-1111-{i:04d}\n" for i in range(60))
        + f"株式会社テスト,株式会社テスト,T{CORPORATE[2]},03-1111-2222\n", encoding="utf-8")
    corporate = {f.value for f in scan_findings(path, monkeypatch, table)
                 if f.category == "corporate_number"}
    assert corporate == {CORPORATE[2]}


def test_a_sellers_registration_number_on_each_buyers_row_is_the_sellers(tmp_path):
    path = tmp_path / "注文.csv"
    path.write_text("注文者氏名,販売事業者登録番号\n" + "".join(
        f"山田 太郎{i},T{CORPORATE[0]}\n" for i in range(3)), encoding="utf-8")
    assert {f.value for f in pii.scan([path], workers=1)
            if isinstance(f, pii.Finding) and f.category == "corporate_number"} \
        == {CORPORATE[0]}


def test_an_employers_block_above_a_list_is_the_companys(tmp_path, monkeypatch):
    """A 扶養控除 list's first row names the employer across (名称 | 株式会社… | 法人番号 | … |
    所在地 | …): its 法人番号 is found, its address is the company's, and it is no one."""
    book = Workbook()
    sheet = book.active
    sheet.append(["給与の支払者の名称", "株式会社青葉精工", "法人番号", CORPORATE[0], "所在地",
                  "神奈川県横浜市青葉区美しが丘5丁目15番5号"])
    sheet.append([])
    sheet.append(["社員番号", "区分", "氏名", "フリガナ", "生年月日", "住所"])
    for i, name in enumerate(["遠藤 晴人", "中村 茂", "鈴木 誠"]):
        sheet.append([f"1000{i}", "本人", name, "", f"平成{i + 2}年3月13日",
                      f"東京都世田谷区桜新町3丁目{i + 1}番5号"])
    path = tmp_path / "扶養控除等申告書_一覧.xlsx"
    book.save(path)
    run = pii.scan([path], workers=1)
    found = {(f.category, f.value): f for f in run if isinstance(f, pii.Finding)}
    assert found[("corporate_number", CORPORATE[0])].location["field"] == "法人番号"
    assert found[("address", "神奈川県横浜市青葉区美しが丘5丁目15番5号")].personal is False
    assert run.summary.subjects == 3


@BOTH
def test_a_withholding_slips_payer_columns_are_the_employers(tmp_path, monkeypatch, table):
    """源泉徴収票: 支払者所在地 and 支払者電話 are the employer's; the 受給者's are theirs."""
    fake = Faker("ja_JP")
    Faker.seed(15)
    names = list(dict.fromkeys(fake.name() for _ in range(200)))[:60]
    path = tmp_path / "源泉徴収票_2024.csv"
    path.write_text("支払者個人番号又は法人番号,支払者名称,支払者所在地,支払者電話,受給者氏名,"
                    "受給者住所\n" + "".join(
                        f"{CORPORATE[0]},株式会社青葉精工,神奈川県横浜市青葉区美しが丘5丁目15番5号,"
                        f"045-859-9478,{name},東京都世田谷区桜新町3丁目{i + 1}番5号\n"
                        for i, name in enumerate(names)), encoding="cp932")
    found = {(f.category, f.value): f.personal for f in scan_findings(path, monkeypatch, table)}
    assert found[("address", "神奈川県横浜市青葉区美しが丘5丁目15番5号")] is False
    assert found[("phone_number", "0458599478")] is False
    assert found[("address", "東京都世田谷区桜新町3丁目1番5号")] is not False
    assert scan_people(path, monkeypatch, table) == 60


@BOTH
def test_a_company_in_a_persons_column_is_no_one(tmp_path, monkeypatch, table):
    """A key ledger lends keys to tenants and to contractors (貸出先 株式会社東和設備 |
    連絡先): a contractor's row is no person, its phone the company's."""
    path = tmp_path / "鍵管理台帳.csv"
    path.write_text("鍵番号,貸出先,連絡先\n" + "".join(
        f"K{i:03d},{name},{phone}\n" for i, (name, phone) in enumerate(
            [("山本 里佳", "090-2494-4614"), ("株式会社東和設備", "042-361-4919"),
             ("雑賀 直人", "080-2287-6597"), ("有限会社サクラ内装", "06-1181-4980")] * 15)),
        encoding="utf-8")
    found = {(f.category, f.value): f.personal for f in scan_findings(path, monkeypatch, table)}
    assert found[("phone_number", "0423614919")] is False
    assert found[("phone_number", "09024944614")] is not False
    assert scan_people(path, monkeypatch, table) == 2


@BOTH
def test_a_filling_guides_row_in_a_list_is_nobodys(tmp_path, monkeypatch, table):
    """A 支払調書 list's first row shows how to fill it in (「記入例　山田 太郎」 and the
    government guide's My Number 123456789018): not reported, no one."""
    path = tmp_path / "支払調書_個人番号.csv"
    path.write_text("受取人氏名,個人番号,口座番号\n"
                    "記入例　山田 太郎,123456789018,1234567\n"
                    "記入例,,7654321\n" + "".join(
                        f"{name},,{2000000 + i}\n" for i, name in enumerate(
                            ["佐藤 一郎", "鈴木 花子", "高橋 健", "田中 美咲"] * 15)),
                    encoding="utf-8")
    values = {f.value for f in scan_findings(path, monkeypatch, table)}
    assert not values & {"123456789018", "山田太郎", "1234567", "7654321"}
    assert "2000000" in values
    assert scan_people(path, monkeypatch, table) == 4


def test_a_first_cell_that_only_begins_with_a_guides_word_is_data(tmp_path):
    path = tmp_path / "出展者.csv"
    path.write_text("区分,氏名,電話\n見本市出展,山田 太郎,090-1234-5678\n", encoding="utf-8")
    assert ("phone_number", "09012345678") in {
        (f.category, f.value) for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)}


@BOTH
def test_a_companys_address_over_two_columns_is_the_companys(tmp_path, monkeypatch, table):
    """年賀状宛名: 宛名 | 住所1 | 住所2, read as one address; a supplier addressed 御中 is no
    one, on the row reader as on the table path (its rules named the parts, not the whole)."""
    path = tmp_path / "年賀状宛名.csv"
    path.write_text("宛名,敬称,郵便番号,住所1,住所2\n" + "".join(
        f"{name},{title},151-{i:04d},東京都渋谷区本町5丁目{i + 1}番14号,"
        f"{'メゾン101' * (i % 2 == 0)}\n"
        for i, (name, title) in enumerate([("佐々木 智也", "様"), ("山田 真綾", "様"),
                                           ("有限会社 東京デンタルラボ 御中", "")] * 20)),
        encoding="utf-8")
    found = {(f.category, f.value): f.personal for f in scan_findings(path, monkeypatch, table)}
    assert found[("address", "東京都渋谷区本町5丁目3番14号メゾン101")] is False  # (御中)
    assert found[("address", "東京都渋谷区本町5丁目1番14号メゾン101")] is not False
    assert scan_people(path, monkeypatch, table) == 40


@BOTH
def test_a_supplier_lists_contact_by_surname_alone_is_no_one(tmp_path, monkeypatch, table):
    """取引先一覧's 担当者 「渡辺様」 beside the company's phone, with its 法人番号 or under its
    取引先名 only: the surname identifies no one, the phone is the company's (before: each row a
    person); a contact named in full is a person."""
    rows = [("株式会社ペットメディカル", "渡辺様"), ("動物薬品商会株式会社", "田中様"),
            ("有限会社ドッグフード直販", "福田 直樹様")] * 20
    path = tmp_path / "取引先一覧.csv"
    path.write_text("取引先コード,取引先名,法人番号,担当者,電話\n" + "".join(
        f"V{i:03d},{company},{CORPORATE[i % 3]},{contact},03-3742-{i % 3:04d}\n"
        for i, (company, contact) in enumerate(rows)), encoding="utf-8")
    found = {(f.category, f.value): f.personal for f in scan_findings(path, monkeypatch, table)}
    assert found[("person_name", "渡辺")] is True  # (still reported)
    assert found[("phone_number", "0337420000")] is False
    assert scan_people(path, monkeypatch, table) == 1  # (福田 直樹, twenty times at one company)
    path.write_text("取引先名,担当者,電話\n" + "".join(
        f"{company},{contact},03-3742-{i % 3:04d}\n" for i, (company, contact) in enumerate(rows)),
        encoding="utf-8")
    assert scan_people(path, monkeypatch, table) == 1
