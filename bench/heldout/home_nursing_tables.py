"""The station's lists: the patient ledger (CP932), the psychiatric patients (TSV), the
emergency phone tree, the 10月 receipts (CP932) and the direct-debit requests.

Kana names, surnames alone, 公費受給者番号, the station's numbers and the dead are neutral;
a receipt's 請求番号 passes Luhn or the My Number check (a hard negative).
"""

from __future__ import annotations

import unicodedata

from . import home_nursing_names as names
from .home_nursing_people import Station, era
from .identifiers import my_number
from .share import csv_text

LEDGER_HEAD = ["利用者ID", "氏名", "フリガナ", "性別", "生年月日", "郵便番号", "住所", "電話番号",
               "要介護度", "介護保険被保険者番号", "医療保険被保険者番号", "公費負担者番号",
               "公費受給者番号", "主病名", "主治医", "医療機関", "担当ケアマネ",
               "居宅介護支援事業所", "キーパーソン", "続柄", "キーパーソン連絡先"]


def ledger(w: Station) -> None:
    """利用者台帳/利用者台帳_20241101.csv: every patient, doctor, care manager and key person."""
    path = "利用者台帳/利用者台帳_20241101.csv"
    rows = [LEDGER_HEAD]
    for p in w.pts:
        a = w.addr(p.home, pref=True)
        kp = p.kp
        kpph = kp.mob if w.rng.random() < .7 else kp.tel
        cm = p.cm
        rows.append([p.id, w.nm(p, 2), p.kana(), "男" if p.sex == "M" else "女", era(p.born, 2),
                     p.home.post, a, w.phone(p.tel, 0), p.kaigo, p.kno, p.mno, p.futan, p.jukyu,
                     p.dx, w.nm(p.doc, 2), p.doc.clinic, w.nm(cm, 2) if cm else "",
                     cm.office if cm else "", w.nm(kp, 2), kp.rel, w.phone(kpph, 0)])
        w.tp(path, p, dob=True, addr=a, post=True, phones=[p.tel])
        w.tkana(path, p)
        w.tdx(path, p)
        if p.kno:
            w.t(path, "health_insurance_number", p.kno, p.id)
        w.t(path, "health_insurance_number", p.mno, p.id)
        if p.jukyu:
            w.t(path, "health_insurance_number", p.jukyu, p.id, True)
        w.tp(path, p.doc)
        if cm:
            w.tp(path, cm)
        w.tp(path, kp, phones=[kpph])
    w.share.write(path, csv_text(rows), "cp932")


def psychiatric(w: Station) -> None:
    """利用者台帳/精神科訪問看護_利用者一覧.tsv: the six psychiatric patients, 手帳 grades."""
    r = w.rng
    path = "利用者台帳/精神科訪問看護_利用者一覧.tsv"
    lines = ["利用者ID\t氏名\t生年月日\t診断名\t自立支援医療受給者番号\t精神障害者保健福祉手帳"
             "\t主治医\t携帯電話\t備考"]
    for p in w.pts[32:38]:
        note = r.choice(["服薬自己中断歴あり", "措置入院歴あり（H30）", "単身生活", "母と同居",
                         "就労継続支援B型に通所"])
        grade = r.choice(["1級", "2級", "3級", "なし"])
        if grade != "なし":
            w.t(path, "sensitive", grade, p.id)
        lines.append("\t".join([p.id, w.nm(p, 0), era(p.born, 5), p.dx, p.jukyu, grade,
                                w.nm(p.doc, 1) + "医師", w.phone(p.mob), note]))
        w.tp(path, p, dob=True, phones=[p.mob])
        w.tdx(path, p)
        w.t(path, "health_insurance_number", p.jukyu, p.id, True)
        w.tp(path, p.doc)
        if "措置入院" in note:
            w.tdx(path, p, "措置入院歴あり")
    w.share.write(path, "\n".join(lines) + "\n")


def phone_tree(w: Station) -> None:
    """連絡網/緊急時連絡網_2024.txt (CRLF): every staff member's mobile, some homes."""
    path = "連絡網/緊急時連絡網_2024.txt"
    lines = [f"■ {names.NAME} 緊急時連絡網（2024年度）",
             f"事業所代表：{w.phone(names.TEL, 0)}　FAX：{w.phone(names.FAX, 0)}",
             "オンコール携帯：080-4410-2207", "", "【連絡順】"]
    w.tstation(path, names.TEL, names.FAX, ("080", "4410", "2207"))
    for i, s in enumerate(w.staff):
        ln = f"{i + 1:>2}. {w.nm(s, w.rng.randrange(4))}（{s.role}）　携帯 {w.phone(s.mob)}"
        ph = [s.mob]
        if i == 0 or w.rng.random() < .25:
            ln += f"　自宅 {w.phone(s.tel)}"
            ph.append(s.tel)
        lines.append(ln)
        w.tp(path, s, phones=ph)
    lines += ["", "※ 管理者不在時は主任へ。夜間は必ずオンコール携帯から。"]
    w.share.write(path, "\r\n".join(lines) + "\r\n")


def receipts(w: Station) -> None:
    """請求/レセプト_202410.csv (CP932): every patient's claim and 被保険者番号."""
    r = w.rng
    path = "請求/レセプト_202410.csv"
    rows = [["請求番号", "提供年月", "利用者ID", "氏名", "保険者番号", "被保険者番号",
             "公費負担者番号", "公費受給者番号", "単位数", "請求額"]]
    for p in w.pts:
        claim = w.luhn("2410", 16) if r.random() < .5 else my_number(r)
        hk = ("14" + str(r.randrange(1000, 9999)) if p.kno
              else "391" + str(r.randrange(10000, 99999)))
        hno = p.kno or p.mno
        rows.append([claim, "202410", p.id, w.nm(p, 1), hk, hno, p.futan, p.jukyu,
                     str(r.randrange(2000, 12000)), str(r.randrange(3000, 30000))])
        w.tp(path, p)
        w.t(path, "health_insurance_number", hno, p.id)
        if p.jukyu:
            w.t(path, "health_insurance_number", p.jukyu, p.id, True)
    w.share.write(path, csv_text(rows), "cp932")


def direct_debit(w: Station) -> None:
    """請求/口座振替依頼_202411.csv (BOM, CRLF): 30 payers' accounts and kana names."""
    r = w.rng
    path = "請求/口座振替依頼_202411.csv"
    lines = ["利用者ID,口座名義(カナ),金融機関コード,支店コード,預金種目,口座番号,引落金額"]
    for p in w.pts[:30]:
        payer = p if r.random() < .5 else p.kp
        acct = f"{r.randrange(10**6, 10**7)}"
        kana = unicodedata.normalize("NFKC", payer.kana()).replace("ー", "-")
        lines.append(f"{p.id},{kana},{r.choice(['0005', '0138', '0009', '9900'])},"
                     f"{r.randrange(100, 999)},普通,{acct},{r.randrange(1000, 20000)}")
        w.t(path, "bank_account", acct, payer.id)
        w.t(path, "person_name", payer.kana(), payer.id, True)
    w.share.write(path, "\r\n".join(lines) + "\r\n", "utf-8-sig")
