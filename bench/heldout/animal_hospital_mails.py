"""The animal hospital's five mails: an owner asks about her dog's surgery (the dog's 和暦 birth
date: no one's), the office manager forwards an owner's complaint (her own うつ病), a trimmer
sends the salon's outside helper a customer list (a CP932 CSV attached, its values under
x.eml!顧客リスト_トリミング.csv), a nurse answers the 年末調整 (個人番号, bank account, a
dependant's birth date) and an insurer acknowledges a claim (受付番号 passing the My Number
check). Each mail's Message-ID is drawn; the attachment's boundary is drawn from the text."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime

from .animal_hospital_people import INSURERS, Hospital, Person
from .japanese import wareki
from .share import csv_text, mail_bytes

INSURER_MAIL = ["anicom", "ipet", "pfamily", "rakuten-pet"]


def _send(h: Hospital, path: str, sender: str, to: str, subject: str, body: str,
          when: datetime, attachment: tuple[str, bytes] | None = None) -> None:
    message_id = f"<{h.rng.randint(10**9, 10**10)}@mail.example.jp>"
    attachments = [(attachment[0], attachment[1], "text", "csv")] if attachment else []
    h.share.write(path, mail_bytes(sender, to, subject, format_datetime(when), body, attachments,
                                   message_id))


def _signature(h: Hospital, s: Person) -> str:
    c = h.clinic
    return f"--\n{c['name']}\n{s.job} {s.name()}\nTEL {c['tel']} / FAX {c['fax']}\n{c['mail']}\n"


def mails(h: Hospital) -> None:
    _complaint(h, _surgery(h))
    _customer_list(h)
    _year_end(h)
    _claim(h)


def _surgery(h: Hospital) -> Person:
    """A dog's owner asks about its surgery; she is given back (the complaint is another's)."""
    o = h.rng.choice([x for x in h.owners if any(p.species == "犬" for p in x.pets)])
    path = "mail/2024-10-08_手術についてのご相談.eml"
    a, c = h.add, h.clinic
    p = next(p for p in o.pets if p.species == "犬")
    v0 = h.vets[0]
    body = (f"{c['name']}\n{v0.last}先生\n\n"
            f"いつもお世話になっております。{h.call(p)}の飼い主の{o.last}です。\n"
            f"先日ご説明いただいた{p.ill[0] if p.ill else '乳腺腫瘍'}の手術の件、家族と相談し、"
            f"お願いすることにしました。\n"
            f"{p.name}は{wareki(p.born)}生まれでもう若くないので、麻酔のリスクが心配です。\n"
            f"当日は{p.name}を朝9時に連れて行きます。\n\n"
            f"{o.name()}\n〒{o.addr.postal}\n{o.addr.full()}\n携帯：{o.mobile}\n")
    a(path, "person_name", o.name(), o)
    a(path, "postal_code", o.addr.postal, o)
    a(path, "address", o.addr.full(), o)
    a(path, "phone_number", o.mobile, o)
    a(path, "email_address", o.email, o)
    a(path, "person_name", o.last, o, True)
    a(path, "person_name", v0.last, v0, True)
    _send(h, path, f"{o.name('')} <{o.email}>", c["mail"], f"{p.name}の手術について", body,
          datetime(2024, 10, 8, 21, 14))
    a(path, "person_name", o.name(""), o)
    a(path, "email_address", c["mail"], None, True)
    return o


def _complaint(h: Hospital, o: Person) -> None:
    """An owner other than `o` complains about the bill; the office manager forwards it."""
    o2 = h.rng.choice([x for x in h.owners if x is not o])
    p2, boss, v1 = o2.pets[0], h.staff[9], h.vets[1]
    path = "mail/Fwd_ご意見_2024-10-15.eml"
    a, c = h.add, h.clinic
    cond = "うつ病"
    inner = (f"---------- Forwarded message ---------\nFrom: {o2.name()} <{o2.email}>\n"
             f"Date: 2024年10月14日(月) 22:03\nSubject: 会計について\nTo: {c['mail']}\n\n"
             f"先日{h.call(p2)}の診察でお会計が想定より高く驚きました。\n"
             f"私自身{cond}で通院しており、電話でのやりとりが負担なので、説明は書面でお願いしたいです。\n"
             f"{p2.name}の{p2.ill[0] if p2.ill else '皮膚炎'}の薬はこのまま続けます。\n\n"
             f"{o2.name()}\n電話 {o2.home}\n")
    body = (f"{v1.last}先生\n\n院長宛に下記のご意見が届きました。対応をご相談させてください。\n"
            f"カルテNo.{10001 + h.owners.index(o2)}、{o2.last}様です。\n\n{inner}\n"
            f"{_signature(h, boss)}")
    a(path, "person_name", o2.name(), o2)
    a(path, "email_address", o2.email, o2)
    a(path, "phone_number", o2.home, o2)
    a(path, "sensitive", cond, o2)
    a(path, "person_name", boss.name(), boss)
    a(path, "person_name", v1.last, v1, True)
    a(path, "person_name", o2.last, o2, True)
    h.clinic_fields(path, fax=True, mail=True)
    desk, vet_mail = f"jimu@{h.domain}", f"{v1.last_roman.lower()}@{h.domain}"
    _send(h, path, f"{boss.name('')} <{desk}>", vet_mail, "Fwd: 会計について", body,
          datetime(2024, 10, 15, 9, 2))
    a(path, "person_name", boss.name(""), boss)
    a(path, "email_address", desk, None, True)
    a(path, "email_address", vet_mail, v1, True)



def _customer_list(h: Hospital) -> None:
    """A trimmer sends twelve owners (name, bare mobile, the animal) to the outside helper, who
    is drawn here and named nowhere else."""
    R, a = h.rng, h.add
    path = "mail/2024-10-20_トリミング顧客リスト送付.eml"
    member = path + "!顧客リスト_トリミング.csv"
    chosen = R.sample(h.owners, 12)
    rows = [["飼い主", "電話", "ペット", "犬種", "前回コース"]]
    for o in chosen:
        p = o.pets[0]
        rows.append([o.name(""), h.phone(o.mobile, "none"), h.call(p), p.breed,
                     R.choice(["シャンプー", "カット", "全身カット"])])
        a(member, "person_name", o.name(""), o)
        a(member, "phone_number", o.mobile, o)
    t1 = h.trimmers[0]
    helper = h.person("outside", (22, 40))
    body = (f"{helper.last}さん\n\nお疲れさまです。{t1.last}です。\n"
            f"来月のヘルプ分の顧客リストを添付します。社外秘なので取り扱いに注意してください。\n"
            f"{h.call(chosen[0].pets[0])}は皮膚が弱いので薬用シャンプーでお願いします。\n\n"
            f"{t1.name()}\n{h.clinic['salon']}\n携帯 {t1.mobile}\n")
    a(path, "person_name", t1.name(), t1)
    a(path, "phone_number", t1.mobile, t1)
    a(path, "person_name", helper.last, helper, True)
    a(path, "person_name", t1.last, t1, True)
    a(path, "email_address", helper.email, helper)
    a(path, "person_name", helper.name(), helper)
    _send(h, path, t1.email, f"{helper.name()} <{helper.email}>", "顧客リスト（11月ヘルプ分）",
          body, datetime(2024, 10, 20, 18, 40),
          ("顧客リスト_トリミング.csv", csv_text(rows).encode("cp932")))
    a(path, "email_address", t1.email, t1)


def _year_end(h: Hospital) -> None:
    """A nurse's 年末調整 reply: 個人番号 in fours, address, salary account, a dependant."""
    R, a = h.rng, h.add
    s, boss = h.staff[R.randint(2, 4)], h.staff[9]
    path = "mail/Re_年末調整書類.eml"
    (_, bank, _), branch, acct = s.bank
    n = s.mynum
    body = (f"{boss.last}さん\n\nお疲れさまです。年末調整の件、以下の通りです。\n\n"
            f"氏名：{s.name()}\n個人番号：{n[:4]} {n[4:8]} {n[8:]}\n"
            f"住所：{s.addr.full(kanji=True)}\n振込口座：{bank} 支店番号{branch} 普通 {acct}\n")
    f = s.family[0] if s.family else None
    if f:
        body += f"扶養：{f.name()}（{f.rel}、{wareki(f.born)}生）\n"
    body += (f"\n> 年末調整の書類提出をお願いします。\n> 受付番号 {h.my_number()} で管理します。\n"
             f"> {boss.name()}\n")
    a(path, "person_name", s.name(), s)
    a(path, "my_number", n, s)
    a(path, "address", s.addr.full(kanji=True), s)
    a(path, "bank_account", acct, s)
    a(path, "person_name", boss.name(), boss)
    a(path, "person_name", boss.last, boss, True)
    if f:
        a(path, "person_name", f.name(), f)
        a(path, "date_of_birth", f.born.isoformat(), f)
    desk = f"jimu@{h.domain}"
    _send(h, path, s.email, desk, "Re: 年末調整書類", body, datetime(2024, 11, 2, 12, 5))
    a(path, "email_address", s.email, s)
    a(path, "email_address", desk, None, True)


