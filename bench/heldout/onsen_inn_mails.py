"""The inn's mails: three じゃらん and two 楽天 booking notices, two Booking.com confirmations (a
virtual card), the 社員旅行 roster forwarded with its CSV, a sake dealer's and a wedding inquiry."""

from __future__ import annotations

import datetime
import re
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr

from .identifiers import card_groups, luhn_number
from .japanese import wareki_short
from .onsen_inn_people import INN, Inn, addr, zen
from .share import csv_text

DT = datetime.datetime(2024, 9, 20, 10, 0)
NOTICE_NOTES = ["", "記念日のためケーキ希望", "到着18時頃"]


def eml(n: Inn, path: str, frm: str, to: str, subj: str, body: str, date: datetime.datetime,
        attach: list[tuple[str, bytes]] | None = None) -> None:
    """An .eml as gen.py's email.mime wrote it (base64 UTF-8 body, RFC 2047 subject), its
    Message-ID drawn and its boundary replaced by one naming the seed."""
    m = MIMEMultipart() if attach else MIMEText(body, "plain", "utf-8")
    if attach:
        m.attach(MIMEText(body, "plain", "utf-8"))
    m["From"] = frm
    m["To"] = to
    m["Subject"] = Header(subj, "utf-8").encode()
    m["Date"] = date.strftime("%a, %d %b %Y %H:%M:%S +0900")
    m["Message-ID"] = f"<{n.rng.randint(10**9, 10**10)}.{n.seed}@mail.yumoto-kawase.jp>"
    for fn, data in attach or []:
        a = MIMEApplication(data, Name=fn)
        a.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fn))
        m.attach(a)
    s = m.as_bytes()
    s = re.sub(rb"=+(\d{19})==", rb"===============00000000000000%d==" % n.seed, s)
    s = re.sub(rb'boundary="=+\d+=="', b'boundary="===============BND%d=="' % n.seed, s)
    s = re.sub(rb"--=+\d+==", b"--===============BND%d==" % n.seed, s)
    n.share.write(path, s)


