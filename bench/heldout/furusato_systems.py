"""The desk's systems: the portal's order API export (JSON: 14 gifts sent to a recipient), the
portal's app log (JSONL, IPs), the staff chat export, the contractor's shipping SQLite, the old
donor system's MySQL dump (My Numbers, an admin's bcrypt hash), last year's data (a zip: a CP932
list and a refund memo with an account) and the contact form's export (IPs).
"""

from __future__ import annotations

import json
import re
import sqlite3
import zipfile
from datetime import datetime, timedelta

from .furusato_people import GIFTS, TOWN_NAME, VENDOR_ACCOUNT, VENDOR_BANK, Furusato, era
from .identifiers import digits
from .share import csv_text, mysqldump_head, sql_create, sql_quote

BCRYPT_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789./"


def _ip(h: Furusato, first: int) -> str:
    """An IPv4 address after its drawn first octet."""
    rng = h.rng
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def orders(h: Furusato) -> None:
    """01_ポータル/orders_api_20241201.json: the 41st to 62nd donors' orders, the first 14
    shipped to their recipient; the town's 法人番号 (neutral)."""
    rng, path = h.rng, "01_ポータル/orders_api_20241201.json"
    out = []
    for i, p in enumerate(h.donors[40:62]):
        g, a = rng.choice(GIFTS), p.addr
        o = {"order_id": h.donation_no(),
             "status": rng.choice(["shipped", "paid", "preparing"]), "amount": h.amount(),
             "ordered_at": f"2024-{rng.randint(9, 11):02d}-{rng.randint(1, 28):02d}T"
                           f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00+09:00",
             "donor": {"name": p.name(" "), "name_kana": p.kana(), "zip": a.zip,
                       "address1": a.pref + a.city + a.town,
                       "address2": f"{a.c}-{a.b}-{a.g}" + (" " + a.bld if a.bld else ""),
                       "tel": p.mobile, "email": p.email},
             "items": [{"sku": h.gcode[g], "name": g, "qty": 1}], "onestop": rng.random() < 0.5}
        h.facts(path, [("person_name", p.full), ("postal_code", a.zip),
                       ("address", o["donor"]["address1"] + o["donor"]["address2"]),
                       ("phone_number", p.mobile), ("email_address", p.email)], p)
        if i < 14:
            r = h.recipients[i]
            o["shipping"] = {"same_as_donor": False, "name": r.name("\u3000"),
                             "zip": r.addr.zip_dashed, "address": r.addr.text(1),
                             "tel": h.phone(r.tel, 0), "relation": r.rel, "noshi": "お歳暮"}
            h.facts(path, [("person_name", r.full), ("postal_code", r.addr.zip),
                           ("address", r.addr.text(1)), ("phone_number", r.tel)], r)
        else:
            o["shipping"] = {"same_as_donor": True}
        out.append(o)
    doc = {"api_version": "2.3", "municipality": {"name": TOWN_NAME, "code": "215040",
                                                  "corporate_number": h.town_corp},
           "count": len(out), "orders": out}
    h.rec(path, "corporate_number", h.town_corp, None, True)
    h.share.write(path, json.dumps(doc, ensure_ascii=False, indent=2))


