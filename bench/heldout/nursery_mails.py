"""Six mails: a mother's absence note and the 主任's reply quoting it (ISO-2022-JP), a
forwarded pick-up change, the ぞう組 連絡網 sent to a parent (`…eml!連絡網_ぞう組.csv`), the
caterer's invoice mail and a teacher asking the 園長 for sick leave.

The school's signature, the staff's work mail, the 園長 and the caterer's contact are neutral;
the invoice mail's 請求番号 passes the My Number check and its 受注管理番号 Luhn.
"""

from __future__ import annotations

from email.utils import formataddr

from .identifiers import digits, luhn_check, my_number
from .nursery_people import MAIL, Nursery, Person
from .share import csv_text, mail_bytes

SIGNATURE = ("\n--\n社会福祉法人ひだまり会 ひだまり保育園\n{name}\n"
             "TEL 048-255-3710 / FAX 048-255-3711\n〒333-0848 埼玉県川口市芝中田2丁目18番7号\n")
VENDOR = "nakano@sukoyaka-foods.co.jp"


def address(name: str, mail: str) -> str:
    return formataddr((name, mail)) if name else mail


def send(h: Nursery, path: str, sender: tuple[str, str], to: tuple[str, str], subject: str,
         body: str, date: str, charset: str = "utf-8",
         attachment: tuple[str, bytes] | None = None) -> None:
    """The next mail, numbered in its Message-ID (and an attachment's boundary)."""
    h.mails += 1
    k = h.mails
    h.share.write(path, mail_bytes(
        address(*sender), address(*to), subject, date, body,
        [(*attachment, "text", "csv")] if attachment else [],
        f"<{h.seed}.{k}.hidamari@mail.example.jp>", charset=charset,
        boundary=f"==hidamari_{h.seed}_{k}=="))


def signed(h: Nursery, path: str, s: Person) -> None:
    """A staff member's signature: their name and work mail, the school's numbers (neutral)."""
    h.t(path, "person_name", s.name(), s, True)
    h.t(path, "email_address", s.work_mail, s, True)
    h.school(path, "tel", "fax", "addr", "zip")


def head_named(h: Nursery, path: str) -> None:
    """The 園長's work mail and name (neutral)."""
    head = h.staff[0]
    h.t(path, "email_address", head.work_mail, head, True)
    h.t(path, "person_name", head.name(), head, True)


def absence(h: Nursery) -> None:
    """A mother's absence note (a child's 既往歴 in it) and the 主任's reply quoting it."""
    c = next(c for c in h.children if c.history)
    g, s = c.fam.mother, h.staff[1]
    path = f"06_メール/2024-10-15_欠席連絡_{c.last}.eml"
    body = (f"ひだまり保育園\n{c.cls} 担任の先生\n\nいつもお世話になっております。"
            f"{c.cls}の{c.name()}の母です。\n昨夜から熱があり、本日{c.doc[0]}を受診したところ\n"
            f"{c.history[0]}の既往もあるので様子を見るよう言われました。\n"
            "今日と明日はお休みさせてください。\n\n"
            f"何かあれば携帯 {h.phone(g.mobile, 0)} までお願いします。\n{g.name()}\n")
    h.t(path, "email_address", MAIL, None, True)
    send(h, path, (g.name(), g.email), ("", MAIL), f"【欠席連絡】{c.cls} {c.name()}", body,
         "Tue, 15 Oct 2024 07:12:33 +0900")
    for reply in (False, True):
        if reply:
            path = f"06_メール/2024-10-15_Re_欠席連絡_{c.last}.eml"
            quoted = "\n".join("> " + line for line in body.splitlines())
            answer = (f"{g.name()} 様\n\nご連絡ありがとうございます。\n"
                      f"{c.first}ちゃん、お大事になさってください。\n登園の際は念のため登園届をご提出ください。\n"
                      + SIGNATURE.format(name="主任保育士 " + s.name())
                      + f"\n2024年10月15日 7:12 {g.name()} <{g.email}>:\n" + quoted)
            send(h, path, ("ひだまり保育園 " + s.name(), s.work_mail), (g.name(), g.email),
                 f"Re: 【欠席連絡】{c.cls} {c.name()}", answer, "Tue, 15 Oct 2024 08:40:01 +0900",
                 charset="iso-2022-jp")
        h.named(path, c)
        h.named(path, g)
        h.t(path, "phone_number", g.mobile, g)
        h.t(path, "email_address", g.email, g)
        h.t(path, "sensitive", c.history[0], c)
    signed(h, path, s)


