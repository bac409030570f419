"""The desk's mails: a donor asking after a gift, a complaint forwarded to the contractor, the
contractor's reply with tracking numbers, the moved donor's change of address, a son or
daughter applying for a parent with dementia (the parent's details attached), a company's
offer and a husband asking about his and his wife's certificates.
"""

from __future__ import annotations

from .furusato_people import (
    GIFTS,
    TOWN_ADDR,
    TOWN_FAX,
    TOWN_MAIL,
    TOWN_TEL,
    TOWN_ZIP,
    VENDOR_ADDR,
    VENDOR_NAME,
    VENDOR_TEL,
    Furusato,
    Person,
    era,
)

RULE = "━━━━━━━━━━━━━━"


def _sig_town(h: Furusato, s: Person) -> str:
    return (f"\n--\n北山町役場 企画課 ふるさと納税係\n{s.name(' ')}\n〒509-3399 {TOWN_ADDR}\n"
            f"TEL {h.phone(TOWN_TEL, 0)}（内線214） FAX {h.phone(TOWN_FAX, 0)}\n{s.work}\n")


def _sig_vendor(h: Furusato, s: Person) -> str:
    return (f"\n{RULE}\n{VENDOR_NAME} ふるさと納税事業部\n{s.name(' ')}\n{VENDOR_ADDR}\n"
            f"TEL {h.phone(VENDOR_TEL, 0)}\nMail: {s.work}\n{RULE}\n")


def _sender(p: Person, mail: str = "") -> str:
    return f"{p.name(' ')} <{mail or p.email}>"


def gift_missing(h: Furusato) -> None:
    """06_メール/2024-12-03_返礼品が届きません.eml: the 43rd donor's gift has not come."""
    p, path = h.donors[42], "06_メール/2024-12-03_返礼品が届きません.eml"
    body = f"""北山町 ふるさと納税ご担当者様

お世話になっております。
10月に寄附をした{p.name(' ')}と申します。
返礼品の「{GIFTS[0]}」がまだ届いておりません。
寄附番号は {h.donation_no()} です。いつ頃届くのか教えていただけますでしょうか。

日中は携帯（{h.phone(p.mobile, 0)}）に連絡いただければ出られます。

{p.full}
{p.kana()}
"""
    h.mail(path, _sender(p), TOWN_MAIL, "返礼品が届きません", body,
           "Tue, 03 Dec 2024 21:14:05 +0900")
    h.facts(path, [("person_name", p.full), ("phone_number", p.mobile),
                   ("email_address", p.email)], p)
    h.rec(path, "email_address", TOWN_MAIL, None, True)


def complaint(h: Furusato) -> None:
    """06_メール/Fwd_【苦情】返礼品の配送遅延について.eml: the second clerk forwards the 46th
    donor's complaint (home, phone) to the contractor, the town's signature under it."""
    p, s, v = h.donors[45], h.town_staff[1], h.vendor_staff[0]
    path = "06_メール/Fwd_【苦情】返礼品の配送遅延について.eml"
    ad = p.addr.text()
    body = f"""{v.last}様

お世話になっております。北山町企画課の{s.last}です。
寄附者様から下記の苦情が届いております。配送状況をご確認のうえ、至急ご連絡ください。
送付先の確認もお願いします。

{_sig_town(h, s)}
---------- Forwarded message ---------
From: {_sender(p)}
Date: 2024年12月5日(木) 8:02
Subject: 返礼品の配送遅延について
To: {TOWN_MAIL}

> 11月1日に寄附した者です。
> 「2週間程度で発送」と書いてあったのに一か月以上届きません。
> 送り先は {ad} です。〒{p.addr.zip_dashed}
> 電話 {h.phone(p.tel, 2)}
> 本当に発送されているのですか？ 対応がないならレビューに書きます。
>
> {p.full}
"""
    h.mail(path, _sender(s, s.work), _sender(v, v.work), "Fwd: 返礼品の配送遅延について", body,
           "Thu, 05 Dec 2024 09:30:11 +0900", cc=TOWN_MAIL)
    h.facts(path, [("person_name", p.full), ("address", ad), ("postal_code", p.addr.zip),
                   ("phone_number", p.tel), ("email_address", p.email)], p)
    h.staff(path, s)
    h.staff(path, v)
    h.neutral(path, [("person_name", v.last), ("person_name", s.last),
                     ("phone_number", TOWN_TEL), ("phone_number", TOWN_FAX),
                     ("email_address", TOWN_MAIL), ("postal_code", TOWN_ZIP),
                     ("address", TOWN_ADDR)])


