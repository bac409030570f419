"""The club's mails: five trial lesson inquiries (three answered by a branch, the original
quoted), a member's change of address forwarded to head office, and a client company's four
new corporate members in an attached CP932 CSV (`….eml!追加会員リスト.csv`).

Neutral: the staff's work mails and surnames, the branches' shared addresses and lines, the
client's office address, line and contact's mail.
"""

from __future__ import annotations

from email.utils import formataddr

from .fitness_club_people import BRANCHES, CLUB, CLUB_TEL, DOMAIN, HY, Club, jdate, phone
from .share import csv_text, mail_bytes

WORRIES = ["昨年子宮筋腫の手術をした", "喘息の持病がある", "高血圧で通院中な"]


def send(club: Club, rel: str, sender: str, to: str, subject: str, body: str, date: str,
         attachments: list[tuple[str, bytes, str, str]] | None = None) -> None:
    """gen.py's eml: its Message-ID from the path's length and the date, a multipart's
    boundary from the path's length and the seed."""
    message_id = f"<{len(rel) * 7919}.{date[5:16].replace(' ', '')}@mail.{DOMAIN}>"
    club.share.write(rel, mail_bytes(sender, to, subject, date, body, attachments or (),
                                     message_id, boundary=f"==boundary_{len(rel)}_{club.seed}=="))


def front_desks(club: Club) -> dict[str, list]:
    return {b: [s for s in club.staff if s.branch == b] for b, _ in BRANCHES}


def trial_mails(club: Club) -> None:
    """Five trial inquirers write in (birth date, phone, a condition); a branch answers the
    first, third and fifth, quoting them."""
    rng, front = club.rng, front_desks(club)
    for i, p in enumerate(club.trials[:5]):
        branch, code = BRANCHES[i % 3]
        st = front[branch][0]
        rel = f"メール/問い合わせ/体験申込_{i + 1:02d}.eml"
        tel = phone(p.mobile, rng.choice(["h", "n", "i", "z"]), rng.choice(HY))
        style = rng.choice(["k", "a", "jp"])
        day = rng.randint(10, 20)
        worry = rng.choice(WORRIES)
        body = (f"アクティブワン{branch}店 ご担当者様\n\nはじめまして、{p.name()}と申します。\n"
                f"体験レッスン（ヨガ）に参加したいのですが、{day}日の夜は空いていますか。\n"
                f"実は{worry}ので、軽めのメニューだと助かります。\n\n"
                f"生年月日：{jdate(p.born, style)}\n電話：{tel}\nよろしくお願いいたします。\n\n--\n"
                f"{p.name()}\n{p.email}\n")
        condition = ["子宮筋腫", "喘息", "高血圧"][WORRIES.index(worry)]
        if i % 2 == 0:
            body = (f"{p.name('')}様\n\nお問い合わせありがとうございます。"
                    f"{CLUB}{branch}店の{st.last}です。\n{rng.randint(10, 20)}日19時のヨガ体験で"
                    "ご予約をお取りしました。動きやすい服装でお越しください。\n\n"
                    f"{CLUB} {branch}店\n{st.last} {st.first}\nTEL {phone(CLUB_TEL[branch])}\n"
                    f"{st.work}\n\n"
                    + "\n".join("> " + line for line in body.splitlines()))
            sender = formataddr((f"{CLUB} {branch}店", st.work))
            to = formataddr((p.name(), p.email))
            club.t(rel, "person_name", st.name(), st)
            club.t(rel, "email_address", st.work, st, True)
            club.t(rel, "phone_number", CLUB_TEL[branch], None, True)
            club.t(rel, "person_name", st.last, st, True)
            subject = "Re: 体験レッスンの申込み"
        else:
            sender, to = formataddr((p.name(), p.email)), f"{code.lower()}@{DOMAIN}"
            subject = "体験レッスンの申込み"
            club.t(rel, "email_address", to, None, True)
        send(club, rel, sender, to, subject, body, f"Tue, {8 + i} Oct 2024 1{i}:2{i}:00 +0900")
        club.t(rel, "person_name", p.name(), p)
        club.t(rel, "email_address", p.email, p)
        club.t(rel, "phone_number", p.mobile, p)
        club.t(rel, "date_of_birth", p.born.isoformat(), p)
        club.t(rel, "sensitive", condition, p)