def ota(n: Inn) -> None:
    """じゃらん, 楽天 and Booking.com notices: names, phones, addresses, a birth date, a masked
    and a full virtual card, needs in the guests' requests."""
    rng = n.rng
    for k, p in enumerate(n.guests[50:53]):
        path = f"メール/じゃらん/予約通知_{p.res}.eml"
        need = n.needs.get(p.id) or rng.choice(NOTICE_NOTES)
        body = f"""【じゃらんnet】予約通知
{INN['name']} ご担当者様

以下の内容で予約が入りました。

予約番号　　：{zen(p.res) if k == 1 else p.res}
宿泊日　　　：{p.cin.year}年{p.cin.month}月{p.cin.day}日から{p.nights}泊
宿泊者氏名　：{p.name}（{p.kana}）様
電話番号　　：{n.phone(p.tel)}
住所　　　　：〒{p.zip} {addr(p)}
大人　　　　：2名
プラン　　　：【一泊二食】旬の会席と源泉かけ流し
ご要望　　　：{need}
ポイント利用：0pt

※本メールは送信専用アドレスから配信されています。
じゃらんnet 宿泊施設サポートデスク
"""
        eml(n, path, "じゃらんnet <info@jalan-yoyaku.example.jp>", INN["mail"],
            "【じゃらん】予約通知 {} {}様".format(p.cin.strftime("%m/%d"), p.name), body,
            DT + datetime.timedelta(days=k))
        n.tn(path, p, kana=True)
        n.t(path, "phone_number", p.tel, p)
        n.t(path, "postal_code", p.zip, p)
        n.t(path, "address", addr(p), p)
        n.t(path, "email_address", INN["mail"], None, True)
        if need and need in n.needs.values():
            n.t(path, "sensitive", need, p)
    for k, p in enumerate(n.guests[53:55]):
        path = f"メール/楽天トラベル/rakuten_{k + 1}.eml"
        message = (f"母が{n.needs[p.id]}です。よろしくお願いします。" if p.id in n.needs
                   else "特になし")
        body = f"""楽天トラベル 予約受付のお知らせ（キャンセル規定あり）

■予約番号：RY{p.res}
■宿泊者：{p.sei}　{p.mei} 様（{p.kana}）
■連絡先：{p.tel}
■E-mail：{p.email}
■生年月日（会員登録情報）：{p.dob.year}年{p.dob.month}月{p.dob.day}日
■チェックイン：{p.cin.isoformat()} 16:00
■お支払い：事前カード決済（{p.card[:4]}-****-****-{p.card[-4:]}）

お客様からのメッセージ：
{message}
"""
        eml(n, path, "Rakuten Travel <travel-noreply@rakuten-travel.example.jp>", INN["mail"],
            f"[楽天トラベル] 予約受付 {p.name}様", body, DT + datetime.timedelta(days=5 + k))
        n.tn(path, p, kana=True)
        n.t(path, "phone_number", p.tel, p)
        n.t(path, "email_address", p.email, p)
        n.t(path, "date_of_birth", p.dob.isoformat(), p)
        n.t(path, "email_address", INN["mail"], None, True)
        if p.id in n.needs:
            n.t(path, "sensitive", n.needs[p.id], p)
    for k, p in enumerate(n.foreign[10:12]):
        path = f"メール/Booking.com/booking_confirmation_{k + 1}.eml"
        relay = (f"{p.first.lower()[:4]}.{p.last.lower()[:3]}.{rng.randint(100, 999)}"
                 "@guest.booking.com")
        body = f"""New booking! Reservation #{luhn_number(rng, "4", 16)[:10]}

Guest name: {p.name}
Guest e-mail: {relay}
Phone: {p.tel}
Country: {p.country}
Check-in: {p.cin.strftime('%a %d %b %Y')}
Rooms: 1 x Japanese-Style Room with Private Open-Air Bath
Special requests: I am allergic to shellfish. Please also note we arrive late (around 21:00).

Virtual card (VCC) for this reservation:
  Card number: {card_groups(p.card, ' ')}
  Expiry: {p.exp[0]:02d}/20{p.exp[1]}
  CVC: {p.cvc}

Booking.com B.V. — this is an automated message.
"""
        eml(n, path, "Booking.com <noreply@booking.example.com>", INN["mail"],
            f"Booking.com - New booking! ({p.name})", body, DT + datetime.timedelta(days=8 + k))
        n.t(path, "person_name", p.name, p)
        n.t(path, "email_address", relay, p)
        n.t(path, "phone_number", p.telnorm, p)
        n.t(path, "credit_card_number", p.card, p)
        n.t(path, "card_expiry", f"20{p.exp[1]:02d}-{p.exp[0]:02d}", p)
        n.t(path, "card_security_code", p.cvc, p)
        n.t(path, "sensitive", "allergic to shellfish", p)
        n.t(path, "email_address", INN["mail"], None, True)


def group(n: Inn) -> None:
    """The 社員旅行 organiser's roster forwarded by the front: ten names, birth dates (for the
    travel insurance), a pregnancy and an allergy in the CSV; the organiser's mobile."""
    rng, grp = n.rng, n.guests[60:70]
    leader, clerk = grp[0], n.staff[1]
    path = "メール/団体/Fwd_社員旅行の名簿送付.eml"
    path_a = path + "!社員旅行名簿.csv"
    rows = [["No", "氏名", "ふりがな", "性別", "生年月日", "部屋割り", "食事制限"]]
    for i, p in enumerate(grp):
        need = rng.choice(["", "", "", "えびアレルギー", "妊娠中のため生もの不可"])
        rows.append([i + 1, p.name, p.kana, rng.choice(["男", "女"]),
                     wareki_short(p.dob, padded=False) if i % 2 else p.dob.strftime("%Y/%m/%d"),
                     f"A{i // 3 + 1}", need])
        n.tn(path_a, p, kana=True)
        n.t(path_a, "date_of_birth", p.dob.isoformat(), p)
        if need:
            n.t(path_a, "sensitive", "妊娠中" if "妊娠" in need else need, p)
    body = f"""女将さん

団体の件、幹事様から名簿が届きましたので転送します。
部屋割りと食事制限の確認をお願いします。
{clerk.sei}

-------- Forwarded Message --------
Subject: 社員旅行（11/15-16）名簿の件
Date: Mon, 23 Sep 2024 09:12:00 +0900
From: {leader.name} <{leader.email}>
To: {INN['mail']}

{INN['name']}
ご担当者様

いつもお世話になっております。株式会社マルタ精機 総務の{leader.sei}です。
11/15の社員旅行の参加者名簿を添付いたします。
> 旅行保険加入のため、生年月日もご記入ください
とのことでしたので、生年月日も入れてあります。

当日の連絡は私の携帯 {n.phone(leader.tel, 3)} までお願いします。
会社代表番号 052-581-2200 は土日不在です。

株式会社マルタ精機 総務部
{leader.name}
"""
    eml(n, path, formataddr((clerk.name, "front@yumoto-kawase.jp")), "okami@yumoto-kawase.jp",
        "Fwd: 社員旅行（11/15-16）名簿の件", body, DT + datetime.timedelta(days=3),
        attach=[("社員旅行名簿.csv", csv_text(rows).encode("cp932"))])
    n.t(path, "person_name", clerk.name, clerk)
    n.sur(path, clerk)
    n.tn(path, leader)
    n.sur(path, leader)
    n.t(path, "email_address", leader.email, leader)
    n.t(path, "phone_number", leader.tel, leader)
    n.t(path, "phone_number", "052-581-2200", None, True)
    for mail in (INN["mail"], "front@yumoto-kawase.jp", "okami@yumoto-kawase.jp"):
        n.t(path, "email_address", mail, None, True)


