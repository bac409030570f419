"""The travel agency's mails: four airlines' English e-tickets (SURNAME/GIVEN TITLE, a child's
birth date as 18SEP20; the airline is a company, its name neutral), five Japanese booking
confirmations signed by a staff member (the agency's office neutral) and a customer's companion
passports forwarded with a CSV attached (its values under x.eml!passport_info.csv). No mail
has a Message-ID; the attachment's boundary is drawn from the text."""

from __future__ import annotations

from datetime import UTC, datetime, time
from email.utils import format_datetime

from .japanese import wareki
from .share import mail_bytes
from .travel_agency_people import TOURS, Booking, TravelAgency, ddmon, phone

AIRLINES = {"JL": ("Japan Airlines", "131", "0570-025-031"),
            "CI": ("China Airlines", "297", "03-6378-8855"),
            "NH": ("ANA", "205", "0570-029-222")}  # name, ticket prefix, reservations
DESK = "kaigai@hoshizora-travel.co.jp"


def _send(t: TravelAgency, path: str, sender: str, to: str, subject: str, when: datetime,
          body: list[str], attachment: tuple[str, bytes] | None = None) -> None:
    attachments = [(attachment[0], attachment[1], "text", "csv")] if attachment else []
    t.share.write(path, mail_bytes(sender, to, subject, format_datetime(when), "\n".join(body),
                                   attachments))


def etickets(t: TravelAgency) -> None:
    """The first four bookings abroad: each passenger's ticket, the representative's mobile
    (+81 90-…)."""
    R, a = t.rng, t.add
    for b in t.abroad[:4]:
        tour, rep = b.tour, b.rep
        airline, prefix, desk = AIRLINES[tour.air]
        path = f"メール/eticket_{b.pnr}.eml"
        dear = f"{rep.first_roman.capitalize()} {rep.last_roman.capitalize()}"
        lines = [f"Dear {dear},", "", f"Thank you for choosing {airline}. Your e-ticket has been "
                 "issued.", "", f"Booking reference: {b.pnr}",
                 f"Agency reference (予約番号): {b.number}", ""]
        a(path, "person_name", dear, rep)
        for m in b.members:
            title = ("MSTR" if m.sex == "M" else "MISS") if m.child else (
                "MR" if m.sex == "M" else "MS")
            ticket = f"{prefix}-{R.randint(1000000000, 9999999999)}"
            lines += [f"Passenger: {m.roman('/')} {title}", f"  E-ticket number: {ticket}",
                      f"  Date of birth: {ddmon(m.born)}" if m.child else "  Frequent flyer: -",
                      ""]
            a(path, "person_name", m.roman("/"), m)
            if m.child:
                a(path, "date_of_birth", m.born.isoformat(), m)
        city = "HNL" if tour is TOURS[0] else "TPE"
        lines += ["Itinerary", f"  {tour.air}{R.randint(10, 899)}  {ddmon(tour.dep)}  NRT-{city}",
                  f"  {tour.air}{R.randint(10, 899)}  {ddmon(tour.ret)}  {city}-NRT", "",
                  f"Contact phone: {phone(rep.mobile, 'intl')}", "",
                  f"{airline} Reservations  {desk} (Japan)",
                  "This is an automated message. Please do not reply."]
        a(path, "phone_number", rep.mobile, rep)
        a(path, "phone_number", desk, None, True)
        a(path, "person_name", airline, None, True)
        noreply = a(path, "email_address", f"noreply@e-ticket.{tour.air.lower()}air.example",
                    None, True)
        when = datetime(2026, 6, R.randint(1, 28), R.randint(8, 20), 0, tzinfo=UTC)
        a(path, "email_address", rep.email, rep)
        _send(t, path, f"{airline} <{noreply}>", rep.email,
              f"E-ticket Receipt / Itinerary - {b.pnr}", when, lines)


