"""A private school's share (blind corpus 30): its staff ledger, its tuition debits, its
guardians' 連絡網, a school trip's passport list and the nurse's office log."""

from __future__ import annotations

import docx
import openpyxl
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii
from leakscope.pii.subject_group_keys import GroupSummary
from leakscope.pii.subject_groups import GroupCollector


def _values(findings: list[pii.Finding], category: str) -> list[str]:
    return [f.value for f in findings if f.category == category]


@BOTH
def test_a_staff_ledgers_mutual_aid_card_and_subjects(tmp_path, monkeypatch, table):
    """給与・社保's 私学共済 加入者証番号 is the staff's health insurance card (before: missed); a
    担当 column of subjects (国語, 保健体育) names no one (before: a name a row)."""
    book = openpyxl.Workbook()
    staff = book.active
    staff.append(["職員番号", "氏名", "フリガナ", "担当", "私学共済 加入者証番号"])
    staff.append(["T1000", "山崎 七夏", "ヤマザキ ナナミ", "国語", "16539911"])
    staff.append(["T1001", "中島 春香", "ナカジマ ハルカ", "保健体育", "21815020"])
    staff.append(["T1002", "木村 篤司", "キムラ アツシ", "事務", "59679902"])
    book.save(tmp_path / "教職員台帳.xlsx")
    found = scan_findings(tmp_path, monkeypatch, table)
    assert _values(found, "health_insurance_number") == ["16539911", "21815020", "59679902"]
    assert set(_values(found, "person_name")) == {
        "山崎七夏", "ヤマザキナナミ", "中島春香", "ナカジマハルカ", "木村篤司", "キムラアツシ"}


@BOTH
def test_a_contact_sheets_footer_extension_is_no_one(tmp_path, monkeypatch, table):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["学年", "組", "生徒氏名", "保護者名", "続柄", "連絡先1"])
    sheet.append(["中1", "A", "前田洋介", "前田 結衣", "母", "07027579764"])
    sheet.append([None] * 6)
    sheet.append(["作成:", "木村 篤司", None, "内線", "215", None])
    book.save(tmp_path / "保護者連絡網.xlsx")
    assert "内線" not in _values(scan_findings(tmp_path, monkeypatch, table), "person_name")


@BOTH
def test_a_tuition_debits_holder_is_the_pupils_guardian(tmp_path, monkeypatch, table):
    """生徒氏名 after 口座名義人: the holder and the account are the guardian's, the pupil a
    person of their own (before: the row one person; 3 rows of 6 people counted 3)."""
    (tmp_path / "授業料口座振替.csv").write_text(
        "顧客番号,銀行コード,支店コード,預金種目,口座番号,口座名義人,引落金額,生徒氏名\n"
        "1595949879662,0005,040,1,4143782,ﾀｶﾊｼ ｶｵﾘ,38000,高橋和也\n"
        "1595949879663,0005,040,1,4143782,ﾀｶﾊｼ ｶｵﾘ,38000,高橋美咲\n"
        "8233310061687,0397,177,1,9888208,ｻｻｷ ﾘﾖｳﾍｲ,76000,佐々木裕美子・佐々木加奈\n",
        encoding="cp932")
    assert scan_people(tmp_path, monkeypatch, table) == 6


def test_a_trips_emergency_contact_cell_of_a_name_and_a_mobile(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["No", "氏名", "旅券番号", "緊急連絡先（保護者）"])
    sheet.append([1, "佐々木 裕美子", "TR3603505", "佐々木涼平 08074686034"])
    book.save(tmp_path / "海外研修_参加者名簿.xlsx")
    found = [f for f in pii.scan([tmp_path], workers=1) if isinstance(f, pii.Finding)]
    assert "佐々木涼平" in _values(found, "person_name")
    assert _values(found, "phone_number") == ["08074686034"]


def test_a_nurses_office_log_line_names_its_pupil():
    """「２０２５／11／16　佐藤翔太　過呼吸（パニック障害の既往あり）」: a day, the pupil, what
    happened (before: nothing, and with no one on the line, not the condition either)."""
    log = ("２０２５／11／16　佐藤翔太　過呼吸（パニック障害の既往あり）\n"
           "２０２５／9／6　伊藤あすか　頭痛\n２０２５／9／8　保健だより配布\n")
    found = pii.detect(log)
    assert _values(found, "person_name") == ["佐藤翔太", "伊藤あすか"]
    assert _values(found, "sensitive") == ["パニック障害"]


