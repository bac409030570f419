"""The office's mails: a client's HR asks for a new hire's 資格取得 (every number), another
forwards an employee's newborn, the office answers a 離職票 request (a leavers' CSV attached), a
client reports a 労災 accident and another an employee's 休職 (the 診断書 PDF attached, the
mother as emergency contact).

HR contacts, the office's staff, phones and address are neutral, and so are surnames alone.
"""

from __future__ import annotations

from .japanese import FULL_WIDTH
from .labour_consultant_letters import sick_truth
from .labour_consultant_people import DOCTORS, OFFICE, STAFF, Office, jp_date

LEAVERS_CSV = "退職者一覧_202408.csv"


def staff(i: int) -> str:
    return f"{STAFF[i][1]} <{STAFF[i][2]}>"


def hr(co: dict) -> str:
    return f"{co['hr'].name()} <{co['hr_mail']}>"


def office_sig(i: int) -> str:
    """The office's signature for staff `i`."""
    return (f"\n--\n{OFFICE['name']}\n{STAFF[i][0]} {STAFF[i][1]}\n〒{OFFICE['zip']} "
            f"{OFFICE['addr']}\nTEL {OFFICE['tel']} / FAX {OFFICE['fax']}\nMail {STAFF[i][2]}\n")


def client_sig(co: dict) -> str:
    """A client's 総務 signature."""
    return (f"\n――――――――――\n{co['name']} 総務部\n{co['hr'].name()}\nTEL {co['tel']}\n"
            f"{co['hr_mail']}\n")


def client_truth(c: Office, rel: str, co: dict, i: int) -> None:
    """A client's mail's HR contact, the office's staff `i` and the client's phone (neutral)."""
    c.t_hr(rel, co)
    c.t_staff(rel, i)
    c.t(rel, "phone_number", co["tel"], None, True)


def new_hire(c: Office) -> None:
    """入社手続のお願い_<surname>.eml: client 2's last hire, every number and the dependants."""
    co = c.companies[1]
    e = co["emps"][-1]
    rel = f"07_メール/{co['name']}/入社手続のお願い_{e.last}.eml"
    body = f"""みなと社会保険労務士事務所
小野寺様

いつもお世話になっております。{co["name"]}の{co["hr"].last}です。
下記の者が入社しましたので、社会保険・雇用保険の取得手続をお願いいたします。

氏名：{e.last}　{e.first}（{e.kana()}）
生年月日：{jp_date(e.born, "dot")}
住所：〒{e.zip}　{e.full_addr}
携帯：{e.phone.translate(FULL_WIDTH)}
マイナンバー：{e.mn[:4]}-{e.mn[4:8]}-{e.mn[8:]}
入社日：{jp_date(e.hired, "slash")}
給与振込口座：{e.bank[1]} 支店{e.branch} 普通 {e.acct}

扶養家族は{"以下の通りです。" if e.deps else "いません。"}
""" + "".join(f"・{d.name()}（{d.rel}）{jp_date(d.born, 'kanji')}生 個人番号 {d.mn}\n"
              for d in e.deps) + client_sig(co)
    c.mail(rel, hr(co), staff(1), f"【{co['name']}】新入社員の資格取得手続について", body,
           (2024, 10, 2, 10, 15))
    c.t_emp(rel, e, "kana dob zip addr phone mn bank")
    for d in e.deps:
        c.t_emp(rel, d, "dob mn")
    client_truth(c, rel, co, 1)


def newborn(c: Office) -> None:
    """Fw_扶養追加_<surname>.eml: client 7's employee (the first without dependants) asks to
    add a newborn, forwarded with his pension number."""
    co = c.companies[6]
    e = next((x for x in co["emps"] if not x.deps), co["emps"][0])
    baby = c.family(e, "", (2024, 2024), "子")
    c.real.append(baby)
    e.deps.append(baby)
    rel = f"07_メール/{co['name']}/Fw_扶養追加_{e.last}.eml"
    domain = co["hr_mail"].split("@")[1]
    sender = e.email or f"staff{c.rng.randint(10, 99)}@{domain}"
    inner = f"""> {co["hr"].last}さん
>
> お疲れ様です。{e.last}です。
> 先月子どもが生まれましたので、扶養に入れる手続をお願いします。
> 子の名前：{baby.name()}（{baby.kana()}）
> 生年月日：{baby.born.year}年{baby.born.month}月{baby.born.day}日
> マイナンバー：{baby.mn}
> 私の携帯 {e.phone} に連絡ください。
"""
    body = f"""村井様

お世話になっております。{co["name"]}の{co["hr"].last}です。
従業員から下記の連絡がありましたので転送します。被扶養者異動届の作成をお願いします。
本人の基礎年金番号は {e.pension_dashed} です。

-------- Forwarded Message --------
From: {e.name()} <{sender}>
Subject: 扶養の追加について

{inner}""" + client_sig(co)
    c.mail(rel, hr(co), staff(2), f"Fw: 扶養の追加について（{e.last}）", body,
           (2024, 9, 12, 16, 40))
    c.t_emp(rel, e, "phone pension")
    c.t_emp(rel, baby, "kana dob mn")
    c.t(rel, "email_address", sender, e, not e.email)
    c.t(rel, "person_name", e.last, e, True)
    client_truth(c, rel, co, 2)


