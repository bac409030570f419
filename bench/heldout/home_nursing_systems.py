"""The station's systems and loose files: the team chat (a password), the visit app's log
(staff IPs) and database (plain passwords), a dump, the ended patients' zip, two handover
memos (one CP932) and the web form's export.

Staff mails in the log and database, kana names, surnames and given names alone and the dead
are neutral.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import datetime, timedelta

from . import home_nursing_names as names
from .home_nursing_mails import TZ
from .home_nursing_people import Person, Station, era, joined
from .share import csv_text, sql_quote

UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"


def chat(w: Station) -> None:
    """チャット/lineworks_訪問看護チーム_202411.json: 14 nurses' messages and a password."""
    r = w.rng
    path = "チャット/lineworks_訪問看護チーム_202411.json"
    msgs: list[dict] = []
    t0 = datetime(2024, 11, 1, 8, 0, tzinfo=TZ)

    def say(s: Person, text: str) -> None:
        t = t0 + timedelta(minutes=37 * len(msgs) + r.randrange(30))
        msgs.append({"messageId": str(100000 + len(msgs)),
                     "sender": {"userId": s.login, "displayName": w.nm(s, 0)},
                     "createdTime": t.isoformat(), "content": {"type": "text", "text": text}})
        w.tp(path, s)
    for _ in range(14):
        s, p = r.choice(w.nurses), r.choice(w.pts[:38])
        tpl = r.randrange(6)
        if tpl == 0:
            say(s, f"{p.last}さん、本日SpO2 {r.randrange(86, 93)}%。主治医に報告済みです。")
            w.tsur(path, p)
        elif tpl == 1:
            say(s, f"{w.nm(p, 0)}様のお宅、キーボックス番号は{r.randrange(1000, 9999)}です。"
                   f"{p.dx}のため玄関まで時間かかります。")
            w.tp(path, p)
            w.tdx(path, p)
        elif tpl == 2:
            say(s, f"{p.kp.rel}の{w.nm(p.kp, 1)}さんから電話あり、折り返し {w.phone(p.kp.mob)} "
                   "までお願いします")
            w.tp(path, p.kp, phones=[p.kp.mob])
        elif tpl == 3:
            th = r.choice(w.staff[10:13])
            say(s, f"明日の{p.last}様、{th.last}さんのリハと時間重なってます。調整お願いします")
            w.tsur(path, p, th)
        elif tpl == 4:
            say(s, f"{w.nm(p, 1)}さん（{era(p.born, 1)}生）の指示書、期限切れ間近です。"
                   f"{p.doc.clinic}に依頼済み")
            w.tp(path, p, dob=True)
        else:
            say(s, f"オンコール交代します。{p.last}様 {names.CARE.get(p.dx, '服薬確認')}の件、"
                   "申し送りノート参照。")
            w.tsur(path, p)
            w.tcare(path, p)
    pw = f"Hidamari{r.randrange(1000, 9999)}!"
    say(w.staff[13],
        f"訪問記録アプリのパスワードを変更しました。新PW: {pw} （共通ID: hidamari-nurse）")
    w.t(path, "credential", pw, None)
    room = {"room": {"roomId": "R-2207", "name": "訪問看護チーム"}, "messages": msgs}
    w.share.write(path, json.dumps(room, ensure_ascii=False, indent=1))


def app_log(w: Station) -> None:
    """ログ/visitapp_20241101-1110.jsonl: 70 events, each staff member's IP, some patients."""
    r = w.rng
    path = "ログ/visitapp_20241101-1110.jsonl"
    lines = []
    for k in range(70):
        s = r.choice(w.staff[:13])
        t = datetime(2024, 11, 1, 8, 0, tzinfo=TZ) + timedelta(minutes=173 * k + r.randrange(60))
        drawn = (f"{r.choice([126, 153, 60, 114, 182])}.{r.randrange(1, 255)}."
                 f"{r.randrange(1, 255)}.{r.randrange(1, 255)}")  # drawn every time (setdefault)
        ip = s.ext.setdefault("ip", drawn)
        act = r.choice(["login", "view_patient", "save_record", "view_patient", "export_csv",
                        "logout"])
        ev = {"ts": t.isoformat(), "level": "INFO", "user": s.email, "src_ip": ip, "action": act}
        w.t(path, "email_address", s.email, s.id, True)
        w.t(path, "ip_address", ip, s.id)
        if act in ("view_patient", "save_record"):
            p = r.choice(w.pts)
            ev["patient_id"] = p.id
            if r.random() < .4:
                ev["patient_name"] = w.nm(p, 1)
                w.tp(path, p)
        if act == "login" and r.random() < .15:
            ev["level"] = "WARN"
            ev["msg"] = "login failed: bad password"
        lines.append(json.dumps(ev, ensure_ascii=False))
    w.share.write(path, "\n".join(lines) + "\n")


