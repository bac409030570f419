"""The salon's mails: three Hot Pepper Beauty booking notices (a pregnancy asked about), the
manager forwarding a customer's change of booking, the LINE bookings of the day (a CSV
attached) and the dealer's reply (an order number passing Luhn).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from .identifiers import luhn_number
from .salon_people import SALON_MAIL, SALON_PHONE, Salon, work_mail

JST = timezone(timedelta(hours=9))


def booking_notices(h: Salon) -> None:
    """メール/予約通知/HPB_予約_N.eml: three customers of the 21st to 90th."""
    rng = h.rng
    for i, c in enumerate(rng.sample(h.cust[20:90], 3)):
        path = f"メール/予約通知/HPB_予約_{i + 1}.eml"
        rsv = f"BE{rng.randint(10000000, 99999999)}"
        dt = datetime(2024, 10, rng.randint(1, 28), rng.randint(9, 20), 0, tzinfo=JST)
        nm, kn = c.name(" "), c.kana(" ")
        day, dow, hour = rng.randint(2, 28), rng.choice("月火水木金土日"), rng.randint(10, 18)
        tel = h.tel(c.mobile, "-")
        wish = rng.choice(["敏感肌なのでしみにくい薬剤でお願いします。", "前回と同じ感じで。",
                           "妊娠中（6ヶ月）ですが大丈夫でしょうか。", "特になし"])
        body = f"""Hair Make LUMIERE {c.store} ご担当者様

ホットペッパービューティーより新規予約が入りました。

■予約番号　{rsv}
■氏名　　　{nm}（{kn}）様
■来店日時　2024年11月{day}日（{dow}）{hour}:00
■指名スタッフ　{c.sty.name(' ')}
■メニュー　【平日限定】カット+カラー+トリートメント ¥8,800
■電話番号　{tel}
■ご要望・ご質問
{wish}

※本メールは送信専用です。
ホットペッパービューティー サロンボード
"""
        h.mail(path, "SALON BOARD <yoyaku@beauty.example.jp>", f"{c.store} <{SALON_MAIL}>",
               f"【予約】{nm}様 {rsv}", body, dt)
        h.facts(path, c, "name kana phone")
        if "妊娠中" in body:
            h.rec(path, "sensitive", "妊娠中", c.id)
        h.rec(path, "person_name", c.sty.full, c.sty.id, True)
        h.rec(path, "email_address", SALON_MAIL, None, True)


def forward(h: Salon) -> None:
    """メール/Fw_予約変更のお願い.eml: the manager forwards the 13th customer's mail, which
    quotes the shop's reply."""
    c, s0, s1, path = h.cust[12], h.staff[0], h.staff[1], "メール/Fw_予約変更のお願い.eml"
    body = f"""{s1.last}さん

お客様から下記のメールが来ています。明日のシフト調整お願いします。
{s0.full}

---------- Forwarded message ---------
From: {c.name(' ')} <{c.email}>
Date: 2024年10月14日(月) 21:03
Subject: 予約変更のお願い
To: <{SALON_MAIL}>

いつもお世話になっております。{c.full}です。
10/16 14時のカラーの予約ですが、子供が熱を出してしまい18日に変更できますでしょうか。
連絡は携帯 {h.tel(c.mobile)} までお願いします。

> {c.store}　{c.sty.last}様
> ご予約ありがとうございます。当日お待ちしております。
> Hair Make LUMIERE {c.store}　TEL {h.tel(SALON_PHONE, '-')}

--
{c.name(' ')}
"""
    h.mail(path, f"{s0.name(' ')} <{work_mail(s0)}>", work_mail(s1), "Fw: 予約変更のお願い",
           body, datetime(2024, 10, 14, 22, 10, tzinfo=JST))
    h.facts(path, c, "name email phone")
    h.rec(path, "person_name", s0.full, s0.id)
    h.rec(path, "person_name", s1.last, s1.id, True)
    h.rec(path, "person_name", c.sty.last, c.sty.id, True)
    h.rec(path, "email_address", work_mail(s0), s0.id, True)
    h.rec(path, "email_address", work_mail(s1), s1.id, True)
    h.rec(path, "email_address", SALON_MAIL, None, True)
    h.rec(path, "phone_number", SALON_PHONE, None, True)


def line_bookings(h: Salon) -> None:
    """メール/LINE予約_本日の予約一覧.eml: six customers' bookings in the attached CSV, the
    first named in the body too."""
    rng, path = h.rng, "メール/LINE予約_本日の予約一覧.eml"
    day = rng.sample(h.cust[30:100], 6)
    lines = [f"{10 + i}:00,{c.name(' ')},{h.tel(c.mobile, '-')},"
             f"{rng.choice(['カット', 'カラー', 'ネイル', 'まつエク'])}" for i, c in enumerate(day)]
    att = "時間,お名前,電話番号,メニュー\n" + "\n".join(lines) + "\n"
    body = f"""LINE公式アカウント「Hair Make LUMIERE」
本日（11/1）のLINE予約は{len(day)}件です。詳細は添付ファイルをご確認ください。
先頭のお客様：{day[0].full}様 {day[0].last_kana}様（初回）
"""
    h.mail(path, "LINE予約 <noreply@line-yoyaku.example.com>", SALON_MAIL,
           "本日の予約一覧（三軒茶屋店）", body, datetime(2024, 11, 1, 7, 0, tzinfo=JST),
           ("yoyaku_20241101.csv", att.encode("utf-8"), "text", "csv"))
    for c in day:
        h.facts(path + "!yoyaku_20241101.csv", c, "name phone")
    h.facts(path, day[0], "name")
    h.rec(path, "person_name", day[0].last_kana, day[0].id, True)
    h.rec(path, "email_address", SALON_MAIL, None, True)


def dealer(h: Salon) -> None:
    """メール/RE_薬剤発注の件.eml: the dealer's rep, his mobile; a Luhn-valid order number."""
    rng, path, v, boss = h.rng, "メール/RE_薬剤発注の件.eml", h.vendor, h.staff[0]
    order = luhn_number(rng, "4", 16)  # an order no. that passes Luhn: not a card
    vmail = f"{v.last_roman.lower()}@beauty-supply-tokyo.co.jp"
    body = f"""Hair Make LUMIERE
{boss.last}様

いつもお世話になっております。ビューティーサプライ東京の{v.last}です。
ご注文（注文番号 {order}）のノンジアミンカラー剤24本、11/5着で手配いたしました。
請求書番号 INV-{rng.randint(100000, 999999)} は月末締めでお送りします。

> {v.last}様
> いつもありがとうございます。追加でお願いできますか。{boss.last}

――――――――――――――――
株式会社ビューティーサプライ東京　営業部
{v.name(' ')}
携帯：{h.tel(v.mobile, '-')}
TEL：03-3821-5500　FAX：03-3821-5501
{vmail}
"""
    h.mail(path, f"{v.name(' ')} <{vmail}>", work_mail(boss), "RE: 薬剤発注の件", body,
           datetime(2024, 10, 30, 11, 20, tzinfo=JST))
    h.rec(path, "person_name", v.full, v.id)
    h.rec(path, "phone_number", v.mobile, v.id)
    h.rec(path, "email_address", vmail, v.id, True)
    h.rec(path, "person_name", boss.last, boss.id, True)
    h.rec(path, "person_name", v.last, v.id, True)
    h.rec(path, "phone_number", "0338215500", None, True)
    h.rec(path, "phone_number", "0338215501", None, True)
    h.rec(path, "email_address", work_mail(boss), boss.id, True)
