"""The lab's mails: a participant asking to move a measurement day, a student's reply quoting
another's (a husband's or wife's cancer), a withdrawal forwarded to the professor
(schizophrenia, a home) and the first researcher sending the co-researcher a named HbA1c
subset (CP932 CSV attached, diagnoses).
"""

from __future__ import annotations

from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr

from .research_lab_people import UNIV, UNIV_ADDR, Lab, Person
from .share import csv_text

MAIL_DIR = "06_メール"


def _addr(name: str, mail: str) -> str:
    """A From/To address, the name RFC 2047-encoded by formataddr."""
    return formataddr((str(Header(name, "utf-8")), mail))


def _eml(w: Lab, path: str, frm: tuple[str, str], to: tuple[str, str], subject: str,
         body: str, date: str, attach: tuple[str, bytes] | None = None,
         cc: tuple[str, str] | None = None) -> None:
    """gen.py's mail(): email.mime's base64 UTF-8 body, a Message-ID of the path's hex and the
    seed, a multipart's boundary of the seed and the path's length."""
    m = MIMEMultipart() if attach else MIMEText(body, "plain", "utf-8")
    if attach:
        m.attach(MIMEText(body, "plain", "utf-8"))
    m["From"] = _addr(*frm)
    m["To"] = _addr(*to)
    if cc:
        m["Cc"] = _addr(*cc)
    m["Subject"] = str(Header(subject, "utf-8"))
    m["Date"] = date
    m["Message-ID"] = f"<{path.encode().hex()[-24:]}.{w.seed}@toto-med.ac.jp>"
    if attach:
        filename, data = attach
        part = MIMEApplication(data)
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
        m.attach(part)
        m.set_boundary(f"==b{w.seed}{len(path)}==")
    w.share.write(path, m.as_bytes())


def _lab(p: Person) -> tuple[str, str]:
    return p.name(), p.work


def reschedule(w: Lab) -> None:
    """2024-08-02_日程変更のお願い.eml: the 16th participant asks the second student to move
    the measurement (a mother's hospital visits), a mobile."""
    p, st = w.parts[15], w.students[1]
    path = f"{MAIL_DIR}/2024-08-02_日程変更のお願い.eml"
    _eml(w, path, (p.name(), p.email), _lab(st), "測定日の変更をお願いできますか",
         f"{st.last}様\n\nお世話になっております。{p.name()}です。\n"
         "8月6日の測定ですが、母の通院の付き添いが入ってしまい、\n"
         f"8月20日以降に変更していただけないでしょうか。\n日中は携帯 {w.tel(p.mobile, 1)} "
         f"にお願いします。\n\n{p.name()}\n", "Fri, 02 Aug 2024 21:14:00 +0900")
    w.facts(path, p, "name", "email", "phone")
    w.name(path, st)
    w.work(path, st)
    w.surname(path, st)


def schedule_reply(w: Lab) -> None:
    """2024-08-05_Re_調査日程について.eml: the second student's reply to the 17th participant,
    quoting their mail (a spouse's stomach cancer, a phone); a spouse drawn where none was."""
    p, st = w.parts[16], w.students[1]
    path = f"{MAIL_DIR}/2024-08-05_Re_調査日程について.eml"
    _eml(w, path, _lab(st), (p.name() + "様", p.email), "Re: 調査日程について",
         f"{p.last}様\n\n{UNIV} 公衆衛生学講座の{st.last}です。\n"
         "日程変更承知しました。8月27日(火)10時、南大沢キャンパス5号館でお待ちしております。\n\n"
         f"{st.name()}\n{UNIV} 大学院 保健医療学研究科 修士1年\nTEL 042-677-1111（内線 4321）\n\n"
         f"> {p.last}です。\n> 来週は{'夫' if p.sex == 'F' else '妻'}の手術があり伺えません。"
         f"胃がんの手術です。\n> 連絡先：{w.tel(p.mobile, 2)}\n", "Mon, 05 Aug 2024 10:02:00 +0900")
    w.name(path, p)
    w.surname(path, p)
    w.surname(path, st)
    w.facts(path, p, "email", "phone")
    w.name(path, st)
    w.work(path, st)
    spouse = w.spouses.get(p.id) or w.person(sex="M" if p.sex == "F" else "F")
    w.t(path, "sensitive", "胃がん", spouse)


def withdrawal(w: Lab) -> None:
    """2024-09-10_Fwd_参加辞退の連絡.eml: the first researcher forwards the 18th participant's
    withdrawal (schizophrenia, home, phone) to the professor."""
    p, pi, res = w.parts[17], w.pi, w.res1
    path = f"{MAIL_DIR}/2024-09-10_Fwd_参加辞退の連絡.eml"
    _eml(w, path, _lab(res), _lab(pi), "Fwd: 参加辞退の連絡",
         f"{pi.last}先生\n\n下記、辞退の連絡が来ました。対応表から削除してよいでしょうか。\n{res.last}\n\n"
         f"---------- Forwarded message ---------\nFrom: {p.name()} <{p.email}>\n"
         f"Date: 2024年9月9日(月) 19:40\nSubject: 参加辞退の連絡\nTo: {res.work}\n\n"
         f"{res.last}先生\n\n研究ID {p.sid} の{p.name()}です。\n"
         "統合失調症の治療を再開することになり、調査への参加を辞退させてください。\n"
         f"住所：{p.address}\n電話：{w.tel(p.mobile, 4)}\n", "Tue, 10 Sep 2024 08:30:00 +0900")
    w.facts(path, p, "name", "email", "phone", "addr")
    w.t(path, "sensitive", "統合失調症", p)
    for record in (w.name, w.work, w.surname):
        for s in (pi, res):
            record(path, s)


def subset(w: Lab) -> None:
    """2024-09-20_共同研究先へデータ送付.eml: the first researcher sends the co-researcher (the
    professor copied) the 61st to 70th participants' names, birth dates and diagnoses."""
    cor, res, pi = w.cor, w.res1, w.pi
    path = f"{MAIL_DIR}/2024-09-20_共同研究先へデータ送付.eml"
    filename = "HbA1c_subset_0920.csv"
    rows = [["研究ID", "氏名", "生年月日", "HbA1c", "診断名"]]
    rows += [[p.sid, p.name(), p.born.isoformat(), p.hba1c, "・".join(p.dx)]
             for p in w.parts[60:70]]
    _eml(w, path, _lab(res), (cor.name() + "先生", cor.work), "【共有】HbA1cサブセット",
         f"{cor.last}先生\n\nいつもお世話になっております。{UNIV}の{res.name()}です。\n"
         "ご依頼のHbA1cサブセットを添付します（氏名列は削除し忘れました、後ほど差し替えます）。\n"
         f"パスワードは別送します。\n\n--\n{res.name()}\n{UNIV} 公衆衛生学講座 助教\n"
         f"〒192-0397 {UNIV_ADDR}\nTEL 042-677-1111 / FAX 042-677-1190\n",
         "Fri, 20 Sep 2024 17:45:00 +0900", (filename, csv_text(rows).encode("cp932")), _lab(pi))
    w.name(path, cor)
    w.surname(path, cor)
    w.name(path, res)
    w.name(path, pi)
    for s in (cor, res, pi):
        w.work(path, s)
    inner = f"{path}!{filename}"
    for p in w.parts[60:70]:
        w.facts(inner, p, "name", "dob")
        for x in p.dx:
            w.t(inner, "sensitive", x, p)
