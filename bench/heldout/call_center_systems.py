"""The centre's systems and notes: the CTI log (callers' numbers, station IPs), the ticket
system (SQLite and its SQL backup: agents' plain passwords, wives calling), the 2019 archive
zip (CP932 records, cards copied from a handwritten memo), the late shift's handover memo (a
depression, a shared password), the web form (families, IPv6), the delivery contacts and the
hand-typed callback list (CP932).
"""

from __future__ import annotations

import json
import sqlite3
import zipfile

from .call_center_people import TOPICS, Center, era, zen
from .share import csv_text, sql_quote


def cti(h: Center) -> None:
    """logs/cti/cti_20241105.jsonl: 60 call events and three agent logins."""
    rng, rel = h.rng, "logs/cti/cti_20241105.jsonl"
    lines = []
    for k in range(60):
        c, o = rng.choice(h.cust[:60]), rng.choice(h.ops)
        wsip = f"10.20.{rng.randint(1, 3)}.{rng.randint(10, 200)}"
        ts = h.dt(5, 9 + k // 6).isoformat() + "+09:00"
        ev = {"ts": ts, "event": rng.choice(["call.inbound", "call.answered", "call.hangup"]),
              "ani": "+81" + c.tel[1:] if k % 3 == 0 else c.tel, "dnis": h.free[k % 2],
              "agent": o.opid, "station_ip": wsip, "queue": "Q_GENERAL",
              "duration": rng.randint(20, 900)}
        lines.append(json.dumps(ev, ensure_ascii=False))
        h.recp(rel, c, "tel")
        h.rec(rel, "ip_address", wsip, None, neutral=True)
        h.rec(rel, "phone_number", h.free[k % 2], None, neutral=True)
        if k % 20 == 0:
            src = f"203.0.113.{k + 5}"
            lines.append(json.dumps({"ts": ts, "event": "agent.login", "agent": o.opid,
                                     "station_ip": wsip, "src_ip": src}))
            h.rec(rel, "ip_address", src, None, neutral=True)
    h.share.write(rel, "\n".join(lines) + "\n")


SCHEMA = ["CREATE TABLE customers (customer_id TEXT PRIMARY KEY, name TEXT, kana TEXT, tel TEXT, "
          "email TEXT, zip TEXT, address TEXT, birthday TEXT)",
          "CREATE TABLE tickets (ticket_id INTEGER PRIMARY KEY, customer_id TEXT, order_no TEXT, "
          "inquiry_no TEXT, opened_at TEXT, assignee TEXT, body TEXT)",
          "CREATE TABLE agents (agent_id TEXT PRIMARY KEY, name TEXT, login TEXT, password TEXT)"]


def tickets(h: Center) -> None:
    """チケット/ticket_system.db (36 customers) and its backup's first 24, with the agents."""
    rng = h.rng
    rel_db, rel_sql = "チケット/ticket_system.db", "チケット/backup/tickets_20241101.sql"
    rows_c, rows_t, rows_a, spouses, named = [], [], [], [], []
    for k, c in enumerate(h.cust[40:76]):
        rows_c.append((c.cid, c.name(), c.kana(), c.tel, c.mail, c.postal, c.addr,
                       c.born.isoformat()))
        body = f"{c.last}様より入電。{rng.choice(TOPICS)}。"
        if k % 6 == 0:
            wife = (h.nid(), c.last + h.faker.first_name_female())
            spouses.append((k, wife))
            body += f"奥様（{wife[1]}様）が代理で入電、本人同意あり。"
        named.append((k, c))
        rows_t.append((1000 + k, c.cid, c.orders[0], h.inquiry_no(), h.dt(k % 28 + 1).isoformat(),
                       rng.choice(h.ops).opid, body))
    agents = h.svs + h.ops[:6]
    for o in agents:
        o.ext["pw"] = h.faker.password(length=10)
        rows_a.append((o.opid, o.name(), o.opid.lower(), o.ext["pw"]))
    con = sqlite3.connect(h.share.path(rel_db))
    for statement in SCHEMA:
        con.execute(statement)
    con.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?,?,?)", rows_c)
    con.executemany("INSERT INTO tickets VALUES (?,?,?,?,?,?,?)", rows_t)
    con.executemany("INSERT INTO agents VALUES (?,?,?,?)", rows_a)
    con.commit()
    con.close()
    sql = ["-- ticketdesk dump 2024-11-01", "SET NAMES utf8mb4;"] + [s + ";" for s in SCHEMA]
    for table, rows in (("customers", rows_c[:24]), ("tickets", rows_t[:24]), ("agents", rows_a)):
        sql += [f"INSERT INTO {table} VALUES ({','.join(sql_quote(x) for x in r)});" for r in rows]
    h.share.write(rel_sql, "\n".join(sql) + "\n")
    for rel, n in ((rel_db, 36), (rel_sql, 24)):
        for c in h.cust[40:40 + n]:
            h.recp(rel, c, "name", "kana", "tel", "mail", "zip", "addr", "dob")
        for o in agents:
            h.recp(rel, o, "name")
            h.rec(rel, "credential", o.ext["pw"], o.id)
        for k, c in named:
            if k < n:
                h.recp(rel, c, "surname")
        for k, (wid, wname) in spouses:
            if k < n:
                h.rec(rel, "person_name", wname, wid)
                h.used.add(wid)