def applog(h: Furusato) -> None:
    """07_システム/portal_app_20241201.jsonl: 90 events, every ninth the contractor's admin
    login, else one of 30 donors (a mail and an IP of their own)."""
    rng, path = h.rng, "07_システム/portal_app_20241201.jsonl"
    admin = h.vendor_staff[2].work
    t = datetime(2024, 12, 1, 0, 0, 0)
    donors = h.donors[20:50]
    ips = {p.id: _ip(h, rng.choice([126, 133, 180, 203, 219, 49, 106])) for p in donors}
    out = []
    for i in range(90):
        t += timedelta(seconds=rng.randint(5, 900))
        if i % 9 == 0:
            out.append({"ts": t.isoformat() + "+09:00", "level": "INFO", "event": "admin_login",
                        "user": admin, "ip": "10.20.1.15", "ua": "Mozilla/5.0"})
            continue
        p = rng.choice(donors)
        ev = rng.choice(["login", "donation_submit", "onestop_request", "password_reset"])
        rec = {"ts": t.isoformat() + "+09:00", "level": "INFO", "event": ev, "user": p.email,
               "ip": ips[p.id], "path": "/api/v2/" + ev}
        if ev == "donation_submit":
            rec["order_id"] = h.donation_no()
            rec["amount"] = h.amount()
        if ev == "password_reset" and rng.random() < 0.5:
            rec["level"] = "WARN"
            rec["msg"] = f"reset mail sent to {p.email}"
        out.append(rec)
        h.facts(path, [("email_address", p.email), ("ip_address", ips[p.id])], p)
    h.neutral(path, [("email_address", admin), ("ip_address", "10.20.1.15")])
    h.share.write(path, "\n".join(json.dumps(o, ensure_ascii=False) for o in out) + "\n")


def chat(h: Furusato) -> None:
    """07_システム/chat_export_furusato.json: two clerks and the contractor on a new address for
    a gift, a double charge and an elder's agent."""
    path = "07_システム/chat_export_furusato.json"
    s0, s1, v0 = h.town_staff[0], h.town_staff[1], h.vendor_staff[0]
    p1, p2, p3, a, g = h.donors[55], h.donors[66], h.elders[1], h.agents[1], h.recipients[0]
    msgs = [
        (s0, f"{p1.last}さん（{p1.name(' ')}）から電話、返礼品の送付先を実家に変えたいそうです"),
        (v0, "承知しました。新しい送付先を教えてください"),
        (s0, f"送付先は 〒{g.addr.zip} {g.addr.text(1)} {g.full}様 TEL {h.phone(g.tel, 0)} です"),
        (s1, f"{p2.full} 様の寄附、クレカ決済エラーで二重計上になってます。確認お願いします。"
             f"連絡先 {p2.email}"),
        (v0, "ポータル側で1件取消しました"),
        (s1, f"{p3.full}さんは{a.rel}の{a.full}さんが代理で手続き。連絡は{a.rel}さん携帯 "
             f"{h.phone(a.mobile, 3)} へ"),
    ]
    arr = [{"ts": f"2024-12-{10 + i:02d}T1{i}:00:00+09:00", "user": u.name(" "),
            "user_email": u.work, "text": text} for i, (u, text) in enumerate(msgs)]
    h.share.write(path, json.dumps({"channel": "#furusato-kitayama", "messages": arr},
                                   ensure_ascii=False, indent=1))
    h.rec(path, "person_name", p1.full, p1)
    h.rec(path, "person_name", p1.last, p1, True)
    h.facts(path, [("postal_code", g.addr.zip), ("address", g.addr.text(1)),
                   ("person_name", g.full), ("phone_number", g.tel)], g)
    h.facts(path, [("person_name", p2.full), ("email_address", p2.email)], p2)
    h.rec(path, "person_name", p3.full, p3)
    h.facts(path, [("person_name", a.full), ("phone_number", a.mobile)], a)
    for u in (s0, s1, v0):
        h.staff(path, u)


