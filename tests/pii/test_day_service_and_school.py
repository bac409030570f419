"""A 放課後等デイサービス's share (blind corpus 58): a support plan's label | value | label |
value table, a guardians dump's child column, daily records naming children 「樹くん」, a
parents' chat, a manual's 「児童氏名（記入例）」; and a junior high school's (blind corpus 59): a
club list's 顧問 and 部長, a consent form's 保護者署名, an app log's student, a health table
keyed by seito_id, a 就学援助 notice."""

from __future__ import annotations

import json
import sqlite3

import docx
import openpyxl
from documents import detected, scanned, values_of
from table_paths import BOTH, scan_findings


def _docx_table(path, rows: list[list[str]]) -> None:
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for cells, row in zip(table.rows, rows, strict=True):
        for cell, text in zip(cells.cells, row, strict=True):
            cell.text = text
    document.save(path)


def test_a_support_plans_four_column_form(tmp_path):
    """児童氏名 | … | 生年月日 | … over 診断名 | 自閉スペクトラム症 | 服薬 | なし: a form, its
    保護者 and 児発管 people, its 診断名 a condition (before: read as a list under 児童氏名, whose
    names were 診断名, 保護者 and 相談支援専門員)."""
    path = tmp_path / "個別支援計画.docx"
    _docx_table(path, [["児童氏名", "井上 悠人（いのうえ　ゆうと）", "生年月日", "平成24年5月27日"],
                       ["診断名", "自閉スペクトラム症", "服薬", "なし"],
                       ["保護者", "井上 恵美 様（母）", "連絡先", "090-1234-5678"],
                       ["相談支援専門員", "あおぞら 山田 亜希子", "児発管", "中村 恵美"]])
    found = scanned(path)[0]
    assert values_of(found, "person_name") >= {"井上悠人", "井上恵美", "中村恵美"}
    assert not values_of(found, "person_name") & {"診断名", "保護者", "相談支援専門員"}
    assert values_of(found, "sensitive") == {"自閉スペクトラム症"}


def test_a_guardians_dump_with_a_child_column(tmp_path):
    """`child` in a guardians table is the child, a person of their own, the row's phone and
    mail the guardian's: two people a row (before: the child's name was not read)."""
    path = tmp_path / "dump.sql"
    path.write_text(
        "CREATE TABLE `guardians` (`id` int, `name` varchar(64), `tel` varchar(20), "
        "`child` varchar(64));\nINSERT INTO `guardians` VALUES (1,'林優子','070-1034-8297',"
        "'林大和'),(2,'高橋直美','080-9181-9278','高橋杏'),(3,'森慎一','070-9978-1093',"
        "'森大和');\n", encoding="utf-8")
    found, people = scanned(path)
    assert {"林大和", "高橋杏", "森大和"} <= values_of(found, "person_name") and people == 6


def test_daily_records_and_a_chat_naming_children_by_given_name(tmp_path):
    """A record's 「樹くん」 or a chat's 「由美子（瑛太ママ）」 with nothing else of theirs is no
    one new: someone named in full elsewhere (before: each given name a person)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["時間", "児童", "活動", "記録者"])
    for row in (("14:30", "坂本 樹", "SST", "松田"), ("15:00", "樹くん", "公園", "松田"),
                ("16:00", "莉子ちゃん", "おやつ", "工藤"), ("17:00", "宮本 莉子", "公園", "工藤")):
        sheet.append(list(row))
    path = tmp_path / "支援記録.xlsx"
    book.save(path)
    assert scanned(path)[1] == 2
    chat = tmp_path / "talk.json"
    chat.write_text(json.dumps({"messages": [
        {"from": "由美子（瑛太ママ）", "text": "水筒、葵ちゃんのものでした"},
        {"from": "松本 由美子", "text": "運動会の写真、共有します！"},
        {"from": "みらい教室 井上 直樹", "text": "10月の予定表をお送りします。"}]},
        ensure_ascii=False), encoding="utf-8")
    found, people = scanned(chat)
    assert "井上直樹" in values_of(found, "person_name") and people == 2


def test_words_for_whom_in_a_name_field_and_a_manuals_example_form(tmp_path):
    """緊急連絡先 | 同居家族（配偶者） names no one (before: a person 同居家族); a manual's
    「児童氏名（記入例） | 福祉 太郎」 form is an example (before: a name, its reading, a
    birth date)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["氏名", "中村　恵美"])
    sheet.append(["緊急連絡先", "同居家族（配偶者）"])
    path = tmp_path / "個人票.xlsx"
    book.save(path)
    assert values_of(scanned(path)[0], "person_name") == {"中村恵美"}
    manual = tmp_path / "マニュアル.docx"
    _docx_table(manual, [["児童氏名（記入例）", "福祉 太郎"], ["ふりがな", "ふくし たろう"],
                         ["生年月日", "平成28年4月1日"], ["保護者電話", "090-0000-0000"]])
    assert scanned(manual)[0] == []


