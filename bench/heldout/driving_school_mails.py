"""The driving school's mails: a parent asks about her minor son's 二輪 course (his epilepsy,
her full-width phone and address) and the 受付 replies quoting her; a student moves a booking;
the 北分校 forwards the 合宿 participants (a CSV attached, its values under
x.eml!sanka_12gatsu.csv) with one's condition. Two in five go out in ISO-2022-JP where the body
fits it; a Message-ID and the attachment's boundary are drawn."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from .driving_school_letters import zen_wareki
from .driving_school_people import DOMAIN, TEL, TEL_NORTH, Person, School
from .japanese import FULL_WIDTH
from .share import csv_text, mail_bytes

JST = timezone(timedelta(hours=9))
DESK = f"uketsuke@{DOMAIN}"
NORTH_DESK = f"kita-yoyaku@{DOMAIN}"
CAMP_AGENT = "gassyuku@menkyo-navi.example.jp"
CAMP_TEL = "03-5555-0142"
MAIL_HYPHENS = ["－", "ー", "‐", "―", "−"]  # (the full-width hyphen first, unlike the memo's)


def _send(s: School, path: str, sender: str, to: str, subject: str, body: str,
          when: datetime, attachment: tuple[str, bytes] | None = None) -> None:
    """The mail as the blind generator sent it: a Message-ID drawn, ISO-2022-JP two times in
    five where the body fits it, the attachment (text/csv) behind a boundary drawn."""
    R = s.rng
    message_id = f"<{R.getrandbits(64):x}@{DOMAIN}>"
    charset = "iso-2022-jp" if R.random() < 0.4 else "utf-8"
    try:
        body.encode("iso2022_jp")
    except UnicodeEncodeError:
        charset = "utf-8"
    attachments = [(attachment[0], attachment[1], "text", "csv")] if attachment else []
    boundary = f"=_hokuto_{R.getrandbits(32):08x}" if attachment else ""
    s.share.write(path, mail_bytes(sender, to, subject, format_datetime(when.replace(tzinfo=JST)),
                                   body, attachments, message_id, charset=charset,
                                   boundary=boundary))


def _minor(s: School) -> tuple[Person, Person]:
    st = next(x for x in s.students if x.minor)
    return st, s.guardians[st.id]


def consultation(s: School) -> None:
    """The first minor's parent: his given name (neutral), his 和暦 birth in full-width digits,
    てんかん, her mobile, 〒 and address (full-width, a look-alike hyphen), her mail."""
    R, a = s.rng, s.add
    st, g = _minor(s)
    path = "mail/2026-11-02_二輪入校の相談.eml"
    parent = a(path, "person_name", g.name(""), g)
    son = a(path, "person_name", st.first, st, neutral=True)
    birth = s.born(path, st, zen_wareki(st.born))
    sick = a(path, "sensitive", "てんかん", st)
    phone = a(path, "phone_number", g.mobile.translate(FULL_WIDTH), g)
    postal = a(path, "postal_code", st.addr.postal.translate(FULL_WIDTH), g)
    home = st.addr.typed(R.choice(MAIL_HYPHENS))
    a(path, "address", st.addr.dashed(), g)  # (its hyphen normalized: 1-2-3)
    body = (f"北斗自動車学校 受付ご担当者様\n\nいつもお世話になっております。{parent}と申します。\n"
            f"息子の{son}（{birth}生まれ）の普通二輪の入校について相談させてください。\n"
            f"実は息子は小学生の頃から{sick}の持病があり、現在も服薬しています。"
            "ここ３年は発作はありません。\n"
            "主治医の診断書が必要でしょうか。また、保護者の同意書は郵送でよろしいですか。\n\n"
            f"連絡は私の携帯（{phone}）までお願いいたします。\n住所：〒{postal} {home}\n\n"
            f"--\n{a(path, 'person_name', g.name(), g)}\n{a(path, 'email_address', g.email, g)}\n")
    a(path, "email_address", DESK, "ORG", neutral=True)
    _send(s, path, f"{g.name('')} <{g.email}>", DESK, "普通二輪の入校について（相談）", body,
          datetime(2026, 11, 2, 21, 14))


def reply(s: School) -> None:
    """The 受付 (the fourth staff member, her surname neutral) replies, signed, quoting the
    condition and the parent's phone; 受付番号 passes the My Number check."""
    a = s.add
    st, g = _minor(s)
    clerk = s.staff[3]
    path = "mail/2026-11-03_Re_二輪入校の相談.eml"
    line = "-" * 30
    body = (f"{a(path, 'person_name', g.name(''), g)} 様\n\nお問い合わせありがとうございます。"
            f"北斗自動車学校 受付の{a(path, 'person_name', clerk.last, clerk, neutral=True)}"
            "です。\n"
            "病気の症状等の申告につきましては、入校時に質問票をご提出いただき、"
            "該当がある場合は主治医の診断書をお持ちください。\n"
            f"保護者同意書は郵送で結構です。受付番号は {s.my_number()} となります。\n\n"
            f"{line}\n株式会社北斗自動車学校 本校 受付\n"
            f"{a(path, 'person_name', clerk.name(), clerk)}\nTEL {TEL}（代表）\n"
            f"Mail {a(path, 'email_address', clerk.wmail, clerk)}\n{line}\n\n"
            f"> 実は息子は小学生の頃から{a(path, 'sensitive', 'てんかん', st)}の持病があり、"
            "現在も服薬しています。\n"
            f"> 連絡は私の携帯（{a(path, 'phone_number', g.mobile.translate(FULL_WIDTH), g)}）"
            "までお願いいたします。\n")
    s.school(path)
    a(path, "email_address", DESK, "ORG", neutral=True)
    _send(s, path, f"北斗自動車学校 受付 <{DESK}>", g.email, "Re: 普通二輪の入校について（相談）",
          body, datetime(2026, 11, 3, 10, 2))
    a(path, "email_address", g.email, g)


