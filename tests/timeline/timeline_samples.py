# ruff: noqa: E501  (sample log lines are kept verbatim, as the servers write them)
"""Generated logs of every supported format (small, realistic, deterministic)."""

from __future__ import annotations

import gzip
import json
import os
from datetime import UTC, datetime
from pathlib import Path

AUTH_LOG = """\
Mar  3 10:00:01 web01 sshd[811]: Failed password for invalid user admin from 203.0.113.9 port 50122 ssh2
Mar  3 10:00:03 web01 sshd[811]: Failed password for root from 203.0.113.9 port 50124 ssh2
Mar  3 10:00:09 web01 sshd[812]: Accepted password for deploy from 203.0.113.9 port 50130 ssh2
Mar  3 10:00:09 web01 sshd[812]: pam_unix(sshd:session): session opened for user deploy(uid=1001) by (uid=0)
Mar  3 10:01:00 web01 sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/tar czf /tmp/c.tgz /srv/customers
Mar  3 10:02:00 web01 sshd[812]: Disconnected from user deploy 203.0.113.9 port 50130
"""

RFC5424 = """\
<38>1 2024-03-03T10:00:09.123456+09:00 web01 sshd 812 - - Accepted publickey for ops from 198.51.100.7 port 4022 ssh2
<86>1 2024-03-03T10:05:00Z web01 sudo - - [meta x="1"] ops : TTY=pts/1 ; PWD=/ ; USER=root ; COMMAND=/bin/cat /etc/shadow
"""

MAIL_LOG = """\
Mar  3 11:00:00 mx postfix/smtpd[100]: connect from unknown[192.0.2.44]
Mar  3 11:00:01 mx postfix/smtpd[100]: warning: unknown[192.0.2.44]: SASL LOGIN authentication failed: UGFzc3dvcmQ6
Mar  3 11:00:05 mx postfix/smtpd[101]: 4BqT3x0HZ1z9sWq: client=unknown[192.0.2.45], sasl_method=LOGIN, sasl_username=sales
Mar  3 11:00:06 mx postfix/qmgr[99]: 4BqT3x0HZ1z9sWq: from=<sales@example.jp>, size=2048, nrcpt=1 (queue active)
Mar  3 11:00:07 mx postfix/smtp[102]: 4BqT3x0HZ1z9sWq: to=<drop@evil.example>, relay=evil.example[198.51.100.1]:25, delay=1, dsn=2.0.0, status=sent (250 ok)
"""

ACCESS_LOG = """\
203.0.113.9 - - [03/Mar/2024:10:00:00 +0900] "GET /index.php HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
203.0.113.9 - - [03/Mar/2024:10:00:01 +0900] "GET /search?q=1'%20OR%201=1-- HTTP/1.1" 500 12 "-" "sqlmap/1.7"
203.0.113.9 - alice [03/Mar/2024:10:00:02 +0900] "POST /admin/export.php HTTP/1.1" 200 9876543 "https://shop.example/admin" "curl/8.0"
198.51.100.2 - - [03/Mar/2024:10:00:03 +0900] "\\x16\\x03\\x01" 400 0 "-" "-"
"""

IIS_LOG = """\
#Software: Microsoft Internet Information Services 10.0
#Version: 1.0
#Date: 2024-03-03 01:00:00
#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status sc-bytes time-taken
2024-03-03 01:00:00 10.0.0.5 GET /owa/auth/logon.aspx - 443 - 203.0.113.9 Mozilla/5.0+(Windows+NT+10.0) - 200 0 0 5120 15
2024-03-03 01:00:05 10.0.0.5 POST /aspnet_client/shell.aspx cmd=whoami 443 - 203.0.113.9 python-requests/2.31 - 200 0 0 77 3
"""

EXCHANGE_LOG = """\
#Software: Microsoft Exchange Server
#Version: 15.02.1118.007
#Log-type: Message Tracking Log
#Date: 2024-03-03T02:00:00.000Z
#Fields: date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data,transport-traffic-type,log-id,schema-version
2024-03-03T02:00:00.123Z,10.0.0.9,EX01,10.0.0.5,EX01,,,SMTP,SEND,1,<a@example.jp>,n1,Partner@Outside.example,250 OK,1048576,1,,,顧客リスト,Tanaka@Example.jp,tanaka@example.jp,,Originating,,,,,,l1,15.02
"""


def cloudtrail_records() -> dict:
    return {"Records": [
        {"eventVersion": "1.08", "eventTime": "2024-03-03T01:00:00Z",
         "eventSource": "s3.amazonaws.com", "eventName": "GetObject",
         "awsRegion": "ap-northeast-1", "sourceIPAddress": "203.0.113.9",
         "userAgent": "aws-cli/2", "recipientAccountId": "111122223333",
         "userIdentity": {"type": "IAMUser", "userName": "backup",
                          "arn": "arn:aws:iam::111122223333:user/backup"},
         "requestParameters": {"bucketName": "customers", "key": "export/all.csv"},
         "additionalEventData": {"bytesTransferredOut": 7340032}},
        {"eventVersion": "1.08", "eventTime": "2024-03-03T01:05:00Z",
         "eventSource": "signin.amazonaws.com", "eventName": "ConsoleLogin",
         "awsRegion": "us-east-1", "sourceIPAddress": "203.0.113.9",
         "userIdentity": {"type": "IAMUser", "userName": "backup"},
         "responseElements": {"ConsoleLogin": "Failure"}, "errorMessage": "Failed"},
    ]}


