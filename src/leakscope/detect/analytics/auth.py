"""Brute force, password spraying and credential stuffing, and a success that follows them.

Per source IP, failed logons in a sliding window: many failures against one or two accounts is
brute force; failures spread over many accounts is spraying; many accounts that do not even
exist (a leaked list replayed) is credential stuffing.  A later success from the same source
or for one of the attacked accounts is reported on its own, at a higher level: that is the
moment the attacker got in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from leakscope.detect.analytics.base import Event, analytic_detection, raw_of
from leakscope.detect.analytics.windows import Window, event_time
from leakscope.detect.model import Detection

_NOT_LOGONS = ("logged-out", "logged-in-special", "ssh-disconnect", "session-")
_UNKNOWN_USER = ("ssh-invalid-user",)
_UNKNOWN_STATUS = ("0xc0000064",)  # Windows 4625: the user name does not exist
TAGS = ["attack.credential-access", "attack.t1110"]


def logon_outcome(event: Event) -> str | None:
    """'success' / 'failure' for a logon attempt, None for anything else."""
    if event.get("event.category") != "authentication":
        return None
    action = str(event.get("event.action") or "")
    if action.startswith(_NOT_LOGONS):
        return None
    outcome = event.get("event.outcome")
    return outcome if outcome in ("success", "failure") else None


def _unknown_user(event: Event) -> bool:
    raw = raw_of(event)
    return event.get("event.action") in _UNKNOWN_USER or \
        str(raw.get("SubStatus", "")).lower() in _UNKNOWN_STATUS


@dataclass
class _Attack:
    kind: str
    users: set[str]
    events: list[Event] = field(default_factory=list)
    reported_success: bool = False


class CredentialAttacks:
    """Streaming detector; thresholds are per source IP within `window` seconds."""

    id = "leakscope.auth"

    def __init__(self, window: float = 600, failures: int = 10, spray_users: int = 5,
                 stuffing_unknown: float = 0.5) -> None:
        self.span = window
        self.failures = failures
        self.spray_users = spray_users
        self.stuffing_unknown = stuffing_unknown
        self._windows: dict[str, Window] = {}
        self._attacks: dict[str, _Attack] = {}
        self._attacked_users: dict[str, str] = {}  # user -> attacking source

    def feed(self, event: Event) -> Iterable[Detection]:
        outcome = logon_outcome(event)
        when = event_time(event)
        if outcome is None or when is None:
            return ()
        source = event.get("source.ip") or ""
        user = str(event.get("user.name") or "").lower()
        if outcome == "failure":
            return self._failure(event, when, source, user)
        return self._success(event, source, user)

    def _failure(self, event: Event, when: float, source: str, user: str) -> list[Detection]:
        if not source or source in ("-", "127.0.0.1", "::1"):
            return []
        window = self._windows.setdefault(source, Window(self.span))
        window.add(when, event)
        if len(window) < self.failures:
            return []
        events = list(window.values())
        users = {str(e.get("user.name") or "").lower() for e in events}
        unknown = sum(1 for e in events if _unknown_user(e)) / len(events)
        if len(users) >= self.spray_users:
            kind = "stuffing" if unknown >= self.stuffing_unknown else "spraying"
        else:
            kind = "brute-force"
        attack = self._attacks.get(source)
        if attack is not None and attack.kind == kind:
            attack.users |= users
            attack.events.extend(events)
            window.items.clear()
            return []
        self._attacks[source] = _Attack(kind, users, events)
        for name in users:
            self._attacked_users[name] = source
        window.items.clear()
        titles = {"brute-force": "Brute force of an account", "spraying": "Password spraying",
                  "stuffing": "Credential stuffing (many unknown accounts)"}
        return [analytic_detection(
            f"leakscope.auth.{kind}", titles[kind], "medium", TAGS, event, events,
            f"{len(events)} failed logons from {source} against {len(users)} account(s) "
            f"within {int(self.span)} s", entity={"source_ip": source})]

    def _success(self, event: Event, source: str, user: str) -> list[Detection]:
        attacker = source if source in self._attacks else self._attacked_users.get(user)
        if attacker is None:
            return []
        attack = self._attacks[attacker]
        if attack.reported_success:
            return []
        attack.reported_success = True
        how = "from the attacking source" if attacker == source else \
            f"for an account attacked from {attacker}"
        return [analytic_detection(
            f"leakscope.auth.{attack.kind}-success",
            f"Successful logon after {attack.kind.replace('-', ' ')}", "critical",
            [*TAGS, "attack.initial-access", "attack.t1078"], event,
            [*attack.events, event],
            f"logon as {user or '?'} succeeded {how} after {len(attack.events)} failures")]

    def finish(self) -> Iterable[Detection]:
        return ()