def reschedule(s: School) -> None:
    """A student (no minor) moves a slot: 原簿番号, 予約番号 (Luhn), 会員番号 (My Number check),
    the unhyphened mobile."""
    R = s.rng
    st = R.choice([x for x in s.students if not x.minor])
    path = "mail/2026-11-18_技能教習の予約変更.eml"
    booking = s.luhn("20261")
    who = s.add(path, "person_name", st.name(), st)
    phone = s.add(path, "phone_number", st.mobile.replace("-", ""), st)
    body = (f"北分校 予約係様\n\n教習生の{who}です（教習原簿番号 {st.genbo}）。\n"
            f"予約番号 {booking} の11月20日 3限を、11月22日に変更できますでしょうか。\n"
            f"会員番号は{st.member}です。\n電話番号 {phone}\nよろしくお願いします。\n")
    s.add(path, "email_address", NORTH_DESK, "ORG", neutral=True)
    _send(s, path, st.email, NORTH_DESK, "技能教習の予約変更のお願い", body,
          datetime(2026, 11, 18, 7, 40))
    s.add(path, "email_address", st.email, st)


def _participants(s: School, inner: str, chosen: list[Person]) -> bytes:
    """sanka_12gatsu.csv (CP932): name, kana, university, mobile, the emergency contact."""
    a = s.add
    rows = [["氏名", "フリガナ", "大学", "携帯", "緊急連絡先"]]
    for st in chosen:
        e = s.emergency[st.id]
        row = [a(inner, "person_name", st.name(), st), a(inner, "person_name", st.kana(""), st),
               st.univ, a(inner, "phone_number", st.mobile, st)]
        if e:
            row.append(a(inner, "person_name", e.name(""), e) + " "
                       + a(inner, "phone_number", e.mobile, e))
        else:
            row.append("")
        rows.append(row)
    return csv_text(rows).encode("cp932")


def forwarded(s: School) -> None:
    """The 北分校's 事務 forwards the 合宿 agent's first six participants (the CSV attached) to
    the first 技能検定員 (his surname neutral), with one's declared condition (or a diabetic's
    insulin)."""
    a = s.add
    sender, rcpt = s.staff[9], s.staff[0]
    path = "mail/2026-11-20_Fw_合宿参加者リスト.eml"
    chosen = s.camp[:6]
    attached = _participants(s, f"{path}!sanka_12gatsu.csv", chosen)
    sick = [x for x in chosen if x.id in s.sick]
    st = sick[0] if sick else chosen[1]
    who = a(path, "person_name", st.name(""), st)
    if sick:
        term = a(path, "sensitive", s.sick[st.id][1], st)
        extra = (f"\nなお、{who}さんは申告で「{term}」とのことですので、"
                 "宿舎の食事の配慮をお願いします。\n")
    else:
        term = a(path, "sensitive", "糖尿病", st)
        extra = (f"\nなお、{who}さんは{term}でインスリン注射をしているとのことで、"
                 "宿舎の冷蔵庫の確保をお願いします。\n")
    body = (f"{a(path, 'person_name', rcpt.last, rcpt, neutral=True)}さん\n\n"
            f"12月合宿の参加者リストを転送します。{extra}\n"
            f"{a(path, 'person_name', sender.name(), sender)}\n北分校 事務\nTEL {TEL_NORTH}\n\n"
            f"-------- Forwarded Message --------\nFrom: 合宿免許センター <{CAMP_AGENT}>\n"
            "Date: 2026年11月19日 16:22\nSubject: 12月入校 参加者確定のご連絡\n\n"
            "北斗自動車学校 北分校 御中\n\n"
            "12月入校の参加者が確定しましたので添付にてお送りします。\n"
            f"担当：合宿免許センター 予約課 TEL {CAMP_TEL}\n")
    a(path, "phone_number", CAMP_TEL, "ORG", neutral=True)
    a(path, "email_address", CAMP_AGENT, "ORG", neutral=True)
    s.school(path, name=False, tel=False, north=True)
    _send(s, path, f"{sender.name()} <{sender.wmail}>", rcpt.wmail,
          "Fw: 12月入校 参加者確定のご連絡", body, datetime(2026, 11, 20, 9, 5),
          ("sanka_12gatsu.csv", attached))
    a(path, "email_address", sender.wmail, sender)
    a(path, "email_address", rcpt.wmail, rcpt)
