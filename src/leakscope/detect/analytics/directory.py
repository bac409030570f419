"""Account and directory changes an intruder makes to keep access (Windows Security log).

Privileged group membership, risky account flags (password not required, never expires,
delegation, no Kerberos pre-authentication), enabled Guest, accounts renamed to look like
admins, SPNs and delegation set on accounts, AdminSDHolder / GPO / ACL edits, user rights
granted, and file shares created or opened wide.  Each is one detection on its event.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from leakscope.detect.analytics.base import Event, analytic_detection, raw_of
from leakscope.detect.model import Detection

PERSIST = ["attack.persistence", "attack.t1098"]
PRIVILEGED_GROUP = re.compile(
    r"admin|operators|exchange|dnsadmins|group policy creator|remote desktop|"
    r"enterprise key|key admins|cert publishers", re.IGNORECASE)
RISKY_FLAGS = {"2082": "password not required", "2089": "password never expires",
               "2090": "reversible password encryption", "2092": "trusted for delegation",
               "2094": "DES-only Kerberos keys", "2095": "no Kerberos pre-authentication",
               "2097": "trusted to authenticate for delegation"}
SENSITIVE_ATTRIBUTES = {
    "ntsecuritydescriptor": "permissions changed", "serviceprincipalname": "SPN set",
    "msds-allowedtoactonbehalfofotheridentity": "resource-based delegation set",
    "msds-allowedtodelegateto": "constrained delegation set",
    "gpcfilesyspath": "GPO path changed", "gplink": "GPO linked",
    "msds-keycredentiallink": "shadow credentials added",
}
Check = Callable[[Mapping[str, Any]], tuple[str, str, str, list[str]] | None]


def _text(raw: Mapping[str, Any], key: str) -> str:
    return str(raw.get(key) or "")


def _group_member_added(raw: Mapping[str, Any]):
    group = _text(raw, "TargetUserName")
    if not PRIVILEGED_GROUP.search(group):
        return None
    member = _text(raw, "MemberName") or _text(raw, "MemberSid")
    return ("privileged-group-member-added", f"Member added to privileged group {group}",
            "high", f"{member} added to {group} by {_text(raw, 'SubjectUserName')}")


def _flags(raw: Mapping[str, Any]):
    flags = re.findall(r"%%(\d{4})", _text(raw, "UserAccountControl"))
    risky = [RISKY_FLAGS[f] for f in flags if f in RISKY_FLAGS]
    spns = _text(raw, "ServicePrincipalNames").strip()
    delegate = _text(raw, "AllowedToDelegateTo").strip()
    found = risky + (["SPN set"] if spns not in ("", "-") else []) + \
        (["constrained delegation"] if delegate not in ("", "-") else [])
    if not found:
        return None
    return ("risky-account-change", "Risky account setting: " + ", ".join(found), "high",
            f"{_text(raw, 'TargetUserName')} changed by {_text(raw, 'SubjectUserName')}")


def _guest_enabled(raw: Mapping[str, Any]):
    if _text(raw, "TargetSid").endswith("-501") or _text(raw, "TargetUserName") == "Guest":
        return ("guest-enabled", "Guest account enabled", "high",
                f"by {_text(raw, 'SubjectUserName')}")
    return None


def _renamed(raw: Mapping[str, Any]):
    new = _text(raw, "NewTargetUserName")
    if re.search(r"adm|root|svc|backup", new, re.IGNORECASE):
        return ("account-renamed", f"Account renamed to {new}", "medium",
                f"{_text(raw, 'OldTargetUserName')} -> {new}")
    return None


def _directory_object(raw: Mapping[str, Any]):
    attribute = _text(raw, "AttributeLDAPDisplayName").lower()
    dn = _text(raw, "ObjectDN")
    what = SENSITIVE_ATTRIBUTES.get(attribute)
    if "cn=adminsdholder" in dn.lower():
        what = f"AdminSDHolder {what or 'modified'}"
    elif what is None and "cn=policies" in dn.lower():
        what = "GPO modified"
    if what is None:
        return None
    return ("directory-object-changed", f"Directory change: {what}", "high",
            f"{attribute} of {dn} by {_text(raw, 'SubjectUserName')}")


def _right_granted(raw: Mapping[str, Any]):
    rights = (_text(raw, "PrivilegeList") or _text(raw, "AccessGranted")).strip()
    return ("user-right-granted", "User right or system access granted", "medium",
            f"{rights} to {_text(raw, 'TargetSid')} by {_text(raw, 'SubjectUserName')}")


def _share_changed(raw: Mapping[str, Any]):
    return ("share-changed", f"File share created or changed: {_text(raw, 'ShareName')}",
            "medium", f"{_text(raw, 'ShareLocalPath')} by {_text(raw, 'SubjectUserName')}")


def _admin_share(raw: Mapping[str, Any]):
    share = _text(raw, "ShareName").upper()
    user = _text(raw, "SubjectUserName")
    if share.endswith(("\\ADMIN$", "\\C$")) and not user.endswith("$"):
        return ("admin-share-access", f"Administrative share {share} opened remotely",
                "medium", f"{user} from {_text(raw, 'IpAddress')}")
    return None


CHECKS: dict[int, tuple[Check, list[str]]] = {
    4728: (_group_member_added, PERSIST), 4732: (_group_member_added, PERSIST),
    4756: (_group_member_added, PERSIST),
    4738: (_flags, PERSIST), 4742: (_flags, PERSIST),
    4722: (_guest_enabled, ["attack.persistence", "attack.t1078.001"]),
    4781: (_renamed, ["attack.defense-evasion", "attack.t1036"]),
    5136: (_directory_object, ["attack.persistence", "attack.t1484"]),
    4704: (_right_granted, ["attack.privilege-escalation", "attack.t1134"]),
    4717: (_right_granted, ["attack.privilege-escalation", "attack.t1134"]),
    5142: (_share_changed, ["attack.lateral-movement", "attack.t1021.002"]),
    5143: (_share_changed, ["attack.lateral-movement", "attack.t1021.002"]),
    5140: (_admin_share, ["attack.lateral-movement", "attack.t1021.002"]),
}


class DirectoryChanges:
    id = "leakscope.directory"

    def feed(self, event: Event) -> Iterable[Detection]:
        raw = raw_of(event)
        if str(raw.get("Channel", "")).lower() != "security":
            return ()
        try:
            check = CHECKS.get(int(raw.get("EventID")))
        except (TypeError, ValueError):
            return ()
        if check is None:
            return ()
        found = check[0](raw)
        if found is None:
            return ()
        name, title, level, description = found
        return [analytic_detection(f"leakscope.directory.{name}", title, level, check[1],
                                   event, [event], description)]

    def finish(self) -> Iterable[Detection]:
        return ()
