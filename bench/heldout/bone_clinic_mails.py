"""The clinic's mails (CRLF throughout, as gen.py built them under policy.SMTP, the body base64
or 8bit by a coin): three adjusters asking after an accident case and quoting the clinic (the
first with a CP932 treatment CSV attached, `….eml!施術明細_…csv`), four patients' reservation
changes (two forwarded to 受付), and the referral of three patients to the doctors: two 紹介状
PDFs and one mailed with it attached (`….eml!紹介状_…pdf`).

Message-IDs and boundaries carry the seed and how many files the share held before the mail;
the clinic's numbers, address and mail, staff mail and surnames alone are neutral.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from .bone_clinic_letters import pdf
from .bone_clinic_people import ADDR, CLINIC_MAIL, FAX, KIOU, TEL, Clinic, Person, nk, wareki
from .share import csv_text

JST = timezone(timedelta(hours=9))
SUBJECTS = ["施術状況のご照会", "施術費請求について", "治療経過のご報告"]


def eml(c: Clinic, rel: str, sender: str, to: str, subject: str, body: str, when: datetime,
        attachments: Sequence[tuple[str, bytes, str]] = ()) -> None:
    """gen.py's eml(): MIME-Version before the content headers, the body's transfer encoding
    drawn, the boundary (where attachments) numbered like the Message-ID."""
    m = EmailMessage(policy=SMTP)
    m["From"], m["To"], m["Subject"] = sender, to, subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = f"<{c.files()}.{c.seed}@sekkotsu-sakae.jp>"
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset="utf-8", cte="base64" if c.rng.random() < 0.5 else "8bit")
    for filename, data, mime in attachments:
        maintype, subtype = mime.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    if attachments:
        m.set_boundary(f"==sakae_{c.seed}_{c.files()}==")
    c.share.write(rel, m.as_bytes())


def signature(c: Clinic) -> str:
    d = c.director
    return (f"\n--\nさかえ接骨院 本院\n柔道整復師 {d.last} {d.first}\n〒332-0017 {ADDR}\n"
            f"TEL 048-255-1234 / FAX 048-255-1235\n{CLINIC_MAIL}\n")


def signature_truth(c: Clinic, rel: str) -> None:
    d = c.director
    c.t_name(rel, d)
    c.t(rel, "person_name", d.last, d, neutral=True)
    c.t(rel, "phone_number", TEL, None, neutral=True)
    c.t(rel, "phone_number", FAX, None, neutral=True)
    c.t(rel, "address", nk(ADDR), None, neutral=True)
    c.t(rel, "postal_code", "3320017", None, neutral=True)
    c.t(rel, "email_address", CLINIC_MAIL, None, neutral=True)


def adjusters(c: Clinic) -> None:
    """The first three accident cases: the adjuster asks, quoting the clinic's mail."""
    rng, d = c.rng, c.director
    for i, p in enumerate(c.jibai[:3]):
        a, doctor = p.adj, c.doctors[i]
        rel = f"メール/交通事故/RE_{SUBJECTS[i]}_{p.last}様.eml"
        acc = p.shoken - timedelta(days=2)
        sent = f"{acc.year}/{acc.month}/{acc.day + 3 if acc.day < 25 else acc.day}"
        body = (f"さかえ接骨院\n{d.last}先生\n\n"
                f"いつもお世話になっております。{a.company}の{a.last}です。\n"
                f"弊社受付番号 {p.claim} 、{p.full}様（{wareki(p.born, 0)}生）の件につきまして、\n"
                f"{acc.month}月{acc.day}日の事故以降の施術状況をご教示いただけますでしょうか。\n"
                f"被害者様のご連絡先は {c.phone(p.phone)} と伺っております。\n\n"
                f"なお、整形外科（{doctor.hosp} {doctor.last}医師）の診断書では"
                f"「{p.inj}」となっております。\n\n"
                f"{a.company}\n損害サービス課　{c.name(a, ' ')}\nTEL {c.phone(a.cotel, 0)}　"
                f"FAX {c.phone(a.cofax, 0)}\n{a.email}\n\n"
                f"-----Original Message-----\nFrom: {CLINIC_MAIL}\nSent: {sent}\n\n"
                f"> {a.company} {a.last}様\n> \n"
                f"> {p.last}様の施術につき、同意書のご送付をお願いいたします。\n"
                f"> 住所：{c.addr(p, pref=False)}\n> \n> さかえ接骨院 {d.last}\n")
        attachments = []
        if i == 0:
            rows = [["施術日", "患者名", "部位", "施術内容", "金額"]]
            rows += [[(p.shoken + timedelta(days=3 * k)).isoformat(), c.name(p, ""), p.inj,
                      "後療・温罨法・電療", str(rng.choice([1480, 1720, 2030]))] for k in range(6)]
            data = csv_text(rows).encode("cp932")
            attachments.append((f"施術明細_{p.last}.csv", data, "text/csv"))
        eml(c, rel, f"{c.name(a, ' ')} <{a.email}>", CLINIC_MAIL,
            f"RE: 【{a.company}】{SUBJECTS[i]}（{p.last}様）", body,
            datetime(2024, 10, 3 + i, 10, 15, tzinfo=JST), attachments)
        c.t_std(rel, p, "name dob phone inj addr", written_addr=nk(c.addr(p, pref=False)))
        c.t_name(rel, a)
        c.t(rel, "email_address", a.email, a, neutral=True)
        c.t(rel, "phone_number", a.cotel, None, neutral=True)
        c.t(rel, "phone_number", a.cofax, None, neutral=True)
        c.t(rel, "person_name", doctor.last, doctor, neutral=True)
        c.t(rel, "person_name", d.last, d, neutral=True)
        c.t(rel, "email_address", CLINIC_MAIL, None, neutral=True)
        c.t(rel, "person_name", a.last, a, neutral=True)
        c.t(rel, "person_name", p.last, p, neutral=True)
        if attachments:
            inner = rel + "!" + attachments[0][0]
            c.t_name(inner, p)
            c.t(inner, "sensitive", p.inj, p)


