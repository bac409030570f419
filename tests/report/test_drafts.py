"""Drafts: the PPC report's nine items, notices, the police packet and whom to tell."""

from __future__ import annotations

import io

import docx
import pytest

from leakscope.assess import assess, parse_facts
from leakscope.assess.drafts import DRAFTS, base_context, render_draft
from leakscope.assess.knowledge import CaseKnowledge
from leakscope.report import write_drafts

NINE_ITEMS = ("概要", "漏えい等が発生し又は発生したおそれがある個人データの項目",
              "漏えい等が発生し又は発生したおそれがある個人データに係る本人の数", "原因",
              "二次被害又はそのおそれの有無及びその内容", "本人への対応の実施状況",
              "公表の実施状況", "再発防止のための措置", "その他参考となる事項")


def _context(lang, **facts):
    facts.setdefault("discovered_at", "2026-05-11T10:00:00+09:00")
    assessment = assess(parse_facts(facts))
    return base_context(assessment, CaseKnowledge(), None, lang)


def test_ppc_report_has_the_nine_items_in_order():
    md = render_draft("ppc_preliminary", _context(
        "ja", persons=1200, data_items=["person_name", "email_address"], cause="mis_sent"))
    positions = [md.index(f"{n}. {item}") for n, item in enumerate(NINE_ITEMS, 1)]
    assert positions == sorted(positions)
    assert "漏えい等報告書（速報）" in md and "速報 2026-05-13" in md


def test_final_report_says_final_and_its_deadline():
    md = render_draft("ppc_final", _context(
        "ja", persons=10, data_items=["person_name", "credit_card_number"],
        cause="unauthorized_access", being_acquired=True))
    assert "漏えい等報告書（確報）" in md and "確報 2026-07-09" in md
    assert "財産的被害" in md


def test_english_ppc_report():
    md = render_draft("ppc_preliminary", _context(
        "en", persons=1200, data_items=["person_name"], cause="mis_sent"))
    assert "Report of a personal data leak to the PPC (preliminary)" in md
    assert "9. Other information" in md


def test_notice_uses_the_california_headings_in_english():
    md = render_draft("notice", _context(
        "en", persons=600, persons_by_jurisdiction={"US-CA": 600},
        data_items=["person_name", "us_ssn", "email_address", "credential"],
        cause="unauthorized_access"))
    for heading in ("Notice of Data Breach", "What Happened", "What Information Was Involved",
                    "What We Are Doing", "What You Can Do", "For More Information"):
        assert heading in md
    assert "change it there now" in md  # password advice because credentials leaked
    assert "Equifax 1-800-685-1111" in md  # SSNs: the credit bureaus' numbers


def test_notice_advice_follows_the_data():
    md = render_draft("notice", _context(
        "ja", persons=120, data_items=["person_name", "my_number"], cause="loss"))
    assert "個人番号の変更" in md and "カードのご利用明細" not in md


def test_whom_to_tell_includes_card_companies_and_the_principal():
    md = render_draft("whom_to_tell", _context(
        "ja", persons=10, data_items=["person_name", "credit_card_number"], cause="malware",
        entrustment={"role": "contractor", "counterpart": "株式会社委託元"}))
    assert "カード会社" in md and "委託元（株式会社委託元）" in md and "サイバー犯罪相談窓口" in md


