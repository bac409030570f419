"""Web and Windows logs of the incident: a normal day, then scan, SQLi, webshell, RDP brute
force, exfiltration through the webshell, and the Security log cleared."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

JST = ZoneInfo("Asia/Tokyo")
ATTACKER = "203.0.113.45"
WEBSHELL = "/uploads/img_2291.php"
PAGES = ("/", "/products.php?id={n}", "/category.php?c={n}", "/cart.php", "/css/site.css",
         "/js/app.js", "/images/item{n}.jpg", "/login.php", "/mypage.php")
BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
)
SCANNER_PATHS = ("/admin/", "/phpmyadmin/", "/.env", "/wp-login.php", "/backup.zip",
                 "/config.php.bak", "/.git/config", "/server-status", "/test.php", "/old/")


@dataclass(frozen=True)
class Story:
    """When each step of the attack happened (JST), for the demo's narration and tests."""

    day: datetime
    scan: datetime
    sqli: datetime
    webshell: datetime
    brute_force: datetime
    rdp_success: datetime
    exfiltration: datetime
    log_cleared: datetime


def story(day: datetime) -> Story:
    night = day + timedelta(days=1)
    return Story(day, night.replace(hour=2, minute=10), night.replace(hour=2, minute=20),
                 night.replace(hour=2, minute=31), night.replace(hour=2, minute=40),
                 night.replace(hour=2, minute=46), night.replace(hour=2, minute=52),
                 night.replace(hour=3, minute=20))


def _clf(ip: str, when: datetime, method: str, url: str, status: int, size: int,
         agent: str) -> str:
    stamp = when.strftime("%d/%b/%Y:%H:%M:%S %z")
    return f'{ip} - - [{stamp}] "{method} {url} HTTP/1.1" {status} {size} "-" "{agent}"'


