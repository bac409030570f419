"""The office's mails: a CRC's SAE first report to the sponsor's CRA (a subject's name, age,
event, diseases, medicine and mobile), the CRA's reply forwarding the enrolment list (CP932,
attached), a CRC's note on a 代諾者's new phone and home (a cognitive decline), and the sponsor's
lot notice (hard negatives only).
"""

from __future__ import annotations

from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from .identifiers import digits
from .share import csv_text
from .trial_site_people import AES, CLINICS, SPONSOR, SPONSOR_TEL, STUDIES, Person, Site


def _eml(h: Site, rel: str, frm: str, to: str, subj: str, body: str, date: str,
         att: tuple[str, bytes] | None = None, cc: str = "") -> None:
    """gen.py's eml(): email.mime's base64 UTF-8 body, an RFC 2047 subject, the boundary and
    Message-ID numbered by the truth records made so far."""
    m = (MIMEMultipart("mixed", boundary=f"==smo67boundary{h.calls}==") if att
         else MIMEText(body, "plain", "utf-8"))
    if att:
        m.attach(MIMEText(body, "plain", "utf-8"))
        name, data = att
        part = MIMEApplication(data, Name=("utf-8", "", name))
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
        m.attach(part)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = Header(subj, "utf-8")
    m["Date"] = date
    m["Message-ID"] = f"<{h.calls}.{h.seed}@smo-sakura.co.jp>"
    h.share.write(rel, m.as_bytes())


def _sig(c: Person) -> str:
    return (f"\n--\n株式会社さくらSMO 臨床開発支援部 CRC\n{c.name()}\n"
            f"TEL 0422-55-1234 / FAX 0422-55-1235\n{c.work}\n")


def _sigm(c: Person) -> str:
    return (f"\n--\n{SPONSOR} 臨床開発部 モニタリンググループ\n{c.name()}\n"
            f"TEL 03-5201-1234\n{c.work}\n")


def _staff(h: Site, rel: str, *people: Person) -> None:
    """Their names and (neutral) work mails."""
    for c in people:
        h.t(rel, "person_name", c.full, c)
        h.t(rel, "email_address", c.work, c, True)


def sae(h: Site) -> None:
    """メール/20261003_【至急】SAE第一報_….eml: a subject's hospitalisation."""
    s, cr0, m0, doctor = h.subj_a[3], h.crcs[0], h.cras[0], h.doctors[0]
    rel = f"メール/20261003_【至急】SAE第一報_{s.code}.eml"
    body = f"""{m0.last}様

いつもお世話になっております。さくらSMOの{cr0.last}です。

{STUDIES[0][0]} の被験者 {s.code}({s.full}様、{s.age}歳)について、
2026年10月2日に{h.rng.choice(AES)}のため{CLINICS[0]}から近隣病院へ入院となりました。
既往に{"、".join(s.dis)}があり、{s.med[0]}を継続服用中です。

治験責任医師の{doctor.last}先生の確認のうえ、第一報を本日中に送付いたします。
ご本人の携帯({h.phone(s.mobile)})には連絡がつかず、ご家族に連絡済みです。
""" + _sig(cr0)
    _eml(h, rel, f"{cr0.full} <{cr0.work}>", f"{m0.full} <{m0.work}>",
         f"【至急】SAE第一報 {s.code}", body, "Sat, 03 Oct 2026 10:12:00 +0900")
    h.t(rel, "person_name", s.full, s)
    h.t(rel, "phone_number", s.mobile, s)
    h.t(rel, "sensitive", body.split("のため")[0].split("日に")[-1], s)
    for word in s.dis:
        h.t(rel, "sensitive", word, s)
    h.t(rel, "sensitive", s.med[0], s)
    _staff(h, rel, cr0, m0)
    for c in (doctor, m0, cr0):
        h.t(rel, "person_name", c.last, c, True)


