"""What blind corpora 58 to 63 had in common: a handover memo's heading names who hands over
and who takes over; a day service's record of a given name alone is no one of its own; a
pupils' survey's mail is the pupil's; a phone before a slash; a word after a value that
another number stands between labels that number; a particle before a name; a form's staff
member between its row's fields."""

from __future__ import annotations

import csv

import docx
import openpyxl
import pytest
from documents import detected, scanned, values_of
from table_paths import BOTH, scan_people

ROWS = 300  # enough rows for the table path
_SURNAMES = ("林", "森", "高橋", "池田", "佐藤", "鈴木", "田中", "伊藤", "渡辺", "山本", "中村",
             "小林", "加藤", "吉田", "山田", "松本", "井上", "木村")
_CHILDREN = ("大和", "花音")
_MOTHERS = ("優子", "美紀", "直美", "愛", "恵美", "陽子", "智子", "久美子", "裕子")


@pytest.mark.parametrize("heading,names", [
    ("引継ぎメモ（佐藤 智子 → 藤田 雅人）　R6.10.31", ["佐藤智子", "藤田雅人"]),
    ("■会計引継ぎ（前任 石川 知実 → 阿部 学）　R6.3.31", ["石川知実", "阿部学"]),
    ("引継ぎメモ　林静香 → 森田達也", ["林静香", "森田達也"]),
    ("■ 事務引継ぎ（後藤好子 → 後任の方へ） R6.11.15", ["後藤好子"]),
    ("生徒指導 引継ぎメモ（前任 西村聡太郎）", ["西村聡太郎"]),
    ("前任：小林 直樹　後任：山本 和也", ["小林直樹", "山本和也"]),
    ("■ 引継ぎメモ（主任 → 新主任）　2024/10/31", []),
    ("10/4 遅番→早番 引継ぎ　石井", []),
    ("引継ぎ（渡辺→伊藤）　R6/10/31", []),
    ("交通：東京駅→新大阪駅", []),
])
def test_a_handovers_heading_names_its_two_people(heading, names):
    """Full names either side of the arrow (before: none); a title, a shift, surnames alone
    or stations name no one."""
    assert detected(heading + "\n", "person_name") == names


def test_a_given_name_alone_in_a_record_is_no_one_of_its_own(tmp_path):
    """A day service's record: 児童 「心春ちゃん」 and 「悠人くん」 (given names SudachiDict splits)
    are the children named in full in other rows (before: each row a person: 5 for 3)."""
    path = tmp_path / "支援記録.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["時間", "児童", "活動", "様子・特記事項", "記録者"])
    for row in (["14:30", "松本 心春", "SST", "工作をした。", "松田"],
                ["15:00", "心春ちゃん", "公園", "迎えの時にお父さんへ様子を伝えた。", "木村"],
                ["15:00", "森田 悠人", "おやつ", "落ち着いて過ごした。", "佐藤"],
                ["16:00", "悠人くん", "宿題", "宿題を終えた。", "中村"],
                ["16:30", "岡田 悠真", "公園", "元気に遊んだ。", "松田"]):
        sheet.append(row)
    book.save(path)
    found, people = scanned(path)
    assert {"松本心春", "森田悠人", "岡田悠真"} <= values_of(found, "person_name")
    assert people == 3


def test_a_pupils_survey_mail_is_the_pupils(tmp_path):
    """A form's answers (タイムスタンプ | メールアドレス | 学年 | 組 | 名前): the pupil answered,
    the school mail theirs (before: a guardian's, two people a row); a parent's form that asks
    生徒氏名 still gives the mail to the parent."""
    path = tmp_path / "アンケート.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["タイムスタンプ", "メールアドレス", "学年", "組", "名前",
                         "困っていること"])
        writer.writerow(["2024/09/4 17:38:08", "s0511798@st.example-edu.jp", "2", "1",
                         "山口修平", "夜眠れない"])
        writer.writerow(["2024/09/3 11:54:24", "s0911659@st.example-edu.jp", "3", "2",
                         "藤井七夏", "特になし"])
    found, people = scanned(path)
    assert people == 2
    assert {f.record for f in found if f.category == "email_address"} == {
        "アンケート.csv#row2", "アンケート.csv#row3"}
    parents = tmp_path / "欠席連絡.csv"
    parents.write_text("タイムスタンプ,メールアドレス,学年,生徒氏名\n"
                       "2024/09/4 8:01:00,yamaguchi.m@example.jp,2,山口修平\n", encoding="utf-8")
    assert scanned(parents)[1] == 2


