"""The staffing agency's systems: the attendance portal's JSONL access log, the matching
system's SQL dump (temporary passwords, job orders with 法人番号, Luhn-valid 会員番号), last
month's backup zip (a CP932 台帳 and 面談メモ) and an incident memo of look-alikes only."""

from __future__ import annotations

import json
import zipfile
from datetime import date

from .share import sql_create, sql_quote
from .staffing_agency_letters import memo_text
from .staffing_agency_people import COMPANY, JOBS, Agency
from .staffing_agency_tables import ledger_text

UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 "
       "Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SO-51D) AppleWebKit/537.36 Chrome/129.0.6668.100 "
       "Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0.6723.58 "
       "Safari/537.36"]
DUMP = "システム/matching_db_dump_20241001.sql"


def portal_log(s: Agency) -> None:
    """kintai_portal_access_202410.jsonl: 22 staff clocking in (login by mail or staff code, home
    IP, the site neutral), some profile updates with name and mobile; nightly batches from a
    private address with job ids passing the My Number check."""
    R = s.rng
    path = "システム/kintai_portal_access_202410.jsonl"
    logs = []
    for p in R.sample(s.all_staff, 22):
        ip = (f"{R.choice([126, 153, 60, 220, 49, 106, 114, 180])}.{R.randint(0, 255)}."
              f"{R.randint(0, 255)}.{R.randint(1, 254)}")
        use_mail = R.random() < .5
        login = p.email if use_mail else p.sid.lower()
        for _ in range(R.randint(1, 3)):
            day = R.randint(1, 25)
            ts = (f"2024-10-{day:02d}T0{R.randint(7, 8)}:{R.randint(0, 59):02d}:"
                  f"{R.randint(0, 59):02d}+09:00")
            ua = R.choice(UAS)
            geo = {"lat": round(35.6 + R.random() / 5, 5), "lng": round(139.6 + R.random() / 5, 5)}
            logs.append({"ts": ts, "event": "clock_in", "login_id": login, "staff_code": p.sid,
                         "ip": ip, "ua": ua, "site": p.client.name, "geo": geo})
        if R.random() < .4:
            ts = f"2024-10-{R.randint(1, 25):02d}T21:{R.randint(0, 59):02d}:00+09:00"
            logs.append({"ts": ts, "event": "profile_update", "login_id": login, "ip": ip,
                         "changes": {"name": p.name(" "), "tel": p.mobile.replace("-", "")}})
            s.add(path, "person_name", p.name(" "), p)
            s.add(path, "phone_number", p.mobile, p)
        s.add(path, "ip_address", ip, p)
        if use_mail:
            s.add(path, "email_address", p.email, p)
        s.add(path, "person_name", p.client.name, neutral=True)
    for _ in range(6):
        ts = f"2024-10-{R.randint(1, 25):02d}T03:00:00+09:00"
        logs.append({"ts": ts, "event": "batch", "login_id": "system", "ip": "192.168.10.21",
                     "job": "nightly_export", "job_id": s.my_number()})
    s.add(path, "ip_address", "192.168.10.21", neutral=True)
    logs.sort(key=lambda x: x["ts"])
    s.share.write(path, "\n".join(json.dumps(x, ensure_ascii=False) for x in logs) + "\n")


