"""Five mails, built by hand as gen.py wrote them (base64 UTF-8 bodies, RFC 2047 names, CRLF):
three brides' replies on the seating plan quoting the planner (a new address, the mobile), a
planner's note on a pregnant bride's dress fitting, a forwarded guest list with its CP932 CSV
attached (`…eml!招待客リスト_新郎側.csv`) and a photographer's booking.

The planners' names and work mail, the hall's phone, surnames alone and a vendor contact's
company mail are neutral; 妊娠5ヶ月 is neutral, an allergy sensitive.
"""

from __future__ import annotations

import base64
from email.header import Header

from .share import csv_text
from .wedding_hall_people import (
    HALL,
    HALL_ADDR,
    HALL_CO,
    HALL_DOMAIN,
    HALL_TEL,
    HALL_ZIP,
    Hall,
    Person,
)

BOUNDARY = "==lumiere_boundary_0001=="


def b64(text: str | bytes) -> str:
    return base64.encodebytes(text.encode("utf-8") if isinstance(text, str) else text).decode()


def hdr(text: str) -> str:
    return Header(text, "utf-8").encode()


def sig(st: Person) -> str:
    return (f"\n--\n{HALL}　ウェディングプランナー\n{st.name('　')}\n{HALL_CO}\n〒{HALL_ZIP} "
            f"{HALL_ADDR}\nTEL {HALL_TEL}（定休日：火曜）\nMail {st.work}\n")


def send(h: Hall, path: str, frm: str, to: str, subject: str, body: str, date: str, mid: str,
         attach: tuple[str, bytes, str] | None = None) -> None:
    """The mail as gen.py joined its lines: a multipart/mixed one where there is an attachment."""
    lines = [f"From: {frm}", f"To: {to}", f"Subject: {hdr(subject)}", f"Date: {date}",
             f"Message-ID: <{mid}@{HALL_DOMAIN}>", "MIME-Version: 1.0"]
    text = ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64", "",
            b64(body)]
    if attach:
        name, data, ctype = attach
        quoted = "".join(f"%{b:02X}" for b in name.encode())
        lines += [f'Content-Type: multipart/mixed; boundary="{BOUNDARY}"', "", f"--{BOUNDARY}",
                  *text, f"--{BOUNDARY}", f'Content-Type: {ctype}; name="{hdr(name)}"',
                  "Content-Transfer-Encoding: base64",
                  f"Content-Disposition: attachment; filename*=UTF-8''{quoted}", "", b64(data),
                  f"--{BOUNDARY}--", ""]
    else:
        lines += text
    h.share.write(path, "\n".join(lines).replace("\n", "\r\n"), "ascii")


def hall_side(h: Hall, path: str, st: Person) -> None:
    """The planner (name and work mail) and the hall's phone, neutral."""
    h.named(path, st, neutral=True)
    h.t(path, "email_address", st.work, st, True)
    h.t(path, "phone_number", HALL_TEL, None, True)


def seating(h: Hall) -> None:
    """Three brides answer the seating plan: a new address and the mobile, the planner quoted."""
    for i, c in enumerate(h.couples[4:7]):
        b, st = c.b, c.planner
        path = f"メール/{c.no}_席次のご相談_Re.eml"
        quoted = (f"> {b.last}様\n>\n> {HALL}の{st.last}でございます。\n"
                  "> 席次表の初稿をお送りいたします。ご確認のほど\n> よろしくお願いいたします。\n")
        body = (f"{st.last}様\n\nいつもお世話になっております。{b.name(' ')}です。\n"
                "席次の件、ご連絡ありがとうございました。\n"
                "新郎の上司の席を松卓に移していただけますでしょうか。\n"
                f"また、引越しをしましたので新住所をお送りします。\n〒{b.zip}\n{b.address()}\n"
                f"日中は携帯（{h.phone(b.tel, 3)}）にお電話いただけると助かります。\n\n"
                f"よろしくお願いいたします。\n{b.full}\n\n{quoted}"
                + "".join("> " + line + "\n" for line in sig(st).splitlines()))
        send(h, path, f"{hdr(b.full)} <{b.mail}>", f"{hdr(st.full)} <{st.work}>",
             f"Re: 【{HALL}】席次表のご確認", body, f"Mon, {10 + i} Feb 2026 21:{10 + i}:00 +0900",
             f"{c.no}.{i}")
        h.named(path, b)
        h.t(path, "email_address", b.mail, b)
        h.t(path, "postal_code", b.zip, b)
        h.t(path, "address", b.address(), b)
        h.t(path, "phone_number", b.tel, b)
        hall_side(h, path, st)
        h.named(path, st, st.last, neutral=True)
        h.named(path, b, b.last, neutral=True)


