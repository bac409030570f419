"""The officers' mails: a noise complaint (a record attached) and the 会長 forwarding it, the
民生委員 sending the 要支援者 update (a CSV of illnesses attached), the 会計's unpaid dues
list to the 班長 and a 班長's reply about a death.

The association's account, the 地域包括's number and surnames alone are neutral.
"""

from __future__ import annotations

import re

from .neighbourhood_people import NEUTRAL_PHONES, Association, era, mailaddr
from .share import csv_text


def complaint(a: Association) -> None:
    """08_メール/苦情_騒音について.eml: a head in a building complains of a neighbour there
    (騒音記録.txt attached)."""
    kaicho = a.o("会長")
    comp = [h for h in a.households if h.bld and h.head.alive]
    sender = comp[0].head if comp else a.heads[5]
    if not sender.email:
        sender.email = "a." + sender.id.lower() + "@gmail.com"
    bh = comp[1] if len(comp) > 1 else a.households[7]
    b = bh.head
    a.ext.update(A=sender, B=b, Bh=bh)
    path = "08_メール/苦情_騒音について.eml"
    tel = sender.mobile or "09011112222"
    body = (f"{kaicho.last}会長様\n\nいつもお世話になっております。{sender.hh.han}班の"
            f"{sender.name('')}です。\n{a.addr(bh, 'short')}の{b.last}さん宅ですが、"
            "毎晩23時過ぎまで大音量で音楽が聞こえ、困っております。\n"
            "直接申し上げたのですが改善されません。町内会から注意していただけないでしょうか。\n"
            f"記録を添付します。\n\n{sender.name(' ')}\n携帯 {a.phone(tel)}\n")
    a.ext["body"] = body
    record = (f"騒音記録（{b.last}様宅 {bh.bld[0] if bh.bld else ''}）\n8/20 23:10 音楽\n"
              f"8/22 23:40 大声\n8/25 0:15 ドアの開閉\n記録者 {sender.name('')}\n")
    a.mail(path, mailaddr(sender), mailaddr(kaicho), "騒音の件でご相談", body,
           "Mon, 02 Sep 2024 21:14:00 +0900",
           [("騒音記録.txt", record.encode("utf-8"), "text", "plain")])
    a.name(path, sender)
    a.tp(path, sender, "email_address", sender.email)
    a.tp(path, sender, "phone_number", tel)
    a.name(path + "!騒音記録.txt", sender)
    a.surname(path + "!騒音記録.txt", b)
    a.name(path, kaicho)
    a.tp(path, kaicho, "email_address", kaicho.email)
    a.surname(path, kaicho)
    a.addr(bh, "short")  # gen.py drew the address again, then took the body's
    a.ext["b_addr"] = re.search(r"\n(.+?)の" + re.escape(b.last) + "さん宅", body).group(1)
    a.tp(path, b, "address", a.ext["b_addr"])
    a.surname(path, b)


def forward(a: Association) -> None:
    """08_メール/Fwd_騒音の件でご相談.eml: the 会長 to the 副会長, the complaint quoted, the
    neighbour's mobile added."""
    kaicho, fuku = a.o("会長"), a.o("副会長")
    sender, b, bh = a.ext["A"], a.ext["B"], a.ext["Bh"]
    path = "08_メール/Fwd_騒音の件でご相談.eml"
    quoted = "\n".join("> " + line for line in a.ext["body"].splitlines())
    tel = b.mobile or bh.tel or "09033334444"
    body = (f"{fuku.last}さん\n\n下記の苦情が来ています。"
            f"{b.last}さん（{b.name('')}さん、{bh.han}班）には"
            f"次の役員会の後で一緒に伺いましょう。{b.last}さんの携帯は{a.phone(tel)}です。\n\n"
            f"{kaicho.name(' ')}\n\n---------- Forwarded message ---------\n"
            f"From: {mailaddr(sender)}\nDate: 2024年9月2日(月) 21:14\nSubject: 騒音の件でご相談\n"
            f"To: {mailaddr(kaicho)}\n\n{quoted}\n")
    a.mail(path, mailaddr(kaicho), mailaddr(fuku), "Fwd: 騒音の件でご相談", body,
           "Tue, 03 Sep 2024 07:30:00 +0900")
    for x in [sender, kaicho, fuku]:
        a.name(path, x)
        a.tp(path, x, "email_address", x.email)
    a.tp(path, sender, "phone_number", sender.mobile or "09011112222")
    a.name(path, b)
    a.tp(path, b, "phone_number", tel)
    a.tp(path, b, "address", a.ext["b_addr"])
    for x in [b, fuku, kaicho]:
        a.surname(path, x)


