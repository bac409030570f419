"""An inn's share (blind corpus 52): a LINE export's title, a kiosk's passport scan, foreign
guests' passports, a lost-and-found log; and a 健診センター's (blind corpus 53): a results PDF
whose header is one drawn line, a results letter's table, 記号 | 番号 columns, findings,
an occupational doctor's memo, a results sheet's group rows."""

from __future__ import annotations

import docx
from documents import detected, values_of, write_pdf
from openpyxl import Workbook
from table_paths import BOTH, scan_findings

from leakscope import pii


def _found(path) -> list[pii.Finding]:
    return [f for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)]


def test_a_results_pdfs_header_drawn_as_one_line_heads_its_table(tmp_path):
    """「社員番号　　氏名　　生年月日　　血圧」 drawn as one string over cells drawn apart: its
    words are the columns (before: no header, and no name or birth date was read)."""
    rows = [("K10476", "後藤 和也", "1977/07/22", "153/100"),
            ("B67904", "藤田 美加子", "1979/08/24", "142/90")]
    header = "\u3000\u3000".join(("社員番号", "氏名\u3000\u3000\u3000\u3000",
                                  "生年月日\u3000\u3000", "血圧"))
    cells = "".join(f"<div style='position:absolute;left:{left}em;top:{1.6 * (i + 1)}em'>"
                    f"{value}</div>" for i, row in enumerate(rows)
                    for left, value in zip((0, 6.5, 14.5, 22.5), row, strict=True))
    path = write_pdf(tmp_path / "結果報告書.pdf",
                     f"<div style='position:absolute;left:0;top:0'>{header}</div>{cells}")
    found = _found(path)
    assert values_of(found, "person_name") == {"後藤和也", "藤田美加子"}
    assert values_of(found, "date_of_birth") == {"1977-07-22", "1979-08-24"}


def test_a_results_letters_table_whose_first_row_holds_a_number(tmp_path):
    """受付番号 | 241100000625 | (blank) over 生年月日 | S32.8.22 and 血圧 | 158/93 | ～129/～84:
    label | value rows, not a header (before: the birth date was read as a column's name)."""
    document = docx.Document()
    document.add_paragraph("伊藤 晃 様")
    table = document.add_table(rows=0, cols=3)
    for row in (("受付番号", "241100000625", ""), ("生年月日", "S32.8.22", ""),
                ("血圧", "158/93 mmHg", "～129/～84"), ("所見", "高血圧疑い", "")):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    document.save(tmp_path / "結果通知.docx")
    found = _found(tmp_path / "結果通知.docx")
    assert values_of(found, "date_of_birth") == {"1957-08-22"}


@BOTH
def test_an_insurance_cards_short_symbol_and_its_number(tmp_path, monkeypatch, table):
    """記号 | 番号 of 8 | 2357 and みな3 | 188946: 82357 and 3188946 (before: a number under six
    digits joined with its 記号 was dropped)."""
    path = tmp_path / "受診者名簿.csv"
    path.write_text("氏名,保険者番号,記号,番号\n後藤和也,06729633,75,4172\n"
                    "藤田美加子,06729633,8,2357\n佐藤花子,138205,みな3,188946\n", encoding="utf-8")
    assert values_of(scan_findings(path, monkeypatch, table), "health_insurance_number") \
        == {"754172", "82357", "3188946"}


def test_a_health_checks_findings_are_conditions():
    """耐糖能異常, 胸部X線異常陰影 and 心電図異常 are a person's findings (before: none was);
    a nurse's 服薬確認 is no one's medication."""
    assert detected("佐藤花子様　所見：耐糖能異常、胸部X線異常陰影、心電図異常\n", "sensitive") \
        == ["耐糖能異常", "胸部x線異常陰影", "心電図異常"]
    assert detected("石川健一さん、問診で既往なしとのこと。服薬確認して\n", "sensitive") == []


def test_a_memos_bullets_and_its_signature_name_people():
    """「・加藤亮介（K85458、32歳）」 and 「西村 拓真（産業医）」 (before: neither name)."""
    text = ("■ 就業判定\n・加藤亮介（K85458、32歳）心電図異常 → 通常勤務可\n\n"
            "西村 拓真（産業医）  携帯 090-5268-1396\n")
    assert detected(text, "person_name") == ["加藤亮介", "西村拓真"]


