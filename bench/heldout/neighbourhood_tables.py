"""The association's tables: the members' roster (a sheet a 班) and its CP932 export, the
避難行動要支援者 list with one 個別避難計画, the dues ledger (direct debit accounts), the drill's
attendance, the festival volunteers, the 敬老会 list, the sponsors (法人番号) and the receipts
whose numbers pass the My Number and Luhn checks (hard negatives).
"""

from __future__ import annotations

from datetime import date

import openpyxl

from .identifiers import corporate_number, digits, luhn_number, my_number
from .neighbourhood_people import (
    HAN,
    KIDS,
    KOMINKAN_ADDR,
    TODAY,
    ZIP,
    Association,
    Person,
    era,
    fold,
)
from .share import age_on, csv_text

KEIRO = date(2024, 9, 16)


def _member_row(a: Association, path: str, ws, n: int, h) -> None:
    hd = h.head
    ad = a.addr(h, a.rng.choice(["short", "hy", "fw", "city"]))
    fam = []
    for p, r in h.members[1:]:
        fam.append(f"{r}：{p.name(' ')}（{era(p.born, 'year')}）")
        a.tp(path, p, "person_name", p.name(""))
    ws.append([n, a.nm(hd), hd.kana(), ad, a.phone(h.tel) if h.tel else "",
               a.phone(hd.mobile) if hd.mobile else "", hd.email or "",
               "、".join(fam) if fam else "（単身）", hd.role])
    a.name(path, hd)
    a.tp(path, hd, "address", ad)
    a.tk(path, hd)
    a.reach(path, hd, h.tel, hd.mobile)


def roster(a: Association) -> None:
    """01_名簿/会員名簿_R6.xlsx: a sheet a 班, its 班長 in the banner."""
    path = "01_名簿/会員名簿_R6.xlsx"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for han in range(1, HAN + 1):
        ws = wb.create_sheet(f"{han}班")
        ws.append([f"令和6年度 霞ケ丘二丁目町内会 会員名簿（{han}班）　班長："
                   f"{a.hancho[han].name(' ')}"])
        ws.merge_cells("A1:I1")
        ws.append(["R6.4.1 現在　取扱注意"])
        ws.append(["No", "世帯主", "フリガナ", "住所", "電話", "携帯", "メール",
                   "家族構成", "備考"])
        a.tp(path, a.hancho[han], "person_name", a.hancho[han].name(""))
        for n, h in enumerate([x for x in a.households if x.han == han], 1):
            _member_row(a, path, ws, n, h)
    a.save(path, wb)


def export(a: Association) -> None:
    """01_名簿/会員一覧_export_20240401.csv (CP932): every household head with 〒."""
    path = "01_名簿/会員一覧_export_20240401.csv"
    rows = [["会員ID", "班", "氏名", "氏名カナ", "郵便番号", "住所", "電話番号", "メールアドレス",
             "登録日", "更新日"]]
    for i, h in enumerate(a.households):
        hd = h.head
        ad = a.addr(h, "full")
        reg = a.rdate(2015, 2023)
        tel = h.tel or hd.mobile
        rows.append([f"K{2000 + i:05d}", h.han, hd.name("\u3000"), hd.kana("\u3000"), ZIP, ad,
                     a.phone(tel, "h") if tel else "", hd.email or "",
                     reg.strftime("%Y/%m/%d"), "2024/04/01"])
        a.name(path, hd)
        a.tp(path, hd, "address", ad)
        a.tp(path, hd, "postal_code", ZIP)
        a.tk(path, hd)
        a.reach(path, hd, tel)
    a.share.write(path, csv_text(rows).encode("cp932", errors="replace"))


