"""The office's systems and notes: the EDC audit log (IPs), the recruitment site's database (a
plain admin password), its MySQL dump and October's form export, the ended study's zip, three
memos (one CP932, half-width kana), the CRCs' chat and the contact list.
"""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from datetime import datetime, timedelta

from .japanese import half_width_kana
from .share import csv_text, sql_create, sql_quote
from .trial_site_people import CLINICS, OFFICE_TEL, OLD_STUDY, SPONSOR, SPONSOR_TEL, Site, era

_ENTRIES = ("id int NOT NULL, created_at datetime, name varchar(64), kana varchar(64), "
            "email varchar(128), tel varchar(20), birthday date, gender varchar(8), "
            "pref varchar(8), q_disease text, q_medication text, q_note text, status varchar(16)")


def edc(h: Site) -> None:
    """システム/EDC_audit_202610.jsonl: 160 events by CRCs and CRAs; a user's IP (a CRA's the
    only one not neutral) and work mail once each."""
    rng, rel = h.rng, "システム/EDC_audit_202610.jsonl"
    lines, seen = [], set()
    t0 = datetime(2026, 10, 1, 9, 0, 0)
    for _ in range(160):
        u = rng.choice(h.crcs + h.crcs + h.cras)
        t0 += timedelta(minutes=rng.randint(3, 90))
        s = rng.choice(h.subjects)
        rec = {"ts": t0.strftime("%Y-%m-%dT%H:%M:%S+09:00"), "user_id": u.uid,
               "user_email": u.work, "src_ip": u.ip,
               "action": rng.choice(["LOGIN", "VIEW_CRF", "UPDATE_FIELD", "SDV_CHECK",
                                     "QUERY_OPEN", "QUERY_CLOSE"]),
               "study": s.study[0], "subject": s.code,
               "field": rng.choice(["VS.SYSBP", "LB.HBA1C", "AE.AETERM", "CM.CMTRT", None])}
        if rec["action"] == "LOGIN":
            rec["subject"] = rec["field"] = None
        lines.append(json.dumps(rec, ensure_ascii=False))
        if u.id not in seen:
            seen.add(u.id)
            h.t(rel, "ip_address", u.ip, u, u.role == "crc")
            h.t(rel, "email_address", u.work, u, True)
    h.share.write(rel, "\n".join(lines) + "\n")


def recruit(h: Site) -> None:
    """募集サイト/: the applicants' and recruited subjects' entries (SQLite and a MySQL dump:
    names, mails, mobiles, births, diseases, medicines; the admin's plain password) and
    October's form export (six new applicants and two earlier ones)."""
    rng, rel = h.rng, "募集サイト/recruit_site.sqlite3"
    dump = "募集サイト/recruit_dump_20261001.sql"
    recruits = h.applicants + h.both
    db = sqlite3.connect(h.share.path(rel))
    db.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, created_at TEXT, name TEXT, "
               "kana TEXT, email TEXT, tel TEXT, birthday TEXT, gender TEXT, pref TEXT, "
               "q_disease TEXT, q_medication TEXT, q_note TEXT, status TEXT)")
    db.execute("CREATE TABLE admin_users (id INTEGER PRIMARY KEY, login TEXT, password TEXT, "
               "last_login_ip TEXT)")
    rows = []
    for i, a in enumerate(recruits):
        row = (i + 1, f"2026-0{rng.randint(6, 9)}-{rng.randint(10, 28)} "
                      f"{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}:00",
               h.sp(a), h.kp(a), a.email, a.mobile, a.born.isoformat(),
               "男性" if a.sex == "M" else "女性", a.pref, "、".join(a.dis), "、".join(a.med),
               rng.choice(["", "平日夜のみ可", "健診でHbA1c高めと言われた", ""]),
               rng.choice(["新規", "電話済", "対象外", "来院予約"]))
        db.execute("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", row)
        rows.append(row)
    for path in (rel, dump):
        for a in recruits:
            h.names(path, a)
            h.t(path, "email_address", a.email, a)
            h.t(path, "phone_number", a.mobile, a)
            h.ills(path, a)
    admin = h.crcs[0]
    password = f"Sakura{rng.randint(1000, 9999)}!"
    db.execute("INSERT INTO admin_users VALUES (1, ?, ?, ?)", (admin.work, password, admin.ip))
    db.commit()
    db.close()
    h.t(rel, "credential", password, admin)
    h.t(rel, "email_address", admin.work, admin, True)
    h.t(rel, "ip_address", admin.ip, admin, True)
    values = ",\n".join("(" + ",".join(str(v) if isinstance(v, int) else sql_quote(v) for v in r)
                        + ")" for r in rows)
    sql = ["-- MySQL dump 10.13  Distrib 8.0.36", "-- Host: localhost    Database: recruit",
           "SET NAMES utf8mb4;", "", sql_create("entries", _ENTRIES, key="id"),
           "LOCK TABLES `entries` WRITE;", f"INSERT INTO `entries` VALUES {values};",
           "UNLOCK TABLES;", "-- Dump completed on 2026-10-01  3:00:01"]
    h.share.write(dump, "\n".join(sql) + "\n")
    rel = "募集サイト/form_export_202610.json"
    new = [h.person("applicant", age=(20, 65)) for _ in range(6)]
    recs = []
    for a in new + rng.sample(h.applicants, 2):
        submitted = f"2026-10-{rng.randint(1, 14):02d}T{rng.randint(8, 22):02d}:00:00+09:00"
        recs.append({"form": "screening_precheck", "submitted": submitted, "answers": {
            "お名前": h.sp(a), "フリガナ": h.kp(a), "メールアドレス": a.email,
            "電話番号": h.phone(a.mobile, "-"), "生年月日": a.born.strftime("%Y年%m月%d日"),
            "現在治療中の病気": "、".join(a.dis), "服用中のお薬": "、".join(a.med),
            "郵便番号": a.postal}})
        h.names(rel, a)
        h.t(rel, "email_address", a.email, a)
        h.t(rel, "phone_number", a.mobile, a)
        h.t(rel, "postal_code", a.postal, a)
        h.ills(rel, a)
    h.share.write(rel, json.dumps({"exported_at": "2026-10-15T00:00:00+09:00", "entries": recs},
                                  ensure_ascii=False, indent=2))


