"""The staffing agency's mails: a staff member's reply with a 履歴書 attachment, a coordinator's
forward of a foreign staff member's new 在留カード, an employee's hotel booking with the
corporate card and a portal password, and a client's 入構者名簿 (CP932 attachment) with a
worker's seizure."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime

from .japanese import wareki
from .share import csv_text, mail_bytes
from .staffing_agency_people import CADDR, COMPANY, CPHONE, Agency, Person, grp

MAILS = "メール"
JST = timezone(timedelta(hours=9))


def _when(*args: int) -> str:
    return format_datetime(datetime(*args, tzinfo=JST))


def _sig(e: Person) -> str:
    return (f"--\n{COMPANY} {e.dept}\n{e.name(' ')}（{e.last_kana} {e.first_kana}）\n"
            f"TEL: {e.ext}（直通） / 代表 {CPHONE}\nE-mail: {e.wmail}\n〒163-1009 {CADDR}")


def _sig_truth(s: Agency, path: str, e: Person) -> None:
    """The signature's employee (the extension neutral) and the company's own (neutral)."""
    s.add(path, "person_name", e.name(" "), e)
    s.add(path, "person_name", f"{e.last_kana}{e.first_kana}", e)
    s.add(path, "email_address", e.wmail, e)
    s.add(path, "phone_number", e.ext, e, neutral=True)
    s.add(path, "phone_number", CPHONE, neutral=True)
    s.add(path, "address", CADDR, neutral=True)
    s.add(path, "postal_code", "163-1009", neutral=True)
    s.add(path, "person_name", COMPANY, neutral=True)


def registration(s: Agency) -> None:
    """The sixth assigned Japanese staff member's reply: 個人番号 and pay account in the body, a
    履歴書 as rirekisho.csv (its values on x.eml!rirekisho.csv)."""
    R = s.rng
    p, e = [x for x in s.assigned if not x.foreign][5], s.sales[1]
    path = f"{MAILS}/20241003_Re_登録書類の件_{p.last}.eml"
    b = p.bank
    body = (f"{e.last}様\n\nお世話になっております。{p.name('')}です。\n"
            f"ご依頼の書類を添付いたします。\n"
            f"マイナンバーは {grp(p.mn, (4, 4, 4), '-')} です（カードの写真は別途お送りします）。\n"
            f"給与の振込先は {b.name} {b.br}支店 {b.type} {b.acct} でお願いします。\n\n"
            f"よろしくお願いいたします。\n\n{p.name(' ')}\n携帯：{p.mobile}\n\n"
            f"> {p.name('')}様\n> {COMPANY}の{e.last}です。\n"
            f"> 登録書類（履歴書・個人番号届出書）のご提出をお願いします。\n")
    school = s.faker.last_name()
    career = R.choice(['株式会社ミドリ運輸 入社', '有限会社ハヤシ製作所 入社'])
    resume = (f"履歴書\n氏名,{p.name(' ')}\nふりがな,{p.last_kana} {p.first_kana}\n"
              f"生年月日,{wareki(p.born)}\n現住所,〒{p.addr.postal} {p.addr.full()}\n"
              f"電話,{p.mobile}\n"
              f"学歴,{wareki(date(p.born.year + 18, 3, 31))} {school}高等学校 卒業\n"
              f"職歴,{career}\n免許,普通自動車第一種運転免許\n")
    s.share.write(path, mail_bytes(f"{p.name(' ')} <{p.email}>", f"{e.name(' ')} <{e.wmail}>",
                                   "Re: 登録書類のご提出について", _when(2024, 10, 3, 21, 14), body,
                                   [("rirekisho.csv", resume.encode(), "text", "csv")]))
    s.basic(path, p, [p.name(" "), p.name("")], phone=p.mobile, email=True)
    s.basic(path + "!rirekisho.csv", p, [p.name(" "), f"{p.last_kana}{p.first_kana}"], dob=True,
            addr=p.addr.full(), postal=True, phone=p.mobile)
    s.add(path, "my_number", p.mn, p)
    s.add(path, "bank_account", b.acct, p)
    s.add(path, "person_name", e.name(" "), e)
    s.add(path, "email_address", e.wmail, e)
    s.add(path, "person_name", e.last, e, neutral=True)
    s.add(path, "person_name", COMPANY, neutral=True)


def residence_card(s: Agency) -> None:
    """The first foreign staff member's mail (new 在留カード, passport, birth, mobile) forwarded
    by a coordinator to HR, the sales manager in Cc; the katakana surname alone neutral."""
    p, e, h = s.foreigners[0], s.sales[2], s.hr[0]
    path = f"{MAILS}/20241008_Fwd_在留カード更新_{p.last_roman}.eml"
    body = (f"{h.last}さん\n\n{p.last_kana}さんから在留カード更新の連絡がありました。"
            f"台帳の更新をお願いします。\n"
            f"新しい在留期限は{p.visa_exp:%Y年%m月%d日}です。\n\n{_sig(e)}\n\n"
            f"---------- Forwarded message ---------\nFrom: {p.name()} <{p.email}>\n"
            f"Date: 2024年10月7日(月) 19:40\nSubject: zairyu card\nTo: {e.wmail}\n\n{e.last}さん\n"
            f"こんばんは。{p.last_kana}です。\n在留カードを更新しました。\n新しいカード番号：{p.rcard}\n"
            f"パスポート番号：{p.passport}\n生年月日：{p.born:%Y/%m/%d}\n"
            f"電話：{p.mobile.replace('-', '')}\nよろしくおねがいします。\n{p.name()}\n")
    s.share.write(path, mail_bytes(f"{e.name(' ')} <{e.wmail}>", f"{h.name(' ')} <{h.wmail}>",
                                   f"Fwd: 在留カード更新しました（{p.last_kana}）",
                                   _when(2024, 10, 8, 10, 2), body, cc=s.sales[0].wmail))
    s.add(path, "person_name", p.name(), p)
    s.add(path, "person_name", p.last_kana, p, neutral=True)
    for value, category in [(p.email, "email_address"), (p.rcard, "residence_card_number"),
                            (p.passport, "passport_number"), (p.born, "date_of_birth"),
                            (p.mobile, "phone_number")]:
        s.add(path, category, value, p)
    _sig_truth(s, path, e)
    s.add(path, "person_name", h.name(" "), h)
    s.add(path, "email_address", h.wmail, h)
    s.add(path, "email_address", s.sales[0].wmail, s.sales[0])
    s.add(path, "person_name", h.last, h, neutral=True)
    s.add(path, "person_name", e.last, e, neutral=True)


def business_trip(s: Agency) -> None:
    """An employee asks accounting to book a hotel with the corporate card (number, expiry, CVV)
    and shares the attendance portal's admin password; a Luhn-valid booking number."""
    R = s.rng
    e, acc = s.emp[1], s.accounting
    fallback = ("VISA", s.luhn("4"), "08/27")  # (drawn whether needed or not)
    brand, number, expiry = s.cards.get(e.id, fallback)
    path = f"{MAILS}/20240912_出張手配_{e.last}.eml"
    cvv = f"{R.randint(100, 999)}"
    password = f"Axis{R.randint(1000, 9999)}!{R.choice(['kq', 'Zt', 'mW'])}"
    shown = grp(number, (4, 4, 4, 4) if len(number) == 16 else (4, 6, 5), ' ')
    body = (f"{acc.last}さん\n\nお疲れ様です。来週の名古屋出張（派遣先 {s.clients[2].name} 訪問）"
            f"のホテルを法人カードで予約してください。\n"
            f"カード：{brand} {shown}\n有効期限：{expiry}\nセキュリティコード：{cvv}\n"
            f"予約番号（じゃらん）：{s.luhn('4')[:10]}\n\nあと、勤怠ポータルの管理者アカウントを共有します。\n"
            f"ID: admin_{e.last_roman.lower()}\nパスワード: {password}\n\n{_sig(e)}\n")
    s.share.write(path, mail_bytes(f"{e.name(' ')} <{e.wmail}>", f"{acc.name(' ')} <{acc.wmail}>",
                                   "名古屋出張の宿泊手配（立替）", _when(2024, 9, 12, 17, 45),
                                   body))
    _sig_truth(s, path, e)
    s.add(path, "person_name", acc.name(" "), acc)
    s.add(path, "email_address", acc.wmail, acc)
    s.add(path, "person_name", acc.last, acc, neutral=True)
    for value, category in [(number, "credit_card_number"), (expiry, "card_expiry"),
                            (cvv, "card_security_code"), (password, "credential")]:
        s.add(path, category, value, e)
    s.add(path, "person_name", s.clients[2].name, neutral=True)