def _support_row(a: Association, path: str, ws, i: int, p: Person) -> None:
    h = p.hh
    ad = a.addr(h, a.rng.choice(["short", "city"]))
    dstyle = a.rng.choice(["kanji", "dot", "fw", "slash"])
    tel = h.tel or p.mobile
    for x in p.helpers:  # gen.py's unused helper line drew their phones' styles
        a.phone(x.mobile)
    kubun = ("独居高齢者" if h.kind == "single_old"
             else ("高齢者世帯" if h.kind == "couple_old" else "障害者"))
    ecs = ""
    if p.ec:
        e, rel, where = p.ec
        ecs = f"{rel} {e.name(' ')}（{where}）{a.phone(e.mobile)}"
        a.tp(path, e, "person_name", e.name(""))
        a.tp(path, e, "phone_number", e.mobile)
    sup = p.helpers
    row = [i, a.nm(p), p.kana(), era(p.born, dstyle), age_on(p.born, TODAY), f"{h.han}班", ad,
           a.phone(tel) if tel else "", kubun, p.kaigo, p.shogai or "－"]
    row += [f"{x.name('')} {a.phone(x.mobile)}" if x else "" for x in [*sup, None, None][:2]]
    ws.append([*row, ecs])
    a.name(path, p)
    a.tp(path, p, "date_of_birth", p.born.isoformat())
    a.tp(path, p, "address", ad)
    a.tk(path, p)
    if tel:
        a.tp(path, p, "phone_number", tel)
    if p.kaigo != "なし":
        a.tp(path, p, "sensitive", p.kaigo)
    if p.shogai:
        a.tp(path, p, "sensitive", p.shogai)
    for x in sup:
        a.name(path, x)
        a.tp(path, x, "phone_number", x.mobile)


def support(a: Association) -> None:
    """02_防災/避難行動要支援者名簿_R6.xlsx: care levels, disabilities, helpers and emergency
    contacts; a second sheet the 個別避難計画 of the second (an illness)."""
    path = "02_防災/避難行動要支援者名簿_R6.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名簿"
    ws.append(["避難行動要支援者名簿（町内会保管用）　※外部持出し禁止　作成：防災部"])
    ws.merge_cells("A1:N1")
    ws.append(["No", "氏名", "ふりがな", "生年月日", "年齢", "班", "住所", "電話", "区分",
               "要介護度", "障害等", "支援者1", "支援者2", "緊急連絡先"])
    for i, p in enumerate(a.support, 1):
        _support_row(a, path, ws, i, p)
    p = a.support[1]
    ws2 = wb.create_sheet("個別避難計画_" + p.last)
    ws2.append(["個別避難計画書"])
    ws2.append([])
    tel = p.hh.tel or p.mobile or "0492000000"
    home = a.addr(p.hh, "full")
    form = [("氏名", p.name(" ")), ("フリガナ", p.kana()), ("生年月日", era(p.born)),
            ("住所", home), ("電話", a.phone(tel, "h")), ("要介護度", p.kaigo),
            ("既往症・服薬", p.byoki), ("避難時の配慮", "歩行器使用。階段不可。"),
            ("避難先", "霞ケ丘公民館（" + KOMINKAN_ADDR + "）"),
            ("支援者", "、".join(x.name(" ") for x in p.helpers)),
            ("記入者", a.ext["minsei"].name(" ") + "（民生委員）")]
    for k, v in form:
        ws2.append([k, v])
    a.addr(p.hh, "full")  # gen.py drew the address again, then kept the form's
    a.t(path, "address", fold(home), p.pid, p.dead)
    a.tp(path, p, "phone_number", tel)
    if p.kaigo != "なし":
        a.tp(path, p, "sensitive", p.kaigo)
    a.tp(path, p, "sensitive", p.byoki)
    a.name(path, a.ext["minsei"])
    a.tk(path, p)
    a.t(path, "address", KOMINKAN_ADDR, None, True)
    a.name(path, *p.helpers)
    a.save(path, wb)


