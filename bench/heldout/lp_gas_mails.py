"""The retailer's mails: a customer's complaint about his bill (a wife in hospital), the builder
asking for a water heater's replacement, the president's campaign list forwarded (a CSV
attached) and the safety section's reply quoting a son's mail (a mother's dementia).
"""

from __future__ import annotations

from email.utils import formataddr

from .lp_gas_people import CO_FAX, CO_MAIL, CO_NAME, CO_TEL, Propane
from .share import csv_text


def complaint(h: Propane) -> None:
    """メール/【苦情】ガス料金について.eml: the sixth customer on a bill twice the usual."""
    rng, path, c = h.rng, "メール/【苦情】ガス料金について.eml", h.cust[5]
    c.email = c.email or "k." + c.kana("")[:2].lower() + "1958@yahoo.co.jp"
    if not c.email.isascii():
        c.email = f"kujou{rng.randint(10, 99)}@yahoo.co.jp"
    body = f"""北上プロパン商会 御中

いつもお世話になっております。{c.short}の{c.last}です。
先月の請求書を見たら、ガス代が14,850円になっていました。
普段は8千円くらいなのに倍近いのはおかしいと思います。
検針の人が数字を読み間違えたのではないでしょうか。
メーター番号は{c.meter}です。
妻が入院していて（心臓の手術）家にはほとんど私一人なので、こんなに使うはずがありません。

至急確認して、下記まで連絡ください。

{c.name()}
電話 {h.tel(c.phone, 0)}
"""
    h.mail(path, formataddr((c.full, c.email)), CO_MAIL, "【苦情】ガス料金について", body,
           "Mon, 11 Nov 2024 21:14:03 +0900")
    h.rec(path, "person_name", c.full, c.id)
    h.rec(path, "email_address", c.email, c.id)
    h.rec(path, "phone_number", c.phone, c.id)
    h.rec(path, "address", c.short, c.id)
    h.rec(path, "email_address", CO_MAIL, None, True)
    h.rec(path, "person_name", c.last, c.id, True)


def builder(h: Propane) -> None:
    """メール/給湯器交換のご依頼（佐藤工務店）.eml: the builder's contact, his mobile and his
    elderly client (the thirteenth customer)."""
    path, v, st = "メール/給湯器交換のご依頼（佐藤工務店）.eml", h.vendor, h.staff[7]
    h.seshu = seshu = h.cust[12]
    body = f"""北上プロパン商会
住設課 {st.last}様

いつもお世話になっております。佐藤工務店の{v.last}です。
下記現場のガス給湯器交換をお願いしたく、ご連絡いたしました。

現場：{seshu.addr}
施主：{seshu.full}様（電話 {h.tel(seshu.phone, 2)}）
品番：GT-C2462SAWX BL（ノーリツ）24号 エコジョーズ
希望日：11月20日（水）午前

施主様はご高齢で耳が遠いので、訪問前に私の携帯へご連絡ください。
よろしくお願いいたします。

--
有限会社 佐藤工務店
{v.name()}
〒029-0803 岩手県一関市千厩町千厩字町227
TEL 0191-52-2231 / 携帯 {h.tel(v.mob or "09011112222", 0)}
{v.wmail}
"""
    v.mob = v.mob or "09011112222"
    h.mail(path, formataddr(("佐藤工務店 " + v.last, v.wmail)), "jyusetsu@kitakami-propane.co.jp",
           "給湯器交換のご依頼", body, "Tue, 12 Nov 2024 08:40:11 +0900")
    h.rec(path, "person_name", v.full, v.id)
    h.rec(path, "phone_number", v.mob, v.id)
    h.rec(path, "email_address", v.wmail, v.id, True)
    h.rec(path, "person_name", seshu.full, seshu.id)
    h.rec(path, "address", seshu.addr, seshu.id)
    h.rec(path, "phone_number", seshu.phone, seshu.id)
    h.rec(path, "phone_number", "0191522231", None, True)
    h.rec(path, "person_name", v.last, v.id, True)
    h.rec(path, "email_address", "jyusetsu@kitakami-propane.co.jp", None, True)
    h.rec(path, "address", "岩手県一関市千厩町千厩字町227", None, True)
    h.rec(path, "postal_code", "0290803", None, True)
    h.rec(path, "person_name", st.last, st.id, True)