def test_a_phone_before_a_slash():
    """「090…／soudan1@…」 and 「TEL 03-…/FAX 03-…」 (before: no phone before a slash); a path
    or a number going on after the slash is none."""
    assert detected("相談支援の井上さん：09018852899／soudan1@aozora-soudan.jp\n",
                    "phone_number") == ["09018852899"]
    assert detected("TEL 03-1234-5678/FAX 03-1234-5679\n", "phone_number") == [
        "0312345678", "0312345679"]
    assert detected("https://example.jp/u/09012345678/x\n", "phone_number") == []


def test_a_word_after_another_number_is_that_numbers():
    """「045-… 昭和13年生まれ」: 生まれ labels 昭和13年, not the phone before it (before: the phone
    dropped as a birth date's); 「（2024年06月12日出生、2373g 低出生体重児）」 keeps its birth
    date, the weight after the clause's 、 not the 出生's."""
    assert detected("・鈴木久美子さん　０４５ー３６２ー１６８４　昭和13年生まれ。\n",
                    "phone_number") == ["0453621684"]
    assert detected("児：三浦 稔（2024年06月12日出生、2373g 低出生体重児）\n",
                    "date_of_birth") == ["2024-06-12"]


def test_a_particle_before_a_name():
    """「原本は森田隆様宛」 is 森田隆 (before: 原本は森田隆); a given name in kana keeps its は."""
    assert detected("原本は森田隆様宛（〒269-5683）に郵送済みです。", "person_name") == ["森田隆"]
    assert detected("佐藤はるみ様", "person_name") == ["佐藤はるみ"]


def test_a_forms_staff_member_between_its_rows_fields(tmp_path):
    """A visit record's 施設担当者 between 施設 and 施設電話: the facility's phone stays the
    patient's record's (before: a group of its own, a person more a sheet), the staff member
    a person of their own."""
    path = tmp_path / "訪問記録.xlsx"
    book = openpyxl.Workbook()
    book.remove(book.active)
    for sheet_name, name, born, staff in (
            ("01_長谷川", "長谷川　亮介", "昭和12年3月15日", "山下　陽子"),
            ("02_中島", "中島　浩", "昭和12年2月25日", "高橋　翼")):
        sheet = book.create_sheet(sheet_name)
        for row in (["利用者氏名", name], ["生年月日", born], ["訪問先", "グループホーム あおぞら"],
                    ["施設担当者", f"{staff}（生活相談員）"], ["施設電話", "045-611-2392"]):
            sheet.append(row)
    book.save(path)
    found, people = scanned(path)
    assert {"長谷川亮介", "中島浩", "山下陽子", "高橋翼"} <= values_of(found, "person_name")
    assert people == 4


@BOTH
def test_one_parent_of_siblings_in_a_claim(tmp_path, monkeypatch, table):
    """A 国保連 claim a child a row: 支給決定保護者氏名 林 優子 over 林 大和 and over 林 花音 is one
    mother (before: two, nothing of hers but her name to join them)."""
    rows = []
    for i in range(ROWS):
        family = i // 2  # (two siblings a family, their mother over each)
        surname = _SURNAMES[family % len(_SURNAMES)]
        given = _MOTHERS[family // len(_SURNAMES) % len(_MOTHERS)]
        rows.append([f"{9238039615 + i}", f"{surname} {given}", f"{surname} {_CHILDREN[i % 2]}",
                     f"H{20 + i // 120}.{i // 10 % 12 + 1}.{i % 10 + 1}"])
    path = tmp_path / "国保連請求.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["受給者証番号", "支給決定保護者氏名", "支給決定児童氏名", "児童生年月日"])
        writer.writerows(rows)
    families = {row[1] for row in rows}
    assert scan_people(path, monkeypatch, table) == ROWS + len(families)


def test_a_support_plans_staff_are_no_part_of_the_childs_record(tmp_path):
    """A 個別支援計画's table: 相談支援専門員 and 児発管 (児童発達支援管理責任者, no 児童's column)
    are staff, records of their own, not the child's with the child's birth date (before: each
    plan's staff a new pair of people, their names keyed to the child's birth date)."""
    path = tmp_path / "個別支援計画.docx"
    document = docx.Document()
    table = document.add_table(rows=0, cols=4)
    for cells in (["児童氏名", "井上 悠人（いのうえ ゆうと）", "生年月日", "平成24年5月27日"],
                  ["保護者", "井上 愛 様（母）", "連絡先", "090-8558-8719"],
                  ["相談支援専門員", "相談支援事業所あおぞら 井上 恵美", "児発管", "中村 恵美"]):
        row = table.add_row().cells
        for cell, text in zip(row, cells, strict=True):
            cell.text = text
    document.save(path)
    found, people = scanned(path)
    records = {f.value: f.record for f in found if f.category == "person_name"}
    assert people == 4
    assert records["中村恵美"] == records["井上恵美"] != records["井上悠人"]
