"""Sheets as offices lay them out: a row of group names over the header (申込者 | 連帯保証人 |
緊急連絡先, merged), a form with a table of dependants below it (扶養控除等申告書), two lists
on one sheet, and a form of label | value | label | value. Read on the table path and cell
by cell alike, and counted as the people they are."""

from __future__ import annotations

import datetime

import docx
import openpyxl
import pytest
from columnar_oracle import engine_reference, table_path
from faker import Faker

from leakscope import pii
from leakscope.pii.checksums import my_number_ok


def _my_number(seed: int) -> str:
    """A My Number with its check digit (the first 11 digits from ``seed``)."""
    return next(n for d in range(10) if my_number_ok(n := f"{seed:011d}{d}"))


def _applications(count: int) -> list[list]:
    """An applicants' list: the applicant, a guarantor and an emergency contact a row, a
    summary beside the table."""
    fake = Faker("ja_JP")
    fake.seed_instance(3)
    rows = [[None, None, "申込者", None, None, None, "連帯保証人", None, None, "緊急連絡先",
             None, None, "集計"],
            ["申込番号", "申込日", "氏名", "フリガナ", "生年月日", "携帯電話", "氏名", "続柄",
             "生年月日", "氏名", "続柄", "電話番号", "申込件数", count]]
    for i in range(count):
        rows.append([2024000100 + i, datetime.datetime(2024, 2, 1 + i % 28), fake.name(),
                     fake.kana_name(), datetime.datetime(1960 + i % 40, 1 + i % 12, 1 + i % 28),
                     f"090-{i:04d}-1111", fake.name(), "父", f"S{20 + i % 40}.4.{1 + i % 28}",
                     fake.name(), "母", f"080-{1000 + i:04d}-2222"])
    return rows


def _workbook(path, sheets: dict[str, list[list]]) -> object:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize("count", [30, 400], ids=["a form-sized sheet", "a long list"])
def test_a_row_of_group_names_over_the_header(tmp_path, count):
    path = _workbook(tmp_path / "申込者一覧.xlsx", {"申込一覧": _applications(count)})
    found, errors, _ = table_path(path)
    assert not errors and found == engine_reference(path)[0]
    run = pii.scan([path], workers=1)
    findings = [f for f in run if isinstance(f, pii.Finding)]
    fields = {(f.location["field"], f.category) for f in findings}
    assert ("連帯保証人氏名", "person_name") in fields
    assert ("連帯保証人生年月日", "date_of_birth") in fields  # S45.4.2 under the guarantor's
    assert ("申込者フリガナ", "person_name") in fields
    assert ("緊急連絡先電話番号", "phone_number") in fields
    assert not {f.value for f in findings} & {"氏名", "フリガナ"}  # the header is no data
    # the applicant, the guarantor and the emergency contact: three people a row
    assert run.summary.subjects == 3 * count


def _residence_cards(count: int) -> list[list]:
    """Foreign staff's cards: 氏名 merged over ローマ字 | カタカナ, 在留カード over 番号 | 在留資格,
    the other columns' labels merged down over both header rows (the lower cell empty)."""
    names = [("NGUYEN VAN AN", "グエン・ヴァン・アン"), ("TRAN THI HOA", "チャン・ティ・ホア"),
             ("GURUNG BIKASH", "グルン・ビカス"), ("SANTOS MARIA CRUZ", "サントス・マリア・クルス")]
    rows = [["外国人スタッフ 在留カード管理表", None, None, None, None, None, None],
            ["No", "氏名", None, "国籍", "生年月日", "在留カード", None],
            [None, "ローマ字", "カタカナ", None, None, "番号", "在留資格"]]
    for i in range(count):
        latin, kana = names[i % len(names)]
        rows.append([i + 1, f"{latin} {i}" if i >= len(names) else latin, kana, "ベトナム",
                     datetime.datetime(1980 + i % 20, 1 + i % 12, 1 + i % 28),
                     f"AB{12345678 + i:08d}CD", "特定技能1号"])
    return rows


@pytest.mark.parametrize("count", [4, 300], ids=["a form-sized sheet", "a long list"])
def test_a_header_of_two_rows_whose_upper_cells_are_merged(tmp_path, count):
    path = _workbook(tmp_path / "在留カード管理表.xlsx", {"在留カード": _residence_cards(count)})
    found, errors, _ = table_path(path)
    assert not errors and found == engine_reference(path)[0]
    findings = [f for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)]
    fields = {(f.location["field"], f.category) for f in findings}
    assert {("氏名カタカナ", "person_name"), ("氏名ローマ字", "person_name"),
            ("在留カード番号", "residence_card_number"),
            ("生年月日", "date_of_birth")} <= fields
    assert "グエン・ヴァン・アン" in {f.value for f in findings}
    assert not {f.value for f in findings} & {"ローマ字", "カタカナ"}  # the header is no data


