"""The marriage agency's tables: the CP932 会員台帳, the お見合い記録 (a sheet a month, man and
woman on one row), the 本人確認書類一覧 with its 収入証明 sheet, the 独身証明書受付簿, the
スタッフ名簿, the 提携相談所一覧 and the CP932 成婚退会者一覧."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import openpyxl
from openpyxl.styles import Alignment

from .japanese import wareki
from .marriage_agency_people import BANKS, CADDR, COMPANY, CTEL, Agency, age
from .share import csv_text, workbook

VENUES = ["帝国ホテル ロビーラウンジ", "ホテルニューオータニ ガーデンラウンジ",
          "宗教法人明治神宮 参集殿 喫茶室（東京都渋谷区代々木神園町1-1）",
          "ANAインターコンチネンタル",
          "宗教法人 築地本願寺 カフェTsumugi（東京都中央区築地3-15-1）"]


def ledger(s: Agency) -> None:
    """会員台帳 (CP932): every member with 和暦 and 西暦 births, the mobile hyphened or not (30%),
    and the counsellor drawn for them here (unspaced, neutral)."""
    R = s.rng
    path = "会員管理/会員台帳_20240531.csv"
    rows = [["会員番号", "氏名", "フリガナ", "性別", "生年月日(和暦)", "生年月日(西暦)", "郵便番号",
             "住所", "携帯電話", "メールアドレス", "職業", "年収(万円)", "学歴", "婚姻歴", "入会日",
             "担当"]]
    for p in s.members:
        st = p.counsellor = R.choice(s.staff)
        tel = p.mobile if R.random() < 0.7 else p.mobile.replace("-", "")
        rows.append([p.mno, p.name(), p.kana(), "男" if p.sex == "M" else "女", wareki(p.born),
                     p.born.strftime("%Y/%m/%d"), p.addr.postal, p.addr.full(), tel, p.email,
                     p.job, p.income, p.edu, p.marital, p.join.strftime("%Y/%m/%d"), st.name("")])
        s.rows(path, p, [("person_name", p.name()), ("person_name", p.kana()),
                         ("date_of_birth", p.born), ("postal_code", p.addr.postal),
                         ("address", p.addr.full()), ("phone_number", tel),
                         ("email_address", p.email)])
    for st in s.staff:
        s.add(path, "person_name", st.name(""), st, neutral=True)
    s.share.write(path, csv_text(rows), "cp932")


def omiai(s: Agency) -> None:
    """お見合い記録: April to June, 6-9 meetings each; venues run by 宗教法人 with their
    addresses (no one's); the counsellor by surname (neutral)."""
    R = s.rng
    path = "お見合い/お見合い記録_2024.xlsx"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    men, women = s.men, s.women
    for mon in [4, 5, 6]:
        ws = wb.create_sheet(f"{mon}月")
        ws["A1"] = f"令和6年{mon}月 お見合い実施記録"
        ws.merge_cells("A1:J1")
        ws["B2"] = "男性会員"
        ws.merge_cells("B2:D2")
        ws["E2"] = "女性会員"
        ws.merge_cells("E2:G2")
        for c in ("B2", "E2"):
            ws[c].alignment = Alignment(horizontal="center")
        for i, h in enumerate(["お見合い日", "会員番号", "氏名", "年齢", "会員番号", "氏名", "年齢",
                               "場所", "結果", "担当"]):
            ws.cell(3, i + 1, h)
        for r in range(4, 4 + R.randint(6, 9)):
            m, f = R.choice(men), R.choice(women)
            s.omiai.append((m, f))
            row = [date(2024, mon, R.randint(1, 28)), m.mno, m.name(), age(m.born), f.mno,
                   f.name(""), age(f.born), R.choice(VENUES),
                   R.choice(["交際希望（双方）", "お断り（男性）", "お断り（女性）", "保留"])]
            st = R.choice(s.staff)
            for col, value in enumerate([*row, st.last], 1):
                ws.cell(r, col, value)
            s.add(path, "person_name", st.last, st, neutral=True)
            s.add(path, "person_name", m.name(), m)
            s.add(path, "person_name", f.name(""), f)
    s.share.save(path, wb)


def id_documents(s: Agency) -> None:
    """本人確認書類一覧 of 30 members (licence, passport, or a マイナンバーカード not copied) and
    a 収入証明控え sheet of 10 with 個人番号, grouped 4-4-4 half the time."""
    R = s.rng
    path = "本人確認/本人確認書類一覧.xlsx"
    wb, ws = workbook("本人確認")
    ws.append(["会員番号", "氏名", "確認書類", "書類番号", "確認日", "確認者", "備考"])
    for p in R.sample(s.members, 30):
        kind = R.choice(["運転免許証", "運転免許証", "パスポート", "マイナンバーカード"])
        st = R.choice(s.staff)
        note = ""
        if kind == "運転免許証":
            num = s.licence()
            s.add(path, "drivers_license_number", num, p)
        elif kind == "パスポート":
            num = s.passport()
            s.add(path, "passport_number", num, p)
        else:
            num, note = "（記録不可）", "マイナンバーは控えない（表面のみ確認）"
        ws.append([p.mno, p.name(), kind, num, p.join, st.last, note])
        s.add(path, "person_name", p.name(), p)
        s.add(path, "person_name", st.last, st, neutral=True)
    ws2 = wb.create_sheet("収入証明控え")
    ws2["A1"] = "収入証明（源泉徴収票）コピー控え　※要削除"
    ws2.merge_cells("A1:F1")
    ws2.append(["会員番号", "氏名", "勤務先", "支払金額", "個人番号", "受付日"])
    for p in R.sample(s.members, 10):
        mn = p.mn = s.my_number()
        shown = mn if R.random() < 0.5 else f"{mn[:4]} {mn[4:8]} {mn[8:]}"
        ws2.append([p.mno, p.name(""), s.faker.company(), f"{p.income * 10000:,}", shown,
                    p.join.strftime("%Y/%m/%d")])
        s.add(path, "my_number", mn, p)
        s.add(path, "person_name", p.name(""), p)
    s.share.save(path, wb)


def single_certificates(s: Agency) -> None:
    """独身証明書受付簿 (UTF-8) of 25 members: 本籍 down to 番地 (the home's town), the issue
    date in 和暦; 受付番号 passes the My Number check."""
    R = s.rng
    path = "本人確認/独身証明書受付簿.csv"
    rows = [["受付番号", "受付日", "会員番号", "氏名", "本籍地", "発行日", "発行自治体", "確認者"]]
    for p in R.sample(s.members, 25):
        rno = s.my_number()
        issued = p.join - timedelta(days=R.randint(3, 40))
        honseki = f"{p.addr.pref}{p.addr.city}{p.addr.town}{R.randint(1, 999)}番地"
        st = R.choice(s.staff)
        s.add(path, "person_name", st.last, st, neutral=True)
        rows.append([rno, p.join.isoformat(), p.mno, p.name("　"), honseki, wareki(issued),
                     p.addr.city, st.last])
        s.add(path, "person_name", p.name(), p)
        s.add(path, "address", honseki, p)
    s.share.write(path, csv_text(rows))


def staff_list(s: Agency) -> None:
    """スタッフ名簿: the counsellors' homes, private mails, 個人番号 and pay accounts; a 会社情報
    sheet with the 法人番号 (the company's own: address and phone neutral)."""
    R = s.rng
    path = "総務/スタッフ名簿.xlsx"
    wb, ws = workbook("名簿", f"{COMPANY} 従業員名簿（社外秘）", "A1:L1")
    ws.append(["社員番号", "氏名", "フリガナ", "生年月日", "入社日", "郵便番号", "住所", "携帯電話",
               "個人メール", "個人番号", "振込先", "口座番号"])
    for st in s.staff:
        bank = R.choice(BANKS)
        acct = f"{R.randint(0, 9999999):07d}"
        ws.append([st.empno, st.name(), st.kana(), st.born, st.hire, st.addr.postal,
                   st.addr.hyphened(), st.mobile, st.email, st.mn,
                   f"{unicodedata.normalize('NFKC', bank[1])}銀行 本店", acct])
        s.rows(path, st, [("person_name", st.name()), ("person_name", st.kana()),
                          ("date_of_birth", st.born), ("postal_code", st.addr.postal),
                          ("address", st.addr.hyphened()), ("phone_number", st.mobile),
                          ("email_address", st.email), ("my_number", st.mn),
                          ("bank_account", acct)])
    ws2 = wb.create_sheet("会社情報")
    for pair in [("商号", COMPANY), ("法人番号", s.corp), ("本社所在地", CADDR), ("代表電話", CTEL),
                 ("設立日", date(2009, 10, 1)), ("代表取締役", s.staff[0].name())]:
        ws2.append(pair)
    s.add(path, "corporate_number", s.corp)
    s.add(path, "address", CADDR, neutral=True)
    s.add(path, "phone_number", CTEL, neutral=True)
    s.share.save(path, wb)


def partners(s: Agency) -> None:
    """提携相談所一覧: four agencies (their names, addresses and phones neutral) with a contact's
    mobile each; 契約番号 passes the 法人番号 check."""
    R, F = s.rng, s.faker
    path = "提携/提携相談所一覧.xlsx"
    wb, ws = workbook("提携先")
    ws.append(["相談所名", "法人番号", "所在地", "代表電話", "担当者", "担当者携帯", "提携開始日",
               "契約番号"])
    for k in range(4):
        q = s.person(f"X{k + 1:02d}", born=(1965, 1990))
        co = (F.company().replace("水産", "ブライダル").replace("印刷", "マリッジ")
              .replace("建設", "ウェディング"))
        cn = s.corporate_number()
        ctel = f"0{R.randint(3, 6)}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
        caddr = (f"{F.prefecture()}{F.city()}{F.town()}"
                 f"{R.randint(1, 5)}-{R.randint(1, 20)}-{R.randint(1, 9)}")
        ws.append([co, cn, caddr, ctel, q.name(), q.mobile, date(2020 + k, 4, 1),
                   s.corporate_number()])
        s.partners.append((co, q))
        s.partner_no = k
        s.add(path, "corporate_number", cn)
        s.rows(path, q, [("person_name", q.name()), ("phone_number", q.mobile)])
        s.add(path, "address", caddr, neutral=True)
        s.add(path, "phone_number", ctel, neutral=True)
        s.add(path, "person_name", co, neutral=True)
    s.share.save(path, wb)


def marriages(s: Agency) -> None:
    """成婚退会者一覧 (CP932): eight couples of the お見合い; 成婚番号 passes the 法人番号 check."""
    R = s.rng
    path = "お見合い/成婚退会者一覧.csv"
    rows = [["成婚番号", "成婚日", "男性会員番号", "男性氏名", "女性会員番号", "女性氏名", "成婚料",
             "担当"]]
    for m, f in R.sample(s.omiai, min(8, len(s.omiai))):
        st = R.choice(s.staff)
        s.add(path, "person_name", st.last, st, neutral=True)
        rows.append([s.corporate_number(), wareki(s.between(date(2023, 6, 1), date(2024, 5, 31))),
                     m.mno, m.name(), f.mno, f.name(), "220,000", st.last])
        s.add(path, "person_name", m.name(), m)
        s.add(path, "person_name", f.name(), f)
    s.share.write(path, csv_text(rows), "cp932")