def access_log(plot: Story, seed: int) -> str:
    rng = random.Random(seed)
    clients = [f"198.51.100.{i}" for i in range(10, 60)]
    lines: list[tuple[datetime, str]] = []
    for _ in range(1800):  # the normal day, 09:00-23:00
        when = plot.day.replace(hour=9) + timedelta(seconds=rng.randint(0, 14 * 3600))
        url = rng.choice(PAGES).format(n=rng.randint(1, 300))
        lines.append((when, _clf(rng.choice(clients), when, "GET", url, 200,
                                 rng.randint(800, 40000), rng.choice(BROWSERS))))
    nikto = "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:Port Check)"
    for i in range(120):  # the scanner: two requests a second, mostly 404
        when = plot.scan + timedelta(seconds=i // 2)
        path = SCANNER_PATHS[i % len(SCANNER_PATHS)] + ("" if i < 10 else f"?probe={i}")
        lines.append((when, _clf(ATTACKER, when, "GET", path, 404, 312, nikto)))
    sqlmap = "sqlmap/1.8.4#stable (https://sqlmap.org)"
    for i, payload in enumerate((
        "1'", "1 AND 1=1", "1' UNION SELECT NULL,NULL,NULL--",
        "1' UNION SELECT login_id,password,NULL FROM admin_users--",
        "1' UNION SELECT name,email,card_no FROM customers--",
    )):
        when = plot.sqli + timedelta(seconds=20 * i)
        url = "/products.php?id=" + payload.replace(" ", "%20").replace("'", "%27")
        lines.append((when, _clf(ATTACKER, when, "GET", url, 200 if i else 500,
                                 5200 + 900 * i, sqlmap)))
    curl = "curl/8.5.0"
    when = plot.webshell - timedelta(minutes=2)
    lines.append((when, _clf(ATTACKER, when, "POST", "/admin/upload.php", 200, 88, curl)))
    for i in range(6):
        when = plot.webshell + timedelta(seconds=40 * i)
        lines.append((when, _clf(ATTACKER, when, "POST", WEBSHELL, 200, 150 + 37 * i, curl)))
    for i, name in enumerate(("customers.csv", "card_payments.csv", "members_all.sql")):
        when = plot.exfiltration + timedelta(minutes=6 * i)
        size = rng.randint(48, 70) * 1024 * 1024
        lines.append((when, _clf(ATTACKER, when, "GET", f"{WEBSHELL}?dl={name}", 200, size,
                                 curl)))
    lines.sort()
    return "\n".join(line for _, line in lines) + "\n"


def _win_event(record: int, when: datetime, event_id: int, data: dict, user_data=None) -> dict:
    system = {
        "Provider": {"#attributes": {"Name": "Microsoft-Windows-Security-Auditing"
                                     if event_id != 1102 else "Microsoft-Windows-Eventlog"}},
        "EventID": event_id, "Version": 0, "Level": 0, "Task": 12544, "Opcode": 0,
        "Keywords": "0x8020000000000000" if event_id == 4624 else "0x8010000000000000",
        "TimeCreated": {"#attributes": {
            "SystemTime": when.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%S.%fZ")}},
        "EventRecordID": record, "Correlation": None,
        "Execution": {"#attributes": {"ProcessID": 612, "ThreadID": 1480}},
        "Channel": "Security", "Computer": "FS01.corp.sample-shop.example", "Security": None,
    }
    event = {"#attributes": {"xmlns": "http://schemas.microsoft.com/win/2004/08/events/event"},
             "System": system}
    if user_data is not None:
        event["UserData"] = user_data
    else:
        event["EventData"] = data
    return {"Event": event}


def _logon(user: str, ip: str, logon_type: int, ok: bool) -> dict:
    data = {"SubjectUserSid": "S-1-0-0", "TargetUserName": user, "TargetDomainName": "CORP",
            "LogonType": logon_type, "WorkstationName": "-", "IpAddress": ip, "IpPort": "0",
            "LogonProcessName": "User32 " if logon_type == 10 else "NtLmSsp ",
            "AuthenticationPackageName": "Negotiate"}
    if not ok:
        data.update({"Status": "0xc000006d", "SubStatus": "0xc000006a",
                     "FailureReason": "%%2313"})
    return data


def security_events(plot: Story, seed: int) -> str:
    """Security.evtx as `evtx_dump -o jsonl` prints it: one {"Event": ...} per line."""
    rng = random.Random(seed)
    staff = ["tanaka", "suzuki", "sato", "takahashi", "ito"]
    events: list[tuple[datetime, int, dict, object]] = []
    for _ in range(60):
        when = plot.day.replace(hour=8, minute=30) + timedelta(seconds=rng.randint(0, 10 * 3600))
        events.append((when, 4624, _logon(rng.choice(staff), f"10.0.0.{rng.randint(20, 80)}",
                                          3, True), None))
    for i in range(25):
        when = plot.brute_force + timedelta(seconds=12 * i)
        events.append((when, 4625, _logon("administrator", ATTACKER, 10, False), None))
    events.append((plot.rdp_success, 4624, _logon("administrator", ATTACKER, 10, True), None))
    cleared = {"LogFileCleared": {"SubjectUserSid": "S-1-5-21-1000-500",
                                  "SubjectUserName": "administrator",
                                  "SubjectDomainName": "CORP", "SubjectLogonId": "0x3e7a1"}}
    events.append((plot.log_cleared, 1102, {}, cleared))
    events.sort(key=lambda e: e[0])
    lines = [json.dumps(_win_event(n, when, eid, data, user), ensure_ascii=False)
             for n, (when, eid, data, user) in enumerate(events, 5001)]
    return "\n".join(lines) + "\n"


def write_logs(root: Path, plot: Story, seed: int) -> list[Path]:
    (root / "web").mkdir(parents=True, exist_ok=True)
    (root / "windows").mkdir(exist_ok=True)
    web = root / "web" / "access.log"
    web.write_text(access_log(plot, seed), encoding="utf-8")
    security = root / "windows" / "FS01_Security.jsonl"
    security.write_text(security_events(plot, seed), encoding="utf-8")
    return [web, security]
