"""The office's mails: the Vietnamese agent's April applicants (a CSV attached, six new
people), the clerk forwarding the Nepalese parents' numbers, the renewal list to the 行政書士
(a TB finding), an employer asking about working hours and the request to a 身元保証人.

The school's numbers, the staff's work addresses and surnames alone are neutral.
"""

from __future__ import annotations

from datetime import date

from .language_school_names import passport, phone_abroad, roma
from .language_school_people import School, addr_str, era


def applicants(a: School) -> None:
    """07_メール/RE_April 2026 intake applicant list.eml: applicants_april2026.csv attached."""
    rng, ag, jimu, s0 = a.rng, a.agents[0], a.jimu, a.students[0]
    people = []
    for k in range(6):
        n = a.uniq("ベトナム")
        dob = a.days(date(2000, 1, 1), 6)
        people.append(dict(n, pid=f"N{k + 1:02d}", dob=dob, passport=passport(rng, "ベトナム"),
                           phone="84" + phone_abroad(rng, "ベトナム")[1]()))
    path = "07_メール/RE_April 2026 intake applicant list.eml"
    att = "No,Full name,DOB,Passport,Phone\n" + "".join(
        f"{k + 1},{p['roman']},{p['dob'].strftime('%d/%m/%Y')},{p['passport']},+{p['phone']}\n"
        for k, p in enumerate(people))
    body = f"""Dear Ms. {jimu["roman"].split()[0].title()},

Thank you for your reply. Please find attached the list of 6 students for the April 2026 intake.
{people[0]["roman"]} has N5 certificate already. {people[1]["roman"]}'s passport will be renewed \
next month.

Best regards,
{ag["roman"]}
{ag["org"]}
Mobile/Zalo: {a.abroad(ag, "pn")}
Email: {ag["mail"]}

On 2025/10/01 15:20, {jimu["mail"]} wrote:
> {ag["roman"].split()[-1].title()}様
> いつもお世話になっております。4月生の名簿をお送りください。
> 在校生 {s0["roman"]} さんの出席率が{s0["rate"]}%です。ご家族にもお伝えください。
{a.signature()}"""
    a.mail(path, f"{ag['roman'].title()} <{ag['mail']}>", jimu["mail"],
           "RE: April 2026 intake applicant list", body,
           att=[("applicants_april2026.csv", att.encode("utf-8"), "text", "csv")])
    for p in people:
        a.each(path + "!applicants_april2026.csv", p["pid"], [
            ("person_name", p["roman"]), ("date_of_birth", p["dob"].isoformat()),
            ("passport_number", p["passport"]), ("phone_number", p["phone"])])
    a.each(path, ag["pid"], [("person_name", ag["roman"]), ("phone_number", ag["phone"]),
                             ("email_address", ag["mail"])])
    a.t(path, "person_name", s0["roman"], s0["pid"])
    a.t(path, "person_name", jimu["kanji"], jimu["pid"])
    a.t(path, "email_address", jimu["mail"], jimu["pid"], True)
    a.school_phones(path)
    a.t(path, "person_name", jimu["fam"], jimu["pid"], True)


def _parent(a: School, s: dict) -> str:
    """A student's sponsor and number abroad (drawn), or "- " where there is none."""
    sp = s.get("sponsor")
    return f"{sp['roman']} {a.abroad(sp)}" if sp else "- "


def parents(a: School) -> None:
    """07_メール/Fwd_ネパール学生_保護者連絡先.eml: the Nepalese agent's list of parents."""
    ag, jimu, t1 = a.agents[2], a.jimu, a.staff[1]
    nepal = [s for s in a.students if s["nat"] == "ネパール"][:3]
    path = "07_メール/Fwd_ネパール学生_保護者連絡先.eml"
    lines = "".join(f"> {s['roman']}（{s['kana']}） 父母: {_parent(a, s)}\n" for s in nepal)
    body = f"""{t1["kanji"]}先生

お疲れ様です。{jimu["fam"]}です。
エージェントから保護者の連絡先が届きましたので転送します。
{nepal[0]["roman"]}さんは先月から欠席が多く、保護者に電話する予定です。

---------- Forwarded message ---------
From: {ag["roman"]} <{ag["mail"]}>
Date: 2025年9月28日(日) 11:02
Subject: 保護者 連絡先
To: {jimu["mail"]}

> いつも おせわに なります。
> ほごしゃの れんらくさき を おくります。
{lines}>
> {ag["roman"]}
> {ag["org"]}  Viber: {a.abroad(ag, "pn")}
{a.signature()}"""
    a.mail(path, jimu["mail"], t1["mail"], "Fwd: 保護者 連絡先", body)
    for s in nepal:
        a.t(path, "person_name", s["roman"], s["pid"])
        a.t(path, "person_name", s["kana"], s["pid"])
        if "sponsor" in s:
            sp = s["sponsor"]
            a.each(path, sp["pid"], [("person_name", sp["roman"]), ("phone_number", sp["phone"])])
    a.each(path, ag["pid"], [("person_name", ag["roman"]), ("email_address", ag["mail"]),
                             ("phone_number", ag["phone"])])
    a.t(path, "person_name", t1["kanji"], t1["pid"])
    a.t(path, "email_address", t1["mail"], t1["pid"], True)
    a.t(path, "person_name", jimu["kanji"], jimu["pid"])
    a.t(path, "email_address", jimu["mail"], jimu["pid"], True)
    a.t(path, "person_name", jimu["fam"], jimu["pid"], True)
    a.school_phones(path)


