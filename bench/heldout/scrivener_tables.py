"""The scrivener's tables: the case system's export (CP932, 受付番号 passing the My Number check),
the case ledger workbook (a month a band, the identity checks, the plots), the wards' list
(BOM CSV), the officers' TSV, the debt clients' workbook (the lenders' accounts, the
overpayment sums) and the inheritance progress sheet.
"""

from __future__ import annotations

from datetime import date, timedelta

from .identifiers import my_number
from .japanese import FULL_WIDTH
from .scrivener_people import LENDERS, STAMP, Office, era
from .share import csv_text, sign, workbook

TANTO = ["桜井", "山田", "小川"]


def staff_surnames(w: Office, path: str, first: int = 0) -> None:
    """The staff's surnames (as 担当), neutral; first: from the staff member at that index."""
    for s in w.staff[first:]:
        w.t(path, "person_name", s.last, s.id, True)


def case_export(w: Office) -> None:
    """01_案件管理/案件一覧_20241031.csv: every client (the heirs' representatives, the
    applicants, the companies' representatives, the debtors) and a client number."""
    rng, path = w.rng, "01_案件管理/案件一覧_20241031.csv"
    rows = [["依頼者ID", "依頼者", "フリガナ", "郵便番号", "住所", "電話", "案件種別", "受任日",
             "受付番号", "担当"]]
    w.clients = ([(c.client, c.kind, c.date) for c in w.inh]
                 + [(g.app, "成年後見申立", g.date) for g in w.guard]
                 + [(c.rep, c.kind, c.date) for c in w.comp]
                 + [(d.p, d.kind, d.date) for d in w.debt])
    cid = 1000
    for p, kind, day in w.clients:
        cid += rng.randint(1, 7)
        w.client_ids[p.id] = cid
        a = p.addr.text(rng.choice([0, 0, 3, 1]))
        ukeno = my_number(rng, zero_lead="3")
        rows.append([str(cid), p.name(rng.choice([" ", "　", ""])), p.kana(rng.choice([" ", "　"])),
                     p.addr.postal(1), a, w.tel(p.phone, rng.choice([0, 0, 1, 3])), kind,
                     day.strftime("%Y/%m/%d"), ukeno, rng.choice(TANTO)])
        w.tp(path, p, kana=True, addr=a, zipc=True, phone=p.phone)
    staff_surnames(w, path)
    w.share.write(path, csv_text(rows), "cp932")


def ledger(w: Office) -> None:
    """01_案件管理/案件台帳2024.xlsx: 2024's cases by month, five identity checks (a licence or
    a My Number each) and the first eight plots."""
    rng, path = w.rng, "01_案件管理/案件台帳2024.xlsx"
    wb, ws = workbook("案件台帳", "2024年度 案件台帳（桜井司法書士事務所）", bold=True, size=14)
    ws.append([])
    ws.append(["受付No.", "受任日", "依頼者", "案件種別", "報酬見込(円)", "担当", "備考"])
    month = None
    for p, kind, day in sorted(w.clients, key=lambda x: x[2]):
        if day.year != 2024:
            continue
        if day.month != month:
            month = day.month
            ws.append([f"{day.year}年{day.month}月"])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
        nm = p.name(rng.choice(["", " "])) + rng.choice(["", " 様"])
        ws.append([f"24-{rng.randint(100, 999)}", day, nm, kind, rng.randint(5, 40) * 10000,
                   rng.choice(TANTO), rng.choice(["", "", "戸籍請求中", "書類待ち", "完了"])])
        w.tp(path, p)
    staff_surnames(w, path)
    ws2 = wb.create_sheet("本人確認記録")
    ws2.append(["本人確認記録（犯罪収益移転防止法・司法書士会規則）"])
    ws2.append([])
    checked = [w.inh[0].client, w.inh[2].client, w.comp[0].rep, w.debt[0].p, w.guard[1].app]
    for i, p in enumerate(checked):
        licence = i % 2 == 0
        a = p.addr.text(0)
        rows = [("氏名", p.name()), ("フリガナ", p.kana()),
                ("生年月日", era(p.born, rng.choice([0, 1, 4]))), ("住所", a),
                ("確認書類", "運転免許証" if licence else "マイナンバーカード")]
        if licence:
            number = p.license if i != 2 else p.license.translate(FULL_WIDTH)
            rows.append(("運転免許証番号", number))
        else:
            rows.append(("個人番号", f"{p.mynum[:4]} {p.mynum[4:8]} {p.mynum[8:]}"))
        rows += [("確認日", date(2024, 3, 1) + timedelta(days=30 * i)), ("確認者", "山田"),
                 ("", "")]
        for k, v in rows:
            ws2.append([k, v])
        w.tp(path, p, kana=True, dob=True, addr=a, lic=licence, mynum=not licence)
    ws3 = wb.create_sheet("不動産一覧")
    ws3.append(["不動産番号", "所在", "地番", "地目", "地積", "登記名義人", "案件"])
    for c in w.inh[:8]:
        land = c.land
        ws3.append([land.fudosan, land.shozai, land.chiban, "宅地", land.area, c.dead.name(""),
                    c.dead.last + "家相続"])
        w.t(path, "person_name", c.dead.name(""), None)
        w.t(path, "address", land.shozai, None, True)
    sign(wb, "", "sakurai", STAMP)
    w.share.save(path, wb)



