"""The welfare division's prose: a case memo, docx forms and notices, mails and an old zip."""

from __future__ import annotations

import zipfile
from datetime import date, timedelta

import docx

from .japanese import FULL_WIDTH, wareki
from .share import csv_text, mail_bytes
from .welfare_office_people import Office, Person


def case_memo(o: Office) -> None:
    """ケース記録: full-width digits, 和暦, a relative's given name alone, one death (no longer
    a living person)."""
    R = o.rng
    rel = "保護係/ケース記録/ケース記録_令和6年度.txt"
    txt = ["【ケース記録】 令和６年度 保護係（取扱注意）", ""]
    for h in o.seiho[:10]:
        p, s = h.head, h.tanto
        minsei = o.minsei[o.seiho.index(h) % 9]
        vd = o.rdate(date(2024, 4, 1), date(2024, 12, 20))
        if R.random() < 0.5:
            tel, tel_val = o.phone(p.mobile, 2).translate(FULL_WIDTH), p.mobile
        else:
            tel, tel_val = o.phone(h.home, 2), h.home
        txt.append(f"ケース番号：{h.case.translate(FULL_WIDTH)}　受付番号：{o.nd(12)}")
        txt.append(f"{wareki(vd)}　訪問（担当：{s.last}）")
        txt.append(f"　{p.full('')}（{wareki(p.dob)}生、{2024 - p.dob.year}歳）宅を訪問。"
                   f"住所 {h.addr_short.translate(FULL_WIDTH)}。"
                   f"本人は{h.disease}のため通院中、{wareki(h.start)}保護開始。連絡先 {tel}。")
        if len(h.members) > 1:
            other = h.members[1]
            txt.append(f"　同居の{'妻' if other.sex == 'F' else '夫'}{other.first}さん"
                       f"（{wareki(other.dob)}生）も在宅。{other.first}さんは要介護２の認定あり。")
            o.add(rel, "person_name", other.first, other.id, True)
            o.add(rel, "date_of_birth", other.dob.isoformat(), other.id)
        txt.append(f"　次回訪問予定 {wareki(vd + timedelta(days=60))}。"
                   f"民生委員{minsei.last}氏に見守り依頼済み。")
        txt.append("")
        o.add(rel, "person_name", p.full(), p.id)
        o.add(rel, "date_of_birth", p.dob.isoformat(), p.id)
        o.add(rel, "address", h.addr_short, p.id)
        o.add(rel, "sensitive", h.disease, p.id)
        o.add(rel, "phone_number", tel_val, p.id)
        o.add(rel, "person_name", s.last, s.id, True)
        o.add(rel, "person_name", minsei.last, None, True)
    dead = o.seiho[10].head  # 死亡日 is no birth date, and the dead are no living person
    txt.append(f"ケース番号：{o.seiho[10].case}　廃止")
    txt.append(f"　{dead.full('')}氏、{wareki(date(2024, 9, 14))}死亡。死亡日 令和６年９月１４日、"
               "保護廃止決定日 令和６年９月２０日。葬祭扶助申請は長男より。")
    o.living.discard(dead.id)
    o.add(rel, "person_name", dead.full(), None, True)
    o.share.write(rel, "\r\n".join(txt) + "\r\n")


def jidou_claims(o: Office) -> None:
    """児童手当 認定請求書 (docx): label|value tables, spaced 個人番号, a bank account."""
    for h in o.families[:3]:
        rel = f"子ども未来課/児童手当/認定請求書_{h.head.last}.docx"
        d = docx.Document()
        d.add_heading("児童手当・特例給付 認定請求書", 1)
        number = o.atena()
        claimed = wareki(o.rdate(date(2024, 4, 1), date(2024, 11, 30)))
        d.add_paragraph(f"富士宮市長 様　　　　受付番号 {number}　　請求日 {claimed}")
        p, sp = h.members[0], h.members[1]
        t = d.add_table(rows=0, cols=2)
        bank = o.nd(7)
        for k, v in [("請求者 氏名", p.full("　")), ("フリガナ", p.kana()),
                     ("生年月日", wareki(p.dob)),
                     ("個人番号", " ".join([p.mn[:4], p.mn[4:8], p.mn[8:]])),
                     ("住所", f"〒{h.postal[:3]}-{h.postal[3:]} {h.addr}"),
                     ("電話番号", o.phone(p.mobile, 1)), ("配偶者 氏名", sp.full(" ")),
                     ("配偶者 個人番号", sp.mn), ("職業", "会社員"),
                     ("振込先", f"スルガ銀行 富士宮支店 普通 {bank} 名義 {p.kana(' ')}")]:
            r = t.add_row().cells
            r[0].text = k
            r[1].text = v
        d.add_paragraph("監護している児童")
        t2 = d.add_table(rows=1, cols=4)
        for c, v in zip(t2.rows[0].cells, ["氏名", "続柄", "生年月日", "個人番号"], strict=True):
            c.text = v
        for ch in h.members[2:]:
            r = t2.add_row().cells
            r[0].text = ch.full(" ")
            r[1].text = "長男" if ch.sex == "M" else "長女"
            r[2].text = wareki(ch.dob)
            r[3].text = ch.mn
            for c, v in [("person_name", ch.full()), ("date_of_birth", ch.dob.isoformat()),
                         ("my_number", ch.mn)]:
                o.add(rel, c, v, ch.id)
        clerk = o.staff[4]
        d.add_paragraph(f"※受付担当：{clerk.full(' ')}（内線{clerk.ext[-4:]}）"
                        f"　決定日 {wareki(date(2024, 12, 10))}")
        o.share.save(rel, d)
        for c, v in [("person_name", p.full()), ("person_name", p.kana()),
                     ("date_of_birth", p.dob.isoformat()), ("my_number", p.mn),
                     ("postal_code", h.postal), ("address", h.addr), ("phone_number", p.mobile),
                     ("bank_account", bank)]:
            o.add(rel, c, v, p.id)
        o.add(rel, "person_name", sp.full(), sp.id)
        o.add(rel, "my_number", sp.mn, sp.id)
        o.add(rel, "person_name", clerk.full(), clerk.id)


