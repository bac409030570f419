"""The office's workbooks: the 職員名簿 (個人番号, emergency contacts, initial passwords), the
依頼者台帳 (clients, their families, their cases), the 債権者一覧表 (one sheet a debtor: cards,
creditors' 法人番号), a debtor's 家計収支表 and the 交通事故案件一覧 (licences, injuries,
後遺障害等級)."""

from __future__ import annotations

from datetime import timedelta

from openpyxl.styles import Alignment, Font

from .identifiers import card_groups
from .japanese import wareki, wareki_short
from .law_office_people import DEBT, PASSWORD, Office
from .share import workbook

HIRA = str.maketrans({chr(c): chr(c - 0x60) for c in range(0x30A1, 0x30F7)})


def password(o: Office) -> str:
    return "".join(o.rng.choice(PASSWORD) for _ in range(10))


def staff_list(o: Office) -> None:
    rel = "00_事務所/職員名簿_2024.xlsx"
    wb, ws = workbook("職員一覧", f"{o.office['name']} 職員名簿（令和6年4月1日現在）", "A1:L1")
    ws["A1"].font = Font(bold=True, size=14)
    for span, label in (("A2:D2", "基本情報"), ("E2:H2", "連絡先（自宅）"), ("I2:L2", "その他")):
        ws.merge_cells(span)
        ws[span[:2]] = label
    ws.append(
        [
            "職員番号",
            "氏名",
            "ふりがな",
            "役職",
            "生年月日",
            "郵便番号",
            "住所",
            "携帯電話",
            "登録番号",
            "入所日",
            "緊急連絡先",
            "個人番号",
        ]
    )
    for i, s in enumerate(o.staff):
        furi = s.kana().translate(HIRA)
        born = wareki(s.born)
        ad = o.where(s, "hy")
        em = s.emerg
        emerg = f"{em.name()}（{'妻' if em.sex == 'F' else '夫'}）{o.phone(em.mobile)}"
        ws.append(
            [
                f"A{i + 1:03d}",
                s.name(),
                furi,
                "弁護士" if s.role == "弁護士" else "事務員",
                born,
                s.addr.postal,
                ad,
                o.phone(s.mobile),
                s.reg,
                s.joined.strftime("%Y/%m/%d"),
                emerg,
                s.mynum,
            ]
        )
        o.person_fields(
            rel,
            s,
            name=s.name(),
            kana=furi,
            birth=born,
            addr=ad,
            postal=s.addr.postal,
            phone=o.phone(s.mobile),
        )
        o.add(rel, "my_number", s.mynum, s.id)
        o.person_fields(rel, em, name=em.name(), phone=o.phone(em.mobile))
    ws2 = wb.create_sheet("アカウント")
    ws2.append(["氏名", "業務メール", "事件管理システムID", "初期パスワード", "備考"])
    for s in o.staff:
        pw = password(o)
        ws2.append(
            [
                s.name(),
                s.work_email,
                f"aoba-{s.first_kana}",
                pw,
                "変更済み" if o.rng.random() < 0.5 else "",
            ]
        )
        o.add(rel, "email_address", s.work_email, s.id, neutral=True)
        o.add(rel, "credential", pw, s.id)
    o.share.save(rel, wb)


