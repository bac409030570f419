"""The centre's mails: each client company's 人事 sends the schedule (a CP932 CSV attached) and
gets the re-exam list back with its own mail quoted, reception forwards an examinee's mail to
the 保健師, and the 事務長 sends the city its 特定健診 claim.

Work mail and phones, the centre's and the city's, and a surname alone are neutral; the claim's
請求書番号 passes Luhn, and its 法人番号 is the centre's.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from .health_check_people import CLINIC_MAIL, CLINIC_NAME, CLINIC_TEL, Center, Person, phone, wareki
from .identifiers import luhn_check
from .share import mail_bytes

JST = timezone(timedelta(hours=9))
CITY_MAIL = "hoken-nenkin@city.minatodai.example.jp"
ATTACHED = "受診希望者一覧.csv"


def mail(c: Center, path: str, sender: str, to: str, subject: str, body: str, when: datetime,
         attach: bytes = b"") -> None:
    """An .eml as gen.py's mail wrote it: a Message-ID drawn, a CSV attached where given under
    a boundary made of the seed and the path's length."""
    mid = f"<{c.rng.randint(10**9, 10**10)}@minatodai-kenshin.jp>"
    attachments = [(ATTACHED, attach, "text", "csv")] if attach else []
    c.share.write(path, mail_bytes(sender, to, subject, format_datetime(when), body, attachments,
                                   message_id=mid, boundary=f"==lk53b{c.seed}{len(path)}=="))


def addressed(p: Person, mail_of: str = "") -> str:
    return f"{p.name()} <{mail_of or p.work_mail}>"


def companies(c: Center) -> None:
    """Per client company: 2024-09_健診日程調整.eml (人事's request, eight employees attached)
    and 2024-12_再検査対象者のご連絡.eml (the 保健師's list of up to four judged D)."""
    rng, recv, hoken = c.rng, c.staff[5], c.staff[2]
    for ci, co in enumerate(c.companies):
        hr = c.hr[ci]
        sig = f"--\n{co.name}\n人事部 {hr.name()}\nTEL {hr.work_tel}\nMail {hr.work_mail}"
        ps = c.employees(ci)
        path = f"07_メール/{co.name}/2024-09_健診日程調整.eml"
        sched = ps[:8]
        att = "社員番号,氏名,生年月日,希望日\r\n" + "".join(
            f"{p.emp_no},{p.name()},{p.born.strftime('%Y/%m/%d')},{p.exam_day.strftime('%m/%d')}\r\n"
            for p in sched)
        body = (f"{CLINIC_NAME}\n{recv.name('')}様\n\nいつもお世話になっております。"
                f"{co.name}の{hr.last}です。\n"
                "今年度の定期健康診断の日程につきまして、受診希望者の一覧を添付いたします。\n"
                f"なお、{sched[0].name()}さんは昨年度{rng.choice(['血圧', '血糖'])}で"
                "再検査となっておりますので、当日あわせて確認をお願いできますでしょうか。\n\n"
                f"{sig}")
        mail(c, path, addressed(hr), CLINIC_MAIL, "【日程調整】2024年度定期健康診断について", body,
             datetime(2024, 9, 3 + ci, 10, 12, tzinfo=JST), att.encode("cp932"))
        hr_truth(c, path, hr)
        c.t_name(path, recv)
        c.t_clinic(path)
        c.t(path, "email_address", CLINIC_MAIL, None, True)
        c.t_name(path, sched[0])
        c.t_std(path, hr, "sei")
        for p in sched:
            c.t_std(f"{path}!{ATTACHED}", p, "name dob")
        dd = [p for p in ps if p.hantei.startswith("D")][:4]
        path = f"07_メール/{co.name}/2024-12_再検査対象者のご連絡.eml"
        listed = "\n".join(f"・{p.name()}様（{p.emp_no}）：{'、'.join(p.findings)} → "
                           f"{p.hantei.split()[1]}" for p in dd)
        quoted = sig.replace("\n", "\n> ")
        body = (f"{hr.name()}様\n\nお世話になっております。{CLINIC_NAME}の{hoken.last}です。\n"
                "先日の健康診断の結果、下記の方が要精密検査・要治療となりました。ご本人への受診勧奨をお願いいたします。\n\n"
                f"{listed}\n\n結果報告書は別途郵送いたします。\n\n> {hr.last}です。"
                f"再検査の対象者が決まりましたらご連絡ください。\n> {quoted}\n\n"
                f"--\n{CLINIC_NAME}\n保健師 {hoken.name()}\nTEL {CLINIC_TEL}")
        mail(c, path, addressed(hoken), addressed(hr), "Re: 再検査対象者について", body,
             datetime(2024, 12, 2 + ci, 15, 40, tzinfo=JST))
        hr_truth(c, path, hr)
        c.t_std(path, hoken, "name work")
        c.t_clinic(path)
        c.t_std(path, hr, "sei")
        c.t_std(path, hoken, "sei")
        for p in dd:
            c.t_name(path, p)
            c.t_sens(path, p, p.sens())


