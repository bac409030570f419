"""The workshop's mails: a counsellor's monitoring report (a diagnosis, medicines, a care
level), the service manager's reply quoting a PSW's admission notice (an overdose), a mother's
sick-day mail from her own address, a forwarded list of prospective users (a CSV attached) and
a bakery order (hard negatives only).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from .identifiers import luhn_number, my_number
from .share import csv_text
from .workshop_people import (
    NPO_ADDR,
    NPO_FAX,
    NPO_MAIL,
    NPO_NAME,
    NPO_TEL,
    NPO_ZIP,
    OFFICE,
    Person,
    Workshop,
    era,
)

JST = timezone(timedelta(hours=9))


def _hdr(p: Person) -> str:
    """gen.py's addr_hdr(): 氏名 <mail>."""
    return f"{p.spaced} <{p.mail}>"


def _sab_sig(h: Workshop) -> str:
    sab = h.sabikan
    return (f"--\n{NPO_NAME}\n{OFFICE}　サービス管理責任者　{sab.spaced}\n〒{NPO_ZIP} {NPO_ADDR}\n"
            f"TEL {NPO_TEL} / FAX {NPO_FAX}\n{sab.mail}")


def _contact(h: Workshop, rel: str, p: Person, tel: bool = True) -> None:
    """A correspondent's name, surname and work mail (neutral), their office's number where
    tel, then the service manager's."""
    sab = h.sabikan
    h.tn(rel, p)
    h.tsei(rel, p)
    h.tsei(rel, sab)
    h.rec(rel, "email_address", p.mail, p.id, True)
    if tel:
        h.rec(rel, "phone_number", p.otel, None, True)
    h.tn(rel, sab)
    h.rec(rel, "email_address", sab.mail, sab.id, True)


def monitoring(h: Workshop) -> None:
    """08_メール/2024-10-08_モニタリング報告（<surname>様）.eml: the fourth user's counsellor."""
    u, sab = h.users[3], h.sabikan
    c, f = u.counsellor, h.fam.get(u.id)
    rel = "08_メール/2024-10-08_モニタリング報告（" + u.last + "様）.eml"
    kin = f"{f.rel}の{f.spaced}" if f else "―の―"
    body = f"""{OFFICE}
{sab.last}様

いつもお世話になっております。{c.office}の{c.last}です。
先日のモニタリングの結果をご報告いたします。

利用者：{u.spaced}様（{era(u.born, 0)}生、受給者証番号 {u.jukyu}）
・{u.diag}について、主治医より服薬調整（{'、'.join(u.meds) or 'なし'}）があったとのことです。
・障害支援区分は{u.kubun}のままです。次回更新時に再認定調査予定。
・ご家族（{kin}様）からは、工賃の使い道について相談がありました。
{'  連絡先：' + f.tel if f else ''}

引き続きよろしくお願いいたします。

――――――――――――
{c.office}
相談支援専門員　{c.spaced}
TEL {c.otel}
{c.mail}
"""
    h.mail(rel, _hdr(c), _hdr(sab), f"モニタリング報告（{u.last}様）", body,
           datetime(2024, 10, 8, 14, 2, tzinfo=JST))
    h.tn(rel, u)
    h.rec(rel, "date_of_birth", u.born, u.id)
    h.sens(rel, u, u.diag, *u.meds)
    if u.kubun != "非該当":
        h.sens(rel, u, u.kubun)
    h.tn(rel, c)
    h.tsei(rel, c)
    h.tsei(rel, u)
    _contact(h, rel, c)
    if f:
        h.tn(rel, f)
        h.rec(rel, "phone_number", f.tel, f.id)


def admission(h: Workshop) -> None:
    """08_メール/2024-09-18_Re_入院のご連絡.eml: the reply quoting the PSW's notice of the
    eighth user's compulsory admission (an overdose, the guarantor)."""
    u, sab, psw = h.users[7], h.sabikan, h.psw
    f = h.fam.get(u.id)
    rel = "08_メール/2024-09-18_Re_入院のご連絡.eml"
    body = f"""{psw.last}様

ご連絡ありがとうございます。ひだまり工房の{sab.last}です。
{u.last}さんの件、承知いたしました。退院の目途が立ちましたらご連絡ください。
工賃の振込は通常どおり行います。

{_sab_sig(h)}

-----Original Message-----
From: {psw.spaced} <{psw.mail}>
Sent: Tuesday, September 17, 2024 5:41 PM
To: {sab.mail}
Subject: 入院のご連絡

> ひだまり工房　サービス管理責任者　{sab.last}様
>
> {psw.hosp} 地域連携室 精神保健福祉士の{psw.spaced}です。
> 貴事業所をご利用中の{u.spaced}様（{u.born.strftime('%Y年%m月%d日')}生）が、
> 本日、{u.diag}の症状増悪により当院に医療保護入院となりました。
> 入院時、自宅で大量服薬（{(u.meds or ['処方薬'])[0]}）があったとご家族より伺っています。
> 身元引受人は{f.spaced if f else '叔父様'}様です。
> 退院前カンファレンスの際はご参加をお願いいたします。
>
> {psw.hosp}　地域連携室
> {psw.spaced}（PSW）　直通 {psw.otel}
"""
    h.mail(rel, _hdr(sab), _hdr(psw), "Re: 入院のご連絡", body,
           datetime(2024, 9, 18, 9, 15, tzinfo=JST))
    h.tn(rel, u)
    h.rec(rel, "date_of_birth", u.born, u.id)
    h.sens(rel, u, u.diag, "医療保護入院", "大量服薬", *u.meds[:1])
    h.rec(rel, "person_name", u.last, u.id, True)
    _contact(h, rel, psw)
    h.rec(rel, "phone_number", NPO_TEL, None, True)
    h.rec(rel, "phone_number", NPO_FAX, None, True)
    if f:
        h.tn(rel, f)


