"""The shop's mails (CRLF, as gen.py wrote them with policy.SMTP): five 出張買取 requests (two
answered by the shop, quoting them; one with its item list attached,
`…eml!品物リスト.csv`), the week's visits forwarded to the 駅前店, the 町田署's 盗品照会 and the
shop's 回答書 (.docx) naming three sellers, and the auction house's mail.

The shop's phone, fax, address and mail, the police's and the auction house's are neutral; the
one multipart mail's boundary is the one email drew from the seeded global stream.
"""

from __future__ import annotations

import random
import sys
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

import docx

from .buyback_shop_people import ADDR1, BR1, FAX, KYOKA, MAIL, NAME, TEL1, Person, Shop, wareki
from .japanese import FULL_WIDTH
from .share import mail_bytes

JST = timezone(timedelta(hours=9))
SMTP = "\r\n"


def sent(*when: int) -> str:
    return format_datetime(datetime(*when, tzinfo=JST))


def mailbox(p: Person, fallback: str) -> str:
    """The local part gen.py gave a staff mail: the surname where it is ASCII (never)."""
    return p.last.lower() if p.last.isascii() else fallback


def requests(s: Shop) -> None:
    """Five customers ask for a visit (1 and 3: the shop's answer quoting them), then the
    week's two visits forwarded."""
    rng, st = s.rng, s.staff[1]
    for i, p in enumerate(s.shucchou[:5]):
        rel = f"03_出張買取/mail/{i + 1:02d}_出張買取のご依頼_{p.last}様.eml"
        subject = "Re: 出張買取のご予約について" if i % 2 else "出張買取のお願い"
        when = sent(2026, 10, 3 + i, 10 + i, 12)
        message_id = f"<{20261003 + i}.{i}@mail.example-isp.jp>"
        a = s.addr(p, pref=(i % 2 == 0))
        what = rng.choice(["亡くなった父の遺品", "引っ越しで不要になった家具と家電",
                           "実家の片付けで出てきた着物と骨董", "ブランドバッグ数点"])
        tel = s.hy(p.mobile) if i != 2 else p.mobile.translate(FULL_WIDTH)
        body = (f"リユースマート 御中\n\nはじめてご連絡いたします。{p.full}と申します。\n"
                f"{what}の買取をお願いしたく、出張買取を希望します。\n"
                f"住所は{a}です。駐車場はありません。\n"
                f"日時は10月{12 + i}日の午後が都合よいです。\n"
                f"当日の連絡先は {tel} までお願いします。\n\n"
                f"身分証は運転免許証を用意しておきます。\n\n--\n{p.last} {p.first}\n{p.email}\n")
        if i % 2:
            body = (f"{p.last}様\n\nお世話になっております。"
                    f"リユースマート町田本店の{st.last}でございます。\n"
                    f"10月{12 + i}日（土）13:00〜15:00 に{st.last}ほか1名で伺います。\n"
                    "当日は本人確認書類（運転免許証等）をご用意ください。\n\n"
                    f"---------------------------------\nリユースマート 町田本店\n担当：{st.full}\n"
                    f"TEL {TEL1} / FAX {FAX}\n{ADDR1}\n{KYOKA}\n"
                    "---------------------------------\n\n"
                    f"{date(2026, 10, 2 + i):%Y年%m月%d日} {p.full} <{p.email}> wrote:\n"
                    + "\n".join("> " + line for line in body.split("\n")))
            message = EmailMessage()  # (From and To after Message-ID: gen.py set them again)
            message["Subject"], message["Date"], message["Message-ID"] = subject, when, message_id
            message["From"], message["To"] = MAIL, f"{p.full} 様 <{p.email}>"
            message.set_content(body)
            s.share.write(rel, message.as_bytes(policy=message.policy.clone(linesep=SMTP)))
            s.t(rel, "person_name", st.full, st)
            s.t(rel, "person_name", st.last, st, neutral=True)
            s.t(rel, "person_name", p.last, p, neutral=True)
            s.t(rel, "phone_number", TEL1, None, neutral=True)
            s.t(rel, "phone_number", FAX, None, neutral=True)
            s.t(rel, "address", ADDR1, None, neutral=True)
        else:
            attachments = []
            if i == 4:
                items = (f"品名,数量,備考\nロレックス デイトジャスト,1,保証書あり\n着物,12,\n"
                         f"依頼者,{p.full},{p.mobile}\n")
                attachments = [("品物リスト.csv", items.encode("utf-8"), "text", "csv")]
                s.t(rel + "!品物リスト.csv", "person_name", p.full, p)
                s.t(rel + "!品物リスト.csv", "phone_number", p.mobile, p)
            token = random.Random(s.seed).randrange(sys.maxsize)  # email's first draw
            s.share.write(rel, mail_bytes(f"{p.full} <{p.email}>", MAIL, subject, when, body,
                                          attachments, message_id,
                                          boundary=f"{'=' * 15}{token:019d}==", linesep=SMTP))
        s.t(rel, "person_name", p.full, p)
        s.t(rel, "address", a, p)
        s.t(rel, "phone_number", p.mobile, p)
        s.t(rel, "email_address", p.email, p)
        s.t(rel, "email_address", MAIL, None, neutral=True)
    forwarded(s, st)


