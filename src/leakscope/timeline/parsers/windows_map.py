"""Windows event -> ECS: field names, channel -> Sigma logsource, well-known event ids.

Shared by the binary EVTX parser and the JSON/XML export parser, which see the same fields.
"""

from __future__ import annotations

from typing import Any

from leakscope.timeline.schema import RAW
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
_EMPTY = {"-", "", "::1", None}


def _first(raw: dict[str, Any], keys: tuple[str, ...], skip: set | frozenset = frozenset()) -> Any:
    for key in keys:
        value = raw.get(key)
        if value is not None and value != "" and value != "-" and value not in skip:
            return value
    return None


def _basename(path: Any) -> str | None:
    if not isinstance(path, str) or not path:
        return None
    return path.replace("/", "\\").rsplit("\\", 1)[-1]


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def windows_event(raw: dict[str, Any]) -> dict[str, Any]:
    """ECS event from a flat Windows record (System fields + EventData/UserData by name)."""
    code = _int(raw.get("EventID"))
    channel = raw.get("Channel") or ""
    service = CHANNEL_SERVICE.get(channel.lower())
    category = None
    action = outcome = None
    if service == "sysmon":
        category = SYSMON_CATEGORY.get(code)  # type: ignore[arg-type]
    elif service == "security":
        action, outcome = SECURITY_ACTION.get(code, (None, None))  # type: ignore[arg-type]
        if code == 4688:
            category = "process_creation"
        elif code in (4776, 4768, 4769):
            status = str(raw.get("Status") or raw.get("Status_") or "0x0").lower()
            outcome = "success" if status in ("0x0", "0") else "failure"
    elif service == "system":
        action, outcome = SYSTEM_ACTION.get(code, (None, None))  # type: ignore[arg-type]
    elif service in ("powershell", "powershell-classic"):
        category = {4104: "ps_script", 4103: "ps_module", 400: "ps_classic_start",
                    800: "ps_classic_provider_start"}.get(code)  # type: ignore[arg-type]
    if outcome is None:
        keywords = str(raw.get("Keywords") or "")
        if keywords.startswith("0x8010"):
            outcome = "failure"
        elif keywords.startswith("0x8020"):
            outcome = "success"
    image = _first(raw, _IMAGE_KEYS)
    return {
        "@timestamp": parse_iso(raw.get("TimeCreated")),
        "event.code": str(code) if code is not None else None,
        "event.action": action or (f"{raw.get('Provider_Name')}:{code}"
                                   if code is not None else None),
        "event.outcome": outcome or "unknown",
        "event.category": category or ("authentication" if code in _AUTH_CODES and service in (
            "security", None) else None),
        "event.module": "windows",
        "event.dataset": channel or None,
        "host.name": raw.get("Computer"),
        "user.name": _first(raw, _USER_KEYS),
        "user.domain": _first(raw, _DOMAIN_KEYS),
        "source.ip": _first(raw, _SRC_IP_KEYS, _EMPTY),
        "source.port": _int(_first(raw, _SRC_PORT_KEYS)),
        "destination.ip": _first(raw, _DST_IP_KEYS),
        "destination.port": _int(_first(raw, _DST_PORT_KEYS)),
        "process.name": _basename(image),
        "process.command_line": raw.get("CommandLine") or raw.get("ScriptBlockText"),
        "process.pid": _int(raw.get("ProcessId")),
        "file.path": raw.get("TargetFilename") or raw.get("ObjectName"),
        "url.original": raw.get("QueryName"),
        "leakscope.logsource.product": "windows",
        "leakscope.logsource.service": service,
        "leakscope.logsource.category": category,
        RAW: raw,
    }