def archive(h: Center) -> None:
    """アーカイブ/2019_応対記録.zip: ten former customers' and four others' records (CP932) and
    the card errors copied from a handwritten memo."""
    rng, rel = h.rng, "アーカイブ/2019_応対記録.zip"
    old = [h.person(h.nid(), age=(25, 85)) for _ in range(10)]
    records, memo_rel = rel + "!2019/応対記録_2019.csv", rel + "!2019/決済エラー転記.txt"
    rows: list[list[object]] = [["受付日", "氏名", "電話番号", "住所", "生年月日", "内容"]]
    for c in old + h.cust[84:88]:
        day = f"H31/{rng.randint(1, 4)}/{rng.randint(1, 28)}"
        rows.append([day, c.name(), h.tel(c.tel, "-"), c.addr, era(c.born, 4), "カタログ請求"])
        h.recp(records, c, "name", "tel", "addr", "dob")
    memo = ["2019年 カード決済エラー 手書きメモ転記", ""]
    for c in old[:4]:
        memo.append(f"{c.name()}様 {c.card} 期限{c.exp[0]}/{c.exp[1]} → 再決済OK")
        h.recp(memo_rel, c, "name")
        h.card_leak(memo_rel, c)
    members = [("2019/応対記録_2019.csv", csv_text(rows).encode("cp932", errors="replace")),
               ("2019/決済エラー転記.txt", "\r\n".join(memo).encode("cp932"))]
    h.share.write_zip(rel, members, zipfile.ZIP_DEFLATED)


def handover(h: Center) -> None:
    """引継ぎ/引継ぎメモ_1105_遅番.txt: the late shift's notes (a driver's mobile, an operator's
    depression, the ticket system's shared password)."""
    rel, sv = "引継ぎ/引継ぎメモ_1105_遅番.txt", h.svs[0]
    c1, c2, c3 = h.cust[20], h.cust[45], h.elder[5]
    d, fam, op, cl = h.drv[0], h.fam[5], h.ops[7], h.client[0]
    memo = "\n".join([
        f"11/5 遅番→11/6 早番 引継ぎ  記入：{sv.last}（SV）", "",
        f"・{c1.name('')}様（{c1.cid}）お届け日変更の件、配送業者{d.name()}さん"
        f"（携帯 {h.tel(d.tel)}）に連絡済み。明日午前に再配達。",
        f"・{c2.last}様 折り返し要。TEL {zen(h.tel(c2.tel, '－'))} 15時以降希望。"
        f"注文 {c2.orders[0]}",
        f"・{c3.name()}様（{c3.kana()}）ご高齢、耳が遠いのでゆっくり話すこと。"
        f"昭和{c3.born.year - 1925}年生まれ。",
        f"  住所 {c3.rest}、娘さんの携帯 {h.tel(fam.tel)} にも連絡可。",
        f"・OP{op.opid[2:]} {op.name()}さん 体調不良（うつ病で通院中とのこと）で明日休み"
        " → シフト調整済",
        f"・チケットシステムの共有アカウント  ID: shared_sv  PW: Bell{h.seed}2024!sv  "
        "※メモに書くなと言われてます",
        f"・ハルモニア通販 {cl.name()}様（{cl.wmail}）から、週次報告は金曜までにとのこと。", ""])
    h.share.write(rel, memo)
    h.recp(rel, c1, "name")
    h.recp(rel, c2, "surname", "tel")
    h.recp(rel, c3, "name", "kana", "addr_nopref")
    h.rec(rel, "phone_number", fam.tel, fam.id)
    h.used.add(fam.id)
    h.recp(rel, d, "name", "tel")
    h.recp(rel, op, "name")
    h.rec(rel, "sensitive", "うつ病で通院中", op.id)
    h.rec(rel, "person_name", sv.last, sv.id, neutral=True)
    h.rec(rel, "credential", f"Bell{h.seed}2024!sv", None)
    h.recp(rel, cl, "name")
    h.rec(rel, "email_address", cl.wmail, cl.id, neutral=True)


