"""The temple's tables: the CP932 檀家名簿, the 過去帳, the 墓地使用台帳, the お布施 book and the
bank's CSV, the 埋葬許可証 register, the staff book with 個人番号, the お盆 塔婆 list and the
法要 schedule."""

from __future__ import annotations

import datetime

from .share import csv_text, workbook
from .temple_people import (
    TEMPLE,
    Temple,
    addr_str,
    luhn,
    mynumber,
    nfkc,
    save_office,
    wareki_style,
)

HIRA = str.maketrans({chr(k): chr(k - 0x60) for k in range(0x30A1, 0x30F7)})


def danka_list(t: Temple) -> None:
    """檀家名簿: a head a row, the family as given names or full names."""
    rng, rel = t.rng, "01_檀家管理/檀家名簿_export_20240401.csv"
    rows = [["檀家番号", "施主氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話番号", "携帯",
             "宗派", "家族", "備考"]]
    for h in t.danka:
        kana_hw = nfkc(h.sk + " " + h.gk)
        fam = "・".join(f"{f.given}({f.rel})" if rng.random() < .5 else f"{f.name}（{f.rel}）"
                       for f in h.fam)
        tel = t.phone(h.tel, rng.choice([0, 0, 3]))
        born = (wareki_style(h.dob, rng.choice([0, 1])) if rng.random() < .7
                else h.dob.strftime("%Y/%m/%d"))
        mob = h.tel[1] in "789"
        rows.append([h.no, h.sur + " " + h.given, kana_hw, born, h.addr.zip, addr_str(h),
                     tel if not h.tel.startswith("0") or not mob else "", tel if mob else "",
                     h.sect, fam, rng.choice(["", "", "", "年忌案内要", "寺報郵送", "墓地あり"])])
        t.record(rel, h, "name", "kana", "dob", "zip", "addr", "tel", "sect")
        for f in h.fam:
            if f.name in fam:
                t.name(rel, f)
            else:
                t.name(rel, f, f.given, neutral=True)
    t.share.write(rel, csv_text(rows), "cp932")


def kakocho(t: Temple) -> None:
    """過去帳: the dead by 命日, their 法名 and the head holding the 法要."""
    rng, rel = t.rng, "02_過去帳/過去帳_2010-2024.csv"
    rows = [["法名", "俗名", "性別", "命日", "享年", "施主", "施主との続柄", "檀家番号"]]
    for d in sorted(t.dead, key=lambda x: x.died):
        rows.append([d.homyo, d.name, "男" if d.sex == "M" else "女",
                     wareki_style(d.died, rng.choice([0, 2])), d.age, d.head.name + " 様",
                     rng.choice(["父", "母", "祖父", "祖母", "夫", "妻"]), d.head.no])
        t.name(rel, d)
        t.name(rel, d.head)
    t.share.write(rel, csv_text(rows))


def plots(t: Temple) -> None:
    """墓地使用台帳: 34 holders by 区 (Luhn-valid plot numbers for half), their successors'
    contacts and one plot's detail sheet."""
    rng, rel = t.rng, "03_霊園/墓地使用台帳.xlsx"
    wb, ws = workbook("使用者一覧", "慈光山 浄念寺霊園 墓地使用台帳（令和6年4月1日現在）",
                      bold=True)
    ws.append([])
    ws.append(["区画番号", "使用者", "フリガナ", "住所", "電話", "使用許可日", "承継者",
               "承継者続柄", "管理料"])
    row = 4
    owners = rng.sample(t.danka, 34)
    for area, group in [("A区", owners[:12]), ("B区", owners[12:24]), ("C区", owners[24:])]:
        ws.cell(row=row, column=1, value=f"【{area}】")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        for h in group:
            plot = (luhn(t, {"A区": "31", "B区": "32", "C区": "33"}[area], 10)
                    if rng.random() < .5
                    else f"{area[0]}-{rng.randint(1, 20):02d}-{rng.randint(1, 40):02d}")
            t.plots[h.id] = plot
            succ = h.fam[0] if h.fam and rng.random() < .8 else None
            vals = [plot, h.name, h.kana, addr_str(h, rng.random() < .6),
                    t.phone(h.tel, rng.choice([0, 2])), wareki_style(t.rdate(1975, 2015), 1),
                    succ.name if succ else "", succ.rel if succ else "",
                    rng.choice([6000, 8000, 12000])]
            for c, v in enumerate(vals, 1):
                ws.cell(row=row, column=c, value=v)
            row += 1
            t.record(rel, h, "name", "kana")
            t.record(rel, h, "addr", pref=vals[3].startswith(h.addr.pref))
            t.record(rel, h, "tel")
            if succ:
                t.name(rel, succ)
            h.succ = succ
    ws2 = wb.create_sheet("承継者連絡先")
    ws2["A1"] = "承継者（使用者死亡時の連絡先）"
    ws2.append(["区画番号", "承継者", "生年月日", "電話", "メール"])
    for h in owners:
        s = h.succ
        if not s:
            continue
        ws2.append([t.plots[h.id], s.name, s.dob, t.phone(s.tel), s.mail or ""])
        t.record(rel, s, "name", "dob", "tel")
        if s.mail:
            t.record(rel, s, "mail")
    ws3 = wb.create_sheet("区画詳細")
    h, stone = owners[0], t.others["stone"]
    form = [("区画番号", t.plots[h.id]), ("面積", "2.0㎡"), ("使用者氏名", h.name + " 殿"),
            ("使用者住所", addr_str(h, True, True)), ("電話番号", t.phone(h.tel, 1)),
            ("生年月日", wareki_style(h.dob, 0)), ("承継者", h.succ.name if h.succ else "未定"),
            ("石材店", "大和石材（担当 " + stone.name + "）"), ("備考", "墓誌追加彫刻 R5.8")]
    for i, (k, v) in enumerate(form, 2):
        ws3.cell(row=i, column=1, value=k)
        ws3.cell(row=i, column=2, value=v)
    ws3["A1"] = "区画詳細票"
    t.record(rel, h, "name", "addr", "zip", "tel", "dob")
    t.name(rel, stone)
    save_office(t, rel, wb)