def matching_dump(s: Agency) -> None:
    """matching_db_dump_20241001.sql: 30 staff rows (names split, so each part alone is neutral;
    some temporary passwords), two job orders a client (job numbers passing the My Number check,
    the contact's surname neutral) and member points with Luhn-valid 会員番号."""
    R, q = s.rng, sql_quote
    path = DUMP
    staff = []
    for i, p in enumerate(R.sample(s.all_staff, 30), 1):
        pwd = f"{p.last_roman.lower()[:3]}{R.randint(1000, 9999)}" if R.random() < .3 else None
        ad = p.addr.full(bld=R.random() < .5)
        last, first = (p.last_roman, p.first_roman) if p.foreign else (p.last, p.first)
        staff.append(f"({i},{q(p.sid)},{q(last)},{q(first)},{q(p.last_kana)},"
                     f"{q(p.first_kana)},{q(p.born.isoformat())},{q(p.sex)},{q(p.mobile)},"
                     f"{q(p.email)},{q(p.addr.postal)},{q(ad)},{q(pwd) if pwd else 'NULL'},"
                     f"{q(p.reg.isoformat() + ' 10:00:00')})")
        s.add(path, "person_name", last + first, p)
        s.add(path, "person_name", p.last_kana + p.first_kana, p)
        for value, category in [(p.born, "date_of_birth"), (p.mobile, "phone_number"),
                                (p.email, "email_address"), (p.addr.postal, "postal_code"),
                                (ad, "address")]:
            s.add(path, category, value, p)
        if pwd:
            s.add(path, "credential", pwd, p)
        for part in (last, first, p.last_kana, p.first_kana):
            s.add(path, "person_name", part, p, neutral=True)
    orders = []
    for cl in s.clients:
        for _ in range(2):
            orders.append(f"({q(s.my_number())},{q(cl.name)},{q(cl.corp)},"
                          f"{q(R.choice(JOBS) + '（未経験可）')},{R.randint(12, 19) * 100},"
                          f"{q(s.between(date(2024, 6, 1), date(2024, 9, 30)).isoformat())},"
                          f"{q(cl.contacts[0].last)})")
        s.add(path, "corporate_number", cl.corp, cl)
        s.add(path, "person_name", cl.name, neutral=True)
        s.add(path, "person_name", cl.contacts[0].last, cl.contacts[0], neutral=True)
    points = ",".join(f"({q(s.luhn('35'))},{i},{R.randint(0, 5000)})" for i in range(1, 9))
    lines = [
        "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)",
        "-- Host: 10.0.2.15    Database: matching", "SET NAMES utf8mb4;", "",
        sql_create("staff", "id int NOT NULL, staff_code varchar(10), last_name varchar(20), "
                   "first_name varchar(20), last_kana varchar(40), first_kana varchar(40), "
                   "birthday date, gender char(1), tel varchar(20), email varchar(100), "
                   "zip char(8), address varchar(200), tmp_password varchar(40), "
                   "created_at datetime", key="id"), "",
        "INSERT INTO `staff` VALUES " + ",\n".join(staff) + ";", "",
        sql_create("job_order", "job_no varchar(14), client_name varchar(100), "
                   "corporate_no varchar(13), title varchar(100), wage int, open_date date, "
                   "contact varchar(40)"),
        "INSERT INTO `job_order` VALUES " + ",\n".join(orders) + ";", "",
        sql_create("member_point", "member_no varchar(16), staff_id int, points int"),
        "INSERT INTO `member_point` VALUES " + points + ";"]
    s.share.write(path, "\n".join(lines) + "\n")


def backup(s: Agency) -> None:
    """staff_backup_202409.zip: September's 台帳 of 16 staff and 面談メモ of five, both CP932."""
    R = s.rng
    path = "バックアップ/staff_backup_202409.zip"
    ledger, memo = "202409/登録スタッフ台帳_20240901.csv", "202409/面談メモ_2024年9月.txt"
    ledger_bytes = ledger_text(s, f"{path}!{ledger}", R.sample(s.all_staff, 16)).encode("cp932")
    memo_bytes = memo_text(s, f"{path}!{memo}", R.sample(s.all_staff, 5),
                           "2024年9月").encode("cp932")
    s.share.write_zip(path, [(ledger, ledger_bytes), (memo, memo_bytes)], zipfile.ZIP_DEFLATED)


def incident_memo(s: Agency) -> None:
    """サーバ障害対応メモ: private IPs (neutral), a 受付番号 passing the My Number check, a
    保守契約番号 passing the 法人番号 check, a Luhn-valid 問い合わせ番号, a firmware version."""
    path = "システム/サーバ障害対応メモ_20240918.txt"
    text = (f"サーバー障害対応記録（{COMPANY} 情報システム）\n"
            f"発生日時：2024/09/18 02:14　復旧：2024/09/18 05:40\n"
            f"対象：ファイルサーバ fs01（192.168.10.5）、勤怠ポータル（10.0.2.15）\n"
            f"障害内容：RAIDコントローラの障害により共有フォルダが読み取り専用化。ウイルス感染の形跡なし。\n"
            f"受付番号：{s.my_number()}　保守契約番号：{s.corporate_number()}　"
            f"問い合わせ番号：{s.luhn('4')}\n"
            f"ファームウェア 4.10.2.1 へ更新。次回点検日 2024年12月1日。\n"
            f"対応：情報システム課（内線 8890）\n")
    s.share.write(path, text)
    s.add(path, "ip_address", "192.168.10.5", neutral=True)
    s.add(path, "ip_address", "10.0.2.15", neutral=True)
    s.add(DUMP, "ip_address", "10.0.2.15", neutral=True)