def enrolment(h: Site) -> None:
    """メール/20261008_Re_Fw_登録状況一覧.eml: ten subjects' names and births attached, one
    named in the quote with a worsened disease."""
    rng, cr0, cr1, m0 = h.rng, h.crcs[0], h.crcs[1], h.cras[0]
    rel = "メール/20261008_Re_Fw_登録状況一覧.eml"
    name = "登録状況一覧_20261007.csv"
    member = f"{rel}!{name}"
    subs = rng.sample(h.subj_b, 10)
    rows: list[list[object]] = [["症例番号", "被験者識別コード", "氏名", "生年月日",
                                 "同意取得日", "状況"]]
    for s in subs:
        rows.append([s.code, s.code, s.full, s.born.isoformat(),
                     f"2026-0{rng.randint(6, 9)}-{rng.randint(10, 28)}",
                     rng.choice(["投与中", "SCR中", "中止(有害事象)", "完了"])])
        h.t(member, "person_name", s.full, s)
        h.t(member, "date_of_birth", s.born.isoformat(), s)
    named = subs[1]
    h.t(rel, "person_name", named.full, named)
    h.t(rel, "person_name", m0.last, m0, True)
    h.t(rel, "person_name", cr1.last, cr1, True)
    body = (f"{cr1.last}さん\n\n{m0.last}です。一覧ありがとうございます。確認しました。\n"
            f"{subs[0].code}の方は来週のSDVで原資料を拝見します。\n" + _sigm(m0) + f"""
-------- Forwarded Message --------
From: {cr1.full} <{cr1.work}>
Date: 2026/10/07 17:40
Subject: 登録状況一覧

> {m0.last}様
> 最新の登録状況一覧を添付いたします(パスワードは別送します)。
> {named.full}様は{named.dis[0]}の悪化のため来院延期となりました。
> {cr1.last}
""")
    _eml(h, rel, f"{m0.full} <{m0.work}>", f"{cr1.full} <{cr1.work}>", "Re: Fw: 登録状況一覧",
         body, "Thu, 08 Oct 2026 09:30:00 +0900", (name, csv_text(rows).encode("cp932")),
         cc=cr0.work)
    h.t(rel, "sensitive", named.dis[0], named)
    _staff(h, rel, cr1, m0)
    h.t(rel, "email_address", cr0.work, cr0, True)


def guardian(h: Site) -> None:
    """メール/20261011_代諾者連絡先の件.eml: a 代諾者's new mobile, 〒 and home."""
    s = next(x for x in h.subjects if x.guardian)
    g, cr1, cr2 = s.guardian, h.crcs[1], h.crcs[2]
    rel = "メール/20261011_代諾者連絡先の件.eml"
    body = f"""{cr2.last}さん

お疲れさまです。{cr1.last}です。
{s.code} {s.last}様の代諾者({g.rel})の{g.full}様の連絡先が変わったそうです。
新: {h.phone(g.mobile)}
住所: 〒{g.postal} {g.addr}
ご本人は認知機能低下があるため、次回来院も{g.first}さんが同行されます。
""" + _sig(cr1)
    _eml(h, rel, cr1.work, cr2.work, "代諾者連絡先の件", body, "Sun, 11 Oct 2026 18:05:00 +0900")
    h.t(rel, "person_name", g.full, g)
    h.t(rel, "phone_number", g.mobile, g)
    h.t(rel, "postal_code", g.postal, g)
    h.t(rel, "address", g.addr, g)
    h.t(rel, "person_name", s.last, s, True)
    h.t(rel, "sensitive", "認知機能低下", s)
    for c in (cr1, cr2):
        h.t(rel, "email_address", c.work, c, True)
    h.t(rel, "person_name", cr1.full, cr1)
    h.t(rel, "person_name", cr2.last, cr2, True)
    h.t(rel, "person_name", cr1.last, cr1, True)


def lots(h: Site) -> None:
    """メール/20261012_治験薬ロット切替のお知らせ.eml: 薬剤番号 passing Luhn, begun like a JCB
    card; the sponsor's 法人番号, address and phone."""
    cra = h.cras[1]
    rel = "メール/20261012_治験薬ロット切替のお知らせ.eml"
    numbers = [h.luhn("35" + digits(h.rng, 13)) for _ in range(3)]
    body = (f"各位\n\n{SPONSOR}の{cra.last}です。\n"
            f"{STUDIES[0][0]} の治験薬ロットを以下の通り切り替えます。\n"
            + "\n".join(f"  薬剤番号 {n}" for n in numbers)
            + f"\n治験依頼者 {SPONSOR}(法人番号 {h.sponsor_cn})\n"
            "東京都中央区日本橋本町2丁目1番1号 TEL 03-5201-1234\n" + _sigm(cra))
    _eml(h, rel, cra.work, "crc-all@smo-sakura.co.jp", "治験薬ロット切替のお知らせ", body,
         "Mon, 12 Oct 2026 11:00:00 +0900")
    h.t(rel, "corporate_number", h.sponsor_cn, None, True)
    h.t(rel, "phone_number", SPONSOR_TEL, None, True)
    h.t(rel, "person_name", cra.full, cra)
    h.t(rel, "person_name", cra.last, cra, True)
    h.t(rel, "email_address", cra.work, cra, True)
