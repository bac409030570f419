"""The clinic's mails: four refund/complaint replies quoting the patient, a branch forwarding
横浜院's 要注意患者 list as an attachment, and a booking confirmation.

Staff signatures (their branch line, work mail and name) and the clinic's shared addresses are
neutral. The attachment's list is a file of its own, `….eml!yochui_list.txt` (blind truth fix
1); a row flagged 精神疾患の申告あり is 要配慮 (fix 2).
"""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formataddr

from .beauty_clinic_people import CLINIC, DOMAIN, TREATMENTS, Clinic, Person
from .identifiers import luhn_check
from .identifiers import my_number as check_number
from .japanese import HYPHENS, fphone, half_width_kana, wareki
from .share import mail_bytes

REFUND_BANKS = ["三井住友銀行 渋谷支店", "ゆうちょ銀行 〇一八店", "楽天銀行 第一営業支店",
                "PayPay銀行 本店営業部"]
SHARED = ("keiri", "yokohama", "reserve")
WATCH_FLAGS = ["未払いあり", "クレーム歴あり", "精神疾患の申告あり", "要注意"]


class Signatures:
    """Staff signatures drawn for one mail, whose numbers (the branch line) are neutral."""

    def __init__(self, clinic: Clinic) -> None:
        self.clinic = clinic
        self.phones: list[str] = []

    def sign(self, s: Person) -> str:
        phone = f"03-5321-{self.clinic.rng.randint(1000, 9999)}"
        self.phones.append(phone)
        return f"\n--\n{CLINIC} {s.branch}\n{s.role} {s.name()}\nTEL {phone}\n{s.work_mail}\n"

    def neutrals(self, path: str) -> None:
        """The signatures' phones and the shared addresses as neutral in `path`."""
        for phone in self.phones:
            self.clinic.t(path, "phone_number", phone.replace("-", ""), None, neutral=True)
        self.phones.clear()
        for box in SHARED:
            self.clinic.t(path, "email_address", f"{box}@{DOMAIN}", None, neutral=True)


def message_id(clinic: Clinic) -> str:
    """A Message-ID, drawn after the body as gen.py did."""
    return f"<{clinic.rng.randint(10**9, 10**10)}@{DOMAIN}>"


def staff_neutral(clinic: Clinic, path: str, s: Person) -> None:
    """A signing staff member's work mail and name: neutral."""
    clinic.t(path, "email_address", s.work_mail, s, neutral=True)
    clinic.t(path, "person_name", s.name(""), s, neutral=True)


def refunds(clinic: Clinic) -> None:
    """Four replies to unhappy patients: the refund account in half-width kana and the
    patient's own mail quoted below."""
    rng, signatures = clinic.rng, Signatures(clinic)
    for k, p in enumerate(clinic.patients[40:44]):
        kind = ["クレーム", "返金依頼", "返金依頼", "クレーム"][k]
        path = f"メール/{kind}_{p.last}様_2024050{k + 1}.eml"
        account = f"{rng.randint(0, 9999999):07d}"
        bank = rng.choice(REFUND_BANKS)
        st = clinic.reception[k % 3]
        body = f"""{p.last}様

{CLINIC} {st.branch}の{st.last}でございます。
この度は{rng.choice(TREATMENTS)}後の仕上がりについてご不快な思いをおかけし、誠に申し訳ございません。
院長 {clinic.doctors[0].name()} とも協議のうえ、施術代金の全額を返金させていただくことになりました。

お手数ですが、以下の振込先にお間違いがないかご確認ください。
　口座名義：{half_width_kana(p.kana())}
　振込先：{bank}　普通　{account}
　ご連絡先：{fphone(p.mobile, rng.choice(("-", *HYPHENS)))}

なお、{p.first_kana.lower()}様よりお電話いただいた際の内容\
（{rng.choice(['腫れ', 'しこり', '左右差'])}）は記録に残しております。
{signatures.sign(st)}
-----Original Message-----
From: {p.name()} <{p.email}>
Sent: {clinic.day(2024, 2024)}
{rng.choice(['施術から２週間たっても腫れが引きません。',
             'ヒアルロン酸のしこりが気になります。返金してください。'])}
{p.name('')}
"""
        message = EmailMessage()  # (Cc after Subject, as gen.py wrote it; mail_bytes puts it first)
        message["From"] = formataddr((st.name(), st.work_mail))
        message["To"] = formataddr((p.name(), p.email))
        message["Subject"] = f"【{CLINIC}】返金のご案内"
        message["Cc"] = f"keiri@{DOMAIN}"
        message["Date"] = f"Thu, 0{k + 1} May 2024 1{k}:12:00 +0900"
        message["Message-ID"] = message_id(clinic)
        message.set_content(body, charset="utf-8")
        clinic.share.write(path, bytes(message))
        clinic.t(path, "person_name", p.name(""), p)
        clinic.t(path, "person_name", half_width_kana(p.kana("")), p)
        clinic.t(path, "email_address", p.email, p)
        clinic.t(path, "bank_account", account, p)
        clinic.t(path, "phone_number", p.mobile, p)
        clinic.t(path, "person_name", p.last, p, neutral=True)
        clinic.t(path, "person_name", p.first_kana.lower(), p, neutral=True)
        signatures.neutrals(path)
        staff_neutral(clinic, path, st)


