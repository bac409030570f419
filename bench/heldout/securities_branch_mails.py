"""The branch's mails: a complaint reported to compliance, a customer's complaint forwarded
(the trade history attached, CP932), an agent's complaint about an elderly parent (a
suspected dementia), a corporate client's thread and a 税理士's request for a deceased
customer's balance certificate.

Staff, contacts' and professionals' mail addresses, the branch's numbers, surnames alone and
the dead are neutral.
"""

from __future__ import annotations

from .japanese import FULL_WIDTH
from .securities_branch_names import romaji
from .securities_branch_people import CO_TEL, COMPANY, STOCKS, Branch, addr, era, phone
from .share import csv_text


def phone_complaint(b: Branch) -> None:
    """苦情/苦情_2024-0912_電話応対.eml: customer 21's 担当 to the first compliance officer."""
    cc1 = b.customers[20]
    rep1, comp1 = cc1.rep, b.compliance[0]
    rel = "苦情/苦情_2024-0912_電話応対.eml"
    body = f"""{comp1.last}さん

お疲れ様です。{rep1.last}です。
本日、下記のお客様から電話応対についてお叱りを受けましたので報告します。

 顧客：{cc1.name()} 様（口座番号 {cc1.acct}）
 生年月日：{era(cc1.born, 1)}
 連絡先：{phone(cc1.mob, '‐')}
 内容：売却注文の約定が遅れた件で、コールセンターの説明が不十分だったとのこと。

折り返しは明日午前中に{rep1.last}から入れる予定です。

--
{COMPANY}  営業課　{rep1.full}
外務員登録番号 {rep1.regno}
TEL 03-5321-1100（内線{rep1.naisen}） / {rep1.work}
"""
    b.mail(rel, addr(rep1), addr(comp1), "【苦情報告】電話応対について", body,
           "Thu, 12 Sep 2024 17:42:10 +0900")
    b.name(rel, cc1)
    b.x(rel, "date_of_birth", cc1.born.isoformat(), cc1)
    b.x(rel, "phone_number", cc1.mob, cc1)
    b.name(rel, rep1, comp1)
    b.x(rel, "email_address", rep1.work, rep1, True)
    b.x(rel, "email_address", comp1.work, comp1, True)
    b.t(rel, "phone_number", CO_TEL, None, True)
    b.surname(rel, rep1, comp1)


def forwarded(b: Branch) -> None:
    """苦情/Fw_取引内容について（*様）.eml: customer 22's complaint forwarded by the 担当, the
    trade history attached in CP932."""
    rng = b.rng
    cc2 = b.customers[21]
    rep2, comp1 = cc2.rep, b.compliance[0]
    if not cc2.mail:
        cc2.mail = f"{romaji(cc2.last_kana)}{rng.randint(10, 99)}@gmail.com"
    rel = f"苦情/Fw_取引内容について（{cc2.last}様）.eml"
    rows: list[list] = [["約定日", "口座番号", "顧客名", "銘柄コード", "銘柄", "売買", "数量",
                         "手数料"]]
    for _ in range(6):
        st = rng.choice(STOCKS)
        rows.append([f"2024/0{rng.randint(6, 9)}/{rng.randint(10, 28)}", cc2.acct, cc2.full, st[0],
                     st[2], "買", rng.randint(1, 9) * 100, rng.randint(500, 3000)])
    body = f"""{comp1.last}様

営業課の{rep2.last}です。お客様からのメールを転送します。
取引履歴を添付しました（システム出力のまま）。ご確認をお願いいたします。

-------- Forwarded Message --------
Subject: 取引内容について
Date: Mon, 7 Oct 2024 22:15:03 +0900
From: {cc2.last_kana} <{cc2.mail}>
To: {rep2.work}

{rep2.last}様

いつもお世話になっております。{cc2.last}です。
先月勧められて購入した投資信託ですが、説明ではリスクは低いと聞いておりました。
こんなに下がるとは思っておらず、大変不満です。手数料も高すぎます。
一度、支店長さんを交えてお話しさせてください。

> {cc2.last}様
> 先日はご来店ありがとうございました。
> ご提案の件、資料を郵送いたしましたのでご確認ください。
> {rep2.full}

{cc2.full}
〒{cc2.postal} {cc2.rest}
携帯 {phone(cc2.mob).translate(FULL_WIDTH)}
"""
    csv_name = f"取引履歴_{cc2.acct}.csv"
    b.mail(rel, addr(rep2), addr(comp1), "Fw: 取引内容について", body,
           "Tue, 8 Oct 2024 09:05:44 +0900",
           [(csv_name, csv_text(rows).encode("cp932"), "text", "csv")])
    b.name(rel, cc2)
    b.x(rel, "email_address", cc2.mail, cc2)
    b.x(rel, "postal_code", cc2.postal, cc2)
    b.x(rel, "address", cc2.rest, cc2)
    b.x(rel, "phone_number", cc2.mob, cc2)
    b.x(rel, "person_name", cc2.last_kana, cc2, True)
    b.name(rel, rep2, comp1)
    b.x(rel, "email_address", rep2.work, rep2, True)
    b.x(rel, "email_address", comp1.work, comp1, True)
    b.surname(rel, rep2, cc2)
    b.name(rel + "!" + csv_name, cc2)  # the attachment is a path of its own
    b.surname(rel, comp1)