@pytest.mark.parametrize("kind", DRAFTS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_draft_renders(kind, lang):
    md = render_draft(kind, _context(lang, persons=5, data_items=["person_name"]))
    assert md.startswith("# ")


def test_police_packet_and_files_in_the_case(case_with_evidence, assessed):
    paths = write_drafts(case_with_evidence, ("md", "docx", "html"), ("ja",), assessed=assessed)
    police = case_with_evidence.reports_dir / "drafts" / "police.ja.md"
    text = police.read_text(encoding="utf-8")
    assert "`203.0.113.45`" in text
    for item in case_with_evidence.evidence.items():
        assert item.sha256 in text
    assert len(paths) == len(DRAFTS) * 3
    word = docx.Document(io.BytesIO((police.with_suffix(".docx")).read_bytes()))
    assert any("証拠一覧" in p.text for p in word.paragraphs)
    kinds = {e.details["kind"] for e in case_with_evidence.ledger.entries("report_generated")}
    assert {f"draft:{k}" for k in DRAFTS} <= kinds


def test_a_draft_as_pdf(case_with_evidence, assessed):
    from pypdf import PdfReader

    (path,) = write_drafts(case_with_evidence, ("pdf",), ("ja",), kinds=("police",),
                           assessed=assessed)
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "サイバー犯罪に関する相談資料" in text and "203.0.113.45" in text


def test_bad_language_is_refused(case_with_evidence, assessed):
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        write_drafts(case_with_evidence, ("md",), ("fr",), assessed=assessed)


def test_control_characters_and_undecodable_names_render_everywhere():
    """A file name that was not UTF-8 (lone surrogate) or holds control bytes: no crash."""
    from leakscope.assess.knowledge import _detection
    from leakscope.report import Document, render

    det = _detection({"@timestamp": "2026-05-08T17:10:14Z", "title": "bad\x01title\x1b[31m",
                      "level": "high", "tags": [], "rule": "x", "entity": "host\x00",
                      "path": "share/\udc8c\udc9a\udc8b\udc71.csv", "record": 3})
    assessment = assess(parse_facts({"discovered_at": "2026-05-11", "persons": 5,
                                     "data_items": ["person_name"]}))
    context = base_context(assessment, CaseKnowledge(detections=[det]), None, "ja")
    markdown = render_draft("police", context)
    assert "bad\\\\u0001title" in markdown and "\\\\udc8c" in markdown
    doc = Document("police", markdown)
    for fmt in ("md", "html", "docx"):
        assert render(doc, fmt)
    word = docx.Document(io.BytesIO(render(doc, "docx")))
    cells = [c.text for t in word.tables for row in t.rows for c in row.cells]
    assert any("\\u0001" in c for c in cells)


def _mail_knowledge() -> CaseKnowledge:
    from leakscope.assess.knowledge import _detection

    return CaseKnowledge(detections=[_detection({
        "@timestamp": "2026-05-08T09:00:00Z",
        "title": "Mis-sent mail to yamada.taro@cust.example.jp",
        "level": "high", "tags": [], "rule": "mis_sent", "path": "maillog", "record": 7,
        "entity": {"user": "hanako.sato@corp.example.jp"},
        "email.from.address": "hanako.sato@corp.example.jp",
        "email.to.address": "yamada.taro@cust.example.jp,suzuki@cust.example.jp",
        "email.subject": "ご請求書（yamada.taro@cust.example.jp 様）"})])


@pytest.mark.parametrize("kind", ["police", "ppc_preliminary"])
def test_mail_addresses_in_drafts_are_masked(kind):
    assessment = assess(parse_facts({"discovered_at": "2026-05-11", "persons": 5,
                                     "data_items": ["person_name"], "cause": "mis_sent"}))
    markdown = render_draft(kind, base_context(assessment, _mail_knowledge(), None, "ja"))
    for local in ("yamada.taro@", "hanako.sato@", "suzuki@"):
        assert local not in markdown
    assert "cust.example.jp" in markdown  # the domain stays: enough to recognise


def test_mail_addresses_in_the_investigation_report_are_masked(case_with_evidence, assessed):
    from leakscope.report.investigation import investigation_document

    doc = investigation_document(case_with_evidence, assessed[0], _mail_knowledge(), "en")
    assert "yamada.taro@" not in doc.markdown and "hanako.sato@" not in doc.markdown


def test_ip_with_a_hostile_scope_id_cannot_break_out_of_its_code_span():
    from leakscope.assess.knowledge import _detection

    hostile = "fe80::1%` **[click](http:evil.example)** `"
    knowledge = CaseKnowledge(detections=[_detection({
        "@timestamp": "2026-05-08T09:00:00Z", "title": "Logon", "level": "high", "tags": [],
        "rule": "x", "path": "sec", "record": 1, "entity": "fe80::1%eth0",
        "source.ip": hostile})])
    assert knowledge.suspicious_ips == ["fe80::1%eth0"]
    assessment = assess(parse_facts({"discovered_at": "2026-05-11", "persons": 5,
                                     "data_items": ["person_name"]}))
    markdown = render_draft("police", base_context(assessment, knowledge, None, "en"))
    assert "evil.example" not in markdown.split("## 3.")[0].split("## 2.")[1]


def test_very_long_unbroken_paths_are_shortened_but_prose_is_not():
    """A 20,000-character path once kept WeasyPrint busy for minutes per table cell."""
    from leakscope.assess.drafts import md_escape
    from leakscope.report import Document, render

    path = "/share/" + "a" * 20000 + "/customers.csv"
    shown = md_escape(path)
    assert len(shown) < 320 and shown.startswith("/share/aaa") and shown.endswith("customers.csv")
    prose = " ".join(["leak"] * 2000) + "。" + "顧客情報" * 500
    assert md_escape(prose) == prose
    markdown = f"| path |\n| --- |\n| {shown} |\n"
    assert render(Document("t", markdown, "en"), "pdf").startswith(b"%PDF")


@pytest.mark.parametrize("kind", ["ppc_preliminary", "announcement", "police"])
def test_an_unknown_number_of_people_is_not_written_as_zero(kind):
    """A 速報 with what is known: 'under investigation', never '0人' to the regulator."""
    for lang, unknown in (("ja", "調査中（未確定）"), ("en", "not known yet")):
        markdown = render_draft(kind, _context(lang, data_items=["person_name"],
                                               cause="malware"))
        assert unknown in markdown
        assert "（0人）" not in markdown and "\n0人" not in markdown and " 0 people" not in markdown
    known = render_draft(kind, _context("ja", persons=1200, data_items=["person_name"]))
    assert "1,200人" in known


def test_a_record_field_from_another_area_cannot_split_the_timeline_table():
    from leakscope.assess.knowledge import _detection

    det = _detection({"@timestamp": "2026-05-08T09:00:00Z", "title": "Logon", "level": "high",
                      "tags": [], "rule": "x", "path": "sec.evtx", "entity": "host",
                      "record": "12| **forged** | row"})
    assessment = assess(parse_facts({"discovered_at": "2026-05-11", "persons": 5,
                                     "data_items": ["person_name"]}))
    markdown = render_draft("police", base_context(assessment, CaseKnowledge(detections=[det]),
                                                   None, "en"))
    row = next(line for line in markdown.splitlines() if "sec.evtx" in line)
    assert row.count(" | ") == 3 and "\\*\\*forged" in row