def entry_list(s: Agency) -> None:
    """The first client's contact sends next month's 入構者名簿 (nyukousha_202411.csv, CP932;
    its values on x.eml!nyukousha_202411.csv) and reports a worker's てんかん."""
    R = s.rng
    cl, e = s.clients[0], s.sales[0]
    c = cl.contacts[0]
    workers = [x for x in s.assigned if x.client is cl][:4] or s.assigned[10:13]
    w = workers[0]
    fax = f"{cl.phone[:-1]}9"
    path = f"{MAILS}/20241021_{cl.name}_派遣スタッフ名簿.eml"
    body = (f"{COMPANY}\n{e.last}様\n\nいつもお世話になっております。{cl.name}の{c.last}です。\n"
            f"11月の入構者名簿を添付しますので、生年月日と緊急連絡先に誤りがないかご確認ください。\n\n"
            f"また、{w.name('')}さんですが、先週ライン作業中にてんかんの発作があり救急搬送されました。\n"
            f"本人からは持病とは聞いていなかったため、今後の配置についてご相談させてください。\n\n"
            f"--\n{cl.name} {c.role_title}\n{c.name(' ')}\nTEL {c.tel} / FAX {fax}\n"
            f"Mail {c.wmail}\n")
    inner = path + "!nyukousha_202411.csv"
    rows: list[list[object]] = [["No", "氏名", "フリガナ", "生年月日", "緊急連絡先", "入構証番号"]]
    for i, x in enumerate(workers, 1):
        rows.append([i, x.name(" "), x.kana(), x.born.strftime("%Y/%m/%d"), x.mobile,
                     f"{R.randint(100000, 999999)}"])
        for value, category in [(x.name(" "), "person_name"), (x.kana(), "person_name"),
                                (x.born, "date_of_birth"), (x.mobile, "phone_number")]:
            s.add(inner, category, value, x)
    attachment = ("nyukousha_202411.csv", csv_text(rows).encode("cp932"), "application",
                  "octet-stream")
    s.share.write(path, mail_bytes(f"{c.name(' ')} <{c.wmail}>", e.wmail,
                                   "【ご確認】11月入構者名簿と体調不良者の件",
                                   _when(2024, 10, 21, 9, 31), body, [attachment]))
    s.add(path, "person_name", w.name(""), w)
    s.add(path, "sensitive", "てんかん", w)
    s.add(path, "person_name", c.name(" "), c)
    s.add(path, "person_name", c.last, c, neutral=True)
    s.add(path, "email_address", c.wmail, c)
    s.add(path, "phone_number", c.tel, c, neutral=True)
    s.add(path, "phone_number", fax, neutral=True)
    s.add(path, "email_address", e.wmail, e)
    s.add(path, "person_name", e.last, e, neutral=True)
    s.add(path, "person_name", cl.name, neutral=True)
    s.add(path, "person_name", COMPANY, neutral=True)
