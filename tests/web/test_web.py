"""The web view: what a person sees in the browser, and what it refuses."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from leakscope.case import Case, NotACaseError
from leakscope.web import create_app


@pytest.fixture
def case_root(tmp_path: Path) -> Path:
    source = tmp_path / "src"
    source.mkdir()
    (source / "顧客一覧.csv").write_text("氏名\n<script>alert(1)</script>\n", encoding="utf-8")
    with Case.init(tmp_path / "case", name="<b>A社</b> 漏えい", examiner="鈴木") as case:
        list(case.evidence.add([source], acquired_by="鈴木"))
    return tmp_path / "case"


def test_pages_show_case_evidence_and_ledger(case_root: Path) -> None:
    client = TestClient(create_app(case_root))
    overview = client.get("/")
    assert overview.status_code == 200
    assert "&lt;b&gt;A社&lt;/b&gt; 漏えい" in overview.text  # escaped, never rendered as HTML
    evidence = client.get("/evidence").text
    assert "顧客一覧.csv" in evidence and "鈴木" in evidence
    ledger = client.get("/ledger").text
    assert "evidence_added" in ledger and "Hash chain intact" in ledger


def test_security_headers_and_host_check(case_root: Path) -> None:
    client = TestClient(create_app(case_root))
    response = client.get("/")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
    rebound = client.get("/", headers={"host": "evil.example"})
    assert rebound.status_code == 400


def test_broken_chain_is_shown(case_root: Path) -> None:
    db = sqlite3.connect(case_root / "case.sqlite", isolation_level=None)
    db.execute("DROP TRIGGER custody_ledger_no_update")
    db.execute("UPDATE custody_ledger SET actor = 'mallory' WHERE seq = 1")
    text = TestClient(create_app(case_root)).get("/ledger").text
    assert "The chain is broken" in text and "ledger entry 1: altered" in text


def test_not_a_case_fails_at_start(tmp_path: Path) -> None:
    with pytest.raises(NotACaseError, match=str(tmp_path)):
        create_app(tmp_path)


def test_leaked_detections_and_duties_pages_on_the_demo_case(tmp_path: Path) -> None:
    from leakscope.demo import run_demo

    run_demo(tmp_path / "demo", formats=("md",))
    client = TestClient(create_app(tmp_path / "demo" / "case"))
    leaked = client.get("/leaked").text
    assert "本人の数 People" in leaked and "個人番号" in leaked
    detections = client.get("/detections").text
    assert "Successful logon after brute force" in detections
    duties = client.get("/duties").text
    assert "APPI" in duties and "確報" in duties and "施行規則7条" in duties
    # Viewing assesses afresh but records nothing.
    with Case.open(tmp_path / "demo" / "case") as case:
        before = case.summary()["ledger_entries"]
    client.get("/duties")
    with Case.open(tmp_path / "demo" / "case") as case:
        assert case.summary()["ledger_entries"] == before


def test_pages_of_an_empty_case_say_what_to_run(case_root: Path) -> None:
    client = TestClient(create_app(case_root))
    assert "No PII scan yet" in client.get("/leaked").text
    assert "No detections yet" in client.get("/detections").text