def support_update(a: Association) -> None:
    """08_メール/要支援者名簿の更新について.eml: the 民生委員's five 要支援者 (care levels,
    illnesses, emergency mobiles) in a CP932 CSV."""
    kaicho, minsei, hokatsu = a.o("会長"), a.ext["minsei"], a.ext["hokatsu"]
    path = "08_メール/要支援者名簿の更新について.eml"
    ap = path + "!要支援者_更新分.csv"
    rows = [["氏名", "生年月日", "要介護度", "特記事項", "緊急連絡先"]]
    for p in a.support[:5]:
        ec = p.ec[0] if p.ec else None
        rows.append([p.name(" "), era(p.born, "dot"), p.kaigo, p.byoki,
                     a.phone(ec.mobile, "h") if ec else ""])
        a.name(ap, p)
        a.tp(ap, p, "date_of_birth", p.born.isoformat())
        if p.kaigo != "なし":
            a.tp(ap, p, "sensitive", p.kaigo)
        a.tp(ap, p, "sensitive", p.byoki)
        if ec:
            a.tp(ap, ec, "phone_number", ec.mobile)
    body = (f"{kaicho.name('')}様\n\n民生委員の{minsei.name('')}です。\n地域包括支援センターの"
            f"{hokatsu.last}さん（049-235-7788）から最新の情報をいただきましたので、要支援者名簿の更新分を添付します。\n"
            "パスワードは別送しません（ファイルはそのままです）。\n取扱いにはご注意ください。\n\n"
            f"{minsei.name(' ')}\n{a.phone(minsei.mobile)}\n{minsei.email}\n")
    a.mail(path, mailaddr(minsei), mailaddr(kaicho), "要支援者名簿の更新について", body,
           "Thu, 12 Sep 2024 10:05:00 +0900",
           [("要支援者_更新分.csv", csv_text(rows).encode("cp932", errors="replace"), "text",
             "csv")])
    a.name(path, minsei)
    a.tp(path, minsei, "phone_number", minsei.mobile)
    a.tp(path, minsei, "email_address", minsei.email)
    a.name(path, kaicho)
    a.tp(path, kaicho, "email_address", kaicho.email)
    a.surname(path, hokatsu)
    a.t(path, "phone_number", NEUTRAL_PHONES["hokatsu"], None, True)


def unpaid(a: Association) -> None:
    """08_メール/会費未納のお知らせ_班長各位.eml: six heads behind with their dues, to every
    班長 with a mail address."""
    rng, kaicho, kaikei = a.rng, a.o("会長"), a.o("会計")
    path = "08_メール/会費未納のお知らせ_班長各位.eml"
    late = rng.sample([h.head for h in a.households if h.head.alive], 6)
    hc = [x for x in a.hancho.values() if x.email]
    acct = a.ext["org_acct"]
    body = ("班長各位\n\n会計の" + kaikei.name("")
            + "です。9月末時点の会費未納世帯です。集金をお願いします。\n\n"
            + "\n".join(f"・{p.hh.han}班　{p.name('')}様　{rng.choice([1500, 2000, 3000])}円"
                        for p in late)
            + f"\n\n振込の場合：埼玉りそな銀行 川越支店 普通 {acct}\n\n{kaikei.name(' ')}（会計）\n"
            f"{a.phone(kaikei.mobile)}\n")
    a.mail(path, mailaddr(kaikei), ", ".join(mailaddr(x) for x in hc) or mailaddr(kaicho),
           "【会計】会費未納のお知らせ", body, "Mon, 30 Sep 2024 20:00:00 +0900")
    a.name(path, *late)
    for x in hc:
        a.name(path, x)
        a.tp(path, x, "email_address", x.email)
    a.name(path, kaikei)
    a.tp(path, kaikei, "email_address", kaikei.email)
    a.tp(path, kaikei, "phone_number", kaikei.mobile)
    a.t(path, "bank_account", acct, None, True)
    if not hc:
        a.name(path, kaicho)
        a.tp(path, kaicho, "email_address", kaicho.email)


def death_reply(a: Association) -> None:
    """08_メール/Re_訃報の件.eml: the dead's 班長 answers the 会長, who named the 喪主 and his
    mobile."""
    kaicho, dd, moshu = a.o("会長"), a.dead[0], a.ext["moshu"]
    hcd = a.hancho[dd.hh.han]
    if not hcd.email:
        hcd.email = f"han{dd.hh.han}.{hcd.id.lower()}@yahoo.co.jp"
    path = "08_メール/Re_訃報の件.eml"
    body = (f"{kaicho.last}さん\n\n承知しました。訃報の回覧は私の方で回します。\n\n"
            f"{hcd.name('')}\n\n"
            f"{kaicho.last}さん wrote:\n> {dd.hh.han}班の{dd.name('')}"
            "さんが亡くなられたそうです。\n"
            f"> 喪主は長男の{moshu.name('')}さん（{a.phone(moshu.mobile)}）です。\n"
            "> 町内会から香典5,000円、花輪はなしで。\n")
    a.mail(path, mailaddr(hcd), mailaddr(kaicho), "Re: 訃報の件", body,
           "Sun, 04 Aug 2024 18:22:00 +0900")
    a.name(path, hcd)
    a.tp(path, hcd, "email_address", hcd.email)
    a.name(path, kaicho)
    a.tp(path, kaicho, "email_address", kaicho.email)
    a.name(path, dd, moshu)
    a.tp(path, moshu, "phone_number", moshu.mobile)
    a.surname(path, kaicho)
