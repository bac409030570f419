"""The online shop's prose: support mails (English ones too), 返品依頼書 forms and the manager's
memo with full-width digits and hyphen look-alikes."""

from __future__ import annotations

import docx

from .japanese import FULL_WIDTH, HYPHENS
from .online_shop_people import SHOP, Shop, era_birthday
from .share import mail_bytes
from .truth import normalize


def _mail(shop: Shop, name: str, sender: str, to: str, subject: str, body: str) -> None:
    date = f"Tue, 14 Oct 2025 10:2{shop.rng.randint(0, 9)}:00 +0900"
    shop.share.write(f"support/mail/{name}", mail_bytes(sender, to, subject, date, body))


def mails(shop: Shop) -> None:
    """A customer's return request, a reply to a foreign customer quoting her, and a forward
    naming a customer's family abroad; staff addresses and surnames alone are neutral."""
    st, c = shop.staff[0], shop.customers[5]
    order = shop.orders[c.pid]
    p = "support/mail/20251014_返品のご相談.eml"
    _mail(shop, "20251014_返品のご相談.eml", c.email, "info@example-shop.jp",
          "返品について（注文番号 " + order + "）",
          f"みどり屋ストア ご担当者様\n\n{c.sei}{c.mei}と申します。\n"
          "先日注文した商品が破損しておりました。\n"
          f"注文番号：{order}\n連絡先：{c.ph}\n住所：〒{c.zip} {c.addr}\n\n"
          f"交換をお願いできますでしょうか。\n\n--\n{c.sei} {c.mei}\n")
    for cat, v in [("email_address", c.email), ("person_name", c.sei + c.mei),
                   ("phone_number", c.ph), ("postal_code", c.zip), ("address", c.addr)]:
        shop.add(p, cat, v, c.pid)
    shop.add(p, "email_address", "info@example-shop.jp", None, True)

    fo, c2 = shop.foreign[0], shop.customers[6]
    p = "support/mail/Re_Order_not_delivered.eml"
    tracking = shop.look_alike("3")
    _mail(shop, "Re_Order_not_delivered.eml", f"{st.sei} {st.mei} <{st.email}>",
          f"{fo.name} <{fo.email}>", "Re: Order not delivered",
          f"Dear {fo.name},\n\nThank you for contacting us. We have re-shipped your order.\n"
          f"Tracking number: {tracking}\n\nBest regards,\n{st.sei} {st.mei} / Customer Support\n"
          f"Midoriya Store  TEL {SHOP['tel']}\n\n-----Original Message-----\n"
          f"From: {fo.name} <{fo.email}>\nSent: Monday, October 13, 2025 9:12 PM\n"
          "Subject: Order not delivered\n\n"
          "Hi, I ordered green tea two weeks ago and it has not arrived.\n"
          "My address is 2-8-5 Ebisu, Shibuya-ku, Tokyo 150-0013 (staying at my friend's place).\n"
          f"Phone: {fo.phone}\nThanks,\nEmily\n")
    shop.add(p, "email_address", fo.email, fo.pid)
    shop.add(p, "person_name", fo.name, fo.pid)
    shop.add(p, "phone_number", normalize("phone_number", fo.phone), fo.pid, True)
    shop.add(p, "email_address", st.email, st.pid, True)
    shop.add(p, "person_name", st.sei + st.mei, st.pid)
    shop.add(p, "postal_code", "150-0013", fo.pid)
    shop.add(p, "address", "2-8-5Ebisu,Shibuya-ku,Tokyo", fo.pid, True)
    shop.add(p, "phone_number", SHOP["tel"], None, True)

    fo2, s2 = shop.foreign[1], shop.staff[1]
    p = "support/mail/Fwd_海外発送の問い合わせ.eml"
    _mail(shop, "Fwd_海外発送の問い合わせ.eml", s2.email, st.email, "Fwd: 海外発送の問い合わせ",
          f"{st.sei}さん\n\n下記、海外からの問い合わせです。対応お願いします。\n"
          f"会員番号 {c2.member} の{c2.sei}様のご家族とのことです。\n\n{s2.sei}\n\n"
          f"---------- Forwarded message ---------\nFrom: {fo2.name} <{fo2.email}>\n"
          "Date: 2025年10月12日(日) 8:03\nSubject: International shipping\n\n"
          f"Hello, can you ship to Australia? My mother-in-law {c2.sei} {c2.mei} ({c2.ph}) "
          f"recommended your shop.\nRegards, {fo2.name}\n")
    for cat, v, pid, neutral in [("email_address", s2.email, s2.pid, True),
                                 ("email_address", st.email, st.pid, True),
                                 ("email_address", fo2.email, fo2.pid, False),
                                 ("person_name", fo2.name, fo2.pid, False),
                                 ("person_name", c2.sei + c2.mei, c2.pid, False),
                                 ("phone_number", c2.ph, c2.pid, False)]:
        shop.add(p, cat, v, pid, neutral)
    shop.add(p, "person_name", st.sei, st.pid, True)
    shop.add(p, "person_name", s2.sei, s2.pid, True)
    shop.add(p, "person_name", c2.sei, c2.pid, True)