def database(w: Station) -> None:
    """DB/visitapp.sqlite3: staff (plain passwords), 20 patients and 60 visits."""
    r = w.rng
    path = "DB/visitapp.sqlite3"
    con = sqlite3.connect(w.share.path(path))
    con.executescript(
        "CREATE TABLE staff(id TEXT PRIMARY KEY, name TEXT, kana TEXT, email TEXT, role TEXT, "
        "password TEXT);CREATE TABLE patients(id TEXT PRIMARY KEY, name TEXT, kana TEXT, "
        "birth_date TEXT, zip TEXT, address TEXT, tel TEXT, diagnosis TEXT, care_level TEXT);"
        "CREATE TABLE visits(id INTEGER PRIMARY KEY, patient_id TEXT, staff_id TEXT, "
        "visit_date TEXT, vitals TEXT, note TEXT);")
    for s in w.staff[:13]:
        pwd = f"{s.last_roman.lower()}{s.born.strftime('%m%d')}"
        con.execute("INSERT INTO staff VALUES(?,?,?,?,?,?)",
                    (s.login, w.nm(s, 0), s.kana(), s.email, s.role, pwd))
        w.tp(path, s)
        w.tkana(path, s)
        w.t(path, "email_address", s.email, s.id, True)
        w.t(path, "credential", pwd, s.id)
    for p in w.pts[:20]:
        a = w.addr(p.home, pref=True)
        con.execute("INSERT INTO patients VALUES(?,?,?,?,?,?,?,?,?)",
                    (p.id, w.nm(p, 1), p.kana(), p.born.isoformat(), p.home.post, a,
                     w.phone(p.tel, 7), p.dx, p.kaigo))
        w.tp(path, p, dob=True, addr=a, post=True, phones=[p.tel])
        w.tkana(path, p)
        w.tdx(path, p)
    for _ in range(60):
        p, s = r.choice(w.pts[:20]), r.choice(w.nurses)
        con.execute("INSERT INTO visits(patient_id,staff_id,visit_date,vitals,note) "
                    "VALUES(?,?,?,?,?)",
                    (p.id, s.login, f"2024-10-{r.randrange(1, 32):02d}",
                     f"BT36.{r.randrange(10)} BP{r.randrange(100, 160)}/{r.randrange(60, 95)}",
                     r.choice(["著変なし", "排便コントロール", "家族指導", "入浴介助"])))
    con.commit()
    con.execute("VACUUM")
    con.close()


def dump(w: Station) -> None:
    """DB/visitapp_dump_20241031.sql: patients 15-32 with key persons, and the staff."""
    path = "DB/visitapp_dump_20241031.sql"
    lines = ["-- visitapp dump 2024-10-31 03:00", "BEGIN TRANSACTION;",
             "CREATE TABLE patients(id TEXT PRIMARY KEY, name TEXT, kana TEXT, birth_date TEXT, "
             "zip TEXT, address TEXT, tel TEXT, keyperson TEXT, keyperson_tel TEXT, "
             "diagnosis TEXT);"]
    for p in w.pts[14:32]:
        a = w.addr(p.home, pref=True)
        kp = p.kp
        values = [p.id, w.nm(p, 1), p.kana(), p.born.isoformat(), p.home.post, a,
                  w.phone(p.tel, 0), w.nm(kp, 1), joined(kp.mob), p.dx]
        lines.append(f"INSERT INTO patients VALUES({','.join(map(sql_quote, values))});")
        w.tp(path, p, dob=True, addr=a, post=True, phones=[p.tel])
        w.tkana(path, p)
        w.tdx(path, p)
        w.tp(path, kp, phones=[kp.mob])
    lines += ["CREATE TABLE staff(id TEXT PRIMARY KEY, name TEXT, email TEXT);"]
    for s in w.staff[:13]:
        lines.append(f"INSERT INTO staff VALUES({sql_quote(s.login)},{sql_quote(w.nm(s, 1))},"
                     f"{sql_quote(s.email)});")
        w.tp(path, s)
        w.t(path, "email_address", s.email, s.id, True)
    lines.append("COMMIT;")
    w.share.write(path, "\n".join(lines) + "\n")


