"""What the clinic's systems hold: LINE booking messages (JSONL), the web inquiry form's log
(JSON, with client IPs), the 電子カルテ-lite database (SQLite) and the 2022 monitor campaign's
zip (applicants' CSV, photo file list, selection result).

LINE display names, a patient signing with the surname alone and romanized names in photo file
names are neutral; 受付番号 pass the My Number check (hard negatives).
"""

from __future__ import annotations

import json
import sqlite3
import zipfile

from .beauty_clinic_people import ALLERGIES, TREATMENTS, Clinic, menu, zen
from .identifiers import my_number as check_number
from .japanese import fphone, hiragana, wareki
from .share import csv_text

MONITOR = "モニター/monitor_campaign_2022.zip"
VISIT_NOTES = ["経過良好。", "内出血軽度。次回2週間後。", "本人希望で追加0.5cc。",
               "うつむき時の口元の影が気になるとのこと。", "妊娠線ケアの相談あり。",
               "糖質制限中とのこと、問題なし。"]


def line_messages(clinic: Clinic) -> None:
    """May's LINE messages: a first booking, a change with the birth date, or a worried
    patient giving only the surname and a mail."""
    rng, path = clinic.rng, "LINE予約/line_messages_2024-05.jsonl"
    lines = []
    for p in clinic.patients[50:72]:
        shown = rng.choice([p.first, p.first_kana.lower(), p.first_roman.lower(), p.first + "🌸",
                            "まま@" + p.first])
        day = clinic.day(2024, 2024)
        kind = rng.randint(0, 2)
        phone = fphone(p.mobile, rng.choice(["zen", "zen", "hy", "none"]))
        if kind == 0:
            text = (f"はじめまして、{p.name('')}と申します。"
                    f"{menu(rng.choice(TREATMENTS))}のカウンセリングを{zen(day.month)}月{zen(day.day)}日に希望です。電話番号は{phone}です。")
            clinic.t(path, "person_name", p.name(""), p)
            clinic.t(path, "phone_number", p.mobile, p)
        elif kind == 1:
            born = wareki(p.born)
            text = (f"予約の変更をお願いします。{p.name()}（{p.kana('')}）、生年月日は"
                    f"{zen(born) if rng.random() < .5 else born}です。連絡先 {phone}")
            clinic.t(path, "person_name", p.name(""), p)
            clinic.t(path, "person_name", p.kana(""), p)
            clinic.t(path, "date_of_birth", p.born.isoformat(), p)
            clinic.t(path, "phone_number", p.mobile, p)
        else:
            text = (f"先日{menu(rng.choice(TREATMENTS))}を受けた{p.last}です。"
                    f"腫れが引かないのですが大丈夫でしょうか？ メール {p.email} に返信ください。")
            clinic.t(path, "email_address", p.email, p)
            clinic.t(path, "person_name", p.last, p, neutral=True)
        clinic.t(path, "person_name", shown, p, neutral=True)
        lines.append(json.dumps({
            "timestamp": f"{day}T{rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}:00+09:00",
            "userId": "U" + "".join(rng.choice("0123456789abcdef") for _ in range(32)),
            "displayName": shown, "type": "message", "text": text,
            "replyBy": rng.choice(["受付", rng.choice(clinic.reception).name("")])},
            ensure_ascii=False))
    clinic.share.write(path, "\n".join(lines) + "\n")


