"""The company's tables: the CP932 受注台帳, two crews' 作業指示書 and three 家財リスト (.xlsx),
the card and bank-transfer statements (CSV), the client companies' 転勤者リスト (.xlsx), the
driver list (免許証, emergency contacts), the part-timers' 個人番号 CSV, the 不用品回収 TSV and
the vehicle list.

The branches' 配車センター phones, the clients' 法人番号 and surnames alone are neutral; 伝票番号
passing the My Number check and Luhn-valid 取引ID, 契約番号 and リース番号 are in no record.
"""

from __future__ import annotations

from openpyxl.styles import Font

from .identifiers import luhn_number, my_number
from .japanese import half_width_kana
from .moving_company_people import BRANCHES, Mover, cp932, jp_era
from .share import csv_text, workbook

PLANS = ["単身パック", "スタンダード", "おまかせ"]
CREW_NOTES = ["", "ピアノあり（提携業者手配済）", "養生多め", "2t車"]
FURNITURE = [("LDK", "ソファ3人掛け"), ("LDK", "食器棚"), ("洋室", "アップライトピアノ"),
             ("和室", "桐タンス"), ("LDK", "冷蔵庫 450L"), ("洋室", "シングルベッド"),
             ("LDK", "テレビ 55型")]
TRUCKS = ["2tロング", "3t", "4t"]


def ledger(c: Mover) -> None:
    """受注台帳_2024年10-11月.csv: 55 customers' orders (伝票番号, both addresses, the office
    surname in charge), CP932."""
    rng, path = c.rng, "受注台帳/受注台帳_2024年10-11月.csv"
    rows = [["伝票番号", "受注日", "作業日", "お客様名", "フリガナ", "電話番号", "旧住所", "新住所",
             "プラン", "金額(税込)", "担当"]]
    for p in c.customers[5:60]:
        tel = c.phone(p.phone, rng.choice([0, 2]))
        ordered = f"2024/10/{rng.randint(1, 28):02d}"
        plan, price = rng.choice(PLANS), rng.randint(3, 30) * 5500
        o = c.office[rng.randint(0, 3)]
        rows.append([p.slip, ordered, p.move.strftime("%Y/%m/%d"), c.nm(p, "\u3000"), p.kana(),
                     tel, p.old.full(), p.new.full(), plan, price, o.last])
        c.t_std(path, o, "sei")
        c.t_std(path, p, "name kana phone old new")
    c.share.write(path, cp932(csv_text(rows)))


def crews(c: Mover) -> None:
    """作業指示書_第N班_11月.xlsx: two crews' November jobs under merged day rows, then the crew
    (four drivers' mobiles) and the branch's 配車センター."""
    rng = c.rng
    for ci, group in enumerate([c.customers[10:30], c.customers[30:50]]):
        path = f"作業指示書/作業指示書_第{ci + 1}班_11月.xlsx"
        wb, ws = workbook("作業予定")
        ws["A1"] = f"作業指示書　第{ci + 1}班（{BRANCHES[ci][0]}）"
        ws["A1"].font = Font(bold=True, size=14)
        ws.merge_cells("A1:E1")
        ws.append([])
        ws.append(["お客様", "旧住所", "新住所", "電話", "備考"])
        bydate: dict = {}
        for p in group:
            bydate.setdefault(p.move, []).append(p)
        for d in sorted(bydate):
            ws.append([f"■ {d.month}月{d.day}日（{'月火水木金土日'[d.weekday()]}）"])
            r = ws.max_row
            ws.merge_cells(f"A{r}:E{r}")
            for p in bydate[d]:
                o = p.old.body if rng.random() < .5 else p.old.full()
                n = p.new.full()
                name = c.nm(p) + " 様"
                ws.append([name, o, n, c.phone(p.phone), rng.choice(CREW_NOTES)])
                c.t_std(path, p, "name phone")
                c.t(path, "address", o, p)
                c.t(path, "address", n, p)
        ws2 = wb.create_sheet("班員・車両")
        ws2.append(["班員", "役割", "携帯", "車両番号"])
        for j, d in enumerate(c.drivers[ci * 4:ci * 4 + 4]):
            veh = f"大宮 100 あ {rng.randint(10, 99)}-{rng.randint(10, 99)}"
            ws2.append([c.nm(d), "リーダー" if j == 0 else "ドライバー", d.phone, veh])
            c.t_std(path, d, "name phone")
        ws2.append(["配車センター", "", BRANCHES[ci][2], ""])
        c.t(path, "phone_number", BRANCHES[ci][2], None, True)
        c.save(path, wb)