def _absence_mail(to: str) -> str:
    return (f"From: 前田 結衣 <yui.maeda@docomo.ne.jp>\nTo: {to}\nSubject: 欠席連絡\n"
            "Content-Type: text/plain; charset=utf-8\n\n中島先生\n\n中1A組 前田洋介の母です。"
            "本日は発熱のため欠席します。\n\n前田結衣\n携帯：070-2757-9764\n")


@BOTH
def test_a_teachers_work_mailbox_of_surname_and_initial_is_hers(tmp_path, monkeypatch, table):
    """An absence mail to nakajima.h@ greets 「中島先生」 only; the staff ledger's 中島 春香 is
    the one ナカジマ H… of the share: three people, not four (a mailbox alone was one more)."""
    (tmp_path / "教職員.csv").write_text(
        "氏名,携帯電話,個人メール\n中島 春香,080-8029-7287,taro_554@icloud.com\n"
        "山崎 七夏,080-1111-2222,n.yamazaki@example.jp\n", encoding="utf-8")
    (tmp_path / "欠席連絡.eml").write_text(_absence_mail("nakajima.h@seiryo-gakuen.ed.jp"),
                                          encoding="utf-8")
    assert scan_people(tmp_path, monkeypatch, table) == 4  # 中島, 山崎, 前田 結衣, 前田 洋介


@BOTH
def test_a_mailbox_two_people_could_spell_stays_apart(tmp_path, monkeypatch, table):
    (tmp_path / "教職員.csv").write_text(
        "氏名,携帯電話\n中島 春香,080-8029-7287\n中島 浩,080-8029-7288\n", encoding="utf-8")
    for name, to in (("a", "nakajima.h@seiryo-gakuen.ed.jp"), ("b", "info.k@seiryo-gakuen.ed.jp")):
        (tmp_path / f"欠席連絡_{name}.eml").write_text(_absence_mail(to), encoding="utf-8")
    assert scan_people(tmp_path, monkeypatch, table) == 6  # and each mailbox


@BOTH
def test_a_mailbox_alone_in_a_table_row_spells_its_owner(tmp_path, monkeypatch, table):
    """A web portal's accounts (a login, a mailbox, no name): y.aoki@ is the one teacher of
    the share who reads アオキ Y…, in a table read in bulk as in a mail (before: one more)."""
    surnames = {"青木": "aoki", "石井": "ishii", "上田": "ueda", "加藤": "kato", "木村": "kimura",
                "小林": "kobayashi", "清水": "shimizu", "高橋": "takahashi", "田中": "tanaka",
                "中村": "nakamura", "林": "hayashi", "松本": "matsumoto"}
    given = {"春香": "h", "健一": "k", "美咲": "m", "直人": "n", "陽子": "y", "拓也": "t"}
    people = [(kanji + " " + name, f"{roman}.{initial}") for kanji, roman in surnames.items()
              for name, initial in given.items()]
    (tmp_path / "教職員.csv").write_text("氏名,携帯電話\n" + "".join(
        f"{name},080-{i:04d}-7287\n" for i, (name, _) in enumerate(people)), encoding="utf-8")
    (tmp_path / "portal_accounts.csv").write_text("login,email,last_login,role\n" + "".join(
        f"u{i:03d},{box}@seiryo-gakuen.ed.jp,2026-07-{1 + i % 28:02d} 08:{i % 60:02d}:00,teacher\n"
        for i, (_, box) in enumerate(people)) * 3, encoding="utf-8")
    assert scan_people(tmp_path, monkeypatch, table) == len(people)