def dues(a: Association) -> None:
    """03_会計/会費徴収台帳_R6.xlsx: six months a head, the direct debits' accounts and the
    association's own account (neutral)."""
    rng, path = a.rng, "03_会計/会費徴収台帳_R6.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "徴収台帳"
    ws.append(["令和6年度 町内会費徴収台帳（月額500円／年額6,000円）"])
    ws.append(["班", "世帯主", "4月", "5月", "6月", "7月", "8月", "9月", "納入方法",
               "累計", "備考"])
    banks = [("埼玉りそな銀行", "川越支店"), ("武蔵野銀行", "霞ケ関支店"),
             ("ゆうちょ銀行", "〇三八店"), ("埼玉縣信用金庫", "川越西支店")]
    furikae = []
    for han in range(1, HAN + 1):
        ws.append([f"{han}班　（班長 {a.hancho[han].name('')}）"])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        a.name(path, a.hancho[han])
        for h in [x for x in a.households if x.han == han]:
            hd = h.head
            method = rng.choice(["現金", "現金", "口座振替"])
            months = [500 if rng.random() < 0.85 else None for _ in range(6)]
            ws.append(["", a.nm(hd), *months, method, sum(m or 0 for m in months),
                       "未納あり" if None in months else ""])
            a.name(path, hd)
            if method == "口座振替":
                furikae.append(hd)
    ws = wb.create_sheet("口座振替")
    ws.append(["口座振替依頼者一覧（取扱注意）"])
    ws.append(["世帯主", "金融機関", "支店", "種別", "口座番号", "口座名義（カナ）"])
    for hd in furikae:
        b, s = rng.choice(banks)
        acct = digits(rng, 7)
        ws.append([hd.name(" "), b, s, "普通", acct, hd.kana()])
        a.name(path, hd)
        a.tp(path, hd, "bank_account", acct)
        a.tk(path, hd)
    ws = wb.create_sheet("町内会口座")
    ws.append(["項目", "内容"])
    acct = a.ext["org_acct"] = digits(rng, 7)
    kaikei = a.o("会計")
    for k, v in [("金融機関", "埼玉りそな銀行 川越支店"), ("種別", "普通"), ("口座番号", acct),
                 ("名義", "カスミガオカニチョウメチョウナイカイ カイケイ " + kaikei.kana())]:
        ws.append([k, v])
    a.t(path, "bank_account", acct, None, True)
    a.tk(path, kaikei)
    a.save(path, wb)


def drill(a: Association) -> None:
    """02_防災/防災訓練_出欠_R6.csv: about 60 % of the living heads."""
    rng, path = a.rng, "02_防災/防災訓練_出欠_R6.csv"
    rows = [["班", "氏名", "出欠", "人数", "連絡先", "備考"]]
    for h in a.households:
        if rng.random() < 0.6 and h.head.alive:
            hd = h.head
            ph = hd.mobile if rng.random() < 0.4 else None
            note = rng.choice(["", "", "", "車いす貸出希望", "子ども2名", "遅れて参加"])
            rows.append([h.han, a.nm(hd, rng.choice([" ", ""])) + rng.choice(["", "様", "さん"]),
                         rng.choice(["出", "出", "欠"]), rng.randint(1, 4),
                         a.phone(ph) if ph else "", note])
            a.name(path, hd)
            if ph:
                a.tp(path, hd, "phone_number", ph)
    a.share.write(path, csv_text(rows))


def volunteers(a: Association) -> None:
    """06_行事/夏祭り_ボランティア名簿_R6.tsv: fourteen adults, six children with a guardian."""
    rng, path = a.rng, "06_行事/夏祭り_ボランティア名簿_R6.tsv"
    lines = ["氏名\tふりがな\t班\t担当\t携帯\t生年月日\t保護者\tTシャツ"]
    kids = [p for h in a.households for p, r in h.members
            if r in KIDS and 2006 <= p.born.year <= 2012]
    vols = [p for p in a.heads if p.alive and p.mobile and p.born.year > 1955]
    rng.shuffle(vols)
    for p in vols[:14]:
        job = ["焼きそば", "受付", "盆踊り", "駐輪場", "本部"]
        lines.append(f"{a.nm(p)}\t{p.kana('')}\t{p.hh.han}\t{rng.choice(job)}\t"
                     f"{a.phone(p.mobile)}\t\t\t{rng.choice('SMLX')}")
        a.name(path, p)
        a.tp(path, p, "phone_number", p.mobile)
        a.tk(path, p)
    for p in kids[:6]:
        g = p.hh.head
        ds = rng.choice([p.born.strftime("%Y/%m/%d"), era(p.born, "slash"),
                         p.born.strftime("%Y-%m-%d")])
        tel = g.mobile or p.hh.tel
        lines.append(f"{a.nm(p)}\t{p.kana('')}\t{p.hh.han}\t子ども神輿補助\t\t{ds}\t{g.name('')}"
                     f"（{a.phone(tel or '09000000000')}）\t{rng.choice('SM')}")
        a.name(path, p)
        a.tp(path, p, "date_of_birth", p.born.isoformat())
        a.tk(path, p)
        a.name(path, g)
        if tel:
            a.tp(path, g, "phone_number", tel)
    a.share.write(path, "\n".join(lines) + "\n")