def inventories(c: Mover) -> None:
    """家財リスト_<name>様.xlsx: three customers' label | value sheet and five pieces of
    furniture."""
    rng = c.rng
    for p in c.customers[60:63]:
        path = f"家財リスト/家財リスト_{p.full}様.xlsx"
        wb, ws = workbook("お客様情報")
        ws["A1"] = "家財リスト（お見積り用）"
        ws.merge_cells("A1:B1")
        name = c.nm(p) + " 様"
        rows = [("見積番号", p.qno), ("お客様氏名", name), ("フリガナ", p.kana()),
                ("ご連絡先", c.phone(p.phone)), ("メール", p.email),
                ("現住所", "〒" + p.old.zip + " " + p.old.full()), ("新住所", p.new.full()),
                ("作業日", jp_era(p.move, 2))]
        for r in rows:
            ws.append(list(r))
        c.t_std(path, p, "name kana phone email zold old new")
        ws2 = wb.create_sheet("家財")
        ws2.append(["部屋", "品目", "数量", "サイズ", "備考"])
        for room, item in rng.sample(FURNITURE, 5):
            ws2.append([room, item, rng.randint(1, 2), rng.choice(["大", "中", "特大"]), ""])
        c.save(path, wb)


def cards(c: Mover) -> None:
    """カード決済_2024-10.csv: eighteen customers' card payments (number, expiry, the holder
    in capitals)."""
    rng, path = c.rng, "決済/カード決済_2024-10.csv"
    rows = [["取引ID", "取引日時", "伝票番号", "カード番号", "有効期限", "カード名義", "金額",
             "承認番号", "結果"]]
    for p in rng.sample(c.customers[5:60], 18):
        cn = card(c)
        ex = f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}"
        tx = f"TX{luhn_number(rng, '', 12)}"
        at = f"2024-10-{rng.randint(1, 28):02d} {rng.randint(9, 20):02d}:{rng.randint(0, 59):02d}"
        holder = f"{p.first_roman.upper()} {p.last_roman.upper()}"
        rows.append([tx, at, p.slip, cn, ex, holder, rng.randint(3, 30) * 5500,
                     rng.randint(100000, 999999), "承認"])
        c.t(path, "credit_card_number", cn, p)
        c.t(path, "card_expiry", ex, p)
        c.t(path, "person_name", holder.replace(" ", ""), p)
    c.share.write(path, csv_text(rows, end="\n"))


def card(c: Mover) -> str:
    """gen.py's card(): a brand prefix drawn (Visa, Mastercard 51-53, JCB 35xx, Amex 37)."""
    rng = c.rng
    pre = rng.choice(["4", "51", "52", "53", "35", "37"])
    if pre == "37":
        return luhn_number(rng, "37", 15)
    if pre == "35":
        return luhn_number(rng, "35" + str(rng.randint(28, 89)), 16)
    return luhn_number(rng, pre, 16)


def transfers(c: Mover) -> None:
    """振込入金明細_2024-10.csv: fifteen customers' bank transfers, the payer in half-width
    kana, CP932."""
    rng, path = c.rng, "決済/振込入金明細_2024-10.csv"
    rows = [["入金日", "振込依頼人名", "金額", "照合伝票番号", "備考"]]
    for p in rng.sample(c.customers[5:60], 15):
        day = f"2024/10/{rng.randint(1, 28):02d}"
        rows.append([day, half_width_kana(p.kana()), rng.randint(3, 30) * 5500, p.slip, ""])
        c.t(path, "person_name", p.last_kana + p.first_kana, p)
    c.share.write(path, cp932(csv_text(rows)))


def transferees(c: Mover) -> None:
    """<client>_転勤者リスト_2025春.xlsx: each client's seven transferees (both addresses,
    mobile), its 総務's line, then the contract sheet (法人番号, a Luhn-valid 契約番号)."""
    rng = c.rng
    for ci, (client, dom, corp) in enumerate(c.clients):
        s = c.soumu[ci]
        path = f"法人契約/{client}_転勤者リスト_2025春.xlsx"
        wb, ws = workbook("転勤者一覧")
        ws["A1"] = f"{client} 2025年4月 人事異動に伴う引越し依頼一覧"
        ws.merge_cells("A1:H1")
        mail = f"{s.last_roman.lower()}@{dom}.co.jp"
        name = c.nm(s)
        ws["A2"] = f"総務部 {name}（内線 2{rng.randint(100, 999)}） {mail}"
        ws.append(["社員番号", "氏名", "ﾌﾘｶﾞﾅ", "旧住所", "新住所", "家族人数", "携帯電話",
                   "希望日"])
        c.t_std(path, s, "name")
        c.t(path, "email_address", mail, s, True)
        for p in c.transfer[ci * 7:ci * 7 + 7]:
            no = f"{rng.randint(10000, 99999):06d}"
            ws.append([no, c.nm(p), half_width_kana(p.kana()), p.old.full(), p.new.full(),
                       rng.randint(1, 5), p.phone, jp_era(p.move, 3)])
            c.t_std(path, p, "name kana old new phone")
        ws2 = wb.create_sheet("契約情報")
        for k, v in [("契約先", client), ("法人番号", corp),
                     ("契約番号", "HK-" + luhn_number(rng, "", 8)), ("請求先", "総務部 経理課"),
                     ("割引率", "15%")]:
            ws2.append([k, v])
        c.t(path, "corporate_number", corp, None, True)
        c.save(path, wb)