def webform(h: Center) -> None:
    """Webフォーム/contact_form_202411.jsonl: six customers and three families (a parent in
    hospital), each from an IPv6 address."""
    rel, lines = "Webフォーム/contact_form_202411.jsonl", []
    for k, who in enumerate(h.cust[74:80] + h.fam[2:5]):
        ent = {"submitted_at": h.dt(k + 3).isoformat() + "+09:00", "form": "contact",
               "name": who.name(), "name_kana": who.kana(), "email": who.mail,
               "tel": h.tel(who.tel, "-"), "zip": who.postal, "address": who.addr,
               "body": "注文した商品の到着日を教えてください。",
               "remote_addr": f"2400:40{k}0:c0:9a{k}::1"}
        if who.role == "family":
            e = who.of
            assert e is not None
            ent["body"] = (f"{who.rel}です。{e.name()}（{era(e.born, 0)}生）の定期便を"
                           "解約したいです。本人は入院中です。")
            h.recp(rel, e, "name", "dob")
            h.rec(rel, "sensitive", "入院中", e.id)
        lines.append(json.dumps(ent, ensure_ascii=False))
        h.recp(rel, who, "name", "kana", "mail", "tel", "zip", "addr")
        h.rec(rel, "ip_address", ent["remote_addr"], who.id)
    h.share.write(rel, "\n".join(lines) + "\n")


def delivery(h: Center) -> None:
    """配送/配送業者連絡先.tsv: the depot's number (neutral) and the three drivers' own."""
    rel, depot = "配送/配送業者連絡先.tsv", h.center_tel[:3] + "7770000"
    lines = ["業者\t営業所\t担当\t電話\t備考",
             f"ヤマネコ運輸\t札幌北営業所\t(代表)\t{h.tel(depot, '-')}\t平日9-18"]
    h.rec(rel, "phone_number", depot, None, neutral=True)
    for d in h.drv:
        lines.append(f"ヤマネコ運輸\t札幌北営業所\t{d.name()}\t{d.tel}\tドライバー直通")
        h.recp(rel, d, "name", "tel")
    h.share.write(rel, "\n".join(lines) + "\n")


def callbacks(h: Center) -> None:
    """引継ぎ/折り返しリスト_手打ち.txt (CP932): eight callbacks typed three ways and an elderly
    customer's family."""
    rng, rel = h.rng, "引継ぎ/折り返しリスト_手打ち.txt"
    lines = ["折り返しリスト（11/12）", ""]
    for c in rng.sample(h.cust[:60], 8):
        st = rng.randint(0, 2)
        if st == 0:
            lines.append(f"{c.last}さん　{zen(h.tel(c.tel))}　不在2回")
            h.recp(rel, c, "surname", "tel")
        elif st == 1:
            lines.append(f"{c.name()}様 {c.tel} 注文{c.orders[0]}")
            h.recp(rel, c, "name", "tel")
        else:
            lines.append(f"{c.kana()} 様 / {h.tel(c.tel, '‐')} / "
                         f"誕生日{c.born.month}/{c.born.day}で本人確認済")
            h.recp(rel, c, "kana", "tel")
    e, f = h.elder[7], h.fam[7]
    lines.append(f"※ 急ぎ：{e.name()}様のご家族 {f.name()}様（{f.rel}） {h.tel(f.tel)}")
    h.recp(rel, e, "name")
    h.recp(rel, f, "name", "tel")
    h.share.write(rel, "\r\n".join(lines) + "\r\n", "cp932")
