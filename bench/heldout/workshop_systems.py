"""The workshop's systems: October's check-in log (JSONL: conditions in the notes), the billing
database (SQLite: users, relatives, staff password hashes, claim numbers passing the My Number
check), the support records' MySQL dump (hallucinations, self-harm; the trading partners'
numbers), the staff room's chat export and the web form's visit requests (IPs).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date

from .identifiers import corporate_number, my_number
from .workshop_people import COMP_NAMES, Workshop

CHECKIN_NOTES = [""] * 8 + ["頭痛の訴えあり", "服薬忘れ→家族に連絡", "不眠が続いているとのこと",
                            "てんかん発作なし、通常作業", "気分の落ち込みあり"]
EPILEPSY = "てんかん発作なし、通常作業"
SCHEMA = """PRAGMA journal_mode=DELETE;
CREATE TABLE riyosha(id INTEGER PRIMARY KEY, jukyusha_no TEXT, shimei TEXT, kana TEXT, seinengappi TEXT, zip TEXT, jusho TEXT, tel TEXT, shogai_shubetsu TEXT, shien_kubun TEXT, techo TEXT);
CREATE TABLE kazoku(id INTEGER PRIMARY KEY, riyosha_id INTEGER, shimei TEXT, zokugara TEXT, tel TEXT);
CREATE TABLE shokuin(id INTEGER PRIMARY KEY, shimei TEXT, login TEXT, password_hash TEXT, shikaku TEXT);
CREATE TABLE seikyu(id INTEGER PRIMARY KEY, riyosha_id INTEGER, teikyo_ym TEXT, nissu INTEGER, tani INTEGER, seikyu_no TEXT);"""  # noqa: E501
KIR = ["作業中に幻聴の訴えあり。休憩室で30分休息。",
       "服薬（{m}）を飲み忘れたとのこと。家族へ連絡。",
       "通院日のため午後欠席。", "成形作業が安定してきた。", "パニック発作あり、頓服使用。",
       "自傷の跡を確認。主治医に情報提供。"]
SENS_K = {0: "幻聴", 4: "パニック発作", 5: "自傷"}
CHAT = ["{s}さん今朝来所、顔色悪いです", "{n}さんのお母さんから電話、今日休みです",
        "{n}さん、昼の服薬（{m}）確認お願いします",
        "{n}さん作業中にパニックになって外に飛び出しました。無事確保",
        "{n}さんパン成形上手になってきた！", "{s}さんの送迎、今日は{a}までお願いします"]
CONSULT = ["パン作りに興味があります", "昼夜逆転気味ですが通えますか", "就労移行から移りたい"]


def checkins(h: Workshop) -> None:
    """04_通所記録/tsusho_log_2024-10.jsonl: 22 users a weekday, a note one time in three."""
    rng, rel = h.rng, "04_通所記録/tsusho_log_2024-10.jsonl"
    lines = []
    for day in range(1, 32):
        d0 = date(2024, 10, day)
        if d0.weekday() >= 5:
            continue
        for u in rng.sample(h.users, 22):
            note = rng.choice(CHECKIN_NOTES)
            ts = f"{d0.isoformat()}T{rng.randint(8, 9):02d}:{rng.randint(0, 59):02d}:00+09:00"
            temp = round(rng.uniform(35.8, 37.2), 1)
            s = rng.choice(h.staff[:8])
            rec = {"ts": ts, "device": "tablet-01", "event": "checkin",
                   "user": {"id": f"U{h.users.index(u) + 1:03d}", "name": u.full}, "temp": temp,
                   "transport": "送迎" if u.transport else "自力", "staff": s.last, "note": note}
            h.tsei(rel, s)
            lines.append(json.dumps(rec, ensure_ascii=False))
            h.tn(rel, u)
            if note and note != EPILEPSY:
                h.sens(rel, u, note)
            if note == EPILEPSY:
                h.sens(rel, u, "てんかん")
    h.share.write(rel, "\n".join(lines) + "\n")


def billing(h: Workshop) -> None:
    """05_請求システム/hidamari_billing.sqlite: the users, their relatives, two months' claims
    (numbers passing the My Number check) and eight staff logins (hashes, neutral)."""
    rng, rel = h.rng, "05_請求システム/hidamari_billing.sqlite"
    con = sqlite3.connect(h.share.path(rel))
    con.executescript(SCHEMA)
    for i, u in enumerate(h.users, 1):
        con.execute("INSERT INTO riyosha VALUES(?,?,?,?,?,?,?,?,?,?,?)",
                    (i, u.jukyu, u.full, u.kana(), u.born.isoformat(), u.addr.zip.replace("-", ""),
                     u.addr.text(), u.tel.replace("-", ""), u.dis, u.kubun, u.techo + u.grade))
        h.ident(rel, u, u.addr.text())
        h.sens(rel, u, u.dis, u.techo + u.grade)
        if u.kubun != "非該当":
            h.sens(rel, u, u.kubun)
        f = h.fam.get(u.id)
        if f:
            con.execute("INSERT INTO kazoku(riyosha_id,shimei,zokugara,tel) VALUES(?,?,?,?)",
                        (i, f.full, f.rel, f.tel))
            h.tn(rel, f)
            h.rec(rel, "phone_number", f.tel, f.id)
        for ym in ["2024-08", "2024-09"]:
            row = (i, ym, rng.randint(8, 22), rng.randint(5000, 14000),
                   my_number(rng, zero_lead="draw"))
            con.execute("INSERT INTO seikyu(riyosha_id,teikyo_ym,nissu,tani,seikyu_no) "
                        "VALUES(?,?,?,?,?)", row)
    for s in h.staff[:8]:
        ph = "sha256$" + "".join(rng.choice("0123456789abcdef") for _ in range(64))
        con.execute("INSERT INTO shokuin(shimei,login,password_hash,shikaku) VALUES(?,?,?,?)",
                    (s.full, s.empno.lower(), ph, s.qual))
        h.rec(rel, "credential", ph, s.id, True)
        h.tn(rel, s)
    con.commit()
    con.close()


def dump(h: Workshop) -> None:
    """05_請求システム/backup/dump_20240930.sql: 45 support records (births, conditions), then
    the trading partners drawn here (numbers and 法人番号 neutral)."""
    rng, rel = h.rng, "05_請求システム/backup/dump_20240930.sql"
    out = ["-- MySQL dump 10.13  Distrib 8.0.36", "-- Host: localhost    Database: hidamari_kiroku",
           "", "DROP TABLE IF EXISTS `shien_kiroku`;",
           "CREATE TABLE `shien_kiroku` (`id` int NOT NULL AUTO_INCREMENT, `riyosha` varchar(40), "
           "`birthday` date, `kiroku_date` date, `staff` varchar(40), `naiyo` text, PRIMARY KEY "
           "(`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;", "LOCK TABLES `shien_kiroku` WRITE;"]
    vals = []
    for k in range(45):
        u = rng.choice(h.users)
        ki = rng.randrange(len(KIR))
        txt = KIR[ki].format(m=(u.meds or ["薬"])[0])
        s = rng.choice(h.staff[:8])
        vals.append(f"({k + 1},'{u.full}','{u.born.isoformat()}',"
                    f"'2024-09-{rng.randint(1, 30):02d}','{s.full}','{txt}')")
        h.tn(rel, u)
        h.rec(rel, "date_of_birth", u.born, u.id)
        h.tn(rel, s)
        if ki in SENS_K:
            h.sens(rel, u, SENS_K[ki])
        if ki == 1 and u.meds:
            h.sens(rel, u, u.meds[0])
    out.append("INSERT INTO `shien_kiroku` VALUES " + ",".join(vals) + ";")
    out.append("UNLOCK TABLES;")
    out += ["", "DROP TABLE IF EXISTS `torihikisaki`;",
            "CREATE TABLE `torihikisaki` (`id` int, `name` varchar(80), `tel` varchar(20), "
            "`hojin_bango` char(13));"]
    for name in COMP_NAMES:
        tel = f"04-{rng.randint(2900, 2999)}-{rng.randint(1000, 9999)}"
        corp = corporate_number(rng, nonzero_lead=True)
        city = rng.choice(["狭山市", "川越市", "所沢市"])
        town = h.faker.town()
        addr = (f"埼玉県{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 20)}-"
                f"{rng.randint(1, 9)}")
        h.comp.append({"name": name, "tel": tel, "corp": corp, "addr": addr})
    out.append("INSERT INTO `torihikisaki` VALUES " + ",".join(
        f"({i + 1},'{c['name']}','{c['tel']}','{c['corp']}')" for i, c in enumerate(h.comp)) + ";")
    for c in h.comp:
        h.rec(rel, "corporate_number", c["corp"], None, True)
        h.rec(rel, "phone_number", c["tel"], None, True)
    h.share.write(rel, "\n".join(out) + "\n")


def chat(h: Workshop) -> None:
    """08_メール/lineworks_staffroom_export.json: 30 staff-room messages (full names, or a
    surname alone, a medicine, a panic)."""
    rng, rel = h.rng, "08_メール/lineworks_staffroom_export.json"
    msgs = []
    for k in range(30):
        u, s, tpl = rng.choice(h.users), rng.choice(h.staff[:8]), rng.choice(CHAT)
        text = tpl.format(s=u.last, n=u.full, m=(u.meds or ["頓服"])[0], a=u.addr.town)
        when = (f"2024-10-{rng.randint(1, 31):02d}T{rng.randint(8, 17):02d}:"
                f"{rng.randint(0, 59):02d}:00+09:00")
        msgs.append({"id": k + 1, "time": when, "sender": {"name": s.spaced, "email": s.mail},
                     "text": text})
        h.rec(rel, "person_name", s.full, s.id)
        h.rec(rel, "email_address", s.mail, s.id, True)
        if "{n}" in tpl:
            h.tn(rel, u)
        else:
            h.rec(rel, "person_name", u.last, u.id, True)
        if "服薬" in tpl and u.meds:
            h.sens(rel, u, u.meds[0])
        if "パニック" in tpl:
            h.sens(rel, u, "パニック")
    data = {"room": "ひだまり職員連絡", "exported_at": "2024-10-31T18:00:00+09:00",
            "messages": sorted(msgs, key=lambda x: x["time"])}
    h.share.write(rel, json.dumps(data, ensure_ascii=False, indent=1))


def webform(h: Workshop) -> None:
    """14_見学・体験/webform_見学申込_2024.json: the seven visitors' requests (mails, IPs)."""
    rng, rel = h.rng, "14_見学・体験/webform_見学申込_2024.json"
    subs = []
    for v in h.visit:
        when = (f"2024-{rng.randint(4, 10):02d}-{rng.randint(1, 28):02d} "
                f"{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}")
        fields = {"お名前": v.spaced, "ふりがな": v.kana(), "生年月日": v.born.isoformat(),
                  "メールアドレス": v.mail, "電話番号": v.tel, "ご住所": v.addr.text(),
                  "障害の種類・診断名": v.dis, "ご相談内容": rng.choice(CONSULT),
                  "privacy_agree": True}
        ip = (f"{rng.choice([126, 153, 60, 1])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}."
              f"{rng.randint(1, 254)}")
        subs.append({"submitted_at": when, "form": "kengaku", "fields": fields, "ip": ip})
        h.tn(rel, v)
        h.tk(rel, v)
        h.rec(rel, "date_of_birth", v.born, v.id)
        h.rec(rel, "email_address", v.mail, v.id)
        h.rec(rel, "phone_number", v.tel, v.id)
        h.rec(rel, "address", v.addr.text(), v.id)
        h.sens(rel, v, v.dis)
        h.rec(rel, "ip_address", ip, v.id)
    h.share.write(rel, json.dumps(subs, ensure_ascii=False, indent=2))
