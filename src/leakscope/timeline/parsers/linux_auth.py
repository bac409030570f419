"""What a Linux auth message says: sshd logons and failures, sudo, su, account changes.

Shared by the syslog text parser and the journald JSON parser, which carry the same messages.
"""

from __future__ import annotations

import re
from typing import Any

_SSH_RESULT = re.compile(
    r"^(?P<result>Accepted|Failed) (?P<method>\S+) for (?:invalid user )?(?P<user>.*?) "
    r"from (?P<ip>\S+) port (?P<port>\d+)")
_SSH_INVALID = re.compile(r"^Invalid user (?P<user>.*?) from (?P<ip>\S+)(?: port (?P<port>\d+))?")
_SSH_CLOSED = re.compile(
    r"^(?:Connection closed|Disconnected) (?:by|from) (?:(?:authenticating|invalid) user "
    r"(?P<user>\S+) |user (?P<user2>\S+) )?(?P<ip>[0-9a-fA-F:.]+) port (?P<port>\d+)")
_PAM_FAIL = re.compile(r"authentication failure;.*?rhost=(?P<ip>\S*)(?:\s+user=(?P<user>\S+))?")
_SUDO = re.compile(r"^\s*(?P<user>\S+) : (?:(?P<reason>.*?) ; )?TTY=\S+ ; PWD=\S+ ; "
                   r"USER=(?P<target>\S+) ;(?: COMMAND=(?P<command>.*))?")
_SESSION = re.compile(r"session (?P<state>opened|closed) for user (?P<user>[^\s(]+)")
_NEW_USER = re.compile(r"new user: name=(?P<user>[^,\s]+)")
_SU_FAIL = re.compile(r"FAILED (?:SU|su) (?:\(to (?P<target>\S+)\) )?(?P<user>\S+)")

#: Programs whose messages go to auth.log / secure: their Sigma service is "auth" wherever
#: they were logged (the detect engine adds the program, e.g. "sshd", as a second service).
AUTH_PROGRAMS = frozenset({"sshd", "sudo", "su", "login", "passwd", "chpasswd", "useradd",
                           "userdel", "usermod", "groupadd", "gpasswd", "systemd-logind",
                           "polkitd", "pkexec", "unix_chkpwd", "sshd-session"})


def auth_fields(program: str, message: str) -> dict[str, Any]:
    """ECS fields (action, outcome, user, source) read from one auth message."""
    if program == "sshd":
        if m := _SSH_RESULT.match(message):
            ok = m["result"] == "Accepted"
            return {"event.action": "ssh-login" if ok else "ssh-login-failed",
                    "event.outcome": "success" if ok else "failure",
                    "event.category": "authentication", "user.name": m["user"],
                    "source.ip": m["ip"], "source.port": m["port"]}
        if m := _SSH_INVALID.match(message):
            return {"event.action": "ssh-invalid-user", "event.outcome": "failure",
                    "event.category": "authentication", "user.name": m["user"],
                    "source.ip": m["ip"], "source.port": m["port"]}
        if m := _SSH_CLOSED.match(message):
            return {"event.action": "ssh-disconnect", "user.name": m["user"] or m["user2"],
                    "source.ip": m["ip"], "source.port": m["port"]}
    if m := _PAM_FAIL.search(message):
        return {"event.action": "auth-failure", "event.outcome": "failure",
                "event.category": "authentication", "user.name": m["user"],
                "source.ip": m["ip"] or None}
    if program == "sudo" and (m := _SUDO.match(message)):
        return {"event.action": "sudo", "event.category": "process",
                "event.outcome": "failure" if m["reason"] else "success",
                "user.name": m["user"], "process.command_line": m["command"]}
    if m := _SU_FAIL.search(message):
        return {"event.action": "su-failed", "event.outcome": "failure",
                "event.category": "authentication", "user.name": m["user"]}
    if m := _SESSION.search(message):
        return {"event.action": f"session-{m['state']}", "event.category": "session",
                "user.name": m["user"], "event.outcome": "success"}
    if m := _NEW_USER.search(message):
        return {"event.action": "user-created", "event.category": "iam",
                "user.name": m["user"], "event.outcome": "success"}
    return {}