@BOTH
def test_a_sheets_group_rows_are_no_names(tmp_path, monkeypatch, table):
    """「■ 国保（特定健診）」, 「■ 本社」 and 「【営業部】」 in a 氏名 column head groups of
    people (before: each was a person)."""
    path = tmp_path / "要精密検査者.csv"
    path.write_text("氏名,電話\n■ 国保（特定健診）,\n佐藤花子,090-1111-2222\n■ 本社,03-1234-5678\n"
                    "【営業部】,\n後藤和也,090-3333-4444\n", encoding="utf-8")
    assert values_of(scan_findings(path, monkeypatch, table), "person_name") \
        == {"佐藤花子", "後藤和也"}


def test_a_chat_exports_title_names_the_other_party():
    """「[LINE] 鈴木 英樹とのトーク履歴」 and "[LINE] Chat history with Oliver Taylor" (before:
    neither); an inn's own account is no one."""
    assert detected("[LINE] 鈴木 英樹とのトーク履歴\n保存日時：2024/10/20 22:14\n",
                    "person_name") == ["鈴木英樹"]
    assert detected("[LINE] Chat history with Oliver Taylor\n", "person_name") \
        == ["OliverTaylor"]
    assert detected("[LINE] ホテル湯の花とのトーク履歴\n", "person_name") == []


def test_latin_names_with_accents_and_hyphens():
    """A kiosk's name="LUKAS MÜLLER" and 「Name: Hsin-Yi Huang」 whole (before: LUKASM, and
    Hsin-Yi Huang was not found)."""
    assert detected('passport scanned: name="LUKAS MÜLLER" no=583768557\n', "person_name") \
        == ["LUKASMÜLLER"]
    assert detected("Name: Hsin-Yi Huang\n", "person_name") == ["Hsin-YiHuang"]


@BOTH
def test_a_german_passport_under_its_column(tmp_path, monkeypatch, table):
    """C2XHRRV3V and CMGJRZYYZ (Germany's letters and digits) under passport_no (before:
    neither); a note in its place is none."""
    path = tmp_path / "guests.csv"
    path.write_text("full_name,nationality,passport_no\nLukas Weber,DE,C2XHRRV3V\n"
                    "James Miller,US,583768557\nAnna Koch,DE,CMGJRZYYZ\nEmma Weiss,DE,PENDING\n",
                    encoding="utf-8")
    assert values_of(scan_findings(path, monkeypatch, table), "passport_number") \
        == {"C2XHRRV3V", "583768557", "CMGJRZYYZ"}


def test_a_lost_and_found_logs_room_before_the_name():
    """「10/3 205号室 山本 美加子 財布」: the guest (before: the room's number hid her)."""
    assert detected("忘れ物・落とし物 記録（フロント）\n\n10/3 205号室 山本 美加子 財布（黒）\n"
                    "10/5 301号室 田中 直人 眼鏡ケース\n", "person_name") \
        == ["山本美加子", "田中直人"]


def test_a_group_lists_names_before_addresses_without_their_prefecture():
    """「2 石川 篤司 我孫子市羽折町3-16-18」, 「4 太田 太郎 小笠原村…」: the guests (before: only
    a name before a prefecture was read so)."""
    text = ("No 氏名 住所\n1 佐藤 直樹 京都府八街市太田ヶ谷8-17-1\n"
            "2 石川 篤司 我孫子市羽折町3-16-18\n4 太田 太郎 小笠原村四区町4-1-6\n")
    assert detected(text, "person_name") == ["佐藤直樹", "石川篤司", "太田太郎"]


def test_a_signatures_name_on_the_line_under_its_section():
    """「株式会社マルタ精機 総務部\n佐藤 直樹」 at a mail's end signs it (before: only the
    section on one line with the name was read so)."""
    text = ("当日の連絡は私の携帯 080-3752-4951 までお願いします。\n\n株式会社マルタ精機 総務部\n"
            "佐藤 直樹\n")
    assert detected(text, "person_name") == ["佐藤直樹"]


