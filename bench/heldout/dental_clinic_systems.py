"""The dental clinic's systems: the web booking log (JSON Lines; 予約番号 passing the My Number
check, the client's IP expected), the appointment book (SQLite; 予約番号 passing Luhn, the staff
neutral), the reception PC's password note and the 2019 archive (a zip: the old system's
patient list in half-width kana, five patients found nowhere else, and a handover note)."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import timedelta

from .dental_clinic_people import DentalClinic, wareki_long
from .identifiers import luhn_number
from .japanese import FULL_WIDTH, fphone, half_width_kana
from .share import csv_text

MENUS = ["定期検診・クリーニング", "むし歯治療", "歯周病治療", "ホワイトニング相談",
         "インプラント相談", "入れ歯の調整"]
MEMOS = ["", "", "左下の奥歯がしみる", "子供も一緒に", "前回の続き", "詰め物が取れた"]
NOTES = ["", "", "", "麻酔で気分不良歴あり", "車椅子", "キャンセル多い", "土曜希望"]
TREATMENTS = ["SC", "P処", "CR充填", "抜髄", "印象", "セット", "定期"]


def web_bookings(h: DentalClinic) -> None:
    """web予約ログ: 28 bookings, each patient's mail address drawn where they had none (and
    kept for them)."""
    path = "予約/web予約ログ_202611.jsonl"
    R, a = h.rng, h.add
    lines = []
    for p in R.sample(h.patients, 28):
        ip = (f"{R.choice([126, 153, 180, 219, 60, 114])}.{R.randint(0, 255)}"
              f".{R.randint(0, 255)}.{R.randint(1, 254)}")
        number = h.my_number()
        d = h.day(2026, 2026)
        p.email = p.email or f"{h.faker.user_name()}{R.randint(1, 999)}@gmail.com"
        clock = f"{R.randint(7, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"
        record = {"ts": f"{d.isoformat()}T{clock}+09:00", "reservation_no": number,
                  "event": "booking.create", "client_ip": ip,
                  "patient": {"name": p.name(" "), "kana": p.kana(" "), "tel": p.mobile,
                              "email": p.email, "karte_no": p.karte if R.random() < 0.6 else None},
                  "slot": {"date": (d + timedelta(days=R.randint(1, 20))).isoformat(),
                           "time": f"{R.randint(9, 18)}:{R.choice(['00', '30'])}",
                           "menu": R.choice(MENUS)},
                  "memo": R.choice(MEMOS)}
        lines.append(json.dumps(record, ensure_ascii=False))
        a(path, "person_name", p.name(" "), p)
        a(path, "person_name", p.kana(" "), p)
        a(path, "phone_number", p.mobile, p)
        a(path, "email_address", p.email, p)
        a(path, "ip_address", ip, p)
    h.share.write(path, "\n".join(lines) + "\n")


def appointments(h: DentalClinic) -> None:
    """yoyaku.sqlite3: seven staff (neutral), 55 patients and one to three appointments each."""
    path = "予約/yoyaku.sqlite3"
    R, a = h.rng, h.add
    con = sqlite3.connect(h.share.path(path))
    con.execute("create table patients(karte_no text primary key, name text, name_kana text, "
                "tel text, birthday text, note text)")
    con.execute("create table staff(id integer primary key, name text, role text)")
    con.execute("create table appointments(yoyaku_no text, karte_no text, yoyaku_date text, "
                "start_time text, chair int, staff_id int, treatment text, created_at text)")
    for i, s in enumerate(h.staff[:7], 1):
        con.execute("insert into staff values(?,?,?)", (i, s.name(" "), s.title))
        a(path, "person_name", s.name(" "), s, True)
    for p in R.sample(h.patients, 55):
        tel = fphone(p.mobile) if R.random() < 0.5 else p.mobile
        born = p.born.isoformat()
        con.execute("insert into patients values(?,?,?,?,?,?)",
                    (p.karte, p.name(""), p.kana(""), tel, born, R.choice(NOTES)))
        a(path, "person_name", p.name(""), p)
        a(path, "person_name", p.kana(""), p)
        a(path, "phone_number", tel, p)
        a(path, "date_of_birth", born, p)
        for _ in range(R.randint(1, 3)):
            d = h.day(2026, 2027)
            con.execute("insert into appointments values(?,?,?,?,?,?,?,?)",
                        (luhn_number(R, "20", 12), p.karte, d.isoformat(),
                         f"{R.randint(9, 18)}:{R.choice(['00', '30'])}", R.randint(1, 4),
                         R.randint(1, 7), R.choice(TREATMENTS),
                         (d - timedelta(days=R.randint(3, 60))).isoformat() + " 10:12:00"))
    con.commit()
    con.close()


def pc_settings(h: DentalClinic) -> None:
    """PC設定メモ: the レセコン's password (a credential); the guest Wi-Fi's is no one's."""
    path = "受付/PC設定メモ.txt"
    R = h.rng
    password = f"Shika{R.randint(1000, 9999)}!"
    lines = ["レセコン（受付PC）", "ID: uketsuke01", f"パスワード: {password}", "",
             "オンライン資格確認端末", "管理者PIN: 変更済み（院長保管）", "",
             f"Wi-Fi（患者用） SSID: sakura-guest  PASS: dental{R.randint(100, 999)}"]
    h.add(path, "credential", password)
    h.share.write(path, "\r\n".join(lines) + "\r\n")


def archive(h: DentalClinic) -> None:
    """旧データ_2019.zip: 14 patients and five drawn now (no カルテ番号) in the old list (CP932,
    half-width kana, phones as digits), and a handover note on the first with 喘息."""
    zpath = "old/旧データ_2019.zip"
    listing, note = "旧データ/患者一覧_H31.csv", "旧データ/引継ぎ.txt"
    R, a = h.rng, h.add
    olds = R.sample(h.patients, 14)
    gone = [h.person("patient", born=(1945, 1995)) for _ in range(5)]
    path = f"{zpath}!{listing}"
    rows = [["No", "氏名", "ﾌﾘｶﾞﾅ", "生年月日", "TEL", "住所"]]
    for p in olds + gone:
        kana, born, home = half_width_kana(p.kana(" ")), wareki_long(p.born), p.addr.line(1)
        rows.append([p.karte, p.name(""), kana, born, p.tel, home])
        a(path, "person_name", p.name(""), p)
        a(path, "person_name", kana, p)
        a(path, "date_of_birth", born, p, born=p.born)
        a(path, "phone_number", p.tel, p)
        a(path, "address", home, p)
    q = olds[0]
    mobile = fphone(q.mobile).translate(FULL_WIDTH)
    text = (f"平成３１年３月　旧システムからの引継ぎ\r\n{q.name()}様　旧カルテ番号"
            f"{R.randint(1000, 9999)}、電話{mobile}　※喘息あり\r\n"
            "旧レセコン管理者パスワードは廃止済み\r\n")
    path = f"{zpath}!{note}"
    a(path, "person_name", q.name(), q)
    a(path, "phone_number", mobile, q)
    a(path, "sensitive", "喘息", q)
    h.share.write_zip(zpath, [(listing, csv_text(rows).encode("cp932")),
                              (note, text.encode("cp932"))], zipfile.ZIP_DEFLATED)
