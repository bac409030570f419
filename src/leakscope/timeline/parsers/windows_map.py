"""Windows event -> ECS: field names, channel -> Sigma logsource, well-known event ids.

Shared by the binary EVTX parser and the JSON/XML export parser, which see the same fields.
"""

from __future__ import annotations

from typing import Any

from leakscope.timeline.schema import COLUMNS, RAW
from leakscope.timeline.timefmt import parse_iso

CHANNEL_SERVICE = {
    "security": "security",
    "system": "system",
    "application": "application",
    "microsoft-windows-sysmon/operational": "sysmon",
    "microsoft-windows-powershell/operational": "powershell",
    "windows powershell": "powershell-classic",
    "microsoft-windows-taskscheduler/operational": "taskscheduler",
    "microsoft-windows-windows defender/operational": "windefend",
    "microsoft-windows-bits-client/operational": "bits-client",
    "microsoft-windows-dns-client/operational": "dns-client",
    "microsoft-windows-windows firewall with advanced security/firewall": "firewall-as",
    "microsoft-windows-terminalservices-localsessionmanager/operational":
        "terminalservices-localsessionmanager",
    "microsoft-windows-wmi-activity/operational": "wmi",
    "microsoft-windows-codeintegrity/operational": "codeintegrity-operational",
    "microsoft-windows-smbclient/security": "smbclient-security",
    "microsoft-windows-ntlm/operational": "ntlm",
    "directory service": "directory-service",
    "microsoft-windows-applocker/exe and dll": "applocker",
    "microsoft-windows-printservice/admin": "printservice-admin",
    "microsoft-windows-printservice/operational": "printservice-operational",
    "openssh/operational": "openssh",
}

SYSMON_CATEGORY = {
    1: "process_creation", 2: "file_change", 3: "network_connection",
    5: "process_termination", 6: "driver_load", 7: "image_load", 8: "create_remote_thread",
    9: "raw_access_thread", 10: "process_access", 11: "file_event", 12: "registry_add",
    13: "registry_set", 14: "registry_rename", 15: "create_stream_hash", 17: "pipe_created",
    18: "pipe_created", 19: "wmi_event", 20: "wmi_event", 21: "wmi_event", 22: "dns_query",
    23: "file_delete", 24: "clipboard_capture", 25: "process_tampering", 26: "file_delete",
}

SECURITY_ACTION = {
    1102: ("audit-log-cleared", "success"), 4624: ("logged-in", "success"),
    4625: ("logon-failed", "failure"), 4634: ("logged-out", "success"),
    4647: ("logged-out", "success"), 4648: ("logged-in-explicit", "success"),
    4672: ("logged-in-special", "success"), 4688: ("process-created", "success"),
    4697: ("service-installed", "success"), 4698: ("scheduled-task-created", "success"),
    4720: ("user-created", "success"), 4722: ("user-enabled", "success"),
    4724: ("password-reset", "success"), 4728: ("group-member-added", "success"),
    4732: ("group-member-added", "success"), 4740: ("user-locked-out", "failure"),
    4756: ("group-member-added", "success"), 4768: ("kerberos-tgt-requested", None),
    4769: ("kerberos-service-ticket-requested", None), 4771: ("kerberos-preauth-failed",
                                                              "failure"),
    4776: ("credential-validated", None), 5140: ("network-share-accessed", "success"),
    5145: ("network-share-object-checked", None), 4663: ("object-accessed", "success"),
}
SYSTEM_ACTION = {104: ("audit-log-cleared", "success"), 7045: ("service-installed", "success")}

_AUTH_CODES = {4624, 4625, 4648, 4768, 4769, 4771, 4776}
_USER_KEYS = ("TargetUserName", "User", "SubjectUserName", "UserName", "AccountName")
_DOMAIN_KEYS = ("TargetDomainName", "SubjectDomainName", "Domain")
_SRC_IP_KEYS = ("IpAddress", "SourceIp", "SourceAddress", "ClientAddress", "Address")
_SRC_PORT_KEYS = ("IpPort", "SourcePort")
_DST_IP_KEYS = ("DestinationIp", "DestAddress")
_DST_PORT_KEYS = ("DestinationPort", "DestPort")
_IMAGE_KEYS = ("Image", "NewProcessName", "ProcessName", "Application")
_OTHER_KEYS = ("CommandLine", "ScriptBlockText", "ProcessId", "TargetFilename", "ObjectName",
               "QueryName")
_MAPPED_KEYS = frozenset((*_USER_KEYS, *_DOMAIN_KEYS, *_SRC_IP_KEYS, *_DST_IP_KEYS,
                          *_IMAGE_KEYS, *_OTHER_KEYS))
