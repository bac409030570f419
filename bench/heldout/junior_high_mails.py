"""The school's mails: a guardian's absence notice naming a condition, the 教頭 forwarding a
bullying report to the 教育委員会 (the victims and perpetrators' CSV attached), the board's
reply on a 就学援助 (an account number) and the nurse asking the 学校医 about a student.

Teachers' and the board's addresses, the school's numbers and surnames alone are neutral.
"""

from __future__ import annotations

from datetime import datetime

from .junior_high_people import JST, SCH_FAX, SCH_MAIL, SCH_TEL, SCHOOL, School, era, tmail


def absence(c: School) -> None:
    """mail/欠席連絡_N年.eml: a guardian tells the homeroom teacher of a condition's flare."""
    s = c.rng.choice([x for x in c.students if x.id in c.health])
    G, hr = s.g, c.homeroom[(s.grade, s.kumi)]
    cond = c.health[s.id][0][1]
    p = f"mail/欠席連絡_{s.grade}年.eml"
    c.mail(p, f"{G.full()} <{G.email}>", f"{hr.full()} <{tmail(hr)}>",
           f"【欠席連絡】{s.grade}年{s.kumi}組 {s.full(False)}",
           f"{hr.last}先生\n\nいつもお世話になっております。"
           f"{s.grade}年{s.kumi}組 {s.full(False)}の{G.rel}です。\n"
           f"本日は持病の{cond}の症状が出たため、病院を受診してから様子を見て登校させます。\n"
           f"何かあれば携帯（{c.phone(G.mobile, 0)}）までご連絡ください。\n\n{G.full()}\n",
           datetime(2024, 6, 11, 7, 42, tzinfo=JST))
    c.t(p, "person_name", G.full(), G)
    c.t(p, "email_address", G.email, G)
    c.t(p, "phone_number", G.mobile, G)
    c.t(p, "person_name", hr.full(), hr)
    c.t(p, "email_address", tmail(hr), hr, True)
    c.t(p, "person_name", s.full(), s)
    c.t(p, "sensitive", cond, s)


def bullying(c: School) -> None:
    """mail/Fw_いじめ重大事態報告.eml: the homeroom teacher's report quoted, ijime_kankeisha.csv
    attached."""
    victim = next(x for x in c.sc_cases if x.sc == "いじめ被害")
    hr, vice, boe = c.homeroom[(victim.grade, victim.kumi)], c.teachers[1], c.boe
    perp = c.rng.sample([x for x in c.students if x.grade == victim.grade and x is not victim], 2)
    p = "mail/Fw_いじめ重大事態報告.eml"
    att = "区分,氏名,学年,組,生年月日\r\n"
    for kind, x in [("被害", victim), ("加害", perp[0]), ("加害", perp[1])]:
        att += f"{kind},{x.full()},{x.grade},{x.kumi},{x.born.isoformat()}\r\n"
    body = (f"{boe.last}指導主事様\n\n{SCHOOL} 教頭の{vice.last}です。\n"
            "担任からの報告を転送いたします。添付の一覧もご確認ください。\n\n"
            f"{vice.name()}\n{SCHOOL}\nTEL {c.phone(SCH_TEL, 0)} / FAX {c.phone(SCH_FAX, 0)}\n\n"
            f"-------- Forwarded Message --------\nFrom: {hr.full()} <{tmail(hr)}>\n"
            f"Subject: {victim.grade}年{victim.kumi}組 いじめ事案\n\n"
            f"> 教頭先生\n> {victim.full(False)}さんがSNSで{perp[0].full(False)}、"
            f"{perp[1].full(False)}からいじめ被害を受けていた件です。\n"
            f"> 保護者の{victim.g.full(False)}様（{c.phone(victim.g.mobile, 0)}）より、"
            "医療機関で抑うつ状態と診断されたとの連絡がありました。\n")
    c.mail(p, f"{vice.full()} <{tmail(vice)}>", f"{boe.name()} <{boe.email}>",
           "Fw: いじめ重大事態の報告について", body, datetime(2024, 7, 3, 17, 5, tzinfo=JST),
           ("ijime_kankeisha.csv", att.encode("utf-8")))
    for x in [victim, *perp]:
        c.t(p, "person_name", x.full(), x)
        c.t(p + "!ijime_kankeisha.csv", "person_name", x.full(), x)
        c.t(p + "!ijime_kankeisha.csv", "date_of_birth", x.born.isoformat(), x)
    c.t(p, "sensitive", "いじめ被害", victim)
    c.t(p, "sensitive", "抑うつ状態", victim)
    c.t(p, "person_name", victim.g.full(), victim.g)
    c.t(p, "phone_number", victim.g.mobile, victim.g)
    for t in (hr, vice):
        c.t(p, "person_name", t.full(), t)
        c.t(p, "email_address", tmail(t), t, True)
    c.t(p, "person_name", boe.full(), boe)
    c.t(p, "email_address", boe.email, boe, True)
    c.neutral(p, "phone_number", SCH_TEL, SCH_FAX)
    c.t(p, "person_name", boe.last, boe, True)
    c.t(p, "person_name", vice.last, vice, True)


