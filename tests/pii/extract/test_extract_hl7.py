"""HL7 v2 messages (a pharmacy's ADT, a lab's ORU, a SS-MIX2 tree): one message one record,
the patient's fields as a patient table reports them."""

from __future__ import annotations

import json

import pytest
from hl7_messages import Patient, message, patients
from hl7_messages import found_in as _found
from typer.testing import CliRunner

from conftest import Run
from leakscope.cli.main import app
from leakscope.pii.extract.hl7_fields import Delimiters
from leakscope.pii.extract.sniff import sniff

runner = CliRunner()


@pytest.fixture
def people() -> list[Patient]:
    return patients()


def test_a_patients_fields_are_reported_as_a_patient_table_reports_them(tmp_path, people):
    patient = people[0]
    path = tmp_path / "adt.hl7"
    path.write_text(message(1, patient.pid(), "DG1|1||E11^2型糖尿病^I10"), "utf-8")
    found, subjects = _found(path)
    assert found == [*patient.expected(), ("sensitive", "2型糖尿病", "DG1-3")]
    assert subjects == 1
    table = tmp_path / "patients.csv"  # the same person as a CSV row: the same values
    table.write_text(
        "氏名,カナ,生年月日,郵便番号,住所,電話番号,傷病名\n"
        f"{patient.family} {patient.given},{' '.join(patient.kana)},{patient.born[:4]}/"
        f"{patient.born[4:6]}/{patient.born[6:]},{patient.postal},{patient.prefecture}"
        f"{patient.city}{patient.street},{patient.phone},2型糖尿病\n", "utf-8")
    assert [(c, v) for c, v, _ in _found(table)[0]] == [(c, v) for c, v, _ in found]


def test_each_unit_names_its_message_segment_line_and_field(tmp_path, people):
    path = tmp_path / "two.hl7"
    path.write_text(message(1, people[0].pid()) + message(2, people[1].pid()), "utf-8")
    run = Run(path)
    assert not run.errors
    first = run.units[0]
    assert (first.label, first.location, first.record) == (
        "氏名", {"message": 1, "segment_line": 2, "field": "PID-5"}, "two.hl7#msg1")
    assert {u.record for u in run.units} == {"two.hl7#msg1", "two.hl7#msg2"}
    assert run.units[-1].location == {"message": 2, "segment_line": 4, "field": "PID-13"}


def test_two_messages_of_one_patient_are_one_person_and_next_of_kin_another(tmp_path, people):
    patient, other = people[0], people[1]
    path = tmp_path / "visits.hl7"
    path.write_text(message(1, patient.pid()) + message(2, patient.pid()), "utf-8")
    assert _found(path)[1] == 1
    kin = (f"NK1|1|{other.family}^{other.given}^^^^^L^I|SPO^配偶者^HL70063|"
           f"{other.street}^^{other.city}^{other.prefecture}^{other.postal}^JPN|{other.phone}")
    path.write_text(message(1, patient.pid(), kin), "utf-8")
    found, subjects = _found(path)
    assert ("person_name", other.family + other.given, "NK1-2") in found
    assert ("phone_number", other.phone.replace("-", ""), "NK1-5") in found
    assert subjects == 2
    assert {u.record for u in Run(path).units} == {"visits.hl7#msg1", "visits.hl7#msg1/NK1-1"}


def test_an_insured_who_is_the_patient_is_no_one_else_and_a_guarantor_is(tmp_path, people):
    patient, guarantor = people[0], people[2]
    insured = (f"IN1|1|06|01234567|||||||1017|214|||||{patient.family}^{patient.given}|"
               "SEL")
    gt1 = (f"GT1|1||{guarantor.family}^{guarantor.given}||"
           f"{guarantor.street}^^{guarantor.city}^{guarantor.prefecture}^{guarantor.postal}|"
           f"{guarantor.phone}|||||PAR^親")
    path = tmp_path / "insured.hl7"
    path.write_text(message(1, patient.pid(), gt1, insured), "utf-8")  # (in a standard order)
    records = [u.record for u in Run(path).units]
    assert records[-4:] == ["insured.hl7#msg1/保証人1"] * 4  # (another's after the patient's)
    assert set(records[:-4]) == {"insured.hl7#msg1"}
    found, subjects = _found(path)
    assert ("health_insurance_number", "1017214", "IN1-10") in found
    assert subjects == 2


