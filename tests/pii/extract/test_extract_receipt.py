"""レセプト電算 (UKE) claims files: each receipt's patient, birth date and insurance card."""

from __future__ import annotations

from leakscope import pii
from leakscope.pii.extract.receipt import MAX_RECORD_CHARS
from leakscope.pii.extract.sniff import sniff

_UKE = ("IR,2,13,3,1234567,,アオバシカクリニック,202403,0354321180,00\r\n"
        "RE,1,1112,42403,吉田　明美,2,3370412,,,,,,01434,,,,,,,,,\r\n"
        "HO,39131015,6503,157,1,7977,,,,,\r\n"
        "SY,8833421,20240301,1,,,,,\r\n"
        "RE,2,1112,42403,鈴木　直子,2,4070406,,,,,,01771,,,,,,,,,\r\n"
        "HO,39131015,2668,670,1,7926,,,,,\r\n")


def test_each_receipt_is_a_patient_with_a_birth_date_and_a_card(tmp_path):
    path = tmp_path / "RECEIPTC.UKE"
    path.write_bytes(_UKE.encode("cp932"))
    assert sniff(path) == "receipt"
    run = pii.scan([path], workers=1)
    found = [(f.category, f.value, f.record) for f in run if isinstance(f, pii.Finding)]
    assert found == [
        ("person_name", "吉田明美", "RECEIPTC.UKE#receipt1"),
        ("date_of_birth", "1962-04-12", "RECEIPTC.UKE#receipt1"),  # 3: 昭和 37年
        ("health_insurance_number", "6503157", "RECEIPTC.UKE#receipt1"),
        ("person_name", "鈴木直子", "RECEIPTC.UKE#receipt2"),
        ("date_of_birth", "1995-04-06", "RECEIPTC.UKE#receipt2"),  # 4: 平成 7年
        ("health_insurance_number", "2668670", "RECEIPTC.UKE#receipt2"),
    ]
    assert run.summary.subjects == 2  # (the clinic's own number is no one's)


def test_a_record_too_long_is_an_error_and_the_rest_is_read(tmp_path, run):
    path = tmp_path / "cut.UKE"
    huge = "SY," + "9" * (MAX_RECORD_CHARS + 10) + "\r\n"
    path.write_bytes((_UKE[:_UKE.index("SY,")] + huge + _UKE[_UKE.index("RE,2"):]
                      ).encode("cp932"))
    result = run(path)
    assert "line 4: a record over" in result.messages()
    assert "鈴木　直子" in result.texts()


def test_a_csv_that_only_starts_with_ir_is_no_claims_file(tmp_path):
    path = tmp_path / "ir.csv"
    path.write_text("IR,name\nIR,山田 太郎\n", encoding="utf-8")
    assert sniff(path) != "receipt"