def _signature(s: Person) -> str:
    return f"\n--\n富士宮市 {s.dept}\n{s.full(' ')}\nTEL {s.ext}\n{s.mail}\n"


def mails(o: Office) -> None:
    """Two mails: a hospital reply quoting the patient (with a CSV attached) and a forwarded
    見守り request to a desk that names no one."""
    hh = o.seiho[2]
    hos, s = hh.head, hh.tanto
    rel = f"mail/RE_入院患者の件（{hos.last}様）.eml"
    body = (f"富士宮中央病院 医療相談室 御中\n\nいつもお世話になっております。\n"
            f"{hos.full('')}様（{wareki(hos.dob)}生）の医療扶助について、"
            f"病名 {hh.disease} での入院継続の件、承知しました。\n"
            f"医療券は本日発行します。ケース番号 {hh.case}。\n"
            f"ご本人の携帯 {o.phone(hos.mobile, 1)} がつながらない場合は当課へご連絡ください。\n"
            + _signature(s) +
            "\n-----Original Message-----\nFrom: 医療相談室 山中\nSent: 2024/11/11 17:02\n"
            f"> {hos.last}様ですが、退院は{wareki(date(2024, 12, 20))}頃の見込みです。\n"
            f"> 主治医より{hh.disease}の治療継続が必要との意見です。\n")
    attached = csv_text([["氏名", "生年月日", "被保険者番号"],
                         [hos.full(" "), hos.dob.isoformat(), "生活保護"]]).encode("utf-8")
    o.share.write(rel, mail_bytes(f"{s.full(' ')} <{s.mail}>",
                                  "医療相談室 <soudan@fuji-hp.example.jp>",
                                  f"RE: 入院患者の件（{hos.last}様）",
                                  "Tue, 12 Nov 2024 10:15:00 +0900", body,
                                  [("iryoken.csv", attached, "text", "csv")]))
    for c, v in [("person_name", hos.full()), ("date_of_birth", hos.dob.isoformat()),
                 ("phone_number", hos.mobile), ("sensitive", hh.disease)]:
        o.add(rel, c, v, hos.id)
    for c, v in [("person_name", s.full()), ("email_address", s.mail)]:
        o.add(rel, c, v, s.id)
    o.add(rel, "phone_number", s.ext, s.id, True)
    o.add(rel, "email_address", "soudan@fuji-hp.example.jp", None, True)
    o.add(rel, "person_name", "山中", None, True)
    o.add(rel, "person_name", hos.last, hos.id, True)  # post-blind fix 3: a surname alone
    att = rel + "!iryoken.csv"  # post-blind fix 2: the attachment is its own path
    o.add(att, "person_name", hos.full(), hos.id)
    o.add(att, "date_of_birth", hos.dob.isoformat(), hos.id)
    o.add(att, "sensitive", "生活保護", hos.id)  # post-blind fix 4: 受給 is sensitive here

    mom, s2 = o.families[1].members[1], o.staff[5]
    elders = o.elders[0]
    el, warden = elders.head, o.minsei[0]
    rel = "mail/FW_見守り依頼_社協.eml"
    body = (f"社会福祉協議会 地域福祉係 様\n\n下記の方の見守りをお願いします。\n\n"
            f"氏名：{el.full(' ')}（{el.kana(' ')}）\n生年月日：{wareki(el.dob)}\n"
            f"住所：{elders.addr_short}\n電話：{o.phone(elders.home, 2)}\n"
            f"状況：独居、{elders.disease}あり。認知機能低下の疑い。\n"
            f"緊急連絡先：長女 {mom.full('')} {o.phone(mom.mobile, 1)} {mom.email or ''}\n"
            + _signature(s2) +
            "\n---------- Forwarded message ---------\nFrom: 民生委員 " + warden.full(" ") + "\n"
            f"{el.last}さん、最近ゴミ出しができていないようです。"
            f"電話 {o.phone(warden.mobile, 1)} まで。\n")
    o.share.write(rel, mail_bytes(f"{s2.full(' ')} <{s2.mail}>", "fujinomiya-shakyo@example.or.jp",
                                  "FW: 見守り依頼", "Mon, 18 Nov 2024 09:00:00 +0900", body))
    for c, v in [("person_name", el.full()), ("person_name", el.kana()),
                 ("date_of_birth", el.dob.isoformat()), ("address", elders.addr_short),
                 ("phone_number", elders.home), ("sensitive", elders.disease)]:
        o.add(rel, c, v, el.id)
    o.add(rel, "person_name", mom.full(), mom.id)
    o.add(rel, "phone_number", mom.mobile, mom.id)
    if mom.email:
        o.add(rel, "email_address", mom.email, mom.id)
    o.add(rel, "person_name", s2.full(), s2.id)
    o.add(rel, "email_address", s2.mail, s2.id)
    o.add(rel, "phone_number", s2.ext, s2.id, True)
    o.add(rel, "email_address", "fujinomiya-shakyo@example.or.jp", None, True)
    o.add(rel, "person_name", warden.full(), warden.id)
    o.add(rel, "phone_number", warden.mobile, warden.id)
    o.add(rel, "person_name", el.last, el.id, True)


