"""FACTS.yaml validation: every mistake names its field; the case fills in what it knows."""

from __future__ import annotations

import pytest

from leakscope.assess import FactsError, facts_for_case, load_facts_file, parse_facts
from leakscope.case import Case


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({}, "discovered_at"),
        ({"discovered_at": "yesterday"}, "discovered_at"),
        ({"discovered_at": "2026-05-01", "persons": -3}, "persons"),
        ({"discovered_at": "2026-05-01", "persons": "many"}, "persons"),
        ({"discovered_at": "2026-05-01", "cause": "aliens"}, "cause"),
        ({"discovered_at": "2026-05-01", "certain": "yes"}, "certain"),
        ({"discovered_at": "2026-05-01", "jurisdictions": ["JP", "MARS"]}, "jurisdictions"),
        ({"discovered_at": "2026-05-01", "jurisdictions": []}, "jurisdictions"),
        ({"discovered_at": "2026-05-01", "organization": {"name": "x"}}, "organization"),
        ({"discovered_at": "2026-05-01", "summary": ["a", "b"]}, "summary"),
        ({"discovered_at": "2026-05-01", "sector": ["finance"]}, "sector"),
        ({"discovered_at": "2026-05-01", "persons_by_jurisdiction": {"XX": 1}},
         "persons_by_jurisdiction.XX"),
        ({"discovered_at": "2026-05-01", "encrypted": {"strong": "very"}}, "encrypted.strong"),
        ({"discovered_at": "2026-05-01", "encrypted": {"aes": True}}, "encrypted.aes"),
        ({"discovered_at": "2026-05-01", "entrustment": {"role": "boss"}}, "entrustment.role"),
        ({"discovered_at": "2026-05-01", "organization_type": "ngo"}, "organization_type"),
    ],
)
def test_bad_facts_name_the_field(data, field):
    with pytest.raises(FactsError) as err:
        parse_facts(data, "FACTS.yaml")
    assert err.value.field == field
    assert f"field '{field}'" in str(err.value) and "FACTS.yaml" in str(err.value)


def test_unknown_fields_are_ignored_and_listed():
    facts = parse_facts({"discovered_at": "2026-05-01", "organisation_type": "public"})
    assert facts.ignored == ("organisation_type",)
    assert facts.organization_type == "private"


def test_common_spellings_are_understood():
    facts = parse_facts({"discovered_at": "2026-05-01", "cause": "Web_Skimming",
                         "data_items": ["name", "credit_card", "マイナンバー"],
                         "persons": "1,200", "persons_by_jurisdiction": {"CA": 600},
                         "jurisdictions": ["Japan", "California"], "encrypted": "strong"})
    assert facts.cause == "unauthorized_access" and facts.being_acquired
    assert facts.data_items == ("person_name", "credit_card_number", "my_number")
    assert facts.persons == 1200 and facts.persons_by_jurisdiction == {"US-CA": 600}
    assert facts.jurisdictions == ("JP", "US-CA") and facts.encrypted.protects
    other = parse_facts({"discovered_at": "2026-05-01", "sector": "Healthcare",
                         "organization_type": "Public", "entrustment": {"role": "委託先"}})
    assert other.sector == "medical" and other.organization_type == "public"
    assert other.entrustment.role == "contractor"


def test_yaml_file_errors_name_the_file(tmp_path):
    broken = tmp_path / "FACTS.yaml"
    broken.write_text("discovered_at: [unclosed\n", encoding="utf-8")
    with pytest.raises(FactsError, match=r"FACTS\.yaml.*not valid YAML"):
        load_facts_file(broken)
    broken.write_bytes("persons: 3\n".encode("cp932") + b"\x82\xa0\xff\n")
    with pytest.raises(FactsError, match="not UTF-8"):
        load_facts_file(broken)
    with pytest.raises(FactsError, match="cannot read"):
        load_facts_file(tmp_path / "missing.yaml")
    broken.write_text("- a list\n", encoding="utf-8")
    with pytest.raises(FactsError, match="mapping"):
        load_facts_file(broken)


