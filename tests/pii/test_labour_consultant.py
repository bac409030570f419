"""A 社労士事務所's share (blind corpus 56): a payroll tool's romanized columns (kojin_no,
kiso_nenkin), an e-Gov log's hihokensha, a 扶養控除 list's 「■ 氏名（本人）」 rows, a 年調資料's
配偶者, a hand-typed roster, a manual's 記入例 line."""

from __future__ import annotations

import sqlite3

import docx
import openpyxl
from documents import detected, scanned, values_of


def test_a_payroll_tools_romanized_columns(tmp_path):
    """kojin_no is a My Number, kiso_nenkin a 基礎年金番号, in a SQLite file and a dump alike
    (before: neither, and the checksum category scored 0.5 on the corpus)."""
    db = tmp_path / "payroll.sqlite"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE employee(id INTEGER PRIMARY KEY, name TEXT, birth TEXT, "
                    "kojin_no TEXT, kiso_nenkin TEXT)")
        con.execute("INSERT INTO employee VALUES(1, '佐々木 加奈', '1981-10-19', "
                    "'173406264213', '1297180432')")
    con.close()
    dump = tmp_path / "backup.sql"
    dump.write_text("CREATE TABLE employee(id INTEGER PRIMARY KEY, name TEXT, kojin_no TEXT, "
                    "kiso_nenkin TEXT);\nINSERT INTO employee VALUES(2,'加藤 浩',"
                    "'164943833543','2215972516');\n", encoding="utf-8")
    for path, number, pension in ((db, "173406264213", "1297180432"),
                                  (dump, "164943833543", "2215972516")):
        found = scanned(path)[0]
        assert values_of(found, "my_number") == {number}
        assert values_of(found, "basic_pension_number") == {pension}


def test_an_egov_logs_insured_person_key(tmp_path):
    """{"hihokensha": "中村 陽子"}: whom the filing is about (before: no one in the file)."""
    path = tmp_path / "egov.jsonl"
    path.write_text('{"procedure": "資格取得届", "jigyosho": "株式会社丸和精工", '
                    '"hihokensha": "中村 陽子", "arrival_no": "201234567890123456"}\n',
                    encoding="utf-8")
    found, people = scanned(path)
    assert values_of(found, "person_name") == {"中村陽子"} and people == 1