def ledger(o: Office) -> None:
    rel = "02_台帳/依頼者台帳.xlsx"
    rng = o.rng
    wb, ws = workbook("依頼者", "依頼者台帳（令和6年度）　※取扱注意", "A1:M1")
    for span, label in (
        ("A2:C2", "管理"),
        ("D2:G2", "依頼者"),
        ("H2:K2", "連絡先"),
        ("L2:M2", "受任"),
    ):
        ws.merge_cells(span)
        ws[span[:2]] = label
    ws.append(
        [
            "管理番号",
            "受付番号",
            "事件種別",
            "氏名",
            "フリガナ",
            "生年月日",
            "性別",
            "〒",
            "住所",
            "電話",
            "メール",
            "受任日",
            "担当",
        ]
    )
    for c in o.clients:
        born = wareki(c.born) if rng.random() < 0.7 else wareki_short(c.born, padded=False)
        ad = o.where(c, "hy") if rng.random() < 0.6 else o.where(c, "hy", pref=False)
        tel = o.phone(c.mobile, rng.choice(["hy", "none"]))
        ws.append(
            [
                c.kanri,
                c.uketsuke,
                c.kind,
                c.name(),
                c.kana(),
                born,
                "男" if c.sex == "M" else "女",
                c.addr.postal,
                ad,
                tel,
                c.email,
                c.ukenin,
                c.lawyer.last,
            ]
        )
        o.client_fields(rel, c, born, ad, tel)
        o.add(rel, "person_name", c.lawyer.last, c.lawyer.id, neutral=True)
    for row in ws.iter_rows(min_row=4, min_col=12, max_col=12):
        for cell in row:
            cell.number_format = "yyyy/mm/dd"
    ws2 = wb.create_sheet("家族")
    ws2.merge_cells("A1:F1")
    ws2["A1"] = "依頼者の家族（同居・扶養）"
    ws2.append(["管理番号", "依頼者", "続柄", "氏名", "生年月日", "備考"])
    for c in o.clients:
        for relation, p in c.family:
            born = wareki(p.born)
            note = (
                "別居中"
                if c.kind == "離婚" and p.role == "相手方"
                else ("扶養" if p.role == "子" else "")
            )
            ws2.append([c.kanri, c.name(), relation, p.name(), born, note])
            o.person_fields(rel, p, name=p.name(), birth=born)
    ws3 = wb.create_sheet("事件")
    ws3.append(["管理番号", "事件番号", "裁判所", "依頼者", "相手方", "受任日", "着手金"])
    for c in o.clients:
        other = (
            c.spouse.name()
            if c.kind == "離婚"
            else c.other.name()
            if c.kind == "交通事故"
            else c.debts[0]["cr"]["name"]
            if c.kind in DEBT
            else "検察官"
        )
        ws3.append(
            [c.kanri, c.caseno, c.court, c.name(), other, c.ukenin.strftime("%Y-%m-%d"), c.fee]
        )
        if c.kind == "離婚":
            o.add(rel, "person_name", c.spouse.name(), c.spouse.id)
        if c.kind == "交通事故":
            o.add(rel, "person_name", c.other.name(), c.other.id)
    o.share.save(rel, wb)


def creditors(o: Office) -> None:
    rel = "03_債務整理/債権者一覧表_令和6年.xlsx"
    wb, _ = workbook("x")
    wb.remove(wb.active)
    for c in o.debtors:
        ws = wb.create_sheet(c.last + c.first[:1])
        ws.merge_cells("A1:H1")
        ws["A1"] = f"債権者一覧表（{c.kind}）"
        ws["A1"].alignment = Alignment(horizontal="center")
        for cell, text in (
            ("A2", "債務者氏名"),
            ("B2", c.name()),
            ("A3", "住所"),
            ("B3", o.where(c)),
            ("A4", "生年月日"),
            ("B4", wareki(c.born)),
            ("E2", "受任日"),
            ("F2", wareki(c.ukenin)),
            ("E3", "管理番号"),
            ("F3", c.kanri),
        ):
            ws[cell] = text
        o.person_fields(rel, c, name=c.name(), addr=o.where(c), birth=wareki(c.born))
        ws.append([])
        ws.append(
            [
                "No",
                "債権者名",
                "法人番号",
                "債権者住所",
                "電話",
                "会員番号",
                "カード番号",
                "当初借入日",
                "残高（円）",
            ]
        )
        for i, debt in enumerate(c.debts, 1):
            cr = debt["cr"]
            number = card_groups(debt["card"]) if debt["card"] else ""
            ws.append(
                [
                    i,
                    cr["name"],
                    cr["corp"],
                    cr["addr"],
                    cr["tel"],
                    debt["member"],
                    number,
                    debt["since"].strftime("%Y/%m/%d"),
                    debt["bal"],
                ]
            )
            o.add(rel, "corporate_number", cr["corp"], "ORG", neutral=True)
            o.add(rel, "phone_number", cr["tel"], "ORG", neutral=True)
            o.add(rel, "address", cr["addr"], "ORG", neutral=True)
            if number:
                o.add(rel, "credit_card_number", number, c.id)
        ws.append(["", "合計", "", "", "", "", "", "", sum(d["bal"] for d in c.debts)])
    o.share.save(rel, wb)