def pickup_change(h: Nursery) -> None:
    """A parent's note that a grandparent collects today, forwarded to the 園長."""
    gp = h.grands[0]
    fam = gp.fam
    c, g, s, head = fam.kids[0], fam.father or fam.mother, h.staff[5], h.staff[0]
    path = "06_メール/2024-10-21_Fw_お迎え変更.eml"
    note = (f"ひだまり保育園 御中\n\n{c.cls} {c.name()} の{g.rel}です。\n本日は仕事で遅くなるため、"
            f"{gp.rel[:2]}の{gp.name('')}（{h.phone(gp.mobile, 4)}）がお迎えに伺います。\n"
            f"送迎者登録済みです。よろしくお願いします。\n\n{g.name()}\n{g.work[0]}\n")
    body = (f"園長先生\n\n下記、本日のお迎え変更です。送迎者登録を確認済みです。\n{s.name()}\n\n"
            f"---------- Forwarded message ---------\nFrom: {g.name()} <{g.email}>\n"
            f"Date: 2024年10月21日(月) 12:03\nSubject: お迎えについて\nTo: <{MAIL}>\n\n" + note)
    send(h, path, (s.name(), s.work_mail), ("園長 " + head.name(), head.work_mail),
         "Fwd: お迎えについて", body, "Mon, 21 Oct 2024 12:30:00 +0900")
    h.named(path, c)
    h.named(path, g)
    h.named(path, gp)
    h.t(path, "phone_number", gp.mobile, gp)
    h.t(path, "email_address", g.email, g)
    h.t(path, "person_name", s.name(), s, True)
    h.t(path, "email_address", s.work_mail, s, True)
    head_named(h, path)
    h.t(path, "email_address", MAIL, None, True)


def class_list(h: Nursery) -> None:
    """The ぞう組 連絡網 (mothers' mobiles) mailed to one parent, the 役員."""
    s, wrong, cls = h.staff[13], h.guardians[5], "ぞう組"
    path = "06_メール/2024-11-01_クラス連絡網送付.eml"
    rows = [["児童名", "保護者", "携帯"]]
    member = path + "!連絡網_ぞう組.csv"
    for c in [c for c in h.children if c.cls == cls]:
        g = c.fam.mother
        rows.append([c.name(), g.name(), h.phone(g.mobile, 0)])
        h.named(member, c)
        h.named(member, g)
        h.t(member, "phone_number", g.mobile, g)
    body = (f"{wrong.name()} 様\n\n役員のお仕事お疲れ様です。{cls}の連絡網をお送りします。\n"
            "取扱いにはご注意ください。\n" + SIGNATURE.format(name="事務 " + s.name()))
    send(h, path, (s.name(), s.work_mail), (wrong.name(), wrong.email), f"{cls} 連絡網（役員用）",
         body, "Fri, 01 Nov 2024 17:45:10 +0900",
         attachment=("連絡網_ぞう組.csv", csv_text(rows).encode()))
    h.named(path, wrong)
    h.t(path, "email_address", wrong.email, wrong)
    signed(h, path, s)


def vendor(h: Nursery) -> None:
    """The caterer's invoice mail to the 事務員: hard negatives only."""
    rng, clerk = h.rng, h.staff[13]
    path = "06_メール/2024-10-28_すこやかフーズ_請求書送付.eml"
    invoice = my_number(rng)
    while True:  # gen.py drew all 16 digits again until they passed Luhn
        order = "4" + digits(rng, 15)
        if luhn_check(order[:-1]) == order[-1]:
            break
    body = (f"ひだまり保育園\n事務ご担当 {clerk.last}様\n\nいつもお世話になっております。"
            f"株式会社すこやかフーズの中野です。\n10月分の請求書（請求番号 {invoice}）を"
            f"添付いたします。\nお支払期日：2024年11月30日\n受注管理番号：{order}\n\n"
            "株式会社すこやかフーズ 営業部 中野 美香\n"
            f"TEL 048-822-5511 / {VENDOR}\n法人番号 {h.vendor_corporate}\n")
    send(h, path, ("中野 美香", VENDOR), ("", clerk.work_mail), "10月分ご請求書送付の件", body,
         "Mon, 28 Oct 2024 10:05:00 +0900")
    h.t(path, "person_name", "中野", None, True)
    h.t(path, "person_name", clerk.last, clerk, True)
    h.t(path, "person_name", "中野美香", None, True)
    h.t(path, "email_address", VENDOR, None, True)
    h.t(path, "phone_number", "0488225511", None, True)
    h.t(path, "corporate_number", h.vendor_corporate, None, True)
    h.t(path, "email_address", clerk.work_mail, clerk, True)


def sick_leave(h: Nursery) -> None:
    """A teacher's request to the 園長 for a month's leave (適応障害), from private mail."""
    s, head = h.staff[h.rng.randint(4, 9)], h.staff[0]
    path = "06_メール/2024-09-30_休職について.eml"
    body = (f"園長\n\nお疲れ様です。{s.name()}です。\n"
            "先日お話しした件ですが、心療内科で適応障害と診断され、\n"
            "診断書が出ましたので10月から1か月休職させていただきたいです。\n"
            f"連絡は私用の携帯（{h.phone(s.mobile, 0)}）か {s.private_mail} にお願いします。\n\n"
            f"{s.name()}\n")
    send(h, path, (s.name(), s.private_mail), (head.name(), head.work_mail), "休職のご相談", body,
         "Mon, 30 Sep 2024 21:14:00 +0900")
    h.named(path, s)
    h.t(path, "sensitive", "適応障害", s)
    h.t(path, "phone_number", s.mobile, s)
    h.t(path, "email_address", s.private_mail, s)
    head_named(h, path)