def test_each_other_person_is_told_apart_by_name_not_by_set_id(tmp_path, people):
    patient, spouse, child = people
    kin = [f"NK1|1|{other.family}^{other.given}|{relation}||{other.phone}"
           for other, relation in ((spouse, "SPO"), (child, "CHD"))]  # (both set id 1)
    insured = [f"IN1|{n}|06|0123456{n}|||||||||||||{spouse.family}^{spouse.given}|SPO"
               for n in (1, 2)]  # primary and secondary insurance, both the spouse's
    path = tmp_path / "family.hl7"
    path.write_text(message(1, patient.pid(), *kin, *insured), "utf-8")
    records = sorted({u.record for u in Run(path).units})
    assert records == ["family.hl7#msg1", "family.hl7#msg1/NK1-1", "family.hl7#msg1/NK1-2",
                       "family.hl7#msg1/被保険者1"]
    assert _found(path)[1] == 3  # the spouse as insured is the spouse as next of kin


def test_a_us_message_given_name_first_street_first_with_ssn_and_email(tmp_path):
    segments = [
        "PID|1||MRN123^^^HOSP^MR||Smith^John^A||19800214|M|||1200 Main St^Apt 4B^Springfield^"
        "IL^62701^USA^H||^PRN^PH^^1^217^5550147~^NET^Internet^john.smith@example.com|||||"
        "ACCT1|123-45-6789",
        "NK1|1|Smith^Mary|SPO|1200 Main St^^Springfield^IL^62701^USA|^PRN^PH^^1^217^5550188",
        "DG1|1||E11.9^Type 2 diabetes mellitus^I10"]
    path = tmp_path / "us.hl7"
    path.write_text(message(1, *segments), "utf-8")
    found, subjects = _found(path)
    assert found == [
        ("person_name", "JohnASmith", "PID-5"), ("date_of_birth", "1980-02-14", "PID-7"),
        ("address", "1200MainSt,Apt4B,Springfield,IL62701", "PID-11"),
        ("phone_number", "12175550147", "PID-13"),
        ("email_address", "john.smith@example.com", "PID-13"),
        ("us_ssn", "123456789", "PID-19"), ("sensitive", "Type 2 diabetes mellitus", "DG1-3"),
        ("person_name", "MarySmith", "NK1-2"),
        ("address", "1200MainSt,Springfield,IL62701", "NK1-4"),
        ("phone_number", "12175550188", "NK1-5")]
    assert subjects == 2


def test_allergies_observations_and_notes(tmp_path, people):
    segments = [people[0].pid(), "AL1|1|DA|PCN^ペニシリン^99XYZ|SV|発疹",
                "OBX|1|ST|1234^既往歴^LOCAL||喘息（小児期）||||||F",
                "OBX|2|NM|3094-0^BUN^LN||14|mg/dL|8-20||||F",
                "NTE|1||家族連絡先 山田 一郎 090-8765-4321"]
    path = tmp_path / "oru.hl7"
    path.write_text(message(1, *segments), "utf-8")
    found = _found(path)[0]
    assert ("sensitive", "ペニシリン", "AL1-3") in found
    assert ("sensitive", "喘息(小児期)", "OBX-5") in found
    assert ("phone_number", "09087654321", "NTE-3") in found
    assert not [f for f in found if f[2] == "OBX-5" and f[1] == "14"]


