"""The management company's systems: the resident portal's access log (JSONL; the office's IP
and the front staff's logins neutral), the 管理 database's dump (owners' portal passwords, a
契約番号 passing the My Number check), the 平成30年 名簿 zip (four former owners) and, last, the
neutral-name pass over everything written."""

from __future__ import annotations

import email
import io
import json
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy

import openpyxl
from docx import Document

from .condo_management_people import COMPANY_KANA, Condo
from .japanese import half_width_kana
from .share import csv_text, sql_create, sql_quote
from .truth import squeeze

USER_AGENTS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5)",
               "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"]


def portal_log(h: Condo) -> None:
    """October's portal access log: sixty events of fourteen occupants (each at one IP), then
    the three front staff's admin logins from the office, in time order."""
    path = "08_ログ/resident_portal_access_202410.jsonl"
    R, a = h.rng, h.add
    office = f"203.0.113.{R.randint(2, 250)}"
    a(path, "ip_address", office, None, True)
    users = R.sample([rm.occupant for b in h.buildings for rm in b.rooms], 14)
    t = datetime(2024, 10, 1, 0, 0, tzinfo=timezone(timedelta(hours=9)))
    for u in users:
        u.ip = (f"{R.choice([60, 106, 114, 126, 153, 180, 219])}.{R.randint(0, 255)}."
                f"{R.randint(0, 255)}.{R.randint(1, 254)}")
        a(path, "email_address", u.email, u)
        a(path, "ip_address", u.ip, u)
    events = []
    for _ in range(60):
        u = R.choice(users)
        t += timedelta(minutes=R.randint(5, 900))
        event = R.choice(["login", "login", "view_notice", "booking", "login_failed"])
        events.append({"ts": t.isoformat(), "event": event, "user": u.email, "src_ip": u.ip,
                       "ua": R.choice(USER_AGENTS), "session": f"{R.getrandbits(64):016x}",
                       "status": 401 if event == "login_failed" else 200})
    for s in h.staff[3:6]:
        t += timedelta(minutes=33)
        events.append({"ts": t.isoformat(), "event": "admin_login", "user": s.work_email,
                       "src_ip": office, "status": 200})
        a(path, "email_address", s.work_email, s, True)
    events.sort(key=lambda e: e["ts"])
    h.share.write(path, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events))


def _null(value: str | None) -> str:
    return sql_quote(value) if value else "NULL"


def database_dump(h: Condo) -> None:
    """kanri_db_backup: the buildings (neutral), every unit's owner (a birth date for half, the
    home of those who let, a weak portal password for a quarter) and the staff."""
    path = "09_システム/kanri_db_backup_20241020.sql"
    R, a = h.rng, h.add
    sql = ["-- MySQL dump 10.13  Distrib 8.0.36", "-- Host: 10.0.1.20    Database: kanri",
           "SET NAMES utf8mb4;", "",
           sql_create("buildings", "bldg_code varchar(8), name varchar(64), address varchar(128), "
                                   "completed_on date, union_tel varchar(16)")]
    values = []
    for b in h.buildings:
        values.append(f"('{b.code}','{b.name}','{b.addr}','{b.built.isoformat()}','{b.tel}')")
        a(path, "phone_number", b.tel, None, True)
        a(path, "address", b.addr, None, True)
    sql.append("INSERT INTO `buildings` VALUES " + ",".join(values) + ";")
    sql.append(sql_create("owners", "owner_id int, bldg_code varchar(8), room_no varchar(8), "
                          "name varchar(64), name_kana varchar(64), birth_date date, "
                          "tel varchar(20), email varchar(128), mail_address varchar(200), "
                          "portal_pw varchar(64), contract_no varchar(16)"))
    values = []
    for oid, rm in enumerate((rm for b in h.buildings for rm in b.rooms), start=1001):
        o = rm.owner
        has_born = R.random() < 0.5
        password = None
        if R.random() < 0.25:
            password = (R.choice(["Mansion", "Kanri", "Haru", "Sakura"])
                        + str(R.randint(1000, 9999)) + R.choice(["!", "#", ""]))
        born = o.born.isoformat() if has_born else None
        home = o.addr if rm.rented else None
        values.append(f"({oid},'{rm.bldg.code}','{rm.room}','{o.name(' ')}','{o.kana()}',"
                      f"{_null(born)},'{o.phone}','{o.email}',{_null(home)},{_null(password)},"
                      f"'{h.my_number()}')")
        a(path, "person_name", o.name(), o)
        a(path, "person_name", o.kana(), o)
        a(path, "phone_number", o.phone, o)
        a(path, "email_address", o.email, o)
        if born:
            a(path, "date_of_birth", born, o)
        if rm.rented:
            a(path, "address", o.addr, o)
        if password:
            a(path, "credential", password, o)
    sql.append("INSERT INTO `owners` VALUES " + ",\n".join(values) + ";")
    sql.append(sql_create("staff", "emp_no varchar(8), name varchar(64), role varchar(16), "
                                   "login varchar(128), hired_on date"))
    values = []
    for s in h.staff:
        values.append(f"('{s.emp}','{s.name(' ')}','{s.role}','{s.work_email}',"
                      f"'{s.hired.isoformat()}')")
        a(path, "person_name", s.name(), s)
        a(path, "email_address", s.work_email, s, True)
    sql.append("INSERT INTO `staff` VALUES " + ",".join(values) + ";")
    h.share.write(path, "\n".join(sql) + "\n")


