"""The association's systems and old data: the 会報 mailing database (SQLite, an admin password),
the 2019 roster's MySQL dump (党員, 身障手帳), the 2023 election's zip (the drivers' licences and
pay accounts, dues paid by card, a 届出番号 passing the My Number check) and the staff's payroll
workbook (My Numbers, accounts, the councillor's private mobile).
"""

from __future__ import annotations

import sqlite3
import zipfile

from .identifiers import licence_number, luhn_number, my_number
from .share import workbook
from .supporters_people import SENKAN, Association, era


def subscribers(w: Association) -> None:
    """12_システム/mailing.db: up to 45 members (those with a mail, some others), two issues
    sent and the admin's login."""
    rng, path = w.rng, "12_システム/mailing.db"
    db = sqlite3.connect(w.share.path(path))
    db.executescript("CREATE TABLE subscribers(id INTEGER PRIMARY KEY, member_no TEXT, name TEXT, "
                     "zip TEXT, address TEXT, email TEXT, status TEXT);"
                     "CREATE TABLE sends(id INTEGER PRIMARY KEY, issue TEXT, sent_at TEXT, "
                     "count INTEGER);"
                     "CREATE TABLE users(id INTEGER PRIMARY KEY, login TEXT, password TEXT);")
    chosen = [m for m in w.members if m.email or rng.random() < 0.3][:45]
    for i, p in enumerate(chosen, 1):
        db.execute("INSERT INTO subscribers VALUES(?,?,?,?,?,?,?)",
                   (i, p.no, p.name(), p.postal, p.addr, p.email,
                    rng.choice(["active", "active", "stopped"])))
        w.tp(path, p, addr="city", postal=True, email=True)
    db.execute("INSERT INTO sends VALUES(1,'第41号','2024-08-20 10:00',2210)")
    db.execute("INSERT INTO sends VALUES(2,'第42号','2024-11-25 10:00',2300)")
    db.execute("INSERT INTO users VALUES(1,'admin','Koen2024!funa')")
    w.t(path, "credential", "Koen2024!funa")
    db.commit()
    db.close()


def old_roster(w: Association) -> None:
    """13_旧データ/kouenkai_old_roster_2019.sql: the members who joined by 2019, a memo each."""
    rng, path = w.rng, "13_旧データ/kouenkai_old_roster_2019.sql"
    buf = ["-- MySQL dump 10.13  Distrib 5.7.30",
           "CREATE TABLE `kaiin` (`no` varchar(8), `shimei` varchar(40), `kana` varchar(40), "
           "`jusho` varchar(120), `tel` varchar(20), `seinen` date, `shokugyo` varchar(20), "
           "`memo` text);", "INSERT INTO `kaiin` VALUES"]
    vals = []
    for p in [m for m in w.members if m.join.year <= 2019]:
        memo = rng.choice(["", "", "町会長", "○○党員（本人申告）", "身障手帳あり", ""])
        vals.append(f"('{p.no}','{p.name()}','{p.kana()}','{p.full}','{p.tel or p.mob or ''}',"
                    f"'{p.born.isoformat()}','{p.job}','{memo}')")
        w.tp(path, p, addr="full", tel=bool(p.tel), mob=not p.tel, dob=True, kana=True)
        if "党員" in memo:
            w.t(path, "sensitive", "○○党員", p)
        if "身障" in memo:
            w.t(path, "sensitive", "身障手帳あり", p)
    buf.append(",\n".join(vals) + ";")
    w.share.write(path, "\n".join(buf) + "\n")


