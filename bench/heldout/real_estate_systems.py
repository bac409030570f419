"""The brokerage's system exports: the CRM's MySQL dump, the web 査定 form's JSONL (with client
IPs) and the 2023 closed deals' zip."""

from __future__ import annotations

import json
import zipfile
from datetime import date, datetime, timedelta

from .identifiers import luhn_number
from .japanese import wareki
from .real_estate_people import COMPANY, COMPANY_ADDR, COMPANY_TEL, Brokerage, digits_of, zen
from .share import sql_create, sql_quote


def crm_dump(h: Brokerage) -> None:
    """staff, customers (30 buyers and every seller, a seller's 物件番号 passing the My Number
    check) and the company's row (neutral)."""
    R, path, q = h.rng, "CRM/backup/crm_dump_20240531.sql", sql_quote
    lines = ["-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)",
             "-- Host: 192.168.10.5    Database: minato_crm", "SET NAMES utf8mb4;", "",
             sql_create("staff", "id int, name varchar(64), kana varchar(64), email varchar(128), "
                        "mobile varchar(20), takken_no varchar(32), hired_on date"),
             "INSERT INTO `staff` VALUES"]
    values = []
    for i, s in enumerate(h.staff):
        hired = date(2005, 4, 1) + timedelta(days=R.randint(0, 6000))
        values.append(f"({i + 1},{q(s.name(''))},{q(s.kana())},{q(s.work_mail)},{q(s.phone(1))},"
                      f"{q(s.takken or '')},{q(hired.isoformat())})")
        for c, v in [("person_name", s.name("")), ("person_name", s.kana()),
                     ("email_address", s.work_mail), ("phone_number", digits_of(s.mobile))]:
            h.note(path, c, v, s)
    lines += [",\n".join(values) + ";", ""]
    lines += [sql_create("customers", "id varchar(10), kind varchar(8), name varchar(64), "
                         "kana varchar(64), tel varchar(20), email varchar(128), zip varchar(8), "
                         "address varchar(255), birth date, income int, property_no varchar(16), "
                         "created_at datetime"),
              "INSERT INTO `customers` VALUES"]
    values = []
    for p in h.buyers[:30] + h.sellers:
        kind = "buyer" if p.role == "buyer" else "seller"
        home = p.home.written(1)
        number = h.property_no() if kind == "seller" else ""
        created = datetime(2023, 4, 1) + timedelta(minutes=R.randint(0, 500000))
        values.append(f"({q(p.customer_id or 'S' + p.id[1:])},{q(kind)},{q(p.name(''))},"
                      f"{q(p.kana())},{q(p.phone(1))},{q(p.email)},{q(p.home.zip)},{q(home)},"
                      f"{q(p.born.isoformat())},{p.income * 10000},{q(number)},"
                      f"{q(created.strftime('%Y-%m-%d %H:%M:%S'))})")
        for c, v in [("person_name", p.name("")), ("person_name", p.kana()),
                     ("phone_number", digits_of(p.mobile)), ("email_address", p.email),
                     ("postal_code", digits_of(p.home.zip)), ("address", home),
                     ("date_of_birth", p.born.isoformat())]:
            h.note(path, c, v, p)
    lines += [",\n".join(values) + ";", ""]
    lines.append(sql_create("company", "name varchar(64), corporate_no char(13), "
                            "license_no varchar(64), tel varchar(20), address varchar(255)"))
    lines.append(f"INSERT INTO `company` VALUES ({q(COMPANY)},{q(h.corp)},{q(h.licence_no)},"
                 f"{q(COMPANY_TEL)},{q(COMPANY_ADDR)});")
    h.note(path, "corporate_number", h.corp, None, True)
    h.note(path, "phone_number", digits_of(COMPANY_TEL), None, True)
    h.note(path, "address", COMPANY_ADDR, None, True)
    h.share.write(path, "\n".join(lines) + "\n")


REQUEST_REASONS = ["住み替え", "相続した実家の売却", "転勤のため", "離婚", "病気療養のため",
                   "資金が必要"]


