"""`leakscope demo`'s incident: a small online shop's share, logs and a mis-sent mail.

Everything is fictional and generated from a seed, so two runs produce the same bytes' worth
of story (names, My Numbers with valid check digits, Luhn-valid cards, an attacker at
203.0.113.45 from the documentation range) and tests can check what the investigation finds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from leakscope.demo.logs import ATTACKER, JST, WEBSHELL, Story, story, write_logs
from leakscope.demo.mail import write_mail
from leakscope.demo.people import people
from leakscope.demo.share import write_share

CUSTOMERS = 1500
STAFF = 120
MAILED_CUSTOMERS = 300
CARD_HOLDERS = 40
MAIL_RECIPIENTS = 28
INCIDENT_DAY = datetime(2026, 5, 8, tzinfo=JST)  # a Friday; the attack comes that night
DISCOVERED_AT = datetime(2026, 5, 11, 10, 0, tzinfo=JST)
DEFAULT_SEED = 20260511


@dataclass(frozen=True)
class Incident:
    root: Path
    share: Path
    logs: Path
    mail: Path
    files: list[Path]
    story: Story
    customers: int
    staff: int
    discovered_at: datetime


def generate_incident(root: Path, seed: int = DEFAULT_SEED) -> Incident:
    """Write the incident's evidence under `root` (share/, logs/, mail/)."""
    root.mkdir(parents=True, exist_ok=True)
    customers = people(CUSTOMERS, seed)
    staff = people(STAFF, seed + 1)
    plot = story(INCIDENT_DAY)
    files = write_share(root / "share", customers, staff, seed, CARD_HOLDERS)
    files += write_logs(root / "logs", plot, seed)
    files += write_mail(root / "mail", customers[:MAILED_CUSTOMERS],
                        INCIDENT_DAY - timedelta(hours=8), seed)
    _write_answer_key(root, plot)
    return Incident(root, root / "share", root / "logs", root / "mail", files, plot,
                    CUSTOMERS, STAFF, DISCOVERED_AT)


def _write_answer_key(root: Path, plot: Story) -> None:
    """What the investigation should find, beside (never inside) the evidence."""
    key = {
        "people": CUSTOMERS + STAFF,  # card holders and mailed customers are customers
        "customers": CUSTOMERS, "staff_with_my_number": STAFF, "card_holders": CARD_HOLDERS,
        "mailed_customers": MAILED_CUSTOMERS, "mail_recipients_outside": MAIL_RECIPIENTS,
        "attacker_ip": ATTACKER, "webshell": WEBSHELL,
        "story": {k: v.isoformat() for k, v in vars(plot).items()},
    }
    (root / "answer_key.json").write_text(json.dumps(key, ensure_ascii=False, indent=2),
                                          encoding="utf-8")


def facts_yaml(incident: Incident) -> str:
    """What only the organisation knows; the case fills in the rest (items, people, cause)."""
    return (
        f"discovered_at: {incident.discovered_at.isoformat()}\n"
        "organization: 株式会社サンプル商店（デモ）\n"
        "contact: 個人情報お問い合わせ窓口 0120-000-000（平日9:00-18:00）\n"
        "organization_type: private\n"
        "sector: retail\n"
        "jurisdictions: [JP]\n"
        "certain: false\n"
        "summary: >-\n"
        "  当社ECサイトのWebサーバに対する不正アクセスにより、顧客情報等が外部に送信された"
        "おそれがあることが判明した。\n"
    )