def election(w: Association) -> None:
    """13_旧データ/2023市議選_資料.zip: four election workers drawn here (two drivers'
    licences, their pay accounts; CP932), five members' card payments, the campaign's handover."""
    rng, path = w.rng, "13_旧データ/2023市議選_資料.zip"
    workers = [w.person("election_staff", age=rng.randint(25, 65)) for _ in range(4)]
    inner = "選挙事務所/運転手_ウグイス嬢.csv"
    zp = f"{path}!{inner}"
    rows = ["役割,氏名,生年月日,住所,携帯,運転免許証番号,報酬振込口座"]
    for i, p in enumerate(workers):
        lic = licence_number(rng, 44, rng.randint(85, 99), (0, 1, 2)) if i < 2 else ""
        acct = str(rng.randint(1000000, 9999999))
        rows.append(f"{'運転手' if i < 2 else '車上運動員'},{p.name()},"
                    f"{p.born.strftime('%Y/%m/%d')},{p.full},{p.mob or ''},{lic},"
                    f"京葉銀行 船橋支店 普通 {acct}")
        w.tp(zp, p, addr="full", mob=True, dob=True)
        w.t(zp, "bank_account", acct, p)
        if lic:
            w.t(zp, "drivers_license_number", lic, p)
    members = [(inner, ("\n".join(rows) + "\n").encode("cp932"))]
    inner = "会費/会費カード払い_2023.csv"
    zp = f"{path}!{inner}"
    rows = ["会員番号,氏名,カード番号,有効期限,金額,決済ID"]
    for p in rng.sample(w.members, 5):
        prefixes = ["4", "5" + str(rng.randint(1, 5)), "35" + str(rng.randint(28, 89))]
        cc = luhn_number(rng, rng.choice(prefixes), 16)
        exp = f"{rng.randint(1, 12):02d}/{rng.randint(25, 29)}"
        rows.append(f"{p.no},{p.name()},{cc},{exp},3000,TX{luhn_number(rng, '4', 16)}")
        w.tp(zp, p)
        w.t(zp, "credit_card_number", cc, p)
        w.t(zp, "card_expiry", exp, p, normal=exp)
    members.append((inner, ("\n".join(rows) + "\n").encode()))
    inner, chair, chief = "選挙事務所/引継ぎ.txt", w.members[0], w.staff[0]
    zp = f"{path}!{inner}"
    members.append((inner, (
        f"選対本部長：{chair.name()}（{w.hy(chair.phone)}）\n出納責任者：{chief.name()}\n"
        f"選管 {SENKAN}\n届出番号 第{my_number(rng)}号\n").encode()))
    w.tp(zp, chair)
    w.t(zp, "phone_number", chair.phone, chair)
    w.tp(zp, chief)
    w.t(zp, "phone_number", SENKAN, None, True)
    w.share.write_zip(path, members, zipfile.ZIP_DEFLATED)


def payroll(w: Association) -> None:
    """14_事務局/事務局スタッフ.xlsx: the three staff (My Numbers, accounts) and the councillor's
    home and private mobile."""
    rng, path, giin = w.rng, "14_事務局/事務局スタッフ.xlsx", w.giin
    wb, ws = workbook("スタッフ", "事務局スタッフ一覧（給与・源泉用）")
    ws.append(["役職", "氏名", "生年月日", "住所", "携帯", "マイナンバー", "振込口座"])
    for role, s in zip(["事務局長", "事務員", "事務員（パート）"], w.staff, strict=True):
        mn, acct = my_number(rng), rng.randint(1000000, 9999999)
        ws.append([role, s.name(), era(s.born, 0), s.full, s.mob or "", mn,
                   f"千葉銀行 本店営業部 普通 {acct}"])
        w.tp(path, s, addr="full", mob=True, dob=True)
        w.t(path, "my_number", mn, s)
        w.t(path, "bank_account", str(acct), s)
    ws2 = wb.create_sheet("議員")
    for row in [("氏名", giin.name()), ("自宅", giin.full), ("携帯（非公開）", giin.mob),
                ("事務所", w.tel)]:
        ws2.append(row)
    w.tp(path, giin, addr="full", mob=True)
    w.t(path, "phone_number", w.tel, None, True)
    w.save(path, wb)
