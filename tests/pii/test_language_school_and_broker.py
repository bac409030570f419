"""A Japanese language school's share (blind corpus 62): sponsors abroad who remit fees,
romanized names of four words, a name in capitals with its katakana reading, parents and
sponsors by label, phones dialled from abroad, the school's own signature; and a securities
branch's (blind corpus 63): its own 口座番号 (no bank's), an ID document's number whichever it
is, a corporate client's 取引担当者, a password's scheme column, 軽度認知障害."""

from __future__ import annotations

import csv
import sqlite3

import openpyxl
import pytest
from documents import detected, personal_of, scanned, values_of
from table_paths import BOTH, scan_findings, scan_people

ROWS = 300  # enough rows for the table path
_FAMILY = ("NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "PHAN", "VU", "DANG", "BUI", "DO")
_MIDDLE = ("VAN", "THI", "DUC", "MINH", "NGOC")
_GIVEN = ("ANH", "HIEU", "NAM", "TUAN", "LINH", "TRANG", "HUNG", "PHUONG")


def _write_csv(path, header, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@BOTH
def test_a_sponsor_who_remits_is_a_person_of_their_own(tmp_path, monkeypatch, table):
    """送金記録: 学生氏名 | 送金人 | 続柄 | 送金元口座: the remitter (a parent abroad) is a person,
    the account theirs (before: 送金人 no label, the sponsor's name missed and the account the
    student's)."""
    rows = [["2025-04-10", f"2024{i:04d}",
             f"{_FAMILY[i % 10]} {_MIDDLE[i // 10 % 5]} {_GIVEN[i // 50 % 8]}",
             f"{_FAMILY[(i + 3) % 10]} {_GIVEN[i // 10 % 8]} {_MIDDLE[i // 80 % 5]}",
             "母", "BIDV", f"{57516074675812 + i}"] for i in range(ROWS)]
    path = _write_csv(tmp_path / "送金記録.csv",
                      ["受付日", "学籍番号", "学生氏名", "送金人", "続柄", "送金元銀行",
                       "送金元口座"], rows)
    names = values_of(scan_findings(path, monkeypatch, table), "person_name")
    assert {"NGUYENVANANH", "PHAMANHVAN"} <= names
    assert scan_people(path, monkeypatch, table) == 2 * ROWS


@BOTH
def test_a_romanized_name_of_four_words_is_a_name(tmp_path, monkeypatch, table):
    """A Sri Lankan's HERATH MUDIYANSELAGE DILANI WICKRAMASINGHE (42 characters) under 氏名
    (before: no name longer than 40 characters); a kanji cell so long is still none."""
    rows = [[f"2024{i:04d}", "HERATH MUDIYANSELAGE DILANI WICKRAMASINGHE" if i % 2
             else f"KASUN PERERA{'A' * (i % 5)}", "スリランカ"] for i in range(ROWS)]
    rows.append(["20249999", "山田太郎" * 11, "日本"])
    path = _write_csv(tmp_path / "学籍簿.csv", ["学籍番号", "氏名（ローマ字）", "国籍"], rows)
    names = values_of(scan_findings(path, monkeypatch, table), "person_name")
    assert "HERATHMUDIYANSELAGEDILANIWICKRAMASINGHE" in names
    assert "山田太郎" * 11 not in names


def test_capitals_with_their_reading_and_labelled_parents_and_sponsors():
    """「SABINA GURUNG（サビナ・グルン）」 is a name and its reading, as many words as parts; 父母:,
    経費支弁者:, 担当学生: label people; 「母親は仕事で不在」 and 「母：専業主婦」 name no one."""
    text = "> SABINA GURUNG（サビナ・グルン） 父母: SURESH KUMAR GURUNG\n"
    assert detected(text, "person_name") == ["SABINAGURUNG", "サビナ・グルン",
                                             "SURESHKUMARGURUNG"]
    assert detected("NTT DOCOMO（エヌ・ティ・ティ・ドコモ）の回線", "person_name") == []
    assert detected("経費支弁者: SURESH RAI\n", "person_name") == ["SURESHRAI"]
    assert detected("担当学生: DO MINH HIEU\n", "person_name") == ["DOMINHHIEU"]
    assert detected("父：山田 太郎\n", "person_name") == ["山田太郎"]
    for prose in ("母親は仕事で不在です。", "父母は健在。", "母：専業主婦\n", "分母：12\n"):
        assert detected(prose, "person_name") == [], prose


def test_phones_dialled_from_abroad():
    """(+977) 9841787004 and 0084-911-859649 after a phone's word, in E.164; 00 and a code
    without one is no phone (a product's number)."""
    assert detected("経費支弁者 電話番号: (+977) 9841787004\n", "phone_number") == [
        "+9779841787004"]
    assert detected("電話番号: 0084-911-859649\n", "phone_number") == ["+84911859649"]
    assert detected("品番 0084-911-859649\n", "phone_number") == []


def test_a_schools_signature_is_the_schools(tmp_path):
    """A mail signed under 「東都国際日本語学院 事務局」: the TEL, FAX, 〒 and address under the
    school's line are the school's, the staff member named there is a person (before: all
    personal, the school's address a person's home in every mail)."""
    path = tmp_path / "mail.txt"
    path.write_text("ご確認ください。\n--\n東都国際日本語学院 事務局\n長谷川 健一\n"
                    "TEL 03-5389-1234 / FAX 03-5389-1235\n"
                    "〒169-0075 東京都新宿区高田馬場３－１４－２\n", encoding="utf-8")
    personal = personal_of(path)
    assert personal[("person_name", "長谷川健一")] is True
    assert personal[("address", "東京都新宿区高田馬場3-14-2")] is False
    assert personal[("phone_number", "0353891234")] is False
    assert personal[("postal_code", "1690075")] is False


@BOTH
def test_a_brokers_own_account_number_is_no_bank_account(tmp_path, monkeypatch, table):
    """口座番号 115-432849 (a branch's 3 and 6 digits: the broker's customer number) is not a
    bank account (before: 400 of a branch's), a bank's 123-4567890 and 1234567 still are."""
    rows = [[f"115-{432849 + i}", f"林　悟{'一二三四五'[i % 5]}", "低"] for i in range(ROWS)]
    path = _write_csv(tmp_path / "顧客台帳.csv", ["口座番号", "顧客氏名", "リスク許容度"], rows)
    assert values_of(scan_findings(path, monkeypatch, table), "bank_account") == set()
    rows = [["みずほ銀行", "普通", f"123-{4567890 + i}" if i % 2 else f"{1234567 + i}"]
            for i in range(ROWS)]
    path = _write_csv(tmp_path / "出金先.csv", ["銀行名", "種別", "口座番号"], rows)
    accounts = values_of(scan_findings(path, monkeypatch, table), "bank_account")
    assert {"1234567", "1234567891"} <= accounts


@BOTH
def test_an_id_documents_number_is_whichever_it_is(tmp_path, monkeypatch, table):
    """本人確認書類番号 (the kind in the next column): a licence's 12 digits and check, a
    passport's two letters and seven digits (before: neither, no label of theirs)."""
    rows = [[f"115-{111111 + i}", "佐藤 花子", "通知カード＋運転免許証", "300128072672"]
            if i % 2 else [f"115-{111111 + i}", "鈴木 一郎", "通知カード＋旅券", "TK2480031"]
            for i in range(ROWS)]
    path = _write_csv(tmp_path / "マイナンバー提出状況.csv",
                      ["口座番号", "氏名", "番号確認書類", "本人確認書類番号"], rows)
    found = scan_findings(path, monkeypatch, table)
    assert values_of(found, "drivers_license_number") == {"300128072672"}
    assert values_of(found, "passport_number") == {"TK2480031"}


def test_a_corporate_clients_contact_and_a_passwords_scheme(tmp_path):
    """A 取引担当者 (any …担当者) column holds a person; a pw_scheme column's plain and bcrypt
    are no credentials (before: both missed and reported)."""
    path = _write_csv(tmp_path / "法人顧客.csv",
                      ["法人名", "代表電話", "取引担当者", "営業担当者名", "担当者直通"],
                      [["株式会社山田印刷", "03-4123-4567", "小野 真由美", "林 静香",
                        "03-4123-9876"]])
    assert values_of(scanned(path)[0], "person_name") == {"小野真由美", "林静香"}
    db = tmp_path / "auth.sqlite"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE users (user_id TEXT, email TEXT, password TEXT, "
                    "pw_scheme TEXT, token_type TEXT)")
        con.execute("INSERT INTO users VALUES ('u1', 'sato.hanako5@gmail.com', 'sakura1234!', "
                    "'plain', 'Bearer')")
    con.close()
    assert values_of(scanned(db)[0], "credential") == {"sakura1234!"}


@pytest.mark.parametrize("text,value", [
    ("R6.10.12 佐藤花子様と面談。軽度認知障害（MCI）と診断。", "軽度認知障害"),
])
def test_mild_cognitive_impairment_is_sensitive(text, value):
    assert detected(text, "sensitive") == [value]


def test_a_class_teachers_column_and_a_forms_maker(tmp_path):
    """出席率: 氏名 | 担任: the teacher a person of their own, not a second name of each student
    (before: no label, the teacher missed); a visa form's 作成責任者 is a person."""
    path = _write_csv(tmp_path / "出席率.csv", ["学籍番号", "氏名", "国籍", "出席率", "担任"], [
        ["20242001", "DIPAK ADHIKARI", "ネパール", "0.897", "清水 翔太"],
        ["20241006", "DO MINH HIEU", "ベトナム", "0.807", "清水 翔太"]])
    found, people = scanned(path)
    assert values_of(found, "person_name") == {"DIPAKADHIKARI", "DOMINHHIEU", "清水翔太"}
    assert people == 3
    form = tmp_path / "更新申請.xlsx"
    book = openpyxl.Workbook()
    for row in (["所属機関等作成用"], [], ["氏名", "DANG THANH PHUONG"],
                ["出席率（直近）", "76.0%"], ["作成責任者", "井上 恵子"]):
        book.active.append(row)
    book.save(form)
    assert "井上恵子" in values_of(scanned(form)[0], "person_name")


def test_a_numbered_row_of_capitals_before_a_residence_card():
    """「1. DO DUC TUAN　在留カード KW…」: a name of up to five words before a residence card or
    a passport (before: only before a phone, two words)."""
    text = ("10月分の在留期間更新の取次をお願いいたします。\n"
            "1. DO DUC TUAN　在留カード KW31345498NA　期限 R8.2.11\n"
            "2. HERATH MUDIYANSELAGE SAMAN SILVA　旅券 TZ7590176\n")
    assert detected(text, "person_name") == ["DODUCTUAN", "HERATHMUDIYANSELAGESAMANSILVA"]


def test_a_guarantors_line_and_their_students():
    """A hand-typed list: 「山田健一　様　（ヤマダ ケンイチ）」 is the name and its reading with
    spaces about the honorific; 「担当学生: A、B、C」 lists each student in capitals (before:
    the reading and all but the first student missed); 「PDF FILE」 is no one."""
    text = ("山田健一　様　（ヤマダ ケンイチ）　会社役員\n"
            "  生年月日 S30/7/13  担当学生: DO MINH HIEU、HOANG NGOC NAM、RAM KUMARI GURUNG\n")
    assert detected(text, "person_name") == ["山田健一", "ヤマダケンイチ", "DOMINHHIEU",
                                             "HOANGNGOCNAM", "RAMKUMARIGURUNG"]
    assert detected("担当学生: DO MINH HIEU、PDF FILE\n", "person_name") == ["DOMINHHIEU"]


def test_the_month_one_entered_is_no_pupils_grade(tmp_path):
    """入学年月 (2024年4月) holds 学年 but is no grade column: a student's row keeps its own mail
    (before: the mail a guardian's, two people a row)."""
    path = _write_csv(tmp_path / "学籍簿.csv", ["氏名（ローマ字）", "メールアドレス", "入学年月"], [
        ["DIPAK ADHIKARI", "adhikari.dip46@outlook.com", "2024年4月"],
        ["BUDI PRATAMA", "pratama.bud55@gmail.com", "2024年10月"]])
    found, people = scanned(path)
    assert people == 2
    assert {f.record for f in found} == {"学籍簿.csv#row2", "学籍簿.csv#row3"}


def test_a_case_sheets_professional(tmp_path):
    """A 相続 case sheet's 税理士 | 長谷川正男 (label | value, no header) names the tax
    accountant (before: no label)."""
    path = tmp_path / "相続案件管理表.xlsx"
    book = openpyxl.Workbook()
    for row in (["税理士", "長谷川正男"], ["事務所", "長谷川税理士事務所"],
                ["電話", "03-4256-6306"]):
        book.active.append(row)
    book.save(path)
    assert values_of(scanned(path)[0], "person_name") == {"長谷川正男"}


def test_a_kana_name_before_an_identity_document():
    """A hand-typed 不備リスト: 「115-123456  イトウ セツコ  運転免許証 …」 names イトウセツコ (a
    known surname's reading, a space, a given name's; before: no one); katakana words that
    read no surname name no one."""
    text = ("本人確認書類　不備リスト（手入力）\n"
            "115-123456  イトウ セツコ  運転免許証 458070719670  有効期限切れ→再提出依頼\n"
            "115-234567  コウノ マサト  旅券 TZ7590176  有効期限切れ→再提出依頼\n"
            "バックアップ データ  保険証の写し\n")
    assert detected(text, "person_name") == ["イトウセツコ", "コウノマサト"]


def test_a_graduates_destination_and_a_bulleted_row():
    """「KASUN BANDARA → 就職（介護）」 (a 進路メモ's line) and 「・WARNAKULASURIYA CHAMARI SILVA
    生年月日 H16.2.9」 (a handover's bullet) name people (before: no one); 「PDF FILE →
    共有フォルダ」 no one."""
    text = ("進学先メモ\nHERATH MUDIYANSELAGE SAMAN SILVA → 就職（介護）\n"
            "KASUN BANDARA → 就職（介護）\nPDF FILE → 共有フォルダ\n")
    assert detected(text, "person_name") == ["HERATHMUDIYANSELAGESAMANSILVA", "KASUNBANDARA"]
    assert detected("　・WARNAKULASURIYA CHAMARI SILVA　生年月日 H16.2.9\n",
                    "person_name") == ["WARNAKULASURIYACHAMARISILVA"]


def test_a_visa_forms_sponsor_is_a_person_of_their_own(tmp_path):
    """在留期間更新 form: 経費支弁者 氏名 | 住所 | 電話番号 are the sponsor's (a parent abroad), not
    the applicant's (before: one person of two Latin names, the sponsor's phone and home the
    student's)."""
    path = tmp_path / "更新申請.xlsx"
    book = openpyxl.Workbook()
    for row in (["在留期間更新許可申請書（留学）記入用"], ["生年月日", "1999年6月4日"],
                ["氏名", "DANG THANH PHUONG"], ["携帯電話番号", "070-0546-8427"],
                ["経費支弁者 氏名", "LE NGOC LINH"], ["申請人との関係", "母"],
                ["経費支弁者 電話番号", "+84 911 859 649"], ["取次者 氏名", "岡田 隆"]):
        book.active.append(row)
    book.save(path)
    found, people = scanned(path)
    assert people == 3
    records = {f.value: f.record for f in found}
    assert records["+84911859649"] == records["LENGOCLINH"] != records["DANGTHANHPHUONG"]
