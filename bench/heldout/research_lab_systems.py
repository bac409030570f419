"""The lab's systems: the REDCap export (names split, diagnoses), the survey app's log (mails and
IPs), the measurement database (SQLite: diagnoses, the students' surnames; lots and JAN-like
codes passing the My Number and 法人番号 checks), last year's MySQL dump and the 2022 pilot's
zip (a list without 都道府県, a hearing impairment in the memo).
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import datetime, timedelta

from .identifiers import corporate_check, my_number
from .research_lab_people import Lab, era
from .share import csv_text, mysqldump_head, sql_create

PILOT_DAY = datetime(2022, 11, 30, 12, 0, 0)  # the pilot zip's members


def redcap(w: Lab) -> None:
    """07_システム/redcap_export_20241001.json: the first 50 participants' baseline records."""
    path = "07_システム/redcap_export_20241001.json"
    recs = []
    for p in w.parts[:50]:
        recs.append({"record_id": p.sid, "redcap_event_name": "baseline_arm_1",
                     "name_last": p.last, "name_first": p.first, "dob": p.born.isoformat(),
                     "sex": 1 if p.sex == "M" else 2, "sbp": p.sbp, "dbp": p.dbp,
                     "hba1c": p.hba1c, "dx_text": "、".join(p.dx), "consent_complete": 2})
        w.facts(path, p, "name", "dob")
        w.surname(path, p)
        w.t(path, "person_name", p.first, p, True)
        for x in p.dx:
            w.t(path, "sensitive", x, p)
    w.share.write(path, json.dumps(recs, ensure_ascii=False, indent=1))