def test_a_pharmacys_prescription_names_the_drug_as_medical_history(tmp_path, people):
    """調剤 (a drug dispensed) is 要配慮: RXE/RXD give codes; the route (RXR) is nothing."""
    segments = [people[0].pid(), "ORC|NW|12345678||12345678_01|||||20160825",
                "RXE||100795402^ボルタレン錠２５ｍｇ^HOT|1||TAB^錠^MR9P",
                "RXR|PO^口^HL70162", "RXD|1|620004410^メトホルミン塩酸塩錠250mg^HOT|20160825|28"]
    path = tmp_path / "omp.hl7"
    path.write_text(message(1, *segments), "utf-8")
    found = _found(path)[0]
    assert found[6:] == [("sensitive", "ボルタレン錠25mg", "RXE-2"),
                         ("sensitive", "メトホルミン塩酸塩錠250mg", "RXD-2")]


@pytest.mark.parametrize(("encoding", "charset"), [("cp932", "SJIS"),
                                                   ("iso2022_jp", "~ISO IR87")])
def test_japanese_encodings_read_as_utf8_does(tmp_path, people, encoding, charset):
    text = message(1, people[0].pid(), "DG1|1||I10^本態性高血圧症^I10", charset=charset)
    path = tmp_path / f"{encoding}.hl7"
    path.write_bytes(text.encode(encoding))
    assert sniff(path) == "hl7"
    run = Run(path)
    assert not run.errors
    found = _found(path)[0]
    assert found == [*people[0].expected(), ("sensitive", "本態性高血圧症", "DG1-3")]


def test_a_jis_x_0212_kanji_in_an_iso_2022_jp_name(tmp_path):
    path = tmp_path / "ir159.hl7"
    path.write_bytes(message(1, "PID|1||1||丂田^太郎||19700101", charset="~ISO IR87~ISO IR159")
                     .encode("iso2022_jp_2"))
    assert Run(path).texts() == ["丂田 太郎", "1970-01-01"]


def test_declared_separators_and_escape_sequences(tmp_path):
    d = Delimiters.of("MSH#$*@%#APP")
    assert d == Delimiters("#", "$", "*", "@", "%")
    assert d.fields("PID#1##x")[3] == "x"
    assert Delimiters().text("A\\F\\B\\S\\C\\T\\D\\R\\E\\E\\Z\\.br\\Y\\X41\\G\\H\\I") \
        == "A|B^C&D~E\\Z\nYAGI"
    path = tmp_path / "custom.hl7"
    path.write_text("MSH#$*@%#RECEPT#PH\rPID#1##9##森$陽子##19850301#F###"
                    "梅田1-2-3%梅田$梅田ビル5F$大阪市北区$大阪府$5300001$JPN##090-2222-3333\r"
                    "NTE#1##家族@F@携帯*090-1111-3333\r", "utf-8")
    found = [(c, v) for c, v, _ in _found(path)[0]]
    assert found == [("person_name", "森陽子"), ("date_of_birth", "1985-03-01"),
                     ("postal_code", "5300001"), ("address", "大阪府大阪市北区梅田1-2-3梅田ビル5F"),
                     ("phone_number", "09022223333"), ("phone_number", "09011113333")]
    assert "家族#携帯" in Run(path).joined()


