"""A driving school's share (blind corpus 34): bookings and exam results naming instructors,
the licence questionnaire's conditions, a survey and mails in prose, a memo's old licence and
password, a ledger under a two-row header, a 合宿 list's emergency contacts."""

from __future__ import annotations

import openpyxl
from documents import detected
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii


@BOTH
def test_instructors_and_examiners_are_staff_named_beside_the_student(tmp_path, monkeypatch,
                                                                      table):
    """指導員 and 検定員 columns hold staff's names: names, and people of their own (two
    instructors over three bookings), not the booking's student."""
    (tmp_path / "bookings.csv").write_text(
        "予約番号,氏名,携帯電話,指導員番号,指導員\n"
        "2026160610298158,村上 洋介,080-9984-3217,2008,小林京助\n"
        "2026160610298166,村上 洋介,080-9984-3217,2009,伊藤陽子\n"
        "2026160610298174,岡田 浩,090-1111-2222,2008,小林京助\n", encoding="utf-8")
    found = scan_findings(tmp_path, monkeypatch, table)
    assert {f.value for f in found if f.category == "person_name"} == {
        "村上洋介", "岡田浩", "小林京助", "伊藤陽子"}
    assert scan_people(tmp_path, monkeypatch, table) == 4


def test_the_licence_questionnaires_conditions():
    """道路交通法's 一定の病気 as the questionnaire writes them, each whole (そううつ病, not
    its うつ病)."""
    student = "吉田 桃子 090-1234-5678 申告内容："
    assert detected(student + "そううつ病", "sensitive") == ["そううつ病"]
    assert detected(student + "睡眠時無呼吸症候群（CPAP使用）", "sensitive") \
        == ["睡眠時無呼吸症候群"]
    assert detected(student + "再発性の失神", "sensitive") == ["再発性の失神"]


def test_a_conditions_care_in_its_sentence_is_the_conditions():
    """服薬 and 既往 after a condition in its sentence are its care and history, reported by the
    condition; alone they are still a care fact."""
    parent = "山口零 090-1234-5678\n"
    assert detected(parent + "実は息子は小学生の頃からてんかんの持病があり、現在も服薬しています。",
                   "sensitive") == ["てんかん"]
    assert detected(parent + "糖尿病（インスリン使用、低血糖発作の既往あり）", "sensitive") \
        == ["糖尿病"]
    assert detected(parent + "服薬中です。", "sensitive") == ["服薬"]
    assert detected(parent + "糖尿病で、創価学会の信者", "sensitive") == ["糖尿病", "創価学会"]


def test_names_in_a_survey_and_a_students_mail():
    survey = ("卒業生アンケート（自由記述）抜粋\n\n"
              "鈴木 裕太（suzuyut-335@outlook.jp）: 指導員の三浦先生が丁寧でした。\n"
              "田中 浩（tanahir-1563@ezweb.ne.jp）: 指導員の西村先生が丁寧でした。\n")
    assert detected(survey, "person_name") == ["鈴木裕太", "田中浩"]
    assert detected("北分校 予約係様\n\n教習生の渡辺 花子です（教習原簿番号 K26-0012）。",
                   "person_name") == ["渡辺花子"]
    assert detected("会議室（03-1234-5678）", "person_name") == []


def test_a_memos_old_licence_and_an_exams_number():
    """「旧免許 ４５０３…」 labels a licence; a 検定番号 that passes the licence check is none."""
    assert detected("旧免許 ４５０３２３７２６３９０。住所変更あり", "drivers_license_number") \
        == ["450323726390"]
    assert detected("検定番号 432632398740 免許", "drivers_license_number") == []


def test_a_passwords_note_in_brackets_is_no_part_of_it():
    assert detected("受付端末 ID: kita-uketsuke / PW: Hokuto#2611kita（佐々木さん管理）",
                   "credential") == ["Hokuto#2611kita"]
    assert detected("password=Pa(ss)w0rd!", "credential") == ["Pa(ss)w0rd!"]