def wards(w: Office) -> None:
    """03_成年後見/被後見人一覧.csv (UTF-8 with a BOM): the five wards, their diagnoses, the
    applicants, guardians and doctors."""
    path = "03_成年後見/被後見人一覧.csv"
    rows = [["事件番号", "被後見人", "生年月日", "居所", "施設名", "病名(診断書)", "申立人", "続柄",
             "申立人電話", "後見人", "主治医", "医療機関"]]
    for g in w.guard:
        ward, app, doc = g.ward, g.app, g.doc
        rows.append([g.jiken, ward.name(), era(ward.born, 1), ward.addr.text(1), ward.fac,
                     ward.diag, app.name(), app.rel, w.tel(app.mobile, 0), g.guardian.name(),
                     doc.name() + " 医師", doc.hosp])
        w.tp(path, ward, dob=True, addr=ward.addr.text(1))
        w.t(path, "sensitive", ward.diag, ward.id)
        w.tp(path, app, phone=app.mobile)
        w.tp(path, g.guardian)
        w.tp(path, doc)
    w.share.write(path, "\ufeff" + csv_text(rows))


def officers(w: Office) -> None:
    """04_商業登記/役員一覧.tsv: the companies' representatives and directors (their homes and
    birth dates); a company's number, office and phone neutral."""
    rng, path = w.rng, "04_商業登記/役員一覧.tsv"
    rows = [["会社名", "会社法人等番号/法人番号", "本店", "電話", "役職", "氏名", "住所",
             "生年月日", "就任日"]]
    for c in w.comp:
        hq = c.hq.text(0)
        w.t(path, "corporate_number", c.corp, None)
        w.t(path, "address", hq, None, True)
        w.t(path, "phone_number", c.tel, None, True)
        for j, p in enumerate([c.rep, *c.dirs]):
            a = p.addr.text(rng.choice([0, 3]))
            rows.append([c.name, c.corp, hq, w.tel(c.tel, 0), "取締役" if j else "代表取締役",
                         p.name(), a, p.born.strftime("%Y/%m/%d"), c.date.strftime("%Y/%m/%d")])
            w.tp(path, p, addr=a, dob=True)
    w.share.write(path, csv_text(rows, "\t"))


def debtors(w: Office) -> None:
    """05_債務整理/債務整理_依頼者一覧.xlsx: the nine debtors (accounts, employers, lenders), the
    lenders' accounts and toll-free numbers, and the first four's overpayments."""
    rng, path = w.rng, "05_債務整理/債務整理_依頼者一覧.xlsx"
    wb, ws = workbook("依頼者")
    ws.append(["債務整理 依頼者一覧（取扱注意）"])
    ws.append(["No", "氏名", "フリガナ", "生年月日", "電話", "住所", "勤務先", "方針", "返金先口座",
               "借入先"])
    for i, dd in enumerate(w.debt):
        p = dd.p
        a = p.addr.text(rng.choice([0, 1]))
        b = p.bank
        ws.append([i + 1, p.name("　"), p.kana(), p.born if i % 2 else era(p.born, 1),
                   w.tel(p.mobile, rng.choice([0, 1, 5])), a, p.employer, dd.kind,
                   f"{b[0]} {b[1]} {b[2]} {b[3]}", "、".join(loan[0] for loan in p.loans)])
        w.tp(path, p, kana=True, dob=True, addr=a, phone=p.mobile, bank=True)
    ws2 = wb.create_sheet("債権者")
    ws2.append(["債権者", "振込先銀行", "支店", "口座番号", "担当部署", "電話"])
    for lender in LENDERS:
        tel = f"0120{rng.randint(100, 999)}{rng.randint(100, 999)}"
        ws2.append([*lender, "債権管理部", f"{tel[:4]}-{tel[4:7]}-{tel[7:]}"])
        w.t(path, "phone_number", tel, None, True)
        w.t(path, "bank_account", lender[3], None, True)
    ws3 = wb.create_sheet("過払い計算")
    ws3.append(["依頼者", "債権者", "取引開始", "引き直し後 過払金", "利息(5%)", "請求額"])
    for dd in w.debt[:4]:
        p = dd.p
        for loan in p.loans:
            v = rng.randint(20, 250) * 10000
            start = date(rng.randint(1998, 2008), rng.randint(1, 12), 1)
            ws3.append([p.last, loan[0], start, v, v // 10, v + v // 10])
        w.t(path, "person_name", p.last, p.id, True)
    wb.properties.created = wb.properties.modified = STAMP
    w.share.save(path, wb)


def progress(w: Office) -> None:
    """02_相続/相続案件_進捗表.csv: the last eight inheritances, the one who died, the last
    address (the heir's where one lives there) and the representative heir."""
    rng, path = w.rng, "02_相続/相続案件_進捗表.csv"
    rows: list[list] = [["案件", "被相続人", "死亡日", "最後の住所", "相続人代表", "代表者電話",
                         "相続人数", "法定相続情報一覧図", "進捗"]]
    for c in w.inh[8:16]:
        dead, cl = c.dead, c.client
        ha = dead.addr.text(1)
        rows.append([f"{dead.last}家", dead.name(), era(dead.death, 4), ha, cl.name(),
                     w.tel(cl.mobile, 0), len(c.heirs), rng.choice(["取得済", "申出中", "未"]),
                     rng.choice(["戸籍収集", "協議書作成", "登記申請済", "完了"])])
        w.t(path, "person_name", dead.name(""), None)
        w.t(path, "address", ha, c.resident)
        w.tp(path, cl, phone=cl.mobile)
    w.share.write(path, csv_text(rows))
