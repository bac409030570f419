"""The association's tables: the member export (CP932), the 北部 and 東部 roster (TSV, 和暦,
full-width digits and every hyphen), the donors' workbook (a month a merged band, the
companies' 法人番号, receipt numbers passing the My Number check, the association's account),
a filled 入会申込書 and its sample, the petitions' workbook, the new year party's guests (BOM
CSV), the street speeches' volunteers and the dues paid (CP932).
"""

from __future__ import annotations

from datetime import date

from .identifiers import my_number
from .japanese import FULL_WIDTH
from .share import csv_text, workbook
from .supporters_people import Association, era

CASES = [("隣家の木の枝が越境し、話し合いに応じてもらえない", None, False),
         ("母（{fam}）が認知症で、特養の入所待ちが長い。施設を紹介してほしい", "認知症", True),
         ("身体障害者手帳（2級）の更新手続きについて相談", "身体障害者手帳2級", False),
         ("生活保護を受給中。ケースワーカーとの関係に悩んでいる", "生活保護受給中", False),
         ("通学路の信号設置の要望（町会として）", None, False),
         ("夫（{fam}）がうつ病で休職中、傷病手当の相談", "うつ病", True),
         ("息子の不登校と発達障害の診断について学校の対応", "発達障害", False),
         ("ゴミ集積所の位置をめぐる近隣トラブル", None, False),
         ("精神障害者保健福祉手帳の申請について", "精神障害者保健福祉手帳", False),
         ("父が脳梗塞で倒れ、介護保険の要介護認定が遅い", "脳梗塞", False)]


def roster(w: Association) -> None:
    """01_会員名簿/会員名簿_export_20241101.csv: every member, the introducer where one."""
    path = "01_会員名簿/会員名簿_export_20241101.csv"
    rows = [["会員番号", "氏名", "フリガナ", "郵便番号", "住所", "電話", "携帯", "生年月日",
             "入会日", "紹介者", "地区"]]
    for p in w.members:
        rows.append([p.no, p.name(), p.kana(), p.zipc, p.full, p.tel or "", p.mob or "",
                     p.born.strftime("%Y/%m/%d"), p.join.strftime("%Y/%m/%d"),
                     p.intro.name() if p.intro else "", p.dist])
        w.tp(path, p, addr="full", postal=True, tel=True, mob=True, dob=True, kana=True)
        if p.intro:
            w.tp(path, p.intro)
    w.share.write(path, csv_text(rows), "cp932")


def district(w: Association) -> None:
    """01_会員名簿/地区別名簿_北部.tsv: the 北部 and 東部 members, some numbers full width."""
    rng, path = w.rng, "01_会員名簿/地区別名簿_北部.tsv"
    lines = ["地区\t会員No\t氏名\t住所\t電話番号\t生年月日\t備考"]
    for p in [m for m in w.members if m.dist in ("北部", "東部")]:
        ph = p.tel or p.mob or ""
        ph2 = w.hy(ph).translate(FULL_WIDTH) if rng.random() < 0.3 else w.hy(ph)
        a = w.hy(p.addr).translate(FULL_WIDTH) if rng.random() < 0.3 else p.addr
        nm = p.name("") if rng.random() < 0.5 else p.name("\u3000")
        note = rng.choice(["", "", "役員", "会報不要", "要電話連絡", "足が悪い（送迎要）"])
        born = era(p.born, rng.randint(0, 2))
        lines.append(f"{p.dist}\t{p.no}\t{nm}\t{a}\t{ph2}\t{born}\t{note}")
        w.tp(path, p, addr=a, dob=True)
        if ph:
            w.t(path, "phone_number", ph, p)
    w.share.write(path, "\n".join(lines) + "\n")


