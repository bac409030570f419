"""The centre's systems: the web 問診票's JSON Lines and its access log (client IPs), two paper
問診 typed in as JSON, the lab system's MySQL dump, the reservation SQLite (a login's
password), the 2019/2021 results zip (CP932 members) and the staff chat's export.

The log's admin IP 10.0.0.12 and a surname alone are neutral; 受付番号 passing the My Number
check and Luhn-valid 検体番号 stand in the files with no record.
"""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile

from .health_check_people import Center, phone, wareki
from .share import csv_text

DUMP_HEAD = [
    "-- MySQL dump 10.13  Distrib 8.0.36", "-- Host: labsrv01    Database: labsys",
    "SET NAMES utf8mb4;", "",
    "CREATE TABLE `patients` (`pid` int NOT NULL, `uketsuke_no` varchar(12), `name_kanji` "
    "varchar(40), `name_kana` varchar(40), `sex` char(1), `birth` date, PRIMARY KEY (`pid`));",
    "CREATE TABLE `specimens` (`specimen_no` varchar(16), `pid` int, `collected_at` datetime, "
    "`item` varchar(20), `value` varchar(20), `flag` char(1));",
    "CREATE TABLE `comments` (`pid` int, `comment` text);", ""]
QUESTIONS = [(1, "血圧を下げる薬を使用している"),
             (4, "医師から脳卒中にかかっているといわれたり、治療を受けたことがある"),
             (8, "現在、たばこを習慣的に吸っている")]


def webform(c: Center) -> None:
    """webform_submissions.jsonl: seven examinees in ten answered the web 問診 (history, drugs,
    an emergency contact); app_access.log.jsonl: their IPs, then a failed admin login."""
    rng, path = c.rng, "03_問診票/webform_submissions.jsonl"
    log_path = "03_問診票/app_access.log.jsonl"
    lines, logs = [], []
    for i, p in enumerate([p for p in c.examinees if rng.random() < 0.7]):
        ip = (f"{rng.choice([126, 153, 180, 219])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}."
              f"{rng.randint(1, 254)}")
        day = p.exam_day
        rec = {"submission_id": f"f{c.seed}{i:05d}",
               "submitted_at": f"2024-{day.month:02d}-{max(1, day.day - 3):02d}"
                               f"T2{rng.randint(0, 3)}:{rng.randint(10, 59)}:00+09:00",
               "name": p.name(), "kana": p.kana(), "birthdate": p.born.isoformat(),
               "email": p.email, "tel": phone(p.phone, rng.choice([0, 1, 3])),
               "answers": {"既往歴": p.hist or ["なし"], "服薬": p.meds or ["なし"],
                           "喫煙": p.smoke,
                           "飲酒": rng.choice(["毎日", "時々", "ほとんど飲まない"]),
                           "自覚症状": rng.choice(["なし", "なし", "頭痛", "動悸", "めまい"])}}
        if p.emerg:
            e = p.emerg
            rec["emergency_contact"] = {"name": e.name(), "relation": e.rel,
                                        "tel": phone(e.phone, 0)}
            c.t_std(path, e, "name phone")
        lines.append(json.dumps(rec, ensure_ascii=False))
        c.t_std(path, p, "name kana dob email phone")
        c.t_sens(path, p, p.hist + p.meds)
        logs.append(json.dumps({"ts": rec["submitted_at"], "level": "INFO", "event": "form_submit",
                                "remote_addr": ip, "user": p.email, "path": "/monshin/submit",
                                "status": 200}, ensure_ascii=False))
        c.t(log_path, "ip_address", ip, p)
        c.t_std(log_path, p, "email")
    c.share.write(path, "\n".join(lines) + "\n")
    logs.append(json.dumps({"ts": "2024-11-30T03:12:44+09:00", "level": "WARN",
                            "event": "login_failed", "remote_addr": "10.0.0.12", "user": "admin",
                            "path": "/admin/login", "status": 401}))
    c.t(log_path, "ip_address", "10.0.0.12", None, True)
    c.share.write(log_path, "\n".join(logs) + "\n")


