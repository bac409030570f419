"""The share's four mails: an owner's noise complaint (his wife's 不眠症), a contractor's estimate
with the 立入予定表 attached (見積番号 Luhn, the contractor's details neutral), a forwarded change
of tenant (the tenant's birth date, the owner's home) and a guest-room payment by card. Each has
a drawn Message-ID; the staff's work addresses are neutral."""

from __future__ import annotations

import random
import sys
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime

from .condo_management_people import Condo
from .identifiers import luhn_number
from .japanese import wareki, wareki_short
from .share import csv_text, mail_bytes

JST = timezone(timedelta(hours=9))


def _send(h: Condo, path: str, sender: str, to: str, subject: str, body: str, sent: datetime,
          attachments: list[tuple[str, bytes, str, str]] | None = None) -> None:
    """Write the mail, its Message-ID drawn; a multipart's boundary is the one email drew from
    the global random gen.py seeded with the seed (its first draw)."""
    message_id = f"<{h.rng.randint(10 ** 9, 10 ** 10)}.{h.seed}@mail.{h.domain}>"
    boundary = ""
    if attachments:
        boundary = f"{'=' * 15}{random.Random(h.seed).randrange(sys.maxsize):019d}=="
    h.share.write(path, mail_bytes(sender, to, subject, format_datetime(sent), body,
                                   attachments or (), message_id, boundary=boundary))


def complaint(h: Condo) -> None:
    """An owner of the first building complains of the children upstairs (their surname alone,
    neutral)."""
    path = "07_メール/騒音について（再度のお願い）.eml"
    R, a = h.rng, h.add
    b = h.buildings[0]
    front = b.front
    rm = [r for r in b.rooms if not r.rented][2]
    sender = rm.occupant
    above = next((r for r in b.rooms if int(r.room) == int(rm.room) + 100), b.rooms[-1])
    upstairs = above.occupant
    body = f"""{h.company}
{front.last}様

いつもお世話になっております。{b.name} {rm.room}号室の{sender.name()}です。
先日もご相談しました上の階（{above.room}号室）の騒音の件ですが、\
昨夜も午前1時過ぎまで子どもが走り回る音が続きました。
{upstairs.last}さんには以前エレベーターでお会いした時にお伝えしたのですが改善されません。
妻が不眠症で通院しておりまして、正直限界です。\
管理会社から文書での注意をお願いできないでしょうか。

日中は仕事で出られないので、携帯（{sender.mobile}）か、このメールにご連絡ください。

--
{sender.name(' ')}
{b.name} {rm.room}
"""
    sent = datetime(2024, 9, R.randint(1, 28), 7, 12, tzinfo=JST)
    _send(h, path, f"{sender.name(' ')} <{sender.email}>",
          f"{front.name(' ')} <{front.work_email}>", "騒音について（再度のお願い）", body, sent)
    a(path, "person_name", sender.name(), sender)
    a(path, "email_address", sender.email, sender)
    a(path, "phone_number", sender.mobile, sender)
    a(path, "person_name", front.name(), front)
    a(path, "email_address", front.work_email, front, True)
    a(path, "sensitive", "不眠症", sender)
    a(path, "person_name", upstairs.last, upstairs, True)


def estimate(h: Condo) -> None:
    """The plumbing contractor sends an estimate and the 立入予定表 (CSV) of four units of the
    second building."""
    path = "07_メール/【見積送付】給水管更新工事_立入日程.eml"
    sheet = path + "!立入予定表.csv"
    R, a = h.rng, h.add
    c = h.contractors[1]
    p = c.contact
    b = h.buildings[1]
    units = R.sample(b.rooms, 4)
    rows = [["部屋番号", "居住者", "電話", "立会い希望日", "備考"]]
    for rm in units:
        o = rm.occupant
        rows.append([rm.room, o.name(" "), o.phone.replace("-", ""),
                     wareki_short(date(2024, 11, R.randint(1, 28)), padded=False), ""])
        a(sheet, "person_name", o.name(), o)
        a(sheet, "phone_number", o.phone, o)
    front, first = b.front, units[0].occupant
    mail = f"{p.roman.lower()}@{c.domain}"
    rule = "━" * 16
    body = f"""{h.company}
{front.last} 様

お世話になっております。{c.name}の{p.last}です。
{b.name} 給水管更新工事の御見積書（見積番号 {luhn_number(R, '4', 16)}）をお送りします。
また、専有部立入りの日程表を添付いたします。{units[0].room}号室の{first.name()}様は
平日不在とのことですので、土曜午前で調整をお願いいたします。

{rule}
{c.name}
工事部 {p.name(' ')}
TEL {c.tel}  携帯 {p.work_mobile}
法人番号 {c.corp}
Mail: {mail}
{rule}
"""
    sent = datetime(2024, 10, R.randint(1, 28), 16, 40, tzinfo=JST)
    _send(h, path, f"{p.last} <{mail}>", front.work_email, "【見積送付】給水管更新工事 立入日程",
          body, sent, [("立入予定表.csv", csv_text(rows).encode(), "text", "csv")])
    a(path, "person_name", p.name(), p)
    a(path, "person_name", first.name(), first)
    a(path, "phone_number", c.tel, None, True)
    a(path, "phone_number", p.work_mobile, p, True)
    a(path, "corporate_number", c.corp, None, True)
    a(path, "email_address", mail, p, True)
    a(path, "email_address", front.work_email, front, True)