def tracking(h: Furusato) -> None:
    """06_メール/Re_Fwd_配送状況のご報告（追跡番号）.eml: the contractor's reply, six donors'
    gifts to their recipients and the complaint's resend (tracking numbers)."""
    rng, v, s = h.rng, h.vendor_staff[1], h.town_staff[1]
    path = "06_メール/Re_Fwd_配送状況のご報告（追跡番号）.eml"
    lines = []
    for g in h.recipients[:6]:
        d, tn = g.of, h.tracking_no()
        lines.append(f"・寄附者 {d.name(' ')} 様 → 送付先 {g.name(' ')} 様（{g.rel}）　ヤマト運輸 "
                     f"{tn[:4]}-{tn[4:8]}-{tn[8:]}　12/{rng.randint(6, 10)}発送済")
        h.rec(path, "person_name", d.full, d)
        h.rec(path, "person_name", g.full, g)
    p = h.donors[45]
    lines.append(f"・寄附者 {p.name(' ')} 様（苦情の件）　佐川急便 {h.tracking_no()}　"
                 "12/6 再発送（住所不備で返送されていました）")
    h.rec(path, "person_name", p.full, p)
    body = f"""北山町役場 企画課
{s.last}様

いつもお世話になっております。{VENDOR_NAME}の{v.last}です。
お問い合わせの件、配送状況を確認いたしましたのでご報告いたします。

""" + "\n".join(lines) + f"""

苦情の件につきましては、弊社より寄附者様へお詫びのお電話を差し上げました。
大変申し訳ございませんでした。
{_sig_vendor(h, v)}
"""
    h.mail(path, _sender(v, v.work), _sender(s, s.work), "Re: Fwd: 返礼品の配送遅延について",
           body, "Fri, 06 Dec 2024 16:45:00 +0900")
    h.staff(path, v)
    h.neutral(path, [("email_address", s.work), ("person_name", s.last),
                     ("person_name", v.last), ("phone_number", VENDOR_TEL),
                     ("person_name", s.full)])


def moved(h: Furusato) -> None:
    """06_メール/住所変更のお願い_ワンストップ.eml: the moved donor's old and new address."""
    p, path = h.donors[7], "06_メール/住所変更のお願い_ワンストップ.eml"
    new = p.new.text()
    body = f"""北山町役場 ふるさと納税係 御中

いつもお世話になっております。今年7月に寄附させていただいた{p.name(' ')}です。
11月末に引っ越しをしたため、ワンストップ特例の住所変更をお願いしたくご連絡しました。

旧住所：{p.addr.text(1)}
新住所：〒{p.new.zip_dashed} {new}
生年月日：{era(p.born, 1)}
電話：{h.phone(p.mobile, 0)}

変更届出書は本日郵送いたしました。よろしくお願いいたします。
"""
    h.mail(path, p.email, TOWN_MAIL, "住所変更のお願い（ワンストップ特例）", body,
           "Mon, 09 Dec 2024 12:01:30 +0900")
    h.facts(path, [("person_name", p.full), ("address", p.addr.text(1)), ("address", new),
                   ("postal_code", p.new.zip), ("date_of_birth", p.born.isoformat()),
                   ("phone_number", p.mobile), ("email_address", p.email)], p)
    h.rec(path, "email_address", TOWN_MAIL, None, True)


