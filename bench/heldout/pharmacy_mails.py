"""Five mails: a parent's about a child's prescription (the child's birth date and condition,
the parent's own), a 疑義照会 answer forwarded between pharmacists (ISO-2022-JP), a staff
member's 年末調整 mail (個人番号, a new account, the 在宅 patients' list attached as CP932 CSV),
a key person's asking to move a home visit (a full-width address and phone) and a wholesaler's
order confirmation (order numbers passing Luhn and the My Number check). The attachment's truth
is recorded last, after every file."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from email.utils import format_datetime

from .japanese import wareki, wareki_short
from .pharmacy_people import COMPANY, CONDITIONS, DOMAIN, MEMO_HYPHENS, STORES, Pharmacy, zen
from .share import csv_text, mail_bytes

JST = timezone(timedelta(hours=9))
HOME_LIST = "在宅対象者一覧.csv"


def _mail(o: Pharmacy, name: str, sender: str, to: str, subject: str, body: str, day: date,
          attachments: tuple = (), charset: str = "utf-8") -> str:
    """Write 05_メール/`name`, sent at a time drawn on `day`; its path."""
    R = o.rng
    when = datetime.combine(day, time(R.randint(8, 19), R.randint(0, 59)), JST)
    message_id = f"<{R.randint(10**9, 10**10)}@{DOMAIN}>"
    rel = f"05_メール/{name}"
    o.share.write(rel, mail_bytes(sender, to, subject, format_datetime(when), body, attachments,
                                  message_id=message_id, charset=charset))
    return rel


def mails(o: Pharmacy) -> None:
    _parent(o)
    _forwarded(o)
    _year_end(o)
    _visit_change(o)
    _order(o)


def _parent(o: Pharmacy) -> None:
    R = o.rng
    g = R.choice(o.guardians)
    kid = next(p for p in o.patients if p.guardian is g)
    g.email = g.email or o.mail_address(g)
    child = "息子" if kid.sex == "男" else "娘"
    cond = kid.conds[0] if kid.conds else "風邪"
    own = R.choice(["花粉症", "片頭痛"])
    body = f"""みどり調剤 本町店 御中

いつもお世話になっております。{g.name()}です。
{child}の{kid.name('')}（{wareki(kid.born)}生まれ）の{cond}のお薬について
ご相談です。ふちのべ小児科でいただいた処方箋を明日持っていきますので、
在庫の確認をお願いできますでしょうか。

ほかに、私の{own}の薬も一緒にお願いしたいです。

{g.name()}
携帯：{g.mobile}
"""
    store_mail = f"honmachi@{DOMAIN}"
    rel = _mail(o, f"Re_処方箋のご相談_{g.last}.eml", f"{g.name()} <{g.email}>", store_mail,
                "処方箋のご相談", body, date(2025, 11, 6))
    o.add(rel, "email_address", store_mail, None, True)  # post-blind truth fix 2
    o.add(rel, "person_name", g.name(), g)
    o.add(rel, "email_address", g.email, g)
    o.add(rel, "phone_number", g.mobile, g)
    o.add(rel, "person_name", kid.name(""), kid)
    o.add(rel, "date_of_birth", wareki(kid.born), kid, value=kid.born)
    if kid.conds:
        o.add(rel, "sensitive", kid.conds[0], kid)
    o.add(rel, "sensitive", own, g)


def _forwarded(o: Pharmacy) -> None:
    R = o.rng
    s1, s2 = o.pharmacists[1], o.pharmacists[2]
    p = R.choice([x for x in o.live if x.conds and x is not o.queried])
    cond = p.conds[0]
    clinic = o.clinics[CONDITIONS[cond][1]]
    doctor = R.choice(clinic.doctors)
    store = STORES[0]
    body = f"""{s2.last}さん

下記、{clinic.name}からの回答FAXです。薬歴への反映をお願いします。
{s1.last}

-------- Forwarded Message --------
件名: 疑義照会回答
送信元: {clinic.name} FAX {clinic.fax}

{COMPANY} {store[0]} {s1.name()} 様

患者氏名：{p.name()}（{wareki_short(p.born)}）
患者ID：{p.no}
ご照会の件、{CONDITIONS[cond][0][0]}は{cond}の増悪のため増量で間違いありません。
処方医　{doctor.name()}

--
{s1.name()}（薬剤師）
{COMPANY} {store[0]}
TEL {store[2]} / FAX {store[3]}
"""
    rel = _mail(o, f"Fwd_疑義照会回答_{p.no}.eml", f"{s1.name()} <{s1.work_email}>",
                f"{s2.name()} <{s2.work_email}>", "Fwd: 疑義照会回答", body, date(2025, 11, 13),
                charset="iso-2022-jp")
    for s in (s1, s2):
        o.add(rel, "person_name", s.name(), s)
        o.add(rel, "email_address", s.work_email, s, True)
        o.add(rel, "person_name", s.last, s, True)
    o.add(rel, "person_name", p.name(), p)
    o.add(rel, "date_of_birth", wareki_short(p.born), p, value=p.born)
    o.add(rel, "sensitive", cond, p)
    o.add(rel, "person_name", doctor.name(), doctor)
    for tel in (clinic.fax, store[2], store[3]):
        o.add(rel, "phone_number", tel, None, True)


def _home_rows(o: Pharmacy) -> list[list[str]]:
    return [[hp.name(""), hp.born.strftime("%Y/%m/%d"), hp.addr.written(2),
             hp.addr.tel.replace("-", ""), hp.kaigo, hp.caregiver.name(""), hp.caregiver.mobile]
            for hp in o.home]


def _year_end(o: Pharmacy) -> None:
    s = o.staff[o.rng.randint(3, len(o.staff) - 1)]
    soumu = o.staff[-1]
    mynum = f"{s.mynum[:4]}-{s.mynum[4:8]}-{s.mynum[8:]}"
    body = f"""総務 {soumu.last}様