def m365_audit(n: int = 3) -> list[dict]:
    return [{"CreationTime": f"2024-03-03T03:00:0{i}", "Id": f"id{i}",
             "Operation": "FileDownloaded", "RecordType": 6, "Workload": "SharePoint",
             "UserId": "sato@example.jp", "ClientIP": "203.0.113.9:5123",
             "ObjectId": f"https://example.sharepoint.com/sites/hr/顧客{i}.xlsx",
             "SourceFileName": f"顧客{i}.xlsx", "SourceRelativeUrl": "sites/hr",
             "OrganizationId": "org1", "UserAgent": "OneDriveMpc"} for i in range(n)]


def entra_signins() -> dict:
    return {"value": [
        {"createdDateTime": "2024-03-03T04:00:00Z", "userPrincipalName": "sato@example.jp",
         "appDisplayName": "Office 365", "ipAddress": "203.0.113.9",
         "status": {"errorCode": 50126, "failureReason": "Invalid username or password"},
         "location": {"city": "Lagos", "countryOrRegion": "NG"}},
        {"createdDateTime": "2024-03-03T04:01:00Z", "userPrincipalName": "sato@example.jp",
         "appDisplayName": "Office 365", "ipAddress": "203.0.113.9",
         "status": {"errorCode": 0}, "location": {"countryOrRegion": "NG"}},
    ]}


def write_all(root: Path) -> dict[str, Path]:
    """Write one sample of each format under `root`; return name -> path."""
    root.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}

    def put(name: str, data: str | bytes) -> Path:
        path = root / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        files[name] = path
        return path

    auth = put("auth.log", AUTH_LOG)
    stamp = datetime(2024, 3, 10, tzinfo=UTC).timestamp()
    os.utime(auth, (stamp, stamp))
    put("rfc5424.log", RFC5424)
    mail = put("mail.log", MAIL_LOG)
    os.utime(mail, (stamp, stamp))
    put("nginx_access.log", ACCESS_LOG)
    put("quoted_access.log", "".join(
        '"' + line.replace('"', '\\"') + '"\n' for line in ACCESS_LOG.splitlines()))
    put("u_ex240303.log", IIS_LOG)
    put("MSGTRK2024030302-1.LOG", EXCHANGE_LOG)
    put("cloudtrail.json.gz", gzip.compress(json.dumps(cloudtrail_records()).encode()))
    put("cloudtrail.jsonl", "\n".join(json.dumps(r) for r in cloudtrail_records()["Records"]))
    audit = m365_audit()
    put("m365.json", json.dumps(audit, ensure_ascii=False))
    csv_lines = ["CreationDate,UserIds,Operations,AuditData"] + [
        f'{a["CreationTime"]},{a["UserId"]},{a["Operation"]},"'
        + json.dumps(a, ensure_ascii=False).replace('"', '""') + '"' for a in audit]
    put("m365.csv", "\ufeff" + "\n".join(csv_lines) + "\n")
    put("entra_signins.json", json.dumps(entra_signins()))
    put("entra_signins.csv", "Date (UTC),Request ID,User,Username,Application,IP address,"
        "Status,Sign-in error code,Failure reason\n"
        "2024-03-03T04:00:00Z,r1,Sato,sato@example.jp,Office 365,203.0.113.9,Failure,50126,"
        "Invalid username or password\n"
        "2024-03-03T04:01:00Z,r2,Sato,sato@example.jp,Office 365,203.0.113.9,Success,0,\n")
    put("journal.json", "\n".join(json.dumps(r) for r in [
        {"__REALTIME_TIMESTAMP": "1709427609000000", "_HOSTNAME": "web01",
         "SYSLOG_IDENTIFIER": "sshd", "_PID": "812",
         "MESSAGE": "Failed password for root from 203.0.113.9 port 50124 ssh2"},
        {"__REALTIME_TIMESTAMP": "1709427610000000", "_HOSTNAME": "web01",
         "SYSLOG_IDENTIFIER": "sshd", "MESSAGE": list(b"Accepted password for deploy from "
                                                       b"203.0.113.9 port 1 ssh2")}]))
    put("evtx_export.xml", """<?xml version="1.0" encoding="utf-8"?>
<Events><Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System>
<Provider Name="Microsoft-Windows-Security-Auditing" Guid="{54849625}"/><EventID>4625</EventID>
<TimeCreated SystemTime="2024-03-03T05:00:00.1234567Z"/><EventRecordID>77</EventRecordID>
<Channel>Security</Channel><Computer>DC01.corp.local</Computer></System><EventData>
<Data Name="TargetUserName">administrator</Data><Data Name="TargetDomainName">CORP</Data>
<Data Name="LogonType">3</Data><Data Name="IpAddress">203.0.113.9</Data>
<Data Name="IpPort">50200</Data></EventData></Event></Events>""")
    put("evtx_export.jsonl", json.dumps({"Event": {"System": {
        "Provider": {"#attributes": {"Name": "Microsoft-Windows-Sysmon"}},
        "EventID": 1, "EventRecordID": 5, "Channel": "Microsoft-Windows-Sysmon/Operational",
        "Computer": "WS01", "TimeCreated": {"#attributes": {"SystemTime":
                                                          "2024-03-03T05:01:00Z"}}},
        "EventData": {"Image": "C:\\Windows\\System32\\rundll32.exe",
                      "CommandLine": "rundll32.exe comsvcs.dll, MiniDump 624 lsass.dmp full",
                      "User": "CORP\\suzuki"}}}) + "\n")
    put("app.csv", "time,login_id,client,operation\n"
        "2024/03/03 14:00:00,yamada,203.0.113.9,顧客CSV出力\n")
    put("app_mapping.yaml", "format: csv\ndataset: shop.admin\n"
        "logsource: {product: shop, service: admin}\n"
        "timestamp: {field: time, format: '%Y/%m/%d %H:%M:%S', timezone: Asia/Tokyo}\n"
        "fields:\n  user.name: login_id\n  source.ip: client\n  event.action: operation\n")
    return files