def test_a_web_forms_down_syndrome(tmp_path):
    """ダウン症 is a condition (before: not one)."""
    path = tmp_path / "form.jsonl"
    path.write_text(json.dumps({"parent_name": "森 美紀", "child_name": "森陸斗",
                                "message": "ダウン症の診断があります。見学を希望します。"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    assert values_of(scanned(path)[0], "sensitive") == {"ダウン症"}


@BOTH
def test_a_club_lists_advisor_and_captain(tmp_path, monkeypatch, table):
    """顧問 and 部長 columns hold people (before: only the captain's birth date was read)."""
    path = tmp_path / "部活動.csv"
    path.write_text("部活動,顧問,部長,部長生年月日\n野球部,佐藤智也,阿部充,2011年05月07日\n"
                    "吹奏楽部,近藤美加子,小川桃子,2011年11月20日\n", encoding="utf-8")
    found = scan_findings(path, monkeypatch, table)
    assert values_of(found, "person_name") == {"佐藤智也", "阿部充", "近藤美加子", "小川桃子"}


def test_a_consent_forms_signature_and_an_app_logs_student(tmp_path):
    """保護者署名 | 中村 聡太郎 (before: no one in the form); {"student": "岡田直人"} (before:
    only the parent's mail)."""
    path = tmp_path / "写真掲載同意書.docx"
    _docx_table(path, [["生徒氏名", "1年2組 中村　翔太"], ["保護者署名", "中村　聡太郎"],
                       ["同意", "同意する"]])
    assert "中村聡太郎" in values_of(scanned(path)[0], "person_name")
    log = tmp_path / "app.jsonl"
    log.write_text('{"event": "absence_report", "user": "okada.yumiko3@gmail.com", '
                   '"student": "岡田直人", "reason": "発熱"}\n', encoding="utf-8")
    assert values_of(scanned(log)[0], "person_name") == {"岡田直人"}


def test_a_health_table_keyed_by_a_students_id(tmp_path):
    """hoken.seito_id points at a student: the conditions beside it are theirs (before:
    none was reported)."""
    path = tmp_path / "koumu.sqlite3"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE seito(id INT, shimei TEXT)")
        con.execute("INSERT INTO seito VALUES(1, '遠藤　浩')")
        con.execute("CREATE TABLE hoken(seito_id INT, kubun TEXT, naiyo TEXT)")
        con.executemany("INSERT INTO hoken VALUES(?, ?, ?)",
                        [(1, "既往歴", "てんかん"), (1, "既往歴", "1型糖尿病")])
    con.close()
    assert values_of(scanned(path)[0], "sensitive") == {"てんかん", "1型糖尿病"}


def test_a_school_aid_notice():
    """「山田洋介様（2年 山田あすかさんの保護者）の就学援助について、準要保護として…」: two
    people and 準要保護 (before: a third name 「の就学援助に」, no 準要保護)."""
    text = "山田洋介様（2年 山田あすかさんの保護者）の就学援助について、準要保護として認定。\n"
    assert detected(text, "person_name") == ["山田洋介", "山田あすか"]
    assert detected(text, "sensitive") == ["準要保護"]


@BOTH
def test_a_students_class_before_the_name(tmp_path, monkeypatch, table):
    """「1年2組 中村　翔太」 under 生徒氏名 is 中村翔太 (before: no name, the class first)."""
    path = tmp_path / "名簿.csv"
    path.write_text("生徒氏名,電話\n1年2組 中村　翔太,090-1111-2222\n"
                    "2年3組 佐藤 花子,090-3333-4444\n", encoding="utf-8")
    found = scan_findings(path, monkeypatch, table)
    assert values_of(found, "person_name") == {"中村翔太", "佐藤花子"}


def test_a_pta_list_names_a_parent_and_their_child(tmp_path):
    """役職 | 氏名 | 生徒（学年組） | 住所 | 電話: the officer's row, their child a person of
    their own, the address and phone the officer's: two people a row (before: three, the
    row read as the child's and its phone a third person's)."""
    path = tmp_path / "PTA役員名簿.docx"
    _docx_table(path, [["役職", "氏名", "生徒（学年組）", "住所", "電話"],
                       ["会長", "木村　直樹", "木村舞（1-2）", "前川2-2-3 アーバン602",
                        "080-4009-3245"],
                       ["副会長", "加藤　春香", "加藤稔（1-1）", "芝塚原2-9-17 コーポ503",
                        "090-2234-5678"]])
    found, people = scanned(path)
    assert values_of(found, "person_name") == {"木村直樹", "木村舞", "加藤春香", "加藤稔"}
    assert people == 4


def test_a_heart_check_list_and_a_school_doctor():
    """「1年2組 岡田 直人 生年月日 平成24年2月9日 所見：QT延長症候群」: a list row's name before
    生年月日, its condition; 「学校医 岡本淳」 names the doctor; 「田中指導主事」 is a surname and
    a title, 「養護教諭 佐藤 康弘」 the nurse (before: none of the students, no QT延長症候群, the
    doctor not named, 養護教諭佐藤康弘 and 田中指導主事 as names)."""
    text = ("心臓検診 二次検診対象者\n学校医 岡本淳 （岡本内科クリニック）\n"
            "1年2組 岡田 直人 生年月日 平成24年2月9日 所見：QT延長症候群\n"
            "2年1組 遠藤 浩 生年月日 平成22年10月13日 所見：心室中隔欠損症（術後）\n")
    assert detected(text, "person_name") == ["岡本淳", "岡田直人", "遠藤浩"]
    assert detected(text, "sensitive") == ["qt延長症候群", "心室中隔欠損症"]  # (values lower-cased)
    assert detected("教育委員会の田中指導主事より連絡。\n担当：養護教諭 佐藤 康弘\n",
                    "person_name") == ["佐藤康弘"]
