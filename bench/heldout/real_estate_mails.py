"""The brokerage's mails: a settlement notice to a seller (account, licence), a 司法書士's
forwarded chain, a bank's pre-screening results and a buyer's reply with a 源泉徴収票 CSV; then
the surnames written alone in them (neutral)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from .japanese import half_width_kana, wareki
from .real_estate_people import (
    CITIES,
    COMPANY,
    COMPANY_FAX,
    COMPANY_TEL,
    DOMAIN,
    Brokerage,
    Person,
    digits_of,
)
from .share import mail_bytes

JST = timezone(timedelta(hours=9))


def _send(h: Brokerage, path: str, sender: str, to: str, subject: str, body: str,
          sent: datetime, attachment: tuple[str, str] | None = None) -> None:
    """Write the .eml; its Message-ID drawn after everything in it."""
    message_id = f"<{h.rng.randint(10**9, 10**10)}@{DOMAIN}>"
    attachments = [(attachment[0], attachment[1].encode(), "text", "csv")] if attachment else []
    h.share.write(path, mail_bytes(sender, to, subject, format_datetime(sent), body, attachments,
                                   message_id))


def _signature(h: Brokerage, s: Person) -> str:
    return (f"--\n{COMPANY}\n売買仲介部 {s.name(' ')}\nTEL {COMPANY_TEL} / FAX {COMPANY_FAX}\n"
            f"携帯 {s.phone()}\nMail {s.work_mail}\n{h.licence_no}")


def _note_signature(h: Brokerage, path: str, s: Person) -> None:
    h.note(path, "person_name", s.name(" "), s)
    h.note(path, "phone_number", digits_of(s.mobile), s)
    h.note(path, "email_address", s.work_mail, s)
    h.note(path, "phone_number", digits_of(COMPANY_TEL), None, True)
    h.note(path, "phone_number", digits_of(COMPANY_FAX), None, True)


def settlement_notice(h: Brokerage) -> None:
    """The first deal's seller asked to confirm the account the price is paid into."""
    _, sd, number, signed, settled, _ = h.deals[0]
    st, bank = sd.staff, sd.bank
    path = f"メール/{st.last_roman.lower()}/決済のご案内_{sd.last}様_0.eml"
    body = (f"{sd.last}様\n\nいつもお世話になっております。{COMPANY}の{st.last}です。\n"
            f"決済日は{wareki(settled)}午前10時、{bank[0]}{bank[1]}にて行います。\n"
            "売買代金の振込先として、以下の口座で間違いないかご確認ください。\n\n"
            f"　{bank[0]} {bank[1]} 普通 {sd.account}\n　口座名義 {half_width_kana(sd.kana())}\n\n"
            "当日は実印、印鑑証明書（3か月以内）、本人確認書類（運転免許証 "
            f"{sd.licence}で事前登録済み）をお持ちください。\n"
            f"ご住所（{sd.home.written(2)}）への書類郵送は{wareki(signed + timedelta(days=3))}"
            f"に発送済みです。\n\n{_signature(h, st)}\n")
    sent = datetime(2024, 5, h.rng.randint(1, 28), 14, 5, tzinfo=JST)
    _send(h, path, f"{st.name('')} <{st.work_mail}>", f"{sd.name('')} <{sd.email}>",
          f"【{COMPANY}】決済日のご案内（取引番号{number}）", body, sent)
    for c, v in [("person_name", sd.name("")), ("email_address", sd.email),
                 ("bank_account", sd.account), ("person_name", half_width_kana(sd.kana())),
                 ("drivers_license_number", sd.licence), ("address", sd.home.written(2))]:
        h.note(path, c, v, sd)
    h.note(path, "person_name", st.name(""), st)
    _note_signature(h, path, st)


def registry_forward(h: Brokerage) -> None:
    """The second deal's 司法書士 mail, quoted in a forward to the lending banker; the 司法書士's
    office address and 〒 are neutral."""
    R = h.rng
    b, sd, _, signed, _, _ = h.deals[1]
    sh, st, banker = h.shiho[0], b.staff, h.bankers[1]
    path = f"メール/{st.last_roman.lower()}/Fw_登記必要書類_{b.last}様.eml"
    sh_mail = f"{sh.last_roman.lower()}@{sh.last_roman.lower()}-shihoshoshi.jp"
    sh_zip = f"{R.choice(CITIES)[3]}-0001"
    spouse = h.spouses.get(b.id)
    inner = (f"{COMPANY}\n{st.last}様\n\n司法書士の{sh.last}です。所有権移転・抵当権設定登記の件、"
             f"買主様の情報を以下のとおり確認しました。\n\n"
             f"買主：{b.full_name()}（{wareki(b.born)}生）\n住所：{b.home.written(1)}\n")
    if spouse:
        inner += f"買主：{spouse.full_name()}（{wareki(spouse.born)}生） 持分２分の１\n"
    inner += (f"売主：{sd.full_name()}　住所 {sd.home.written(0)}\n\n"
              "住民票は新住所への異動前のものでお願いします。\n\n"
              f"――――――――――\n{sh.last}司法書士事務所\n司法書士 {sh.full_name()}\n"
              f"〒{sh_zip} {sh.home.written(1)}\nTEL {sh.phone()}\n{sh_mail}\n")
    body = (f"{banker.name(' ')}様\n\nお世話になっております。司法書士からの連絡を転送します。"
            f"抵当権設定の準備をお願いします。\n\n{_signature(h, st)}\n\n"
            f"-----Original Message-----\nFrom: {sh.name('')} <{sh_mail}>\n"
            f"Sent: {signed.isoformat()} 17:42\nTo: {st.work_mail}\nSubject: 登記必要書類\n\n"
            + "\n".join("> " + line for line in inner.splitlines()))
    banker_mail = f"{banker.last_roman.lower()}@bank1.example.co.jp"
    _send(h, path, f"{st.name('')} <{st.work_mail}>", f"{banker.name('')} <{banker_mail}>",
          f"Fw: 登記必要書類（{b.last}様）", body, datetime(2024, 5, 20, 9, 31, tzinfo=JST))
    for c, v in [("person_name", b.full_name()), ("date_of_birth", b.born.isoformat()),
                 ("address", b.home.written(1))]:
        h.note(path, c, v, b)
    if spouse:
        h.note(path, "person_name", spouse.full_name(), spouse)
        h.note(path, "date_of_birth", spouse.born.isoformat(), spouse)
    h.note(path, "person_name", sd.full_name(), sd)
    h.note(path, "address", sd.home.written(0), sd)
    for c, v in [("person_name", sh.full_name()), ("person_name", sh.name("")),
                 ("phone_number", digits_of(sh.mobile)), ("email_address", sh_mail)]:
        h.note(path, c, v, sh)
    h.note(path, "address", sh.home.written(1), sh, True)
    h.note(path, "postal_code", sh_zip.replace("-", ""), sh, True)
    h.note(path, "person_name", banker.name(" "), banker)
    h.note(path, "person_name", banker.name(""), banker)
    h.note(path, "email_address", banker_mail, banker)
    _note_signature(h, path, st)
    h.note(path, "person_name", st.name(""), st)


