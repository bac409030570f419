"""A small case with real evidence files and the knowledge the other areas would supply."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from leakscope.assess import assess_case
from leakscope.assess.knowledge import CaseKnowledge, _detection
from leakscope.case import Case

HOSTILE_TITLE = "<script>alert(1)</script> | *boom* [x](http://evil.example)"


def knowledge() -> CaseKnowledge:
    detections = [
        _detection({"@timestamp": "2026-05-08T17:10:14Z", "title": "Web scanner (4xx burst)",
                    "level": "medium", "tags": ["attack.reconnaissance"], "rule": "scan",
                    "entity": {"source_ip": "203.0.113.45"}, "path": "access.log",
                    "record": 1830}),
        _detection({"@timestamp": "2026-05-08T17:20:20Z", "title": "SQL injection attempt",
                    "level": "high", "tags": ["attack.initial-access"], "rule": "sqli",
                    "entity": {"source_ip": "203.0.113.45"}, "path": "access.log",
                    "record": 1922}),
        _detection({"@timestamp": "2026-05-08T18:20:00Z", "title": HOSTILE_TITLE,
                    "level": "high", "tags": [], "rule": "x", "entity": "host|1",
                    "path": "sec.jsonl", "record": 5087}),
    ]
    hours = [(datetime(2026, 5, 8, h, tzinfo=UTC), "apache", 10 + h) for h in range(20)]
    return CaseKnowledge(categories={"person_name": 1500, "email_address": 1500,
                                     "credit_card_number": 40, "my_number": 120},
                         category_people={"person_name": 1480}, category_files={"person_name": 3},
                         subjects=1620, detections=detections, event_hours=hours,
                         events_total=sum(n for _, _, n in hours))


@pytest.fixture
def hostile_title() -> str:
    return HOSTILE_TITLE


@pytest.fixture
def case_with_evidence(tmp_path, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    (share / "顧客.csv").write_bytes("氏名,メール\r\n山田 太郎,taro@example.jp\r\n".encode("cp932"))
    (share / "access.log").write_text("203.0.113.45 - - GET /\n", encoding="utf-8")
    case = Case.init(tmp_path / "case", name="テスト事件")
    list(case.evidence.add([share]))
    monkeypatch.setattr("leakscope.assess.gather", lambda case: knowledge())
    yield case
    case.close()


@pytest.fixture
def assessed(case_with_evidence):
    facts = {"discovered_at": "2026-05-11T10:00:00+09:00", "organization": "株式会社テスト",
             "certain": False}
    return assess_case(case_with_evidence, facts)
