"""The hospital's mails: the 地域連携室's with care managers and a family member (forwarded to
the ward), a discharge list sent as a CSV attachment, the 医事課's on a foreign patient's
arrears and a temporary password."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from . import hospital_people as hp
from .hospital_people import TODAY, Hospital, Person, age, era, nm, sl
from .share import mail_bytes

JST = timezone(timedelta(hours=9))


def _mail(h: Hospital, path: str, sender: str, to: str, subject: str, body: str,
          when: datetime, attachment: tuple[str, bytes, str, str] | None = None) -> None:
    message_id = f"<{h.rng.randint(10**9, 10**10)}.{h.seed}@{hp.HOSP_DOMAIN}>"
    h.share.write(path, mail_bytes(sender, to, subject, format_datetime(when), body,
                                   [attachment] if attachment else [], message_id))


def _hospital_footer(h: Hospital, path: str) -> None:
    """The hospital's own phone, fax and name on a page: neutral."""
    h.add(path, "phone_number", hp.HOSP_TEL, None, neutral=True)
    h.add(path, "phone_number", hp.HOSP_FAX, None, neutral=True)
    h.add(path, "person_name", hp.HOSP, None, neutral=True)


def _both(h: Hospital, path: str, who: Person) -> None:
    """A staff member's full name (expected) and surname alone (neutral)."""
    h.add(path, "person_name", nm(who, " "), who.id)
    h.add(path, "person_name", who.last, who.id, neutral=True)