def sick_day(h: Workshop) -> None:
    """08_メール/2024-10-15_お休みの連絡.eml: the 13th user's relative, from a private address
    drawn here."""
    rng, u, st = h.rng, h.users[12], h.staff[2]
    f = h.fam[u.id]
    f.ext["mail"] = (f"{rng.choice(['hana', 'yoshi', 'kazu', 'mama', 'tomo'])}"
                     f"{rng.randint(100, 999)}.{rng.choice(['s', 'k', 't'])}@"
                     f"{rng.choice(['icloud.com', 'yahoo.co.jp', 'gmail.com'])}")
    rel = "08_メール/2024-10-15_お休みの連絡.eml"
    body = f"""ひだまり工房
{st.last}様

いつも{u.first}がお世話になっております。{u.spaced}の{f.rel}です。
昨晩から熱が38度あり、今日明日はお休みさせていただきます。
持病の{u.diag}のお薬はきちんと飲ませています。
送迎も不要です。何かあれば携帯（{f.tel}）にお願いします。

{f.spaced}
"""
    h.mail(rel, _hdr(f), st.mail, "お休みの連絡", body, datetime(2024, 10, 15, 7, 3, tzinfo=JST))
    h.tn(rel, u)
    h.rec(rel, "person_name", u.first, u.id, True)
    h.tn(rel, f)
    h.rec(rel, "email_address", f.mail, f.id)
    h.rec(rel, "phone_number", f.tel, f.id)
    h.sens(rel, u, u.diag)
    h.rec(rel, "email_address", st.mail, st.id, True)
    h.rec(rel, "person_name", st.last, st.id, True)


def prospects(h: Workshop) -> None:
    """08_メール/2024-10-02_Fwd_新規利用希望者リスト.eml: a counsellor's list of the last six
    users (a CSV attached), forwarded."""
    rng, c, st, sab = h.rng, h.couns[1], h.staff[1], h.sabikan
    rel = "08_メール/2024-10-02_Fwd_新規利用希望者リスト.eml"
    ra = rel + "!利用希望者.csv"
    cands = h.users[34:40]
    rows = [["氏名", "ふりがな", "生年月日", "電話", "障害種別", "手帳", "備考"]]
    for u in cands:
        rows.append([u.spaced, u.kana(), u.born.strftime("%Y/%m/%d"), u.tel, u.dis,
                     u.techo + u.grade, rng.choice(["", "体験利用希望", "送迎希望"])])
        h.tn(ra, u)
        h.tk(ra, u)
        h.rec(ra, "date_of_birth", u.born, u.id)
        h.rec(ra, "phone_number", u.tel, u.id)
        h.sens(ra, u, u.dis, u.techo + u.grade)
    h.tn(rel, cands[0])
    body = f"""{st.last}さん

相談支援の{c.last}さんから届いた体験利用希望者のリストです。面談の日程調整お願いします。
{sab.last}

---------- Forwarded message ---------
From: {c.spaced} <{c.mail}>
Date: 2024年10月1日(火) 16:20
Subject: 新規利用希望者リスト
To: {sab.mail}

{sab.spaced}様
{c.office}の{c.last}です。体験利用を希望されている方のリストを添付します（パスワードは別送します）。
特に{cands[0].spaced}さんは{cands[0].diag}で、午前中の通所が難しいため配慮をお願いします。
"""
    h.mail(rel, _hdr(sab), st.mail, "Fwd: 新規利用希望者リスト", body,
           datetime(2024, 10, 2, 10, 0, tzinfo=JST),
           attach=("利用希望者.csv", csv_text(rows).encode("utf-8")))
    _contact(h, rel, c, tel=False)
    h.sens(rel, cands[0], cands[0].diag)
    h.rec(rel, "email_address", st.mail, st.id, True)
    h.rec(rel, "person_name", st.last, st.id, True)


def order(h: Workshop) -> None:
    """08_メール/2024-10-21_パン注文（さやまフーズ）.eml: a Luhn-valid order number and a lot
    number passing the My Number check (hard negatives), the buyer's surname."""
    rng, cp = h.rng, h.comp[0]
    orderno = luhn_number(rng, "45", 16)
    lot = my_number(rng, zero_lead="draw")
    rel = "08_メール/2024-10-21_パン注文（さやまフーズ）.eml"
    body = f"""ひだまり工房 ご担当者様

{cp['name']} 購買部の佐々木です。
下記の通り発注いたします。

発注番号：{orderno}
品名：米粉食パン（JAN 4901234567894）× 40斤、ラスク（ロット {lot}）× 120袋
納品日：令和6年10月25日
納品先：{cp['addr']}

請求書は法人番号 {cp['corp']} 宛でお願いします。
TEL {cp['tel']}
"""
    h.mail(rel, f"{cp['name']} 購買部 <order@sayama-foods.co.jp>", NPO_MAIL, "パン注文", body,
           datetime(2024, 10, 21, 11, 0, tzinfo=JST))
    h.rec(rel, "corporate_number", cp["corp"], None, True)
    h.rec(rel, "phone_number", cp["tel"], None, True)
    h.rec(rel, "person_name", "佐々木", None, True)