def paper_forms(c: Center) -> None:
    """紙問診_入力_<受付番号>.json: two 国保 members' paper 質問票 as typed in (the card's
    numbers, the answers, the typist's surname)."""
    typist = c.staff[5]
    for p in c.rng.sample(c.kokuho(), 2):
        path = f"03_問診票/紙問診_入力_{p.uketsuke}.json"
        said = ["血圧を下げる薬" in p.meds, "脳卒中" in p.hist, p.smoke == "はい"]
        obj = {"form": "特定健康診査 質問票",
               "patient": {"氏名": p.name("　"), "ふりがな": p.kana(),
                           "生年月日": wareki(p.born, "kanji"),
                           "被保険者証": {"保険者番号": p.insurer, "記号": p.kigo,
                                     "番号": p.bango}},
               "質問": [{"no": no, "q": q, "a": "はい" if yes else "いいえ"}
                      for (no, q), yes in zip(QUESTIONS, said, strict=True)],
               "既往歴": p.hist, "入力者": typist.last}
        c.share.write(path, json.dumps(obj, ensure_ascii=False, indent=2))
        c.t_std(path, p, "name kana dob ins")
        c.t_sens(path, p, p.hist + [m for m in p.meds if m == "血圧を下げる薬"])
        c.t_std(path, typist, "sei")


def dump(c: Center) -> None:
    """labsys_dump_20241130.sql: every examinee, three lab values each under the 検体番号, and
    the findings as comments."""
    rng, path = c.rng, "09_システム/labsys_dump_20241130.sql"
    sql = list(DUMP_HEAD)
    vals = []
    for i, p in enumerate(c.examinees):
        vals.append(f"({i + 1},'{p.uketsuke}','{p.name()}','{p.kana()}','{p.sex}',"
                    f"'{p.born.isoformat()}')")
        c.t_std(path, p, "name kana dob")
    sql.append("INSERT INTO `patients` VALUES " + ",\n".join(vals) + ";")
    vals = []
    for i, p in enumerate(c.examinees):
        v = p.vals
        for item, value, flag in [("HbA1c", v["a1c"], "H" if v["a1c"] >= 5.6 else ""),
                                  ("LDL-C", v["ldl"], "H" if v["ldl"] >= 120 else ""),
                                  ("ALT", v["alt"], "H" if v["alt"] > 30 else "")]:
            vals.append(f"('{p.kentai}',{i + 1},'{p.exam_day.isoformat()} "
                        f"09:{rng.randint(10, 59)}:00','{item}','{value}','{flag}')")
    sql.append("INSERT INTO `specimens` VALUES " + ",\n".join(vals) + ";")
    vals = []
    for i, p in enumerate(c.examinees):
        if p.findings:
            vals.append(f"({i + 1},'{'、'.join(p.findings)}')")
            c.t_sens(path, p, p.findings)
    sql.append("INSERT INTO `comments` VALUES " + ",\n".join(vals) + ";")
    c.share.write(path, "\n".join(sql) + "\n")


def database(c: Center) -> None:
    """reserve.sqlite3: every examinee's reservation (mail six times in ten) and the reception
    login with its password in the clear, written in place as gen.py did."""
    rng, path = c.rng, "09_システム/reserve.sqlite3"
    con = sqlite3.connect(c.share.path(path))
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("CREATE TABLE reservations (id INTEGER PRIMARY KEY, uketsuke_no TEXT, name TEXT, "
                "kana TEXT, tel TEXT, mail TEXT, exam_date TEXT, course TEXT)")
    con.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, login TEXT, password_hash TEXT)")
    for i, p in enumerate(c.examinees):
        em = p.email if rng.random() < .6 else None
        con.execute("INSERT INTO reservations VALUES (?,?,?,?,?,?,?,?)",
                    (i + 1, p.uketsuke, p.name(), p.kana(), phone(p.phone, 1), em,
                     p.exam_day.isoformat(), "企業健診" if p.corp else "特定健診"))
        c.t_std(path, p, "name kana phone" + (" email" if em else ""))
    con.execute("INSERT INTO users VALUES (1, ?, ?)", ("uketsuke01", "ReserveP@ss2024"))
    c.t(path, "credential", "ReserveP@ss2024")
    con.commit()
    con.close()


