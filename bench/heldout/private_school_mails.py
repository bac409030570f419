"""The teachers' shared mails: three guardians' 欠席連絡, a class list sent to a guardian by
mistake (a CSV attachment), and the travel agency's passport list forwarded to all staff (the
trip's passports are drawn here)."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.utils import format_datetime

from .private_school_people import (
    DOMAIN,
    MAIL_DAY,
    MAILDIR,
    SCHOOL,
    SCHOOL_TEL,
    TRAVEL_CO,
    TRAVEL_TEL,
    School,
    grade_name,
    tel,
)
from .share import csv_text, mail_bytes

AGENT = ("営業部 佐々木 隼人", "h.sasaki@h-travel.co.jp")
ALL_STAFF = f"kyoin-all@{DOMAIN}"


def _mail(s: School, name: str, sender: str, to: str, subject: str, body: str, when: datetime,
          attachment: tuple[str, bytes] | None = None) -> str:
    """Write MAILDIR/name (a text attachment as (filename, bytes)); its path."""
    path = f"{MAILDIR}/{name}"
    attachments = [(attachment[0], attachment[1], "text", "csv")] if attachment else []
    s.share.write(path, mail_bytes(sender, to, subject, format_datetime(when), body, attachments))
    return path


def absences(s: School) -> None:
    """欠席連絡 from three guardians to the homeroom teacher (neutral, as the student's given name
    alone is): the student, the guardian's mobile in the signature, 喘息 in the first."""
    R = s.rng
    for k, st in enumerate(R.sample(s.students, 3)):
        g, teacher = st.g0, s.staff[1 + k]
        illness = ["喘息の発作", "インフルエンザ", "発熱"][k]
        body = (f"{teacher.last}先生\n\nいつもお世話になっております。\n"
                f"{grade_name(st.grade)}{st.cls}組 {st.name()}の{g.rel}です。\n"
                f"本日、{st.first}は{illness}のため欠席させていただきます。\n"
                f"病院を受診後、また連絡いたします。\n\n{g.name()}\n携帯：{tel(g.mobile, k % 3)}\n")
        path = _mail(s, f"欠席連絡_{k + 1}.eml", f"{g.name()} <{g.email}>", teacher.work_mail,
                     f"【欠席連絡】{grade_name(st.grade)}{st.cls} {st.last}", body,
                     MAIL_DAY + timedelta(days=k * 5))
        s.add(path, "person_name", st.name(""), st)
        s.add(path, "person_name", g.name(""), g)
        s.add(path, "email_address", g.email, g)
        s.add(path, "phone_number", g.mobile, g)
        s.add(path, "email_address", teacher.work_mail, teacher, neutral=True)
        s.add(path, "person_name", teacher.last, neutral=True)
        s.add(path, "person_name", st.first, neutral=True)
        if k == 0:
            s.add(path, "sensitive", "喘息", st)