def leavers(c: Office) -> None:
    """Re_離職票作成依頼.eml: the office confirms client 8's four August leavers, their CSV
    attached, the first's reason a 腰痛."""
    co = c.companies[7]
    ex = co["emps"][:4]
    rel = f"07_メール/{co['name']}/Re_離職票作成依頼.eml"
    att = "氏名,生年月日,雇用保険被保険者番号,離職日,離職理由,住所\n" + "".join(
        f"{x.name2},{x.born.isoformat()},{x.koyo},2024-08-31,自己都合,{x.full_addr}\n" for x in ex)
    body = f"""{co["hr"].last}様

お世話になっております。みなと社労士事務所の小野寺です。
離職票の件、添付の一覧の4名で承知しました。
{ex[0].last}様については離職理由が「体調不良（腰痛の悪化）」とのことですので、医師の意見書があれば併せてお送りください。

> 小野寺様
> 8月末退職者の離職票をお願いします。一覧を添付します。
> {co["hr"].name()}
""" + office_sig(1)
    c.mail(rel, staff(1), hr(co), "Re: 離職票作成のお願い", body, (2024, 9, 3, 11, 5),
           (LEAVERS_CSV, att.encode("utf-8"), "text", "csv"))
    for x in ex:
        c.t_emp(f"{rel}!{LEAVERS_CSV}", x, "dob addr", x.name2)
    c.t(rel, "person_name", ex[0].last, ex[0], True)
    c.t(rel, "sensitive", "腰痛", ex[0])
    c.t_hr(rel, co)
    c.t_staff(rel, 1)
    c.t(rel, "phone_number", OFFICE["tel"], None, True)
    c.t(rel, "address", OFFICE["addr"], None, True)


def accident(c: Office) -> None:
    """労災の件_ご相談.eml: the first 労災's client asks 佐伯 about 休業補償."""
    e = c.injured[0]
    co = e.company
    rel = f"07_メール/{co['name']}/労災の件_ご相談.eml"
    body = f"""佐伯先生

{co["name"]}の{co["hr"].last}です。
本日、製造ラインで{e.name()}さん（{e.born.year}年生）が作業中に右手を機械に挟まれ、{DOCTORS[1][0]}に搬送されました。
診断は{e.injury}で、全治6週間の見込みです。しばらく休業になりそうです。
本人の連絡先は {e.phone.replace("-", "ー")} です。
休業補償の手続きについてご指導ください。
""" + client_sig(co)
    c.mail(rel, hr(co), staff(0), "【至急】労災事故のご相談", body, (2024, 6, 20, 17, 55))
    c.t(rel, "person_name", e.name(), e)
    c.t(rel, "phone_number", e.phone, e)
    c.t(rel, "sensitive", e.injury, e)
    client_truth(c, rel, co, 0)


def leave(c: Office) -> None:
    """休職開始のご連絡.eml: the 診断書's patient goes on leave (diagnosis, account, the mother's
    mobile), the 診断書 PDF attached."""
    e = c.sick
    co = e.company
    rel = f"07_メール/{co['name']}/休職開始のご連絡.eml"
    mom_name = e.last + c.faker.first_name_female()
    mom_phone = c.mobile()
    body = f"""村井様

{co["name"]}の{co["hr"].last}でございます。
{e.last}{e.first}様（社員番号0102）が10月1日より休職に入ります。
主治医の診断は適応障害で、3か月の休養が必要とのことです。傷病手当金の申請をお願いします。
診断書をPDFで添付いたします。
本人の振込口座は従前の通り（{e.bank[1]} {e.branch} 普通 {e.acct}）です。
緊急連絡先は本人の母 {mom_name}様 {mom_phone} です。
""" + client_sig(co)
    mom = c.person("", (1950, 1965), (e.last, e.last_kana))
    c.real.append(mom)
    pdf = c.share.path(f"06_休職/{co['name']}_{e.name2}_診断書.pdf").read_bytes()
    c.mail(rel, hr(co), staff(2), f"{e.last}さん休職の件", body, (2024, 9, 27, 9, 20),
           ("診断書.pdf", pdf, "application", "pdf"))
    c.t(rel, "person_name", e.name(), e)
    c.t(rel, "sensitive", "適応障害", e)
    c.t(rel, "bank_account", e.acct, e)
    c.t(rel, "person_name", mom_name, mom)
    c.t(rel, "phone_number", mom_phone, mom)
    sick_truth(c, rel + "!診断書.pdf", e, ("person_name", "phone_number", "address"))
    client_truth(c, rel, co, 2)
