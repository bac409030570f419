"""Five mails, built by hand as gen.py wrote them (base64 UTF-8 parts, RFC 2047 headers, LF): a
reply to a school teacher on a child's pick-up, a forwarded 相談支援 mail with its CP932
monitoring list attached (`…eml!モニタリング対象者_R6.10.csv`), a mother's note on the doctor's
opinion (diagnosis, medication, address), the 利用契約終了届 (.docx) sent to 相談支援, and a
mother's ISO-2022-JP absence note.

Staff and teachers' work mail, the office's phone, address and mail, a surname alone and a
child's given name alone are neutral.
"""

from __future__ import annotations

import base64
from email.header import Header

from docx import Document

from .day_service_people import (
    INFO,
    MODIFIED,
    OFFICE_ADDR,
    OFFICE_ZIP,
    SCHOOLS,
    TEL,
    DayService,
    Person,
    wareki_style,
)
from .share import csv_text, label_table

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def hdr(text: str) -> str:
    return Header(text, "utf-8").encode()


def b64(data: str | bytes) -> str:
    return base64.encodebytes(data.encode("utf-8") if isinstance(data, str) else data).decode()


def send(h: DayService, rel: str, frm: str, to: str, subject: str, date: str, body: str,
         mid: str, attach: tuple[str, str, bytes] | None = None) -> None:
    """gen.py's write_eml: a multipart/mixed mail (boundary ----=_Part_58_mid) where there is an
    attachment, else a base64 text/plain one."""
    boundary = "----=_Part_58_" + mid
    head = [f"From: {frm}", f"To: {to}", f"Subject: {hdr(subject)}", f"Date: {date}",
            f"Message-ID: <{mid}@npo-mirai.or.jp>", "MIME-Version: 1.0"]
    if attach:
        name, ctype, data = attach
        head.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
        parts = [f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
                 f"Content-Transfer-Encoding: base64\n\n{b64(body)}",
                 f'--{boundary}\nContent-Type: {ctype}; name="{hdr(name)}"\n'
                 f'Content-Disposition: attachment; filename="{hdr(name)}"\n'
                 f"Content-Transfer-Encoding: base64\n\n{b64(data)}"]
        out = "\n".join(head) + "\n\n" + "\n".join(parts) + f"--{boundary}--\n"
    else:
        head += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"]
        out = "\n".join(head) + "\n\n" + b64(body)
    h.share.write(rel, out, "ascii")


def from_staff(st: Person) -> str:
    return f"{hdr(st.full(' '))} <{st.mail}>"


def pickup(h: DayService) -> None:
    """Re: 下校時の引き渡し: a child of the teacher's school, the guardian's phone, quoted."""
    t = h.teachers[0]
    c = next((c for c in h.children if c.school == t.school), h.children[0])
    g, st = c.g, h.staff[2]
    rel = "08_メール/Re_下校時の引き渡しについて.eml"
    body = f"""{t.last}先生

いつもお世話になっております。
みらいキッズ　みらい教室の{st.full(' ')}です。

{c.full(' ')}さん（{c.grade}）の水曜日のお迎えについて、
保護者の{g.last}様（{h.phone(g.phone, 0)}）より、11月から15:10に変更との連絡がありました。
下校時は昇降口での引き渡しでお願いいたします。

--
特定非営利活動法人 みらいキッズ　放課後等デイサービス みらい教室
{st.full(' ')}（{st.q}）
〒332-0012 {OFFICE_ADDR}　TEL {TEL}
{st.mail}

> {c.full(' ')}さんの件、承知しました。
> 水曜日は5時間授業のため下校が早まります。
> {SCHOOLS[0] if t.school == SCHOOLS[0] else t.school}　特別支援学級担任　{t.full(' ')}
"""
    send(h, rel, from_staff(st), t.mail, f"Re: 下校時の引き渡しについて（{c.last}）",
         "Tue, 22 Oct 2024 10:12:00 +0900", body, "m1")
    h.t(rel, "person_name", t.last, t, True)
    h.named(rel, st)
    h.named(rel, c)
    h.t(rel, "person_name", g.last, g, True)
    h.t(rel, "phone_number", g.phone, g)
    h.t(rel, "email_address", st.mail, st, True)
    h.t(rel, "email_address", t.mail, t, True)
    h.t(rel, "phone_number", TEL, None, True)
    h.t(rel, "address", OFFICE_ADDR, None, True)
    h.t(rel, "postal_code", OFFICE_ZIP, None, True)
    h.named(rel, t)


