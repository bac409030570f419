"""What a case already knows (PII found, detections, events), read through the other areas.

The PII, detection and timeline areas are optional at run time: each is imported lazily and a
missing or failing one leaves its part empty and says why, so an assessment or a report still
runs on whatever the case holds.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from leakscope.case import Case

# Detection words that show an act with unauthorized purpose, most telling first.
ATTACK_CAUSES = (
    (("ransomware", "malware", "mimikatz", "cobalt"), "malware"),
    (("phish",), "phishing"),
    (("webshell", "web shell", "sql", "injection", "brute", "spray", "stuffing", "scanner",
      "exploit", "logon", "exfil", "log clear", "1102", "tamper", "impossible travel"),
     "unauthorized_access"),
    (("off-hours", "off hours", "removable", "usb"), "insider"),
)
ATTACK_LEVELS = {"high", "critical"}
# Values that belong to one person: distinct values count people across files. Other items
# (names with their readings, birth dates, medical notes) are counted by table row.
IDENTIFYING = frozenset({
    "address", "email_address", "phone_number", "credit_card_number", "my_number",
    "bank_account", "passport_number", "drivers_license_number", "residence_card_number",
    "basic_pension_number", "health_insurance_number", "us_ssn", "iban",
})
MAIL_FIELDS = ("email.from.address", "email.to.address", "email.subject")
# The `detection` record of DESIGN.md / issue 4; every key is present after _detection().
DETECTION_KEYS = ("rule", "title", "level", "tags", "path", "record", "@timestamp", "entity")


@dataclass
class CaseKnowledge:
    categories: dict[str, int] = field(default_factory=dict)
    # Per category: about how many people (distinct values of identifying items, else
    # distinct table rows) and files holding it. Counted in DuckDB; no value leaves it.
    category_people: dict[str, int] = field(default_factory=dict)
    category_files: dict[str, int] = field(default_factory=dict)
    subjects: int | None = None
    detections: list[dict[str, Any]] = field(default_factory=list)
    # (hour in UTC, source module, number of events): what the timeline chart draws.
    event_hours: list[tuple[datetime, str, int]] = field(default_factory=list)
    events_total: int = 0
    missing: list[str] = field(default_factory=list)  # areas that had nothing to say, and why

    @property
    def suspicious_ips(self) -> list[str]:
        ips = []
        for det in self.detections:
            for value in (det.get("entity"), det.get("source.ip")):
                if isinstance(value, str) and _looks_like_ip(value):
                    ips.append(value)
        return list(dict.fromkeys(ips))

    @property
    def suspicious_mails(self) -> list[dict[str, Any]]:
        """Mails a detection points at (phishing, mis-sends): sender, recipients, subject."""
        mails = []
        for det in self.detections:
            mail = {f: det.get(f) for f in MAIL_FIELDS if det.get(f)}
            if mail:
                mails.append({**mail, "title": det.get("title", "")})
        return mails

    def attack_cause(self) -> str | None:
        """The cause the detections point to, or None when none shows an attack."""
        text = " ".join(
            f"{d.get('title', '')} {d.get('rule', '')} {' '.join(map(str, d.get('tags') or []))}"
            for d in self.detections
            if str(d.get("level", "")).lower() in ATTACK_LEVELS or d.get("tags")
        ).lower()
        for words, cause in ATTACK_CAUSES:
            if any(word in text for word in words):
                return cause
        return None

    def facts(self) -> dict[str, Any]:
        """FACTS fields the case can fill in; the user's facts override each of them."""
        found: dict[str, Any] = {}
        if self.categories:
            found["data_items"] = sorted(self.categories)
        if self.categories.get("my_number"):  # one My Number per person: distinct values
            found["my_number_persons"] = (self.category_people.get("my_number")
                                          or self.categories["my_number"])
        if self.subjects is not None:
            found["persons"] = self.subjects
        cause = self.attack_cause()
        if cause:
            found["cause"] = cause
        return found


def gather(case: Case) -> CaseKnowledge:
    knowledge = CaseKnowledge()
    _read_pii(case, knowledge)
    _read_detections(case, knowledge)
    _read_events(case, knowledge)
    return knowledge


def _optional(module: str, function: str, knowledge: CaseKnowledge):
    try:
        return getattr(importlib.import_module(module), function)
    except (ImportError, AttributeError):
        knowledge.missing.append(f"{module}.{function} is not available")
        return None