def test_a_form_with_a_table_of_dependants_below_it(tmp_path):
    sheets = {}
    families = [("中山", "ナカヤマ", "智子", "トモコ", "健一", "ケンイチ", "蓮", "レン", "12"),
                ("鈴木", "スズキ", "桃子", "モモコ", "直樹", "ナオキ", "翔", "ショウ", "11")]
    for n, (family, kana, name, reading, spouse, spouse_reading, child, child_reading,
            year) in enumerate(families):
        sheets[f"{family}{name}"] = [
            ["令和6年分 給与所得者の扶養控除等（異動）申告書"], [],
            ["あなたの氏名", f"{family} {name}", None, "フリガナ", f"{kana} {reading}"],
            ["あなたの個人番号", _my_number(37406812415 + n)],
            ["あなたの生年月日", f"平成{year}年8月4日"], [],
            ["区分", "氏名", "フリガナ", "続柄", "個人番号", "生年月日"],
            ["源泉控除対象配偶者", f"{family} {spouse}", f"{kana} {spouse_reading}", "配偶者",
             _my_number(81286570704 + n), f"平成{year}年4月6日"],
            ["年少扶養親族", f"{family} {child}", f"{kana} {child_reading}", "長男",
             _my_number(98386756508 + n), "Ｒ４．５．２２"]]
    path = _workbook(tmp_path / "扶養控除等申告書.xlsx", sheets)
    run = pii.scan([path], workers=1)
    findings = [f for f in run if isinstance(f, pii.Finding)]
    numbers = [(f.location["row"], f.value) for f in findings if f.category == "my_number"]
    assert numbers[:3] == [(4, _my_number(37406812415)), (8, _my_number(81286570704)),
                           (9, _my_number(98386756508))]
    births = {f.value for f in findings if f.category == "date_of_birth"}
    assert {"2000-08-04", "2000-04-06", "2022-05-22"} <= births
    assert "続柄" not in {f.value for f in findings}
    assert run.summary.subjects == 2 * 3  # each employee, a spouse and a child


def test_two_lists_on_one_sheet_each_under_its_title_and_header(tmp_path):
    rows = [["入居者名簿（A棟）"], ["部屋", "契約者名", "フリガナ", "電話番号"],
            ["101", "山田 太郎", "ヤマダ タロウ", "090-1111-2222"], [],
            ["入居者名簿（B棟）"], ["部屋", "契約者名", "フリガナ", "電話番号"],
            ["201", "佐藤 花子", "サトウ ハナコ", "090-3333-4444"]]
    path = _workbook(tmp_path / "入居者名簿.xlsx", {"名簿": rows})
    names = [(f.location["row"], f.value) for f in pii.scan([path], workers=1)
             if isinstance(f, pii.Finding) and f.category == "person_name"]
    assert names == [(3, "山田太郎"), (3, "ヤマダタロウ"), (7, "佐藤花子"), (7, "サトウハナコ")]


def _letter_findings(path, tables: list[list[tuple[str, ...]]]) -> list[tuple[str, str]]:
    """(category, value) of what a scan finds in a .docx of ``tables`` (rows of cell texts)."""
    document = docx.Document()
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
    document.save(path)
    return [(f.category, f.value) for f in pii.scan([path], workers=1)
            if isinstance(f, pii.Finding)]


def test_a_form_of_label_value_pairs_side_by_side(tmp_path):
    found = _letter_findings(tmp_path / "入居申込書.docx", [[
        ("フリガナ", "ヤマダ コウジ", "性別", "男"),
        ("氏名", "山田\u3000浩二", "生年月日", "平成5年2月18日（満31歳）"),
        ("続柄", "本人", "携帯電話", "070-5518-7880"),
        ("E-mail", "koji@example.jp", "勤務先", "株式会社東西商事")]])
    assert found == [  # 性別 and 男 were the フリガナ's, 本人 the name's
        ("person_name", "ヤマダコウジ"), ("person_name", "山田浩二"),
        ("date_of_birth", "1993-02-18"), ("phone_number", "07055187880"),
        ("email_address", "koji@example.jp")]


def test_a_form_whose_table_below_is_empty(tmp_path):
    path = _workbook(tmp_path / "扶養控除.xlsx", {"原亮": [
        ["あなたの氏名", "原 亮", None, "フリガナ", "ハラ リョウ"],
        ["あなたの個人番号", _my_number(92569880586)], ["あなたの生年月日", "平成12年1月15日"],
        [],
        ["区分", "氏名", "フリガナ", "続柄", "個人番号", "生年月日"]]})
    names = [f.value for f in pii.scan([path], workers=1)
             if isinstance(f, pii.Finding) and f.category == "person_name"]
    assert names == ["原亮", "ハラリョウ"]  # the header's 続柄 is nobody's name


