"""A law office's share (blind corpus 35): a client ledger's family sheet, a case export's
readings, a 全銀 transfer written as CSV, an accident's damages, a household budget form,
interview notes and an office memo's look-alikes."""

from __future__ import annotations

import openpyxl
from documents import detected, write_xlsx
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii


@BOTH
def test_a_family_sheets_row_is_the_relatives(tmp_path, monkeypatch, table):
    """依頼者 | 続柄 | 氏名 | 生年月日: the birth date is the relative's, the client a person of
    their own (before: each row one more client born on the relative's day)."""
    header = ["管理番号", "依頼者", "続柄", "氏名", "生年月日", "備考"]
    write_xlsx(tmp_path / "ledger.xlsx", header, [
        ("4665991734062", "松本 真綾", "夫", "松本 聡太郎", "昭和54年2月8日", None),
        ("4665991734062", "松本 真綾", "長男", "松本 直人", "平成22年10月21日", "扶養"),
        ("8049313454986", "小川 直子", "夫", "小川 智也", "昭和48年10月11日", None)], "家族")
    assert scan_people(tmp_path, monkeypatch, table) == 5
    (tmp_path / "clients.csv").write_text(
        "管理番号,氏名,フリガナ,生年月日,電話\n"
        "4665991734062,松本 真綾,マツモト マアヤ,1983/06/02,080-9835-7543\n", encoding="utf-8")
    assert scan_people(tmp_path, monkeypatch, table) == 5  # (the client is the list's)


@BOTH
def test_a_reading_under_a_roles_kana(tmp_path, monkeypatch, table):
    """依頼者カナ, 顧客カナ: the reading of the role's name, full-width or half."""
    (tmp_path / "cases.csv").write_text(
        "管理番号,依頼者氏名,依頼者カナ,電話番号\n8113286095740,山口 英樹,ﾔﾏｸﾞﾁ ﾋﾃﾞｷ,08051275020\n"
        "3267084145140,伊藤 桃子,イトウ モモコ,09067879960\n", encoding="utf-8")
    found = scan_findings(tmp_path, monkeypatch, table)
    assert {f.value for f in found if f.category == "person_name"} == {
        "山口英樹", "ヤマグチヒデキ", "伊藤桃子", "イトウモモコ"}
    assert scan_people(tmp_path, monkeypatch, table) == 2


def test_a_zengin_transfer_written_as_csv(tmp_path):
    """A bank's 総合振込 CSV (records 1, 2…, 8, 9; no header): each data record's account and
    payee; a company payee (カ)…) is no one; a record without an account is an error."""
    (tmp_path / "transfer.csv").write_bytes((
        "1,21,0,1234567890,ｱｵﾊﾞｿｳｺﾞｳﾎｳﾘﾂｼﾞﾑｼﾖ,1025,0005,ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ,001,ｼﾝｼﾞﾕｸ,1,1234567\r\n"
        "2,0001,ﾐｽﾞﾎ,123,,1,4494214,ﾔﾏﾀﾞ ﾀﾛｳ,25000,0,4665991734,\r\n"
        "2,0009,ﾐﾂｲｽﾐﾄﾓ,456,,1,3232654,ｶ)SMBCﾓﾋﾞﾂﾄ,40000,0,3267084145,\r\n"
        "2,0009,ﾐﾂｲｽﾐﾄﾓ,456,,ﾌﾒｲ\r\n"
        "8,3,65000,\r\n9,\r\n").encode("cp932"))
    run = pii.scan([tmp_path], workers=1)
    items = list(run)
    found = {(f.category, f.value) for f in items if isinstance(f, pii.Finding) and f.personal}
    assert ("bank_account", "4494214") in found and ("person_name", "ヤマダタロウ") in found
    assert not any(category == "person_name" and "SMBC" in value.upper()
                   for category, value in found)
    errors = [e for e in items if isinstance(e, pii.ScanError)]
    assert len(errors) == 1 and "record 4" in errors[0].message
    assert run.summary.subjects == 1  # (the company's account is its own)


def test_an_accidents_damages_and_grades_are_no_condition(tmp_path):
    """後遺障害慰謝料 holds amounts, 後遺障害等級 非該当 or 申請中: no condition; 傷病名 is one."""
    header = ["依頼者", "傷病名", "後遺障害慰謝料", "後遺障害等級"]
    write_xlsx(tmp_path / "accidents.xlsx", header, [
        ("伊藤 桃子", "頚椎捻挫", 1300000, "非該当"),
        ("山口 英樹", "右手第3指末節骨骨折", 1100000, "申請中")], "損害計算")
    found = [f.value for f in pii.scan([tmp_path]) if isinstance(f, pii.Finding)
             and f.category == "sensitive"]
    assert sorted(found) == ["右手第3指末節骨骨折", "頚椎捻挫"]


