"""The hotel's mails: a guest's complaint forwarded to the manager (full-width digits, a
parent's illness), the front's reply about a lost watch with the month's 遺失物台帳 attached
(its names and phones under x.eml!遺失物台帳_202410.txt) and a foreign guest's booking change
(passport, birth date). The hotel's own mailboxes and numbers are neutral."""

from __future__ import annotations

from .hotel_people import FRONT, MANAGER, RESERVATIONS, ROOMS, Hotel
from .japanese import FULL_WIDTH
from .share import mail_bytes

MAILS = "メール"
LOST_ITEMS = ["眼鏡", "充電器", "腕時計", "ぬいぐるみ"]
DASHES = ["ー", "‐", "―", "−"]  # (the lost-and-found mail's: no full-width hyphen)


def complaint(s: Hotel) -> None:
    """The sixth guest's complaint, forwarded by the second employee: name, mail, 〒, address
    and mobile in full-width digits, the father's 心臓病 (sensitive); 予約番号 passes the My
    Number check."""
    front, g = s.staff[1], s.guests[5]
    path = f"{MAILS}/苦情_1102_{g.last}様.eml"
    body = (f"支配人 各位\n\n以下、お客様からのご意見を転送します。ご確認ください。\n\n"
            f"{front.name()}\n\n"
            f"---------- Forwarded message ---------\nFrom: {g.name()} <{g.email}>\n"
            f"Date: 2024年11月2日 21:14\nSubject: 10月の宿泊について\n\n"
            f"みなと観光ホテル ご担当者様\n\n"
            f"10月１２日から２泊、５０３号室に宿泊した{g.name()}と申します"
            f"（予約番号 {s.my_number()}）。\n"
            f"夜中に隣室の騒音がひどく、フロントに２回電話しましたが対応していただけませんでした。\n"
            f"父が心臓病で通院中のため、静かな部屋をとお願いしていたのに残念です。\n"
            f"お返事は下記までお願いします。\n\n{g.name('　')}\n"
            f"〒{g.addr.postal.translate(FULL_WIDTH)} {g.addr.full('－')}\n"
            f"携帯：{g.mobile.translate(FULL_WIDTH)}\n")
    s.share.write(path, mail_bytes(f"{front.name()} <{FRONT}>", MANAGER, "Fwd: 10月の宿泊について",
                                   "Sat, 02 Nov 2024 22:01:00 +0900", body))
    s.rows(path, g, [("person_name", g.name()), ("email_address", g.email),
                     ("postal_code", g.addr.postal), ("address", g.addr.full()),
                     ("phone_number", g.mobile), ("sensitive", "心臓病")])
    s.add(path, "person_name", front.name(), front)
    s.add(path, "email_address", FRONT, neutral=True)
    s.add(path, "email_address", MANAGER, neutral=True)


def lost_and_found(s: Hotel) -> None:
    """The front to the 13th guest: 〒, address (no 都道府県, long-vowel hyphens), a look-alike
    hyphened mobile; the 遺失物台帳 of four other guests attached (UTF-8 text, base64). The
    guest's surname alone and the hotel's TEL and FAX are neutral."""
    R = s.rng
    g, clerk = s.guests[12], s.staff[2]
    path = f"{MAILS}/遺失物_返送依頼_1020.eml"
    attached = "遺失物台帳_202410.txt"
    found = s.guests[52:56]
    ledger = "\n".join(f"{R.randint(100000, 999999)}\t2024-10-{R.randint(10, 28)}\t"
                       f"{R.choice(ROOMS)}\t{R.choice(LOST_ITEMS)}\t{x.name()}\t"
                       f"{x.mobile.replace('-', '')}" for x in found)
    tel = g.mobile.replace("-", R.choice(DASHES))
    body = (f"{g.last} 様\n\nこの度は当館をご利用いただき、誠にありがとうございました。\n"
            f"お問い合わせの忘れ物（腕時計）を客室にて発見いたしました。\n"
            f"下記ご住所へ着払いにてお送りいたします。お間違いないかご確認ください。\n\n"
            f"　お届け先：〒{g.addr.postal}\n　　　　　　{g.addr.full('ー', short=True)}\n"
            f"　お名前　：{g.name()} 様\n　お電話　：{tel}\n\n"
            f"伝票番号は 4{R.randint(10**14, 10**15 - 1)} です。\n"
            f"なお、本メールには今月の遺失物台帳を添付しております（社外秘）。\n\n"
            f"──────────────\n株式会社みなと観光ホテルズ　みなと観光ホテル\n"
            f"フロント　{clerk.name()}\nTEL 03-5555-0120 / FAX 03-5555-0121\n"
            f"──────────────\n")
    table = "管理番号\t拾得日\t部屋\t品名\t氏名\t電話\n" + ledger
    s.share.write(path, mail_bytes(FRONT, g.email, "【みなと観光ホテル】お忘れ物の件",
                                   "Sun, 20 Oct 2024 10:12:00 +0900", body,
                                   [(attached, table.encode(), "text", "plain")]))
    s.rows(path, g, [("person_name", g.name()), ("email_address", g.email),
                     ("postal_code", g.addr.postal), ("address", g.addr.full(short=True)),
                     ("phone_number", g.mobile)])
    s.add(path, "person_name", clerk.name(), clerk)
    s.add(path, "email_address", FRONT, neutral=True)
    s.add(path, "phone_number", "0355550120", neutral=True)
    s.add(path, "phone_number", "0355550121", neutral=True)
    for x in found:
        s.rows(f"{path}!{attached}", x, [("person_name", x.name()), ("phone_number", x.mobile)])
    s.add(path, "person_name", g.last, g, neutral=True)


def booking_change(s: Hotel) -> None:
    """The first foreign guest, in English: passport, birth date, phone abroad (neutral), the
    wife's wheelchair (neutral); the confirmation number passes Luhn."""
    f = s.foreign[0]
    path = f"{MAILS}/reservation_change_{f.last}.eml"
    body = (f"Dear Reservations team,\n\n"
            f"I would like to change my booking (confirmation no. {s.luhn('5')}) "
            f"to check in on 14 November instead.\n"
            f"My passport number is {f.passport} and my date of birth is "
            f"{f.born.strftime('%d %B %Y')}, as you asked for the registration card.\n"
            f"My wife uses a wheelchair, so an accessible room would be appreciated.\n"
            f"You can reach me at {f.phone}.\n\nBest regards,\n{f.first} {f.last}\n")
    s.share.write(path, mail_bytes(f"{f.first} {f.last} <{f.email}>", RESERVATIONS,
                                   "Booking change", "Tue, 05 Nov 2024 08:00:00 +0000", body))
    s.rows(path, f, [("person_name", f.first + f.last), ("email_address", f.email),
                     ("passport_number", f.passport), ("date_of_birth", f.born)])
    s.abroad(path, f)
    s.add(path, "sensitive", "wheelchair", f, neutral=True)
    s.add(path, "email_address", RESERVATIONS, neutral=True)
