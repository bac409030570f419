"""The station's mails: a care manager's referral (ISO-2022-JP) and the manager's reply
quoting it, a doctor's 指示書 list forwarded (a CSV attached), October's report to a care
manager and a relative's new mobile.

Work mails, offices' and the station's numbers, surnames alone and the dead are neutral.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from . import home_nursing_names as names
from .home_nursing_people import Station, era

TZ = timezone(timedelta(hours=9))


def referral(w: Station) -> None:
    """メール/20241021_新規依頼_<surname>様.eml and its reply: patient 14's referral."""
    st1 = w.staff[0]
    p = w.pts[13]
    c, kp = p.cm, p.kp
    path = "メール/20241021_新規依頼_" + p.last + "様.eml"
    a = w.addr(p.home, pref=False)
    sig_c = (f"──────────────\n{c.office}\n介護支援専門員 {w.nm(c, 0)}\nTEL {w.phone(c.otel, 0)} / "
             f"携帯 {w.phone(c.mob, 0)}\n{c.email}\n──────────────")
    body_a = (f"{names.NAME}\n{w.nm(st1, 0)} 様\n\nいつもお世話になっております。"
              f"{c.office}の{c.last}です。\n"
              "新規で訪問看護のご依頼をお願いしたく、ご連絡いたしました。\n\n"
              f"■利用者：{w.nm(p, 0)} 様"
              f"（{era(p.born, 1)}生）\n■住所：{a}\n■要介護度：{p.kaigo}\n■主病名：{p.dx}"
              f"（{p.doc.clinic} {p.doc.last}先生）\n■キーパーソン：{kp.rel} {w.nm(kp, 1)}様 "
              f"{w.phone(kp.mob)}\n\n退院前カンファレンスは10/25 14時を予定しております。\n"
              f"よろしくお願いいたします。\n\n{sig_c}\n")
    w.mail(path, f"{c.last} {c.first} <{c.email}>", st1.email, f"【新規依頼】{p.last}様の件",
           body_a, datetime(2024, 10, 21, 10, 12, tzinfo=TZ), jis=True)
    _referral_truth(w, path, a)
    path = "メール/20241021_Re_新規依頼_" + p.last + "様.eml"
    quoted = "\n".join("> " + line for line in body_a.split("\n"))
    body_b = (f"{c.office}\n{c.last} 様\n\nお世話になっております。{names.NAME}の{st1.last}です。\n"
              f"ご依頼ありがとうございます。担当は{w.nm(p.nurse, 0)}となります。\n"
              f"カンファレンスに同席いたします。\n\n--\n{names.NAME}\n管理者 {w.nm(st1, 0)}\n"
              f"TEL {w.phone(names.TEL, 0)} FAX {w.phone(names.FAX, 0)}\n{st1.email}\n\n"
              f"2024年10月21日(月) 10:12 {c.last} {c.first} <{c.email}>:\n" + quoted)
    w.mail(path, f"{st1.last} {st1.first} <{st1.email}>", c.email,
           f"Re: 【新規依頼】{p.last}様の件", body_b, datetime(2024, 10, 21, 13, 40, tzinfo=TZ))
    _referral_truth(w, path, a, reply=True)


def _referral_truth(w: Station, path: str, a: str, reply: bool = False) -> None:
    """What the referral (and the reply quoting it) holds; the reply adds the nurse and the
    station's numbers."""
    st1 = w.staff[0]
    p = w.pts[13]
    c, kp = p.cm, p.kp
    w.tp(path, p, dob=True, addr=a)
    w.tdx(path, p)
    w.tp(path, c, phones=[c.mob])
    w.t(path, "email_address", c.email, c.id, True)
    w.tstation(path, c.otel)
    w.tp(path, kp, phones=[kp.mob])
    w.tp(path, st1)
    w.t(path, "email_address", st1.email, st1.id, True)
    w.tsur(path, p.doc)
    if reply:
        w.tp(path, p.nurse)
    w.tsur(path, p, c, st1)
    if reply:
        w.tstation(path, names.TEL, names.FAX)