def mails(h: Hospital) -> None:
    """A care manager's reply on a discharge, a family member's mail forwarded to the ward, a
    discharge list sent as a CSV attachment, a foreign patient's arrears, a temporary password."""
    R = h.rng
    msw = h.msws[0]
    sig = (f"\n--\n{hp.HOSP}\n地域連携室　医療ソーシャルワーカー\n{nm(msw, ' ')}\n"
           f"TEL {hp.HOSP_TEL}（内線2315） FAX {hp.HOSP_FAX}\nMail: {msw.email}\n")
    cm = h.cms[0]
    p = R.choice([q for q in h.living if q.kp and not q.nat])
    k = p.kp
    path = "地域連携室/mail/Re_退院調整のご相談.eml"
    body = (f"{hp.HOSP_SHORT}\n地域連携室 {msw.last}様\n\nいつもお世話になっております。"
            f"{cm.office}の{cm.last}です。\n{p.last}{p.first}様（{era(p.dob)}生）の退院日について、"
            f"{k.rel}の{k.first}様とお話しし、{era(p.dis)}の午後でご了承いただきました。"
            f"{k.first}様の携帯は{k.mobile.replace('-', '')}です。\n"
            f"ご本人は{p.dx}の既往もあり、退院後は訪問看護の導入を検討しております。\n"
            f"ご自宅は{p.addr.short()}で、玄関に段差があります。\n\nよろしくお願いいたします。\n\n"
            f"――――――――――――――\n{cm.office}\n介護支援専門員　{nm(cm, ' ')}\n"
            f"TEL {cm.office_tel} / FAX {cm.office_fax}\n{cm.email}\n"
            f"\n> {cm.last}様\n> 退院日の件、ご家族のご都合をお聞かせください。\n> {msw.last}\n")
    _mail(h, path, f"{nm(cm, ' ')} <{cm.email}>", f"{nm(msw, ' ')} <{msw.email}>",
          "Re: 退院調整のご相談", body, datetime(2026, 11, 18, 14, 22, tzinfo=JST))
    for who, raw in [(cm, nm(cm, " ")), (msw, nm(msw, " ")), (p, p.last + p.first)]:
        h.add(path, "person_name", raw, who.id)
    h.add(path, "person_name", k.first, k.id, neutral=True)
    h.add(path, "person_name", cm.last, cm.id, neutral=True)
    h.add(path, "person_name", msw.last, msw.id, neutral=True)
    h.add(path, "email_address", cm.email, cm.id)
    h.add(path, "email_address", msw.email, msw.id)
    h.born(path, era(p.dob), p)
    h.add(path, "phone_number", k.mobile.replace("-", ""), k.id)
    h.add(path, "sensitive", p.dx, p.id)
    h.add(path, "address", p.addr.short(), p.id)
    h.add(path, "phone_number", cm.office_tel, cm.id, neutral=True)
    h.add(path, "phone_number", cm.office_fax, cm.id, neutral=True)
    h.add(path, "person_name", cm.office, cm.company_pid, neutral=True)

    p = R.choice([q for q in h.living if q.kp and q.kp.email and not q.nat])
    k = p.kp
    nurse = h.nurses[1]
    path = "地域連携室/mail/Fw_ご家族からの問い合わせ.eml"
    body = (f"{nurse.last}さん\n\n病棟でも共有をお願いします。\n{msw.last}\n\n"
            f"---------- Forwarded message ---------\nFrom: {k.last}{k.first} <{k.email}>\n"
            f"Date: 2026年11月20日(金) 21:05\nSubject: 入院中の{p.last}について\n"
            f"To: {msw.email}\n\n"
            f"むさしの総合病院 地域連携室 ご担当者様\n\n{p.room}号室に入院しております"
            f"{p.last} {p.first}の{k.rel}、{k.last} {k.first}です。\n"
            f"{p.last}は以前から{p.hx[0]}で通院しておりましたが、最近は物忘れもひどく、"
            "認知症ではないかと心配しています。\n"
            f"平日は日中仕事のため、連絡は携帯（{k.mobile}）か、このメールにお願いします。\n"
            f"自宅：〒{k.addr.postal} {k.addr.full()}\n\n{k.last} {k.first}\n" + sig)
    _mail(h, path, f"{nm(msw, ' ')} <{msw.email}>", f"{nm(nurse, ' ')} <n-4east@{hp.HOSP_DOMAIN}>",
          "Fw: 入院中の" + p.last + "について", body, datetime(2026, 11, 21, 9, 3, tzinfo=JST))
    _both(h, path, nurse)
    h.add(path, "person_name", k.last + k.first, k.id)
    h.add(path, "person_name", k.last + " " + k.first, k.id)
    h.add(path, "email_address", k.email, k.id)
    h.add(path, "email_address", msw.email, msw.id)
    h.add(path, "email_address", f"n-4east@{hp.HOSP_DOMAIN}", None, neutral=True)
    _both(h, path, msw)
    h.add(path, "person_name", p.last + " " + p.first, p.id)
    h.add(path, "person_name", p.last, p.id, neutral=True)
    h.add(path, "sensitive", p.hx[0], p.id)
    h.add(path, "sensitive", "認知症", p.id)
    h.add(path, "phone_number", k.mobile, k.id)
    h.add(path, "postal_code", k.addr.postal, k.id)
    h.add(path, "address", k.addr.full(), k.id)
    _hospital_footer(h, path)

    path = "地域連携室/mail/退院予定者リスト送付.eml"
    attached = path + "!退院予定者リスト.csv"  # an attachment is a member of its mail
    rows = ["患者名,年齢,退院予定日,病名,担当ケアマネ"]
    for p in R.sample([q for q in h.living if not q.nat and q.dis > TODAY], 6):
        c = R.choice(h.cms)
        rows.append(f"{nm(p, '')},{age(p.dob)},{sl(p.dis)},{p.dx},{nm(c, '')}")
        h.add(attached, "person_name", nm(p, ""), p.id)
        h.add(attached, "sensitive", p.dx, p.id)
        h.add(attached, "person_name", nm(c, ""), c.id)
    body = ("関係各位\n\nお世話になっております。12月前半の退院予定者リストを添付いたします。\n"
            "個人情報を含むため、取扱いにご注意ください。\n" + sig)
    _mail(h, path, f"{nm(msw, ' ')} <{msw.email}>", ", ".join(c.email for c in h.cms[:4]),
          "【要注意】退院予定者リスト（12月前半）", body,
          datetime(2026, 11, 25, 17, 40, tzinfo=JST),
          ("退院予定者リスト.csv", "\n".join(rows).encode("utf-8"), "text", "csv"))
    for c in h.cms[:4]:
        h.add(path, "email_address", c.email, c.id)
    h.add(path, "person_name", nm(msw, " "), msw.id)
    h.add(path, "email_address", msw.email, msw.id)
    _hospital_footer(h, path)

    fp, clerk = h.foreigners[1], h.clerks[0]
    path = "医事課/mail/外国人患者_未収金の件.eml"
    born = f"{fp.dob.year}年{fp.dob.month}月{fp.dob.day}日"
    body = (f"{msw.last}さん\n\n医事課の{clerk.last}です。{fp.ward}病棟に入院中の"
            f"{fp.last}・{fp.first}さん（{fp.nat}国籍、{born}生）の件です。\n"
            f"在留カード（{fp.zairyu}）とパスポート（No. {fp.passport}）の写しは"
            "受付で取得済みです。\n入院費の未収が続いており、結核の疑いで個室管理中のため、"
            "ご本人との面談が難しい状況です。\n"
            f"本人の連絡先は {fp.mobile} / {fp.email} です。\n\n"
            f"{hp.HOSP_SHORT} 医事課　{nm(clerk, ' ')}\n")
    _mail(h, path, f"{nm(clerk, ' ')} <{clerk.email}>", f"{msw.email}", "外国人患者 未収金の件",
          body, datetime(2026, 11, 24, 11, 15, tzinfo=JST))
    h.add(path, "person_name", f"{fp.last}・{fp.first}", fp.id)
    h.born(path, born, fp)
    h.add(path, "residence_card_number", fp.zairyu, fp.id)
    h.add(path, "passport_number", fp.passport, fp.id)
    h.add(path, "sensitive", "結核", fp.id)
    h.add(path, "phone_number", fp.mobile, fp.id)
    h.add(path, "email_address", fp.email, fp.id)
    h.add(path, "person_name", nm(clerk, " "), clerk.id)
    h.add(path, "email_address", clerk.email, clerk.id)
    h.add(path, "email_address", msw.email, msw.id)
    h.add(path, "person_name", clerk.last, clerk.id, neutral=True)
    h.add(path, "person_name", msw.last, msw.id, neutral=True)

    clerk2 = h.clerks[1]
    path = "医事課/mail/予約システムアカウント発行.eml"
    pw = ("Ms" + "".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6)) + "#"
          + str(R.randint(10, 99)))
    body = (f"{nm(clerk2, ' ')}様\n\n予約システムの管理者アカウントを発行しました。\n\n"
            f"URL: https://yoyaku.{hp.HOSP_DOMAIN}/admin\nログインID: {clerk2.email}\n"
            f"仮パスワード: {pw}\n\n初回ログイン時に変更してください。\n\n情報システム室\n")
    _mail(h, path, f"情報システム室 <system@{hp.HOSP_DOMAIN}>", f"{clerk2.email}",
          "予約システム アカウント発行のお知らせ", body, datetime(2026, 11, 2, 9, 0, tzinfo=JST))
    h.add(path, "person_name", nm(clerk2, " "), clerk2.id)
    h.add(path, "email_address", clerk2.email, clerk2.id)
    h.add(path, "email_address", f"system@{hp.HOSP_DOMAIN}", None, neutral=True)
    h.add(path, "credential", pw, clerk2.id)