def shipping(h: Furusato) -> None:
    """08_配送/shipping_minamo.sqlite: the contractor's three packers and 34 donors' shipments,
    the 41st to 54th donors' to their recipient (tracking numbers pass the My Number check)."""
    rng, path = h.rng, "08_配送/shipping_minamo.sqlite"
    db = sqlite3.connect(h.share.path(path))
    db.execute("CREATE TABLE shipments (id INTEGER PRIMARY KEY, order_no TEXT, donor_name TEXT, "
               "donor_tel TEXT, ship_name TEXT, ship_zip TEXT, ship_addr TEXT, ship_tel TEXT, "
               "item_code TEXT, item TEXT, tracking_no TEXT, carrier TEXT, shipped_on TEXT, "
               "note TEXT)")
    db.execute("CREATE TABLE staff (id INTEGER PRIMARY KEY, name TEXT, email TEXT, role TEXT)")
    for s in h.vendor_staff:
        db.execute("INSERT INTO staff (name,email,role) VALUES (?,?,?)",
                   (s.name(" "), s.work, "出荷担当"))
        h.staff(path, s)
    for i, p in enumerate(h.donors[30:64], 30):
        g = rng.choice(GIFTS)
        r = h.recipients[i - 40] if 40 <= i < 54 else None
        to = r or p
        db.execute("INSERT INTO shipments (order_no,donor_name,donor_tel,ship_name,ship_zip,"
                   "ship_addr,ship_tel,item_code,item,tracking_no,carrier,shipped_on,note) "
                   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                   (h.donation_no(), p.name(" "), p.mobile, to.name(" "), to.addr.zip,
                    to.addr.text(), to.tel, h.gcode[g], g, h.tracking_no(),
                    rng.choice(["ヤマト", "佐川", "日本郵便"]),
                    f"2024-{rng.randint(10, 12)}-{rng.randint(1, 28):02d}",
                    f"{r.rel}宛・のし「お歳暮」" if r else ""))
        h.facts(path, [("person_name", p.full), ("phone_number", p.mobile)], p)
        h.facts(path, [("person_name", to.full), ("postal_code", to.addr.zip),
                       ("address", to.addr.text()), ("phone_number", to.tel)], to)
    db.commit()
    db.execute("VACUUM")
    db.close()


def dump(h: Furusato) -> None:
    """09_旧システム/furusato_old_20230331.sql: 26 donors (every other My Number), 2022's
    donations and the admin's login (a clerk's mail) with its bcrypt hash, neutral."""
    rng, path = h.rng, "09_旧システム/furusato_old_20230331.sql"
    bcrypt = "$2y$10$" + "".join(rng.choice(BCRYPT_CHARS) for _ in range(53))
    lines = mysqldump_head("5.7.42", "192.168.10.5", "furusato")[:-1]
    lines += ["DROP TABLE IF EXISTS `donors`;",
              sql_create("donors", "donor_id int NOT NULL, name varchar(64), kana varchar(64), "
                         "birthday date, zip char(8), address varchar(255), tel varchar(20), "
                         "email varchar(128), my_number char(12), memo text",
                         "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4", "donor_id", lines=True),
              "LOCK TABLES `donors` WRITE;"]
    vals = []
    for i, p in enumerate(h.donors[60:80] + h.donors[:6]):
        memo = rng.choice(["", "", "毎年寄附", "ワンストップ希望", "電話は夜のみ"])
        my = p.my if i % 2 == 0 else ""
        cells = [sql_quote(p.name(" ")), f"'{p.kana()}'", f"'{p.born.isoformat()}'",
                 f"'{p.addr.zip_dashed}'", sql_quote(p.addr.text()),
                 f"'{h.phone(p.tel, 0)}'", f"'{p.email}'", f"'{my}'", f"'{memo}'"]
        vals.append(f"({1000 + i}," + ",".join(cells) + ")")
        h.facts(path, [("person_name", p.full), ("date_of_birth", p.born.isoformat()),
                       ("postal_code", p.addr.zip), ("address", p.addr.text()),
                       ("phone_number", p.tel), ("email_address", p.email)], p)
        if my:
            h.rec(path, "my_number", my, p)
    lines.append("INSERT INTO `donors` VALUES " + ",\n".join(vals) + ";")
    lines += ["UNLOCK TABLES;", "DROP TABLE IF EXISTS `donations`;",
              sql_create("donations", "donation_no char(12), donor_id int, amount int, "
                         "item_code char(16), donated_on date"),
              "LOCK TABLES `donations` WRITE;"]
    codes = list(h.gcode.values())
    done = [f"('{h.donation_no()}',{1000 + rng.randint(0, 25)},{h.amount()},"
            f"'{rng.choice(codes)}','2022-{rng.randint(4, 12):02d}-{rng.randint(1, 28):02d}')"
            for _ in range(30)]
    lines.append("INSERT INTO `donations` VALUES " + ",\n".join(done) + ";")
    login = h.town_staff[0].work
    lines += ["UNLOCK TABLES;", "DROP TABLE IF EXISTS `admin_users`;",
              sql_create("admin_users", "login varchar(64), password_hash varchar(128)"),
              f"INSERT INTO `admin_users` VALUES ('{login}','{bcrypt}');",
              "-- Dump completed on 2023-03-31 18:00:01"]
    h.neutral(path, [("email_address", login), ("credential", bcrypt)])
    h.share.write(path, "\n".join(lines) + "\n")


