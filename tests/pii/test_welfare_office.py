"""A municipal welfare division's files (blind corpus 25): a case record's prose, a handbook
ledger's two-row header, a 児童手当 list's 請求者, a welfare system's romanized columns and its
bank file's half-width kana header, a decision letter's table."""

from __future__ import annotations

import json
import sqlite3
from email.message import EmailMessage

import docx
import openpyxl
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii


def _names(text: str) -> list[str]:
    return [f.value for f in pii.detect(text) if f.category == "person_name"]


def test_a_case_records_recipient_before_their_bracketed_birth_date(tmp_path):
    """「福田英樹（昭和16年5月17日生、83歳）宅を訪問」 names the recipient (no honorific); the
    caseworker's surname after 担当 keeps no one's birth date, so the record and the
    system's row of the same person are one person (before: two)."""
    (tmp_path / "ケース記録.txt").write_text(
        "令和6年6月16日　訪問（担当：高橋）\n"
        "　福田英樹（昭和16年5月17日生、83歳）宅を訪問。住所 宮原１７番４号。電話 0544-61-5170\n",
        encoding="utf-8")
    (tmp_path / "seiho.sql").write_text(
        "CREATE TABLE `jukyusha` (`shimei` varchar(40), `seinengappi` date, `jusho` varchar(120),"
        " `tel` varchar(20), `tanto` varchar(20));\n"
        "INSERT INTO `jukyusha` VALUES ('福田　英樹','1941-05-17','富士宮市宮原17番4号',"
        "'0544-61-5170','高橋桃子');\n", encoding="utf-8")
    run = pii.scan([tmp_path], workers=1)
    found = {(f.path, f.category, f.value) for f in run if isinstance(f, pii.Finding)}
    assert {("ケース記録.txt", "person_name", "福田英樹"),
            ("ケース記録.txt", "address", "宮原17番4号"),
            ("seiho.sql", "address", "富士宮市宮原17番4号"),
            ("seiho.sql", "person_name", "高橋桃子")} <= found
    assert run.summary.subjects == 2  # 福田英樹, and 高橋桃子 (staff are people too)
    # guard: a place's year in brackets is no birth: 「東京都（令和6年）」
    assert _names("会議は東京都（令和6年）で\n") == []


def test_an_address_below_the_town_after_its_label_in_text():
    text = ("氏名：高橋 亮介\n住所：宮原24番8号\n"
            "申請受理 井上 陽子 様　住所 万野原新田13番2号　電話 0544-93-0345\n")
    addresses = [f.value for f in pii.detect(text) if f.category == "address"]
    assert addresses == ["宮原24番8号", "万野原新田13番2号"]
    # guard: the word alone, or a procedure, is no address
    assert [f for f in pii.detect("住所変更の手続き、住所地特例\n")
            if f.category == "address"] == []


def test_a_relative_after_a_label_and_a_volunteer_in_a_forwarded_header():
    text = ("緊急連絡先：長女 佐々木真綾 090-2359-2563\n\n---------- Forwarded message ---------\n"
            "From: 民生委員 橋本 稔\n高橋さん、最近ゴミ出しができていないようです。\n")
    assert {"佐々木真綾", "橋本稔"} <= set(_names(text))


def test_a_hospital_desk_in_a_mail_header_is_no_one(tmp_path):
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = ("福祉課 <fukushi@city.example.jp>",
                                                 "医療相談室 <soudan@fuji-hp.example.jp>",
                                                 "入院患者の件")
    mail.set_content("医療相談室 御中\n\nお世話になっております。\n")
    (tmp_path / "入院患者の件.eml").write_bytes(bytes(mail))
    names = [f.value for f in pii.scan([tmp_path], workers=1)
             if isinstance(f, pii.Finding) and f.category == "person_name"]
    assert "医療相談室" not in names and "福祉課" not in names