def donors(w: Association) -> None:
    """02_会計/寄附者一覧_令和6年.xlsx: 18 donors by month, five companies, ten receipts (the
    surname alone) and the association's account."""
    rng, path = w.rng, "02_会計/寄附者一覧_令和6年.xlsx"
    wb, ws = workbook("個人寄附", f"令和6年 {w.name} 寄附者一覧（収支報告書 記載用）", "A1:F1")
    ws.append(["No", "氏名", "住所", "職業", "金額", "年月日"])
    w.donors = rng.sample(w.members, 16) + w.outsiders[:2]
    n = 0
    for month in range(1, 13):
        ds = [d for i, d in enumerate(w.donors) if i % 12 == month - 1]
        if not ds:
            continue
        ws.append([f"{month}月分"])
        ws.merge_cells(f"A{ws.max_row}:F{ws.max_row}")
        for d in ds:
            n += 1
            day = date(2024, month, rng.randint(1, 28))
            ws.append([n, d.name(), d.full, d.job,
                       rng.choice([10000, 30000, 50000, 100000, 60000]), day.strftime("%Y/%m/%d")])
            w.tp(path, d, addr="full")
    ws2 = wb.create_sheet("法人・団体")
    ws2.append(["法人・政治団体からの寄附"])
    ws2.append(["名称", "法人番号", "代表者", "所在地", "電話", "金額", "年月日"])
    for c in w.companies:
        ws2.append([c.name, c.cn, c.rep.name(), c.addr, c.tel, 100000, "2024/04/01"])
        w.t(path, "corporate_number", c.cn)
        w.tp(path, c.rep)
        w.t(path, "address", c.addr, None, True)
        w.t(path, "phone_number", c.tel, None, True)
    ws3 = wb.create_sheet("領収書発行控")
    ws3.append(["領収書番号", "寄附者", "金額", "発行日"])
    for d in w.donors[:10]:
        ws3.append([my_number(rng), d.last + "様", 30000, "2024/12/10"])
        w.tp(path, d, False, sei=True)
    ws4 = wb.create_sheet("振込先")
    ws4.append(["寄附金振込先（後援会口座）"])
    ws4.append(["口座", w.bank])
    ws4.append(["名義", f"{w.name} 会計責任者"])
    w.t(path, "bank_account", w.bank.split()[-1], None, True)
    w.save(path, wb)


def application(w: Association) -> None:
    """03_入会/入会申込書_記入済.xlsx: a resident's filled form, a member introducing, and the
    記入例 sheet's samples."""
    path, ap, intro = "03_入会/入会申込書_記入済.xlsx", w.outsiders[2], w.members[3]
    wb, ws = workbook("申込書", f"{w.name} 入会申込書", "A1:D1")
    for row in [("受付日", "2024年10月3日"), ("フリガナ", ap.kana()), ("氏名", ap.name()),
                ("生年月日", era(ap.born, 0)), ("郵便番号", "〒" + ap.zipc), ("住所", ap.addr),
                ("電話番号", ap.tel or ""), ("携帯電話", ap.mob or ""),
                ("メールアドレス", ap.email or ""), ("職業", ap.job), ("紹介者", intro.name()),
                ("会費", "年額 1,000円")]:
        ws.append(row)
    w.tp(path, ap, addr="city", postal=True, tel=True, mob=True, email=True, dob=True, kana=True)
    w.tp(path, intro)
    ws2 = wb.create_sheet("記入例")
    for row in [("氏名", "船橋 太郎"), ("生年月日", "昭和50年1月1日"),
                ("住所", "千葉県船橋市本町1-1-1"), ("電話番号", "090-0000-0000"),
                ("メールアドレス", "taro@example.com")]:
        ws2.append(row)
    for category, value in [("person_name", "船橋太郎"), ("phone_number", "09000000000"),
                            ("email_address", "taro@example.com"),
                            ("address", "千葉県船橋市本町1-1-1")]:
        w.t(path, category, value, None, True)
    w.save(path, wb)