def forwarded(s: Shop, st: Person) -> None:
    """The week's two visits, forwarded by the 本店's staff to the 駅前店's."""
    rel, st2 = "03_出張買取/mail/06_Fw_今週の出張予定.eml", s.staff[6]
    lines = [f"{st2.last}さん\n\n今週の出張分です。駅前店からも1名出してください。\n\n"
             "---------- Forwarded message ---------\n"]
    for p in s.shucchou[5:7]:
        a = s.addr(p)
        lines.append(f"■ {p.full}様（{p.kana_full}）\n　住所：〒{p.zip} {a}\n"
                     f"　電話：{s.hy(p.mobile)}\n　品物：冷蔵庫、洗濯機、ゴルフセット\n"
                     f"　備考：{p.age}歳、足が不自由なので玄関先まで\n")
        s.t(rel, "person_name", p.full, p)
        s.t(rel, "address", a, p)
        s.t(rel, "postal_code", p.zip, p)
        s.t(rel, "phone_number", p.mobile, p)
        s.t(rel, "person_name", p.kana_full, p, neutral=True)
    lines.append(f"\n{st.full}\n")
    own = mailbox(st, "staff02") + "@reusemart-kaitori.jp"
    s.share.write(rel, mail_bytes(f"{st.full} <{own}>",
                                  f"{st2.full} <staff07@reusemart-kaitori.jp>",
                                  "Fw: 今週の出張買取予定", sent(2026, 10, 19, 8, 30),
                                  "\n".join(lines), message_id="<fw20261019@reusemart-kaitori.jp>",
                                  linesep=SMTP))
    s.t(rel, "person_name", st.full, st)
    s.t(rel, "person_name", st2.full, st2)
    s.t(rel, "person_name", st2.last, st2, neutral=True)
    s.t(rel, "email_address", "staff07@reusemart-kaitori.jp", st2, neutral=True)
    s.t(rel, "email_address", own, st, neutral=True)


