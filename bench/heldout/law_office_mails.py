"""Four mails: a debtor's to their lawyer (full-width phone, a card's last four digits), the
portal's initial password to a client, the 調停期日 list forwarded with a CSV attachment (the
divorce clients, their spouses and children's birth dates) and a criminal client's mother
asking for a defence (逮捕, 勾留, 前科)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from .japanese import wareki
from .law_office_people import Office
from .law_office_tables import password
from .share import mail_bytes

JST = timezone(timedelta(hours=9))


def _mail(
    o: Office,
    rel: str,
    sender: str,
    to: str,
    subject: str,
    body: str,
    when: datetime,
    attachments: tuple = (),
) -> None:
    message_id = f"<{o.rng.randint(10**9, 10**10)}.{o.seed}@aoba-law.jp>"
    o.share.write(
        rel,
        mail_bytes(
            sender, to, subject, format_datetime(when), body, attachments, message_id=message_id
        ),
    )


def mails(o: Office) -> None:
    office = o.office
    debtors = o.of("任意整理") or o.debtors
    c = debtors[0]
    rel = "09_メール/20241008_ご相談の件（" + c.last + "）.eml"
    phone = o.phone(c.mobile, "zen")
    debt = c.debts[0]
    creditor, last4 = debt["cr"]["name"], (debt["card"] or "0000")[-4:]
    body = f"""{office["name"]}
{c.lawyer.last}先生

いつもお世話になっております。{c.name()}です。
先日はご相談に乗っていただきありがとうございました。
ご依頼の書類ですが、給与明細３か月分と通帳のコピーを郵送しました。
カードは{creditor}のもの（カード番号の下４桁 {last4}）が手元にあります。
妻には借金のことをまだ話していないので、自宅への郵送物は控えていただけると助かります。
平日の日中は携帯（{phone}）にお願いします。

――――――――――――
{c.name()}
{c.email}
"""
    o.person_fields(rel, c, name=c.name(), phone=phone, email=c.email)
    o.add(rel, "person_name", c.lawyer.last, c.lawyer.id, neutral=True)
    _mail(
        o,
        rel,
        f"{c.name()} <{c.email}>",
        c.lawyer.work_email,
        "Re: ご相談の件",
        body,
        datetime(2024, 10, 8, 21, 14, tzinfo=JST),
    )
    o.add(rel, "email_address", c.lawyer.work_email, c.lawyer.id, neutral=True)

    c2 = o.clients[3]
    rel2 = f"09_メール/ポータル登録のご案内_{c2.last}.eml"
    pw = password(o)
    body2 = f"""{c2.name()} 様

{office["name"]}でございます。
依頼者ポータルのアカウントを発行しましたのでご案内いたします。

ログインID：{c2.email}
初期パスワード：{pw}

初回ログイン後、パスワードの変更をお願いいたします。

――――――――――――――――
{office["name"]}
事務局 {c2.clerk.name()}
〒{office["postal"]} {office["addr"]}
TEL {office["tel"]} / FAX {office["fax"]}
"""
    o.person_fields(rel2, c2, name=c2.name(), email=c2.email)
    o.add(rel2, "credential", pw, c2.id)
    o.add(rel2, "person_name", c2.clerk.name(), c2.clerk.id, neutral=True)
    o.add(rel2, "email_address", c2.clerk.work_email, c2.clerk.id, neutral=True)
    o.office_fields(rel2, addr=True, fax=True)
    _mail(
        o,
        rel2,
        f"{office['name']} <{c2.clerk.work_email}>",
        c2.email,
        "【あおば総合法律事務所】ポータル登録のご案内",
        body2,
        datetime(2024, 9, 2, 10, 3, tzinfo=JST),
    )
    _forwarded(o)
    _family(o)


def _forwarded(o: Office) -> None:
    rel = "09_メール/Fwd_調停期日一覧.eml"
    member = (
        rel + "!調停期日一覧.csv"
    )  # post-blind truth fix 1: the attachment's values are its own
    rows = ["依頼者,相手方,子の氏名,子の生年月日,期日,裁判所"]
    for c in o.of("離婚")[:5]:
        k, sp = c.kids[0], c.spouse
        rows.append(
            f"{c.name('')},{sp.name('')},{k.name('')},{k.born.strftime('%Y/%m/%d')},"
            f"2024/11/{o.rng.randint(10, 28)},{c.court}"
        )
        for p in (c, sp, k):
            o.add(member, "person_name", p.name(""), p.id)
        o.add(member, "date_of_birth", k.born.strftime("%Y/%m/%d"), k.id, value=k.born.isoformat())
    lw, clerks = o.lawyers[1], o.clerks
    body = f"""{clerks[0].last}さん

来月の調停期日の一覧を転送します。カレンダー登録をお願いします。

---------- Forwarded message ---------
From: {lw.name()} <{lw.work_email}>
Date: 2024年10月28日(月) 18:02
Subject: 調停期日一覧

添付のとおりです。DV案件は待合室を別にするよう書記官に要請済み。
"""
    o.add(rel, "person_name", clerks[0].last, clerks[0].id, neutral=True)
    o.add(rel, "person_name", lw.name(), lw.id, neutral=True)
    for s in (lw, clerks[1], clerks[0]):
        o.add(rel, "email_address", s.work_email, s.id, neutral=True)
    _mail(
        o,
        rel,
        clerks[1].work_email,
        clerks[0].work_email,
        "Fwd: 調停期日一覧",
        body,
        datetime(2024, 10, 29, 9, 12, tzinfo=JST),
        (("調停期日一覧.csv", "\n".join(rows) + "\n", "text", "csv"),),
    )


def _family(o: Office) -> None:
    crims = o.of("刑事")
    if not crims:
        return
    c = crims[0]
    mother = o.person("家族", c.born.year - 30, c.born.year - 20, "F", c, c)
    c.family.append(("母", mother))
    rel = "09_メール/息子の件でご相談.eml"
    phone = o.phone(mother.mobile)
    body = f"""{o.office["name"]} 御中

突然のご連絡失礼いたします。{mother.name()}と申します。
息子の{c.first}が{wareki(c.arrest)}に{c.crime}の疑いで逮捕され、現在勾留されています。
当番弁護士の先生から貴事務所を紹介されました。
私選弁護をお願いできないでしょうか。
息子は以前にも一度罰金刑を受けたことがあり（前科）、今回は実刑にならないか心配です。

{mother.name()}
住所：{o.where(mother)}
電話：{phone}
"""
    o.person_fields(
        rel, mother, name=mother.name(), addr=o.where(mother), phone=phone, email=mother.email
    )
    o.add(rel, "person_name", c.first, c.id, neutral=True)
    for word in ("逮捕", "前科", "勾留"):  # 勾留: post-blind truth fix 3
        o.add(rel, "sensitive", word, c.id)
    o.add(rel, "email_address", "info@aoba-law.jp", "ORG", neutral=True)  # post-blind truth fix 2
    _mail(
        o,
        rel,
        mother.email,
        "info@aoba-law.jp",
        "息子の件でご相談",
        body,
        datetime(2024, 11, 2, 7, 40, tzinfo=JST),
    )