def campaign(h: Propane) -> None:
    """メール/Fwd_切替キャンペーン対象リスト.eml: 22 customers in the attached CSV."""
    rng, path, boss = h.rng, "メール/Fwd_切替キャンペーン対象リスト.eml", h.staff[0]
    at = path + "!切替対象.csv"
    rows: list[list[object]] = [["顧客番号", "氏名", "電話", "メール", "現在の容器", "コメント"]]
    for c in h.cust[40:62]:
        tel = h.tel(c.phone, rng.choice([0, 1, 3]))
        rows.append([c.cust, c.full, tel, c.email or "", rng.choice(["50kg", "20kg"]),
                     rng.choice(["", "エコジョーズ提案", "IH検討中とのこと"])])
        h.rec(at, "person_name", c.full, c.id)
        h.rec(at, "phone_number", c.phone, c.id)
        if c.email:
            h.rec(at, "email_address", c.email, c.id)
    body = f"""{h.staff[2].last}さん

社長からの転送です。添付のリストで電話かけお願いします。

{boss.last}

-------- Forwarded Message --------
From: {boss.full} <shacho@kitakami-propane.co.jp>
Subject: 切替キャンペーン対象
> 営業各位
> 給湯器10年超のお客様リストです。12月中に一巡すること。
"""
    h.mail(path, f"{boss.full} <shacho@kitakami-propane.co.jp>", "eigyo@kitakami-propane.co.jp",
           "Fwd: 切替キャンペーン対象", body, "Wed, 13 Nov 2024 10:02:00 +0900",
           ("切替対象.csv", csv_text(rows, end="\n").encode("utf-8"), "text", "csv"))
    h.rec(path, "person_name", boss.full, boss.id)
    h.rec(path, "email_address", "shacho@kitakami-propane.co.jp", boss.id, True)
    h.rec(path, "email_address", "eigyo@kitakami-propane.co.jp", None, True)
    h.rec(path, "person_name", h.staff[2].last, h.staff[2].id, True)
    h.rec(path, "person_name", boss.last, boss.id, True)


def reply(h: Propane) -> None:
    """メール/Re_保安点検の日程について.eml: the safety section's reply to the 21st customer, his
    mail quoted (his mother's dementia)."""
    rng, path, c, st = h.rng, "メール/Re_保安点検の日程について.eml", h.cust[20], h.staff[3]
    c.email = c.email or f"hikeda{rng.randint(100, 999)}@docomo.ne.jp"
    if not c.email.isascii():
        c.email = f"hoan{rng.randint(100, 999)}@docomo.ne.jp"
    mother = f"母（{rng.choice(['ハル', 'キヨ', 'トミ'])}、{rng.randint(85, 95)}歳）"
    body = f"""{c.last}様

北上プロパン商会 保安係の{st.last}です。
ご連絡ありがとうございます。それでは11月22日(金)14時に伺います。
当日は調整器と給湯器の排気筒を点検いたします（30分程度）。

{CO_NAME} 保安係
{st.full}
TEL {CO_TEL} FAX {CO_FAX}

> {st.last}様
> 点検の件、平日は{mother}しかいないのですが、
> 母は認知症があるので金曜の午後、私が帰省する時に来てもらえますか。
> {c.full}
> {h.tel(c.mob, 0) if c.mob else h.tel(c.tel, 0)}
"""
    h.mail(path, f"{st.full} <hoan@kitakami-propane.co.jp>", c.email, "Re: 保安点検の日程について",
           body, "Thu, 14 Nov 2024 17:30:45 +0900")
    h.rec(path, "person_name", c.full, c.id)
    h.rec(path, "email_address", c.email, c.id)
    h.rec(path, "phone_number", c.mob or c.phone, c.id)
    h.rec(path, "person_name", st.full, st.id)
    h.rec(path, "phone_number", CO_TEL, None, True)
    h.rec(path, "email_address", "hoan@kitakami-propane.co.jp", None, True)
    h.rec(path, "person_name", c.last, c.id, True)
    h.rec(path, "person_name", st.last, st.id, True)
    h.rec(path, "phone_number", CO_FAX, None, True)
    mother = h.person("family", age=(85, 95))
    h.rec(path, "sensitive", "認知症", mother.id)