def test_naive_times_are_case_local_and_persons_sum_by_jurisdiction():
    facts = parse_facts({"discovered_at": "2026-05-01 09:30",
                         "persons_by_jurisdiction": {"JP": 10, "EU": 5}})
    assert facts.discovered_at.utcoffset().total_seconds() == 9 * 3600
    assert facts.persons == 15
    assert facts.jurisdictions == ("JP", "EU")
    assert facts.persons_in("EU") == 5


def test_case_knowledge_fills_and_given_facts_override(tmp_path, monkeypatch):
    import leakscope.assess.knowledge as knowledge_mod

    case = Case.init(tmp_path / "case")

    def fake_gather(case):  # stands in for the PII/detect areas only; the rules are real
        return knowledge_mod.CaseKnowledge(
            categories={"person_name": 1500, "email_address": 1500},
            subjects=1500,
            detections=[{"title": "Possible SQL injection", "level": "high", "tags": []}],
        )

    monkeypatch.setattr("leakscope.assess.gather", fake_gather)
    facts = facts_for_case(case, {"cause": "mis_sent"})
    assert facts.persons == 1500 and facts.cause == "mis_sent"
    assert set(facts.data_items) == {"person_name", "email_address"}
    assert "discovered_at" in facts.derived and "persons" in facts.derived
    assert "cause" not in facts.derived
    assert facts_for_case(case, {}).cause == "unauthorized_access"


def test_the_template_is_valid_facts(tmp_path):
    from leakscope.assess import assess, facts_template

    path = tmp_path / "FACTS.yaml"
    path.write_text(facts_template(), encoding="utf-8")
    facts = parse_facts(load_facts_file(path), str(path))
    assert facts.ignored == () and facts.persons == 1200
    assert assess(facts).obligation("APPI").triggers == ("over_threshold",)


@pytest.mark.parametrize(("title", "cause"), [
    ("Possible webshell (rare script receiving POSTs)", "unauthorized_access"),
    ("Mimikatz use", "malware"),
    ("Phishing link clicked", "phishing"),
    ("Removable media: large copy to USB", "insider"),
    ("Unusual service start", None),
])
def test_detections_point_to_a_cause(title, cause):
    from leakscope.assess.knowledge import CaseKnowledge

    knowledge = CaseKnowledge(detections=[{"title": title, "level": "high", "tags": []}])
    assert knowledge.attack_cause() == cause


def test_appi_is_always_assessed_unless_jurisdictions_say_otherwise():
    facts = parse_facts({"discovered_at": "2026-05-01", "persons_by_jurisdiction": {"EU": 30}})
    assert facts.jurisdictions == ("JP", "EU") and facts.persons == 30
    only_eu = parse_facts({"discovered_at": "2026-05-01", "jurisdictions": ["EU"]})
    assert only_eu.jurisdictions == ("EU",)


def test_alias_bomb_is_refused_naming_the_file(tmp_path):
    levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for prev, name in zip("abcdefg", "bcdefgh", strict=True):
        levels.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    bomb = tmp_path / "FACTS.yaml"
    bomb.write_text("discovered_at: 2026-05-11\n" + "\n".join(levels) + "\n", encoding="utf-8")
    with pytest.raises(FactsError, match=r"FACTS\.yaml.*alias"):
        load_facts_file(bomb)


def test_a_few_aliases_are_fine(tmp_path):
    facts = tmp_path / "FACTS.yaml"
    facts.write_text("discovered_at: 2026-05-11\nx: &i [person_name]\ndata_items: *i\n",
                     encoding="utf-8")
    assert load_facts_file(facts)["data_items"] == ["person_name"]