def offerings(t: Temple) -> None:
    """お布施・寄付台帳 (受付番号 passing the My Number check or Luhn), the bank's transfers and
    three refund accounts; then the net bank's October CSV."""
    rng, rel = t.rng, "05_会計/お布施・寄付台帳_R6.xlsx"
    wb, ws = workbook("お布施")
    ws["A1"] = "令和6年度 お布施・寄付 受付台帳"
    ws.append(["受付番号", "受付日", "檀家番号", "氏名", "種別", "金額", "入金方法", "領収書"])
    for h in rng.sample(t.danka, 30):
        rn = (mynumber(t) if rng.random() < .3 else luhn(t, "24", 12) if rng.random() < .5
              else f"R6-{rng.randint(100, 999)}")
        ws.append([rn, t.rdate(2024, 2025).isoformat(), h.no, h.name + " 様",
                   rng.choice(["お布施（法要）", "護持会費", "本堂修繕寄付", "お盆塔婆",
                               "永代供養料"]),
                   rng.choice([10000, 30000, 50000, 100000, 300000]),
                   rng.choice(["現金", "振込", "振込"]), "発行済"])
        t.name(rel, h)
    ws2 = wb.create_sheet("振込明細")
    ws2["A1"] = "入金明細（埼玉りそな銀行 川越支店 普通 1234567 宗教法人浄念寺）"
    ws2.append(["取引日", "振込依頼人", "金額", "摘要", "照合"])
    t.transfers = rng.sample(t.danka, 18)
    for h in t.transfers:
        ws2.append([t.rdate(2024, 2025).strftime("%Y%m%d"), h.sk + " " + h.gk,
                    rng.choice([30000, 50000, 100000]), "フリコミ", h.no])
        t.record(rel, h, "kana")
    ws3 = wb.create_sheet("返金先口座")
    ws3["A1"] = "過入金 返金先"
    ws3.append(["氏名", "金融機関", "支店", "種別", "口座番号", "口座名義"])
    for h in rng.sample(t.danka, 3):
        h.acct = f"{rng.randint(1000000, 9999999)}"
        bank = rng.choice(["みずほ銀行", "三井住友銀行", "武蔵野銀行", "埼玉りそな銀行"])
        branch = rng.choice(["川越支店", "所沢支店", "本店営業部"])
        ws3.append([h.name, bank, branch, "普通", h.acct, h.kana])
        t.name(rel, h)
        t.add(rel, "bank_account", h.acct, h.id)
        t.record(rel, h, "kana")
    t.add(rel, "bank_account", "1234567", None, True)
    save_office(t, rel, wb)
    rel = "05_会計/ネットバンキング_入金明細_202410.csv"
    rows: list[list] = [["日付", "区分", "振込依頼人名", "金額", "残高", "取引番号"]]
    bal = 3200000
    for h in t.transfers[:12]:
        amt = rng.choice([30000, 50000, 100000])
        bal += amt
        rows.append([t.rdate(2024, 2025).strftime("%Y/%m/%d"), "振込入金", nfkc(h.sk + " " + h.gk),
                     amt, bal, luhn(t, "8", 16)])
        t.record(rel, h, "kana")
    t.share.write(rel, csv_text(rows), "cp932")


def burials(t: Temple) -> None:
    """埋葬許可証 受付簿: 22 dead, their 受付番号 passing the My Number check or Luhn."""
    rng, rel = t.rng, "07_納骨/埋葬許可証_受付簿.tsv"
    lines = ["受付番号\t受付日\t故人氏名\t死亡日\t許可証番号\t発行自治体\t申請者\t申請者電話\t区画"]
    for d in t.dead[:22]:
        h = d.head
        rn = mynumber(t) if rng.random() < .5 else luhn(t, "4", 13)
        lines.append("\t".join([
            rn, wareki_style(d.died + datetime.timedelta(days=49), 2), d.name,
            wareki_style(d.died, 1), f"第{rng.randint(100, 9999)}号",
            rng.choice(["川越市", "所沢市", "狭山市"]) + "長", h.name, t.phone(h.tel),
            t.plots.get(h.id, "永代供養墓")]))
        t.name(rel, d)
        t.record(rel, h, "name", "tel")
    t.share.write(rel, "\n".join(lines) + "\n")


