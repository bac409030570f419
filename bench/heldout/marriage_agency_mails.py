"""The marriage agency's mails: a counsellor's note to a member (full-width digits, hyphen
look-alikes), a partner agency's request forwarded, and the month's applicants as a CSV
attachment with a member's card in the body. Each signature gives the company's own phone, fax
and address (neutral)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from .japanese import FULL_WIDTH, HYPHENS
from .marriage_agency_people import CADDR, CFAX, COMPANY, CTEL, Agency, Person, age
from .share import csv_text, mail_bytes

MAILS = "メール"
JST = timezone(timedelta(hours=9))


def _send(s: Agency, path: str, st: Person, to: str, subject: str, body: str,
          when: datetime, attachments: list[tuple[str, str, str, str]] | None = None) -> None:
    """From a counsellor, the body signed."""
    sig = (f"\n――――――――――――――――\n{COMPANY}\nカウンセラー　{st.name()}\n"
           f"TEL：{CTEL.translate(FULL_WIDTH)}／FAX：{CFAX}\n{CADDR}\n――――――――――――――――\n")
    s.share.write(path, mail_bytes(f"{st.name()} <{st.work_email}>", to, subject,
                                   format_datetime(when.replace(tzinfo=JST)), body + sig,
                                   attachments or ()))


def _company(s: Agency, path: str) -> None:
    s.add(path, "phone_number", CTEL, neutral=True)
    s.add(path, "phone_number", CFAX, neutral=True)
    s.add(path, "address", CADDR, neutral=True)


def schedule(s: Agency) -> None:
    """The third counsellor to a member: her own mobile, the member's address and phone."""
    R = s.rng
    st, p, h = s.staff[2], R.choice(s.members), R.choice(HYPHENS)
    path = f"{MAILS}/2024-05-20_お見合い日程のご連絡.eml"
    body = (f"{p.name()}様\n\nいつもお世話になっております。ブライダル縁の{st.last}です。\n"
            f"お見合いの日程が決まりましたのでご連絡いたします。\n"
            f"当日ご不明点があれば、私の携帯（{st.mobile.replace('-', h).translate(FULL_WIDTH)}）"
            f"までお電話ください。\n"
            f"また、ご登録の住所（{p.addr.hyphened(R.choice(HYPHENS)).translate(FULL_WIDTH)}）"
            f"宛に書類を郵送いたしました。\n"
            f"念のためご登録のお電話番号　"
            f"{p.mobile.replace('-', R.choice(HYPHENS)).translate(FULL_WIDTH)}"
            f"　で間違いないかご確認ください。\n")
    _send(s, path, st, p.email, "お見合い日程のご連絡", body, datetime(2024, 5, 20, 10, 12))
    s.rows(path, p, [("person_name", p.name()), ("email_address", p.email),
                     ("address", p.addr.hyphened()), ("phone_number", p.mobile)])
    s.add(path, "phone_number", st.mobile, st)
    s.add(path, "person_name", st.name(), st, neutral=True)
    s.add(path, "person_name", st.last, st, neutral=True)
    s.add(path, "email_address", st.work_email, st, neutral=True)
    _company(s, path)


def forwarded(s: Agency) -> None:
    """The fourth counsellor forwards the first partner's request about an お見合い pair: the
    woman's birth date, the partner contact's mobile; the partner's address is its last
    index's (as the blind generator wrote it)."""
    R = s.rng
    (co, q), st = s.partners[0], s.staff[3]
    m, f = R.choice(s.omiai)
    contact = f"contact@partner-{s.partner_no}.jp"
    path = f"{MAILS}/2024-05-22_Fwd_お見合い調整.eml"
    body = (f"{st.last}さん\n\n下記、{co}様からの調整依頼です。ご対応お願いします。\n\n"
            f"---------- Forwarded message ---------\nFrom: {q.name()} <{contact}>\n"
            f"Date: 2024年5月21日(火) 18:03\nSubject: お見合い調整のお願い\n\n"
            f"ブライダル縁　ご担当者様\n\n{co}の{q.name()}でございます。\n"
            f"貴社会員の{m.name('')}様（{age(m.born)}歳）と弊社会員の女性とのお見合いを希望いたします。\n"
            f"また、貴社会員 {f.name()}様"
            f"（生年月日：{f.born.year}年{f.born.month}月{f.born.day}日）への申込もございます。\n"
            f"ご連絡は私の携帯 {q.mobile.replace('-', '')} までお願いいたします。\n")
    _send(s, path, st, s.staff[0].work_email, "Fwd: お見合い調整のお願い", body,
          datetime(2024, 5, 22, 9, 3))
    s.add(path, "person_name", q.name(), q)
    s.add(path, "person_name", m.name(""), m)
    s.rows(path, f, [("person_name", f.name()), ("date_of_birth", f.born)])
    s.add(path, "phone_number", q.mobile, q)
    s.add(path, "person_name", st.name(), st, neutral=True)
    s.add(path, "person_name", st.last, st, neutral=True)
    s.add(path, "person_name", co, neutral=True)
    for address in (st.work_email, s.staff[0].work_email, contact):
        s.add(path, "email_address", address, neutral=True)
    _company(s, path)


def applicants(s: Agency) -> None:
    """The fifth counsellor sends the month's six applicants as 入会申込者_202405.csv (their
    values under x.eml!入会申込者_202405.csv) and a card member's number, expiry and code."""
    R = s.rng
    st = s.staff[4]
    path = f"{MAILS}/2024-05-28_新規入会申込者一覧.eml"
    attached = "入会申込者_202405.csv"
    rows = [["申込番号", "氏名", "生年月日", "携帯", "メール", "申込日"]]
    for p in R.sample(s.members, 6):
        rows.append([s.my_number(), p.name(), p.born.strftime("%Y/%m/%d"), p.mobile, p.email,
                     p.join.isoformat()])
        s.rows(f"{path}!{attached}", p, [("person_name", p.name()), ("date_of_birth", p.born),
                                         ("phone_number", p.mobile), ("email_address", p.email)])
    pc = R.choice(s.carded)
    cvc = str(R.randint(100, 999))
    body = (f"各位\n\n今月の新規入会申込者一覧を添付します（パスワードなし、取扱注意）。\n"
            f"なお、{pc.name()}様のカード決済がエラーとなったため、再決済をお願いします。\n"
            f"カード番号 {pc.card[0]}　有効期限 {pc.card[1]}　セキュリティコード {cvc}\n")
    _send(s, path, st, "staff-all@bridal-en.co.jp", "新規入会申込者一覧（5月）", body,
          datetime(2024, 5, 28, 17, 40), [(attached, csv_text(rows), "text", "csv")])
    s.rows(path, pc, [("person_name", pc.name()), ("credit_card_number", pc.card[0]),
                      ("card_expiry", pc.card[1]), ("card_security_code", cvc)])
    s.add(path, "person_name", st.name(), st, neutral=True)
    for address in (st.work_email, "staff-all@bridal-en.co.jp"):
        s.add(path, "email_address", address, neutral=True)
    _company(s, path)