def web_inquiries(clinic: Clinic) -> None:
    """Twelve inquiry form posts: the whole profile, a 持病 where the patient has one."""
    rng, path = clinic.rng, "web問い合わせ/inquiry_form_log.json"
    posts = []
    for p in clinic.patients[70:82]:
        ip = (f"{rng.choice([126, 153, 180, 210, 114])}.{rng.randint(0, 255)}."
              f"{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        phone = fphone(p.mobile, rng.choice(["hy", "none", "intl"]))
        posts.append({
            "受付番号": check_number(rng, nonzero_lead=True),
            "受付日時": f"{clinic.day(2024, 2024)} 1{rng.randint(0, 9)}:00", "name": p.name(),
            "furigana": p.kana(), "tel": phone, "email": p.email, "zip": p.addr.zip_hyphen(),
            "address": p.addr.line(), "birthday": p.born.isoformat(),
            "message": rng.choice(["モニター募集を見て応募しました。", "二重の相談をしたいです。",
                                   "料金について教えてください。"])
            + (f"持病で{p.disease}があります。" if p.disease else ""),
            "client_ip": ip})
        clinic.t(path, "person_name", p.name(""), p)
        clinic.t(path, "person_name", p.kana(""), p)
        clinic.t(path, "phone_number", p.mobile, p)
        clinic.t(path, "email_address", p.email, p)
        clinic.t(path, "postal_code", p.addr.postal, p)
        clinic.t(path, "address", p.addr.line(), p)
        clinic.t(path, "date_of_birth", p.born.isoformat(), p)
        clinic.t(path, "ip_address", ip, p)
        if p.disease:
            clinic.t(path, "sensitive", p.disease, p)
    clinic.share.write(path, json.dumps(posts, ensure_ascii=False, indent=2))


def medical_records(clinic: Clinic) -> None:
    """The 電子カルテ-lite: thirty patients and the two minors, one to three visits each."""
    rng, path = clinic.rng, "カルテ/emr_lite.sqlite3"
    db = sqlite3.connect(clinic.share.path(path))
    db.execute("CREATE TABLE patients (karte_no TEXT PRIMARY KEY, name TEXT, kana TEXT, "
               "birth_date TEXT, sex TEXT, tel TEXT, zip TEXT, address TEXT, "
               "medical_history TEXT, allergy TEXT, created_at TEXT)")
    db.execute("CREATE TABLE visits (id INTEGER PRIMARY KEY, karte_no TEXT, visit_date TEXT, "
               "treatment TEXT, product_lot TEXT, doctor TEXT, note TEXT)")
    for p in clinic.patients[60:90] + clinic.minors:
        db.execute("INSERT INTO patients VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                   (p.karte, p.name(), p.kana(), p.born.isoformat(), p.sex.upper(), p.mobile,
                    p.addr.postal, p.addr.line(), p.disease or "",
                    rng.choice(ALLERGIES + [""] * 4), str(clinic.day(2020, 2023))))
        clinic.t(path, "person_name", p.name(""), p)
        clinic.t(path, "person_name", p.kana(""), p)
        clinic.t(path, "date_of_birth", p.born.isoformat(), p)
        clinic.t(path, "phone_number", p.mobile, p)
        clinic.t(path, "postal_code", p.addr.postal, p)
        clinic.t(path, "address", p.addr.line(), p)
        if p.disease:
            clinic.t(path, "sensitive", p.disease, p)
        for _ in range(rng.randint(1, 3)):
            note = rng.choice(VISIT_NOTES)
            db.execute("INSERT INTO visits (karte_no, visit_date, treatment, product_lot, doctor, "
                       "note) VALUES (?,?,?,?,?,?)",
                       (p.karte, str(clinic.day(2023, 2024)), rng.choice(TREATMENTS),
                        f"LOT{rng.randint(10000, 99999)}", p.doctor.name(), note))
    db.commit()
    db.close()


def monitor_campaign(clinic: Clinic) -> None:
    """The 2022 monitor applicants (eight patients and eight to ten new people), their photo
    file names (romanized, neutral) and who was chosen (given names in kana, neutral)."""
    rng = clinic.rng
    applicants = clinic.patients[88:96] + [clinic.person(age=(20, 35))
                                           for _ in range(rng.randint(8, 10))]
    rows = [["応募No", "氏名", "ふりがな", "年齢", "生年月日", "TEL", "mail", "Instagram",
             "希望施術", "写真"]]
    photos: list[str] = []
    member = "monitor2022/applicants.csv"
    for i, p in enumerate(applicants, 1):
        phone = fphone(p.mobile, rng.choice(["hy", "none", "‐"]))
        furigana = hiragana(p.kana())
        last, first = p.last_roman.lower(), p.first_roman.lower()
        files = [f"{i:03d}_{last}_{first}_{view}.jpg" for view in ("front", "side", "close")]
        photos += files
        rows.append([f"M22-{i:03d}", p.name(), furigana, 2022 - p.born.year,
                     p.born.strftime("%Y-%m-%d"), phone, p.email,
                     f"@{first}_{rng.randint(10, 99)}", rng.choice(TREATMENTS), ";".join(files)])
        inner = f"{MONITOR}!{member}"
        clinic.t(inner, "person_name", p.name(""), p)
        clinic.t(inner, "person_name", furigana.replace(" ", ""), p)
        clinic.t(inner, "date_of_birth", p.born.isoformat(), p)
        clinic.t(inner, "phone_number", p.mobile, p)
        clinic.t(inner, "email_address", p.email, p)
        for listed in (member, "monitor2022/photos/filelist.txt"):
            for roman in (f"{last}_{first}", f"{last}{first}", f"{first}{last}"):
                clinic.t(f"{MONITOR}!{listed}", "person_name", roman, p, neutral=True)
    chosen = applicants[:5]
    result = ("2022年モニター選考結果\n"
              + "\n".join(f"{'採用' if j < 3 else '不採用'}：{p.name()}（{p.first_kana}）"
                          for j, p in enumerate(chosen))
              + f"\n選考担当：{clinic.doctors[0].name()}\n")
    for p in chosen:
        clinic.t(f"{MONITOR}!monitor2022/選考結果.txt", "person_name", p.name(""), p)
        clinic.t(f"{MONITOR}!monitor2022/選考結果.txt", "person_name", p.first_kana, p,
                 neutral=True)
    clinic.share.write_zip(MONITOR, [
        (member, ("\ufeff" + csv_text(rows)).encode()),
        ("monitor2022/photos/filelist.txt", ("\n".join(photos) + "\n").encode()),
        ("monitor2022/選考結果.txt", result.encode())], zipfile.ZIP_DEFLATED)
