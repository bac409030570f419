"""Incident shapes from the PPC guidelines and Q&A, with the duties and dates they must get."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from leakscope.assess import assess, parse_facts


def run(**facts):
    facts.setdefault("discovered_at", "2026-05-11T10:00:00+09:00")  # a Monday
    return assess(parse_facts(facts))


def test_ransomware_at_a_small_clinic_is_sensitive_and_unauthorized():
    result = run(persons=50, data_items=["person_name", "sensitive", "health_insurance_number"],
                 cause="malware", certain=False, sector="medical")
    appi = result.obligation("APPI")
    assert appi.report_to_regulator and appi.notify_individuals
    assert set(appi.triggers) == {"sensitive", "unauthorized_purpose"}
    assert appi.preliminary_report_due == date(2026, 5, 13)
    # 60 days because of 3号, day 1 = 2026-05-11 -> day 60 = 2026-07-09 (a Thursday)
    assert appi.final_report_due == date(2026, 7, 9)
    assert any("おそれ" in r.ja for r in appi.reasons)
    assert "個人情報保護委員会" in appi.regulator.name_ja


def test_cc_mis_send_to_1200_customers_is_over_threshold_only():
    appi = run(persons=1200, data_items=["person_name", "email_address"],
               cause="mis_sent").obligation("APPI")
    assert appi.triggers == ("over_threshold",)
    assert appi.final_report_due == date(2026, 6, 9)  # day 30


def test_1000_people_exactly_is_not_over_threshold():
    appi = run(persons=1000, data_items=["person_name", "email_address"],
               cause="mis_sent").obligation("APPI")
    assert not appi.report_to_regulator
    assert appi.triggers == ()


def test_web_skimming_of_ten_cards_is_financial_and_unauthorized():
    appi = run(persons=10, data_items=["person_name", "credit_card_number", "card_expiry",
                                       "card_security_code"],
               cause="unauthorized_access", being_acquired=True).obligation("APPI")
    assert set(appi.triggers) == {"financial_damage", "unauthorized_purpose"}
    assert any("2024年4月" in r.ja for r in appi.reasons)
    assert appi.final_report_due == date(2026, 7, 9)


def test_strongly_encrypted_laptop_lost_with_key_safe_is_exempt():
    result = run(persons=5000, data_items=["person_name", "sensitive"], cause="loss",
                 encrypted={"strong": True, "key_compromised": False})
    appi = result.obligation("APPI")
    assert not appi.report_to_regulator and not appi.notify_individuals
    assert "高度な暗号化" in appi.reasons[0].ja


def test_encrypted_but_key_stolen_too_is_reportable():
    appi = run(persons=20, data_items=["person_name", "sensitive"], cause="theft",
               encrypted={"strong": True, "key_compromised": True}).obligation("APPI")
    assert appi.report_to_regulator
    assert "sensitive" in appi.triggers


def test_mis_sent_fax_deleted_unread_is_no_leak():
    appi = run(persons=3, data_items=["person_name", "sensitive"], cause="mis_sent",
               recipient_deleted_unread=True).obligation("APPI")
    assert not appi.any_duty
    assert "漏えい」に該当しない" in appi.reasons[0].ja


def test_public_body_above_100_people_reports_under_article_68():
    appi = run(organization_type="public", persons=150, data_items=["person_name", "address"],
               cause="mis_sent").obligation("APPI")
    assert appi.triggers == ("over_threshold",)
    assert any("規則43条4号" in r.rule for r in appi.reasons)
    assert any("68条2項" in r.rule for r in appi.reasons)


def test_private_business_with_150_people_has_no_duty():
    assert not run(persons=150, data_items=["person_name", "address"],
                   cause="mis_sent").obligation("APPI").any_duty


def test_my_number_of_120_employees_triggers_the_my_number_act():
    result = run(persons=120, data_items=["person_name", "my_number"], cause="loss")
    mna = result.obligation("MyNumberAct")
    assert mna.report_to_regulator and mna.triggers == ("over_threshold",)
    assert mna.final_report_due == date(2026, 6, 9)
    assert not result.obligation("APPI").any_duty  # 120 people, no APPI trigger


def test_my_number_act_counts_only_people_with_a_my_number():
    result = run(persons=1500, my_number_persons=80, data_items=["person_name", "my_number"],
                 cause="loss")
    assert not result.obligation("MyNumberAct").any_duty
    assert result.obligation("APPI").triggers == ("over_threshold",)


def test_my_number_published_on_the_internet_counts_for_few_people():
    mna = run(persons=3, data_items=["person_name", "my_number"], cause="misconfiguration",
              publicly_exposed=True).obligation("MyNumberAct")
    assert mna.triggers == ("public_exposure",)


def test_my_number_act_absent_without_my_numbers():
    assert run(persons=3, data_items=["person_name"]).obligation("MyNumberAct") is None


def test_eu_residents_get_72_hours_from_awareness():
    result = run(persons=40, persons_by_jurisdiction={"JP": 10, "EU": 30},
                 data_items=["person_name", "email_address", "credential"],
                 cause="unauthorized_access")
    gdpr = result.obligation("GDPR")
    aware = datetime.fromisoformat("2026-05-11T10:00:00+09:00")
    assert gdpr.report_due == aware + timedelta(hours=72)
    assert gdpr.as_record()["report_due"] == "2026-05-14T10:00:00+09:00"
    assert gdpr.notify_individuals and "high_risk" in gdpr.triggers


def test_gdpr_low_risk_reports_but_does_not_tell_individuals():
    gdpr = run(persons=5, jurisdictions=["EU"], data_items=["person_name", "email_address"],
               cause="mis_sent").obligation("GDPR")
    assert gdpr.report_to_regulator and not gdpr.notify_individuals


def test_600_california_residents_need_a_sample_to_the_ag():
    ca = run(persons=600, persons_by_jurisdiction={"US-CA": 600},
             data_items=["person_name", "us_ssn"], cause="unauthorized_access"
             ).obligation("US-CA")
    assert ca.notify_individuals and ca.report_to_regulator
    assert ca.notify_individuals_due == date(2026, 6, 10)
    assert ca.report_due == date(2026, 6, 25)
    assert any("12 months" in r.en for r in ca.reasons)


def test_400_california_residents_no_ag_sample():
    ca = run(persons=400, persons_by_jurisdiction={"US-CA": 400},
             data_items=["person_name", "drivers_license_number"], cause="theft"
             ).obligation("US-CA")
    assert ca.notify_individuals and not ca.report_to_regulator


def test_names_and_emails_alone_are_not_covered_in_the_us():
    result = run(persons=900, persons_by_jurisdiction={"US-CA": 600, "US-NY": 300},
                 data_items=["person_name", "email_address"], cause="mis_sent")
    assert not result.obligation("US-CA").any_duty
    assert not result.obligation("US-NY").any_duty
    assert "no covered data element" in result.obligation("US-CA").reasons[0].en


def test_card_numbers_are_covered_in_california_and_new_york():
    result = run(persons=50, persons_by_jurisdiction={"US-CA": 20, "US-NY": 30},
                 data_items=["person_name", "credit_card_number"], cause="unauthorized_access")
    assert result.obligation("US-CA").notify_individuals
    ny = result.obligation("US-NY")
    assert ny.notify_individuals and ny.notify_individuals_due == date(2026, 6, 10)
    names = {r.name_en for r in ny.also_notify}
    assert {"New York State Attorney General", "New York Department of State",
            "New York State Police"} <= names


def test_new_york_over_5000_also_tells_credit_agencies():
    ny = run(persons=6000, persons_by_jurisdiction={"US-NY": 6000},
             data_items=["email_address", "credential"], cause="phishing").obligation("US-NY")
    assert any("Consumer reporting" in r.name_en for r in ny.also_notify)


def test_residents_without_a_breakdown_are_everyone():
    ca = run(persons=600, jurisdictions=["JP", "US-CA"], data_items=["person_name", "us_ssn"],
             cause="theft").obligation("US-CA")
    assert ca.report_to_regulator  # 600 > 500: all 600 may live in California


def test_assess_takes_a_plain_mapping():
    result = assess({"discovered_at": "2026-05-11", "persons": 1500,
                     "data_items": ["person_name"], "cause": "loss"})
    assert result.obligation("APPI").triggers == ("over_threshold",)


def test_japanese_deadlines_count_japanese_days():
    # 2026-05-10 23:30 UTC is already 2026-05-11 08:30 in Japan
    appi = run(discovered_at="2026-05-10T23:30:00Z", persons=2000, data_items=["person_name"],
               cause="loss").obligation("APPI")
    assert appi.preliminary_report_due == date(2026, 5, 13)


def test_gdpr_not_due_without_eu_residents():
    gdpr = run(persons=50, persons_by_jurisdiction={"JP": 50}, jurisdictions=["JP", "EU"],
               data_items=["person_name", "sensitive"], cause="malware").obligation("GDPR")
    assert not gdpr.any_duty


def test_final_report_on_a_holiday_moves_to_next_open_day():
    # Known 2026-04-06: day 30 is 2026-05-05 (こどもの日), 5/6 振替休日 -> 2026-05-07
    appi = run(discovered_at="2026-04-06T09:00:00+09:00", persons=2000,
               data_items=["person_name"], cause="loss").obligation("APPI")
    assert appi.final_report_due == date(2026, 5, 7)


def test_final_report_in_year_end_closing_moves_to_january_4():
    # Known 2025-12-01 -> day 30 = 2025-12-30 (closed) -> 2026-01-05 (1/4 is a Sunday)
    appi = run(discovered_at="2025-12-01", persons=2000, data_items=["person_name"],
               cause="loss").obligation("APPI")
    assert appi.final_report_due == date(2026, 1, 5)


@pytest.mark.parametrize("day", [3, 5])
def test_preliminary_day_is_configurable(day):
    facts = parse_facts({"discovered_at": "2026-05-11", "persons": 2000,
                         "data_items": ["person_name"], "cause": "loss"})
    assert assess(facts, day).obligation("APPI").preliminary_report_due == date(2026, 5, 10 + day)


def test_contractor_is_released_by_telling_the_principal():
    appi = run(persons=10, data_items=["person_name", "sensitive"], cause="malware",
               entrustment={"role": "contractor", "counterpart": "株式会社委託元"}
               ).obligation("APPI")
    assert any("施行規則9条" in r.rule and "株式会社委託元" in r.ja for r in appi.reasons)


def test_principal_hears_about_joint_reporting():
    appi = run(persons=2000, data_items=["person_name"], cause="contractor",
               entrustment={"role": "principal", "counterpart": "委託先システム"}
               ).obligation("APPI")
    assert any("連名" in r.ja for r in appi.reasons)


def test_finance_sector_routes_to_the_fsa():
    appi = run(persons=5, data_items=["person_name", "credit_card_number"],
               cause="unauthorized_access", sector="finance").obligation("APPI")
    assert "金融庁" in appi.regulator.name_ja


def test_bank_account_alone_is_not_financial_damage():
    appi = run(persons=5, data_items=["person_name", "bank_account"],
               cause="mis_sent").obligation("APPI")
    assert not appi.any_duty


def test_records_have_the_json_contract():
    result = run(persons=1200, jurisdictions=["JP", "EU"], data_items=["person_name"],
                 cause="mis_sent")
    records = result.records()
    assert [r["type"] for r in records] == ["obligation", "obligation", "summary"]
    appi = records[0]
    assert appi["preliminary_report_due"] == "2026-05-13"
    assert all({"ja", "en", "rule"} <= set(r) for r in appi["reasons"])
    assert records[-1]["next_deadline"] == {
        "date": "2026-05-13", "regime": "APPI", "what": "preliminary_report"}


@pytest.mark.parametrize(
    ("facts", "triggers", "final"),
    [
        # phishing into a mailbox holding 300 customers' e-mails: 3号 -> 60 days
        ({"persons": 300, "data_items": ["person_name", "email_address"], "cause": "phishing"},
         ("unauthorized_purpose",), date(2026, 7, 9)),
        # public cloud bucket, 2,000 customers, no sign of an attacker: 4号 only -> 30 days
        ({"persons": 2000, "data_items": ["person_name", "address"], "cause": "misconfiguration",
          "certain": False}, ("over_threshold",), date(2026, 6, 9)),
        # unencrypted USB stick with 50 patients' records lost: 1号 -> 30 days
        ({"persons": 50, "data_items": ["person_name", "sensitive"], "cause": "loss"},
         ("sensitive",), date(2026, 6, 9)),
        # an employee took 10,000 customer records: 3号 and 4号 -> 60 days
        ({"persons": 10000, "data_items": ["person_name", "phone_number"], "cause": "insider"},
         ("unauthorized_purpose", "over_threshold"), date(2026, 7, 9)),
        # five customers' health data mis-sent and not deleted: 1号
        ({"persons": 5, "data_items": ["person_name", "sensitive"], "cause": "mis_sent"},
         ("sensitive",), date(2026, 6, 9)),
    ],
)
def test_more_guideline_shapes(facts, triggers, final):
    appi = run(**facts).obligation("APPI")
    assert appi.report_to_regulator and appi.notify_individuals
    assert appi.triggers == triggers
    assert appi.preliminary_report_due == date(2026, 5, 13)
    assert appi.final_report_due == final


def test_unknown_count_of_people_still_brings_in_gdpr_and_us_states():
    """persons not known yet (0) with EU, CA and NY named: a duty is due, not 'nobody there'."""
    result = run(data_items=["person_name", "us_ssn", "credential"], cause="unauthorized_access",
                 jurisdictions=["JP", "EU", "US-CA", "US-NY"])
    for regime in ("GDPR", "US-CA", "US-NY"):
        duty = result.obligation(regime)
        assert duty.notify_individuals or duty.report_to_regulator, regime
    california = result.obligation("US-CA")
    assert california.notify_individuals_due == date(2026, 6, 10)
    assert any("not known" in r.en and "500" in r.en for r in california.reasons)
    assert not any("0 California" in r.en for r in california.reasons)
    # a breakdown that leaves a state out still means nobody there
    split = run(data_items=["person_name", "us_ssn"], persons_by_jurisdiction={"US-NY": 3},
                jurisdictions=["JP", "US-CA", "US-NY"])
    assert not split.obligation("US-CA").notify_individuals
    assert split.obligation("US-NY").notify_individuals


def test_items_not_known_yet_but_people_counted_is_still_a_leak():
    """data_items empty is 'not identified yet', not 'no personal data' (over 1,000 people)."""
    result = run(persons=5000, cause="malware", jurisdictions=["JP", "EU"])
    appi = result.obligation("APPI")
    assert appi.report_to_regulator and appi.notify_individuals
    assert set(appi.triggers) == {"unauthorized_purpose", "over_threshold"}
    assert any("data_items" in r.en for r in appi.reasons)
    assert result.obligation("GDPR").report_to_regulator
    # only non-personal items named: still nothing reportable
    corporate = run(persons=5000, cause="malware", data_items=["corporate_number"])
    assert not corporate.obligation("APPI").any_duty


def test_my_numbers_of_an_unknown_number_of_people_do_not_read_as_zero():
    result = run(data_items=["person_name", "my_number"], cause="loss")
    my_number = result.obligation("MyNumberAct")
    assert not my_number.report_to_regulator
    assert not any("（0人）" in r.ja or " 0 people" in r.en for r in my_number.reasons)
    assert any("未確認" in r.ja and "not known" in r.en for r in my_number.reasons)


def test_public_contractor_is_not_promised_a_release_that_article_68_lacks():
    appi = run(organization_type="public", persons=150, data_items=["person_name"],
               entrustment={"role": "contractor", "counterpart": "A市"}).obligation("APPI")
    assert appi.report_to_regulator
    assert not any("68条1項ただし書" in r.rule for r in appi.reasons)
    assert any("A市" in r.ja and "report yourself" in r.en for r in appi.reasons)


def test_skimmed_card_numbers_are_not_saved_by_encryption_at_rest():
    """Web skimming takes what customers type: the database's strong encryption never
    touched that copy, so the 高度な暗号化 exemption does not apply (規則7条3号, 2024-04)."""
    result = run(persons=300, data_items=["person_name", "credit_card_number"],
                 cause="web_skimming", encrypted="strong", jurisdictions=["JP", "US-CA"])
    appi = result.obligation("APPI")
    assert appi.report_to_regulator
    assert {"financial_damage", "unauthorized_purpose"} <= set(appi.triggers)
    assert result.obligation("US-CA").notify_individuals
    stored = run(persons=300, data_items=["person_name", "credit_card_number"],
                 cause="theft", encrypted="strong")
    assert not stored.obligation("APPI").report_to_regulator  # a stolen encrypted disk


def test_my_number_people_are_distinct_numbers_not_findings():
    """150 findings of 60 distinct My Numbers (copies in several files) is 60 people."""
    from leakscope.assess.knowledge import CaseKnowledge

    knowledge = CaseKnowledge(categories={"my_number": 150, "person_name": 150},
                              category_people={"my_number": 60})
    facts = parse_facts({"discovered_at": "2026-05-11", **knowledge.facts(), "cause": "loss"})
    assert facts.my_number_persons == 60
    assert not assess(facts).obligation("MyNumberAct").report_to_regulator


def test_gdpr_processor_tells_its_controller_not_the_authority():
    result = run(persons=40, data_items=["person_name", "email_address"], cause="malware",
                 jurisdictions=["JP", "EU"],
                 entrustment={"role": "processor", "counterpart": "Example GmbH"})
    gdpr = result.obligation("GDPR")
    assert not gdpr.report_to_regulator and gdpr.report_due is None
    assert gdpr.also_notify[0].name_en == "The controller (Example GmbH)"
    assert gdpr.also_notify[0].due == date(2026, 5, 11)
    assert any("33(2)" in r.rule for r in gdpr.reasons)


@pytest.mark.parametrize(("regime", "rule"), [("US-CA", "1798.82(b)"), ("US-NY", "899-aa(3)")])
def test_us_service_provider_tells_the_owner_not_the_residents(regime, rule):
    result = run(persons=800, data_items=["person_name", "us_ssn"], cause="unauthorized_access",
                 jurisdictions=["JP", regime],
                 entrustment={"role": "contractor", "counterpart": "Acme Inc."})
    duty = result.obligation(regime)
    assert not duty.notify_individuals and not duty.report_to_regulator
    assert duty.also_notify[0].name_en == "The owner or licensee of the data (Acme Inc.)"
    assert rule in duty.also_notify[0].rule


def test_payroll_contractor_leaking_my_numbers_is_told_of_its_release():
    my_number = run(persons=300, data_items=["person_name", "my_number"], cause="loss",
                    entrustment={"role": "contractor", "counterpart": "株式会社委託元"}
                    ).obligation("MyNumberAct")
    assert my_number.report_to_regulator
    assert any("ただし書" in r.rule and "株式会社委託元" in r.ja for r in my_number.reasons)


def test_public_contractor_contact_does_not_promise_the_release():
    from leakscope.assess.contacts import whom_to_tell

    result = run(organization_type="public", persons=150, data_items=["person_name"],
                 entrustment={"role": "contractor", "counterpart": "A市"})
    principal = next(c for c in whom_to_tell(result) if "A市" in c.who_ja)
    assert "26条1項ただし書" not in principal.why_ja and "report yourself" in principal.why_en