def screening_results(h: Brokerage) -> None:
    """A banker's pre-screening verdicts on five buyers (employer and income); the bank's phone
    and 法人番号 are neutral."""
    R, bk, path = h.rng, h.bankers[0], "メール/審査結果_事前審査_0524.eml"
    bank, st = bk.bank, h.buyers[0].staff
    bk_mail = f"{bk.last_roman.lower()}.{bk.first_roman.lower()}@smbc-example.co.jp"
    body = (f"{COMPANY}\n{st.last}様\n\n{bank[0]}{bank[1]}の{bk.last}でございます。\n"
            "先日お預かりした事前審査の結果をお知らせします。\n\n")
    for b in h.buyers[:5]:
        verdict = R.choice(["承認", "承認（金利優遇）", "条件付承認", "否決"])
        body += f"・{b.name('')}様（{b.employer}、年収{b.income}万円） … {verdict}\n"
        h.note(path, "person_name", b.name(""), b)
    body += ("\n否決理由の詳細はお答えできかねます。\n\n"
             f"{bank[0]} {bank[1]} 住宅ローン課\n{bk.full_name()}\n"
             f"TEL {bk.work_tel}（代表）\n法人番号 {bank[2]}\n")
    _send(h, path, f"{bk.name('')} <{bk_mail}>", st.work_mail, "事前審査結果のご連絡", body,
          datetime(2024, 5, 24, 16, 12, tzinfo=JST))
    h.note(path, "person_name", bk.full_name(), bk)
    h.note(path, "person_name", bk.name(""), bk)
    h.note(path, "email_address", bk_mail, bk)
    h.note(path, "phone_number", digits_of(bk.work_tel), None, True)
    h.note(path, "corporate_number", bank[2], None, True)
    h.note(path, "email_address", st.work_mail, st)


def viewing_reply(h: Brokerage) -> None:
    """Buyer 7's reply after a viewing, his 源泉徴収票 attached as CSV: what only the
    attachment holds is filed under eml!gensen_2023.csv (truth fix 1)."""
    b = h.buyers[6]
    st = b.staff
    path = f"メール/{st.last_roman.lower()}/Re_内見のお礼_{b.last}.eml"
    quoted = _signature(h, st).replace("\n", "\n> ")
    body = (f"{st.last}さん\n\n先日は内見ありがとうございました。{b.last}です。\n"
            "妻とも相談し、もう1件見たいと思います。土日の午前なら大丈夫です。\n"
            f"連絡は携帯 {b.phone(3)} か、このメールにお願いします。\n"
            f"年収の件ですが、源泉徴収票の写しを添付します（{b.income}万円）。\n\n{b.name(' ')}\n\n"
            f"> {b.last}様\n> 本日はありがとうございました。\n> {quoted}\n")
    csv = (f"氏名,生年月日,支払金額,勤務先\n{b.name('')},{b.born.isoformat()},{b.income * 10000},"
           f"{b.employer}\n")
    _send(h, path, b.email, st.work_mail, "Re: 内見のお礼", body,
          datetime(2024, 6, 2, 22, 40, tzinfo=JST), ("gensen_2023.csv", csv))
    for c, v in [("phone_number", digits_of(b.mobile)), ("person_name", b.name(" ")),
                 ("email_address", b.email)]:
        h.note(path, c, v, b)
    h.note(path + "!gensen_2023.csv", "person_name", b.name(""), b)
    h.note(path + "!gensen_2023.csv", "date_of_birth", b.born.isoformat(), b)
    _note_signature(h, path, st)
    h.note(path, "person_name", st.last, st, True)


def mail_surnames(h: Brokerage) -> None:
    """Truth fix 2: a surname written alone in a mail (X様, Xです) is neutral there, as in the
    担当 columns; run after every file is written."""
    for r in list(h.truth.records):
        if r["path"].endswith(".eml") and r["person"] and not r["neutral"]:
            p = h.people[r["person"]]
            h.note(r["path"], "person_name", p.last, p, True)