def new_tenant(h: Condo) -> None:
    """The front forwards to the 管理員 an owner's notice of a new tenant in the third
    building."""
    path = "07_メール/Fwd_入居者変更のご連絡.eml"
    R, a = h.rng, h.add
    b = h.buildings[2]
    rm = next(r for r in b.rooms if r.rented)
    owner, tenant, front, kanriin = rm.owner, rm.tenant, b.front, b.kanriin
    body = f"""{kanriin.name()}さん

下記、{rm.room}号室の入居者変更です。名簿の更新と駐輪場の案内をお願いします。

{front.last}

---------- Forwarded message ---------
From: {owner.name()} <{owner.email}>
Date: 2024年10月{R.randint(1, 20)}日
Subject: 入居者変更のご連絡

{h.company} 御中

{b.name}{rm.room}号室を所有しております{owner.name(' ')}です。
11月1日より下記の方に賃貸いたします。

  入居者：{tenant.name(' ')}（{tenant.kana('')}）
  生年月日：{wareki(tenant.born)}
  電話：{h.typed(tenant.phone, ' ')}
  同居人：なし

私の連絡先は変わらず {owner.phone}、住所は{owner.addr}です。
よろしくお願いいたします。
"""
    _send(h, path, f"{front.name(' ')} <{front.work_email}>", kanriin.work_email,
          "Fwd: 入居者変更のご連絡", body, datetime(2024, 10, 22, 10, 5, tzinfo=JST))
    for who, value in [(owner, owner.name()), (tenant, tenant.name()), (tenant, tenant.kana("")),
                       (front, front.name()), (kanriin, kanriin.name())]:
        a(path, "person_name", value, who)
    a(path, "email_address", owner.email, owner)
    a(path, "date_of_birth", tenant.born.isoformat(), tenant)
    a(path, "phone_number", tenant.phone, tenant)
    a(path, "phone_number", owner.phone, owner)
    a(path, "address", owner.addr, owner)
    a(path, "email_address", front.work_email, front, True)
    a(path, "email_address", kanriin.work_email, kanriin, True)


def guest_room(h: Condo) -> None:
    """An occupant of the first building pays the guest room by card in a plain mail (the
    name on the card in Latin letters)."""
    path = "07_メール/ゲストルーム利用料のお支払い.eml"
    R, a = h.rng, h.add
    b = h.buildings[0]
    rm = b.rooms[R.randint(3, 8)]
    guest = rm.occupant
    card = luhn_number(R, R.choice(["4", "53", "3541"]), 16)
    expiry = f"{R.randint(1, 12):02d}/{R.randint(26, 30)}"
    cvc = f"{R.randint(100, 999)}"
    body = f"""管理室 {b.kanriin.last}様

ゲストルームの利用料（2泊）ですが、カードでお願いできると伺いました。
カード番号 {card[:4]} {card[4:8]} {card[8:12]} {card[12:]}
有効期限 {expiry}
セキュリティコード {cvc}
名義 {guest.roman.upper()}{" "}

{rm.room} {guest.name()}
"""
    _send(h, path, guest.email, b.kanriin.work_email, "ゲストルーム利用料のお支払い", body,
          datetime(2024, 8, 3, 21, 14, tzinfo=JST))
    a(path, "credit_card_number", card, guest)
    a(path, "card_expiry", expiry, guest)
    a(path, "card_security_code", cvc, guest)
    a(path, "person_name", guest.name(), guest)
    a(path, "email_address", guest.email, guest)
    a(path, "email_address", b.kanriin.work_email, b.kanriin, True)