def vendor(n: Inn) -> None:
    """The sake dealer's delivery notice: its 営業's name, kana and mobile, its 登録番号."""
    v, okami = n.vendors[0], n.staff[0]
    path = "メール/業者/丸八酒店_納品のご案内.eml"
    body = f"""{INN['name']}
女将 {okami.name} 様

いつもありがとうございます。丸八酒店の{v.sei}です。
10月分の地酒の納品日についてご連絡いたします。
10/4（金）午前中に伺います。ご不在の場合は私の携帯までご連絡ください。

請求書は適格請求書（登録番号 T{n.vendor_corp}）で郵送いたします。

━━━━━━━━━━━━━━
{v.co}
営業 {v.name}（{v.kana}）
〒414-0044 静岡県伊東市中央町5-8
TEL {v.cotel}　携帯 {v.mtel}
{v.wmail}
━━━━━━━━━━━━━━
"""
    eml(n, path, formataddr((v.name, v.wmail)), INN["mail"], "10月分 納品のご案内", body, DT)
    n.tn(path, v, kana=True)
    n.sur(path, v)
    n.t(path, "phone_number", v.mtel, v)
    n.t(path, "email_address", v.wmail, v, True)
    n.t(path, "phone_number", v.cotel, None, True)
    n.t(path, "address", "静岡県伊東市中央町5-8", None, True)
    n.t(path, "postal_code", "414-0044", None, True)
    n.t(path, "corporate_number", n.vendor_corp, None, True)
    n.t(path, "person_name", okami.name, okami)
    n.t(path, "email_address", INN["mail"], None, True)


def wedding(n: Inn) -> None:
    """A groom's inquiry for a family dinner: his fiancée's name and birth date, his phone and
    address."""
    bride, groom = n.guests[70], n.guests[71]
    path = "メール/宴会/婚礼のご相談.eml"
    body = f"""{INN['name']} 宴会ご担当 様

はじめてご連絡いたします。{groom.name}と申します。
来年春に婚約者の{bride.name}（{bride.dob.year}年{bride.dob.month}月{bride.dob.day}日生）と
家族のみで食事会を考えております。

・日程：2025年4月19日（土）
・人数：両家あわせて18名程度
・祖母が車椅子のため、段差のない会場を希望します

連絡先：{groom.tel}
住所：〒{groom.zip} {addr(groom, pref=False)}

よろしくお願いいたします。
{groom.name}
"""
    eml(n, path, formataddr((groom.name, groom.email)), INN["mail"], "婚礼（食事会）のご相談",
        body, DT + datetime.timedelta(days=12))
    n.tn(path, groom)
    n.tn(path, bride)
    n.t(path, "date_of_birth", bride.dob.isoformat(), bride)
    n.t(path, "phone_number", groom.tel, groom)
    n.t(path, "email_address", groom.email, groom)
    n.t(path, "postal_code", groom.zip, groom)
    n.t(path, "address", addr(groom, pref=False), groom)
    n.t(path, "email_address", INN["mail"], None, True)

