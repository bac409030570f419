"""The intrusion path: detections grouped into the stages of an attack (ATT&CK tactics).

A detection's ATT&CK tags decide its stage; without tags, words in its title do. Stages are
told in the order they began (attack order breaks ties and places stages without a time):
the story of this incident, e.g. data taken at 02:52 before the log was cleared at 03:20.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

# (stage, tactic tags, title words, ja, en) in attack order.
STAGES = (
    ("reconnaissance", ("attack.reconnaissance", "attack.discovery"),
     ("scan", "recon", "enumerat"), "偵察（スキャン）", "Reconnaissance (scanning)"),
    ("initial_access", ("attack.initial_access", "attack.credential_access"),
     ("sql", "injection", "brute", "spray", "stuffing", "exploit", "phish", "logon", "login"),
     "侵入（初期アクセス・認証突破）", "Initial access (exploit or credentials)"),
    ("execution", ("attack.execution", "attack.persistence", "attack.privilege_escalation"),
     ("webshell", "web shell", "powershell", "command", "service install", "scheduled"),
     "実行・永続化（Webシェル等）", "Execution and persistence (web shell etc.)"),
    ("defense_evasion", ("attack.defense_evasion",),
     ("clear", "1102", "tamper", "delete", "disable"),
     "痕跡の消去", "Covering tracks"),
    ("lateral_movement", ("attack.lateral_movement",), ("lateral", "psexec", "rdp"),
     "横展開", "Lateral movement"),
    ("exfiltration", ("attack.exfiltration", "attack.collection"),
     ("exfil", "transfer", "download", "large", "bytes", "bulk", "mis-sen"),
     "持ち出し（外部送信）", "Exfiltration"),
)


@dataclass
class Stage:
    key: str
    ja: str
    en: str
    detections: list[dict[str, Any]] = field(default_factory=list)

    def label(self, lang: str) -> str:
        return self.ja if lang == "ja" else self.en

    @property
    def first_seen(self) -> str:
        return min((str(d.get("@timestamp") or "") for d in self.detections), default="")

    @property
    def began(self) -> float:
        """When the stage began, in seconds (stamps may differ in form); inf when unknown."""
        moments = [_epoch(d.get("@timestamp")) for d in self.detections]
        return min((m for m in moments if m is not None), default=float("inf"))

    @property
    def entities(self) -> list[str]:
        return list(dict.fromkeys(str(d["entity"]) for d in self.detections if d.get("entity")))


def _epoch(stamp: Any) -> float | None:
    try:
        return datetime.fromisoformat(str(stamp).replace("Z", "+00:00")).timestamp()
    except (TypeError, ValueError):
        return None


def intrusion_path(detections: list[dict[str, Any]]) -> list[Stage]:
    """Stages that have at least one detection, in the order they began."""
    stages = [Stage(key, ja, en) for key, _, _, ja, en in STAGES]
    by_key = {s.key: s for s in stages}
    for det in detections:
        key = _stage_of(det)
        if key:
            by_key[key].detections.append(det)
    found = [s for s in stages if s.detections]
    return sorted(found, key=lambda s: s.began)  # stable: attack order on ties


def _stage_of(det: dict[str, Any]) -> str | None:
    tags = {str(t).lower().replace("-", "_") for t in det.get("tags") or []}
    for key, tactic_tags, _, _, _ in reversed(STAGES):  # the later stage wins on ties
        if tags & set(tactic_tags):
            return key
    title = f"{det.get('title', '')} {det.get('rule', '')}".lower()
    for key, _, words, _, _ in STAGES[::-1]:
        if any(w in title for w in words):
            return key
    return None