def drivers(c: Mover) -> None:
    """ドライバー名簿_2024.xlsx: the ten drivers (birth date in 和暦, home, 免許証番号, an
    emergency contact's name and phone), then six trucks with their driver's surname."""
    rng, path = c.rng, "社員/ドライバー名簿_2024.xlsx"
    wb, ws = workbook("ドライバー")
    ws["A1"] = "ドライバー名簿（2024年10月現在）取扱注意"
    ws.merge_cells("A1:J1")
    ws.append(["社員No", "氏名", "フリガナ", "生年月日", "住所", "携帯", "運転免許証番号",
               "免許種別", "緊急連絡先", "続柄・電話"])
    for i, d in enumerate(c.drivers):
        e = d.emerg
        rel = rng.choice(["妻", "母", "父", "兄"])
        name = c.nm(d)
        tel = c.phone(d.phone)
        kind = rng.choice(["中型", "準中型", "大型"])
        ws.append([f"D{i + 101}", name, d.kana(), jp_era(d.born, i % 4), d.old.full(), tel, d.lic,
                   kind, c.nm(e), f"{rel} {e.phone}"])
        c.t_std(path, d, "name kana")
        c.t(path, "date_of_birth", d.born.isoformat(), d)
        c.t_std(path, d, "old phone")
        c.t(path, "drivers_license_number", d.lic, d)
        c.t_std(path, e, "name phone")
    ws2 = wb.create_sheet("車両")
    ws2.append(["車両番号", "車種", "車検満了日", "担当"])
    for d in c.drivers[:6]:
        plate = (f"大宮 {rng.choice([100, 400, 800])} {rng.choice('あいうえかきくけ')} "
                 f"{rng.randint(10, 99)}-{rng.randint(10, 99)}")
        kind = rng.choice(TRUCKS)
        due = f"2025/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}"
        ws2.append([plate, kind, due, d.last])
        c.t_std(path, d, "sei")
    c.save(path, wb)


def part_timers(c: Mover) -> None:
    """アルバイト_マイナンバー_給与用.csv: the ten part-timers' 個人番号 (spaced four in ten),
    birth dates, homes and bank accounts."""
    rng, path = c.rng, "社員/アルバイト_マイナンバー_給与用.csv"
    rows = [["氏名", "フリガナ", "生年月日", "個人番号", "住所", "電話", "振込口座"]]
    for p in c.parttime:
        acct = str(rng.randint(1000000, 9999999))
        mn = p.mn if rng.random() < .6 else f"{p.mn[:4]} {p.mn[4:8]} {p.mn[8:]}"
        name = c.nm(p)
        born = jp_era(p.born, rng.randint(0, 3))
        tel = c.phone(p.phone)
        bank = f"ゆうちょ以外 {rng.choice(['みずほ', '三井住友', '埼玉りそな'])}銀行 普通 {acct}"
        rows.append([name, p.kana(), born, mn, p.old.full(), tel, bank])
        c.t_std(path, p, "name kana")
        c.t(path, "date_of_birth", p.born.isoformat(), p)
        c.t(path, "my_number", p.mn, p)
        c.t_std(path, p, "old phone")
        c.t(path, "bank_account", acct, p)
    c.share.write(path, csv_text(rows, end="\n"))


def collection(c: Mover) -> None:
    """回収記録_2024.tsv: twelve pick-ups of unwanted goods (a 伝票番号 passing the My Number
    check, the old address without its prefecture)."""
    rng, path = c.rng, "不用品回収/回収記録_2024.tsv"
    rows = ["回収日\t伝票番号\tお客様\t回収先住所\t品目\t処分費"]
    for p in c.customers[70:78] + c.customers[20:24]:
        day = f"2024-{rng.randint(9, 11)}-{rng.randint(1, 28)}"
        slip, name = my_number(rng), c.nm(p)
        item = rng.choice(["冷蔵庫(家電リサイクル)", "マットレス", "タンス", "自転車"])
        rows.append(f"{day}\t{slip}\t{name}様\t{p.old.body}\t{item}\t{rng.randint(2, 10) * 1100}")
        c.t_std(path, p, "name obody")
    c.share.write(path, "\n".join(rows) + "\n")


def vehicles(c: Mover) -> None:
    """車両一覧.csv: eight trucks, each a Luhn-valid 16-digit リース契約番号, CP932 (no one)."""
    rng, path = c.rng, "車両/車両一覧.csv"
    rows = ["車両番号,車種,初度登録,車検満了,リース契約番号"]
    for _ in range(8):
        plate = f"大宮 {rng.choice([100, 400, 800])} あ {rng.randint(10, 99)}-{rng.randint(10, 99)}"
        kind = rng.choice(TRUCKS)
        first = f"{rng.randint(2015, 2022)}/{rng.randint(1, 12)}"
        due = f"{rng.randint(2025, 2026)}/{rng.randint(1, 12)}/{rng.randint(1, 28)}"
        rows.append(f"{plate},{kind},{first},{due},{luhn_number(rng, '', 16)}")
    c.share.write(path, cp932("\n".join(rows) + "\n"))
