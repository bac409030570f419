"""Five families' mails with the 生活相談員: a daughter asking after a fall, a reply quoting a
change of address, a question about pills forwarded to the nurse, October's bill as a CSV
attachment (`…eml!seikyu_202410.csv`) and a doctor's 診療情報提供書 as a PDF one
(`…eml!情報提供書.pdf`).

The home's signature (its phone, fax, 〒 and address) and the staff's work mail are neutral;
a multipart mail's boundary is drawn from the seed's stream, as email drew gen.py's.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from email.utils import format_datetime

from .care_home_people import ADDRESS, FAX, MAIL_DATE, NAME, POSTAL, TEL, Home, Person, wareki
from .share import mail_bytes, pdf_bytes


def signature(h: Home, sod: Person) -> str:
    return (f"\n--\n{NAME}\n生活相談員 {h.name(sod)}\n〒194-0215 {ADDRESS}\n"
            f"TEL 042-798-5501 / FAX 042-798-5502\n{sod.work_mail}\n")


def home_neutrals(h: Home, path: str) -> None:
    """The signature's phone, fax, 〒 and address."""
    h.t(path, "phone_number", TEL, None, neutral=True)
    h.t(path, "phone_number", FAX, None, neutral=True)
    h.t(path, "postal_code", POSTAL, None, neutral=True)
    h.t(path, "address", ADDRESS, None, neutral=True)


def send(h: Home, path: str, sender: str, to: str, subject: str, body: str, k: int,
         attachment: tuple[str, bytes, str, str] | None = None) -> None:
    """The k-th mail, dated k days and hours after 20 October; an attachment's boundary drawn."""
    boundary = f"{'=' * 15}{h.rng.randrange(sys.maxsize):019d}==" if attachment else ""
    h.share.write(path, mail_bytes(sender, to, subject,
                                   format_datetime(MAIL_DATE + timedelta(days=k, hours=k)), body,
                                   [attachment] if attachment else [],
                                   f"<2024{k:04d}.{h.seed}@sakura-care.co.jp>",
                                   boundary=boundary))