def address_change(club: Club) -> None:
    """The sixth member's new address, forwarded by the branch's second clerk to head office."""
    p = club.members[5]
    st, hq = front_desks(club)[p.branch][1], club.staff[11]
    new = club.address()
    rel = "メール/住所変更の件_転送.eml"
    a = new.line("hy", pref=False)
    body = (f"{hq.last}さん\n\n下記、会員様から住所変更の連絡がありました。"
            f"システム反映お願いします。\n\n{st.last}\n\n"
            f"---------- Forwarded message ---------\nFrom: {p.name()} <{p.email}>\n"
            f"Date: 2024年10月3日(木) 21:14\nSubject: 住所変更\n\n"
            f"会員番号{p.mno}の{p.name()}です。引っ越したので住所変更をお願いします。\n"
            f"新住所：〒{new.zip[:3]}ー{new.zip[3:]} {a}\n"
            f"電話は変わらず {phone(p.mobile, 'h', '‐')} です。\n")
    send(club, rel, formataddr((st.name(), st.work)), formataddr((hq.name(), hq.work)),
         "Fwd: 住所変更", body, "Thu, 03 Oct 2024 22:01:00 +0900")
    for category, value, who, neutral in [
            ("person_name", p.name(), p, False), ("email_address", p.email, p, False),
            ("address", a, p, False), ("postal_code", new.zip, p, False),
            ("phone_number", p.mobile, p, False), ("person_name", st.name(), st, False),
            ("person_name", hq.name(), hq, False), ("email_address", st.work, st, True),
            ("email_address", hq.work, hq, True), ("person_name", hq.last, hq, True),
            ("person_name", st.last, st, True)]:
        club.t(rel, category, value, who, neutral)


def corporate_mail(club: Club) -> None:
    """ミナト精機's 総務 sends four new corporate members (new people) to head office."""
    rng, c, hq = club.rng, club.companies[0], club.staff[11]
    ct = c.contact
    rel = "メール/法人会員/【ミナト精機】10月追加会員のご連絡.eml"
    joining = [club.person("member_corp_new") for _ in range(4)]
    rows = [["社員番号", "氏名", "フリガナ", "生年月日", "所属", "社用メール"]]
    for j, q in enumerate(joining):
        q.cmail = f"{q.last_roman}.{q.first_roman}@{c.dom}"
        rows.append([f"MS{20431 + j}", q.name(), q.kana(), q.born.strftime("%Y/%m/%d"),
                     rng.choice(["製造部", "総務部", "営業部"]), q.cmail])
    mail = f"{ct.last_roman}@{c.dom}"
    body = (f"{CLUB} 法人営業ご担当 {hq.last}様\n\nいつもお世話になっております。\n"
            f"{c.name}総務部の{ct.name()}です。\n"
            f"10月から法人会員に追加となる社員4名のリストを添付いたします。\nご確認のほどよろしくお願いいたします。\n\n"
            f"――――――――――――――\n{c.name}\n総務部 {ct.name()}\n〒100-0005 東京都千代田区丸の内2-1-1\n"
            f"TEL：{phone(c.tel)}\nMail：{mail}\n法人番号：{c.num}\n――――――――――――――\n")
    send(club, rel, formataddr((ct.name(), mail)), hq.work, "10月追加会員のご連絡", body,
         "Mon, 30 Sep 2024 10:05:00 +0900",
         [("追加会員リスト.csv", csv_text(rows).encode("cp932"), "text", "csv")])
    club.t(rel, "person_name", ct.name(), ct)
    club.t(rel, "email_address", mail, ct, True)
    club.t(rel, "phone_number", c.tel, None, True)
    club.t(rel, "corporate_number", c.num)
    club.t(rel, "person_name", hq.last, hq, True)
    club.t(rel, "email_address", hq.work, hq, True)
    club.t(rel, "address", "東京都千代田区丸の内2-1-1", None, True)
    club.t(rel, "postal_code", "1000005", None, True)
    inner = rel + "!追加会員リスト.csv"
    for q in joining:
        club.t(inner, "person_name", q.name(), q)
        club.t(inner, "person_name", q.kana(), q, True)
        club.t(inner, "date_of_birth", q.born.isoformat(), q)
        club.t(inner, "email_address", q.cmail, q)