def archive(c: Center) -> None:
    """健診結果_2019-2021.zip: forty examinees' old results in two CP932 CSVs (2019's twenty,
    2021's twenty-five, five in both) and a readme, each member dated as the old system did."""
    rng, path = c.rng, "10_過去データ/健診結果_2019-2021.zip"
    buffer = io.BytesIO()
    old = rng.sample(c.examinees, 40)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for year, group in [(2019, old[:20]), (2021, old[15:40])]:
            inner = f"{year}/結果一覧_{year}.csv"
            member = f"{path}!{inner}"
            rows = [["氏名", "生年月日", "住所", "判定", "所見"]]
            for p in group:
                was = rng.choice([[], ["高血圧疑い"], ["脂質異常症"], ["貧血"]])
                a = p.addr("hy", False)
                rows.append([p.name(""), wareki(p.born, "kanji"), a,
                             "C 要経過観察" if was else "A 異常なし", "、".join(was)])
                c.t_std(member, p, "name dob")
                c.t(member, "address", a, p)
                c.t_sens(member, p, was)
            info = zipfile.ZipInfo(inner, (year + 1, 3, 31, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.flag_bits |= 0x800
            z.writestr(info, csv_text(rows).encode("cp932"))
        readme = zipfile.ZipInfo("readme.txt", (2022, 4, 1, 9, 0, 0))
        z.writestr(readme, "旧システムからの出力。保存期間5年。\r\n".encode("cp932"))
    c.share.write(path, buffer.getvalue())


def chat(c: Center) -> None:
    """staff_chat_export.json: five staff write about five examinees (a callback number, a
    finding, a 検体番号, a history)."""
    path = "13_チャット/staff_chat_export.json"
    cps = c.rng.sample(c.examinees, 5)
    s = c.staff
    msgs = []

    def say(who: int, text: str, ts: str) -> None:
        msgs.append({"user": s[who].name(""), "ts": ts, "text": text})

    say(5, f"{cps[0].last}様から電話、再検査の日程変更したいそうです。"
           f"折返し {phone(cps[0].phone, 0)} まで", "2024-12-03T10:02:11+09:00")
    c.t_std(path, cps[0], "sei phone")
    say(2, f"了解です。{cps[1].name('')}さんは{'、'.join(cps[1].findings) or '異常なし'}"
           "だったので、結果説明は私がやります", "2024-12-03T10:05:40+09:00")
    c.t_name(path, cps[1])
    c.t_sens(path, cps[1], cps[1].findings)
    say(6, f"{cps[2].name()}さんの検体 {cps[2].kentai} 溶血のため再採血お願いします",
        "2024-12-03T11:20:00+09:00")
    c.t_name(path, cps[2])
    say(1, f"{cps[3].full}さん（{wareki(cps[3].born, 'slash')}生）、問診で"
           f"{'、'.join(cps[3].hist) or '既往なし'}とのこと。服薬確認して",
        "2024-12-04T09:31:00+09:00")
    c.t_std(path, cps[3], "name dob")
    c.t_sens(path, cps[3], cps[3].hist)
    say(7, "明日のシステム保守、予約画面は 18時から止まります", "2024-12-04T17:00:00+09:00")
    for k in (5, 2, 6, 1, 7):
        c.t_name(path, s[k])
    export = {"channel": "#受付-連絡", "exported_at": "2024-12-05T00:00:00+09:00",
              "messages": msgs}
    c.share.write(path, json.dumps(export, ensure_ascii=False, indent=1))