def test_huge_facts_file_is_refused(tmp_path):
    huge = tmp_path / "FACTS.yaml"
    huge.write_text("discovered_at: 2026-05-11\nsummary: " + "x" * (2 << 20) + "\n",
                    encoding="utf-8")
    with pytest.raises(FactsError, match=r"FACTS\.yaml.*larger than"):
        load_facts_file(huge)


@pytest.mark.parametrize("when", ["9999-12-31", "0001-01-01T00:00:00"])
def test_absurd_discovery_year_names_the_field(when):
    with pytest.raises(FactsError) as err:
        parse_facts({"discovered_at": when, "persons": 2000, "data_items": ["person_name"]},
                    "FACTS.yaml")
    assert err.value.field == "discovered_at"


def test_residents_adding_up_to_more_than_persons_is_an_error():
    """100 people in all but 600 Californians: one of the two is wrong, and APPI's 1,000
    line would be judged on the smaller one."""
    with pytest.raises(FactsError) as err:
        parse_facts({"discovered_at": "2026-05-01", "persons": 100,
                     "persons_by_jurisdiction": {"US-CA": 600, "JP": 500}}, "FACTS.yaml")
    assert err.value.field == "persons_by_jurisdiction" and "1,100" in str(err.value)
    fine = parse_facts({"discovered_at": "2026-05-01", "persons": 1200,
                        "persons_by_jurisdiction": {"US-CA": 600}})
    assert fine.persons == 1200


def test_a_near_miss_of_a_data_category_is_an_error_but_free_words_are_fine():
    """'credit_card_numbers' once passed silently and lost the 財産的被害 trigger."""
    with pytest.raises(FactsError) as err:
        parse_facts({"discovered_at": "2026-05-01", "persons": 10,
                     "data_items": ["person_name", "credit_card_numbers"]}, "FACTS.yaml")
    assert err.value.field == "data_items" and "credit_card_number'" in str(err.value)
    facts = parse_facts({"discovered_at": "2026-05-01",
                         "data_items": ["person_name", "purchase_history"]})
    assert facts.data_items == ("person_name", "purchase_history")


def test_a_users_breakdown_beats_a_smaller_count_found_in_the_case():
    facts = parse_facts({"discovered_at": "2026-05-01", "persons": 1200,
                         "persons_by_jurisdiction": {"JP": 1500}}, derived=("persons",))
    assert facts.persons == 1500


@pytest.mark.parametrize("when", ["2026-13-01", "2026-02-30 10:00:00", "2026-02-30"])
def test_a_day_that_does_not_exist_names_file_and_field(tmp_path, when):
    path = tmp_path / "FACTS.yaml"
    path.write_text(f"discovered_at: {when}\npersons: 5\n", encoding="utf-8")
    with pytest.raises(FactsError) as err:
        parse_facts(load_facts_file(path), str(path))
    assert err.value.field == "discovered_at" and "FACTS.yaml" in str(err.value)


@pytest.mark.parametrize(("when", "iso"), [
    ("2026-05-11", "2026-05-11T00:00:00+09:00"),
    ("2026-05-11 23:30:00 -05:00", "2026-05-11T23:30:00-05:00"),
    ("2026-5-1 10:00:00", "2026-05-01T10:00:00+09:00"),
])
def test_yaml_dates_still_read(tmp_path, when, iso):
    path = tmp_path / "FACTS.yaml"
    path.write_text(f"discovered_at: {when}\n", encoding="utf-8")
    assert parse_facts(load_facts_file(path)).discovered_at.isoformat() == iso


def test_absurdly_nested_yaml_is_refused_naming_the_file(tmp_path):
    deep = tmp_path / "FACTS.yaml"
    deep.write_text("discovered_at: 2026-05-11\nx: " + "[" * 20000 + "]" * 20000 + "\n",
                    encoding="utf-8")
    with pytest.raises(FactsError, match=r"FACTS\.yaml.*nested too deeply"):
        load_facts_file(deep)