def return_forms(shop: Shop) -> None:
    """返品・交換依頼書 (docx): label|value tables, one with a refund bank account."""
    R = shop.rng
    for k, c in enumerate([shop.customers[7], shop.customers[8], shop.customers[88]]):
        p = f"returns/返品依頼書_{c.member}.docx"
        d = docx.Document()
        d.add_heading("返品・交換依頼書", 1)
        received = R.randint(1, 28)
        d.add_paragraph(f"受付日：2025年10月{received}日　　受付番号：{shop.look_alike('5')}")
        t = d.add_table(rows=0, cols=2)
        for a, b in [("お名前", c.name), ("フリガナ", c.kana), ("ご住所", f"〒{c.zip}　{c.addr}"),
                     ("電話番号", c.ph), ("注文番号", shop.orders.get(c.pid, shop.order_number())),
                     ("返品理由", "サイズ違い")]:
            r = t.add_row().cells
            r[0].text = a
            r[1].text = b
        if k == 1:
            account = str(R.randint(1000000, 9999999))
            d.add_paragraph(f"返金先口座：三井住友銀行 渋谷支店 普通 {account}")
            shop.add(p, "bank_account", account, c.pid)
        else:
            d.add_paragraph("返金方法：クレジットカード返金")
        d.add_paragraph(f"株式会社みどり屋ストア　{SHOP['addr']}　TEL {SHOP['tel']}")
        shop.share.save(p, d)
        for cat, v in [("person_name", c.name), ("person_name", c.kana), ("postal_code", c.zip),
                       ("address", c.addr), ("phone_number", c.ph)]:
            shop.add(p, cat, v, c.pid)
        shop.add(p, "phone_number", SHOP["tel"], None, True)
        shop.add(p, "address", SHOP["addr"], None, True)


def manager_memo(shop: Shop) -> None:
    """店長メモ: a 和暦 birth date, full-width digits, a hyphen look-alike, a death date and
    うつ病; the staff member's surname alone is neutral."""
    p = "share/店長メモ_対応記録.txt"
    c, c3, c4 = shop.customers[12], shop.customers[13], shop.customers[20]
    hy = shop.rng.choice(HYPHENS)
    slip, inquiry = shop.look_alike("6"), shop.look_alike("7")
    ph3 = c3.phone[:3] + hy + c3.phone[3:7] + hy + c3.phone[7:]
    txt = f"""■10/3 電話対応（担当：{shop.staff[2].sei}）
{c.sei}{c.mei}様（{era_birthday(c.dob)}生）より、定期便の解約について。
折り返し先：{c.phone.translate(FULL_WIDTH)}
→ 解約処理済み。注文番号 {shop.orders.get(c.pid, '')} は返金なし。

■10/5 {c3.sei} {c3.mei}様 電話 {ph3}
ご主人が先月亡くなられたため名義変更希望（死亡日：令和7年9月12日）。
新住所：{c3.addr_short.translate(FULL_WIDTH)}

■10/9 クレーム
{c4.name}様、うつ病で療養中とのこと、配達員の対応について強い口調でお怒り。
メール {c4.email} に謝罪文送付済。伝票番号 {slip} 問い合わせ番号 {inquiry}

店舗：{SHOP['name']} {SHOP['addr']} 電話 {SHOP['tel']}
"""
    shop.share.write(p, txt)
    for cat, v, pid in [("person_name", c.sei + c.mei, c.pid), ("date_of_birth", c.dob, c.pid),
                        ("phone_number", c.phone, c.pid),
                        ("person_name", c3.sei + c3.mei, c3.pid),
                        ("phone_number", c3.phone, c3.pid),
                        ("address", c3.addr_short.translate(FULL_WIDTH), c3.pid),
                        ("person_name", c4.name, c4.pid), ("sensitive", "うつ病", c4.pid),
                        ("email_address", c4.email, c4.pid)]:
        shop.add(p, cat, v, pid)
    shop.add(p, "person_name", shop.staff[2].sei, shop.staff[2].pid, True)
    shop.add(p, "phone_number", SHOP["tel"], None, True)
    shop.add(p, "address", SHOP["addr"], None, True)
