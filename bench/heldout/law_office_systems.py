"""What the office's systems hold: the case system's CP932 export, the 預り金 全銀 transfer
written as CSV (half-width kana), the client portal's access log (JSONL) and user export (TSV),
the case database's PostgreSQL dump (個人番号 of bankruptcy and rehabilitation clients) and the
September backup zip (the old client list, an old 接見メモ, a README)."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime, timedelta, timezone

from .japanese import bank_kana, half_width_kana, wareki_short
from .law_office_letters import criminal_memo
from .law_office_people import Office
from .law_office_tables import HIRA
from .share import csv_text, sql_quote


def export(o: Office) -> None:
    rel = "04_エクスポート/事件一覧_20241105.csv"
    rng = o.rng
    rows = [
        [
            "管理番号",
            "事件番号",
            "事件種別",
            "依頼者氏名",
            "依頼者カナ",
            "生年月日",
            "電話番号",
            "郵便番号",
            "住所",
            "受任日",
            "担当弁護士",
            "着手金",
            "預り金残高",
        ]
    ]
    for c in o.clients:
        name = c.name("") if rng.random() < 0.5 else c.name()
        kana = half_width_kana(c.kana()) if rng.random() < 0.5 else c.kana()
        born = c.born.strftime("%Y/%m/%d")
        tel = o.phone(c.mobile, "none")
        postal = c.addr.postal.replace("-", "")
        ad = o.where(c, "hy")
        rows.append(
            [
                c.kanri,
                c.caseno,
                c.kind,
                name,
                kana,
                born,
                tel,
                postal,
                ad,
                c.ukenin.strftime("%Y/%m/%d"),
                c.lawyer.name(""),
                c.fee,
                rng.randint(0, 30) * 10000,
            ]
        )
        o.person_fields(rel, c, name=name, kana=kana, birth=born, phone=tel, postal=postal, addr=ad)
        o.add(rel, "person_name", c.lawyer.name(""), c.lawyer.id, neutral=True)
    o.share.write(rel, csv_text(rows), "cp932")


def transfer(o: Office) -> None:
    rel = "05_経理/総合振込_預り金返還_202410.csv"
    rng = o.rng
    lines = [
        f"1,21,0,{o.office['corp'][:10]},ｱｵﾊﾞｿｳｺﾞｳﾎｳﾘﾂｼﾞﾑｼﾖ,1025,0005,ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ,001,ｼﾝｼﾞﾕｸ,1,1234567"
    ]
    o.add(rel, "bank_account", "1234567", "ORG", neutral=True)
    total = 0
    for c in rng.sample(o.clients, 10):
        amount = rng.randint(1, 40) * 5000
        total += amount
        name = bank_kana(c.kana())
        lines.append(
            f"2,{c.bank[1]},{c.bank[2]},{c.branch[1]},,1,{c.acct},{name},{amount},0,{c.kanri[:10]},"
        )
        o.add(rel, "person_name", name, c.id)
        o.add(rel, "bank_account", c.acct, c.id)
    for c in o.debtors[:3]:
        cr = c.debts[0]["cr"]
        amount = rng.randint(1, 10) * 10000
        total += amount
        payee = bank_kana("カ）" + cr["name"].replace("株式会社", ""))[:30]
        lines.append(f"2,{cr['bank'][1]},{cr['bank'][2]},001,,1,{cr['acct']},{payee},{amount},0,,")
        o.add(rel, "bank_account", cr["acct"], "ORG", neutral=True)
    lines += [f"8,{len(lines) - 1},{total},", "9,"]
    o.share.write(rel, "\r\n".join(lines) + "\r\n", "cp932")


def portal_log(o: Office) -> None:
    rel = "10_ポータル/portal_access_202411.jsonl"
    rng = o.rng
    users = rng.sample(o.clients, 14)
    t = datetime(2024, 11, 1, 0, 0, tzinfo=timezone(timedelta(hours=9)))
    lines = []
    for _ in range(70):
        t += timedelta(minutes=rng.randint(5, 400))
        if rng.random() < 0.2:
            s = rng.choice(o.staff)
            lines.append(
                {
                    "ts": t.isoformat(),
                    "ip": "203.0.113.24",
                    "user": s.work_email,
                    "role": "staff",
                    "action": rng.choice(["view_case", "upload"]),
                    "path": f"/cases/{rng.randint(1000, 9999)}",
                    "status": 200,
                }
            )
            o.add(rel, "email_address", s.work_email, s.id, neutral=True)
            o.add(rel, "ip_address", "203.0.113.24", "ORG", neutral=True)
            continue
        u = rng.choice(users)
        action = rng.choice(
            ["login", "login", "view_document", "download", "message", "login_failed"]
        )
        record = {
            "ts": t.isoformat(),
            "ip": u.ip,
            "user": u.email,
            "role": "client",
            "action": action,
            "path": "/portal/" + action,
            "status": 401 if action == "login_failed" else 200,
            "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)",
        }
        if action == "download":
            record["file"] = f"見積書_{u.kanri}.pdf"
        lines.append(record)
        o.add(rel, "ip_address", u.ip, u.id)
        o.add(rel, "email_address", u.email, u.id)
    o.share.write(rel, "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines))


def portal_users(o: Office) -> None:
    rel = "10_ポータル/users_export.tsv"
    rows = ["user_id\temail\tdisplay_name\ttel\tcreated_at\tlast_login_ip"]
    for i, c in enumerate(o.clients[:20], 1):
        tel = o.phone(c.mobile, "intl" if i % 3 == 0 else "none")
        rows.append(
            f"{1000 + i}\t{c.email}\t{c.name()}\t{tel}\t{c.ukenin.isoformat()} 10:00:00\t{c.ip}"
        )
        o.person_fields(rel, c, name=c.name(), email=c.email, phone=tel)
        o.add(rel, "ip_address", c.ip, c.id)
    o.share.write(rel, "\n".join(rows) + "\n")


def case_dump(o: Office) -> None:
    rel = "11_DB/casedb_20241031.sql"
    rng, q = o.rng, sql_quote
    lines = [
        "-- case management system dump (PostgreSQL 14)",
        "SET client_encoding = 'UTF8';",
        "",
        "CREATE TABLE clients (id integer PRIMARY KEY, kanri_no varchar(13), name text, kana text, "
        "birth_date date, tel text, email text, postal text, address text, my_number char(12));",
        "CREATE TABLE cases (id integer PRIMARY KEY, client_id integer REFERENCES clients(id), "
        "case_no text, kind text, court text, accepted_on date, lawyer_reg char(5));",
        "CREATE TABLE payments (id integer PRIMARY KEY, case_id integer REFERENCES cases(id), "
        "paid_on date, amount integer, receipt_no char(12), memo text);",
        "",
    ]
    for i, c in enumerate(o.clients, 1):
        mn = c.mynum if c.kind in ("自己破産", "個人再生") else None
        tel, ad = o.phone(c.mobile), o.where(c, "hy")
        lines.append(
            f"INSERT INTO clients VALUES ({i}, {q(c.kanri)}, {q(c.name())}, {q(c.kana())}, "
            f"{q(c.born.isoformat())}, {q(tel)}, {q(c.email)}, {q(c.addr.postal)}, {q(ad)}, "
            f"{q(mn) if mn else 'NULL'});"
        )
        o.person_fields(
            rel,
            c,
            name=c.name(),
            kana=c.kana(),
            birth=c.born.isoformat(),
            phone=tel,
            email=c.email,
            postal=c.addr.postal,
            addr=ad,
        )
        if mn:
            o.add(rel, "my_number", mn, c.id)
    lines.append("")
    for i, c in enumerate(o.clients, 1):
        lines.append(
            f"INSERT INTO cases VALUES ({i}, {i}, {q(c.caseno)}, {q(c.kind)}, {q(c.court)}, "
            f"{q(c.ukenin.isoformat())}, {q(c.lawyer.reg)});"
        )
    lines.append("")
    pid = 0
    for i, c in enumerate(o.clients, 1):
        for k in range(rng.randint(1, 3)):
            pid += 1
            day = c.ukenin + timedelta(days=30 * k + rng.randint(0, 5))
            lines.append(
                f"INSERT INTO payments VALUES ({pid}, {i}, {q(day.isoformat())}, "
                f"{rng.randint(2, 20) * 10000}, {q(o.my_number())}, "
                f"{q(rng.choice(['着手金', '分割金', '実費', '預り金']))});"
            )
    o.share.write(rel, "\n".join(lines) + "\n")


def backup(o: Office) -> None:
    rel = "12_バックアップ/backup_20240930.zip"
    inner = "旧台帳/依頼者一覧_2023.csv"
    rows = ["氏名,ふりがな,生年月日,携帯,住所,事件"]
    for c in o.clients[::2]:
        furi = c.kana().translate(HIRA)
        born = wareki_short(c.born, padded=False)
        tel = o.phone(c.mobile, "paren")
        ad = o.where(c, "kanji", pref=False)
        rows.append(f"{c.name()},{furi},{born},{tel},{ad},{c.kind}")
        o.person_fields(
            rel + "!" + inner, c, name=c.name(), kana=furi, birth=born, phone=tel, addr=ad
        )
    members = [(inner, ("\ufeff" + "\n".join(rows) + "\n").encode("utf-8"))]
    crims = o.of("刑事")
    if len(crims) > 2:
        memo = f"刑事/接見メモ_{crims[2].last}_旧.txt"
        members.append((memo, criminal_memo(o, crims[2], rel + "!" + memo).encode("utf-8")))
    members.append(
        (
            "README.txt",
            "バックアップ手順：NAS(192.168.10.5)の共有フォルダを毎月末に取得。担当：事務局\n".encode(),
        )
    )
    o.share.write_zip(rel, members, zipfile.ZIP_DEFLATED)