def forwarded(w: Station) -> None:
    """メール/20241030_Fw_指示書送付_<clinic>.eml: the first doctor's patients, a CSV attached."""
    d = w.doctors[0]
    office = w.staff[13]
    ps = [q for q in w.pts if q.doc is d][:3] or w.pts[14:16]
    path = f"メール/20241030_Fw_指示書送付_{d.clinic}.eml"
    attcsv = "氏名,生年月日,指示期間開始,指示期間終了,傷病名\n" + "\n".join(
        f"{w.nm(q, 1)},{era(q.born, 3)},2024/11/01,2025/04/30,{q.dx}" for q in ps) + "\n"
    body = (f"各位\n\n{d.clinic}から指示書が届きましたので転送します。原本はFAXでも受領済み。\n"
            f"{w.nm(office, 0)}\n\n-------- Forwarded Message --------\n"
            f"From: {d.clinic} <{d.email}>\n"
            f"Date: 2024/10/30 9:05\nSubject: 訪問看護指示書の送付\n\n{names.NAME} 御中\n\n"
            f"{len(ps)}名分の指示書を添付いたします。ご確認ください。\n\n"
            f"{d.clinic}\n院長 {w.nm(d, 0)}\n"
            f"電話 {w.phone(d.ctel, 0)}\n")
    w.mail(path, f"{office.last} <{office.email}>", f"nurse-all@{names.DOM}",
           "Fw: 訪問看護指示書の送付", body, datetime(2024, 10, 30, 9, 30, tzinfo=TZ),
           att=("指示書一覧_202411.csv", attcsv))
    inner = path + "!指示書一覧_202411.csv"
    for q in ps:
        w.tp(inner, q, dob=True)
        w.tdx(inner, q)
    w.tsur(path, office)
    w.tp(path, d)
    w.t(path, "email_address", d.email, d.id, True)
    w.tstation(path, d.ctel)
    w.tp(path, office)
    w.t(path, "email_address", office.email, office.id, True)


def monthly(w: Station) -> None:
    """メール/20241105_10月分実績報告_<office>.eml: the second care manager's patients."""
    r = w.rng
    c, clerk, st1 = w.cms[1], w.staff[14], w.staff[0]
    ps = [q for q in w.pts if q.cm is c][:4] or w.pts[16:18]
    path = f"メール/20241105_10月分実績報告_{c.office}.eml"
    body = (f"{c.office}\n{w.nm(c, 0)}様\n\n"
            "いつもお世話になっております。10月分の訪問実績をご報告します。\n\n")
    for q in ps:
        stt = r.choice(["状態安定", "褥瘡やや改善", "食事量低下あり", "夜間不穏あり"])
        body += f"・{w.nm(q, 0)}様（{q.kaigo}）：訪問{r.randrange(4, 9)}回。{q.dx}、{stt}。\n"
        w.tp(path, q)
        w.tdx(path, q)
        if "褥瘡" in stt:
            w.tdx(path, q, "褥瘡")
    body += (f"\n以上、よろしくお願いいたします。\n{names.NAME} 事務 {w.nm(clerk, 0)}\n"
             f"{w.phone(names.TEL, 0)}\n")
    w.mail(path, clerk.email, c.email, "10月分 訪問看護実績のご報告", body,
           datetime(2024, 11, 5, 16, 2, tzinfo=TZ), cc=st1.email)
    w.tp(path, c)
    w.t(path, "email_address", c.email, c.id, True)
    w.tp(path, clerk)
    w.t(path, "email_address", clerk.email, clerk.id, True)
    w.t(path, "email_address", st1.email, st1.id, True)
    w.tstation(path, names.TEL)


def new_mobile(w: Station) -> None:
    """メール/20241108_連絡先変更のお願い.eml: patient 21's key person's old and new mobiles."""
    p = w.pts[20]
    kp = p.kp
    path = "メール/20241108_連絡先変更のお願い.eml"
    newmob = w.mobile()
    kp.ext["mob2"] = newmob
    body = (f"ひだまり訪問看護ステーション\nご担当者様\n\n"
            f"{p.last}{p.first}の{kp.rel}の{w.nm(kp, 0)}です。\n"
            f"いつも{'母' if p.sex == 'F' else '父'}がお世話になっております。\n"
            f"携帯電話を変更しましたので、緊急連絡先を下記に変更をお願いします。\n\n"
            f"旧：{w.phone(kp.mob, 0)}\n新：{w.phone(newmob, 5)}\n\n"
            f"また、来週から{p.dx}の薬が変わると先生から聞きました。よろしくお願いします。\n\n"
            f"{w.nm(kp, 1)}\n")
    w.mail(path, kp.email, f"info@{names.DOM}", "連絡先変更のお願い", body,
           datetime(2024, 11, 8, 21, 44, tzinfo=TZ))
    w.tp(path, kp, phones=[kp.mob, newmob], email=kp.email)
    w.tp(path, p)
    w.tdx(path, p)
