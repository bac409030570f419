"""The retailer's systems: two months of meter readings (JSONL), the billing database (SQLite:
cards, invoice numbers passing the My Number check), the 2015 system's MySQL dump (和暦
births), the closed competitor's customers (a CP932 zip), the web form (IPs), the delivery
group's chat export, the handhelds' sync log (private IPs, nobody) and the works ledger (TSV).
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import datetime

from .identifiers import luhn_number
from .lp_gas_people import Propane, era
from .share import csv_text, sql_create, sql_quote


def readings(h: Propane) -> None:
    """検針/検針ログ_202410.jsonl and _202411.jsonl: a reading a customer, a mobile where a
    note says they were called."""
    rng = h.rng
    for ym, sub in [("202410", h.cust[:45]), ("202411", h.cust[30:80])]:
        path, lines = f"検針/検針ログ_{ym}.jsonl", []
        for c in sub:
            s = rng.choice(h.staff[3:7])
            terminal = f"HT-{rng.randint(1, 6):02d}"
            ts = (f"{ym[:4]}-{ym[4:]}-{rng.randint(1, 28):02d}T{rng.randint(8, 16):02d}:"
                  f"{rng.randint(0, 59):02d}:00+09:00")
            rec = {"terminal": terminal, "ts": ts, "cust_no": c.cust, "name": c.full,
                   "meter_no": c.meter, "reading": round(rng.uniform(100, 9999), 1), "prev": None,
                   "reader_id": f"E{h.staff.index(s) + 1:03d}",
                   "memo": rng.choice(["", "", "不在", "犬注意", "メーター周り草刈り要"])}
            if rng.random() < 0.15:
                rec["memo"] = (f"不在のため検針票投函。携帯{h.tel(c.mob, 0)}に連絡済" if c.mob
                               else "不在")
            if c.mob and "に連絡済" in str(rec["memo"]):
                h.rec(path, "phone_number", c.mob, c.id)
            lines.append(json.dumps(rec, ensure_ascii=False))
            h.rec(path, "person_name", c.full, c.id)
        h.share.write(path, "\n".join(lines) + "\n")


SCHEMA = ("CREATE TABLE customer(cust_no TEXT PRIMARY KEY, name TEXT, kana TEXT, zip TEXT, "
          "address TEXT, tel TEXT, email TEXT, pay_method TEXT);"
          "CREATE TABLE card(cust_no TEXT, card_no TEXT, exp TEXT, holder TEXT);"
          "CREATE TABLE invoice(invoice_no TEXT, cust_no TEXT, ym TEXT, amount INTEGER, "
          "meter_no TEXT);")


def billing(h: Propane) -> None:
    """システム/billing.db: every customer, the card payers' cards, October's invoices."""
    rng, path = h.rng, "システム/billing.db"
    db = sqlite3.connect(h.share.path(path))
    db.executescript(SCHEMA)
    for c in h.cust:
        pm = "card" if rng.random() < 0.15 else ("furikae" if c.id in h.acct else "shukin")
        db.execute("INSERT INTO customer VALUES(?,?,?,?,?,?,?,?)",
                   (c.cust, c.full, c.kana(""), c.postal, c.addr, c.phone, c.email, pm))
        h.rec(path, "person_name", c.full, c.id)
        h.kana(path, c)
        h.rec(path, "address", c.addr, c.id)
        h.rec(path, "postal_code", c.postal, c.id)
        h.rec(path, "phone_number", c.phone, c.id)
        if c.email:
            h.rec(path, "email_address", c.email, c.id)
        if pm == "card":
            prefix = rng.choice(["4", "5" + str(rng.randint(1, 5)), "3528", "3540"])
            cn = luhn_number(rng, prefix, 16)
            m, y = rng.randint(1, 12), rng.randint(25, 30)
            db.execute("INSERT INTO card VALUES(?,?,?,?)",
                       (c.cust, cn, f"{m:02d}/{y:02d}", f"{c.first_kana} {c.last_kana}"))
            h.kana(path, c, True)
            h.rec(path, "credit_card_number", cn, c.id)
            h.rec(path, "card_expiry", f"20{y:02d}-{m:02d}", c.id)
    for c in h.cust[:80]:
        inv = h.invoice_no()
        h.invs.append((c, inv))
        db.execute("INSERT INTO invoice VALUES(?,?,?,?,?)",
                   (inv, c.cust, "2024-10", rng.randint(3000, 18000), c.meter))
    db.commit()
    db.close()


def dump(h: Propane) -> None:
    """旧システム/gas_kokyaku_2015.sql: the first 60 customers with their 和暦 births."""
    rng, path = h.rng, "旧システム/gas_kokyaku_2015.sql"
    lines = ["-- MySQL dump 10.13  Distrib 5.1.73", "-- Host: localhost    Database: gaskanri",
             "SET NAMES sjis;", "",
             sql_create("kokyaku", "kno varchar(8), shimei varchar(40), kana varchar(40), "
                        "seinengappi varchar(12), jusho varchar(120), tel varchar(15), bikou text"),
             ""]
    for c in h.cust[:60]:
        note = rng.choice(["", "", "集金", "口振", "夜間不在"])
        values = [c.cust, c.name(), c.kana(""), era(c.born, 1), c.short, h.tel(c.phone, 0), note]
        lines.append(f"INSERT INTO `kokyaku` VALUES ({','.join(map(sql_quote, values))});")
        h.rec(path, "person_name", c.full, c.id)
        h.kana(path, c)
        h.rec(path, "date_of_birth", c.born.isoformat(), c.id)
        h.rec(path, "address", c.short, c.id)
        h.rec(path, "phone_number", c.phone, c.id)
    h.share.write(path, "\n".join(lines) + "\n")


def competitor(h: Propane) -> None:
    """旧データ/丸山プロパン_顧客引継ぎ_2019.zip: twelve customers and the 14 the closed
    competitor alone had (CP932), and its handover note."""
    rng, path = h.rng, "旧データ/丸山プロパン_顧客引継ぎ_2019.zip"
    inner = "丸山顧客/顧客一覧.csv"
    at = f"{path}!{inner}"
    rows: list[list[object]] = [["NO", "顧客名", "ﾌﾘｶﾞﾅ", "住所", "TEL", "生年月日", "ボンベ"]]
    for i, c in enumerate(h.cust[60:72] + h.comp_old):
        dob = era(c.born, 2) if rng.random() < 0.7 else ""
        tel = h.tel(c.phone, rng.choice([0, 1]))
        bombe = f"{rng.choice(['LP', 'KM'])}{rng.randint(0, 9999999):07d}"
        rows.append([i + 1, c.full, c.kana(), c.short, tel, dob, bombe])
        h.rec(at, "person_name", c.full, c.id)
        h.kana(at, c)
        h.rec(at, "address", c.short, c.id)
        h.rec(at, "phone_number", c.phone, c.id)
        if dob:
            h.rec(at, "date_of_birth", c.born.isoformat(), c.id)
    memo = ("丸山プロパン廃業に伴う顧客引継ぎ\n丸山 社長より受領（2019/3/31）\n"
            "容器は全数回収、容器番号は別紙\n")
    h.share.write_zip(path, [(inner, csv_text(rows).encode("cp932")),
                             ("丸山顧客/引継ぎメモ.txt", memo.encode("cp932"))],
                      zipfile.ZIP_DEFLATED, when=datetime(2019, 3, 31, 12, 0, 0))


def webform(h: Propane) -> None:
    """web/お問い合わせ_export.json: the five web clients' renovation enquiries and IPs."""
    rng, path, recs = h.rng, "web/お問い合わせ_export.json", []
    for x in h.web:
        ip = (f"{rng.choice([126, 153, 180, 203, 219])}.{rng.randint(0, 255)}."
              f"{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        ident = rng.randint(1000, 9999)
        at = (f"2024-10-{rng.randint(1, 31):02d}T{rng.randint(0, 23):02d}:"
              f"{rng.randint(0, 59):02d}:00+09:00")
        fields = {"お名前": x.name(), "ふりがな": x.kana(), "メールアドレス": x.email,
                  "電話番号": h.tel(x.phone, 0), "ご住所": x.addr,
                  "ご相談内容": rng.choice(["浴室のリフォームを検討しています。",
                                            "オール電化からLPガスへの切替は可能ですか",
                                            "キッチンのガスコンロ交換の見積もり希望"])}
        recs.append({"id": ident, "submitted_at": at, "form": "リフォーム相談", "fields": fields,
                     "remote_addr": ip,
                     "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)"})
        h.rec(path, "person_name", x.full, x.id)
        h.kana(path, x)
        h.rec(path, "email_address", x.email or "", x.id)
        h.rec(path, "phone_number", x.phone, x.id)
        h.rec(path, "address", x.addr, x.id)
        h.rec(path, "ip_address", ip, x.id)
    h.share.write(path, json.dumps(recs, ensure_ascii=False, indent=2))


def chat(h: Propane) -> None:
    """web/LINEWORKS_配送グループ_export.json: twelve messages, customers by name or surname."""
    rng, path, msgs = h.rng, "web/LINEWORKS_配送グループ_export.json", []
    for _ in range(12):
        s, c = rng.choice(h.staff[3:7]), rng.choice(h.cust[:80])
        t = rng.choice([f"{c.last}さん宅 残量少ないので今日中に交換お願いします",
                        f"{c.full}様から漏れ警報鳴ったと電話あり、向かいます",
                        f"{c.last}様 集金済み",
                        f"{c.full}さん 入院中で不在、鍵は隣家"])
        when = f"2024-11-{rng.randint(1, 28):02d} {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}"
        msgs.append({"time": when, "user": s.full, "text": t})
        h.rec(path, "person_name", s.full, s.id)
        if c.full in t:
            h.rec(path, "person_name", c.full, c.id)
        else:
            h.rec(path, "person_name", c.last, c.id, True)
    h.share.write(path, json.dumps({"group": "配送・保安", "messages": msgs}, ensure_ascii=False,
                                   indent=1))


def sync_log(h: Propane) -> None:
    """システム/handy_sync.log: 40 syncs from the handhelds' private IPs, meters but nobody."""
    rng, lines = h.rng, []
    for _ in range(40):
        when = (f"2024-11-{rng.randint(1, 28):02d} {rng.randint(7, 19):02d}:"
                f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")
        lines.append(f"{when} INFO sync terminal=HT-{rng.randint(1, 6):02d} "
                     f"ip=192.168.10.{rng.randint(20, 40)} records={rng.randint(5, 60)} "
                     f"meter={rng.choice(h.cust).meter}")
    h.share.write("システム/handy_sync.log", "\n".join(lines) + "\n")


def works(h: Propane) -> None:
    """住設/工事台帳.tsv: four renovation clients and the builder's client, the builder's
    surname."""
    rng, path = h.rng, "住設/工事台帳.tsv"
    lines = ["工事番号\t施主\t電話\t工事日\t施工\t備考"]
    for x in [*h.reform[2:], h.seshu]:
        number, tel = str(rng.randint(24000, 24999)), h.tel(x.phone, 3)
        day = f"2024-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"
        lines.append("\t".join([number, x.full, tel, day, "佐藤工務店 " + h.vendor.last, ""]))
        h.rec(path, "person_name", x.full, x.id)
        h.rec(path, "phone_number", x.phone, x.id)
    h.rec(path, "person_name", h.vendor.last, h.vendor.id, True)
    h.share.write(path, "\n".join(lines) + "\n")