def old_archive(o: Office) -> None:
    """H30's zip: a CP932 ledger (the dead in it are no one's) and a memo of applications."""
    rel_zip = "保護係/旧データ_H30.zip"
    inner = "保護台帳_H30.csv"
    rows = [["ケース番号", "氏名", "生年月日", "基礎年金番号", "障害", "廃止日"]]
    for h in o.seiho[4:12]:
        p = h.head
        rows.append([h.case, p.full(""), wareki(p.dob), f"{p.pension[:4]}-{p.pension[4:]}",
                     h.disease, ""])
        living = p.id in o.living
        for c, v in [("person_name", p.full()), ("date_of_birth", p.dob.isoformat()),
                     ("basic_pension_number", p.pension), ("sensitive", h.disease)]:
            o.add(f"{rel_zip}!{inner}", c, v, p.id if living else None, not living)
    memo = []
    for h in o.seiho[12:16]:
        p = h.head
        memo.append(f"{wareki(h.start)} 申請受理 {p.full(' ')} 様　住所 {h.addr_short}"
                    f"　電話 {o.phone(h.home, 2)}　申請理由：{h.disease}による就労不能")
        for c, v in [("person_name", p.full()), ("address", h.addr_short),
                     ("phone_number", h.home), ("sensitive", h.disease)]:
            o.add(f"{rel_zip}!申請メモ.txt", c, v, p.id)
    o.share.write_zip(rel_zip, [(inner, csv_text(rows).encode("cp932")),
                                ("申請メモ.txt", "\n".join(memo).encode("utf-8"))],
                      zipfile.ZIP_DEFLATED)


def decision_notice(o: Office) -> None:
    """保護決定通知書 (docx): the recipient's address block and the reason, 傷病."""
    h = o.seiho[5]
    p = h.head
    rel = f"保護係/通知/保護決定通知書_{h.case}.docx"
    d = docx.Document()
    d.add_paragraph(f"富福第{o.rng.randint(100, 999)}号\n{wareki(date(2024, 10, 1))}")
    d.add_paragraph(f"〒{h.postal[:3]}-{h.postal[3:]}\n{h.addr}\n{p.full(' ')} 様")
    d.add_heading("保護決定通知書", 1)
    d.add_paragraph(f"あなたから{wareki(date(2024, 9, 2))}に申請のあった生活保護については、"
                    "次のとおり決定したので通知します。")
    t = d.add_table(rows=0, cols=2)
    for k, v in [("ケース番号", h.case), ("決定日", wareki(date(2024, 9, 30))),
                 ("保護の種類", "生活扶助・住宅扶助・医療扶助"), ("扶助額", "月額 98,450円"),
                 ("理由", f"傷病（{h.disease}）により稼働不能のため")]:
        r = t.add_row().cells
        r[0].text = k
        r[1].text = v
    d.add_paragraph(f"富士宮市福祉事務所長\n担当 {h.tanto.full(' ')} 電話 0544-22-1111")
    o.share.save(rel, d)
    for c, v in [("person_name", p.full()), ("postal_code", h.postal), ("address", h.addr),
                 ("sensitive", h.disease)]:
        o.add(rel, c, v, p.id)
    o.add(rel, "sensitive", "生活保護", p.id)  # post-blind fix 4
    o.add(rel, "person_name", h.tanto.full(), h.tanto.id)
    o.add(rel, "phone_number", "0544221111", None, True)