def monitoring(h: DayService) -> None:
    """Fwd: モニタリング報告書送付の件, five children listed in the attached CSV."""
    s, sabi, st, doc = h.sw[0], h.staff[0], h.staff[3], h.doctor
    kids = h.rng.sample(h.children, 5)
    rel = "08_メール/Fwd_モニタリング報告書送付の件.eml"
    rows = [["利用者氏名", "生年月日", "受給者証番号", "障害", "保護者", "電話", "モニタリング月"]]
    rows += [[c.full(), c.born.strftime("%Y/%m/%d"), c.jukyu, c.diag, c.g.full(), c.g.phone,
              "2024年10月"] for c in kids]
    name = "モニタリング対象者_R6.10.csv"
    inner = f"{rel}!{name}"
    for c in kids:
        h.pupil(inner, c)
        h.reached(inner, c.g)
    first = kids[0].diag.split("、")[0]
    body = f"""{sabi.last}さん

相談支援専門員からのメールを転送します。添付の対象者のモニタリングを今月中にお願いします。
{st.full(' ')}

---------- Forwarded message ---------
From: {s.full(' ')} <{s.mail}>
Date: 2024年10月15日(火) 14:03
Subject: モニタリング報告書送付の件
To: みらい教室 <{INFO}>

みらい教室　ご担当者様

相談支援事業所あおぞらの{s.full(' ')}です。
今期のモニタリング対象児童の一覧を添付いたします。
特に{kids[0].full(' ')}さんは、主治医の{doc.org} {doc.full(' ')}先生より
{first}について服薬調整中との情報があります。

ご不明な点は携帯 {h.phone(s.phone, 3)} までご連絡ください。
"""
    send(h, rel, from_staff(st), sabi.mail, "Fwd: モニタリング報告書送付の件",
         "Wed, 16 Oct 2024 09:30:00 +0900", body, "m2",
         (name, "text/csv", csv_text(rows).encode("cp932")))
    h.t(rel, "person_name", sabi.last, sabi, True)
    h.named(rel, st)
    h.named(rel, s)
    h.named(rel, kids[0])
    h.t(rel, "sensitive", first, kids[0])
    h.t(rel, "email_address", s.mail, s)
    h.named(rel, doc)
    h.t(rel, "phone_number", s.phone, s)
    h.t(rel, "email_address", st.mail, st, True)
    h.t(rel, "email_address", sabi.mail, sabi, True)
    h.t(rel, "email_address", INFO, None, True)


def opinion(h: DayService) -> None:
    """主治医意見書の件: a mother on the doctor's opinion (diagnosis, medication, her address)."""
    sabi, doc = h.staff[0], h.doctor
    c = h.rng.choice([c for c in h.children if "てんかん" in c.diag or "ADHD" in c.diag]
                     or h.children)
    g, rel = c.g, "08_メール/主治医意見書の件（保護者より）.eml"
    body = f"""みらい教室　{sabi.last}様

いつもありがとうございます。{c.full(' ')}の母です。
先日受診した{doc.org}の{doc.last}先生から、教室宛ての意見書をいただきましたので写真で送ります。
{c.diag}の薬（{c.med}）が変わりました。発作時の対応は前回と同じです。

{g.full(' ')}
{g.addr.full()}
携帯：{h.phone(g.phone, 2)}
"""
    send(h, rel, g.email, sabi.mail, "主治医意見書の件", "Fri, 25 Oct 2024 21:48:00 +0900", body,
         "m3")
    h.t(rel, "person_name", sabi.last, sabi, True)
    h.named(rel, c)
    h.t(rel, "person_name", doc.last, doc, True)
    h.diagnosed(rel, c)
    h.named(rel, g)
    h.t(rel, "address", g.addr.full(), g)
    h.t(rel, "phone_number", g.phone, g)
    h.t(rel, "email_address", g.email, g)


def leaving(h: DayService) -> None:
    """契約終了のご連絡: the last child's 利用契約終了届 (.docx, members stored) to 相談支援."""
    rel = "08_メール/契約終了のご連絡.eml"
    c = h.children[-1]
    g, s, st = c.g, h.sw[1], h.staff[4]
    d = Document()
    d.add_heading("利用契約終了届", 1)
    label_table(d, [("児童氏名", c.full(" ")), ("生年月日", wareki_style(c.born, 2)),
                    ("保護者氏名", g.full(" ") + " 殿"), ("住所", g.addr.full()),
                    ("終了日", "令和6年11月30日"), ("理由", "転居のため")], "Table Grid")
    props = d.core_properties
    props.created = props.modified = MODIFIED
    data = h.share.document_bytes(d, core=False, stored=True)
    body = f"""相談支援事業所あおぞら　{s.full(' ')}様

お世話になっております。{c.full(' ')}さんの利用契約終了届を添付いたします。
転居先は保護者様から改めてご連絡があるとのことです。

みらい第二教室　{st.full(' ')}
"""
    send(h, rel, st.mail, s.mail, "契約終了のご連絡", "Mon, 28 Oct 2024 16:00:00 +0900", body,
         "m4", ("利用契約終了届.docx", DOCX, data))
    inner = rel + "!利用契約終了届.docx"
    h.named(rel, s)
    h.named(rel, c)
    h.named(rel, st)
    h.named(inner, c)
    h.born(inner, c)
    h.named(inner, g)
    h.t(inner, "address", g.addr.full(), g)
    h.t(rel, "email_address", s.mail, s)
    h.t(rel, "email_address", st.mail, st, True)


def absence(h: DayService) -> None:
    """欠席連絡: a guardian's ISO-2022-JP note (a child's given name, her name)."""
    g = h.rng.choice(h.guardians)
    c, rel = g.kids[0], "08_メール/欠席連絡.eml"
    body = f"みらい教室さま\n\n{c.first}の母です。本日は通院のため欠席します。\n{g.full(' ')}\n"
    head = (f"From: {g.email}\nTo: {INFO}\nSubject: {Header('欠席連絡', 'iso-2022-jp').encode()}\n"
            "Date: Thu, 10 Oct 2024 07:40:00 +0900\nMessage-ID: <m5@mail>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n\n")
    h.share.write(rel, head.encode("ascii") + body.encode("iso2022_jp"))
    h.t(rel, "email_address", g.email, g)
    h.named(rel, g)
    h.t(rel, "person_name", c.first, c, True)
    h.t(rel, "email_address", INFO, None, True)
