"""Brute force, password spraying and credential stuffing, and a success that follows them.

Per source IP, failed logons in a sliding window: many failures against one or two accounts is
brute force; failures spread over many accounts is spraying; many accounts that do not even
exist (a leaked list replayed) is credential stuffing.  A later success from the same source
or for one of the attacked accounts is reported on its own, at a higher level: that is the
moment the attacker got in.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from leakscope.detect.analytics.base import MAX_EVIDENCE, Event, analytic_detection, raw_of
from leakscope.detect.analytics.windows import DistinctWindow, Window, event_time
from leakscope.detect.model import Detection

_NOT_LOGONS = ("logged-out", "logged-in-special", "logged-in-explicit", "ssh-disconnect",
               "session-")
_UNKNOWN_USER = ("ssh-invalid-user",)
# Windows status codes for "no such account": 4625 SubStatus, Kerberos 4768/4771 Status
_UNKNOWN_STATUS = ("0xc0000064", "0x6")
_KERBEROS_NTLM = {"4768", "4769", "4771", "4776"}
_SSH = re.compile(
    r"(?P<fail>Failed \S+ for (?:invalid user )?|Invalid user |Disconnecting (?:invalid|"
    r"authenticating) user )(?P<user>\S+)(?: from)? (?P<ip>[0-9a-fA-F.:]+)"
    r"|(?P<ok>Accepted \S+ for )(?P<ok_user>\S+) from (?P<ok_ip>[0-9a-fA-F.:]+)")
_SQL_USER = re.compile(r"server_principal_name:(\S*)")
_SQL_CLIENT = re.compile(r"\[CLIENT: ([^\]]+)\]")
TAGS = ["attack.credential-access", "attack.t1110"]


@dataclass(frozen=True)
class Attempt:
    """One logon attempt: its outcome, the account, where from, and whether the account
    does not exist (a guessed or replayed name)."""

    outcome: str
    user: str
    source: str
    unknown_user: bool


def _ip(value: object) -> str:
    text = str(value or "").strip()
    text = text.removeprefix("::ffff:")
    return "" if text in ("-", "", "127.0.0.1", "::1") else text


def _windows_attempt(event: Event, raw: Mapping[str, Any]) -> Attempt | None:
    code = str(raw.get("EventID", ""))
    provider = str(raw.get("Provider_Name", ""))
    data = raw.get("Data")
    text = "\n".join(map(str, data)) if isinstance(data, list) else str(data or "")
    if provider.startswith("MSSQL") and code in ("18456", "33205"):
        if code == "33205" and "action_id:LGI" not in text:
            return None
        failed = code == "18456" or "action_id:LGIF" in text
        user = data[0] if code == "18456" and isinstance(data, list) and data else ""
        if not user and (found := _SQL_USER.search(text)):
            user = found.group(1)
        client = _SQL_CLIENT.search(text)
        return Attempt("failure" if failed else "success", str(user).lower(),
                       _ip(client.group(1)) if client else "",
                       "Could not find a login" in text)
    if provider == "OpenSSH" and (found := _SSH.search(str(raw.get("payload", "")))):
        if found.group("ok"):
            return Attempt("success", found.group("ok_user").lower(), _ip(found.group("ok_ip")),
                           False)
        return Attempt("failure", found.group("user").lower(), _ip(found.group("ip")),
                       "invalid user" in found.group("fail").lower())
    if code in _KERBEROS_NTLM:
        status = str(raw.get("Status", "0x0")).lower()
        outcome = "success" if status in ("0x0", "0") else "failure"
        return Attempt(outcome, str(raw.get("TargetUserName") or "").lower(),
                       _ip(raw.get("IpAddress") or event.get("source.ip")),
                       status in _UNKNOWN_STATUS)
    return None


def auth_attempt(event: Event) -> Attempt | None:
    """The logon attempt an event records, from any log that records one; else None."""
    raw = raw_of(event)
    if event.get("leakscope.logsource.product") == "windows" or "EventID" in raw:
        attempt = _windows_attempt(event, raw)
        if attempt is not None:
            return attempt
    if event.get("event.category") != "authentication":
        return None
    action = str(event.get("event.action") or "")
    outcome = event.get("event.outcome")
    if action.startswith(_NOT_LOGONS) or outcome not in ("success", "failure"):
        return None
    unknown = action in _UNKNOWN_USER or \
        str(raw.get("SubStatus", "")).lower() in _UNKNOWN_STATUS or \
        "invalid user" in str(event.get("message") or "").lower()
    return Attempt(str(outcome), str(event.get("user.name") or "").lower(),
                   _ip(event.get("source.ip") or raw.get("IpAddress")), unknown)


def _attacker(source: str) -> dict[str, str]:
    if source.startswith("local:"):
        return {"host": source.removeprefix("local:")}
    return {"source_ip": source}


def logon_outcome(event: Event) -> str | None:
    """'success' / 'failure' for a logon attempt, None for anything else."""
    attempt = auth_attempt(event)
    return attempt.outcome if attempt else None


KINDS = ("brute-force", "spraying", "stuffing")  # each a wider net than the one before
TITLES = {"brute-force": "Brute force of an account", "spraying": "Password spraying",
          "stuffing": "Credential stuffing (many unknown accounts)"}


@dataclass
class _Attack:
    """Everything one source has tried so far; classified on the whole, not one window."""

    kind: str
    users: set[str] = field(default_factory=set)
    failures: int = 0
    unknown: int = 0
    events: list[Event] = field(default_factory=list)
    reported_success: bool = False


class CredentialAttacks:
    """Streaming detector; thresholds are per source IP within `window` seconds."""

    id = "leakscope.auth"

    def __init__(self, window: float = 600, failures: int = 5, spray_users: int = 5,
                 stuffing_unknown: float = 0.5, distributed_users: int = 20,
                 distributed_sources: int = 5) -> None:
        self.span = window
        self.failures = failures
        self.spray_users = spray_users
        self.stuffing_unknown = stuffing_unknown
        self.distributed = (distributed_users, distributed_sources)
        self._all = DistinctWindow(window, 2)  # accounts and sources of every failure
        self._recent: deque[Event] = deque(maxlen=MAX_EVIDENCE)
        self._windows: dict[str, Window] = {}
        self._explicit_windows: dict[str, DistinctWindow] = {}
        self._explicit_reported: set[str] = set()
        self._attacks: dict[str, _Attack] = {}
        self._attacked_users: dict[str, str] = {}  # user -> attacking source

    def feed(self, event: Event) -> Iterable[Detection]:
        when = event_time(event)
        raw = raw_of(event)
        if when is not None and str(raw.get("EventID")) == "4648" and \
                str(raw.get("Channel", "")).lower() == "security":
            return self._explicit(event, when, raw)
        attempt = auth_attempt(event)
        if attempt is None or when is None:
            return ()
        # a local attempt (no source address) is keyed by the host it was made on
        source = attempt.source or f"local:{event.get('host.name') or '?'}"
        if attempt.outcome == "failure":
            return self._failure(event, when, source, attempt)
        return self._success(event, source, attempt.user)

    def _explicit(self, event: Event, when: float, raw: Mapping[str, Any]) -> list[Detection]:
        """4648 (logon with explicit credentials) for many accounts from one user: spraying
        from a foothold, as DeepBlueCLI looks for; Windows logs no failure for these."""
        subject = f"{raw.get('SubjectUserName')}@{raw.get('Computer')}"
        window = self._explicit_windows.setdefault(subject, DistinctWindow(self.span, 1))
        window.add(when, (str(raw.get("TargetUserName") or "").lower(),))
        if window.distinct(0) < self.spray_users or subject in self._explicit_reported:
            return []
        self._explicit_reported.add(subject)
        return [analytic_detection(
            "leakscope.auth.explicit-credential-spraying",
            "Password spraying with explicit credentials (4648)", "high", TAGS, event, [event],
            f"{subject} used explicit credentials for {window.distinct(0)} accounts within "
            f"{int(self.span)} s", entity={"user": str(raw.get("SubjectUserName")),
                                           "host": str(raw.get("Computer"))})]

    def _failure(self, event: Event, when: float, source: str,
                 attempt: Attempt) -> list[Detection]:
        return self._per_source(event, when, source, attempt) + \
            self._spread(event, when, source, attempt)

    def _spread(self, event: Event, when: float, source: str,
                attempt: Attempt) -> list[Detection]:
        """Credential stuffing from a botnet: each source tries a few accounts only."""
        self._all.add(when, (attempt.user, source))
        self._recent.append(event)
        users, sources = self._all.distinct(0), self._all.distinct(1)
        if users < self.distributed[0] or sources < self.distributed[1]:
            return []
        count = len(self._all)
        events = list(self._recent)
        self._all.clear()
        self._recent.clear()
        return [analytic_detection(
            "leakscope.auth.distributed-stuffing",
            "Credential stuffing from many sources", "high", TAGS, event, events,
            f"{count} failed logons against {users} accounts from {sources} "
            f"sources within {int(self.span)} s", entity={})]

    def _per_source(self, event: Event, when: float, source: str,
                    attempt: Attempt) -> list[Detection]:
        window = self._windows.setdefault(source, Window(self.span))
        window.add(when, (event, attempt))
        if len(window) < self.failures:
            return []
        pairs = list(window.values())
        window.items.clear()
        attack = self._attacks.setdefault(source, _Attack(kind=""))
        attack.users |= {a.user for _, a in pairs}
        attack.failures += len(pairs)
        attack.unknown += sum(1 for _, a in pairs if a.unknown_user)
        attack.events.extend(e for e, _ in pairs[:MAX_EVIDENCE - len(attack.events)])
        for _, a in pairs:
            self._attacked_users[a.user] = source
        if len(attack.users) < self.spray_users:
            kind = "brute-force"
        elif attack.unknown / attack.failures >= self.stuffing_unknown:
            kind = "stuffing"
        else:
            kind = "spraying"
        if attack.kind and KINDS.index(kind) <= KINDS.index(attack.kind):
            return []  # the same attack going on: reported already
        attack.kind = kind
        return [analytic_detection(
            f"leakscope.auth.{kind}", TITLES[kind], "medium", TAGS, event, attack.events,
            f"{attack.failures} failed logons from {source} against {len(attack.users)} "
            f"account(s) so far ({attack.unknown} for accounts that do not exist)",
            entity=_attacker(source))]

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