def confirmations(t: TravelAgency) -> None:
    """予約確認 for three 台北 bookings and the last two: the party in kanji and kana, a child's
    age, the card's last four digits, the staff member's signature."""
    R, a, c = t.rng, t.add, t.company
    for b in t.bookings[11:14] + t.bookings[-2:]:
        tour, r = b.tour, b.rep
        st = R.choice(t.staff)
        path = f"メール/予約確認_{b.number[-6:]}.eml"
        body = [f"{r.name()} 様", "",
                "このたびは株式会社ほしぞらトラベルをご利用いただき、誠にありがとうございます。",
                "下記の内容でご予約を承りました。", "", f"■予約番号：{b.number}",
                f"■受付番号：{b.receipt}",
                f"■ツアー：{tour.name}（{tour.code}）",
                f"■出発日：{tour.dep.year}年{tour.dep.month}月{tour.dep.day}日　"
                f"帰着日：{tour.ret.month}月{tour.ret.day}日",
                f"■お申込日：{wareki(b.applied)}", "■ご参加者："]
        a(path, "person_name", r.name(), r)
        for m in b.members:
            years = f"　{m.age(tour.dep)}歳" if m.child else ""
            body.append(f"　・{m.name()}（{m.kana()}）{years}")
            a(path, "person_name", m.name(), m)
            a(path, "person_name", m.kana(), m)
        if tour.intl:
            body.append(f"■航空券番号：{AIRLINES[tour.air][1]}-{R.randint(1000000000, 9999999999)}")
        body += ["", f"ご旅行代金 {b.price * len(b.members):,}円は、{b.card[0]}カード"
                 f"（下4桁 {b.card[1][-4:]}）にて決済いたしました。",
                 "旅行条件書を添付いたしますので、必ずご確認ください。", "", "────────────────",
                 f"株式会社ほしぞらトラベル　海外旅行課　{st.name()}", c.registration,
                 f"〒{c.postal} {c.addr}", f"TEL {c.tel}　E-mail {st.work_email}",
                 "────────────────"]
        a(path, "person_name", st.name(), st)
        a(path, "email_address", st.work_email, st, True)
        a(path, "phone_number", c.tel, None, True)
        a(path, "address", c.addr, None, True)
        a(path, "postal_code", c.postal, None, True)
        a(path, "email_address", r.email, r)
        _send(t, path, f"株式会社ほしぞらトラベル <{st.work_email}>", f"{r.name()} <{r.email}>",
              f"【ご予約確認】{tour.name} 予約番号{b.number}",
              datetime.combine(b.applied, time(10, 30), tzinfo=UTC), body)


def companions(t: TravelAgency) -> None:
    """A party of three or more abroad: the representative's mail forwarded by the first staff
    member (their surname alone neutral), each companion's passport in the text and the whole
    party's in the attached CSV; a child's asthma (喘息 where the child had nothing)."""
    a = t.add
    b: Booking = next(x for x in t.abroad if len(x.members) >= 3)
    r, st = b.rep, t.staff[0]
    path = "メール/Fwd_同行者の旅券情報.eml"
    body = [f"{st.last}さん", "",
            "お客様から同行者の旅券情報が届きました。台帳への入力をお願いします。", "",
            "---------- Forwarded message ---------", f"From: {r.name()} <{r.email}>",
            f"Date: {wareki(b.applied)}", "Subject: 同行者の情報です", "",
            "ほしぞらトラベル ご担当者様", "",
            f"お世話になっております。{r.last}です。", "家族の旅券情報をお送りします。", ""]
    a(path, "person_name", st.last, st, True)
    a(path, "person_name", r.name(), r)
    a(path, "person_name", r.last, r, True)
    a(path, "email_address", r.email, r)
    for m in b.members[1:]:
        born, until = m.born, m.expiry
        body.append(f"{m.name()}（{m.roman()}）　生年月日 {born.year}年{born.month}月{born.day}日"
                    f"　旅券番号 {m.passport}　有効期限 {until.year}年{until.month}月{until.day}日")
        a(path, "person_name", m.name(), m)
        a(path, "person_name", m.roman(), m)
        a(path, "date_of_birth", m.born.isoformat(), m)
        a(path, "passport_number", m.passport, m)
    kid = next((m for m in b.members if m.child), None)
    if kid:
        kid.health = kid.health or "喘息"
        body += ["", f"なお、{kid.first}は{kid.health}の持病がありますので、"
                     "吸入薬を機内に持ち込みます。"]
        a(path, "sensitive", kid.health, kid)
        a(path, "person_name", kid.first, kid, True)
    body += ["", "よろしくお願いいたします。", "", r.name(), f"携帯 {phone(r.mobile)}"]
    a(path, "phone_number", r.mobile, r)
    a(path, "email_address", DESK, None, True)
    a(path, "person_name", st.name(), st)
    a(path, "email_address", st.work_email, st, True)
    csv = "氏名,生年月日,旅券番号\r\n" + "".join(
        f"{m.roman()},{m.born:%Y/%m/%d},{m.passport}\r\n" for m in b.members)
    member = path + "!passport_info.csv"
    for m in b.members:
        a(member, "person_name", m.roman(), m)
        a(member, "date_of_birth", m.born.isoformat(), m)
        a(member, "passport_number", m.passport, m)
    _send(t, path, f"{st.name()} <{st.work_email}>", DESK, "Fwd: 同行者の情報です",
          datetime(2026, 6, 3, 9, 12, tzinfo=UTC), body,
          ("passport_info.csv", csv.encode("utf-8")))