def satei_form(h: Brokerage) -> None:
    """査定 requests of the 14 requesters and five sellers; a plot of land is written city
    onwards and is no one's address (not in the truth); 離婚 and 病気療養 are sensitive."""
    R, path, rows = h.rng, "Web/satei_form_export_2024Q2.jsonl", []
    for i, p in enumerate(h.satei + h.sellers[15:20]):
        ip = (f"{R.choice([126, 133, 153, 180, 219, 60])}.{R.randint(0, 255)}."
              f"{R.randint(0, 255)}.{R.randint(1, 254)}")
        sent = datetime(2024, 4, 1) + timedelta(minutes=R.randint(0, 130000))
        reason = R.choice(REQUEST_REASONS) if p.role == "satei" else p.reason
        land = R.random() < 0.25
        record = {"request_id": f"SR-{R.randint(100000, 999999)}",
                  "submitted_at": sent.isoformat() + "+09:00", "name": p.name(" "),
                  "name_kana": p.kana(), "tel": p.phone(R.choice([0, 1])), "email": p.email,
                  "zip": p.home.zip.replace("-", ""), "address": p.home.written(0),
                  "property_type": "土地" if land else "マンション",
                  "property_address": h.land[i % 2].written(2) if land else "現住所と同じ",
                  "reason": reason,
                  "comment": f"{reason}を考えています。平日{R.randint(18, 20)}時以降に連絡希望。",
                  "remote_addr": ip,
                  "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"}
        rows.append(json.dumps(record, ensure_ascii=False))
        for c, v in [("person_name", p.name(" ")), ("person_name", p.kana()),
                     ("phone_number", digits_of(p.mobile)), ("email_address", p.email),
                     ("postal_code", digits_of(p.home.zip)), ("address", p.home.written(0)),
                     ("ip_address", ip)]:
            h.note(path, c, v, p)
        if reason in ("離婚", "病気療養のため"):
            h.note(path, "sensitive", "離婚" if reason == "離婚" else "病気療養", p)
    h.share.write(path, "\n".join(rows) + "\n")


def closed_deals(h: Brokerage) -> None:
    """成約案件_2023年度.zip: the deals list (BOM CSV, 成約番号 passing Luhn), the settlement
    memo (accounts full-width, the banks' phones neutral) and the 本人確認 record."""
    R, zp = h.rng, "成約/成約案件_2023年度.zip"
    pool, members = h.sellers[5:12], []
    inner = "2023/成約一覧.csv"
    rows = ["成約番号,成約日,決済日,売主,売主住所,買主,買主電話,成約価格,仲介手数料"]
    for i, sd in enumerate(pool):
        b, closed = h.buyers[30 + i], date(2023, R.randint(4, 12), R.randint(1, 28))
        rows.append(",".join([luhn_number(R, "52", 16), closed.isoformat(),
                              (closed + timedelta(days=40)).isoformat(), sd.name(""),
                              sd.home.written(0), b.name(""), b.phone(1),
                              str(R.randrange(3000, 9000, 10) * 10000), ""]))
        for c, v, p in [("person_name", sd.name(""), sd), ("address", sd.home.written(0), sd),
                        ("person_name", b.name(""), b), ("phone_number", digits_of(b.mobile), b)]:
            h.note(f"{zp}!{inner}", c, v, p)
    members.append((inner, ("\ufeff" + "\n".join(rows) + "\n").encode()))
    inner, t = "2023/決済立会メモ.txt", []
    for sd in pool[:4]:
        bank = sd.bank
        day = date(2023, R.randint(5, 12), R.randint(1, 28))
        t.append(f"{zen(wareki(day))}　{sd.full_name()}様 "
                 f"決済完了。{bank[0]}{bank[1]}（TEL {bank[3]}）。"
                 f"口座 普通{zen(sd.account)}へ着金確認。")
        h.note(f"{zp}!{inner}", "person_name", sd.full_name(), sd)
        h.note(f"{zp}!{inner}", "bank_account", sd.account, sd)
        h.note(f"{zp}!{inner}", "phone_number", digits_of(bank[3]), None, True)
    sh = h.shiho[1]
    t.append(f"司法書士 {sh.full_name()}先生（携帯 {sh.phone()}）に登記完了証を依頼。")
    h.note(f"{zp}!{inner}", "person_name", sh.full_name(), sh)
    h.note(f"{zp}!{inner}", "phone_number", digits_of(sh.mobile), sh)
    members.append((inner, ("\n".join(t) + "\n").encode()))
    inner, rows = "2023/本人確認記録.tsv", ["氏名\t生年月日\t確認書類\t番号"]
    for sd in pool[:5]:
        rows.append(f"{sd.name(' ')}\t{sd.born.strftime('%Y年%m月%d日')}\t運転免許証\t{sd.licence}")
        for c, v in [("person_name", sd.name(" ")), ("date_of_birth", sd.born.isoformat()),
                     ("drivers_license_number", sd.licence)]:
            h.note(f"{zp}!{inner}", c, v, sd)
    members.append((inner, ("\n".join(rows) + "\n").encode()))
    h.share.write_zip(zp, members, zipfile.ZIP_DEFLATED)