def aid_reply(c: School) -> None:
    """mail/Re_就学援助認定の件.eml: the board approves the first 認定者's aid."""
    s, boe = c.aid[0], c.boe
    G, a = s.g, s.g.aid
    p = "mail/Re_就学援助認定の件.eml"
    body = (f"{SCHOOL}\n事務 ご担当者様\n\n教育委員会 学務課の{boe.last}です。\n"
            f"{G.full()}様（{s.grade}年 {s.full(False)}さんの保護者）の就学援助について、"
            f"{a['kubun']}として認定しました。\n"
            f"振込口座（{a['bank'][0]} 普通 {a['acct']}）に7月末入金予定です。\n\n"
            f"{boe.name()}\n川口市教育委員会 学務課\nTEL {c.phone(boe.tel, 0)}\n")
    c.mail(p, f"{boe.last} <{boe.email}>", f"jimu <{SCH_MAIL}>", "Re: 就学援助認定の件", body,
           datetime(2024, 6, 20, 10, 15, tzinfo=JST))
    c.t(p, "person_name", G.full(), G)
    c.t(p, "person_name", s.full(), s)
    c.t(p, "bank_account", a["acct"], G)
    c.t(p, "sensitive", "生活保護受給" if "生活保護" in a["kubun"] else "準要保護", G)
    c.t(p, "person_name", boe.full(), boe)
    c.t(p, "email_address", boe.email, boe, True)
    c.t(p, "phone_number", boe.tel, None, True)
    c.t(p, "email_address", SCH_MAIL, None, True)
    c.t(p, "person_name", boe.last, boe, True)


def nurse_doctor(c: School) -> None:
    """mail/学校医への相談.eml: the nurse asks the 学校医 about a student's condition."""
    s = c.rng.choice([x for x in c.students if x.id in c.health])
    cond, nurse, doctor = c.health[s.id][0][1], c.nurse, c.doctor
    p = "mail/学校医への相談.eml"
    to = f"{doctor.clinic} <info@{doctor.last}-clinic.example.jp>".replace(doctor.last, "naika")
    c.mail(p, f"{nurse.full()} <{tmail(nurse)}>", to, "生徒の件でご相談",
           f"{doctor.last}先生\n\n養護教諭の{nurse.last}です。\n{s.grade}年の{s.full(False)}"
           f"（{era(s.born, 1)}生）ですが、{cond}について\n"
           f"主治医の意見書を提出してもらうべきかご相談させてください。\n\n{nurse.full()}\n",
           datetime(2024, 5, 8, 15, 30, tzinfo=JST))
    c.t(p, "person_name", nurse.full(), nurse)
    c.t(p, "email_address", tmail(nurse), nurse, True)
    c.t(p, "person_name", nurse.last, nurse, True)
    c.t(p, "person_name", doctor.last, doctor, True)
    c.t(p, "person_name", s.full(), s)
    c.t(p, "date_of_birth", s.born.isoformat(), s)
    c.t(p, "sensitive", cond, s)