@BOTH
def test_a_ledgers_name_under_a_merged_header_and_a_claimant(tmp_path, monkeypatch, table):
    """A handbook ledger's 「氏名」 merged over 「漢字 | フリガナ」, and a 児童手当 list's 請求者
    (the parent) beside the child's columns: both are names, the child a person of their own."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["身体障害者手帳 交付台帳"])
    sheet.append([None, "氏名"])
    sheet.merge_cells("B2:C2")
    sheet.append(["手帳番号", "漢字", "フリガナ", "生年月日"])
    sheet.append(["第204156号", "林\u3000和也", "ハヤシ\u3000カズヤ", "1932-04-06"])
    claims = book.create_sheet("一覧")
    claims.append(["受付番号", "請求者", "児童氏名", "児童生年月日"])
    claims.append(["217631736660", "山田\u3000拓真", "山田\u3000和也", "2017-02-28"])
    book.save(tmp_path / "台帳.xlsx")
    names = {f.value for f in scan_findings(tmp_path / "台帳.xlsx", monkeypatch, table)
             if f.category == "person_name"}
    assert {"林和也", "ハヤシカズヤ", "山田拓真", "山田和也"} <= names
    assert scan_people(tmp_path / "台帳.xlsx", monkeypatch, table) == 3


@BOTH
def test_a_bank_files_half_width_kana_header(tmp_path, monkeypatch, table):
    path = tmp_path / "KZFR_202410.csv"
    path.write_bytes("ｷｮｳｸﾞｺｰﾄﾞ,ｷﾝﾕｳｷｶﾝｺｰﾄﾞ,ｼﾃﾝｺｰﾄﾞ,ﾖｷﾝｼｭﾓｸ,ｺｳｻﾞﾊﾞﾝｺﾞｳ,ｺｳｻﾞﾒｲｷﾞ\n"
                     "1,9900,114,1,9447858,ﾀｶﾊｼ ﾘｮｳｽｹ\n".encode("cp932"))
    found = {(f.category, f.value) for f in scan_findings(path, monkeypatch, table)}
    assert ("bank_account", "9447858") in found
    assert not any(category == "bank_account" and value == "9900" for category, value in found)


def test_a_welfare_systems_romanized_columns(tmp_path):
    db = sqlite3.connect(tmp_path / "kyufu.sqlite")
    db.execute("CREATE TABLE hihokensha (hihoken_no TEXT, name_kana TEXT, birth TEXT)")
    db.execute("INSERT INTO hihokensha VALUES ('0055516202', 'ﾀｶﾊｼ ﾘｮｳｽｹ', '1949-10-07')")
    db.commit()
    db.close()
    (tmp_path / "jumin.jsonl").write_text(json.dumps(
        {"shimei": "高橋　亮介", "jusho": "静岡県富士宮市宮原24番8号", "yubin": "4185760"},
        ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "users.sql").write_text(
        "CREATE TABLE `users` (`login` varchar(20), `pw_hash` varchar(64));\n"
        "INSERT INTO `users` VALUES ('sato00','Fuji1102!a');\n", encoding="utf-8")
    found = {(f.category, f.value) for f in pii.scan([tmp_path], workers=1)
             if isinstance(f, pii.Finding)}
    assert {("health_insurance_number", "0055516202"), ("postal_code", "4185760"),
            ("credential", "Fuji1102!a")} <= found


def test_a_decision_letters_table_holds_its_addressees_condition(tmp_path):
    """A 保護決定通知書: the addressee in its text, a two-row table under it whose second row
    (「理由 | 傷病（双極性障害）により稼働不能のため」) is no header; the condition is the
    addressee's (before: the row was read as the table's header, and the term lost)."""
    letter = docx.Document()
    letter.add_paragraph("〒418-5760 静岡県富士宮市宮原18番3号 林 和也 様")
    table = letter.add_table(rows=2, cols=2)
    for row, (label, value) in enumerate([("ケース番号", "C-2781"),
                                          ("理由", "傷病（双極性障害）により稼働不能のため")]):
        table.cell(row, 0).text, table.cell(row, 1).text = label, value
    letter.save(tmp_path / "通知書.docx")
    found = [f.value for f in pii.scan([tmp_path / "通知書.docx"], workers=1)
             if isinstance(f, pii.Finding) and f.category == "sensitive"]
    assert found == ["双極性障害"]


def test_a_relative_by_given_name_is_of_the_household_named_before():
    """「同居の妻千代さん（昭和21年8月24日生）」 after 「福田英樹（…生）宅を訪問」: the wife is
    福田千代, whom a care list names in full (before: 千代 alone, one more person)."""
    text = ("　福田英樹（昭和16年5月17日生、83歳）宅を訪問。\n"
            "　同居の妻千代さん（昭和21年8月24日生）も在宅。住所 ひばりが丘９番１０号。\n")
    found = [(f.category, f.value) for f in pii.detect(text)]
    assert ("person_name", "福田千代") in found and ("person_name", "千代") not in found
    assert ("address", "ひばりが丘9番10号") in found


def test_a_given_name_no_model_calls_a_person_is_the_relatives(tmp_path):
    """「同居の夫英樹さん」: GiNZA calls no one there, but 英樹 is a given name after a relation,
    so the husband is 加藤英樹 and one person with the care list's 加藤英樹 of that birth date
    (before: no name at all, and a household of two counted as three)."""
    (tmp_path / "ケース記録.txt").write_text(
        "　加藤明美（昭和17年9月18日生、82歳）宅を訪問。住所 黒田１１番１３号。\n"
        "　同居の夫英樹さん（昭和14年12月3日生）も在宅。\n",
        encoding="utf-8")
    (tmp_path / "認定者一覧.csv").write_text(
        "氏名,生年月日,住所\n加藤明美,1942-09-18,黒田11番13号\n加藤英樹,1939-12-03,黒田11番13号\n",
        encoding="utf-8")
    names = [f.value for f in pii.detect((tmp_path / "ケース記録.txt").read_text(encoding="utf-8"))
             if f.category == "person_name"]
    assert names == ["加藤明美", "加藤英樹"]
    assert [f.value for f in pii.detect("同居の夫英樹さん", label=None)
            if f.category == "person_name"] == ["英樹"]
    assert not any(f.category == "person_name" for f in pii.detect("同居の夫在宅さん"))
    run = pii.scan([tmp_path], workers=1)
    list(run)
    assert run.summary.subjects == 2


@BOTH
def test_a_claims_child_columns_are_the_childs(tmp_path, monkeypatch, table):
    """A 児童手当 list's 請求者 | 請求者個人番号 | 児童氏名 | 児童生年月日 | 児童個人番号: the
    child's columns are a person of their own in the parent's row, so the parent's and the
    child's My Numbers are two people's (before: one person holding both)."""
    book = openpyxl.Workbook()
    book.active.append(["受付番号", "請求者", "請求者個人番号", "児童氏名", "児童生年月日",
                        "児童個人番号"])
    book.active.append(["217631736660", "山田\u3000拓真", "110704341920", "山田\u3000和也",
                        "2017-02-28", "202786838730"])
    book.save(tmp_path / "受給者一覧.xlsx")
    (tmp_path / "住民票.csv").write_text("氏名,生年月日,個人番号\n"
                                       "山田 和也,2017-02-28,202786838730\n"
                                       "山田 拓真,1985-06-01,110704341920\n", encoding="utf-8")
    assert scan_people(tmp_path, monkeypatch, table) == 2
    records = {f.value: f.record for f in scan_findings(tmp_path / "受給者一覧.xlsx", monkeypatch,
                                                         table) if f.category == "my_number"}
    assert records["110704341920"] != records["202786838730"]


def test_a_survey_whose_questions_are_its_header_keeps_it(tmp_path):
    # guard for the two-row form: a form export's header of questions (「…お聞かせください。」)
    # heads its answers
    path = tmp_path / "アンケート.csv"
    path.write_text("タイムスタンプ,お名前,ご意見をお聞かせください。\n"
                    "2024/06/01 10:00,山田 花子,対応が丁寧でした。\n", encoding="utf-8")
    names = [(f.value, f.location.get("field")) for f in pii.scan([path], workers=1)
             if isinstance(f, pii.Finding) and f.category == "person_name"]
    assert names == [("山田花子", "お名前")]