def old_roster(h: Condo) -> None:
    """旧名簿_平成30年.zip: the first eight units of the first two buildings as the old system
    exported them (CP932, half-width kana), the first two of each held by a former owner, and a
    readme with the company's 法人番号 (neutral)."""
    path = "10_アーカイブ/旧名簿_平成30年.zip"
    R, a = h.rng, h.add
    members = []
    for bi, b in enumerate(h.buildings[:2]):
        inner = f"H30/{b.code}_区分所有者名簿_H30.csv"
        rows = [["部屋番号", "氏名", "ﾌﾘｶﾞﾅ", "電話番号", "備考"]]
        for k, rm in enumerate(b.rooms[:8]):
            if k < 2:
                o = h.former[bi * 2 + k]
                note = f"H{R.randint(31, 31)}.3 売却"  # (a draw, whatever it gives)
            else:
                o, note = rm.owner, ""
            rows.append([rm.room, o.name(), half_width_kana(o.kana()), o.phone.replace("-", ""),
                         note])
            a(f"{path}!{inner}", "person_name", o.name(), o)
            a(f"{path}!{inner}", "person_name", half_width_kana(o.kana()), o)
            a(f"{path}!{inner}", "phone_number", o.phone, o)
        members.append((inner, csv_text(rows).encode("cp932")))
    readme = f"平成30年度 名簿（旧システム出力）\n管理会社 {h.company} 法人番号{h.corp}\n"
    members.append(("H30/readme.txt", readme.encode("cp932")))
    a(f"{path}!H30/readme.txt", "corporate_number", h.corp, None, True)
    h.share.write_zip(path, members, zipfile.ZIP_DEFLATED)


def _decoded(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    return data.decode("utf-8", "replace")


def _texts(name: str, data: bytes) -> dict[str, str]:
    """A file's text as gen.py's checker read it, by the "!member" suffix of the path it is
    found at ("" the file itself): cells a row joined by spaces, a mail's headers then body."""
    lower = name.lower()
    if lower.endswith(".xlsx"):
        wb = openpyxl.load_workbook(io.BytesIO(data))
        return {"": "\n".join(" ".join("" if v is None else str(v) for v in row)
                              for ws in wb for row in ws.iter_rows(values_only=True))}
    if lower.endswith(".docx"):
        doc = Document(io.BytesIO(data))
        lines = [p.text for p in doc.paragraphs]
        lines += [" ".join(c.text for c in row.cells) for t in doc.tables for row in t.rows]
        return {"": "\n".join(lines)}
    if lower.endswith(".eml"):
        message = email.message_from_bytes(data, policy=policy.default)
        texts = {"": "\n".join(f"{k}: {v}" for k, v in message.items())}
        for part in message.walk():
            if part.is_multipart():
                continue
            payload = part.get_payload(decode=True)
            if part.get_filename():
                texts.update({"!" + part.get_filename() + k: v
                              for k, v in _texts(part.get_filename(), payload).items()})
            else:
                texts[""] += "\n" + _decoded(payload)
        return texts
    if lower.endswith(".zip"):
        texts = {}
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for member in archive.namelist():
                texts.update({"!" + member + k: v
                              for k, v in _texts(member, archive.read(member)).items()})
        return texts
    return {"": _decoded(data)}


def neutral_names(h: Condo) -> None:
    """Every company, workplace and surname, given name (kanji or kana) or romanized surname of
    two characters or more, wherever a file's text holds it: neutral (gen.py's last pass)."""
    words = {h.company, COMPANY_KANA} | {c.name for c in h.contractors} | set(h.workplaces)
    for p in h.everyone:
        words |= {p.last, p.first, p.last_kana, p.first_kana, p.roman.upper()}
    words = sorted(w for w in words if len(w) >= 2)
    for file in sorted(h.share.root.rglob("*")):
        if not file.is_file():
            continue
        path = str(file.relative_to(h.share.root))
        texts = {"": h.drawn[path]} if path in h.drawn else _texts(file.name, file.read_bytes())
        for suffix, text in texts.items():
            squeezed = squeeze(text)
            for word in words:
                if squeeze(word) in squeezed:
                    h.add(path + suffix, "person_name", word, None, True)