def renewal_request(a: School) -> None:
    """07_メール/【至急】在留期間更新 取次依頼（10月分）.eml: five students' cards, quoted
    reply with the 行政書士's registration."""
    sc, jimu, school = a.scrivener, a.jimu, a.school
    picked = a.rng.sample(a.students, 5)
    path = "07_メール/【至急】在留期間更新 取次依頼（10月分）.eml"
    listing = "".join(
        f"{k + 1}. {s['roman']}　在留カード {s['card']}　期限 "
        f"{a.fdate(s['kigen'], 1 if k % 2 else 0)}　生年月日 {era(s['dob'], k % 3)}\n"
        for k, s in enumerate(picked))
    body = f"""{sc["office"]}
{sc["sp"]} 先生

いつもお世話になっております。{school["name"]}の{jimu["sp"]}です。
10月分の在留期間更新の取次をお願いいたします。対象者は以下の5名です。

{listing}
必要書類（パスポート写し、在留カード写し、出席証明書、成績証明書、経費支弁書）は別途郵送いたします。
{picked[0]["roman"]}さんは結核検診で要精密検査となっておりますので、結果が出次第お知らせします。
{a.signature()}
> {jimu["fam"]}様
> 10月分の対象者リストをお送りください。
> {sc["kanji"]}（申請取次行政書士 {sc["reg"]}）
> TEL {sc["tel"]}  {sc["mail"]}
"""
    a.mail(path, jimu["mail"], sc["mail"], "【至急】在留期間更新 取次依頼（10月分）", body,
           cc=a.staff[6]["mail"])
    for s in picked:
        a.each(path, s["pid"], [("person_name", s["roman"]), ("residence_card_number", s["card"]),
                                ("date_of_birth", s["dob"].isoformat())])
    a.t(path, "sensitive", "要精密検査", picked[0]["pid"])
    a.t(path, "person_name", sc["kanji"], sc["pid"])
    a.t(path, "email_address", sc["mail"], sc["pid"])
    a.t(path, "phone_number", sc["tel"], None, True)
    a.t(path, "person_name", jimu["kanji"], jimu["pid"])
    a.t(path, "email_address", jimu["mail"], jimu["pid"], True)
    a.t(path, "email_address", a.staff[6]["mail"], a.staff[6]["pid"], True)
    a.t(path, "person_name", jimu["fam"], jimu["pid"], True)
    a.school_phones(path)


def working_hours(a: School) -> None:
    """07_メール/アルバイト時間について（ご相談）.eml: the first employer's manager."""
    e, school = a.employers[0], a.school
    wk = [s for s in a.students if s["job"] is e][:2] or a.students[:2]
    path = "07_メール/アルバイト時間について（ご相談）.eml"
    addr = f"{roma(e['fam'])}.{a.rng.randint(1, 99)}@bestfoods.co.jp"
    body = f"""{school["name"]}
ご担当者様

{e["shop"]}の{e["sp"]}です。
御校の学生 {wk[0]["roman"]} さん（在留カード {wk[0]["card"]}）のシフトについてご相談です。
本人から週30時間以上働きたいとの希望があり、資格外活動の上限を確認させてください。
また {wk[-1]["kana"]} さんの携帯 {a.phone(wk[-1]["phone"], 4)} がつながりません。

{e["shop"]}
{e["sp"]}
携帯 {a.phone(e["mobile"], 0)}
代表 {e["tel"]}
"""
    a.mail(path, f"{e['kanji']} <{addr}>", "info@" + school["dom"],
           "アルバイト時間について（ご相談）", body)
    a.t(path, "person_name", e["kanji"], e["pid"])
    a.t(path, "phone_number", e["mobile"], e["pid"])
    a.t(path, "email_address", addr, e["pid"], True)
    a.t(path, "phone_number", e["tel"], None, True)
    a.each(path, wk[0]["pid"], [("person_name", wk[0]["roman"]),
                                ("residence_card_number", wk[0]["card"])])
    a.each(path, wk[-1]["pid"], [("person_name", wk[-1]["kana"]),
                                 ("phone_number", wk[-1]["phone"])])
    a.t(path, "email_address", "info@" + school["dom"], None, True)


def guarantor(a: School) -> None:
    """07_メール/身元保証書の件.eml: the first 身元保証人's address and birth date."""
    g, jimu, school = a.guarantors[0], a.jimu, a.school
    gs = [s for s in a.students if s["guar"] is g][:2] or a.students[:1]
    path = "07_メール/身元保証書の件.eml"
    addr = f"{roma(g['fam'])}{a.rng.randint(50, 99)}@docomo.ne.jp"
    body = f"""{g["sp"]} 様

いつもお世話になっております。{school["name"]}の{jimu["kanji"]}です。
{"、".join(s["roman"] + "さん" for s in gs)}の身元保証書の更新をお願いしたく、ご連絡いたしました。
保証人様のご住所（〒{g["addr"]["zip"]} {addr_str(g["addr"], False)}）、生年月日\
（{era(g["dob"], 0)}）に変更がないかご確認ください。
お電話（{a.phone(g["phone"], 5)}）でも構いません。
{a.signature()}"""
    a.mail(path, jimu["mail"], f"{g['kanji']} <{addr}>", "身元保証書の件", body)
    a.each(path, g["pid"], [
        ("person_name", g["kanji"]), ("postal_code", g["addr"]["zip"]),
        ("address", addr_str(g["addr"], False)), ("date_of_birth", g["dob"].isoformat()),
        ("phone_number", g["phone"]), ("email_address", addr)])
    for s in gs:
        a.t(path, "person_name", s["roman"], s["pid"])
    a.t(path, "person_name", jimu["kanji"], jimu["pid"])
    a.t(path, "email_address", jimu["mail"], jimu["pid"], True)
    a.school_phones(path)