def last_year(h: Furusato) -> None:
    """09_旧システム/R5_寄附データ.zip: 2023's 16 donors (CP932) and a refund memo naming the
    donor's account (and the contractor's, neutral), deflated, dated 1 April."""
    rng, path = h.rng, "09_旧システム/R5_寄附データ.zip"
    rows: list[list] = [["氏名", "ﾌﾘｶﾞﾅ", "〒", "住所", "TEL", "生年月日", "金額"]]
    inner = f"{path}!R5/寄附者一覧_R5.csv"
    for p in h.donors[74:80] + h.donors[:5] + h.donors[20:25]:
        ad = p.addr.text(1)
        rows.append([p.name("\u3000"), p.kana(), p.addr.zip_dashed, ad, h.phone(p.tel, 0),
                     era(p.born, 1), h.amount()])
        h.facts(inner, [("person_name", p.full), ("postal_code", p.addr.zip), ("address", ad),
                        ("phone_number", p.tel), ("date_of_birth", p.born.isoformat())], p)
    p = h.donors[22]
    memo = f"""R5 返金処理メモ（二重決済分）
{p.name(' ')}様　寄附番号 {h.donation_no()}　20,000円
返金口座：ゆうちょ銀行 〇一八店 普通 {digits(rng, 7)}
→ 口座名義 {p.kana()}
連絡先 {h.phone(p.mobile, 0)}（本人）
※業者側の受領用口座（{VENDOR_BANK}）と間違えないこと
"""
    account = re.search(r"普通 (\d{7})\n", memo).group(1)
    inner = f"{path}!R5/返金処理メモ.txt"
    h.facts(inner, [("person_name", p.full), ("bank_account", account),
                    ("phone_number", p.mobile)], p)
    h.rec(inner, "bank_account", VENDOR_ACCOUNT, None, True)
    h.share.write_zip(path, [("R5/寄附者一覧_R5.csv", csv_text(rows).encode("cp932")),
                             ("R5/返金処理メモ.txt", memo.encode("utf-8"))],
                      zipfile.ZIP_DEFLATED, datetime(2024, 4, 1, 9))


def webform(h: Furusato) -> None:
    """07_システム/問い合わせフォーム_export.json: five inquiries (a recipient's about the
    donor's gift), each with its IP."""
    rng, path = h.rng, "07_システム/問い合わせフォーム_export.json"
    d, out = h.donors, []
    for i, p in enumerate([d[76], d[78], h.recipients[12], h.spouses[5], d[33]]):
        body = rng.choice(["返礼品の到着日を指定できますか", "受領証明書の宛名を旧姓にしてほしい",
                           "贈答用にのしを付けてほしい", "ワンストップの申請書が届いていません"])
        rec = {"form_id": "contact",
               "submitted_at": f"2024-11-{10 + i:02d}T20:{i * 7:02d}:00+09:00",
               "name": p.name(" "), "email": p.email, "tel": h.phone(p.mobile, 1),
               "message": body, "remote_addr": _ip(h, rng.randint(100, 220))}
        if p.role == "recipient":
            rec["message"] = f"{p.of.full}から贈られた返礼品が傷んでいました。"
            h.rec(path, "person_name", p.of.full, p.of)
        out.append(rec)
        h.facts(path, [("person_name", p.full), ("email_address", p.email),
                       ("phone_number", p.mobile), ("ip_address", rec["remote_addr"])], p)
    h.share.write(path, json.dumps(out, ensure_ascii=False, indent=2))