def archive(h: Site) -> None:
    """終了試験/DEF-1902_終了_2023.zip: the ended study's subjects (CP932: names, births, homes,
    phones, its disease) and the closing memo (a CRC, a subject's dizziness and medicine)."""
    rng, rel = h.rng, "終了試験/DEF-1902_終了_2023.zip"
    inner = f"{OLD_STUDY[0]}/被験者一覧.csv"
    member = rel + "!" + inner
    rows: list[list[object]] = [["被験者識別コード", "氏名", "ふりがな", "生年月日", "住所", "電話",
                                 "合併症", "完了区分"]]
    for s in h.subj_old:
        rows.append([s.code, h.sp(s), h.kp(s), era(s.born, 2),
                     s.city + s.street if rng.random() < 0.5 else s.addr, h.phone(s.mobile, "-"),
                     "高血圧症", rng.choice(["完了", "完了", "中止"])])
        home = str(rows[-1][4])
        h.names(member, s)
        h.t(member, "phone_number", s.mobile, s)
        h.t(member, "sensitive", "高血圧症", s)
        h.t(member, "address", home, s)
    first, crc = h.subj_old[0], h.crcs[4]
    memo = (f"DEF-1902 終了報告メモ (2023/03/31)\n担当CRC: {crc.full}\n"
            f"全{len(h.subj_old)}例 登録、うち中止2例。\n"
            f"{first.code} {first.full}さん：めまいのため中止(降圧薬 {first.med[0]} 減量)。\n"
            "保管期限: 2038年3月まで(依頼者へ確認済)\n")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, minute, data in ((inner, 0, csv_text(rows).encode("cp932")),
                                   (f"{OLD_STUDY[0]}/終了報告メモ.txt", 5, memo.encode())):
            info = zipfile.ZipInfo(name, (2023, 3, 31, 17, minute, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    member = f"{rel}!{OLD_STUDY[0]}/終了報告メモ.txt"
    h.t(member, "person_name", crc.full, crc)
    h.t(member, "person_name", first.full, first)
    h.t(member, "sensitive", "めまい", first)
    h.t(member, "sensitive", first.med[0], first)
    h.share.write(rel, buffer.getvalue())


def handover(h: Site) -> None:
    """引継ぎ/引継ぎメモ_…さんへ.txt: five reminders (names, phones), a subject's new medicine,
    a depression, an account change (kana name)."""
    rng, to, frm = h.rng, h.crcs[5], h.crcs[1]
    rel = f"引継ぎ/引継ぎメモ_{to.last}さんへ.txt"
    hs = rng.sample(h.subjects, 8)
    lines = [f"{to.last}さんへ\u3000引継ぎメモ（{frm.last}より）", "",
             "■ 来週来院予定の方（電話リマインド要）"]
    for s in hs[:5]:
        lines.append(f"・{s.code}\u3000{h.sp(s)}様\u3000"
                     f"{h.phone(s.mobile)}\u3000"
                     f"{rng.choice(['午前希望', '耳が遠いので大きめの声で', '夕方以降'])}")
        h.t(rel, "person_name", s.full, s)
        h.t(rel, "phone_number", s.mobile, s)
    lines += ["", "■ 注意事項"]
    s, doctor = hs[5], h.doctors[1]
    lines.append(f"・{s.full}さん（{era(s.born, 1)}生）は{s.dis[0]}の治療で他院の{s.med[0]}が追加に"
                 f"なったので、併用禁止薬に当たらないか{doctor.last}先生に確認中。")
    h.names(rel, s, kana=False)
    h.t(rel, "sensitive", s.dis[0], s)
    h.t(rel, "sensitive", s.med[0], s)
    h.t(rel, "person_name", doctor.last, doctor, True)
    s = hs[6]
    lines.append(f"・{s.last}さん（{s.code}）うつ症状の訴えあり。次回PHQ-9実施。")
    h.t(rel, "person_name", s.last, s, True)
    h.t(rel, "sensitive", "うつ症状", s)
    s = hs[7]
    lines.append(f"・{s.full}様の負担軽減費、口座変更あり → {s.bank} {s.branch} 普通 {s.acct}"
                 f"（名義 {s.full_kana}）")
    h.t(rel, "person_name", s.full, s)
    h.t(rel, "person_name", s.full_kana, s)
    h.t(rel, "bank_account", s.acct, s)
    lines += ["", "共有PCのEDCパスワードは変わっていません。", frm.last]
    h.t(rel, "person_name", to.last, to, True)
    h.t(rel, "person_name", frm.last, frm, True)
    h.share.write(rel, "\n".join(lines) + "\n")


def phone_memo(h: Site) -> None:
    """引継ぎ/電話メモ_1014.txt (CP932): an applicant's call: name, half-width kana, mobile,
    disease, medicine, home without 都道府県, 〒 and birth."""
    rel, s = "引継ぎ/電話メモ_1014.txt", h.rng.choice(h.applicants)
    lines = ["10/14 電話受付メモ",
             f"{s.last}\u3000{s.first}さん（ﾌﾘｶﾞﾅ {half_width_kana(s.full_kana)}）",
             f"TEL {h.phone(s.mobile)}", f"募集サイトで応募、{s.dis[0]}で通院中。{s.med[0]}服用。",
             f"住所 {s.city}{s.street}（〒{s.postal}）", f"生年月日 {era(s.born, 0)}",
             "→ 事前スクリーニング来院 10/21 14:00 で予約。"]
    h.names(rel, s)
    h.t(rel, "phone_number", s.mobile, s)
    h.t(rel, "sensitive", s.dis[0], s)
    h.t(rel, "sensitive", s.med[0], s)
    h.t(rel, "address", s.city + s.street, s)
    h.t(rel, "postal_code", s.postal, s)
    h.share.write(rel, "\r\n".join(lines) + "\r\n", "cp932")


def duty(h: Site) -> None:
    """引継ぎ/CRC当番表_2026年11月.txt: four Saturdays' CRCs (surnames, work mobiles)."""
    rel = "引継ぎ/CRC当番表_2026年11月.txt"
    lines = ["2026年11月 CRC当番表（土曜対応）", ""]
    for day in range(7, 29, 7):
        c = h.rng.choice(h.crcs)
        lines.append(f"11/{day}(土)  {c.last}  社用携帯 {h.phone(c.wphone)}")
        h.t(rel, "person_name", c.last, c, True)
        h.t(rel, "phone_number", c.wphone, c)
    lines.append("緊急時: 事務所代表 0422-55-1234")
    h.t(rel, "phone_number", OFFICE_TEL, None, True)
    h.share.write(rel, "\n".join(lines) + "\n")


def chat(h: Site) -> None:
    """チャット/crc_channel_export.json: twelve messages by CRCs (display names), some naming a
    subject with a disease or a mobile."""
    rng, rel = h.rng, "チャット/crc_channel_export.json"
    msgs = []
    for k in range(12):
        c, s, kind = rng.choice(h.crcs), rng.choice(h.subjects), rng.randint(0, 3)
        if kind == 0:
            text = f"{s.code}の方、本日来院キャンセルです。"
        elif kind == 1:
            text = f"{s.full}さん({s.code})から電話あり、{s.dis[0]}の薬が変わったとのこと。"
            h.t(rel, "person_name", s.full, s)
            h.t(rel, "sensitive", s.dis[0], s)
        elif kind == 2:
            text = f"{s.full}様 携帯 {h.phone(s.mobile)} 折り返しお願いします"
            h.t(rel, "person_name", s.full, s)
            h.t(rel, "phone_number", s.mobile, s)
        else:
            text = "モニタリング日程、来週火曜で確定です。"
        ts = f"2026-10-{k + 1:02d}T{rng.randint(9, 18)}:{rng.randint(10, 59)}:00+09:00"
        msgs.append({"ts": ts, "user": c.uid, "display_name": c.full, "text": text})
        h.t(rel, "person_name", c.full, c)
    h.share.write(rel, json.dumps({"channel": "#crc-連絡", "messages": msgs}, ensure_ascii=False,
                                  indent=1))


def contacts(h: Site) -> None:
    """総務/関係者連絡先.tsv: the doctors' names and mobiles, the CRAs' names and work mails."""
    rel = "総務/関係者連絡先.tsv"
    lines = ["区分\t氏名\t所属\t電話\tメール"]
    for d, clinic in zip(h.doctors, CLINICS + CLINICS[:1], strict=True):
        lines.append(f"治験責任医師\t{d.name()}\t{clinic}\t{h.phone(d.mobile, '-')}\t")
        h.t(rel, "person_name", d.full, d)
        h.t(rel, "phone_number", d.mobile, d)
    for c in h.cras:
        lines.append(f"モニター\t{c.name()}\t{SPONSOR}\t03-5201-1234\t{c.work}")
        h.t(rel, "person_name", c.full, c)
        h.t(rel, "email_address", c.work, c, True)
    h.t(rel, "phone_number", SPONSOR_TEL, None, True)
    h.share.write(rel, "\n".join(lines) + "\n")