def test_a_household_budget_form(tmp_path):
    """申立人 and 同居者（夫） label people (an age after the name is no part of it); a
    sentence under 備考 is a value; 作成日 is a date's label, no one's name."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "家計収支表"
    for row in (("家計収支表（令和6年9月分）",), (), ("申立人", "小川 直子"),
                ("世帯人数", "3人"), ("同居者（夫）", "小川 智也\u300051歳"),
                ("備考", "申立人は双極性障害で月2回通院。")):
        sheet.append(list(row))
    memo = book.create_sheet("作成メモ")
    memo.append(["作成者", "林 美咲"])
    memo.append(["作成日", "2024/10/07"])
    book.save(tmp_path / "budget.xlsx")
    found = [f for f in pii.scan([tmp_path]) if isinstance(f, pii.Finding)]
    assert sorted(f.value for f in found if f.category == "person_name") == [
        "小川智也", "小川直子", "林美咲"]
    assert [f.value for f in found if f.category == "sensitive"] == ["双極性障害"]


def test_family_named_in_a_form_and_in_notes():
    assert detected("同居家族：夫・松本 聡太郎（45歳）、長男・松本 直人（14歳）", "person_name") \
        == ["松本聡太郎", "松本直人"]
    assert detected("家族：母 中村 くみ子から差入れ予定。", "person_name") == ["中村くみ子"]


def test_a_criminal_records_field_and_an_offices_motto():
    suspect = "被疑者：中村 英樹（ナカムラ ヒデキ）　昭和52年10月5日生\n"
    assert detected(suspect + "前科前歴：前科なし", "sensitive") == []
    assert detected(suspect + "前科前歴：前科あり（窃盗）", "sensitive") == ["前科"]
    assert detected(suspect + "・事務所の信条「依頼者に寄り添う」を再確認。", "sensitive") == []


def test_an_offices_look_alikes():
    memo = ("当事務所 電話 03-5321-4870 担当 林 美咲\n"
            "・複合機リース契約番号 4187125782754479（更新日：令和７年３月３１日）。\n"
            "バックアップ手順：NAS(192.168.10.5)の共有フォルダを毎月末に取得。\n")
    assert detected(memo, "credit_card_number") == []
    assert detected(memo, "ip_address") == []


@BOTH
def test_a_prosecutor_is_no_party_by_name(tmp_path, monkeypatch, table):
    (tmp_path / "cases.csv").write_text(
        "事件番号,依頼者,相手方\n令和6年(わ)第123号,中村 英樹,検察官\n"
        "令和6年(ワ)第1234号,伊藤 桃子,山口 英樹\n", encoding="utf-8")
    found = scan_findings(tmp_path, monkeypatch, table)
    assert "検察官" not in {f.value for f in found}


@BOTH
def test_a_relation_before_no_name_is_the_holders(tmp_path, monkeypatch, table):
    """A loan's 教習生氏名 | 契約者氏名 | 続柄 | 銀行コード | 口座番号 | 口座名義（ｶﾅ）: the
    relation is the holder's to the student; no relative's row (the names stay the row's)."""
    (tmp_path / "loans.csv").write_text(
        "教習生氏名,契約者氏名,続柄,銀行コード,口座番号,口座名義（ｶﾅ）\n"
        "吉田直子,吉田直子,本人,0134,7302364,ﾖｼﾀﾞ ﾅｵｺ\n"
        "吉田桃子,吉田結衣,母,0009,3164152,ﾖｼﾀﾞ ﾕｲ\n", encoding="utf-8")
    before = scan_people(tmp_path, monkeypatch, table)
    (tmp_path / "students.csv").write_text(
        "氏名,生年月日\n吉田直子,2006/04/01\n吉田桃子,2007/05/02\n", encoding="utf-8")
    assert scan_people(tmp_path, monkeypatch, table) == before


def test_a_zengin_csv_in_utf8(tmp_path):
    """The same records saved as UTF-8 read as they are (not as CP932's mojibake)."""
    (tmp_path / "transfer.csv").write_text(
        "1,21,0,1234567890,ｱｵﾊﾞ,1025,0005,ﾐﾂﾋﾞｼ,001,ｼﾝｼﾞﾕｸ,1,1234567\n"
        "2,0001,ﾐｽﾞﾎ,123,,1,4494214,ﾔﾏﾀﾞ ﾀﾛｳ,25000,0,4665991734,\n8,1,25000,\n9,\n",
        encoding="utf-8")
    found = {(f.category, f.value) for f in pii.scan([tmp_path]) if isinstance(f, pii.Finding)}
    assert ("person_name", "ヤマダタロウ") in found and ("bank_account", "4494214") in found


@BOTH
def test_a_mediation_lists_parties_and_children(tmp_path, monkeypatch, table):
    """依頼者 | 相手方 | 子の氏名 | 子の生年月日: three people a row, the birth date the child's
    (before: one person holding all three names and the child's birth date)."""
    (tmp_path / "mediation.csv").write_text(
        "依頼者,相手方,子の氏名,子の生年月日,期日,裁判所\n"
        "加藤あすか,加藤稔,加藤翔太,2017/06/29,2024/11/14,横浜地方裁判所\n"
        "坂本浩,坂本加奈,坂本香織,1992/05/04,2024/11/19,東京家庭裁判所\n", encoding="utf-8")
    assert scan_people(tmp_path, monkeypatch, table) == 6
    (tmp_path / "clients.csv").write_text(
        "氏名,生年月日\n加藤あすか,1988/01/02\n加藤翔太,2017/06/29\n", encoding="utf-8")
    assert scan_people(tmp_path, monkeypatch, table) == 6


def test_a_zengin_csv_of_broken_records_gives_one_error(tmp_path):
    """Thousands of data records without an account: one error naming the first of them, and
    the good record still read."""
    lines = ["1,21,0,1234567890,ｱｵﾊﾞ,1025,0005,ﾐﾂﾋﾞｼ,001,ｼﾝｼﾞﾕｸ,1,1234567",
             "2,0001,ﾐｽﾞﾎ,123,,1,4494214,ﾔﾏﾀﾞ ﾀﾛｳ,25000,0,4665991734,",
             *["2,garbage"] * 5000, "8,1,25000,", "9,"]
    (tmp_path / "transfer.csv").write_text("\n".join(lines) + "\n", encoding="cp932")
    items = list(pii.scan([tmp_path], workers=1))
    errors = [e for e in items if isinstance(e, pii.ScanError)]
    assert len(errors) == 1 and "record 3, 4" in errors[0].message \
        and "4990 more" in errors[0].message
    assert ("bank_account", "4494214") in {(f.category, f.value) for f in items
                                           if isinstance(f, pii.Finding)}