def reservations(c: Clinic) -> None:
    """Four adult patients (not accident cases) move a booking; the director forwards the first
    and third to 受付."""
    rng, d, s = c.rng, c.director, c.staff[5]
    chosen = rng.sample([p for p in c.adults() if p not in c.jibai], 4)
    for i, p in enumerate(chosen):
        rel = f"メール/患者/予約変更のお願い_{i + 1}.eml"
        how = ("腰の痛みはだいぶ良くなりました" if "腰" in p.inj
               else "足首の腫れはまだ少し残っています")
        body = (f"さかえ接骨院 御中\n\n{p.last}です。いつもお世話になっております。\n"
                f"明日{rng.randint(10, 18)}時の予約ですが、仕事の都合で行けなくなりました。\n"
                f"{how}。\n別の日に変更できますか？ "
                f"連絡は携帯 {c.phone(p.phone)} にお願いします。\n\n"
                f"{c.name(p, ' ')}\n")
        if i % 2 == 0:
            body = (f"{s.last}さん\n\n下記、{p.last}様から予約変更の連絡です。"
                    f"対応お願いします。\n{d.last}\n\n"
                    f"---------- Forwarded message ---------\nFrom: {c.name(p, ' ')} <{p.email}>\n"
                    f"Date: 2024年10月{10 + i}日\nSubject: 予約変更のお願い\n\n" + body)
            sender, to = f"{d.last} {d.first} <{d.work}>", s.work
            c.t(rel, "person_name", s.last, s, neutral=True)
            c.t(rel, "email_address", d.work, d, neutral=True)
            c.t(rel, "email_address", s.work, s, neutral=True)
            c.t(rel, "person_name", d.last, d, neutral=True)
            c.t(rel, "person_name", d.full, d)
        else:
            sender, to = f"{c.name(p, ' ')} <{p.email}>", CLINIC_MAIL
            c.t(rel, "email_address", CLINIC_MAIL, None, neutral=True)
        eml(c, rel, sender, to, "予約変更のお願い" if i % 2 else "Fwd: 予約変更のお願い", body,
            datetime(2024, 10, 10 + i, 21, 5, tzinfo=JST))
        c.t_std(rel, p, "name phone email")
        c.t(rel, "person_name", p.last, p, neutral=True)
        c.t(rel, "sensitive", p.inj, p, neutral=True)


