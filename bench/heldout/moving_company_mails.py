"""The company's mails: four customers answer a quote (the office's mail quoted, one with a CSV
naming another customer's phone attached), and a client's 総務 forwards 人事's addition to the
transferee list.

Work mail, the office's phone and FAX and surnames alone are neutral.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from .moving_company_people import FAX, HQ_TEL, NAME, WORK_DOMAIN, Mover, Person
from .share import mail_bytes

JST = timezone(timedelta(hours=9))


def mail(c: Mover, path: str, sender: str, to: str, subject: str, body: str,
         attach: tuple[str, str] | None = None) -> None:
    """An .eml as gen.py's eml() wrote it (built under policy.SMTP): a day in October and a
    Message-ID drawn, then the boundary, where a CSV is attached, as email draws it."""
    rng = c.rng
    when = format_datetime(datetime(2024, 10, rng.randint(1, 28), 10, 0, tzinfo=JST))
    mid = f"<{rng.randint(10**9, 10**10)}@{WORK_DOMAIN}>"
    attachments, boundary = [], ""
    if attach:
        attachments = [(attach[0], attach[1].encode("utf-8"), "text", "csv")]
        boundary = f"{'=' * 15}{rng.randrange(sys.maxsize):019d}=="  # (email's own draw)
    c.share.write(path, mail_bytes(sender, to, subject, when, body, attachments, mid,
                                   boundary=boundary, smtp=True))


def signature(o: Person) -> str:
    """The office's signature, quoted in a customer's reply."""
    return f"--\n{NAME} 大宮本社 営業課\n{o.name(' ')}\nTEL {HQ_TEL} / FAX {FAX}\n{o.work}\n"


def replies(c: Mover) -> None:
    """NN_Re_お見積りの件_<surname>様.eml: the first four customers confirm the day, their mobile
    and new address under the office's quoted mail; the second attaches 家財メモ.csv."""
    for i, p in enumerate(c.customers[0:4]):
        o = c.office[i % 3]
        path = f"メール/{i + 1:02d}_Re_お見積りの件_{p.last}様.eml"
        q = (f"{p.last}様\n\nお世話になっております。さくら引越センターの{o.last}です。\n"
             f"お見積りを添付いたします。ご確認ください。\n\n" + signature(o))
        quoted = "\n".join("> " + line for line in q.splitlines())
        body = (f"{o.last}様\n\nお見積りありがとうございました。日程は{p.move.month}月"
                f"{p.move.day}日でお願いします。\n当日の連絡先は携帯 {c.phone(p.phone)} です。"
                f"新居の住所は {p.new.full()} で間違いありません。\n\n{p.name(' ')}\n\n"
                f"{format_datetime(datetime(2024, 10, 3, 9, 0))} {o.last} <{o.work}>:\n"
                f"{quoted}\n")
        attach = None
        if i == 1:
            other = c.customers[60]
            attach = ("家財メモ.csv", f"品目,数量\nピアノ,1\nタンス,2\n連絡先,{other.phone}\n")
            c.t_std(path, other, "phone")
        mail(c, path, f"{p.name('')} <{p.email}>", f"{o.last} <{o.work}>",
             f"Re: お見積りの件（{p.qno}）", body, attach)
        c.t_std(path, p, "name email phone new")
        c.t_std(path, o, "name work")
        c.t(path, "phone_number", HQ_TEL, None, True)
        c.t_std(path, o, "sei")
        c.t_std(path, p, "sei")
        c.t(path, "phone_number", FAX, None, True)


def forwarded(c: Mover) -> None:
    """05_Fwd_転勤者追加のお願い.eml: the second client's 総務 forwards the fourteenth transferee
    (home, mobile; the birth date line left empty)."""
    rng, s, extra = c.rng, c.soumu[1], c.transfer[13]
    client, dom, _ = c.clients[1]
    path = "メール/05_Fwd_転勤者追加のお願い.eml"
    own = f"{s.last_roman.lower()}@{dom}.co.jp"
    body = (f"さくら引越センター 御中\n\n{client} 総務部の{s.last}です。\n"
            "4月異動者に1名追加がございます。\n\n"
            f"---------- Forwarded message ---------\nFrom: 人事課\n件名: 異動者追加\n\n"
            f"社員番号 0{rng.randint(10000, 99999)}\n氏名 {c.nm(extra)}\n"
            f"現住所 〒{extra.old.zip} {extra.old.full()}\n携帯 {c.phone(extra.phone)}\n"
            f"生年月日 \n\n{s.name(' ')}\n{client} 総務部\n{own}\n")
    mail(c, path, f"{s.last} <{own}>", f"houjin@{WORK_DOMAIN}", "Fwd: 転勤者追加のお願い", body)
    c.t_std(path, extra, "name zold old phone")
    c.t_std(path, s, "name sei")
    c.t(path, "email_address", own, s, True)