def missent(s: School) -> None:
    """A teacher's class list for the principal sent to a guardian instead: the first grade's
    students and guardians in クラス名簿_配布用.csv (its values on x.eml!クラス名簿_配布用.csv,
    an ADHD student's 発達障害), the teacher and the school neutral."""
    R = s.rng
    teacher, wrong = s.staff[3], s.families[5].guardians[0]
    students = [x for x in s.students if x.grade == s.students[0].grade][:8] or s.students[:8]
    rows = [["氏名", "保護者", "電話", "メール", "備考"]]
    name = "クラス名簿_配布用.csv"
    body = (f"{s.principal.last}先生\n\n学年会資料として、クラス名簿を添付いたします。\n"
            f"取扱いにはご注意ください。\n\n--\n{SCHOOL} {teacher.subject}科 {teacher.name()}\n"
            f"TEL {tel(SCHOOL_TEL)}（代表）内線 2{R.randint(10, 40)}\n{teacher.work_mail}\n")
    inner = f"{MAILDIR}/RE_学年会資料（クラス名簿）.eml!{name}"
    for st in students:
        g = st.g0
        adhd = st.id in s.health and "ADHD" in s.health[st.id][0]
        note = "特別支援（発達障害）あり" if adhd else R.choice(["", "", "部活:吹奏楽"])
        rows.append([st.name(), g.name(), tel(g.mobile), g.email, note])
        s.add(inner, "person_name", st.name(""), st)
        s.add(inner, "person_name", g.name(""), g)
        s.add(inner, "phone_number", g.mobile, g)
        s.add(inner, "email_address", g.email, g)
        if "発達障害" in note:
            s.add(inner, "sensitive", "発達障害", st)
    path = _mail(s, "RE_学年会資料（クラス名簿）.eml", f"{teacher.name()} <{teacher.work_mail}>",
                 f"{wrong.name()} <{wrong.email}>", "RE: 学年会資料（クラス名簿）", body,
                 MAIL_DAY + timedelta(days=20), (name, csv_text(rows).encode("utf-8")))
    s.add(path, "email_address", wrong.email, wrong)
    s.add(path, "person_name", wrong.name(""), wrong)
    s.add(path, "person_name", teacher.name(""), teacher, neutral=True)
    s.add(path, "email_address", teacher.work_mail, teacher, neutral=True)
    s.add(path, "phone_number", SCHOOL_TEL, neutral=True)
    s.add(path, "person_name", s.principal.last, neutral=True)


def passports(s: School) -> None:
    """The trip's students (高2, or 高1 and 高2 when fewer than six) get passports; the agency's
    mail naming four of them in upper-case romaji, given name first, is forwarded to all staff
    (the agency, its contact and the escort neutral but for its 法人番号)."""
    R = s.rng
    trip = [x for x in s.students if x.grade == 5]
    if len(trip) < 6:
        trip = [x for x in s.students if x.grade in (5, 4)]
    s.trip = trip[:10]
    for st in s.trip:
        st.passport = R.choice(["TK", "TR", "TZ", "MZ", "TS"]) + f"{R.randint(0, 9999999):07d}"
        st.passport_exp = s.day(2027, 2035)
    escort = s.staff[4]
    lines = [f"・{st.first_roman.upper()} {st.last_roman.upper()}様　旅券番号 {st.passport}"
             f"（有効期限 {st.passport_exp.strftime('%Y/%m/%d')}）" for st in s.trip[:4]]
    body = ("各位\n\n旅行会社からの連絡を転送します。"
            "旅券の有効期限に注意が必要な生徒がいます。\n\n"
            f"{escort.name()}\n\n-------- Forwarded Message --------\n"
            f"From: {AGENT[0]} <{AGENT[1]}>\n"
            f"Date: 2026年6月10日\nSubject: 旅券情報の確認のお願い\n\n{SCHOOL} ご担当者様\n\n"
            "下記のお客様の旅券番号をご確認ください。\n" + "\n".join(lines)
            + f"\n\n{TRAVEL_CO}（法人番号 {s.travel_cn}）\n{AGENT[0]}\nTEL {tel(TRAVEL_TEL)}\n")
    path = _mail(s, "Fwd_旅券情報の確認のお願い.eml", f"{escort.name()} <{escort.work_mail}>",
                 ALL_STAFF, "Fwd: 旅券情報の確認のお願い", body, MAIL_DAY + timedelta(days=8))
    for st in s.trip[:4]:
        s.add(path, "person_name", st.first_roman + st.last_roman, st)
        s.add(path, "passport_number", st.passport, st)
    s.add(path, "corporate_number", s.travel_cn)
    s.add(path, "person_name", TRAVEL_CO, neutral=True)
    s.add(path, "person_name", "佐々木隼人", neutral=True)
    s.add(path, "email_address", AGENT[1], neutral=True)
    s.add(path, "phone_number", TRAVEL_TEL, neutral=True)
    s.add(path, "person_name", escort.name(""), escort, neutral=True)
    s.add(path, "email_address", escort.work_mail, escort, neutral=True)
    s.add(path, "email_address", ALL_STAFF, neutral=True)
