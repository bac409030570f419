"""Postfix messages from mail.log: who sent what to whom, and SASL logon failures."""

from __future__ import annotations

import re
from typing import Any

_PAIRS = re.compile(r"(\w[\w-]*)=(<[^>]*>|[^,\s]+)")
_QUEUE_ID = re.compile(r"^([0-9A-F]{6,}|[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{10,}):\s")
_CLIENT = re.compile(r"\[(?P<ip>[0-9a-fA-F:.]+)\]")
_SASL_FAIL = re.compile(r"^warning: (?P<host>\S+?)\[(?P<ip>[^\]]+)\]: SASL \S+ authentication "
                        r"failed(?:.*?sasl_username=(?P<user>\S+))?")


def postfix_fields(message: str, raw: dict[str, Any]) -> dict[str, Any]:
    """ECS fields from one Postfix message; its key=value pairs are added to `raw`."""
    fields: dict[str, Any] = {"event.module": "postfix", "event.dataset": "postfix.log",
                              "event.category": "email"}
    if m := _SASL_FAIL.match(message):
        fields.update({"event.action": "sasl-auth-failed", "event.outcome": "failure",
                       "event.category": "authentication", "source.ip": m["ip"],
                       "user.name": m["user"]})
        return fields
    pairs = {k: v.strip("<>") for k, v in _PAIRS.findall(message)}
    queue = _QUEUE_ID.match(message)
    raw.update(pairs)
    if queue:
        raw["queue_id"] = queue[1]
    if "from" in pairs:
        fields["email.from.address"] = pairs["from"] or None
        fields["event.action"] = "queued"
    if "to" in pairs:
        fields["email.to.address"] = pairs["to"]
        status = pairs.get("status")
        fields["event.action"] = status or "delivery"
        fields["event.outcome"] = "success" if status == "sent" else "failure"
    if "client" in pairs and (m := _CLIENT.search(pairs["client"])):
        fields["source.ip"] = m["ip"]
        fields["event.action"] = "client-connected"
    if "sasl_username" in pairs:
        fields["user.name"] = pairs["sasl_username"]
        fields["event.action"] = "sasl-login"
        fields["event.category"] = "authentication"
        fields["event.outcome"] = "success"
    if message.startswith("connect from") and (m := _CLIENT.search(message)):
        fields["source.ip"] = m["ip"]
        fields["event.action"] = "connect"
    return fields