def _read_pii(case: Case, knowledge: CaseKnowledge) -> None:
    summary_of = _optional("leakscope.pii", "case_summary", knowledge)
    if summary_of is None:
        return
    try:
        summary = _as_mapping(summary_of(case))
    except Exception as exc:  # another area's failure must not stop the assessment
        knowledge.missing.append(f"leakscope.pii.case_summary failed: {exc}")
        return
    if "scan_id" in summary and summary["scan_id"] is None:
        knowledge.missing.append("no PII scan in the case")
        return
    counts = summary.get("categories") or summary.get("counts") or summary.get("by_category")
    if isinstance(counts, dict):
        knowledge.categories = {
            str(k): int(_as_mapping(v).get("count", 0) if not isinstance(v, int) else v)
            for k, v in counts.items()
        }
    elif isinstance(counts, Iterable):
        for row in map(_as_mapping, counts):
            if row.get("category"):
                knowledge.categories[str(row["category"])] = int(row.get("count", 0))
    for key in ("subjects", "persons", "people"):
        if isinstance(summary.get(key), int):
            knowledge.subjects = summary[key]
            break
    _read_pii_spread(case, knowledge)


def _read_pii_spread(case: Case, knowledge: CaseKnowledge) -> None:
    findings_of = _optional("leakscope.pii", "case_findings", knowledge)
    if findings_of is None:
        return
    import duckdb

    try:
        con = duckdb.connect()
        con.register("findings", findings_of(case))
        rows = con.execute(
            "SELECT category, CASE WHEN category IN (SELECT unnest(?)) "
            "THEN count(DISTINCT value) "
            "ELSE count(DISTINCT coalesce(path || '#' || record, value)) END, "
            "count(DISTINCT path) FROM findings WHERE personal GROUP BY category",
            [sorted(IDENTIFYING)]).fetchall()
    except Exception as exc:  # another area's failure must not stop the assessment
        knowledge.missing.append(f"leakscope.pii.case_findings failed: {exc}")
        return
    knowledge.category_people = {str(c): int(people) for c, people, _ in rows}
    knowledge.category_files = {str(c): int(files) for c, _, files in rows}


def _read_detections(case: Case, knowledge: CaseKnowledge) -> None:
    detections_of = _optional("leakscope.detect", "case_detections", knowledge)
    if detections_of is None:
        return
    try:
        knowledge.detections = [_detection(_as_mapping(d)) for d in detections_of(case)]
    except Exception as exc:  # another area's failure must not stop the assessment
        knowledge.missing.append(f"leakscope.detect.case_detections failed: {exc}")


def _read_events(case: Case, knowledge: CaseKnowledge) -> None:
    """Events per hour and source from the timeline's Parquet parts (DESIGN.md contract),
    counted by DuckDB: a chart of millions of events never loads them into Python."""
    parts = sorted(case.events_dir.rglob("*.parquet"))
    if not parts:
        knowledge.missing.append("no timeline events in the case")
        return
    import duckdb

    files = [str(p) for p in parts]
    source = "read_parquet(?, union_by_name=true)"
    try:
        con = duckdb.connect()
        con.execute("SET TimeZone = 'UTC'")
        described = con.execute(f"DESCRIBE SELECT * FROM {source}", [files]).fetchall()
        names = {row[0] for row in described}
        if "@timestamp" not in names:
            knowledge.missing.append("timeline events have no @timestamp")
            return
        module = '"event.module"' if "event.module" in names else "'events'"
        rows = con.execute(
            f'SELECT date_trunc(\'hour\', TRY_CAST("@timestamp" AS TIMESTAMPTZ)) AS hour, '
            f"coalesce({module}, 'other') AS module, count(*) FROM {source} "
            "GROUP BY ALL ORDER BY hour", [files]).fetchall()
    except duckdb.Error as exc:
        knowledge.missing.append(f"timeline events unreadable: {exc}")
        return
    knowledge.events_total = sum(count for _, _, count in rows)
    knowledge.event_hours = [(hour, str(mod), count) for hour, mod, count in rows
                             if hour is not None]


def _detection(record: dict[str, Any]) -> dict[str, Any]:
    """Every contract key present; an entity given as a mapping becomes 'key=value' text."""
    out = {**record, **{k: record.get(k) for k in DETECTION_KEYS}}
    entity = out["entity"]
    if isinstance(entity, dict):
        out["entity"] = ", ".join(f"{k}={v}" for k, v in entity.items() if v)
        ips = [v for v in entity.values() if isinstance(v, str) and _looks_like_ip(v)]
        out.setdefault("source.ip", ips[0] if ips else None)
    out["tags"] = list(out["tags"] or [])
    return out


def _as_mapping(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    for method in ("as_dict", "to_json", "to_dict", "model_dump"):
        if callable(getattr(value, method, None)):
            return getattr(value, method)()
    return dict(vars(value)) if hasattr(value, "__dict__") else {}


def _looks_like_ip(text: str) -> bool:
    """An IP address; an IPv6 scope ID may only hold name characters (it is printed as code)."""
    import ipaddress

    if not re.fullmatch(r"[\w.:%-]+", text):
        return False
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True