def staff_book(t: Temple) -> None:
    """職員名簿: the three staff with 個人番号 and accounts, two dependants, the 法人 sheet."""
    rng, rel = t.rng, "10_事務/職員名簿_給与.xlsx"
    wb, ws = workbook("職員", "職員台帳（給与・源泉徴収用）", "A1:I1")
    ws.append(["役職", "氏名", "ふりがな", "生年月日", "住所", "電話", "個人番号", "振込先",
               "口座番号"])
    for s in t.staff:
        tel = t.phone(s.tel)
        mn = s.mn if rng.random() < .5 else f"{s.mn[:4]} {s.mn[4:8]} {s.mn[8:]}"
        ws.append([s.role, s.sur + "　" + s.given, (s.sk + " " + s.gk).translate(HIRA),
                   s.dob.strftime("%Y/%m/%d"), addr_str(s, True, True), tel, mn,
                   s.bank + " 普通", s.acct])
        t.record(rel, s, "name")
        t.name(rel, s, s.kana.translate(HIRA))
        t.record(rel, s, "dob", "addr", "zip", "tel")
        t.add(rel, "my_number", s.mn, s.id)
        t.add(rel, "bank_account", s.acct, s.id)
    ws2 = wb.create_sheet("扶養家族")
    ws2["A1"] = "扶養控除等申告（扶養親族）"
    ws2.append(["職員", "扶養親族", "続柄", "生年月日", "個人番号"])
    for s in t.staff[:2]:
        dp = t.person(sur=(s.sur, s.sk), by=(1960, 2015))
        dp.mn = mynumber(t)
        ws2.append([s.name, dp.name, rng.choice(["妻", "子", "母"]), wareki_style(dp.dob, 0),
                    dp.mn])
        t.name(rel, s)
        t.record(rel, dp, "name", "dob")
        t.add(rel, "my_number", dp.mn, dp.id)
    ws3 = wb.create_sheet("法人情報")
    for i, (a, b) in enumerate([("法人名", TEMPLE["name"]), ("法人番号", t.corp),
                                ("所在地", TEMPLE["addr"]), ("電話", t.phone(TEMPLE["tel"], 0)),
                                ("代表役員", t.jushoku.name)], 1):
        ws3.cell(row=i, column=1, value=a)
        ws3.cell(row=i, column=2, value=b)
    t.temple(rel, corp=True)
    t.name(rel, t.jushoku)
    save_office(t, rel, wb)


def toba(t: Temple) -> None:
    """お盆 塔婆申込: 15 heads as typed at the window, the dead's 法名 where there is one."""
    rng, rel = t.rng, "04_法要予約/お盆塔婆申込_R6.txt"
    lines = ["お盆 塔婆申込（電話・窓口受付分）手入力", ""]
    for h in rng.sample(t.danka, 15):
        nm = rng.choice([h.name, h.sur + " " + h.given, h.sur + "　" + h.given + " 様",
                         h.name + "さん"])
        dd = [d for d in t.dead if d.head is h]
        lines.append(f"{nm}\t{t.phone(h.tel)}\t塔婆{rng.randint(1, 4)}本\t"
                     + (f"{dd[0].homyo}（{dd[0].name}）" if dd else "先祖代々"))
        t.record(rel, h, "name", "tel")
        if dd:
            t.name(rel, dd[0])
    t.share.write(rel, "\n".join(lines) + "\n")


def schedule(t: Temple) -> None:
    """法要予定表: four 法要 a month under merged month rows."""
    rng, rel = t.rng, "04_法要予約/法要予定表_2024下期.xlsx"
    wb, ws = workbook("予定")
    ws["A1"] = "法要予定表（令和6年10月〜令和7年3月）"
    ws.append(["日付", "時間", "施主", "電話", "故人（法名）", "年忌", "担当"])
    r = 3
    for m in [10, 11, 12]:
        ws.cell(row=r, column=1, value=f"{m}月")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for d in rng.sample(t.dead, 4):
            h = d.head
            vals = [f"R6.{m}.{rng.randint(1, 28)}", rng.choice(["10:00", "13:00", "14:30"]),
                    h.name, t.phone(h.tel), d.homyo + "（" + d.name + "）",
                    rng.choice(["一周忌", "三回忌", "四十九日", "七回忌"]),
                    rng.choice(["住職", "副住職"])]
            for c, v in enumerate(vals, 1):
                ws.cell(row=r, column=c, value=v)
            r += 1
            t.record(rel, h, "name", "tel")
            t.name(rel, d)
    save_office(t, rel, wb)
