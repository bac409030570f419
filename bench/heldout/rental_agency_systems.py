"""The rental agency's systems and archives: the tenant portal's SQL dump (bcrypt hashes, login
IPs, cards) and access log, the move-out settlement JSON, the renewal zip with its letters and
the residents' list with their families."""

from __future__ import annotations

import json
import zipfile
from datetime import date, timedelta

import docx

from .japanese import bank_kana, fphone
from .rental_agency_people import COMPANY, COMPANY_ADDR, COMPANY_TEL, Agency, fdate
from .share import csv_text, label_table, mysqldump_head

_BCRYPT = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def portal_dump(a: Agency) -> None:
    """tenant_portal's mysqldump: users, their login history's IPs, saved cards."""
    R = a.rng
    path = "システム/tenant_portal_20241120.sql"
    sql = [*mysqldump_head("8.0.36", "10.0.2.15", "tenant_portal"), "DROP TABLE IF EXISTS `users`;",
           "CREATE TABLE `users` (\n  `id` int NOT NULL AUTO_INCREMENT,\n  `contract_no` "
           "varchar(20),\n  `email` varchar(255) NOT NULL,\n  `password_hash` varchar(255) NOT "
           "NULL,\n  `full_name` varchar(100),\n  `phone` varchar(20),\n  `room` varchar(50),\n  "
           "`created_at` datetime,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;",
           "LOCK TABLES `users` WRITE;"]
    a.portal = R.sample(a.tenants, 24)
    values = []
    for i, t in enumerate(a.portal, 1):
        digest = "$2y$10$" + "".join(R.choice(_BCRYPT) for _ in range(53))
        name = t.name("　")
        values.append(f"({i},'{t.contract_no}','{t.email}','{digest}','{name}',"
                      f"'{fphone(t.phone, 'none')}','{t.bld['name']} {t.room}',"
                      f"'{2019 + i % 5}-0{1 + i % 9}-1{i % 9} 10:2{i % 9}:00')")
        a.add(path, "email_address", t.email, t.id)
        a.add(path, "credential", digest, t.id)
        a.add(path, "person_name", name, t.id)
        a.add(path, "phone_number", t.phone, t.id)
        a.ips[t.id] = (f"{R.choice([126, 153, 180, 219, 114, 60])}.{R.randint(0, 255)}."
                       f"{R.randint(0, 255)}.{R.randint(1, 254)}")
    a.add(path, "ip_address", "10.0.2.15", None, neutral=True)
    sql.append("INSERT INTO `users` VALUES " + ",\n".join(values) + ";")
    sql += ["UNLOCK TABLES;", "", "DROP TABLE IF EXISTS `login_history`;",
            "CREATE TABLE `login_history` (\n  `id` bigint NOT NULL AUTO_INCREMENT,\n  `user_id` "
            "int,\n  `ip` varchar(45),\n  `user_agent` varchar(255),\n  `logged_in_at` datetime,"
            "\n  PRIMARY KEY (`id`)\n);",
            "LOCK TABLES `login_history` WRITE;"]
    values = []
    for i, t in enumerate(a.portal, 1):
        for _ in range(R.randint(1, 3)):
            values.append(f"({len(values) + 1},{i},'{a.ips[t.id]}','Mozilla/5.0 (iPhone; CPU "
                          f"iPhone OS 17_1 like Mac OS X)','2024-11-{R.randint(1, 19):02d} "
                          f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:00')")
        a.add(path, "ip_address", a.ips[t.id], t.id)
    sql.append("INSERT INTO `login_history` VALUES " + ",\n".join(values) + ";")
    sql += ["UNLOCK TABLES;", "", "DROP TABLE IF EXISTS `payment_methods`;",
            "CREATE TABLE `payment_methods` (\n  `user_id` int,\n  `card_no` varchar(19),\n  "
            "`card_exp` varchar(5),\n  `holder` varchar(60)\n);",
            "LOCK TABLES `payment_methods` WRITE;"]
    values = []
    for i, t in enumerate(a.portal, 1):
        if t.card:
            holder = t.roma.upper()
            values.append(f"({i},'{t.card}','{t.card_exp}','{holder}')")
            a.add(path, "credit_card_number", t.card, t.id)
            a.add(path, "card_expiry", t.card_exp, t.id)
            a.add(path, "person_name", holder, t.id)
    if values:
        sql.append("INSERT INTO `payment_methods` VALUES " + ",\n".join(values) + ";")
    sql += ["UNLOCK TABLES;", "-- Dump completed on 2024-11-20  3:00:01"]
    a.share.write(path, "\n".join(sql) + "\n")


def portal_log(a: Agency) -> None:
    """The portal's access log (JSONL, shuffled): request ids pass Luhn (hard negatives)."""
    R = a.rng
    path = "システム/logs/portal_access_202411.jsonl"
    lines = []
    for t in a.portal[:14]:
        for _ in range(2):
            ts = (f"2024-11-{R.randint(1, 19):02d}T{R.randint(0, 23):02d}:"
                  f"{R.randint(0, 59):02d}:{R.randint(0, 59):02d}+09:00")
            lines.append(json.dumps({
                "ts": ts, "ip": a.ips[t.id], "user": t.email,
                "method": R.choice(["GET", "POST"]),
                "path": R.choice(["/mypage", "/contract/pdf", "/payment", "/inquiry/new"]),
                "status": 200, "req_id": a.luhn("5")}))
            a.add(path, "ip_address", a.ips[t.id], t.id)
            a.add(path, "email_address", t.email, t.id)
    lines.append(json.dumps({"ts": "2024-11-19T03:12:44+09:00", "ip": "10.0.2.15", "user": "batch",
                             "method": "POST", "path": "/admin/export", "status": 200,
                             "req_id": a.luhn("4")}))
    a.add(path, "ip_address", "10.0.2.15", None, neutral=True)
    R.shuffle(lines)
    a.share.write(path, "\n".join(lines) + "\n")


def move_outs(a: Agency) -> None:
    """退去精算 (JSON): the new address, a refund account whose 名義 is the tenant's kana."""
    R = a.rng
    path = "退去/退去精算_2024.json"
    records = []
    for t in R.sample(a.tenants, 8):
        new = a.address()
        out = date(2024, R.randint(3, 11), R.randint(1, 28))
        holder = bank_kana(t.kana(""))
        records.append({
            "契約番号": t.contract_no, "契約者": t.name(""),
            "物件": f"{t.bld['name']} {t.room}号室",
            "退去日": out.isoformat(), "立会日": (out - timedelta(days=2)).isoformat(),
            "転居先": {"郵便番号": new.zip, "住所": new.full()}, "連絡先": fphone(t.phone, "hy"),
            "敷金": t.rent, "原状回復費": R.randint(10, 90) * 1000,
            "返金口座": {"銀行": t.bank, "支店": t.branch, "種別": "普通", "番号": t.acct,
                     "名義": holder}})
        a.add(path, "person_name", t.name(""), t.id)
        a.add(path, "person_name", holder, t.id)
        a.add(path, "address", new.full(), t.id)
        a.add(path, "postal_code", new.postal, t.id)
        a.add(path, "phone_number", t.phone, t.id)
        a.add(path, "bank_account", t.acct, t.id)
    a.share.write(path, json.dumps({"出力日": "2024-11-30", "件数": len(records), "data": records},
                                   ensure_ascii=False, indent=2))


def residents(a: Agency) -> None:
    """入居者名簿 (TSV) from the buildings' management: tenants and their families, birth
    dates as R6.8.2."""
    R = a.rng
    path = "契約管理/入居者名簿_全物件.tsv"
    rows = [["物件名", "号室", "続柄", "氏名", "ふりがな", "生年月日", "連絡先", "車両ナンバー",
             "入居日"]]
    for t in R.sample(a.tenants, 20) + [x for x in a.tenants if x.family][:6]:
        if any(r[3] == t.name("") for r in rows):
            continue
        plate = (f"品川 300 ろ {R.randint(10, 99)}-{R.randint(10, 99)}" if R.random() < 0.3
                 else "")
        rows.append([t.bld["name"], str(t.room), "本人", t.name(""), t.kana(""),
                     fdate(t.dob, "wa1"), fphone(t.phone, "none"), plate,
                     fdate(t.move_in, "kanji")])
        a.add(path, "person_name", t.name(""), t.id)
        a.add(path, "person_name", t.kana(""), t.id)
        a.born(path, fdate(t.dob, "wa1"), t)
        a.add(path, "phone_number", t.phone, t.id)
        for f in t.family:
            rows.append([t.bld["name"], str(t.room), f.rel, f.name(""), f.kana(""),
                         fdate(f.dob, "wa1"), "", "", fdate(t.move_in, "kanji")])
            a.add(path, "person_name", f.name(""), f.id)
            a.add(path, "person_name", f.kana(""), f.id)
            a.born(path, fdate(f.dob, "wa1"), f)
    a.share.write(path, csv_text(rows, "\t"))


def renewals(a: Agency) -> None:
    """更新書類 zip: the renewal list (CSV with household members) and three renewal letters."""
    R = a.rng
    zpath = "更新書類_2025年1-3月.zip"
    due = R.sample(a.tenants, 12)
    inner = "更新書類/更新対象者一覧.csv"
    listed = f"{zpath}!{inner}"
    rows = [["契約番号", "物件名", "号室", "契約者", "契約者住所", "電話", "生年月日", "現賃料",
             "更新後賃料", "更新日", "更新料", "同居人"]]
    for t in due:
        household = "、".join(f"{f.name('')}({f.rel})" for f in t.family)
        dob = fdate(t.dob, "slash")
        rows.append([t.contract_no, t.bld["name"], str(t.room), t.name(" "), t.addr.short(),
                     fphone(t.phone, "hy"), dob, str(t.rent),
                     str(t.rent + R.choice([0, 0, 1000, 2000])), fdate(t.renew, "slash"),
                     str(t.rent), household])
        a.add(listed, "person_name", t.name(" "), t.id)
        a.add(listed, "address", t.addr.short(), t.id)
        a.add(listed, "phone_number", t.phone, t.id)
        a.born(listed, dob, t)
        for f in t.family:
            a.add(listed, "person_name", f.name(""), f.id)
    members = [(inner, csv_text(rows).encode("utf-8-sig"))]
    s1 = a.staff[1]
    for t in due[:3]:
        inner = f"更新書類/更新のご案内_{t.bld['name']}_{t.room}.docx"
        d = docx.Document()
        d.add_paragraph(f"〒{t.addr.zip}")
        d.add_paragraph(t.addr.full())
        d.add_paragraph(f"{t.name(' ')} 様")
        d.add_paragraph(f"{fdate(date(2024, 11, 25), 'wareki')}")
        d.add_paragraph(f"{COMPANY}\n{COMPANY_ADDR}\nTEL 03-5412-8870")
        d.add_heading("賃貸借契約更新のご案内", 2)
        d.add_paragraph(
            "拝啓　時下ますますご清祥のこととお慶び申し上げます。\nさて、現在ご契約中の"
            f"{t.bld['name']} {t.room}号室の賃貸借契約は"
            f"{fdate(t.renew - timedelta(days=1), 'wareki')}をもって期間満了となります。"
            "引き続きご入居の場合は、同封の更新契約書にご署名・ご捺印のうえ、"
            f"{fdate(t.renew - timedelta(days=30), 'wareki')}までにご返送ください。")
        label_table(d, [("契約番号", t.contract_no), ("現賃料", f"{t.rent:,}円"),
                        ("更新料", f"{t.rent:,}円"),
                        ("更新後期間", f"{fdate(t.renew, 'kanji')}から2年間"),
                        ("振替口座", f"{t.bank} {t.branch} 普通 ****{t.acct[-3:]}")])
        d.add_paragraph(f"担当：{s1.name(' ')}")
        members.append((inner, a.share.document_bytes(d)))
        letter = f"{zpath}!{inner}"
        a.add(letter, "address", t.addr.full(), t.id)
        a.add(letter, "postal_code", t.addr.postal, t.id)
        a.add(letter, "person_name", t.name(" "), t.id)
        a.add(letter, "person_name", s1.name(" "), s1.id)
        a.add(letter, "address", COMPANY_ADDR, None, neutral=True)
        a.add(letter, "phone_number", COMPANY_TEL, None, neutral=True)
    a.share.write_zip(zpath, members, zipfile.ZIP_DEFLATED)