def test_a_json_insurance_cards_symbol_and_number_are_one(tmp_path):
    """{"記号": "みな9", "番号": "532666"} under 被保険者証: 9532666, as a table's columns join
    (before: 532666 alone), in a record list and in one object."""
    card = '"被保険者証": {"保険者番号": "138205", "記号": "みな9", "番号": "532666"}'
    one = tmp_path / "問診.json"
    one.write_text(f'{{"patient": {{"氏名": "佐藤　花子", {card}}}}}', encoding="utf-8")
    listed = tmp_path / "問診一覧.json"
    listed.write_text(f'{{"records": [{{"氏名": "佐藤 花子", {card}}}, {{"氏名": "後藤 和也", '
                      '"被保険者証": {"記号": "12", "番号": "3456"}}]}', encoding="utf-8")
    assert values_of(_found(one), "health_insurance_number") == {"9532666"}
    assert values_of(_found(listed), "health_insurance_number") == {"9532666", "123456"}


def test_a_lab_systems_comments_under_a_patient_id_are_the_patients(tmp_path):
    """A dump's comments(pid, comment) beside patients(pid, name): its conditions are the
    patients' (before: dropped as no one's), and no more people."""
    path = tmp_path / "labsys.sql"
    path.write_text(
        "CREATE TABLE `patients` (`pid` int, `name_kanji` varchar(40), `birth` date);\n"
        "INSERT INTO `patients` VALUES (1,'後藤 和也','1977-07-22'),"
        "(2,'藤田 美加子','1979-08-24');\n"
        "CREATE TABLE `comments` (`pid` int, `comment` text);\n"
        "INSERT INTO `comments` VALUES (1,'高血圧症、脂質異常症'),(2,'耐糖能異常');\n",
        encoding="utf-8")
    run = pii.scan([path], workers=1)
    assert values_of([f for f in run if isinstance(f, pii.Finding)], "sensitive") \
        == {"高血圧症", "脂質異常症", "耐糖能異常"}
    assert run.summary.subjects == 2


def test_a_foreign_guests_conditions_in_english():
    """A booking's "allergic to shellfish", "my husband uses a wheelchair", a form's "Type 2
    diabetes" are a guest's (before: no English condition but a few words); a hotel's
    "diabetes-friendly menus" is no one's."""
    text = ("Guest: Oliver Taylor +44 7707 096692\n"
            "Special request: allergic to shellfish. My husband uses a wheelchair.\n"
            "Notes: Type 2 diabetes, asthma\nOur hotel offers diabetes-friendly menus.\n")
    assert detected(text, "sensitive") \
        == ["allergic to shellfish", "uses a wheelchair", "type 2 diabetes", "asthma"]


def test_a_shift_sheets_header_of_days_names_no_department(tmp_path):
    """A shift sheet's 「氏名 | 部署 | 1 | 2 | … | 31」 under its title: 部署 is a column's name,
    no person (before: a person of its own)."""
    book = Workbook()
    sheet = book.active
    sheet.append(["2024年10月 勤務シフト表（旅館・ホテル）"])
    sheet.append(["氏名", "部署", *map(str, range(1, 32))])
    sheet.append(["【旅館】"])
    sheet.append(["小林 さゆり", "調理", *(["早", "遅", "休"] * 11)[:31]])
    sheet.append(["林 篤司", "清掃", *(["遅", "休", "早"] * 11)[:31]])
    book.save(tmp_path / "シフト表.xlsx")
    assert values_of(_found(tmp_path / "シフト表.xlsx"), "person_name") == {"小林さゆり", "林篤司"}


@BOTH
def test_a_shift_csvs_header_of_day_numbers(tmp_path, monkeypatch, table):
    """「氏名,部署,1,2,…,31」: a header, its names read (before: none, the file was taken for
    a table without a header)."""
    path = tmp_path / "shift.csv"
    days = ",".join(map(str, range(1, 32)))
    path.write_text(f"氏名,部署,{days}\n小林 さゆり,調理,{',早' * 31}\n林 篤司,清掃,{',遅' * 31}\n"
                    .replace(",,", ","), encoding="utf-8")
    assert values_of(scan_findings(path, monkeypatch, table), "person_name") \
        == {"小林さゆり", "林篤司"}
