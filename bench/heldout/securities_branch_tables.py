"""The branch's lists: the customer ledger (CP932), the My Number workbook (submitted, the
unsubmitted by 担当, one 確認票), the withdrawal accounts, the 約定一覧 (hard negatives), the
外務員 workbook, the corporate clients (CP932), the card 積立 TSV, the seminar's attendees
and the 銘柄マスタ (no one at all).

Staff mail addresses, corporate numbers and phones, surnames alone are neutral.
"""

from __future__ import annotations

from .identifiers import card_groups, luhn_number
from .japanese import half_width_kana
from .securities_branch_people import HY, STOCKS, Branch, era, phone
from .share import csv_text, workbook


def ledger(b: Branch) -> None:
    """顧客管理/顧客台帳_20241031.csv: the first 80 customers, CP932."""
    rng = b.rng
    path = "顧客管理/顧客台帳_20241031.csv"
    rows = [["口座番号", "顧客氏名", "フリガナ", "生年月日", "性別", "郵便番号", "住所", "自宅電話",
             "携帯電話", "メールアドレス", "職業", "年収", "投資経験", "リスク許容度",
             "担当者コード", "口座開設日"]]
    for c in b.customers[:80]:
        st = rng.choice([0, 0, 1, 2, 3])
        addr = c.home if rng.random() < .8 else c.rest
        opened = b.rand_date(2005, 2023)
        rows.append([c.acct, c.name("　"), c.kana(), era(c.born, st), "女" if c.fem else "男",
                     c.postal, addr, phone(c.tel) if c.tel else "", phone(c.mob), c.mail or "",
                     c.job, c.income, c.exp, c.risk, c.rep.code, era(opened, 2)])
        b.name(path, c)
        b.kana(path, c)
        b.x(path, "date_of_birth", c.born.isoformat(), c)
        b.x(path, "postal_code", c.postal, c)
        b.x(path, "address", addr, c)
        b.x(path, "phone_number", c.mob, c)
        if c.tel:
            b.x(path, "phone_number", c.tel, c)
        if c.mail:
            b.x(path, "email_address", c.mail, c)
    b.share.write(path, csv_text(rows), "cp932")


def my_numbers(b: Branch) -> None:
    """顧客管理/マイナンバー提出状況_2024.xlsx: the submitted, the unsubmitted by 担当 and one
    customer's 確認票."""
    rng = b.rng
    path = "顧客管理/マイナンバー提出状況_2024.xlsx"
    wb, ws = workbook("提出済", "個人番号（マイナンバー）提出状況一覧　※取扱注意　新宿支店",
                      bold=True)
    ws["A2"] = "作成日：R6/10/31"
    ws.append(["口座番号", "氏名", "個人番号", "番号確認書類", "本人確認書類番号", "提出日",
               "確認者"])
    subs = [c for c in b.customers if c.mn]
    for c in subs:
        docno = c.lic or c.pp or ""
        mnv = c.mn if rng.random() < .7 else f"{c.mn[:4]} {c.mn[4:8]} {c.mn[8:]}"
        ws.append([c.acct, b.name_variant(c, False), mnv, c.iddoc, docno,
                   era(b.rand_date(2016, 2024), 2), rng.choice(b.compliance).last])
        b.name(path, c)
        b.x(path, "my_number", c.mn, c)
        if c.lic:
            b.x(path, "drivers_license_number", c.lic, c)
        if c.pp:
            b.x(path, "passport_number", c.pp, c)
    b.surname(path, *b.compliance)
    ws2 = wb.create_sheet("未提出_督促")
    ws2.append(["未提出者一覧（担当者別）"])
    ws2.append(["口座番号", "氏名", "電話", "督促回数", "備考"])
    row = 3
    for rep in b.sales:
        group = [c for c in b.customers if not c.mn and c.rep is rep]
        if not group:
            continue
        ws2.cell(row=row, column=1, value=f"担当：{rep.full}（{rep.code}）")
        ws2.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
        b.name(path, rep)
        row += 1
        for c in group:
            ph = c.tel or c.mob
            values = [c.acct, c.full, phone(ph, rng.choice(HY[:3])), rng.randint(1, 4),
                      rng.choice(["", "不在", "郵送済", "本人来店予定"])]
            for j, v in enumerate(values, 1):
                ws2.cell(row=row, column=j, value=v)
            b.name(path, c)
            b.x(path, "phone_number", ph, c)
            row += 1
    ws3 = wb.create_sheet("個別確認票")
    fc = next((c for c in subs if c.lic), subs[0])
    for label, value in [("個人番号確認票", ""), ("口座番号", fc.acct), ("氏名", fc.name()),
                         ("フリガナ", fc.kana()), ("生年月日", era(fc.born, 0)), ("住所", fc.home),
                         ("個人番号", fc.mn), ("本人確認書類", fc.iddoc),
                         ("書類番号", fc.lic or fc.pp or ""), ("確認日", "令和6年9月12日")]:
        ws3.append([label, value])
    b.x(path, "person_name", fc.reading, fc)
    b.x(path, "date_of_birth", fc.born.isoformat(), fc)
    b.x(path, "address", fc.home, fc)
    b.save(path, wb)