def elders(a: Association) -> list[Person]:
    """The living members aged 80 or more on the 敬老の日."""
    return [p for h in a.households for p, _ in h.members
            if age_on(p.born, KEIRO) >= 80 and p.alive]


def keiro(a: Association) -> None:
    """06_行事/敬老会_対象者名簿_R6.xlsx: the 80-and-over with birth dates and addresses."""
    rng, path = a.rng, "06_行事/敬老会_対象者名簿_R6.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "対象者"
    ws.append(["令和6年度 敬老会 対象者名簿（80歳以上・令和6年9月16日現在）"])
    ws.append(["班", "氏名", "ふりがな", "生年月日", "年齢", "住所", "出欠", "記念品", "備考"])
    for p in elders(a):
        ad = a.addr(p.hh, "short")
        ws.append([p.hh.han, p.name("\u3000"), p.kana(),
                   era(p.born, rng.choice(["kanji", "kanji", "fw", "dot"])),
                   age_on(p.born, KEIRO), ad, rng.choice(["出席", "欠席", "未回答"]),
                   "紅白まんじゅう",
                   rng.choice(["", "", "送迎希望", "車いす", "米寿"])])
        a.name(path, p)
        a.tp(path, p, "date_of_birth", p.born.isoformat())
        a.tp(path, p, "address", ad)
        a.tk(path, p)
    a.save(path, wb)


def sponsors(a: Association) -> None:
    """03_会計/夏祭り協賛企業一覧_R6.csv (CP932): 法人番号, the firms' numbers (neutral) and
    their contacts' names."""
    rng, path = a.rng, "03_会計/夏祭り協賛企業一覧_R6.csv"
    rows = [["企業名", "法人番号", "所在地", "電話", "担当者", "協賛額"]]
    for co in ["株式会社霞ケ丘不動産", "有限会社さくら米店", "川越ガス株式会社",
               "医療法人社団かすみ会", "株式会社マルカ酒店"]:
        cn = corporate_number(rng)
        tel = "049" + digits(rng, 7)
        tanto = a.person(mobile=False)
        ad = (f"川越市{rng.choice(['霞ケ丘1丁目', '新宿町', '脇田本町'])}"
              f"{rng.randint(1, 20)}-{rng.randint(1, 30)}")
        rows.append([co, cn, ad, a.phone(tel, "h"), tanto.name(" ") + "様",
                     rng.choice([5000, 10000, 30000])])
        a.t(path, "corporate_number", cn)
        a.t(path, "phone_number", tel, None, True)
        a.t(path, "address", ad, None, True)
        a.name(path, tanto)
    a.share.write(path, csv_text(rows).encode("cp932", errors="replace"))


def receipts(a: Association) -> None:
    """03_会計/領収書控_R6.csv: receipt numbers passing the My Number check and 振込受付番号
    passing Luhn (hard negatives)."""
    rng, path = a.rng, "03_会計/領収書控_R6.csv"
    rows = [["領収書番号", "発行日", "宛名", "金額", "摘要", "振込受付番号"]]
    for _ in range(15):
        rn = my_number(rng)
        hd = rng.choice([h.head for h in a.households if h.head.alive])
        uk = luhn_number(rng, rng.choice(["20", "80", "99"]), 16)
        rows.append([rn, f"2024/{rng.randint(4, 9)}/{rng.randint(1, 28)}", hd.name(" ") + " 様",
                     6000, "令和6年度町内会費", uk])
        a.name(path, hd)
    a.share.write(path, csv_text(rows))
