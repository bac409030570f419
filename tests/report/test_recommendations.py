"""Recommendations follow the causes found, not a fixed list."""

from __future__ import annotations

import pytest

from leakscope.assess import parse_facts
from leakscope.assess.knowledge import CaseKnowledge
from leakscope.report.recommendations import RECOMMENDATIONS, TOPICS, recommend


@pytest.mark.parametrize(
    ("cause", "expected", "absent"),
    [
        ("mis_sent", {"mis_sent"}, {"malware_access", "theft"}),
        ("theft", {"theft"}, {"mis_sent"}),
        ("loss", {"loss"}, {"malware_access"}),
        ("insider", {"insiders", "access_rights", "theft"}, {"phishing"}),
        ("contractor", {"contractors"}, {"mis_sent"}),
        ("phishing", {"phishing", "passwords"}, {"loss"}),
        ("vulnerability", {"unpatched", "malware_access"}, {"mis_sent"}),
    ],
)
def test_causes_pick_their_advice(cause, expected, absent):
    facts = parse_facts({"discovered_at": "2026-05-11", "cause": cause})
    topics = {r.topic for r in recommend(facts, CaseKnowledge())}
    assert expected <= topics and not absent & topics


def test_detections_add_advice_beyond_the_cause():
    facts = parse_facts({"discovered_at": "2026-05-11", "cause": "mis_sent"})
    knowledge = CaseKnowledge(detections=[{"title": "Windows Security log cleared (1102)"}])
    assert "log_tampering" in {r.topic for r in recommend(facts, knowledge)}


def test_every_topic_has_a_title_in_both_languages():
    for r in RECOMMENDATIONS:
        assert r.title("ja") and r.title("en") and r.lines("ja") and r.lines("en")
    assert len(TOPICS) == len(RECOMMENDATIONS)