def fitting(h: Hall) -> None:
    """The planner congratulates a bride five months pregnant and books a maternity dress."""
    c = h.couples[7]
    st, b = c.planner, c.b
    path = f"メール/{c.no}_ドレス試着のご案内.eml"
    body = (f"{b.name('　')} 様\n\nこの度はご連絡ありがとうございます。{HALL}の{st.last}です。\n"
            "ご懐妊のご報告、誠におめでとうございます。妊娠5ヶ月とのことですので、マタニティ対応のドレスを\n"
            "ご用意いたします。試着は3月7日（土）11時からで承りました。\n"
            "当日はお身体を第一に、ご無理のないようお越しください。\n" + sig(st))
    send(h, path, f"{hdr(st.full)} <{st.work}>", b.mail, "ドレス試着のご案内", body,
         "Tue, 17 Feb 2026 10:05:00 +0900", f"{c.no}.dress")
    h.named(path, b)
    h.t(path, "email_address", b.mail, b)
    h.t(path, "sensitive", "妊娠5ヶ月", b, True)
    h.named(path, st, st.last, neutral=True)
    hall_side(h, path, st)


def forwarded(h: Hall) -> None:
    """The planner forwards the groom's guest list (a CP932 CSV) to the chef: allergies."""
    c = h.couples[1]
    st, g, chef = c.planner, c.g, h.staff[4]
    path = f"メール/Fwd_招待客リスト（{g.last}家）.eml"
    inner = "招待客リスト_新郎側.csv"
    inside = path + "!" + inner
    rows = [["氏名", "関係", "住所", "電話番号", "アレルギー"]]
    for gp in [x for x in c.guests if x.side == "新郎側"]:
        rows.append([gp.name(" "), gp.rel, gp.address(), h.phone(gp.tel, 1), gp.allergy])
        h.named(inside, gp)
        h.t(inside, "address", gp.address(), gp)
        h.t(inside, "phone_number", gp.tel, gp)
        h.t(inside, "sensitive", gp.allergy, gp, "アレルギー" not in gp.allergy)
    body = (f"{chef.last}さん\n\nお疲れ様です。{st.last}です。\n"
            f"{g.last}様の新郎側ゲストのリストが届いたので転送します。\n"
            "アレルギーの方がいますので、料理の手配をお願いします。\n\n"
            f"---------- Forwarded message ---------\nFrom: {g.full} <{g.mail}>\n"
            f"Date: 2026年2月9日(月) 22:41\nSubject: 招待客リスト\nTo: {st.work}\n\n{st.last}様\n\n"
            "新郎側のゲストリストを添付します。\n住所は年賀状から拾ったので古いものがあるかもしれません。\n\n"
            f"{g.name(' ')}\n携帯 {h.phone(g.tel, 1)}\n")
    send(h, path, f"{hdr(st.full)} <{st.work}>", f"{hdr(chef.full)} <{chef.work}>",
         f"Fwd: 招待客リスト（{g.last}家）", body, "Tue, 10 Feb 2026 09:12:00 +0900",
         f"fwd.{c.no}", (inner, csv_text(rows).encode("cp932"), "text/csv"))
    h.named(path, g)
    h.t(path, "email_address", g.mail, g)
    h.t(path, "phone_number", g.tel, g)
    h.named(path, g, g.last, neutral=True)
    for s in (st, chef):
        h.named(path, s, s.last, neutral=True)
        h.named(path, s, neutral=True)
        h.t(path, "email_address", s.work, s, True)


def photographer(h: Hall) -> None:
    """A shooting request to the photo studio's contact: the couple, the groom's mobile, hers."""
    c, v = h.couples[8], h.vendors[1]
    st = c.planner
    path = f"メール/{v.company}_撮影依頼_{c.no}.eml"
    body = (f"{v.company}\n{v.name(' ')}様\n\n"
            f"いつもお世話になっております。{HALL}の{st.last}です。\n"
            f"下記の撮影をお願いいたします。\n\n挙式日：{c.date.strftime('%Y/%m/%d')}\n"
            f"新郎：{c.g.full}様\n新婦：{c.b.full}様\n"
            f"当日連絡先（新郎様）：{h.phone(c.g.tel, 1)}\n\n"
            f"{v.last}様の携帯（{h.phone(v.tel, 1)}）にも確認のお電話を差し上げます。\n" + sig(st))
    send(h, path, f"{hdr(st.full)} <{st.work}>", f"{hdr(v.full)} <{v.mail}>", "撮影のご依頼", body,
         "Wed, 18 Feb 2026 16:20:00 +0900", f"vendor.{c.no}")
    h.named(path, c.g)
    h.named(path, c.b)
    h.t(path, "phone_number", c.g.tel, c.g)
    h.named(path, v)
    h.t(path, "phone_number", v.tel, v)
    h.t(path, "email_address", v.mail, v, True)
    h.named(path, v, v.last, neutral=True)
    h.named(path, st, st.last, neutral=True)
    hall_side(h, path, st)


def mails(h: Hall) -> None:
    seating(h)
    fitting(h)
    forwarded(h)
    photographer(h)