@BOTH
def test_a_mailbox_spelling_a_full_name_is_its_owner(tmp_path, monkeypatch, table):
    """A portal log's takumasuzuki41@ and yoshida_asuka@ (no name beside them) are the one
    鈴木 拓真 and the one 吉田 明日香 of the share; kana847@ spells no full name, and
    hirokinakamura@ two people could be (before: each mailbox one more person)."""
    (tmp_path / "顧問先.csv").write_text(
        "氏名,携帯電話\n鈴木 拓真,080-8029-7287\n吉田 明日香,080-8029-7288\n"
        "中村 浩樹,080-8029-7289\n中村 弘樹,080-8029-7290\n", encoding="utf-8")
    (tmp_path / "portal_access.jsonl").write_text("".join(
        f'{{"user": "{user}", "ip": "203.0.113.{i}", "action": "login"}}\n'
        for i, user in enumerate(["takumasuzuki41@docomo.ne.jp", "yoshida_asuka@gmail.com",
                                  "kana847@docomo.ne.jp", "hirokinakamura@gmail.com"])),
        encoding="utf-8")
    assert scan_people(tmp_path, monkeypatch, table) == 6  # four, and two mailboxes apart


def test_an_interview_records_rows_are_pupils_and_their_parents_not_its_writer(tmp_path):
    """A 保護者面談記録 .docx: 「記録者：中島 春香」, then a table 面談日 | 生徒 | 来校者 | 連絡先:
    each row a pupil and the parent who came, whose mail it is (before: every parent's mail
    was the writer's, the form's first name, and one teacher joined every family)."""
    document = docx.Document()
    document.add_paragraph("保護者面談記録（前期）")
    document.add_paragraph("記録者：中島 春香（学年主任）")
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ("面談日", "生徒", "来校者", "連絡先"), strict=True):
        cell.text = text
    for day, pupil, parent, mail in (
            ("2026/07/14", "前田 洋介", "前田 結衣（母）", "maeda.yui8@ezweb.ne.jp"),
            ("2026/07/20", "森 聡太郎", "森 花子（母）", "morih85@nifty.com"),
            ("2026/07/19", "加藤 春香", "加藤 健一（父）", "kenichi_138@yahoo.co.jp")):
        for cell, text in zip(table.add_row().cells, (day, pupil, parent, mail), strict=True):
            cell.text = text
    document.save(tmp_path / "保護者面談記録.docx")
    (tmp_path / "教職員.csv").write_text("氏名,個人メール\n中島 春香,haruka.n@example.jp\n",
                                        encoding="utf-8")
    (tmp_path / "portal_users.csv").write_text(  # (the web portal's parents, in kana)
        "login,display_name,email\np1,マエダ ユイ,maeda.yui8@ezweb.ne.jp\n"
        "p2,モリ ハナコ,morih85@nifty.com\np3,カトウ ケンイチ,kenichi_138@yahoo.co.jp\n",
        encoding="utf-8")
    run = pii.scan([tmp_path], workers=1)
    findings = [f for f in run if isinstance(f, pii.Finding)]
    assert run.summary.subjects == 7  # 3 pupils, 3 parents, the teacher
    summaries: list[GroupSummary] = []
    collector = GroupCollector(summaries.append)
    for finding in findings:
        collector.add(finding)
    collector.flush()
    writer = {key for summary in summaries for key in summary.keys if key[-1] == "中島春香"}
    mails = [summary for summary in summaries if summary.at.startswith("保護者面談記録")
             and any(key[0] == "email_address" for key in summary.keys)]
    assert len(mails) == 3 and not any(writer & set(summary.keys) for summary in mails)


@BOTH
def test_a_booking_number_under_a_name_column_is_no_card(tmp_path, monkeypatch, table):
    """A trip list's 引率・業者 sheet: 区分 | 氏名/名称 | 連絡先 | 備考, a row 「手配番号 |
    4444326067802376」 (Luhn-valid, under 氏名/名称 only because the row is misaligned): no card
    (before: a card, and corpus 30's card F1 0.933); a card under its own label stays one."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["区分", "氏名/名称", "連絡先", "備考"])
    sheet.append(["引率", "藤田 京助", "080-5213-8060", "団長"])
    sheet.append(["手配番号", "4444326067802376", None, "航空券予約番号（管理番号）"])
    cards = book.create_sheet("立替")
    cards.append(["氏名", "カード番号", "有効期限"])
    cards.append(["藤田 京助", "4539148803436467", "08/29"])
    book.save(tmp_path / "海外研修_参加者名簿.xlsx")
    found = scan_findings(tmp_path, monkeypatch, table)
    assert _values(found, "credit_card_number") == ["4539148803436467"]
