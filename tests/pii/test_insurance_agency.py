"""An insurance agency's drive (blind corpus 22): a policy list's 契約者 | 被保険者 | 受取人, an
accident log's driver, an application's list of roles (区分 | 氏名 | …), a sales agent."""

from __future__ import annotations

import pytest
from documents import write_xlsx
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii
from leakscope.pii.extract.row_people import role_suffix


@BOTH
def test_a_policy_lists_insured_is_a_person_of_their_own(tmp_path, monkeypatch, table):
    path = tmp_path / "契約一覧.xlsx"
    write_xlsx(path,
               ["証券番号", "契約者", "被保険者", "被保険者生年月日", "死亡保険金受取人", "続柄"],
               [("S-001", "高橋　香織", "高橋　裕樹", "1979-07-20", "高橋　香織", "配偶者"),
                ("S-002", "森　英樹", "森　拓真", "2012-10-06", "森　英樹", "父")])
    found = {(f.category, f.value): f.location["field"]
             for f in scan_findings(path, monkeypatch, table)}
    assert found[("person_name", "高橋裕樹")] == "被保険者"
    assert found[("date_of_birth", "2012-10-06")] == "被保険者生年月日"
    assert scan_people(path, monkeypatch, table) == 4  # (each policy's holder and insured)


@BOTH
def test_an_accident_logs_driver_is_a_person_of_their_own(tmp_path, monkeypatch, table):
    path = tmp_path / "事故受付.xlsx"
    write_xlsx(path, ["受付番号", "事故日", "契約者", "運転者", "運転免許証番号"],
               [("J-1", "2024-05-03", "森　美加子", "森　涼平", "621887285320")])
    names = {f.value: f.location["field"] for f in scan_findings(path, monkeypatch, table)
             if f.category == "person_name"}
    assert names == {"森美加子": "契約者", "森涼平": "運転者"}
    assert scan_people(path, monkeypatch, table) == 2
    assert role_suffix("driver_license_no") == "" and role_suffix("Driver Name") == "/運転者"


@BOTH
@pytest.mark.parametrize("driver", ["高橋　裕樹", "高橋　香織"])
def test_an_accident_logs_driver_with_a_licence_is_the_policy_lists_person(
        tmp_path, monkeypatch, table, driver):
    """A holder of two policies (one insuring her husband, one herself, with her birth date)
    and an accident either of them drove: two people. The licence is the driver's, not the
    holder's, and a holder's name-only row in the list does not keep her apart from herself
    in the log (3 people for 2 in corpus 22)."""
    write_xlsx(tmp_path / "契約一覧.xlsx",
               ["証券番号", "契約者", "被保険者氏名", "被保険者生年月日"],
               [("S-001", "高橋　香織", "高橋　裕樹", "1979-07-20"),
                ("S-002", "高橋　香織", "高橋　香織", "1981-01-01")])
    write_xlsx(tmp_path / "事故受付.xlsx",
               ["受付番号", "事故日", "契約者", "運転者氏名", "運転免許証番号"],
               [("J-1", "2024-05-03", "高橋　香織", driver, "621887285320")])
    assert scan_people(tmp_path, monkeypatch, table) == 2


def test_an_applications_list_of_roles_is_a_list_not_a_form(tmp_path):
    path = write_xlsx(tmp_path / "申込書.xlsx", ["生命保険契約申込書"], [
        ["ふりがな", "もり　ひでき"], ["氏名", "森　英樹"], [],
        ["区分", "氏名", "フリガナ", "生年月日", "続柄"],
        ["被保険者", "森　拓真", "モリ　タクマ", "2012/10/06", "配偶者"],
        ["死亡保険金受取人", "森　英樹", "モリ　ヒデキ", "1977/07/12", "本人"], [],
        ["申込日 2024年11月12日"]])
    found = {(f.category, f.value): f.location["field"] for f in pii.scan([path], workers=1)
             if isinstance(f, pii.Finding)}
    assert found[("person_name", "森拓真")] == "氏名"
    assert found[("date_of_birth", "2012-10-06")] == "生年月日"
    assert ("person_name", "配偶者") not in found


def test_a_sales_agent_is_named():
    text = "取扱代理店 株式会社みらい保険サービス 募集人 近藤　直人\n"
    names = [f.value for f in pii.detect(text) if f.category == "person_name"]
    assert names == ["近藤直人"]


def test_a_notice_of_health_tables_header_is_not_a_condition():
    """An insurer's 告知書 writes its table's header 「傷病名 経過」 on one line: 経過 is the next
    column, not the condition the 傷病名 label names; the rows' diseases are."""
    text = ("告知書（被保険者）\n氏名 山田 加奈\n生年月日 1980年4月5日\n"
            "過去5年以内の病歴・入院・手術\n傷病名 経過 医療機関\n"
            "胃潰瘍 2019年 入院7日 市立病院\n高血圧症 服薬中（降圧剤） 山田内科\n")
    sensitive = {f.value for f in pii.detect(text) if f.category == "sensitive"}
    assert sensitive == {"胃潰瘍", "高血圧症"}