def _claim(h: Hospital) -> None:
    """An insurer acknowledges an owner's claim: her birth date, the animal's (no one's)."""
    R, a = h.rng, h.add
    o, p = h.claimant()
    path = "mail/保険金請求のご案内.eml"
    tel = f"0120-{R.randint(100, 999)}-{R.randint(100, 999)}"
    body = (f"{o.name()} 様\n\n{p.insurer} 保険金サービス課です。\n"
            f"{p.name}様の保険金請求（受付番号 {h.my_number()}）について、"
            "以下の内容で承りました。\n\n"
            f"証券番号：{p.policy}\nご契約者：{o.name()} 様（{o.born:%Y年%m月%d日}生）\n"
            f"被保険動物：{p.name}様（{p.breed}、{p.born:%Y年%m月%d日}生）\n"
            f"傷病名：{p.ill[0] if p.ill else '外耳炎'}\n"
            f"診療日：2024年10月{R.randint(1, 28)}日\n\n"
            f"ご不明点は {tel} までお問い合わせください。\n")
    a(path, "phone_number", tel, None, True)
    a(path, "person_name", o.name(), o)
    a(path, "date_of_birth", o.born.isoformat(), o)
    sender = a(path, "email_address",
               f"claim@{INSURER_MAIL[INSURERS.index(p.insurer)]}.example.jp", None, True)
    _send(h, path, sender, o.email, f"【{p.insurer}】{p.name}様 保険金請求受付のお知らせ", body,
          datetime(2024, 10, 29, 10, 0))
    a(path, "email_address", o.email, o)