def test_a_jahis_message_as_ss_mix2_keeps_it(tmp_path):
    """JAHIS 日本版 HL7 v2.5: ISO-2022-JP declared as ``~ISOIR87``, the whole address in XAD-8,
    numbers in XTN-12 with their use code (EMR: an emergency contact, someone else), the
    insurance card's 記号・番号 in IN1-10/11, allergies in IAM, a coded observation."""
    segments = [
        "EVN||201112202100",
        "PID|0001||9999013^^^^PI||青木^陽菜^^^^^L^I~アオキ^ヒナ^^^^^L^P||19480405|F|||"
        "^^^^422-8033^JPN^H^静岡県静岡市駿河区登呂１ー３ー５||^PRN^PH^^^^^^^^^054-281-0000~"
        "^EMR^PH^^^^^^^^^090-5999-9999|^WPN^PH^^^^^^^^^054-281-2455",
        "PV1|0001|I|32^302^1^^^N||||220^医師^一郎^^^^^^^L^^^^^I",
        "IN1|1|06^組合管掌健康保険^JHSD0001|06050116|||||||９２０４５|１０|19990514|||||"
        "SEL^本人^HL70063",
        "IAM|1|DA^薬剤アレルギー^HL70127|106824501^アリナミン^HOT9|MO^中等度^HL70128|",
        "OBX|1|CWE|1234^既往歴^LOCAL||J45^気管支喘息^I10||||||F",
        "ZI1|1|01^全国健康保険協会管掌健康保険^JHSD0001|1130012|全国健康保険協会東京支部"]
    path = tmp_path / "jahis"
    path.write_bytes(message(1, *segments, charset="~ISOIR87").encode("iso2022_jp"))
    found, subjects = _found(path)
    assert found == [
        ("person_name", "青木陽菜", "PID-5"), ("person_name", "アオキヒナ", "PID-5"),
        ("date_of_birth", "1948-04-05", "PID-7"), ("postal_code", "4228033", "PID-11"),
        ("address", "静岡県静岡市駿河区登呂1-3-5", "PID-11"),
        ("phone_number", "0542810000", "PID-13"), ("phone_number", "0542812455", "PID-14"),
        ("health_insurance_number", "9204510", "IN1-10"),
        ("sensitive", "アリナミン", "IAM-3"), ("sensitive", "気管支喘息", "OBX-5"),
        ("phone_number", "09059999999", "PID-13")]  # (another person's after the patient's)
    assert subjects == 2  # the patient and their emergency contact
    records = {(u.location["field"], u.record) for u in Run(path).units}
    assert ("PID-13", "jahis#msg1/緊急連絡先") in records and ("IN1-10", "jahis#msg1") in records


def test_mllp_framing_and_a_batch_envelope_are_read_through(tmp_path, people):
    framed = "FHS|^~\\&|PH\rBHS|^~\\&|PH\r\x0b" + message(1, people[0].pid()) \
        + "\x1c\rBTS|1\rFTS|1\r"
    path = tmp_path / "batch.txt"
    path.write_text(framed.replace("\r", "\r\n"), "utf-8")
    assert sniff(path) == "hl7"
    run = Run(path)
    assert not run.errors
    assert [(c, v) for c, v, _ in _found(path)[0]] == \
        [(c, v) for c, v, _ in people[0].expected()]


def test_cli_scan_json_end_to_end(tmp_path, people):
    path = tmp_path / "adt.hl7"
    path.write_text(message(1, people[0].pid(), "DG1|1||E11^2型糖尿病^I10"), "utf-8")
    result = runner.invoke(app, ["scan", str(path), "--json"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    findings = [r for r in records if r["type"] == "finding"]
    assert [f["category"] for f in findings] == [
        "person_name", "person_name", "date_of_birth", "postal_code", "address",
        "phone_number", "sensitive"]
    assert people[0].family not in result.output  # masked without --reveal
    assert findings[0]["location"] == {"message": 1, "segment_line": 2, "field": "PID-5"}
    assert records[-1]["subjects"] == 1 and records[-1]["errors"] == 0


def test_a_ss_mix2_tree_counts_its_patients(tmp_path, people):
    """標準化ストレージ: {id[0:3]}/{id[3:6]}/{id}/{date}/{data type}/{file}, one message a file."""
    root = tmp_path / "ss-mix2"
    for patient in people:
        for day, kind, extra in (("20240401", "ADT-00", ""), ("20240415", "OMP-01",
                                                             "DG1|1||J45^気管支喘息^I10")):
            folder = root / patient.id[:3] / patient.id[3:6] / patient.id / day / kind
            folder.mkdir(parents=True)
            name = f"{patient.id}_{day}_{kind}_123456_{day}1000000_01_1"
            segments = [patient.pid(), extra] if extra else [patient.pid()]
            (folder / name).write_bytes(message(1, *segments, charset="~ISO IR87")
                                        .encode("iso2022_jp"))
    result = runner.invoke(app, ["scan", str(root), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output.splitlines()[-1])
    assert summary["subjects"] == 3 and summary["files"] == 6 and summary["errors"] == 0
    assert summary["categories"]["sensitive"] == 3