お疲れ様です。{STORES[s.store][0]}の{s.last}です。
年末調整の書類の件で、マイナンバーと振込口座の変更をお知らせします。

個人番号：{mynum}
新しい口座：{s.bank[1]} {s.branch[1]}支店 普通 {s.acct}
名義：{s.kana()}

また、扶養の{s.ec_rel}（{s.ec.name()}）の件は別途ご連絡します。
在宅訪問の対象者一覧も添付します（薬局長より依頼分）。

{s.name()}
"""
    header = ["氏名", "生年月日", "住所", "電話", "要介護度", "キーパーソン", "キーパーソン連絡先"]
    attached = csv_text([header, *_home_rows(o)]).encode("cp932")
    rel = _mail(o, f"年末調整書類_{s.last}.eml", f"{s.name()} <{s.email}>", soumu.work_email,
                "年末調整の件（マイナンバー・口座変更）", body, date(2025, 11, 17),
                ((HOME_LIST, attached, "text", "csv"),))
    o.add(rel, "person_name", soumu.last, soumu, True)
    o.add(rel, "person_name", s.last, s, True)
    o.add(rel, "my_number", mynum, s)
    o.add(rel, "bank_account", s.acct, s)
    o.add(rel, "person_name", s.kana(), s)
    o.add(rel, "person_name", s.ec.name(), s.ec)
    o.add(rel, "person_name", s.name(), s)
    o.add(rel, "email_address", s.email, s)
    o.add(rel, "email_address", soumu.work_email, soumu, True)
    o.home_list = f"{rel}!{HOME_LIST}"


def home_list_truth(o: Pharmacy) -> None:
    """The attached 在宅対象者一覧's values, as the blind generator recorded them: last."""
    for hp, row in zip(o.home, _home_rows(o), strict=True):
        name, born, addr, tel, kaigo, cg_name, cg_mobile = row
        cg = hp.caregiver
        o.add(o.home_list, "person_name", name, hp)
        o.add(o.home_list, "date_of_birth", born, hp, value=hp.born)
        o.add(o.home_list, "address", addr, hp)
        o.add(o.home_list, "phone_number", tel, hp)
        o.add(o.home_list, "person_name", cg_name, cg)
        o.add(o.home_list, "phone_number", cg_mobile, cg)
        o.add(o.home_list, "sensitive", kaigo, hp, True)


def _visit_change(o: Pharmacy) -> None:
    hp, ph = o.home[0], o.pharmacists[0]
    cg = hp.caregiver
    doctor = o.clinics[6].doctors[0]
    addr = cg.addr.written(3, o.rng.choice(MEMO_HYPHENS))
    tel = zen(cg.mobile)
    body = f"""みどり調剤　{ph.name()}様

いつも母（父）がお世話になっております。{hp.name()}の{hp.rel}、{cg.name()}です。
来週の訪問ですが、{wareki(date(2025, 11, 25))}に変更していただけますか。
最近{hp.conds[-1]}の症状が進んで、夜間に何度も起きるようになりました。
主治医の{doctor.name('')}先生にも相談済みです。

私の連絡先が変わりました。
{cg.name('　')}
〒{cg.addr.postal} {addr}
TEL {tel}
"""
    rel = _mail(o, f"訪問日変更のお願い_{hp.last}.eml", cg.email, ph.work_email,
                "訪問日の変更について", body, date(2025, 11, 18))
    o.add(rel, "person_name", ph.name(), ph)
    o.add(rel, "person_name", hp.name(), hp)
    o.add(rel, "person_name", cg.name(), cg)
    o.add(rel, "person_name", cg.name("　"), cg)
    o.add(rel, "email_address", cg.email, cg)
    o.add(rel, "email_address", ph.work_email, ph, True)
    o.add(rel, "sensitive", hp.conds[-1], hp)
    o.add(rel, "person_name", doctor.name(""), doctor)
    o.add(rel, "postal_code", cg.addr.postal, cg)
    o.add(rel, "address", addr, cg)
    o.add(rel, "phone_number", tel, cg)


def _order(o: Pharmacy) -> None:
    sp = o.suppliers[0]
    order = o.card("VISA")
    body = f"""{COMPANY} 購買ご担当者様

{sp.name}の{sp.rep.name()}です。
ご注文ありがとうございます。下記の通り承りました。

注文番号：{order}
受付番号：{o.my_number()}
納品予定日：2025年11月21日
品目：アムロジピン錠5mg 100錠×10（JAN {o.jan()}）

{sp.name}
{sp.rep.name()}
TEL {sp.tel} / 携帯 {sp.rep_mobile}
"""
    sender, to = f"orders@{sp.rep.last_roman.lower()}-medi.example.co.jp", f"kobai@{DOMAIN}"
    rel = _mail(o, f"注文確認_{order[-6:]}.eml", sender, to, "ご注文確認", body,
                date(2025, 11, 19))
    o.add(rel, "person_name", sp.rep.name(), sp.rep)
    o.add(rel, "email_address", sender, None, True)  # post-blind truth fix 2: a company's
    o.add(rel, "email_address", to, None, True)  # role mailboxes are neutral
    o.add(rel, "phone_number", sp.tel, None, True)
    o.add(rel, "phone_number", sp.rep_mobile, sp.rep, True)
