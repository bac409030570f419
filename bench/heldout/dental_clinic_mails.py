"""The clinic's mails with its dental lab: two 技工依頼 from the reception (技工指示書番号
passing Luhn like a Visa number; the technician, the receptionist and both mailboxes neutral)
and the lab's reply forwarding a 再製作 note, a patient's mobile in it and the 納品予定表 attached
(its values under x.eml!納品予定表.csv: BLIND_SCORES.md's post-blind fix 1)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from email.utils import format_datetime

from .dental_clinic_people import DentalClinic
from .identifiers import luhn_number
from .japanese import fphone, half_width_kana
from .share import csv_text, mail_bytes

JST = timezone(timedelta(hours=9))
CLINIC_MAIL = "info@sakura-shika.example.jp"
LAB_MAIL = "order@dentallab.example.co.jp"
WORKS = ["FMC", "CAD/CAM冠", "インレー", "総義歯", "ジルコニアクラウン"]


def _send(h: DentalClinic, path: str, sender: str, to: str, subject: str, body: str, day: date,
          attachments: list[tuple[str, bytes, str, str]] | None = None) -> None:
    """The mail as gen.py sent it: a time of day and a Message-ID drawn."""
    R = h.rng
    when = datetime.combine(day, time(R.randint(8, 19), R.randint(0, 59)), tzinfo=JST)
    message_id = f"<{R.randint(10**9, 10**10)}@mail.example.jp>"
    h.share.write(path, mail_bytes(sender, to, subject, format_datetime(when), body,
                                   attachments or (), message_id))


def lab(h: DentalClinic) -> None:
    """技工指示_1 and _2 (two patients each of seven drawn), then Fwd_納品予定表 (the last
    three's work; the fifth's 再製作, their mobile and condition)."""
    R, a = h.rng, h.add
    tech, desk, director = h.tech, h.staff[7], h.staff[0]
    patients = R.sample(h.patients, 7)
    for k in range(2):
        path = f"技工所/技工指示_{k + 1}.eml"
        pair = patients[k * 2:k * 2 + 2]
        body = (f"{h.lab}\n{tech.last}様\n\nいつもお世話になっております。"
                f"{h.clinic}の{desk.last}です。\n以下の技工物をお願いいたします。\n\n")
        for p in pair:
            number = luhn_number(R, "4", 16)
            sex = "男" if p.sex == "M" else "女"
            body += (f"・技工指示書番号 {number}　患者名：{p.name()} 様（{sex}"
                     f"・{2026 - p.born.year}歳）　{R.choice(['上顎', '下顎'])}{R.choice(WORKS)}"
                     f"　シェード A{R.randint(1, 3)}\n")
            body += f"　セット予定日：{h.day(2026, 2026).strftime('%m/%d')}\n"
            a(path, "person_name", p.name(), p)
        body += f"\n{h.clinic}\n受付　{desk.name()}\nTEL {fphone(h.tel)}\n"
        _send(h, path, CLINIC_MAIL, LAB_MAIL, f"技工依頼（{len(pair)}件）", body, h.day(2026, 2026))
        a(path, "person_name", tech.last, tech, True)
        a(path, "person_name", desk.name(), desk, True)
        a(path, "person_name", desk.last, desk, True)  # post-blind fix 2
        a(path, "email_address", CLINIC_MAIL, None, True)  # post-blind fix 3
        a(path, "email_address", LAB_MAIL, None, True)
        a(path, "phone_number", fphone(h.tel), None, True)
    path = "技工所/Fwd_納品予定表.eml"
    attached = path + "!納品予定表.csv"
    rows = [["指示書番号", "患者名", "カナ", "技工物", "納品日"]]
    for p in patients[4:]:
        kana = half_width_kana(p.kana(" "))
        rows.append([luhn_number(R, "35", 16), p.name(""), kana,
                     R.choice(["FMC", "義歯", "インレー"]), h.day(2026, 2026).isoformat()])
        a(attached, "person_name", p.name(""), p)
        a(attached, "person_name", kana, p)
    p = patients[4]
    condition = R.choice(["糖尿病", "骨粗鬆症"])
    signature = (f"\n--\n{h.lab}\n歯科技工士　{tech.name()}\nTEL {fphone(h.lab_tel)}\n"
                 f"法人番号 {h.lab_corp}\n")
    body = (f"{director.last}先生\n\n納品予定表を添付します。\n"
            f"{p.name()}様の件、前回の型が合わず再製作になりました。\n"
            f"ご本人の携帯（{fphone(p.mobile)}）に直接ご連絡してもよろしいでしょうか。{signature}\n"
            f"-------- Forwarded Message --------\nFrom: {CLINIC_MAIL}\nSubject: 再製作の件\n\n"
            f"{p.name()}様（カルテ{p.karte}）は{condition}のため抜歯を避けたいとのことです。\n")
    _send(h, path, LAB_MAIL, CLINIC_MAIL, "Fwd: 納品予定表", body, h.day(2026, 2026),
          [("納品予定表.csv", csv_text(rows).encode("cp932"), "text", "csv")])
    a(path, "person_name", p.name(), p)
    a(path, "phone_number", fphone(p.mobile), p)
    a(path, "person_name", tech.name(), tech, True)
    a(path, "phone_number", fphone(h.lab_tel), None, True)
    a(path, "corporate_number", h.lab_corp)
    a(path, "email_address", CLINIC_MAIL, None, True)  # post-blind fix 3
    a(path, "email_address", LAB_MAIL, None, True)
    a(path, "person_name", director.last, director, True)
    a(path, "sensitive", condition, p)
