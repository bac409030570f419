"""The insurance agency's three mails: a 募集人 asks an insurer about a 生命 customer's 告知
(糖尿病), an insurer forwards an accident's counterparty (a CSV attached, its values under
x.eml!aite_list.csv) and a customer asks to change their address (the new one in kanji, a new
landline). The staff's and insurers' work addresses are neutral; the attachment's boundary is
drawn from the mail's text."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime

from .insurance_agency_people import AGENCY, Agency, Person
from .japanese import wareki
from .share import csv_text, mail_bytes


def _sent(year: int, month: int, day: int, hour: int, minute: int) -> str:
    return format_datetime(datetime(year, month, day, hour, minute, tzinfo=UTC))


def _agency_signature(s: Person) -> str:
    return (f"--\n{AGENCY['name']}\n損害保険募集人 {s.name()}\n〒{AGENCY['postal']} "
            f"{AGENCY['addr']}\nTEL {AGENCY['tel']} / FAX {AGENCY['fax']}\nMail {s.work_email}")


def _insurer_signature(s: Person) -> str:
    return (f"--\n{s.company.name} 東京南支店 営業第二課\n{s.name()}\nTEL {s.company.tel}\n"
            f"{s.work_email}")


def mails(a: Agency) -> None:
    _underwriting(a)
    _accident(a)
    _moved(a)


def _underwriting(a: Agency) -> None:
    """引受照会: the first 生命 customer's (else the first customer's) 告知 to the 生命 insurer."""
    path = "08_メール/引受照会_告知内容について.eml"
    add = a.add
    c = next((x for x in a.customers if x.line == "生命"), a.customers[0])
    st, isf = a.staff[1], a.insurer_staff[2]
    body = (f"{isf.company.name}\n{isf.last}様\n\nいつもお世話になっております。\n"
            f"{c.name()}様（{wareki(c.born)}生、{c.addr.city}在住）の医療保険お申込みにつき、"
            "告知内容の引受可否をご確認ください。\n"
            "告知：2年前に糖尿病（2型）と診断、現在内服治療中。HbA1c 6.8。\n"
            f"ご本人携帯 {c.mobile} 、ご連絡は平日夜希望とのことです。\n"
            f"※なお疾病特約・がん保険は今回申込みません。\n\n{_agency_signature(st)}\n")
    a.share.write(path, mail_bytes(f"{st.name()} <{st.work_email}>",
                                   f"{isf.name()} <{isf.work_email}>",
                                   f"【引受照会】{c.name()}様 告知内容について",
                                   _sent(2024, 6, 10, 10, 21), body))
    for category, value in [("person_name", c.name()), ("date_of_birth", c.born.isoformat()),
                            ("phone_number", c.mobile), ("sensitive", "糖尿病")]:
        add(path, category, value, c)
    add(path, "person_name", st.name(), st)
    add(path, "person_name", isf.name(), isf)
    add(path, "person_name", isf.last, isf, True)
    add(path, "email_address", st.work_email, st, True)
    add(path, "email_address", isf.work_email, isf, True)
    for category, value in [("phone_number", AGENCY["tel"]), ("phone_number", AGENCY["fax"]),
                            ("address", AGENCY["addr"]), ("postal_code", AGENCY["postal"])]:
        add(path, category, value, None, True)


def _accident(a: Agency) -> None:
    """Fw: 事故報告: the first counterparty in the body; three customers and counterparties
    (names, phones, accident days) in the attached aite_list.csv."""
    path = "08_メール/Fwd_事故報告_相手方情報.eml"
    member = path + "!aite_list.csv"
    add = a.add
    isf, st = a.insurer_staff[0], a.staff[2]
    acc, cp = a.autos()[:3], a.counterparties[0]
    body = (f"{AGENCY['name']}\n{st.last}様\n\n"
            "事故の相手方情報を転送します。添付の一覧もご確認ください。\n\n"
            f"-------- Forwarded Message --------\n差出人: 事故受付センター\n件名: 受付連絡\n\n"
            f"> 契約者 {acc[0].name()} 様　事故日 {wareki(a.day(2024, 2024))}\n"
            f"> 相手方 {cp.name()} 様 連絡先 {cp.mobile.replace('-', '')}\n"
            f"> 相手方住所 〒{cp.addr.postal} {cp.addr.full()}\n"
            f"> 受付番号 {a.corporate_number()}\n\n{_insurer_signature(isf)}\n")
    pairs = list(zip(acc, a.counterparties[:3], strict=False))
    rows = [["契約者", "契約者電話", "相手方", "相手方電話", "事故日"]]
    rows += [[c.name(), c.mobile, other.name(), other.mobile, a.day(2024, 2024).isoformat()]
             for c, other in pairs]
    attachment = ("aite_list.csv", csv_text(rows).encode(), "text", "csv")
    a.share.write(path, mail_bytes(f"{isf.name()} <{isf.work_email}>", st.work_email,
                                   "Fw: 事故報告（相手方情報）", _sent(2024, 7, 2, 3, 5), body,
                                   [attachment]))
    add(path, "person_name", acc[0].name(), acc[0])
    for category, value in [("person_name", cp.name()), ("phone_number", cp.mobile),
                            ("address", cp.addr.full()), ("postal_code", cp.addr.postal)]:
        add(path, category, value, cp)
    for c, other in pairs:  # (post-blind fix: the attachment is its own path)
        add(member, "person_name", c.name(), c)
        add(member, "phone_number", c.mobile, c)
        add(member, "person_name", other.name(), other)
        add(member, "phone_number", other.mobile, other)
    add(path, "person_name", isf.name(), isf)
    add(path, "person_name", st.last, st, True)
    add(path, "email_address", isf.work_email, isf, True)
    add(path, "email_address", st.work_email, st, True)
    add(path, "phone_number", isf.company.tel, None, True)


def _moved(a: Agency) -> None:
    """Re: 住所変更: the sixth customer's new address and landline, the old one, a family
    member's given name (neutral); a mail address drawn for one who has none (not kept)."""
    path = "08_メール/RE_住所変更のお願い.eml"
    add = a.add
    c = a.customers[5]
    mail = c.email or a.mail_address()
    new = a.address()
    tel = a.landline(new.area)
    family = c.family[0][1].first if c.family else "花子"
    body = (f"みどり保険サービス ご担当者様\n\n{c.last}です。"
            "引っ越しましたので住所変更をお願いします。\n"
            f"新住所：〒{new.postal} {new.kanji()}\n新しい自宅電話：{tel}\n"
            f"旧住所：{c.addr.full(bld=False)}\n"
            f"生年月日は{c.born.year}年{c.born.month}月{c.born.day}日です。\n"
            f"家族の{family}の自動車保険も同様にお願いします。\n\n{c.name()}\n携帯 {c.mobile}\n")
    desk = f"info@{AGENCY['domain']}"
    a.share.write(path, mail_bytes(f"{c.name()} <{mail}>", desk, "Re: 住所変更のお願い",
                                   _sent(2024, 8, 19, 11, 0), body))
    for category, value in [("person_name", c.name()), ("email_address", mail),
                            ("address", new.kanji()), ("postal_code", new.postal),
                            ("phone_number", tel), ("address", c.addr.full(bld=False)),
                            ("date_of_birth", c.born.isoformat()), ("phone_number", c.mobile)]:
        add(path, category, value, c)
    add(path, "person_name", c.last, c, True)
    if c.family:
        add(path, "person_name", family, c.family[0][1], True)
    add(path, "email_address", desk, None, True)