def watch_list(clinic: Clinic) -> None:
    """銀座院 forwards 横浜院's six 要注意 patients (attached, with phones and 既往歴); the body
    names the first two (a phone, a birth date)."""
    rng, signatures = clinic.rng, Signatures(clinic)
    path = "メール/Fwd_横浜院_要注意患者リスト.eml"
    listed = clinic.patients[44:50]
    flags = [rng.choice(WATCH_FLAGS) for _ in listed]
    attached = "\n".join(f"{q.name()}\t{q.mobile}\t{q.disease or '特記なし'}\t{flag}"
                         for q, flag in zip(listed, flags, strict=True))
    sender, to, manager = clinic.staff[2], clinic.staff[3], clinic.staff[16]
    first, second = listed[0], listed[1]
    body = f"""{to.last}先生

お疲れ様です。{sender.branch}の{sender.last}です。
以下、横浜院から共有のあった要注意の患者さまです（添付ご確認ください）。
特に{first.name()}様は他院でのトラブル歴があり、\
ご本人の携帯（{fphone(first.mobile, 'zen')}）からの電話には\
必ず事務長 {manager.name()} へ回してください。

---------- Forwarded message ---------
From: 横浜院 受付 <yokohama@{DOMAIN}>
件名: 要注意患者リスト
{second.name()}様（{second.born.year}年{second.born.month}月{second.born.day}日生）は前回予約を無断キャンセルしています。
{signatures.sign(sender)}"""
    clinic.share.write(path, mail_bytes(
        formataddr((sender.name(), sender.work_mail)), formataddr((to.name(), to.work_mail)),
        "Fwd: 要注意患者リスト", "Mon, 13 May 2024 09:30:00 +0900", body,
        [("yochui_list.txt", attached, "text", "plain")], message_id=message_id(clinic)))
    inner = path + "!yochui_list.txt"
    for q, flag in zip(listed, flags, strict=True):
        clinic.t(inner, "person_name", q.name(""), q)
        clinic.t(inner, "phone_number", q.mobile, q)
        if q.disease:
            clinic.t(inner, "sensitive", q.disease, q)
        if flag.startswith("精神疾患"):
            clinic.t(inner, "sensitive", "精神疾患", q)
    clinic.t(path, "person_name", first.name(""), first)
    clinic.t(path, "phone_number", first.mobile, first)
    clinic.t(path, "person_name", second.name(""), second)
    clinic.t(path, "date_of_birth", second.born.isoformat(), second)
    signatures.neutrals(path)
    for s in (sender, to):
        staff_neutral(clinic, path, s)
    clinic.t(path, "person_name", manager.name(""), manager, neutral=True)


def confirmation(clinic: Clinic) -> None:
    """A booking confirmation: 予約番号 (My Number check) and 会員番号 (Luhn), hard negatives."""
    rng, signatures = clinic.rng, Signatures(clinic)
    p, desk = clinic.patients[88], clinic.staff[14]
    path = f"メール/予約確認_{p.last_roman}.eml"
    number = check_number(rng, nonzero_lead=True)
    day = wareki(clinic.day(2024, 2024))
    member = "3" + str(rng.randint(10**13, 10**14 - 1))
    body = f"""{p.name()} 様

この度は{CLINIC}をご予約いただきありがとうございます。
ご予約番号：{number}
ご予約日時：{day} 15:00〜
担当医：{p.doctor.name()}
ご来院の際は、本人確認書類（運転免許証等）と、\
お持ちの方は会員カード（会員番号 {member + luhn_check(member)}）をご持参ください。
{signatures.sign(desk)}"""
    clinic.share.write(path, mail_bytes(
        f"reserve@{DOMAIN}", formataddr((p.name(), p.email)), "【ご予約確認】" + CLINIC,
        "Tue, 14 May 2024 18:00:00 +0900", body, message_id=message_id(clinic)))
    clinic.t(path, "person_name", p.name(""), p)
    clinic.t(path, "email_address", p.email, p)
    signatures.neutrals(path)
    staff_neutral(clinic, path, desk)
