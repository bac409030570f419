"""Which Sigma logsource an event belongs to, and how rule field names map onto its fields.

Sigma rules name a logsource (product / service / category) and use Sysmon-style field names.
An event's logsource comes from the parser (``leakscope.logsource.*``); for Windows it is
derived again from Channel and EventID, because one record can serve several categories
(Sysmon 13 is both ``registry_set`` and ``registry_event``; Security 4688 is
``process_creation`` with its own field names: NewProcessName is the rule's Image).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from leakscope.detect.sigma.view import RAW

Mapping_ = dict[str, tuple[str, ...]]

# Sigma service -> Windows channel (the services SigmaHQ's rules use).
SERVICE_CHANNEL = {
    "security": "security", "system": "system", "application": "application",
    "sysmon": "microsoft-windows-sysmon/operational",
    "powershell": "microsoft-windows-powershell/operational",
    "powershell-classic": "windows powershell",
    "taskscheduler": "microsoft-windows-taskscheduler/operational",
    "wmi": "microsoft-windows-wmi-activity/operational",
    "windefend": "microsoft-windows-windows defender/operational",
    "codeintegrity-operational": "microsoft-windows-codeintegrity/operational",
    "appxdeployment-server": "microsoft-windows-appxdeploymentserver/operational",
    "firewall-as": "microsoft-windows-windows firewall with advanced security/firewall",
    "msexchange-management": "msexchange management",
    "bits-client": "microsoft-windows-bits-client/operational",
    "dns-client": "microsoft-windows-dns client events/operational",
    "iis-configuration": "microsoft-iis-configuration/operational",
    "ntlm": "microsoft-windows-ntlm/operational",
    "security-mitigations": "microsoft-windows-security-mitigations/kernel mode",
    "dns-server": "dns server",
    "applocker": "microsoft-windows-applocker/exe and dll",
    "terminalservices-localsessionmanager":
        "microsoft-windows-terminalservices-localsessionmanager/operational",
    "smbserver-connectivity": "microsoft-windows-smbserver/connectivity",
    "smbclient-security": "microsoft-windows-smbclient/security",
    "shell-core": "microsoft-windows-shell-core/operational",
    "openssh": "openssh/operational",
    "microsoft-servicebus-client": "microsoft-servicebus-client",
    "lsa-server": "microsoft-windows-lsa/operational",
    "ldap": "microsoft-windows-ldap-client/debug",
    "driver-framework": "microsoft-windows-driverframeworks-usermode/operational",
    "diagnosis-scripted": "microsoft-windows-diagnosis-scripted/operational",
    "certificateservicesclient-lifecycle-system":
        "microsoft-windows-certificateservicesclient-lifecycle-system/operational",
    "capi2": "microsoft-windows-capi2/operational",
    "appxpackaging-om": "microsoft-windows-appxpackaging/operational",
    "appmodel-runtime": "microsoft-windows-appmodel-runtime/admin",
    "printservice-admin": "microsoft-windows-printservice/admin",
    "printservice-operational": "microsoft-windows-printservice/operational",
    "vhdmp": "microsoft-windows-vhdmp/operational",
}
CHANNEL_SERVICES: dict[str, set[str]] = {}
for _service, _channel in SERVICE_CHANNEL.items():
    CHANNEL_SERVICES.setdefault(_channel, set()).add(_service)
# Other AppLocker and Security-Mitigations channels belong to the same services.
_CHANNEL_PREFIX_SERVICE = {
    "microsoft-windows-applocker/": "applocker",
    "microsoft-windows-security-mitigations/": "security-mitigations",
}

_SYSMON = {
    1: ("process_creation",), 2: ("file_change",), 3: ("network_connection",),
    4: ("sysmon_status",), 5: ("process_termination",), 6: ("driver_load",),
    7: ("image_load",), 8: ("create_remote_thread",), 9: ("raw_access_thread",),
    10: ("process_access",), 11: ("file_event",), 13: ("registry_set", "registry_event"),
    14: ("registry_rename", "registry_event"), 15: ("create_stream_hash",),
    16: ("sysmon_status",), 17: ("pipe_created",), 18: ("pipe_created",),
    19: ("wmi_event",), 20: ("wmi_event",), 21: ("wmi_event",), 22: ("dns_query",),
    23: ("file_delete",), 24: ("clipboard_capture",), 25: ("process_tampering",),
    26: ("file_delete", "file_delete_detected"), 27: ("file_block_executable",),
    28: ("file_block_shredding",), 29: ("file_executable_detected",), 255: ("sysmon_error",),
}
_OTHER = {
    ("security", 4688): ("process_creation",), ("security", 5156): ("network_connection",),
    ("security", 4657): ("registry_set", "registry_event"),
    ("security", 4663): ("file_access",),
    ("powershell", 4104): ("ps_script",), ("powershell", 4103): ("ps_module",),
    ("powershell-classic", 400): ("ps_classic_start",),
    ("powershell-classic", 600): ("ps_classic_provider_start",),
    ("powershell-classic", 800): ("ps_classic_script",),
    ("dns-client", 3008): ("dns_query",),
}

# Rule field -> the event's own field names, tried in order (Sigma taxonomy -> Security log).
_SECURITY_4688: Mapping_ = {
    "Image": ("NewProcessName",), "ParentImage": ("ParentProcessName",),
    "ProcessId": ("NewProcessId",), "ParentProcessId": ("ProcessId",),
    "User": ("SubjectUserName",), "LogonId": ("SubjectLogonId",),
    "IntegrityLevel": ("MandatoryLabel",),
}
_SECURITY_5156: Mapping_ = {
    "Image": ("Application",), "DestinationIp": ("DestAddress",),
    "DestinationPort": ("DestPort",), "SourceIp": ("SourceAddress",),
    "SourcePort": ("SourcePort",), "Protocol": ("Protocol",),
}
_SECURITY_4657: Mapping_ = {
    "TargetObject": ("ObjectName",), "Details": ("NewValue",), "Image": ("ProcessName",),
}
_SECURITY_4663: Mapping_ = {"TargetFilename": ("ObjectName",), "Image": ("ProcessName",)}
_DNS_CLIENT: Mapping_ = {"QueryName": ("QueryName",)}
# Event 104 ("log cleared"): rules' Channel is the cleared log, kept in UserData_Channel
# (the record's own Channel is System).
_SYSTEM_104: Mapping_ = {"Channel": ("UserData_Channel", "EventData_Channel")}
_WEBSERVER: Mapping_ = {
    "c-uri": ("c-uri", "url.original", "url.path"),
    "cs-uri-stem": ("cs-uri-stem", "url.path"),
    "cs-uri-query": ("cs-uri-query", "url.query"),
    "cs-method": ("cs-method", "http.request.method"),
    "sc-status": ("sc-status", "http.response.status_code"),
    "cs-user-agent": ("cs-user-agent", "user_agent.original"),
    "cs-referer": ("cs-referer", "http.request.referrer"),
    "c-ip": ("c-ip", "source.ip"),
    "cs-host": ("cs-host", "url.domain"),
    "sc-bytes": ("sc-bytes", "http.response.body.bytes"),
    "cs-username": ("cs-username", "user.name"),
}
_MAPPINGS: dict[tuple[str, int], Mapping_] = {
    ("security", 4688): _SECURITY_4688, ("security", 5156): _SECURITY_5156,
    ("security", 4657): _SECURITY_4657, ("security", 4663): _SECURITY_4663,
    ("dns-client", 3008): _DNS_CLIENT, ("system", 104): _SYSTEM_104,
}
# Sigma's m365 exchange / threat_management rules name the Unified Audit Log fields the way
# the Management Activity API's SIEM feed does.
_M365: Mapping_ = {"eventSource": ("eventSource", "Workload"),
                   "eventName": ("eventName", "Operation"),
                   "status": ("status", "ResultStatus", "Status")}
_M365_ALERTS: Mapping_ = {**_M365, "eventName": ("eventName", "Name", "Operation")}
_M365_SERVICES = {"exchange": "exchange", "securitycompliancecenter": "threat_management",
                  "azureactivedirectory": "audit", "sharepoint": "audit", "onedrive": "audit"}
_WEB_MODULES = {"apache", "nginx", "iis", "webserver"}
_NO_MAPPING: Mapping_ = {}


@dataclass(frozen=True)
class Route:
    """An event's logsource as rules see it; events with equal routes share candidate rules."""

    product: str | None
    services: frozenset[str]
    categories: frozenset[str]
    event_id: str | None
    mapping: Mapping_
    nested: bool  # cloud JSON flattened with dots: a rule may name a parent object

    def key(self) -> tuple[Any, ...]:
        return (self.product, self.services, self.categories, self.event_id, id(self.mapping))


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _lower(value: Any) -> str | None:
    return value.lower() if isinstance(value, str) and value else None