def hr_truth(c: Center, path: str, hr: Person) -> None:
    """人事's name, and the work mail and phone of the signature (neutral)."""
    c.t_std(path, hr, "name work")
    c.t(path, "phone_number", hr.work_tel, hr, True)


def forwarded(c: Center) -> None:
    """Fwd_再検査の予約について.eml: a 国保 member judged D (else anyone) asks for a Saturday
    re-exam from a private address; reception forwards it to the 保健師."""
    rng, recv, hoken = c.rng, c.staff[5], c.staff[2]
    p = rng.choice([q for q in c.kokuho() if q.hantei.startswith("D")] or c.examinees)
    path = "07_メール/受診者/Fwd_再検査の予約について.eml"
    body = (f"{hoken.name('')}さん\n\n受診者さんから問い合わせです。対応お願いします。\n"
            f"{recv.last}\n\n"
            f"---------- Forwarded message ---------\nFrom: {addressed(p, p.email)}\n"
            "Date: 2024年12月5日(木) 21:03\nSubject: 再検査の予約について\n\n"
            f"みなと台健診センター御中\n\n先日受診した{p.full}です"
            f"（生年月日 {wareki(p.born, 'dot')}）。\n"
            f"結果通知で{'、'.join(p.findings) or '要精密検査'}と書かれていて不安です。\n"
            "再検査の予約をしたいのですが、平日は仕事のため土曜日を希望します。\n"
            f"連絡先は携帯 {phone(p.phone, rng.choice([0, 2]))} です。\n\n{p.name()}")
    mail(c, path, addressed(recv), addressed(hoken), "Fwd: 再検査の予約について", body,
         datetime(2024, 12, 6, 9, 5, tzinfo=JST))
    c.t_std(path, p, "name email dob phone")
    c.t_sens(path, p, p.findings)
    c.t_name(path, hoken)
    c.t_std(path, recv, "name sei work")
    c.t_std(path, hoken, "work")


def city_claim(c: Center) -> None:
    """特定健診_請求データ送付.eml: the 事務長 sends the city November's 特定健診 claim."""
    chief = c.staff[7]
    path = "07_メール/みなと台市/特定健診_請求データ送付.eml"
    claim = "4980112024110"
    body = (f"みなと台市 保険年金課 ご担当者様\n\n{CLINIC_NAME}です。11月分の特定健診 請求データ"
            f"（{len(c.kokuho())}件）を送付します。\n"
            f"請求書番号：{claim + luhn_check(claim)}\n当センター法人番号：{c.clinic_corp}\n"
            f"保険者番号：{c.city_insurer}\nパスワードは別メールにてお送りします。\n\n"
            f"--\n{CLINIC_NAME} 事務長 {chief.name()}\nTEL {CLINIC_TEL}")
    mail(c, path, addressed(chief), CITY_MAIL, "特定健診 請求データ送付（11月分）", body,
         datetime(2024, 12, 10, 11, 0, tzinfo=JST))
    c.t_std(path, chief, "name work")
    c.t_clinic(path)
    c.t(path, "corporate_number", c.clinic_corp)
    c.t(path, "email_address", CITY_MAIL, None, True)
