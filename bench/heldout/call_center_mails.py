"""The centre's mails: an SV's escalation to the client about elderly customers' repeat orders
(a CP932 list attached, a dementia), an operator forwarding a customer's move and birth date,
and the delivery company's driver on a redelivery.
"""

from __future__ import annotations

from .call_center_people import CENTER, CLIENT_CO, Center, Person, era
from .share import csv_text


def _sig(h: Center, o: Person) -> str:
    return (f"\n--\n{CENTER}\nスーパーバイザー {o.name()}\n"
            f"TEL {h.tel(h.center_tel, '-')}  Mail {o.wmail}\n")


def escalation(h: Center) -> None:
    """メール/エスカレーション_重複注文_20241105.eml: six elderly customers attached."""
    rel, sv, cl = "メール/エスカレーション_重複注文_20241105.eml", h.svs[1], h.client[0]
    attached = h.elder[:6]
    rows: list[list[object]] = [["顧客ID", "氏名", "電話番号", "生年月日", "注文番号", "備考"]]
    rows += [[c.cid, c.name(), c.tel, c.born.isoformat(), c.orders[0], "重複注文・高齢"]
             for c in attached]
    first = h.elder[0]
    body = f"""{CLIENT_CO}
{cl.name()}様

いつもお世話になっております。ベルリンクの{sv.last}です。
高齢のお客様による重複注文が続いております。該当顧客一覧を添付いたします。
特に{first.name()}様（{era(first.born, 0)}生）はご家族より認知症の疑いとのご連絡があり、
定期便の停止可否についてご判断をお願いいたします。
""" + _sig(h, sv)
    h.mail(rel, f"{sv.name()} <{sv.wmail}>", f"{cl.name()} <{cl.wmail}>",
           "【エスカレーション】高齢顧客の重複注文について", body,
           ("重複注文一覧_20241105.csv", csv_text(rows).encode("cp932"), "text", "csv"))
    h.recp(rel, cl, "name")
    h.recp(rel, sv, "surname")
    h.rec(rel, "email_address", cl.wmail, cl.id, neutral=True)
    h.recp(rel, sv, "name")
    h.rec(rel, "email_address", sv.wmail, sv.id, neutral=True)
    h.rec(rel, "phone_number", h.center_tel, None, neutral=True)
    for c in attached:
        h.recp(rel + "!重複注文一覧_20241105.csv", c, "name", "tel", "dob")
    h.recp(rel, first, "name", "dob")
    h.rec(rel, "sensitive", "認知症の疑い", first.id)


def forwarded(h: Center) -> None:
    """メール/Fw_お客様からのお問い合わせ_住所変更.eml: a customer's mail quoting an order."""
    rel = "メール/Fw_お客様からのお問い合わせ_住所変更.eml"
    c, op, sv = h.cust[70], h.ops[2], h.svs[2]
    new = h.person("tmp")
    body = f"""{sv.last}さん

お客様から下記メールが届きました。住所変更と生年月日の訂正依頼です。
CRMへの反映をお願いします。
{op.last}

-------- Forwarded Message --------
From: {c.name()} <{c.mail}>
Date: 2024/11/08 22:41
Subject: 住所変更のお願い

ハルモニア通販 御中

いつも利用しています。{c.name()}（{c.kana()}）です。
引っ越しましたので、お届け先を変更してください。
旧：〒{c.postal} {c.addr}
新：〒{new.postal} {new.addr}
電話：{c.tel}
また、登録の生年月日が間違っていました。正しくは{era(c.born, 3)}です。

> 2024/11/01 ハルモニア通販 お客様センター wrote:
> {c.last} 様
> ご注文（注文番号 {c.orders[0]}）を承りました。
> お問い合わせ番号：{h.inquiry_no()}
"""
    h.mail(rel, f"{op.name()} <{op.wmail}>", sv.wmail, "Fw: 住所変更のお願い", body,
           when="Sat, 09 Nov 2024 09:03:55 +0900")
    h.recp(rel, c, "name", "kana", "mail", "zip", "addr", "tel", "dob", "surname")
    h.rec(rel, "address", new.addr, c.id)
    h.rec(rel, "postal_code", new.postal, c.id)
    h.recp(rel, op, "name")
    h.rec(rel, "email_address", op.wmail, op.id, neutral=True)
    h.rec(rel, "email_address", sv.wmail, sv.id, neutral=True)
    h.rec(rel, "person_name", sv.last, sv.id, neutral=True)


def redelivery(h: Center) -> None:
    """メール/Re_再配達調整_ヤマネコ運輸.eml: the driver's mobile, quoting the customer's."""
    rel = "メール/Re_再配達調整_ヤマネコ運輸.eml"
    d, c, sv = h.drv[2], h.cust[71], h.svs[3]
    body = f"""ベルリンク {sv.last}様

ヤマネコ運輸 札幌北営業所 {d.name()}です。
お問い合わせの件、{c.name('')}様宅（{c.rest}）へ11/12午前に再配達いたします。
不在の場合は私の携帯 {h.tel(d.tel)} までご連絡ください。
伝票番号：{h.slip_no()}

> {d.last}様
> お客様の連絡先は {h.tel(c.tel)} です。よろしくお願いします。
> {sv.name()}
"""
    address = f"{d.first_roman.lower()}.{d.last_roman.lower()}@yamaneko-unyu.co.jp"
    h.mail(rel, f"{d.name()} <{address}>", sv.wmail, "Re: 再配達のご依頼", body,
           when="Mon, 11 Nov 2024 10:15:00 +0900")
    h.recp(rel, d, "name", "tel", "surname")
    h.rec(rel, "email_address", address, d.id, neutral=True)
    h.recp(rel, c, "name", "addr_nopref", "tel")
    h.recp(rel, sv, "name")
    h.rec(rel, "email_address", sv.wmail, sv.id, neutral=True)
