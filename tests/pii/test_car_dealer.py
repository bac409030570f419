"""A car dealer's share (blind corpus 40): a sales diary's 「TEL080-…」, a work order's mechanic,
a welfare vehicle consultation's ご相談者 and its 障害 with the 手帳's grade, a trade-in
appraisal's JCB-shaped 査定番号."""

from __future__ import annotations

from documents import detected, distinct_names, values_of
from table_paths import BOTH, scan_findings, scan_people


def test_a_number_glued_to_its_tel():
    """「TEL０８０－９４９７－５８９０」 (before: missed); HOTEL0312345678 is no phone."""
    assert detected("池田翔太様来店。TEL０８０－９４９７－５８９０。\n", "phone_number") == [
        "08094975890"]
    assert detected("TEL080-9497-5890\n", "phone_number") == ["08094975890"]
    assert detected("HOTEL0312345678\n", "phone_number") == []


def test_an_appraisal_number_is_no_card():
    assert detected("■令和８年９月２１日　山崎　太郎様\n　査定番号 3570383774005130\n",
                    "credit_card_number") == []


@BOTH
def test_a_work_orders_mechanic_and_a_consultations_client(tmp_path, monkeypatch, table):
    """mechanic and 整備担当 name the garage's staff, a person apart from the customer;
    ご相談者 names the client; a condition with its 手帳's grade in brackets is the condition."""
    names = distinct_names(64, 40)
    header = "order_no,customer,phone,mechanic,整備担当\n"
    (tmp_path / "work_orders.csv").write_text(header + "".join(
        f"W{i:04d},{names[i]},090-1234-{i:04d},{names[60]},{names[61]}\n" for i in range(30)),
        encoding="utf-8")
    found = values_of(scan_findings(tmp_path / "work_orders.csv", monkeypatch, table),
                      "person_name")
    assert {"".join(names[60].split()), "".join(names[61].split())} <= found
    assert scan_people(tmp_path / "work_orders.csv", monkeypatch, table) == 32
    (tmp_path / "相談記録.csv").write_text("相談日,ご相談者,電話,障害\n" + "".join(
        f"2026/10/{i % 28 + 1:02d},{names[30 + i]},080-2222-{i:04d},脊髄損傷(身体障害者手帳 1級)\n"
        for i in range(30)), encoding="utf-8")
    found = scan_findings(tmp_path / "相談記録.csv", monkeypatch, table)
    assert "".join(names[30].split()) in values_of(found, "person_name")
    assert values_of(found, "sensitive") == {"脊髄損傷", "身体障害者手帳"}  # (not the whole cell)