def withdrawal(b: Branch) -> None:
    """顧客管理/出金先口座一覧.csv: each customer's bank account, the holder in half-width kana."""
    path = "顧客管理/出金先口座一覧.csv"
    rows = [["取引口座", "顧客名", "金融機関名", "支店名", "預金種目", "口座番号",
             "口座名義（カナ）", "登録日"]]
    for c in b.customers:
        if not c.bank:
            continue
        rows.append([c.acct, c.full, *c.bank, half_width_kana(c.kana()),
                     b.rand_date(2010, 2024).strftime("%Y/%m/%d")])
        b.name(path, c)
        b.x(path, "bank_account", c.bank[3], c)
        b.x(path, "person_name", c.reading, c)
    b.share.write(path, csv_text(rows, end="\n"))


def trades(b: Branch) -> None:
    """取引/約定一覧_20241015.csv: 40 trades, 約定番号 passing the My Number check and Luhn-valid
    注文番号 (hard negatives; no one named)."""
    rng = b.rng
    rows = [["約定番号", "注文番号", "口座番号", "証券コード", "ISIN", "銘柄名", "売買", "数量",
             "約定単価", "受渡日"]]
    for _ in range(40):
        c = rng.choice(b.customers)
        st = rng.choice(STOCKS)
        order = luhn_number(rng, "2410", 16)
        rows.append([b.yakujo_no(), order, c.acct, *st, rng.choice(["買", "売"]),
                     rng.randint(1, 20) * 100, rng.randint(500, 9000), "2024/10/17"])
    b.share.write("取引/約定一覧_20241015.csv", csv_text(rows), "cp932")


def registry(b: Branch) -> None:
    """人事/外務員登録一覧.xlsx: the staff's registrations and the emergency contact sheet."""
    path = "人事/外務員登録一覧.xlsx"
    wb, ws = workbook("外務員", "新宿支店　外務員登録状況（日本証券業協会登録）", "A1:H1")
    ws.append(["社員コード", "氏名", "フリガナ", "生年月日", "登録区分", "登録番号", "内線",
               "メール"])
    for s in b.staff:
        ws.append([s.code, s.name(), s.kana(), s.born.strftime("%Y/%m/%d"),
                   s.reg.split("外務員")[0],
                   s.regno, s.naisen, s.work])
        b.name(path, s)
        b.kana(path, s)
        b.x(path, "date_of_birth", s.born.isoformat(), s)
        b.x(path, "email_address", s.work, s, True)
    ws2 = wb.create_sheet("緊急連絡網")
    ws2.append(["氏名", "携帯", "自宅住所"])
    for s in b.staff[:8]:
        ws2.append([s.full, phone(s.mob), s.home])
        b.name(path, s)
        b.x(path, "phone_number", s.mob, s)
        b.x(path, "address", s.home, s)
    b.save(path, wb)