def budget(o: Office) -> None:
    c = o.debtors[0]
    rel = f"03_債務整理/家計収支表_{c.last}様.xlsx"
    rng = o.rng
    wb, ws = workbook("家計収支表", "家計収支表（令和6年9月分）", "A1:D1")
    rows: list[tuple[str, object]] = [("申立人", c.name()), ("世帯人数", f"{1 + len(c.family)}人")]
    o.person_fields(rel, c, name=c.name())
    for relation, p in c.family:
        rows.append((f"同居者（{relation}）", f"{p.name()}　{p.age()}歳"))
        o.add(rel, "person_name", p.name(), p.id)
    income = rng.randint(18, 35) * 10000
    rows += [
        ("給与（手取）", income),
        ("児童手当", 10000 * sum(1 for _, p in c.family if p.role == "子")),
        ("給与振込口座", f"{c.bank[0]} {c.branch[0]} 普通 {c.acct}"),
    ]
    rows += [
        (label, rng.randint(lo, hi) * 10000)
        for label, lo, hi in (
            ("住居費", 5, 12),
            ("食費", 4, 9),
            ("水道光熱費", 1, 3),
            ("医療費", 0, 3),
            ("返済額合計", 4, 12),
        )
    ]
    o.add(rel, "bank_account", c.acct, c.id)
    sick = rng.choice(["糖尿病", "高血圧症", "双極性障害", "腰椎椎間板ヘルニア"])
    rows.append(("備考", f"申立人は{sick}で月2回通院。配偶者はパート勤務。"))
    o.add(rel, "sensitive", sick, c.id)
    for i, (label, value) in enumerate(rows, start=3):
        ws.cell(i, 1, label)
        ws.cell(i, 2, value)
    ws2 = wb.create_sheet("作成メモ")
    for cell, text in (
        ("A1", "作成者"),
        ("B1", c.clerk.name()),
        ("A2", "作成日"),
        ("B2", "2024/10/07"),
        ("A3", "確認"),
        ("B3", c.lawyer.last + "先生確認済"),
    ):
        ws2[cell] = text
    o.add(rel, "person_name", c.clerk.name(), c.clerk.id, neutral=True)
    o.add(rel, "person_name", c.lawyer.last, c.lawyer.id, neutral=True)
    o.share.save(rel, wb)


def accidents(o: Office) -> None:
    rel = "06_交通事故/交通事故案件一覧.xlsx"
    rng, fk = o.rng, o.faker
    cases = o.of("交通事故")
    wb, ws = workbook("案件", "交通事故案件一覧", "A1:K1")
    ws.append(
        [
            "依頼者",
            "生年月日",
            "運転免許証番号",
            "事故日",
            "事故場所",
            "相手方",
            "相手方連絡先",
            "相手方保険会社",
            "証券番号",
            "傷病名",
            "後遺障害等級",
        ]
    )
    for c in cases:
        born = wareki(c.born)
        tel = o.phone(c.other.mobile)
        ws.append(
            [
                c.name(),
                born,
                c.license,
                c.accident.strftime("%Y/%m/%d"),
                f"{fk.city()}{fk.town()}交差点",
                c.other.name(),
                tel,
                c.insurer,
                c.policy,
                c.injury,
                c.grade,
            ]
        )
        o.person_fields(rel, c, name=c.name(), birth=born)
        o.add(rel, "drivers_license_number", c.license, c.id)
        o.person_fields(rel, c.other, name=c.other.name(), phone=tel)
        o.add(rel, "sensitive", c.injury, c.id)
        if c.grade not in ("非該当", "申請中"):
            o.add(rel, "sensitive", c.grade, c.id, neutral=True)  # post-blind truth fix 5
    ws2 = wb.create_sheet("損害計算")
    ws2.append(
        ["依頼者", "治療費", "休業損害", "通院慰謝料", "後遺障害慰謝料", "逸失利益", "合計", "根拠"]
    )
    for c in cases:
        v = [rng.randint(10, 200) * 10000 for _ in range(5)]
        ws2.append([c.last + "様", *v, sum(v), "民法第709条、自賠法第3条"])
    ws3 = wb.create_sheet("通院先")
    ws3.append(["依頼者", "医療機関", "初診日", "診断書"])
    for c in cases:
        ws3.append(
            [
                c.name(),
                c.hospital,
                (c.accident + timedelta(days=1)).strftime("%Y/%m/%d"),
                f"{c.injury}、通院{rng.randint(3, 9)}か月",
            ]
        )
    o.share.save(rel, wb)
