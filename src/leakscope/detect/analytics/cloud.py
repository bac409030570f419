"""Sensitive AWS API calls: what an attacker with stolen keys does to read secrets, persist,
move, hide and take data out, summarized per principal and API (one detection each).

The catalog is of CloudTrail event names whose every use deserves a look in a leak
investigation (secrets read, snapshots shared, keys and logins created, logging removed);
volume-sensitive calls (GetSecretValue, GetPasswordData, ...) report their count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from leakscope.detect.analytics.base import Event, analytic_detection, raw_of
from leakscope.detect.model import Detection

_CRED = ["attack.credential-access"]
_PERSIST = ["attack.persistence"]
_EXFIL = ["attack.exfiltration"]
_EVADE = ["attack.defense-evasion"]
_EXEC = ["attack.execution"]
_LATERAL = ["attack.lateral-movement"]
# eventName (without the Lambda API version suffix) -> (title, level, tags)
CATALOG: dict[str, tuple[str, str, list[str]]] = {
    "GetPasswordData": ("EC2 Windows password data retrieved", "high", [*_CRED, "attack.t1552"]),
    "GetSecretValue": ("Secrets Manager secrets read", "medium", [*_CRED, "attack.t1555"]),
    "BatchGetSecretValue": ("Secrets Manager secrets read in batch", "high",
                            [*_CRED, "attack.t1555"]),
    "GetParameters": ("SSM parameters read", "low", [*_CRED, "attack.t1552"]),
    "GetParameter": ("SSM parameter read", "low", [*_CRED, "attack.t1552"]),
    "SendCommand": ("SSM command run on instances", "medium", [*_EXEC, "attack.t1651"]),
    "StartSession": ("SSM session started on an instance", "medium", [*_EXEC, "attack.t1651"]),
    "DeleteResolverQueryLogConfig": ("Route 53 resolver query logging deleted", "high",
                                     [*_EVADE, "attack.t1562.008"]),
    "LeaveOrganization": ("Account left its AWS Organization", "high",
                          [*_EVADE, "attack.t1666"]),
    "DeleteFlowLogs": ("VPC flow logs deleted", "high", [*_EVADE, "attack.t1562.008"]),
    "DescribeInstanceAttribute": ("EC2 instance attribute (user data) read", "low",
                                  ["attack.discovery", "attack.t1552.005"]),
    "RunInstances": ("EC2 instances launched", "low", [*_EXEC, "attack.t1578.002"]),
    "ModifyInstanceAttribute": ("EC2 instance attribute (user data) changed", "medium",
                                [*_EXEC, "attack.t1059"]),
    "AuthorizeSecurityGroupIngress": ("Security group opened for ingress", "medium",
                                      [*_EVADE, "attack.t1562.007"]),
    "ModifyImageAttribute": ("AMI shared (launch permission changed)", "high",
                             [*_EXFIL, "attack.t1537"]),
    "ModifySnapshotAttribute": ("EBS snapshot shared", "high", [*_EXFIL, "attack.t1537"]),
    "ModifyDBSnapshotAttribute": ("RDS snapshot shared", "high", [*_EXFIL, "attack.t1537"]),
    "InvokeModel": ("Bedrock model invoked", "low", ["attack.impact", "attack.t1496"]),
    "SendSSHPublicKey": ("EC2 Instance Connect SSH key pushed", "medium",
                         [*_LATERAL, "attack.t1021.004"]),
    "SendSerialConsoleSSHPublicKey": ("EC2 serial console SSH key pushed", "high",
                                      [*_LATERAL, "attack.t1021.004"]),
    "EnableSerialConsoleAccess": ("EC2 serial console access enabled", "medium",
                                  [*_LATERAL, "attack.t1021"]),
    "UpdateAssumeRolePolicy": ("IAM role trust policy changed", "high",
                               [*_PERSIST, "attack.t1098"]),
    "CreateAccessKey": ("IAM access key created", "medium", [*_PERSIST, "attack.t1098.001"]),
    "CreateUser": ("IAM user created", "medium", [*_PERSIST, "attack.t1136.003"]),
    "AttachUserPolicy": ("IAM policy attached to a user", "medium", [*_PERSIST, "attack.t1098"]),
    "CreateRole": ("IAM role created", "low", [*_PERSIST, "attack.t1098"]),
    "AttachRolePolicy": ("IAM policy attached to a role", "medium", [*_PERSIST, "attack.t1098"]),
    "CreateLoginProfile": ("IAM console password created for a user", "high",
                           [*_PERSIST, "attack.t1098"]),
    "UpdateLoginProfile": ("IAM console password changed for a user", "high",
                           ["attack.privilege-escalation", "attack.t1098"]),
    "AddPermission": ("Lambda function permission added (possible public access)", "medium",
                      [*_PERSIST, "attack.t1546"]),
    "UpdateFunctionCode": ("Lambda function code overwritten", "medium",
                           [*_PERSIST, "attack.t1546"]),
    "UpdateFunctionConfiguration": ("Lambda function configuration changed", "low",
                                    [*_PERSIST, "attack.t1546"]),
    "CreateTrustAnchor": ("IAM Roles Anywhere trust anchor created", "high",
                          [*_PERSIST, "attack.t1098"]),
    "GetFederationToken": ("STS federation token issued", "medium",
                           [*_PERSIST, "attack.t1550.001"]),
}


def api_name(event_name: str) -> str:
    """Lambda logs versioned names (UpdateFunctionCode20150331v2): drop the version."""
    return event_name.rstrip("v0123456789") if event_name[-1:].isdigit() else event_name


class SensitiveCloudApi:
    id = "leakscope.cloud"

    def __init__(self) -> None:
        self._calls: dict[tuple[str, str], list[Event]] = defaultdict(list)
        self._counts: dict[tuple[str, str], int] = defaultdict(int)

    def feed(self, event: Event) -> Iterable[Detection]:
        raw = raw_of(event)
        name = raw.get("eventName")
        if not isinstance(name, str) or not name:
            return ()
        api = api_name(name)
        if api not in CATALOG:
            return ()
        who = str(raw.get("userIdentity.arn") or event.get("user.name") or "?")
        key = (who, api)
        self._counts[key] += 1
        if len(self._calls[key]) < 50:
            self._calls[key].append(event)
        return ()

    def finish(self) -> Iterable[Detection]:
        for (who, api), events in self._calls.items():
            title, level, tags = CATALOG[api]
            count = self._counts[(who, api)]
            failed = sum(1 for e in events if e.get("event.outcome") == "failure")
            yield analytic_detection(
                f"leakscope.cloud.{api}", f"AWS: {title}", level, tags, events[0], events,
                f"{who} called {api} {count} time(s)"
                + (f" ({failed} failed)" if failed else ""), entity={"principal": who})