@BOTH
def test_a_ledgers_upper_header_row_names_no_one(tmp_path, monkeypatch, table):
    """Title, then 氏名 | フリガナ | … | 連絡先 merged over 住所 | 電話: the upper row's
    フリガナ after 氏名 is a label, not the name of a label."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["令和8年度 教習生台帳（本校）"])
    sheet.append(["教習原簿番号", "氏名", "フリガナ", "生年月日", "連絡先", None])
    sheet.append([None, None, None, None, "住所", "電話"])
    sheet.append(["H26-0001", "加藤 聡太郎", "カトウ ソウタロウ", "平成18年6月24日",
                  "埼玉県さいたま市大宮区桜木町2-16-12", "080-6873-0287"])
    for merged in ("A1:F1", "E2:F2", "A2:A3", "B2:B3", "C2:C3", "D2:D3"):
        sheet.merge_cells(merged)
    book.save(tmp_path / "ledger.xlsx")
    found = scan_findings(tmp_path, monkeypatch, table)
    assert sorted(f.value for f in found if f.category == "person_name") == [
        "カトウソウタロウ", "加藤聡太郎"]
    assert scan_people(tmp_path, monkeypatch, table) == 1


@BOTH
def test_a_payer_is_a_person_of_their_own(tmp_path, monkeypatch, table):
    """支払者 names who paid (a parent for a student); the same name twice is one person."""
    (tmp_path / "payments.csv").write_text(
        "受付番号,氏名,支払者,カード番号\n4215995014314268,石井 くみ子,石井 浩,348831279920507\n"
        "4215995014314269,田中 花子,田中 花子,4539148803436467\n", encoding="utf-8")
    found = scan_findings(tmp_path, monkeypatch, table)
    assert "石井浩" in {f.value for f in found if f.category == "person_name"}
    assert scan_people(tmp_path, monkeypatch, table) == 3


@BOTH
def test_an_emergency_contact_that_is_the_participant_himself(tmp_path, monkeypatch, table):
    """緊急連絡先氏名 「（本人実家）」: the family home's phone is the participant's own, not one
    more person; a named contact still is."""
    (tmp_path / "camp.tsv").write_text(
        "No\t氏名\tふりがな\t携帯\t緊急連絡先氏名\t続柄\t緊急連絡先電話\n"
        "12\t佐藤洋介\tさとうようすけ\t080-5678-7034\t（本人実家）\t\t048-875-3944\n"
        "13\t鈴木一郎\tすずきいちろう\t080-5678-7035\t鈴木花子\t母\t048-875-3945\n",
        encoding="utf-8")
    found = scan_findings(tmp_path, monkeypatch, table)
    assert "（本人実家）" not in {f.value for f in found}
    assert scan_people(tmp_path, monkeypatch, table) == 3


def test_a_parents_mail_about_her_son(tmp_path):
    """「山口零と申します。息子の翔太（平成21年3月15日生まれ）の…」: the son is someone of his
    own, of the writer's surname, his birth date his; with the ledger's 山口 翔太 of that birth
    date he is one person."""
    (tmp_path / "mail.txt").write_text(
        "いつもお世話になっております。山口零と申します。\n"
        "息子の翔太（平成２１年３月１５日生まれ）の普通二輪の入校について相談させてください。\n"
        "連絡は私の携帯（０７０－４４６９－６６３２）までお願いいたします。\n", encoding="utf-8")
    run = pii.scan([tmp_path], workers=1)
    names = [f.value for f in run if isinstance(f, pii.Finding) and f.category == "person_name"]
    assert names == ["山口零", "山口翔太"]
    assert run.summary.subjects == 2
    (tmp_path / "ledger.csv").write_text("氏名,生年月日\n山口 翔太,2009/03/15\n", encoding="utf-8")
    run = pii.scan([tmp_path], workers=1)
    list(run)
    assert run.summary.subjects == 2
    assert detected("息子の翔太（平成21年3月15日生まれ）", "person_name") == ["翔太"]
