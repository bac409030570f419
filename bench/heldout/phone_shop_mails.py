"""The shop's mails: six complaints about a bill (the 店長's answers quoting them, one with the
bill's CSV attached), head office forwarding a 後見人's or 代理人's request to cancel an elderly
customer's line, and a staff member's customer list sent to a supplier by mistake.

The shop's addresses and phone, the supplier's address and surnames alone are neutral.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from .phone_shop_people import ADDR_K, NAME, TEL_K, Shop, era
from .share import mail_bytes

JST = timezone(timedelta(hours=9))
DOMAIN = "mobilelink-east.co.jp"
KOSUGI_MAIL, TENCHO_MAIL = f"kosugi@{DOMAIN}", f"tencho.kosugi@{DOMAIN}"


def mail(c: Shop, path: str, sender: str, to: str, subject: str, body: str,
         attach: tuple[str, bytes] | None = None) -> None:
    """An .eml as gen.py's eml() wrote it (policy.SMTP, CRLF): a day in May and a Message-ID
    drawn; an attached CSV's boundary from the path's MD5."""
    rng = c.rng
    when = format_datetime(datetime(2024, 5, rng.randint(1, 28), 14, 3, tzinfo=JST))
    mid = f"<{rng.randint(0, 10**12)}@{DOMAIN}>"
    attachments = [(attach[0], attach[1], "text", "csv")] if attach else []
    boundary = "=_ml_" + hashlib.md5(path.encode()).hexdigest()
    c.share.write(path, mail_bytes(sender, to, subject, when, body, attachments, mid,
                                   boundary=boundary, linesep="\r\n", smtp=True))


def complaints(c: Shop) -> None:
    """メール/苦情/NN_<topic>.eml: six customers complain; the 店長 answers every other one,
    quoting it; the second attaches the bill's CSV."""
    rng, mgr = c.rng, c.staff[0]
    sig = f"\n--\n{NAME} 武蔵小杉店\n店長 {mgr.full()}\nTEL {TEL_K}\n{ADDR_K}\n"
    for k, p in enumerate(rng.sample(c.customers[:60], 6)):
        path = f"メール/苦情/{k + 1:02d}_{rng.choice(['料金', '対応', '故障', 'MNP'])}.eml"
        nm = p.full(False)
        body = (f"武蔵小杉店 店長様\n\n先日そちらで機種変更した{nm}です。\n"
                "契約時に説明のなかったオプションが3つも付いていて、今月の請求が高額でした。\n"
                f"至急連絡ください。携帯 {p.mobile} まで。\n住所：{p.address()}\n\n{nm}\n")
        if k % 2 == 0:
            quoted = "\n".join("> " + line for line in body.splitlines())
            text = (f"{p.last}様\n\nこの度はご迷惑をおかけし誠に申し訳ございません。"
                    "担当者に確認のうえ、不要なオプションは本日解約いたしました。\n"
                    f"{sig}\n{p.last}様 wrote:\n{quoted}\n")
            local = mgr.last.lower() if mgr.last.isascii() else "tencho"
            sender, to = f"{mgr.full(False)} <{local}.kosugi@{DOMAIN}>", p.email
            subject = f"Re: 請求内容について（{p.last}）"
        else:
            text, sender, to, subject = body, p.email, KOSUGI_MAIL, "請求について"
        attach = None
        if k == 1:
            attach = ("請求明細.csv", f"回線番号,請求額\n{p.mobile},18760\n".encode("cp932"))
            c.t(path + "!請求明細.csv", "phone_number", p.mobile, p)
        mail(c, path, sender, to, subject, text, attach)
        c.core(path, p, "name mobile addr email")
        if k % 2 == 0:
            c.t(path, "person_name", p.last, p, True)
            c.t(path, "person_name", mgr.name(""), mgr)
        c.tel(path, TEL_K)
        c.t(path, "email_address", KOSUGI_MAIL, None, True)
        c.t(path, "email_address", TENCHO_MAIL, mgr, True)


def forwarded(c: Shop) -> None:
    """本部転送_後見人からの解約申出.eml: the fourth elderly customer's representative asks to
    cancel the line (birth date in 和暦, the address without its prefecture)."""
    old, rep = c.elders[3]
    path = "メール/本部転送_後見人からの解約申出.eml"
    center, branch = f"center@{DOMAIN}", f"sangenjaya@{DOMAIN}"
    body = ("三軒茶屋店 各位\n\n本部お客様センターより転送します。対応をお願いします。\n\n"
            f"---------- Forwarded message ---------\nFrom: {rep.full(False)} <{rep.email}>\n"
            f"件名: 解約のお願い\n\n{old.full(False)}（{era(old.born, 0)}生）の{rep.title}の"
            f"{rep.full(False)}と申します。\n本人が施設に入所したため、回線 {old.mobile} を"
            f"解約したいです。\n私の連絡先は {rep.mobile} です。\n"
            f"本人の住所は{old.address(False)}です。\n")
    mail(c, path, center, branch, "Fwd: 解約のお願い", body)
    c.core(path, old, "name dob mobile addr_np")
    c.core(path, rep, "name email mobile")
    c.t(path, "email_address", center, None, True)
    c.t(path, "email_address", branch, None, True)


def missent(c: Shop) -> None:
    """誤送信_顧客リスト添付.eml: a staff member sends eight customers' names, mobiles and mail
    to a supplier."""
    path, st = "メール/誤送信_顧客リスト添付.eml", c.staff[2]
    chosen = c.rng.sample(c.customers[50:], 8)
    listing = "氏名,携帯,メール\n" + "\n".join(f"{p.full()},{p.mobile},{p.email}"
                                             for p in chosen) + "\n"
    supplier = "partner-support@telesupply.co.jp"
    mail(c, path, st.email, supplier, "5月フォロー対象",
         f"お疲れ様です。{st.last}です。\nフォロー対象リストを送ります。\n\n{st.full()}\n",
         ("フォロー対象.csv", listing.encode("utf-8")))
    c.core(path, st, "name email")
    c.t(path, "person_name", st.last, st, True)
    c.t(path, "email_address", supplier, None, True)
    for p in chosen:
        c.core(path + "!フォロー対象.csv", p, "name mobile email")
