"""The funeral home's mails, sent by the first staff member: two 枕経のお願い to the deceased's
temple (the priest's name and the temples' mailboxes neutral) and the crematorium booking
forwarded back, the first 施行's 喪主 and phone in its attached mosh.csv (their values under
x.eml!mosh.csv). The signature's office phone and fax are neutral, the staff member's mobile
not; the role mailboxes are the company's and the crematorium's (neutral)."""

from __future__ import annotations

from .funeral_home_people import COMPANY, FuneralHome
from .japanese import wareki
from .share import csv_text, mail_bytes

SENT = "Mon, 10 Nov 2025 10:12:00 +0900"
DOMAIN = "sakura-tenrei.example.jp"
DESK = f"yoyaku@{DOMAIN}"
CREMATORIUM = "yoyaku@saijo.example.jp"


def _signature(h: FuneralHome) -> str:
    st = h.staff[0]
    return (f"\n--\n{COMPANY} 葬祭部\n{st.name()}\nTEL {h.tel2}（{st.ext}）　携帯 {st.mobile}\n"
            f"FAX {h.fax}\n")


def _office(h: FuneralHome, path: str) -> None:
    """The signer's name and mobile under the signature (expected)."""
    st = h.staff[0]
    h.name(path, st)
    h.add(path, "phone_number", st.mobile, st)


def temples(h: FuneralHome) -> None:
    """枕経のお願い for the first two 施行: the deceased (neutral), the 喪主's phone and home."""
    a = h.add
    st = h.staff[0]
    sender = f"{st.last_roman.lower()}@{DOMAIN}"
    for k, c in enumerate(h.cases[0:2]):
        m, d, tp = c.mosh, c.dec, c.temple
        path = f"メール/{tp.name}_枕経のお願い_{k + 1}.eml"
        body = (f"{tp.name}\n{tp.priest} 様\n\n"
                f"いつもお世話になっております。{COMPANY}の{st.last}です。\n"
                f"本日、檀家の{d.name()}様（享年{c.age + 1}）がご逝去されました。"
                f"喪主は{c.zoku}の{m.name()}様です。\n"
                f"通夜は{wareki(c.tsuya, by_year=True)}、"
                f"告別式は{wareki(c.kokubetsu, by_year=True)}、"
                f"{c.saijo[0]}にて。\n"
                f"喪主様のご連絡先：{c.mosh_tel}　ご自宅：{m.addr.full()}\n"
                "戒名の件は喪主様から直接お電話するとのことです。\n" + _signature(h))
        temple = f"info@temple{k + 1}.example.jp"
        h.share.write(path, mail_bytes(sender, temple, "枕経のお願い", SENT, body))
        h.name(path, m)
        a(path, "phone_number", c.mosh_tel, m)
        a(path, "address", m.addr.full(), m)
        a(path, "person_name", d.name(), None, True)
        _office(h, path)
        a(path, "phone_number", h.tel2, None, True)
        a(path, "phone_number", h.fax, None, True)
        a(path, "person_name", tp.priest, None, True)
        a(path, "email_address", sender, st, True)
        a(path, "email_address", temple, None, True)


def crematorium(h: FuneralHome) -> None:
    """Re: 火葬予約 for the third 施行 (its 施主 in the body), the crematorium's reply quoted
    below; the attachment is the first 施行's 喪主 and phone (CP932)."""
    a = h.add
    c, first = h.cases[2], h.cases[0]
    m = c.mosh
    hall, hall_tel = h.saijo[0]
    path = "メール/斎場予約確認_att.eml"
    body = (f"{hall} 予約係 御中\n\n火葬の予約を確認させてください。\n"
            f"故人：{c.dec.name()}　火葬許可番号 {c.kaso}\n"
            f"火葬日：{c.kokubetsu:%Y/%m/%d} 13:00\n施主：{m.name()} 様（{c.mosh_tel}）\n"
            + _signature(h))
    quoted = (f"From: {hall} <{CREMATORIUM}>\n"
              f"{hall}です。{c.kokubetsu:%Y/%m/%d} 13時の火葬炉 2番を仮押さえしました。\n"
              f"TEL {hall_tel}\n")
    text = body + "\n\n---------- Forwarded message ----------\n" + quoted
    attached = csv_text([["喪主", "電話"], [first.mosh.name(), first.mosh_tel]]).encode("cp932")
    h.share.write(path, mail_bytes(DESK, CREMATORIUM, "Re: 火葬予約", SENT, text,
                                   [("mosh.csv", attached, "text", "csv")]))
    h.name(path, m)
    a(path, "phone_number", c.mosh_tel, m)
    a(path, "person_name", c.dec.name(), None, True)
    _office(h, path)
    a(path, "phone_number", hall_tel, None, True)
    a(path, "phone_number", h.tel2, None, True)
    a(path, "phone_number", h.fax, None, True)
    h.name(path + "!mosh.csv", first.mosh)
    a(path + "!mosh.csv", "phone_number", first.mosh_tel, first.mosh)
    a(path, "email_address", DESK, None, True)
    a(path, "email_address", CREMATORIUM, None, True)


def mails(h: FuneralHome) -> None:
    """The three mails in gen.py's order: the temples', then the crematorium's."""
    temples(h)
    crematorium(h)