def petitions(w: Association) -> None:
    """04_陳情相談/陳情・相談記録_2024.xlsx: ten petitioners' cases (two about a relative, who
    is drawn here), some 受付番号 passing the My Number check."""
    rng, path = w.rng, "04_陳情相談/陳情・相談記録_2024.xlsx"
    w.pets = w.outsiders[3:9] + rng.sample(w.members, 4)
    wb, ws = workbook("相談記録", "陳情・相談受付簿（取扱注意）")
    ws.append(["受付番号", "受付日", "相談者", "住所", "連絡先", "相談内容", "対応", "担当"])
    clerk = w.staff[1]
    for i, (pt, (txt, sens, fam)) in enumerate(zip(w.pets, CASES, strict=True)):
        famname = ""
        if fam:
            f = w.person("family", sei=(pt.last, pt.last_kana, "x"), home=pt,
                         sex="F" if "母" in txt else "M", age=rng.randint(55, 90))
            w.fams[pt.id] = f
            famname = f.name()
            w.tp(path, f)
            w.t(path, "sensitive", sens, f)
        elif sens:
            w.t(path, "sensitive", sens, pt)
        rno = my_number(rng) if i % 3 == 0 else f"R6-{i + 1:03d}"
        ws.append([rno, f"2024/{rng.randint(1, 11)}/{rng.randint(1, 28)}", pt.name() + "様",
                   pt.addr, pt.phone, txt.format(fam=famname),
                   rng.choice(["市福祉課に照会済", "議員より担当課長へ連絡", "次回面談予定",
                               "対応完了"]),
                   clerk.last])
        w.tp(path, pt, addr="city")
        w.phone(path, pt)
        pt.case = (txt.format(fam=famname), sens)
    w.tp(path, clerk, False, sei=True)
    w.save(path, wb)


def new_year(w: Association) -> None:
    """05_行事/新年会2025_出席者.csv: 30 members and three companies' representatives."""
    rng, path = w.rng, "05_行事/新年会2025_出席者.csv"
    guests = rng.sample(w.members, 30) + [c.rep for c in w.companies[:3]]
    lines = ["No,氏名,所属・地区,人数,会費,受付"]
    for i, p in enumerate(guests, 1):
        org = (p.dist + "地区" if p.role == "member"
               else next(c.name for c in w.companies if c.rep is p))
        lines.append(f"{i},{p.name()} 様,{org},{rng.choice([1, 1, 2])},5000,"
                     f"{rng.choice(['済', '済', ''])}")
        w.tp(path, p)
    lines.append(f",来賓 {w.name}会長 挨拶,,,,")
    w.share.write(path, "\n".join(lines) + "\n", "utf-8-sig")


def volunteers(w: Association) -> None:
    """05_行事/街頭演説_ボランティア.xlsx: the volunteers and a week's shifts (surnames)."""
    rng, path = w.rng, "05_行事/街頭演説_ボランティア.xlsx"
    wb, ws = workbook("名簿", "街頭演説ボランティア名簿")
    ws.append(["氏名", "携帯", "メール", "年齢", "備考"])
    for v in w.vols:
        ws.append([v.name(), v.mob or "", v.email or "", 2024 - v.born.year,
                   rng.choice(["", "車出し可", "のぼり担当", "学生"])])
        w.tp(path, v, mob=True, email=True)
    ws2 = wb.create_sheet("シフト")
    ws2.append(["日付", "場所", "担当"])
    for d in range(1, 8):
        ws2.append([f"11月{d}日", rng.choice(["船橋駅南口", "西船橋駅", "津田沼駅北口"]),
                    "、".join(v.last for v in rng.sample(w.vols, 3))])
    for v in w.vols:
        w.tp(path, v, False, sei=True)
    w.save(path, wb)


def dues(w: Association) -> None:
    """02_会計/会費納入_2024.csv: 35 members' dues, each 領収No passing the My Number check."""
    rng, path = w.rng, "02_会計/会費納入_2024.csv"
    rows = [["領収No", "会員番号", "氏名", "金額", "納入日", "方法"]]
    for p in rng.sample(w.members, 35):
        rows.append([my_number(rng), p.no, p.name(), "1000",
                     f"2024/{rng.randint(1, 11)}/{rng.randint(1, 28)}",
                     rng.choice(["現金", "振込", "口座振替"])])
        w.tp(path, p)
    w.share.write(path, csv_text(rows), "cp932")