def referral_lines(c: Clinic, p: Person, doctor: Person, history: str) -> list[str]:
    d = c.director
    return ["診療情報提供書（紹介状）", "", doctor.hosp,
            f"{doctor.last} {doctor.first} 先生 御侍史", "",
            f"患者氏名：{c.name(p, ' ')} 様（{p.kana(chr(0x3000))}）",
            f"生年月日：{wareki(p.born, 0)}（{p.age}歳）", f"住所：{c.addr(p)}",
            f"電話：{c.phone(p.phone, 0)}", f"負傷名：{p.inj}", f"負傷原因：{p.cause}",
            f"既往歴：{history}", "",
            "上記患者につき、骨折の疑いがあるため精査をお願い申し上げます。", "",
            f"令和6年{p.shoken.month}月{p.shoken.day}日",
            "さかえ接骨院　埼玉県川口市栄町3-8-12 栄ビル1F",
            "TEL 048-255-1234", f"柔道整復師 {d.last} {d.first}"]


def referrals(c: Clinic) -> None:
    """Three adults referred to the three doctors: two 紹介状 PDFs, the third mailed."""
    rng, d = c.rng, c.director
    for i, p in enumerate(rng.sample(c.adults(), 3)):
        doctor = c.doctors[i]
        history = rng.choice(KIOU)
        data = pdf(referral_lines(c, p, doctor, history))
        if i < 2:
            rel = f"紹介状/紹介状_{p.full}様.pdf"
            c.share.write(rel, data)
        else:
            rel = f"メール/医療機関/紹介状送付の件_{doctor.last}先生.eml"
            doctor_mail = f"{doctor.last_roman}@aoba-seikei.jp"
            body = (f"{doctor.hosp}\n{doctor.last}先生\n\n平素より大変お世話になっております。\n"
                    f"さかえ接骨院の{d.last}でございます。\n"
                    f"本日、{c.name(p)}様（{wareki(p.born, 1)}生）をご紹介させていただきます。\n"
                    f"{p.inj}で施術中ですが、腫脹が強く骨折の疑いがございますので、X線撮影をお願いできますでしょうか。\n"
                    "紹介状をPDFで添付いたします。\n" + signature(c))
            eml(c, rel, f"{d.last} {d.first} <{d.work}>",
                f"{doctor.last} {doctor.first} <{doctor_mail}>",
                f"紹介状送付の件（{p.last}様）", body, datetime(2024, 10, 20, 18, 0, tzinfo=JST),
                [(f"紹介状_{p.last}様.pdf", data, "application/pdf")])
            c.t(rel, "email_address", doctor_mail, doctor, neutral=True)
            c.t(rel, "email_address", d.work, d, neutral=True)
            signature_truth(c, rel)
            c.t_std(rel, p, "name dob inj")
            c.t(rel, "person_name", p.last, p, neutral=True)
            c.t(rel, "person_name", doctor.full, doctor)
            c.t(rel, "person_name", doctor.last, doctor, neutral=True)
            rel += "!" + f"紹介状_{p.last}様.pdf"
        c.t_std(rel, p, "name kana dob addr phone inj")
        c.t(rel, "sensitive", history, p)
        c.t(rel, "person_name", doctor.full, doctor)
        c.t_name(rel, d)
        c.t_clinic(rel, TEL)