def ended(w: Station) -> None:
    """旧データ/終了者_2023年度.zip: the ended patients (CP932) and the first one's 看取り記録."""
    zpath = "旧データ/終了者_2023年度.zip"
    inner1 = "終了者_2023/終了者一覧.csv"
    p1 = f"{zpath}!{inner1}"
    rows = [["利用者ID", "氏名", "生年月日", "住所", "電話番号", "介護保険被保険者番号", "主病名",
             "終了日", "終了理由", "キーパーソン", "続柄", "連絡先"]]
    for e in w.ended:
        a = w.addr(e.home)
        kp = e.kp
        rows.append([e.id, w.nm(e, 2), era(e.born, 1), a, w.phone(e.tel, 0), e.kno, e.dx,
                     e.end.strftime("%Y/%m/%d"), e.reason, w.nm(kp, 2), kp.rel, w.phone(kp.mob, 0)])
        w.tp(p1, e, dob=True, addr=a, phones=[e.tel])
        w.t(p1, "health_insurance_number", e.kno, e.id, not e.counted)
        w.tdx(p1, e)
        w.tp(p1, kp, phones=[kp.mob])
    e, s1, s2 = w.ended[0], w.staff[1], w.staff[2]
    inner2 = "終了者_2023/看取り記録_" + e.last + ".txt"
    p2 = f"{zpath}!{inner2}"
    txt2 = (f"看取り記録\n利用者：{w.nm(e, 0)} 様（{era(e.born, 0)}生）\n主病名：{e.dx}\n"
            f"{e.end.month}月{e.end.day}日 04:12 {e.kp.rel}の{w.nm(e.kp, 0)}様"
            "より呼吸停止の連絡。\n"
            f"05:00 {e.doc.clinic} {w.nm(e.doc, 0)}医師により死亡確認。エンゼルケア実施"
            f"（{w.nm(s1, 0)}、{w.nm(s2, 0)}）。\nご家族より「家で看取れてよかった」との言葉あり。"
            f"グリーフケア訪問予定。{e.kp.last}様携帯 {w.phone(e.kp.mob)}\n")
    w.tp(p2, e, dob=True)
    w.tdx(p2, e)
    w.tp(p2, e.kp, phones=[e.kp.mob])
    w.tsur(p2, e.kp)
    for x in (e.doc, s1, s2):
        w.tp(p2, x)
    w.share.write_zip(zpath, [(inner1, csv_text(rows).encode("cp932")), (inner2, txt2.encode())],
                      zipfile.ZIP_DEFLATED, datetime(2024, 4, 1, 10, 0, 0))


def memos(w: Station) -> None:
    """メモ/申し送り_20241105.txt (CP932) and _20241112.txt: a nurse's handover notes."""
    r = w.rng
    for fn, ps in [("申し送り_20241105.txt", w.pts[21:27]),
                   ("申し送り_20241112.txt", [*w.pts[26:31], w.pts[35]])]:
        path = "メモ/" + fn
        nurse = r.choice(w.nurses)
        lines = [f"申し送り {fn[5:13]}  記入：{nurse.last}"]
        w.tsur(path, nurse)
        for p in ps:
            st = r.randrange(3)
            if st == 0:
                how = r.choice(["食欲低下、水分摂取促す", "夜間せん妄あり",
                                "疼痛増強、レスキュー使用2回"])
                lines.append(f"・{w.nm(p, 1)}さん　{p.dx}。{how}")
                w.tp(path, p)
                w.tdx(path, p)
            elif st == 1:
                kp = p.kp
                lines.append(f"・{p.last}様 {names.CARE.get(p.dx, '服薬確認')}継続。"
                             f"{kp.rel}({kp.first}さん) {w.phone(kp.mob)} に状況報告済み")
                w.tsur(path, p)
                w.tp(path, kp, name=False, phones=[kp.mob])
                w.t(path, "person_name", kp.first, kp.id, True)
                w.tcare(path, p)
            else:
                later = r.choice(["受診予定11/20", "ショートステイ利用中（～11/18）",
                                  "入院の可能性あり"])
                lines.append(f"・{w.nm(p, 0)}（{p.home.town}）：{p.dx}で{later}")
                w.tp(path, p)
                w.tdx(path, p)
        lines.append("※ 鍵の返却忘れ注意！")
        w.share.write(path, "\n".join(lines) + "\n", "cp932" if "05" in fn else "utf-8")


def webform(w: Station) -> None:
    """Web/問い合わせフォーム_export_202411.json: three enquiries about a parent leaving
    hospital."""
    r = w.rng
    path = "Web/問い合わせフォーム_export_202411.json"
    subs = []
    for i, (a, b) in enumerate(w.newq):
        ad = w.addr(a.home, pref=True)
        when = f"2024-11-{3 + 4 * i:02d}T{r.randrange(8, 22)}:{r.randrange(60):02d}:00+09:00"
        fields = {"name": w.nm(a, r.randrange(4)), "name_kana": a.kana(), "email": a.email,
                  "tel": w.phone(a.mob), "zip": w.post(a.home), "address": ad,
                  "target_name": w.nm(b, 0), "target_relation": r.choice(["父", "母", "義母"]),
                  "target_birth": era(b.born, r.choice([0, 1, 3])),
                  "message": f"{b.dx}で退院予定です。訪問看護を利用したいので相談させてください。"
                             "平日夜なら電話に出られます。"}
        ip = (f"{r.choice([126, 219, 27])}.{r.randrange(256)}.{r.randrange(256)}."
              f"{r.randrange(1, 255)}")
        subs.append({"id": 5101 + i, "submitted_at": when, "form": "contact", "fields": fields,
                     "ip": ip, "user_agent": UA})
        w.tp(path, a, addr=ad, post=True, phones=[a.mob], email=a.email)
        w.tkana(path, a)
        w.t(path, "ip_address", ip, a.id)
        w.tp(path, b, dob=True)
        w.tdx(path, b)
    out = {"exported_at": "2024-11-15T09:00:00+09:00", "submissions": subs}
    w.share.write(path, json.dumps(out, ensure_ascii=False, indent=2))