def proxy(h: Furusato) -> None:
    """06_メール/代理申請について（{surname}）.eml: the first elder's child writes for a parent
    with dementia; the parent's details (a My Number) in 本人情報.txt."""
    a = h.agents[0]
    e = a.of
    path = f"06_メール/代理申請について（{e.last}）.eml"
    body = f"""ふるさと納税ご担当様

突然のご連絡失礼いたします。{e.name(' ')}の{a.rel}の{a.name(' ')}と申します。
{'母' if e.sex == 'F' else '父'}は認知症のため施設に入所しており、本人による申請が難しい状況です。
ワンストップ特例申請書を代理で提出したいのですが、必要書類を教えてください。
本人の情報を添付いたします。

私の連絡先：{h.phone(a.mobile, 0)}
{a.full}
"""
    att = f"""本人氏名：{e.name('　')}
生年月日：{era(e.born)}
住所：{e.addr.text(1)}
個人番号：{e.my}
代理人：{a.name('　')}（{a.rel}）　電話 {h.phone(a.mobile, 0)}
"""
    h.mail(path, _sender(a), TOWN_MAIL, "代理申請について", body,
           "Wed, 11 Dec 2024 10:10:10 +0900", attach=("本人情報.txt", att, "text", "plain"))
    inner = path + "!本人情報.txt"  # an attachment is an inner file, like an archive member
    h.rec(path, "person_name", e.full, e)
    h.rec(path, "sensitive", "認知症", e)
    h.facts(inner, [("person_name", e.full), ("date_of_birth", e.born.isoformat()),
                    ("address", e.addr.text(1)), ("my_number", e.my)], e)
    h.facts(path, [("person_name", a.full), ("phone_number", a.mobile),
                   ("email_address", a.email)], a)
    h.facts(inner, [("person_name", a.full), ("phone_number", a.mobile)], a)
    h.rec(path, "email_address", TOWN_MAIL, None, True)


def company(h: Furusato) -> None:
    """06_メール/企業版ふるさと納税_寄附申出書の送付.eml: the first company's offer (its
    法人番号 counted, its contact neutral)."""
    c, s, path = h.contacts[0], h.town_staff[2], "06_メール/企業版ふるさと納税_寄附申出書の送付.eml"
    corp = c.corp
    body = f"""北山町役場 企画課
{s.last}様

いつもお世話になっております。{corp['name']} 総務部の{c.last}でございます。
先日ご説明いただいた企業版ふるさと納税につきまして、寄附申出書を添付にてお送りいたします。
法人番号：{corp['num']}
所在地：{corp['addr']}
寄附予定額：3,000,000円

ご査収のほどよろしくお願いいたします。

{corp['name']} 総務部
{c.name(' ')}
TEL {h.phone(corp['tel'], 0)}
{c.work}
"""
    h.mail(path, _sender(c, c.work), _sender(s, s.work), "企業版ふるさと納税 寄附申出書の送付",
           body, "Thu, 12 Dec 2024 15:20:00 +0900")
    h.rec(path, "corporate_number", corp["num"])
    h.staff(path, c)
    h.neutral(path, [("person_name", c.last), ("phone_number", corp["tel"]),
                     ("address", corp["addr"]), ("person_name", s.last)])
    h.staff(path, s)


def couple(h: Furusato) -> None:
    """06_メール/夫婦それぞれの寄附について.eml: the 13th donor and the third spouse (her or his
    given name alone neutral)."""
    p, sp, path = h.donors[12], h.spouses[2], "06_メール/夫婦それぞれの寄附について.eml"
    body = f"""北山町 ふるさと納税係 様

{p.name(' ')}です。{'妻' if sp.sex == 'F' else '夫'}の{sp.name(' ')}もそれぞれ寄附をしております。
同じ住所（{p.addr.text(1)}）ですが、受領証明書は別々に届きますでしょうか。
{sp.first}の分のメールアドレスは {sp.email} です。
自宅電話：{h.phone(p.land, 0)}
"""
    h.mail(path, p.email, TOWN_MAIL, "夫婦それぞれの寄附について", body,
           "Sat, 14 Dec 2024 08:00:00 +0900")
    h.rec(path, "person_name", p.full, p)
    h.rec(path, "person_name", sp.full, sp)
    h.facts(path, [("address", p.addr.text(1)), ("email_address", p.email)], p)
    h.rec(path, "email_address", sp.email, sp)
    h.rec(path, "phone_number", p.land, p)
    h.rec(path, "person_name", sp.first, sp, True)
    h.rec(path, "email_address", TOWN_MAIL, None, True)