def test_a_policy_row_holds_its_holder_and_its_beneficiary(tmp_path):
    fake = Faker("ja_JP")
    fake.seed_instance(8)
    rows = [["証券番号", "契約者名", "契約者生年月日", "死亡保険金受取人", "続柄",
             "受取人生年月日"]]
    for i in range(40):
        rows.append([f"{1234567890 + i}", fake.name(), datetime.datetime(1950 + i, 1, 2),
                     fake.name(), "子", datetime.datetime(1980 + i % 20, 5, 6)])
    path = _workbook(tmp_path / "保有契約.xlsx", {"契約": rows})
    run = pii.scan([path], workers=1)
    list(run)
    assert run.summary.subjects == 2 * 40
    roster = _workbook(tmp_path / "受取人名簿.xlsx", {"名簿": [  # a payee's own list
        ["受取人氏名", "受取人カナ", "生年月日"], ["佐藤 花子", "サトウ ハナコ",
                                        datetime.datetime(1990, 1, 2)],
        ["鈴木 一郎", "スズキ イチロウ", datetime.datetime(1985, 3, 4)]]})
    run = pii.scan([roster], workers=1)
    list(run)
    assert run.summary.subjects == 2


def test_two_row_forms_in_a_letter(tmp_path):
    found = _letter_findings(tmp_path / "入居申込書.docx", [
        [("フリガナ", "ヤマダ タロウ", "性別", "男"),
         ("氏名", "山田\u3000太郎", "生年月日", "平成2年4月1日")],
        [("氏\u3000名", "井上\u3000浩二"), ("電話", "070-5341-2757")]])
    assert found == [  # (the first row was a list's header: 氏名 and 電話 were names)
        ("person_name", "ヤマダタロウ"), ("person_name", "山田太郎"),
        ("date_of_birth", "1990-04-01"), ("person_name", "井上浩二"),
        ("phone_number", "07053412757")]


def test_a_form_written_a_character_a_box(tmp_path):
    """An 申請書 sheet: the My Number a digit a cell, the birth date in boxes after the era
    its printed choice circles (明・大・昭・(平)・令), a phone in three cells."""
    number = _my_number(7)
    path = _workbook(tmp_path / "申請書.xlsx", {"申請101": [
        [None, "物価高騰対策給付金 支給申請書"],
        [None, "個人番号", None, *number],
        [None, "氏　名", None, "木村　陽子"],
        [None, "生年月日", None, "明・大・昭・(平)・令", None, "11", "年", 9, "月", 26, "日"],
        [None, "電話番号", None, "080", "9295", "7209"],
        [None, "性別", None, "女", "続柄", "本人"]]})
    found = [(f.category, f.value) for f in pii.scan([path]) if isinstance(f, pii.Finding)]
    assert found == [("my_number", number), ("person_name", "木村陽子"),
                     ("date_of_birth", "1999-09-26"), ("phone_number", "08092957209")]


def test_a_referral_letters_conditions_under_their_labels(tmp_path):
    """診療情報提供書: パニック障害 under 既往歴 is the value, though 障害 labels too."""
    found = _letter_findings(tmp_path / "紹介状.docx", [[
        ("患者氏名", "後藤 花子 様"), ("電話", "090-6075-7685"), ("傷病名", "2型糖尿病"),
        ("既往歴", "パニック障害")]])
    assert found == [("person_name", "後藤花子"), ("phone_number", "09060757685"),
                     ("sensitive", "2型糖尿病"), ("sensitive", "パニック障害")]


def test_a_key_value_block_above_a_list(tmp_path):
    """An assignment sheet opens with its client (派遣先 | 林銀行株式会社, 法人番号 | 3493…)
    above the staff list: the number is the client's corporate number, not a bank account
    (a company's name is no header: its 銀行 made it one), and the list's people are read."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["派遣先", "林銀行株式会社"], ["法人番号", "3493893306123"], [],
                ["スタッフコード", "氏名", "携帯", "時給"],
                ["S10061", "加藤 真綾", "070-1630-4493", 1400],
                ["S10332", "佐藤 健一", "070-3250-5077", 1400]):
        sheet.append(row)
    path = tmp_path / "配属表.xlsx"
    book.save(path)
    found, errors, _ = table_path(path)
    assert not errors and found == engine_reference(path)[0]
    run = pii.scan([path], workers=1)
    values = {(f.category, f.value, f.personal) for f in run if isinstance(f, pii.Finding)}
    assert ("corporate_number", "3493893306123", False) in values
    assert not any(category == "bank_account" for category, *_ in values)
    assert {v for c, v, _ in values if c == "person_name"} == {"加藤真綾", "佐藤健一"}
    assert run.summary.subjects == 2