_NONE = (None, None)
_TEMPLATE = {**dict.fromkeys(COLUMNS), "event.module": "windows",
             "leakscope.logsource.product": "windows"}
_POWERSHELL_CATEGORY = {4104: "ps_script", 4103: "ps_module", 400: "ps_classic_start",
                        800: "ps_classic_provider_start"}


def _first(raw: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """The first present, non-empty, non-"-" value of `keys`."""
    for key in keys:
        value = raw.get(key)
        if value and value != "-":
            return value
    return None


def _basename(path: Any) -> str | None:
    if not isinstance(path, str) or not path:
        return None
    return path.replace("/", "\\").rsplit("\\", 1)[-1]


def _int(value: Any) -> int | None:
    if value is None or value.__class__ is int:
        return value
    try:
        return int(value, 0) if isinstance(value, str) and value[:2] == "0x" else int(value)
    except (TypeError, ValueError):
        return None


def _text(value: Any) -> str | None:
    if value is None or value.__class__ is str:
        return value or None
    return str(value)


def _outcome_from_keywords(raw: dict[str, Any]) -> str:
    keywords = raw.get("Keywords")
    if isinstance(keywords, str):
        if keywords.startswith("0x8010"):
            return "failure"
        if keywords.startswith("0x8020"):
            return "success"
    return "unknown"


def windows_event(raw: dict[str, Any]) -> dict[str, Any]:
    """Normalized ECS event from a flat Windows record (System + EventData/UserData by name).

    Built complete and typed (hot path: EVTX), so the reader need not normalize it again.
    """
    get = raw.get
    code = get("EventID")
    if code.__class__ is not int:
        code = _int(code)
    channel = get("Channel") or ""
    service = CHANNEL_SERVICE.get(channel.lower())
    category = action = outcome = None
    if service == "security":
        action, outcome = SECURITY_ACTION.get(code, _NONE)  # type: ignore[arg-type]
        if code == 4688:
            category = "process_creation"
        elif code in _AUTH_CODES:
            category = "authentication"
            if code in (4776, 4768, 4769):
                status = str(get("Status") or "0x0").lower()
                outcome = "success" if status in ("0x0", "0") else "failure"
    elif service == "sysmon":
        category = SYSMON_CATEGORY.get(code)  # type: ignore[arg-type]
    elif service == "system":
        action, outcome = SYSTEM_ACTION.get(code, _NONE)  # type: ignore[arg-type]
    elif service in ("powershell", "powershell-classic"):
        category = _POWERSHELL_CATEGORY.get(code)  # type: ignore[arg-type]
    # A copy of the template plus item stores: cheaper than a 42-key literal.
    event = _TEMPLATE.copy()
    event["@timestamp"] = parse_iso(get("TimeCreated"))
    if code is not None:
        event["event.code"] = str(code)
        event["event.action"] = action or f"{get('Provider_Name')}:{code}"
    event["event.outcome"] = outcome or _outcome_from_keywords(raw)
    event["event.category"] = event["leakscope.logsource.category"] = category
    event["event.dataset"] = channel or None
    event["host.name"] = _text(get("Computer"))
    event["leakscope.logsource.service"] = service
    event[RAW] = raw
    present = _MAPPED_KEYS.intersection(raw)  # one C-level pass; many records have none
    if present:
        _add_mapped(event, raw, present)
    return event


def _add_mapped(event: dict[str, Any], raw: dict[str, Any], present: set[str]) -> None:
    """The who/where/what fields, for records that carry any of them."""
    if not present.isdisjoint(_USER_KEYS):
        event["user.name"] = _text(_first(raw, _USER_KEYS))
    if not present.isdisjoint(_DOMAIN_KEYS):
        event["user.domain"] = _text(_first(raw, _DOMAIN_KEYS))
    if not present.isdisjoint(_SRC_IP_KEYS):
        source_ip = _first(raw, _SRC_IP_KEYS)
        if source_ip and source_ip != "::1":
            event["source.ip"] = _text(source_ip)
            event["source.port"] = _int(_first(raw, _SRC_PORT_KEYS))
    if not present.isdisjoint(_DST_IP_KEYS):
        event["destination.ip"] = _text(_first(raw, _DST_IP_KEYS))
        event["destination.port"] = _int(_first(raw, _DST_PORT_KEYS))
    if not present.isdisjoint(_IMAGE_KEYS):
        event["process.name"] = _basename(_first(raw, _IMAGE_KEYS))
    if not present.isdisjoint(_OTHER_KEYS):
        get = raw.get
        event["process.command_line"] = _text(get("CommandLine") or get("ScriptBlockText"))
        event["process.pid"] = _int(get("ProcessId"))
        event["file.path"] = _text(get("TargetFilename") or get("ObjectName"))
        event["url.original"] = _text(get("QueryName"))