def app_log(w: Lab) -> None:
    """07_システム/survey_app.log.jsonl: 60 requests by participants' mails from their IPs, and
    a batch admin's login."""
    rng, path = w.rng, "07_システム/survey_app.log.jsonl"
    lines = []
    for i in range(60):
        p = rng.choice(w.parts[:80])
        ip = (f"{rng.choice([126, 153, 180, 219, 114])}.{rng.randint(0, 255)}"
              f".{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        ts = datetime(2024, 7, 1, 8) + timedelta(minutes=37 * i)
        lines.append(json.dumps({
            "ts": ts.isoformat() + "+09:00", "level": "INFO",
            "event": rng.choice(["login", "submit", "page_view"]), "user": p.email, "ip": ip,
            "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)",
            "req_id": f"{rng.getrandbits(48):012x}"}, ensure_ascii=False))
        w.facts(path, p, "email")
        w.t(path, "ip_address", ip, p)
    lines.append(json.dumps({"ts": "2024-07-02T03:00:00+09:00", "level": "WARN",
                             "event": "admin_login", "user": "admin", "ip": "10.20.3.15",
                             "note": "batch"}))
    w.share.write(path, "\n".join(lines) + "\n")


def measurements(w: Lab) -> None:
    """07_システム/measurements.sqlite: the first 80 participants' visits (a student's surname)
    and lab results (diagnoses, lots passing the My Number check) and four reagents."""
    rng, path = w.rng, "07_システム/measurements.sqlite"
    db = sqlite3.connect(w.share.path(path))
    db.executescript("""CREATE TABLE visit(study_id TEXT, visit_date TEXT, sbp INT, dbp INT, pulse INT, staff TEXT);
CREATE TABLE lab(sample_id TEXT, study_id TEXT, hba1c REAL, reagent_lot TEXT, diagnosis TEXT);
CREATE TABLE reagent(lot TEXT, product TEXT, jan TEXT, expiry TEXT);""")  # noqa: E501
    for i, p in enumerate(w.parts[:80]):
        db.execute("INSERT INTO visit VALUES(?,?,?,?,?,?)",
                   (p.sid, f"2024-0{rng.randint(6, 9)}-{rng.randint(10, 28)}", p.sbp, p.dbp,
                    rng.randint(55, 95), rng.choice(w.students).last))
        db.execute("INSERT INTO lab VALUES(?,?,?,?,?)",
                   (f"S24-{i + 1:05d}", p.sid, p.hba1c, "L" + my_number(rng), "、".join(p.dx)))
        for x in p.dx:
            w.t(path, "sensitive", x, p)
    for s in w.students:
        w.surname(path, s)
    for _ in range(4):
        lot = my_number(rng)
        base = f"{rng.randint(0, 10**12 - 1):012d}"
        db.execute("INSERT INTO reagent VALUES(?,?,?,?)",
                   (lot, "HbA1cテストキット", corporate_check(base) + base, "2025-03-31"))
    db.commit()
    db.execute("VACUUM")
    db.close()


def wave1_dump(w: Lab) -> None:
    """08_前年度/wave1_2023_dump.sql: last year's respondents (the first twelve participants and
    14 more), every other one's mail, a smoker's memo."""
    path = "08_前年度/wave1_2023_dump.sql"
    rows = []
    for i, p in enumerate(w.parts[:12] + w.wave1_new):
        cells = [p.name(), p.kana(), p.born.isoformat(), p.address, w.tel(p.mobile, 1),
                 p.email if i % 2 else "", "喫煙あり" if i % 5 == 0 else ""]
        rows.append(f"({i + 1}," + ",".join(f"'{c}'" for c in cells) + ")")
        w.facts(path, p, "name", "kana", "dob", "addr", "phone", *(["email"] if i % 2 else []))
    lines = mysqldump_head("8.0.36", "localhost", "chs_wave1")[:3]
    lines += ["DROP TABLE IF EXISTS `respondent`;",
              sql_create("respondent", "id int NOT NULL AUTO_INCREMENT, "
                         "name varchar(64) DEFAULT NULL, kana varchar(64) DEFAULT NULL, "
                         "birth date DEFAULT NULL, address varchar(255) DEFAULT NULL, "
                         "tel varchar(20) DEFAULT NULL, mail varchar(128) DEFAULT NULL, memo text",
                         "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4", "id", lines=True),
              "LOCK TABLES `respondent` WRITE;",
              f"INSERT INTO `respondent` VALUES {','.join(rows)};", "UNLOCK TABLES;",
              "-- Dump completed on 2023-12-20 18:02:11"]
    w.share.write(path, "\n".join(lines) + "\n")


def pilot(w: Lab) -> None:
    """09_パイロット/pilot_2022.zip: the ten pilot participants (CP932, homes without 都道府県,
    a history drawn) and the memo (one's hearing impairment, the first researcher)."""
    rng, path = w.rng, "09_パイロット/pilot_2022.zip"
    listing, memo = f"{path}!pilot/pilot_participants.csv", f"{path}!pilot/memo.txt"
    rows: list[list] = [["No", "氏名", "生年月日", "電話番号", "住所", "既往"]]
    for i, p in enumerate(w.pilot):
        home = p.addr.text(pref=False)
        rows.append([i + 1, p.name(), era(p.born, 2), w.tel(p.mobile, rng.choice([1, 3])), home,
                     rng.choice(["", "", "高血圧症", "喘息"])])
        w.facts(listing, p, "name", "dob", "phone")
        w.t(listing, "address", home, p)
    for p, row in zip(w.pilot, rows[1:], strict=True):
        if row[-1]:
            w.t(listing, "sensitive", row[-1], p)
    p3, res = w.pilot[3], w.res1
    note = (f"パイロット調査メモ（2022/11）\n・回収率 10/12\n"
            f"・{p3.name()}さんは聴覚に障害があり筆談で実施\n"
            f"・質問票の問12が分かりにくい\n担当 {res.name()}\n")
    w.name(memo, p3)
    w.t(memo, "sensitive", "聴覚に障害", p3)
    w.name(memo, res)
    w.share.write_zip(path, [("pilot/pilot_participants.csv", csv_text(rows).encode("cp932")),
                             ("pilot/memo.txt", note.encode())], zipfile.ZIP_DEFLATED, PILOT_DAY)
