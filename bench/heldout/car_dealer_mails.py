"""The car dealer's one mail: the 店長 forwards an insurer's 事故受付 to the front desk (a
customer's 頚椎捻挫, neutral; the adjuster's role address neutral; the body shop's 見積 CSV
attached, 見積番号 passing the 法人番号 check). Its boundary is drawn from the mail's text."""

from __future__ import annotations

from datetime import date

from .car_dealer_people import BODY_SHOP, INSURERS, SHOP_NAME, SHOP_TEL, Dealer, tel
from .japanese import wareki
from .share import mail_bytes

SHOP_MAILS = ("tencho@minato-auto.example.jp", "front@minato-auto.example.jp")


def accident(d: Dealer) -> None:
    """Fwd_事故受付_保険請求.eml: the adjuster (drawn here) writes about the 43rd customer."""
    path = "メール/Fwd_事故受付_保険請求.eml"
    R, a = d.rng, d.add
    p, (insurer, insurer_tel), chief, front = d.customers[42], INSURERS[0], d.staff[0], d.staff[8]
    adjuster = d.person("X01", 28, 60)
    policy, claim = d.luhn("4"), d.my_number()
    adjuster_mail = f"claims-{R.randint(100, 999)}@tokio-example.co.jp"
    happened = d.between(date(2026, 9, 1), date(2026, 10, 20))
    body = f"""{front.name()}さん

事故対応の件、保険会社からの連絡を転送します。お客様への折り返しをお願いします。

{chief.name()}
{SHOP_NAME} 店長
TEL {tel(SHOP_TEL)}

-------- Forwarded Message --------
From: {adjuster.name()} <{adjuster_mail}>
Subject: 事故受付のご連絡（証券番号 {policy}）

{SHOP_NAME}
ご担当者様

いつもお世話になっております。{insurer} 損害サービス課の{adjuster.name('')}です。
ご契約者 {p.name()} 様（ご連絡先 {tel(p.mobile)}）の事故について受付いたしました。
事故日：{wareki(happened)}　証券番号：{policy}　事故受付番号：{claim}
事故車両：{p.car}（{p.plate}、車台番号 {p.vin}）
修理工場：{BODY_SHOP[0]}（TEL {tel(BODY_SHOP[1])}）
ご契約者様は事故により頚椎捻挫で通院中とのことで、人身傷害の請求書類を郵送いたします。
送付先：{p.addr.zip('〒')} {p.addr.kanji()}

{insurer}　お客様相談窓口 {tel(insurer_tel)}
"""
    for category, value, who in [("person_name", p.name(), p), ("phone_number", p.mobile, p),
                                 ("postal_code", p.addr.postal, p),
                                 ("address", p.addr.kanji(), p),
                                 ("person_name", adjuster.name(), adjuster),
                                 ("person_name", chief.name(), chief),
                                 ("person_name", front.name(), front)]:
        a(path, category, value, who)
    a(path, "sensitive", "頚椎捻挫", p, True)
    for number in (SHOP_TEL, BODY_SHOP[1], insurer_tel):
        a(path, "phone_number", number, None, True)
    estimate = (f"見積番号,車台番号,部品,金額\n"
                f"{d.corporate_number()},{p.vin},フロントバンパー,84000\n"
                f"{d.corporate_number()},{p.vin},ヘッドランプ,62000\n")
    d.share.write(path, mail_bytes(f"{chief.last} <{SHOP_MAILS[0]}>", SHOP_MAILS[1],
                                   "Fwd: 事故受付のご連絡", "Tue, 20 Oct 2026 10:12:00 +0900", body,
                                   [("mitsumori.csv", estimate.encode(), "text", "csv")]))
    a(path, "person_name", chief.last, chief, True)
    a(path, "email_address", adjuster_mail, adjuster, True)
    for address in SHOP_MAILS:
        a(path, "email_address", address, None, True)