def corporate(b: Branch) -> None:
    """法人顧客/法人顧客一覧.csv: six companies and their contacts, CP932."""
    path = "法人顧客/法人顧客一覧.csv"
    rows = [["口座番号", "法人名", "法人番号", "所在地", "代表電話", "取引担当者", "部署",
             "担当者メール", "担当者直通"]]
    for co in b.corps:
        ct = co.ct
        rows.append([co.acct, co.name, co.cn, co.pref + co.rest, phone(co.tel), ct.name(), ct.dept,
                     ct.work, phone(ct.direct)])
        b.t(path, "corporate_number", co.cn)
        b.t(path, "address", co.pref + co.rest, None, True)
        b.t(path, "phone_number", co.tel, None, True)
        b.name(path, ct)
        b.x(path, "email_address", ct.work, ct, True)
        b.x(path, "phone_number", ct.direct, ct, True)
    b.share.write(path, csv_text(rows), "cp932")


def cards(b: Branch) -> None:
    """顧客管理/クレカ積立_申込一覧.tsv: 18 customers' cards (every third number in groups)."""
    rng = b.rng
    path = "顧客管理/クレカ積立_申込一覧.tsv"
    lines = ["受付番号\t口座番号\t氏名\tカード番号\t有効期限\t積立額\tメール"]
    for k, c in enumerate([c for c in b.customers if c.mail][:18]):
        brand = rng.choice(["visa", "mc", "jcb"])
        if brand == "visa":
            prefix = rng.choice(["4980", "4297", "4541"])
        elif brand == "mc":
            prefix = rng.choice(["5204", "5301", "5416"])
        else:
            prefix = str(rng.randint(3528, 3589))
        num = luhn_number(rng, prefix, 16)
        exp = f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}"
        shown = num if k % 3 else card_groups(num, " ")
        lines.append(f"CT{luhn_number(rng, '24', 12)}\t{c.acct}\t{c.full}\t{shown}\t{exp}\t"
                     f"{rng.randint(1, 10) * 5000}\t{c.mail}")
        b.name(path, c)
        b.x(path, "credit_card_number", num, c)
        b.x(path, "card_expiry", exp, c)
        b.x(path, "email_address", c.mail, c)
    b.share.write(path, "\n".join(lines) + "\n")


def seminar(b: Branch) -> None:
    """イベント/資産運用セミナー_参加者_20241019.csv: 14 customers and 4 prospects, names with
    honorifics."""
    rng = b.rng
    path = "イベント/資産運用セミナー_参加者_20241019.csv"
    rows: list[list] = [["No", "お名前", "ご連絡先", "年代", "区分", "備考"]]
    for k, p in enumerate(rng.sample(b.customers[:80], 14) + b.ext["prospects"][:4], 1):
        rows.append([k, b.name_variant(p), phone(p.mob, rng.choice(HY)),
                     f"{(2024 - p.born.year) // 10 * 10}代",
                     "既存" if p.role == "customer" else "見込",
                     rng.choice(["", "夫婦で参加", "駐車場利用", ""])])
        b.name(path, p)
        b.x(path, "phone_number", p.mob, p)
    b.share.write(path, csv_text(rows, end="\n"))


def stocks(b: Branch) -> None:
    """取引/銘柄マスタ.csv: the six stocks and ten funds (no one)."""
    rng = b.rng
    rows: list[list] = [["証券コード", "ISIN", "銘柄名", "市場", "売買単位"]]
    rows += [[*st, "プライム", 100] for st in STOCKS]
    rows += [[str(rng.randint(1300, 9999)), f"JP{rng.randint(0, 9999999999):010d}",
              f"ファンド{k}", "投信", 1] for k in range(10)]
    b.share.write("取引/銘柄マスタ.csv", csv_text(rows, end="\n"))