def elderly(b: Branch) -> None:
    """苦情/苦情_高齢顧客への勧誘について.eml: the first agent complains that the parent, whose
    doctor suspects dementia, was sold foreign bonds."""
    ag = b.agents[0]
    old, doctor = ag.of, b.ext["doctor"]
    b.health[old.id] = "認知症の疑い"
    if not ag.mail:
        ag.mail = f"{romaji(ag.first_kana)}.{romaji(ag.last_kana)}@yahoo.co.jp"
    rel = "苦情/苦情_高齢顧客への勧誘について.eml"
    body = f"""丸星証券 新宿支店 御中

{old.full}の{ag.rel}の{ag.full}と申します。
父（母）が先月、担当の方から勧められて外国債券を購入していたことを知りました。
本人は今年の春から物忘れがひどく、かかりつけの{doctor.clinic}の{doctor.last}先生からも認知症の疑いがあると言われています。
そのような状態の高齢者に、家族の同席もなく高額の商品を販売するのはおかしいのではないでしょうか。

至急、契約の経緯をご説明ください。
連絡先：{phone(ag.mob, 'ー')}（日中）
住所：{ag.home}

{ag.full}
"""
    b.mail(rel, f"{ag.full} <{ag.mail}>", "shinjuku-info@maruhoshi-sec.co.jp",
           "高齢の父（母）への勧誘について", body, "Fri, 18 Oct 2024 20:31:00 +0900")
    b.name(rel, ag, old)
    b.x(rel, "email_address", ag.mail, ag)
    b.x(rel, "phone_number", ag.mob, ag)
    b.x(rel, "address", ag.home, ag)
    b.x(rel, "sensitive", "認知症", old)
    b.surname(rel, doctor)  # only the doctor's surname is written
    b.t(rel, "email_address", "shinjuku-info@maruhoshi-sec.co.jp", None, True)


def corporate(b: Branch) -> None:
    """法人顧客/RE_余資運用のご相談.eml: the third salesman answers the first company's contact,
    whose signature is quoted."""
    co = b.corps[0]
    ct, rp = co.ct, b.sales[2]
    rel = "法人顧客/RE_余資運用のご相談.eml"
    body = f"""{co.name}
{ct.dept}　{ct.last}様

いつも大変お世話になっております。丸星証券の{rp.last}でございます。
ご相談いただいた余資運用の件、社債を中心としたご提案書を添付いたします。
法人口座（{co.acct}）の取引者届の更新もあわせてお願いいたします。

> {rp.last}様
> 先日はありがとうございました。来期の余資は約3億円を見込んでいます。
> 元本毀損の少ない商品でご提案いただけますでしょうか。
>
> {co.name} {ct.dept}
> {ct.full}
> 直通 {phone(ct.direct)}  {ct.work}

{rp.full}
{COMPANY} 法人営業
"""
    b.mail(rel, addr(rp), addr(ct), "RE: 余資運用のご相談", body, "Wed, 23 Oct 2024 11:20:00 +0900")
    b.name(rel, ct, rp)
    b.x(rel, "email_address", ct.work, ct, True)
    b.x(rel, "email_address", rp.work, rp, True)
    b.x(rel, "phone_number", ct.direct, ct, True)
    b.surname(rel, ct, rp)


def balance(b: Branch) -> None:
    """相続/RE_残高証明書の発行について.eml: the first deceased customer's 担当 to the 税理士,
    the heir's home and mobile given, the request quoted."""
    tax = b.ext["tax"]
    d = b.deceased[0]
    h = d.heirs[-1]
    rel = "相続/RE_残高証明書の発行について.eml"
    body = f"""{tax.office}
{tax.full} 先生

丸星証券 新宿支店の{d.rep.last}です。
故{d.full}様（口座番号 {d.acct}）の死亡日現在の残高証明書を、\
相続人代表の{h.full}様のご依頼により発行いたしました。
原本は{h.full}様宛（〒{h.postal} {h.home}）に郵送済みです。写しをPDFでお送りします。

> 丸星証券 {d.rep.last}様
> 相続税申告のため、被相続人 {d.full} 様の残高証明書\
（死亡日 {d.death.strftime('%Y/%m/%d')} 現在）をお願いします。
> 相続人代表者：{h.full}（携帯 {phone(h.mob)}）
> {tax.office} {tax.full}  TEL {phone(tax.otel)}  {tax.work}
"""
    b.mail(rel, addr(d.rep), addr(tax), "RE: 残高証明書の発行について", body,
           "Mon, 21 Oct 2024 15:00:00 +0900")
    b.name(rel, d, h)
    b.x(rel, "postal_code", h.postal, h)
    b.x(rel, "address", h.home, h)
    b.x(rel, "phone_number", h.mob, h)
    b.name(rel, tax)
    b.t(rel, "phone_number", tax.otel, None, True)
    b.x(rel, "email_address", tax.work, tax, True)
    b.x(rel, "email_address", d.rep.work, d.rep, True)
    b.surname(rel, d.rep)
    b.name(rel, d.rep)