def test_a_dependants_list_under_heading_rows(tmp_path):
    """A 扶養控除 list with a 「■ 高橋 桃子（本人）」 row above each employee's rows is a list,
    however many rows (before: from 14 rows on, read as label | value pairs of 本人 and
    控除対象配偶者, its names under 氏名, birth dates and My Numbers lost)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["令和6年分 扶養控除等申告書 集計"])
    sheet.append(["区分", "氏名", "フリガナ", "続柄", "生年月日", "個人番号"])
    people = [("高橋 桃子", "タカハシ モモコ", "昭和35年2月15日", "754865971669"),
              ("佐々木 加奈", "ササキ カナ", "昭和56年10月19日", "173406264213"),
              ("松田 里佳", "マツダ リカ", "昭和60年4月4日", "341136571208"),
              ("加藤 浩", "カトウ ヒロシ", "昭和50年5月15日", "896374579138")]
    for name, kana, born, number in people:
        sheet.append([f"■ {name}（本人）"])
        sheet.append(["本人", name, kana, None, born, number])
        sheet.append(["控除対象配偶者", f"{name.split()[0]} 淳", "ジュン", "配偶者",
                      "昭和57年12月6日", "164943833543"])
    sheet.append(["16歳未満扶養親族", "加藤 翼", "カトウ ツバサ", "子", "平成23年5月21日",
                  "845936862748"])
    path = tmp_path / "扶養控除.xlsx"
    book.save(path)
    found = scanned(path)[0]
    assert {"高橋桃子", "佐々木加奈", "松田里佳", "加藤浩", "加藤翼"} \
        <= values_of(found, "person_name")
    assert {"754865971669", "173406264213", "341136571208", "896374579138",
            "845936862748"} <= values_of(found, "my_number")
    assert {f.location["field"] for f in found} <= {"区分", "氏名", "フリガナ", "生年月日",
                                                    "個人番号"}


def test_a_spouse_on_a_year_end_sheet_and_a_yes_or_no(tmp_path):
    """A form's 配偶者 | 佐々木 淳 names the spouse (before: no one); 被扶養者 | 無 names no one
    (before: a person 無)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["令和6年分 年末調整 基礎資料"])
    for row in (("氏名", "佐々木 加奈"), ("生年月日", "昭和56年10月19日"),
                ("電話", "090-1234-5678"), ("配偶者", "佐々木 淳")):
        sheet.append(list(row))
    path = tmp_path / "年調資料.xlsx"
    book.save(path)
    found, people = scanned(path)
    assert values_of(found, "person_name") == {"佐々木加奈", "佐々木淳"} and people == 2
    letter = docx.Document()
    table = letter.add_table(rows=2, cols=2)
    for row, (label, value) in zip(table.rows, (("被保険者氏名", "中村 陽子"),
                                                ("被扶養者", "無")), strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    path = tmp_path / "資格取得届.docx"
    letter.save(path)
    assert values_of(scanned(path)[0], "person_name") == {"中村陽子"}


def test_a_hand_typed_roster_names_before_their_birth_dates():
    """「橋本　充　平成11年11月23日　年金…」, 「田中　結衣　S53.7.2　…」: a known surname, a
    given name, then a date (before: no name on any line)."""
    text = ("新星電機有限会社　算定基礎届 転記メモ\n"
            "橋本　充　平成11年11月23日　年金５６０４８４３２１７　標準報酬 457千円\n"
            "田中　結衣　S53.7.2　年金２１８３８４１４２９　標準報酬 223千円\n"
            "松本　英樹　H1/4/18　年金２０１０３９３９１９　標準報酬 413千円\n")
    assert detected(text, "person_name") == ["橋本充", "田中結衣", "松本英樹"]


def test_a_manuals_example_line_and_example_pension_number(tmp_path):
    """「記入例：氏名 社労 太郎（シャロウ タロウ）、生年月日 昭和60年1月2日」 in a .docx is a
    manual's example, and 1234-567890 is an example 基礎年金番号 (before: a name, its reading,
    a birth date and a pension number, at full confidence)."""
    manual = docx.Document()
    manual.add_paragraph("資格取得届 記入マニュアル")
    manual.add_paragraph("記入例：氏名 社労 太郎（シャロウ タロウ）、生年月日 昭和60年1月2日、"
                         "電話 090-0000-0000")
    manual.add_paragraph("基礎年金番号は「1234-567890」の10桁。")
    manual.add_paragraph("担当：佐藤 直人（電話 090-3141-5926）")
    path = tmp_path / "手続マニュアル.docx"
    manual.save(path)
    found = scanned(path)[0]
    assert {f.category for f in found} == {"person_name", "phone_number"}
    assert values_of(found, "person_name") == {"佐藤直人"}
    assert next(f for f in found if f.category == "phone_number").location["paragraph"] == 4


def test_conditions_a_labour_file_writes():
    """抑うつ状態 whole (before: うつ状態), 腰痛 in 「体調不良（腰痛の悪化）」 (before: none)."""
    assert detected("氏名：鈴木 真綾 殿\n病名：適応障害、抑うつ状態\n", "sensitive") \
        == ["適応障害", "抑うつ状態"]
    assert detected("伊藤 知実さん 離職理由「体調不良（腰痛の悪化）」\n", "sensitive") == ["腰痛"]


def test_a_surname_greeted_then_named_in_brackets():
    """「伊藤さん（伊藤 知実）」: the whole name, its space inside (before: 伊藤 alone)."""
    assert detected("・伊藤さん（伊藤 知実）産休予定。\n", "person_name") == ["伊藤知実"]
