"""An insurance agency's office (blind corpus 38; corpus 22's policy lists are in
``test_insurance_agency``): a 全銀 口座振替 file's 預金者名, the agency's 募集人 on a policy row,
a 扶養控除 sheet's spouse, a CRM's contact log, and a 告知書 whose printed questions and
negated lists name no one's condition."""

from __future__ import annotations

import sqlite3

from documents import detected, distinct_names, values_of
from openpyxl import Workbook
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii


@BOTH
def test_a_zengin_transfer_files_depositor_is_a_name(tmp_path, monkeypatch, table):
    """預金者名 is the 全銀 口座振替 record's account holder (before: no name, and each row a
    person of a bank account alone, never the ledger's customer)."""
    path = tmp_path / "口座振替依頼_202406_全銀.csv"
    path.write_bytes(("ﾚｺｰﾄﾞ区分,銀行ｺｰﾄﾞ,支店ｺｰﾄﾞ,預金種目,口座番号,預金者名,引落金額\n" + "".join(
        f"2,0033,008,1,{4238350 + i},{('ｴﾝﾄﾞｳ ﾖｳｺ', 'ｻﾄｳ ｼﾕｳﾍｲ')[i % 2]},6210\n"
        for i in range(40))).encode("cp932"))
    assert values_of(scan_findings(path, monkeypatch, table), "person_name") == {
        "エンドウヨウコ", "サトウシユウヘイ"}
    (tmp_path / "顧客台帳.csv").write_text(
        "氏名,フリガナ,電話\n遠藤 陽子,エンドウ ヨウコ,090-1111-2222\n"
        "佐藤 修平,サトウ シュウヘイ,090-3333-4444\n", encoding="utf-8")
    assert scan_people(tmp_path, monkeypatch, table) == 2


@BOTH
def test_a_policys_agent_is_staff_and_a_relation_is_no_name(tmp_path, monkeypatch, table):
    """担当募集人 names the agency's staff, a person apart from the policy holder; 受取人続柄's 子
    and 被保険者続柄's 配偶者 are relations, not names (before: 子 a name, 西村 亮介 missed)."""
    path = tmp_path / "顧客台帳.csv"
    names = distinct_names(40, 38)
    header = "顧客番号,契約者氏名,電話,被保険者続柄,受取人氏名,受取人続柄,担当募集人\n"
    path.write_text(header + "".join(
        f"C{i:05d},{names[i]},090-1234-{i:04d},本人,{names[20 + i]},{('子', '配偶者')[i % 2]},"
        f"{('西村 亮介', '後藤 和也')[i % 2]}\n" for i in range(20)), encoding="utf-8")
    found = values_of(scan_findings(path, monkeypatch, table), "person_name")
    assert {"西村亮介", "後藤和也"} <= found
    assert not found & {"子", "配偶者", "本人"}
    assert scan_people(path, monkeypatch, table) == 42


def test_a_crm_contact_logs_staff_column_is_a_name(tmp_path):
    path = tmp_path / "agency_crm.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE contact_log (id INTEGER, customer_id TEXT, contacted_on TEXT,"
                   " staff TEXT, note TEXT)")
        db.executemany("INSERT INTO contact_log VALUES (?, ?, ?, ?, ?)", [
            (1, "C10009", "2024-11-04", "西村 亮介", "車両入替の相談あり。"),
            (2, "C10010", "2024-11-05", "後藤 和也", "満期案内を送付。")])
    db.close()
    found = [f for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)]
    assert values_of(found, "person_name") == {"西村亮介", "後藤和也"}
    assert values_of(found, "date_of_birth") == set()


def test_a_deduction_forms_spouse_is_a_person_of_her_own(tmp_path):
    """扶養控除等申告書: 控除対象配偶者 names the spouse; her birth date and My Number are hers,
    not the employee's (before: no name, two people counted as one)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "扶養控除_池田"
    for row in (["給与所得者の扶養控除等（異動）申告書"], ["氏名", "池田 和也"],
                ["生年月日", "昭和48年5月20日"], ["個人番号", "609505949310"],
                ["控除対象配偶者", "池田 陽子", "続柄", "配偶者"],
                ["配偶者生年月日", "昭和49年8月5日"], ["配偶者個人番号", "323617792650"]):
        sheet.append(row)
    workbook.save(tmp_path / "募集人名簿.xlsx")
    run = pii.scan([tmp_path], workers=1)
    found = [f for f in run if isinstance(f, pii.Finding)]
    assert values_of(found, "person_name") == {"池田和也", "池田陽子"}
    assert values_of(found, "my_number") == {"609505949310", "323617792650"}
    assert run.summary.subjects == 2


def test_a_declaration_forms_questions_and_negated_lists_name_no_condition():
    """A 告知書's printed question (「…治療・投薬を受けたことがありますか。」) is asked of
    everyone; 「がん・心疾患・脳血管疾患の既往はありません」 denies each of the list; the
    answer's 脳梗塞 is the insured's."""
    form = ("被保険者：佐藤 明美　生年月日：昭和34年1月15日\n"
            "1. 最近3か月以内に医師の診察・検査・治療・投薬を受けたことがありますか。\n"
            "　→ はい　病名：脳梗塞　内服治療中\n"
            "※がん・心疾患・脳血管疾患の既往はありません（持病なし）。\n")
    assert detected(form, "sensitive") == ["脳梗塞"]
    assert detected("被保険者：佐藤 明美\n心疾患・脳血管疾患で入院。\n", "sensitive") == ["心疾患"]
    assert detected("被保険者：佐藤 明美\n糖尿病があるのですが大丈夫でしょうか。\n",
                    "sensitive") == ["糖尿病"]  # (told, then asked)