def family_mails(h: Home) -> None:
    sod = h.staff[1]
    for k, r in enumerate(h.rng.sample(h.residents[3:], 5)):
        g = r.g
        path = f"06_メール/家族連絡_{k + 1:02d}.eml"
        if k == 0:
            body = (f"さくらの丘町田\n{sod.last}様\n\nいつも母がお世話になっております。"
                    f"{r.room}号室 {h.name(r)}の{g.rel}の{h.name(g)}です。\n"
                    f"先日の転倒の件、その後の様子はいかがでしょうか。{r.dx[0]}もあり心配しております。\n"
                    f"平日は仕事のため、携帯（{h.phone(g.mobile, 0)}）へお願いいたします。\n\n"
                    f"{h.name(g)}\n")
            send(h, path, f"{g.name(' ')} <{g.email}>", sod.work_mail, "Re: ご様子について",
                 body, k)
            h.t(path, "sensitive", r.dx[0], r)
            h.t(path, "phone_number", g.mobile, g)
            h.t(path, "person_name", sod.last, sod, neutral=True)
        elif k == 1:
            moved = h.address(g.addr, False, 0)
            body = (f"{g.name('')}様\n\nいつもお世話になっております。"
                    f"さくらの丘町田の{sod.last}です。\n{r.last}様は本日も落ち着いてお過ごしです。"
                    "次回の担当者会議は11/12 14時を予定しております。\n"
                    f"{signature(h, sod)}\n> {g.name(' ')} <{g.email}> wrote:\n"
                    f"> 父の部屋の件でご相談です。\n> 住所変更しました。新住所：{moved}\n"
                    f"> 電話 {h.phone(g.tel, 0)}\n")
            send(h, path, f"{h.name(sod)} <{sod.work_mail}>", g.email, "Re: 父の部屋の件", body, k)
            h.t(path, "address", moved, g)
            h.t(path, "phone_number", g.tel, g)
            h.t(path, "person_name", h.name(sod), sod)
            h.t(path, "email_address", sod.work_mail, sod, neutral=True)
            home_neutrals(h, path)
        elif k == 2:
            nurse = h.staff[2]
            body = (f"{nurse.last}さん\n\n下記、ご家族からのメールです。"
                    f"服薬の件ご確認お願いします。\n{sod.last}\n\n"
                    f"---------- Forwarded message ---------\nFrom: {h.name(g)} <{g.email}>\n"
                    f"Date: 2024年10月22日(火) 21:14\nSubject: 薬について\nTo: {sod.work_mail}\n\n"
                    f"{r.room}号室 {h.name(r)}（{wareki(r.born, 0)}生）の家族です。\n"
                    f"{r.dx[-1]}の薬が変わったと聞きましたが、副作用は大丈夫でしょうか。\n"
                    f"{h.name(g)}\n{h.phone(g.mobile, 2)}\n")
            send(h, path, f"{h.name(sod)} <{sod.work_mail}>", nurse.work_mail, "Fwd: 薬について",
                 body, k)
            h.t(path, "person_name", nurse.last, nurse, neutral=True)
            h.t(path, "date_of_birth", r.born.isoformat(), r)
            h.t(path, "sensitive", r.dx[-1], r)
            h.t(path, "phone_number", g.mobile, g)
            h.t(path, "email_address", sod.work_mail, sod, neutral=True)
            h.t(path, "email_address", nurse.work_mail, nurse, neutral=True)
            h.t(path, "person_name", h.name(sod), sod)
        elif k == 3:
            bill = (f"請求明細,{h.name(r)},2024年10月分\n項目,金額\n居住費,150000\n食費,54000\n"
                    f"介護保険自己負担,28760\n被保険者番号,{r.hihoken}\n")
            body = (f"{h.name(g)}様\n\n10月分のご請求明細を添付にてお送りします。\n"
                    "口座振替日は11月27日です。\n"
                    f"{signature(h, sod)}")
            send(h, path, f"{h.name(sod)} <{sod.work_mail}>", g.email, "10月分ご請求明細の送付",
                 body, k, ("seikyu_202410.csv", bill.encode("utf-8"), "text", "csv"))
            h.t(path + "!seikyu_202410.csv", "health_insurance_number", r.hihoken, r)
            h.t(path + "!seikyu_202410.csv", "person_name", h.name(r), r)
            h.t(path, "person_name", h.name(sod), sod)
            h.t(path, "email_address", sod.work_mail, sod, neutral=True)
            home_neutrals(h, path)
        else:
            lines = [(780, "診療情報提供書"),
                     (750, f"患者氏名 {h.name(r)} 様　{wareki(r.born, 0)}生"),
                     (730, f"傷病名 {'、'.join(r.dx)}"),
                     (710, f"{r.doc.clinic} 医師 {h.name(r.doc)}")]
            pdf = pdf_bytes(lambda c, font, lines=lines: referral(c, font, lines))
            body = (f"{sod.last}様\n\n主治医からの情報提供書をお送りします。ご確認ください。\n\n"
                    f"{h.name(g)}（{r.last}の{g.rel}）\n")
            send(h, path, g.email, sod.work_mail, "情報提供書", body, k,
                 ("情報提供書.pdf", pdf, "application", "pdf"))
            attached = path + "!情報提供書.pdf"
            for x in r.dx:
                h.t(attached, "sensitive", x, r)
            h.t(attached, "date_of_birth", r.born.isoformat(), r)
            h.t(attached, "person_name", h.name(r.doc), r.doc)
            h.t(attached, "person_name", h.name(r), r)
            h.t(path, "person_name", r.last, r, neutral=True)
            h.t(path, "email_address", sod.work_mail, sod, neutral=True)
            h.t(path, "person_name", sod.last, sod, neutral=True)
        if k in (0, 2):
            h.t(path, "person_name", h.name(r), r)
        if k == 1:
            h.t(path, "person_name", r.last, r, neutral=True)
        if k in (1, 2):
            h.t(path, "person_name", sod.last, sod, neutral=True)
        if k == 0:
            h.t(path, "email_address", sod.work_mail, sod, neutral=True)
        h.t(path, "person_name", h.name(g), g)
        h.t(path, "email_address", g.email, g)


def referral(c: object, font: str, lines: list[tuple[int, str]]) -> None:
    """The 診療情報提供書 scan: 11-point lines at the given heights."""
    c.setFont(font, 11)
    for y, text in lines:
        c.drawString(60, y, text)