def police(s: Shop) -> None:
    """町田署's 照会 of a stolen watch, and the shop's answer naming three sellers."""
    off, off2 = s.police
    suspects = s.rng.sample(s.purchases, 3)
    rel = "09_盗品照会/町田署_照会依頼_20261012.eml"
    body = ("リユースマート 町田本店 ご担当者様\n\n"
            f"警視庁町田警察署 刑事組織犯罪対策課の{off.last}です。\n"
            "古物営業法第22条に基づき、下記品物の買受けの有無についてご回答をお願いします。\n\n"
            "品触れ番号：町田第2026-0418号\n品名：ロレックス デイトジャスト（シリアル "
            + suspects[0].serial + "）\n"
            f"被害者：{off2.full}様方（町田市内）で9月下旬に被害\n\n"
            "該当がある場合は売主の氏名・住所・本人確認書類の写しをご提供ください。\n\n"
            f"警視庁町田警察署 刑事組織犯罪対策課\n巡査部長 {off.full}\n"
            "電話 042-722-0110（内線 3215）\n")
    s.share.write(rel, mail_bytes(f"{off.full} <keiji-machida@keishicho.example.lg.jp>", MAIL,
                                  "【照会】盗難品（腕時計）の取扱状況について",
                                  sent(2026, 10, 12, 16, 5), body,
                                  message_id="<shokai1012@keishicho.example.lg.jp>", linesep=SMTP))
    s.t(rel, "person_name", off.full, off)
    s.t(rel, "person_name", off2.full, off2)
    s.t(rel, "sensitive", "被害", off2, neutral=True)
    s.t(rel, "person_name", off.last, off, neutral=True)
    s.t(rel, "email_address", "keiji-machida@keishicho.example.lg.jp", None, neutral=True)
    s.t(rel, "email_address", MAIL, None, neutral=True)
    s.t(rel, "phone_number", "042-722-0110", None, neutral=True)
    rel = "09_盗品照会/回答書_町田署_20261014.docx"
    d = docx.Document()
    d.add_paragraph("令和8年10月14日")
    d.add_paragraph("警視庁町田警察署長 殿")
    d.add_paragraph(f"（ご担当：刑事組織犯罪対策課 {off.full} 様）")
    d.add_heading("照会事項に対する回答書", 1)
    d.add_paragraph("令和8年10月12日付けでご照会のあった件について、当店古物台帳により下記のとおり回答します。")
    table = d.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for cell, head in zip(table.rows[0].cells, ["買受日", "品名・製造番号", "売主氏名", "住所",
                                                 "生年月日", "本人確認"], strict=True):
        cell.text = head
    for x in suspects:
        p, a = x.p, s.addr(x.p)
        for cell, text in zip(table.add_row().cells,
                              [wareki(x.date, "slash"), x.item + " " + x.serial, p.full, a,
                               wareki(p.born, "kanji"), p.doc + " " + p.docno], strict=True):
            cell.text = text
        s.t(rel, "person_name", p.full, p)
        s.t(rel, "address", a, p)
        s.t(rel, "date_of_birth", p.born.isoformat(), p)
        s.doc_truth(rel, p)
    d.add_paragraph("")
    d.add_paragraph(f"{NAME} {BR1}\n{KYOKA}\n管理者 {s.staff[0].full}\nTEL {TEL1}")
    s.t(rel, "person_name", off.full, off)
    s.t(rel, "person_name", s.staff[0].full, s.staff[0])
    s.t(rel, "phone_number", TEL1, None, neutral=True)
    s.document(rel, d, datetime(2026, 10, 14), s.staff[0].full)


def auction(s: Shop) -> None:
    """The auction house's 営業部 on November's deadline and its new contact."""
    rel, (v1, v2), boss = "07_総務/取引先_オークション業者.eml", s.vendors, s.staff[0]
    theirs = mailbox(v1, "sales") + "@tokyo-brand-auction.example.co.jp"
    body = (f"{boss.last}様\n\nいつもお世話になっております。"
            f"東京ブランドオークション営業部の{v1.full}です。\n"
            f"11月度の出品締切は11/10です。担当が{v2.full}（携帯 {v2.mobile}）に変わります。\n\n"
            f"株式会社東京ブランドオークション\n営業部 {v1.full}\n"
            f"TEL 03-5812-3300 / 携帯 {v1.mobile}\n")
    s.share.write(rel, mail_bytes(f"{v1.full} <{theirs}>",
                                  f"{boss.full} <tencho@reusemart-kaitori.jp>",
                                  "11月度 業者オークション出品のご案内", sent(2026, 10, 25, 9, 0),
                                  body, message_id="<auc1025@tokyo-brand-auction.example.co.jp>",
                                  linesep=SMTP))
    s.t(rel, "person_name", v1.full, v1)
    s.t(rel, "person_name", v2.full, v2)
    s.t(rel, "phone_number", v2.mobile, v2)
    s.t(rel, "phone_number", v1.mobile, v1)
    s.t(rel, "person_name", boss.full, boss)
    s.t(rel, "person_name", boss.last, boss, neutral=True)
    s.t(rel, "phone_number", "03-5812-3300", None, neutral=True)
    s.t(rel, "email_address", theirs, v1, neutral=True)
    s.t(rel, "email_address", "tencho@reusemart-kaitori.jp", boss, neutral=True)