def windows_route(raw: Mapping[str, Any], service: str | None) -> Route:
    channel = _lower(raw.get("Channel")) or ""
    services = set(CHANNEL_SERVICES.get(channel, ()))
    for prefix, name in _CHANNEL_PREFIX_SERVICE.items():
        if channel.startswith(prefix):
            services.add(name)
    if service:
        services.add(service)
    if not services and channel:
        services.add(channel.removeprefix("microsoft-windows-").split("/")[0].replace(" ", "-"))
    eid = _int(raw.get("EventID"))
    categories: tuple[str, ...] = ()
    mapping = _NO_MAPPING
    if "sysmon" in services and eid is not None:
        categories = _SYSMON.get(eid, ())
        if eid == 12:
            kind = str(raw.get("EventType", "")).lower()
            categories = ("registry_delete" if kind.startswith("delete") else "registry_add",
                          "registry_event")
    else:
        for name in services:
            categories = _OTHER.get((name, eid), categories)
            mapping = _MAPPINGS.get((name, eid), mapping)
    return Route("windows", frozenset(services), frozenset(categories),
                 None if eid is None else str(eid), mapping, False)


def route_of(event: Mapping[str, Any]) -> Route:
    """The logsource of one normalized event."""
    product = _lower(event.get("leakscope.logsource.product"))
    service = _lower(event.get("leakscope.logsource.service"))
    category = _lower(event.get("leakscope.logsource.category"))
    raw = event.get(RAW)
    raw = raw if isinstance(raw, dict) else {}
    module = _lower(event.get("event.module"))
    if product == "windows" or (product is None and "Channel" in raw and "EventID" in raw):
        return windows_route(raw, service)
    categories = {category} if category else set()
    if module in _WEB_MODULES or category == "webserver":
        categories.add("webserver")
    services = {service} if service else set()
    if product == "linux" and service == "auth":
        program = _lower(raw.get("program") or raw.get("process.name") or
                         event.get("process.name"))
        if program:
            services.add(program)
    mapping = _WEBSERVER if "webserver" in categories else _NO_MAPPING
    if product == "m365":
        workload = _lower(raw.get("Workload")) or ""
        if workload in _M365_SERVICES:
            services.add(_M365_SERVICES[workload])
        mapping = _M365_ALERTS if workload == "securitycompliancecenter" else _M365
    return Route(product, frozenset(services), frozenset(categories), None, mapping,
                 product in {"aws", "azure", "m365", "gcp"})


def rule_applies(logsource: tuple[str | None, str | None, str | None], route: Route) -> bool:
    """Sigma semantics: every logsource term the rule names must hold for the event."""
    product, service, category = logsource
    if product is not None and product != route.product:
        return False
    if service is not None and service not in route.services:
        return False
    return category is None or category in route.categories
