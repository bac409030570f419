"""The centre's ledgers: the 妊娠届出 register (conditions, My Numbers), the 母子手帳 register
(手帳番号 passing the My Number check), the 住基 extract, the 4か月, 1歳6か月 and 3歳 check
results (findings), the 予防接種 register (lot numbers passing it too), the EPDS sheet and the
両親学級 applications.
"""

from __future__ import annotations

from datetime import date, timedelta

import openpyxl
from openpyxl.styles import Font

from .health_center_people import C_NAME, C_TEL, C_TEL_TEXT, Center, era
from .identifiers import my_number
from .share import csv_text, workbook

SHOKEN4 = [("異常なし", "異常なし"), ("股関節開排制限", "要精密検査"), ("心雑音", "要精密検査"),
           ("体重増加不良", "要経過観察"), ("臍ヘルニア", "要経過観察"), ("湿疹", "要経過観察"),
           ("追視不良", "要精密検査")]
SHOKEN18 = [("言語発達遅滞の疑い", "要経過観察"), ("独歩未確立", "要精密検査"),
            ("斜視の疑い", "要精密検査"), ("う歯あり", "要経過観察"),
            ("自閉スペクトラム症の疑い", "要精密検査")]
SHOKEN3 = [("視力検査要再検", "要精密検査"), ("尿蛋白（＋）", "要精密検査"),
           ("構音障害の疑い", "要経過観察"), ("多動傾向", "要経過観察")]
VAC = [("ヒブ", "HB"), ("小児用肺炎球菌（PCV15）", "PC"), ("B型肝炎", "BH"),
       ("ロタウイルス（5価）", "RT"), ("五種混合", "GO"), ("BCG", "KB")]
NORMAL = "異常なし"


def cp932_lines(c: Center, rel: str, lines: list[str]) -> None:
    c.share.write(rel, "\r\n".join(lines) + "\r\n", "cp932")


def pregnancy(c: Center) -> None:
    """01_妊娠届出/妊娠届出受付台帳_令和5年度.xlsx: two quarters' 届出 and a summary sheet."""
    rel = "01_妊娠届出/妊娠届出受付台帳_令和5年度.xlsx"
    rng = c.rng
    wb = openpyxl.Workbook()
    quarters = [(date(2023, 10, 1), date(2023, 12, 31)), (date(2024, 1, 1), date(2024, 3, 31))]
    for q, (a, b) in enumerate(quarters):
        ws = wb.active if q == 0 else wb.create_sheet()
        ws.title = ["第3四半期", "第4四半期"][q]
        ws["A1"] = f"令和5年度 妊娠届出受付台帳（{ws.title}）"
        ws["A1"].font = Font(bold=True)
        ws.merge_cells("A1:L1")
        ws.append(["受付番号", "届出日", "妊婦氏名", "フリガナ", "生年月日", "年齢", "住所",
                   "電話番号", "出産予定日", "妊娠週数", "既往歴", "個人番号"])
        rows = sorted([m for m in c.moms if a <= m.todoke <= b], key=lambda m: m.todoke)
        for k, m in enumerate(rows):
            age = (m.todoke - m.born).days // 365
            ws.append([f"R5-{q + 3}{k + 1:03d}", m.todoke, m.nm(2), m.kn(),
                       era(m.born, rng.choice([0, 1])), age,
                       c.addr_str(m, pref=rng.random() < 0.5),
                       c.phone(m.tel, rng.choice([0, 0, 1, 3])), m.edd, f"{m.week}週",
                       m.kiou or "なし", m.mn if rng.random() < 0.8 else "未提示"])
            row = ws.max_row
            c.name(rel, m, kana=True)
            c.bd(rel, m)
            c.t(rel, "address", ws.cell(row, 7).value, m)
            c.t(rel, "phone_number", m.tel, m)
            if m.kiou:
                c.t(rel, "sensitive", m.kiou, m)
            if ws.cell(row, 12).value != "未提示":
                c.t(rel, "my_number", m.mn, m)
    ws = wb.create_sheet("集計")
    for row in [["区分", "件数"], ["届出数", len(c.moms)], ["窓口", C_TEL]]:
        ws.append(row)
    c.save(rel, wb)


def handbook(c: Center) -> None:
    """02_母子手帳/母子健康手帳交付台帳.csv (CP932): half the 手帳番号 redrawn passing the My
    Number check, the issuing 保健師's surname, two reissues."""
    rel = "02_母子手帳/母子健康手帳交付台帳.csv"
    rng = c.rng
    lines = ["手帳番号,交付日,交付区分,氏名,カナ,生年月日,交付場所,担当"]
    for m in c.moms:
        m.handbook = my_number(rng) if rng.random() < 0.5 else m.handbook
        st = rng.choice(c.staff)
        lines.append(f"{m.handbook},{m.todoke:%Y/%m/%d},新規,{m.nm()},{m.kn()},{m.born:%Y/%m/%d},"
                     f"保健センター,{st.last}")
        c.name(rel, m, kana=True)
        c.bd(rel, m)
        c.t(rel, "person_name", st.last, st, True)
    for m in rng.sample(c.moms, 2):
        lines.append(f"{m.handbook},2024/06/{rng.randint(10, 28)},再交付（紛失）,{m.nm()},"
                     f"{m.kn()},{m.born:%Y/%m/%d},市民課窓口,")
    cp932_lines(c, rel, lines)


def resident(c: Center) -> None:
    """03_住基連携/住基抽出_出生児世帯_20241101.csv (CP932): each birth household's members
    with their 宛名番号, the mother's 〒 and address."""
    rel = "03_住基連携/住基抽出_出生児世帯_20241101.csv"
    rng = c.rng
    lines = ['"宛名番号","世帯番号","氏名","氏名カナ","生年月日","性別","続柄","郵便番号","住所",'
             '"異動事由"']
    for f in c.families:
        m, b = f.mom, f.baby
        hh = f"{rng.randint(10**9, 10**10 - 1)}"
        mem = [(m, "女", "世帯主" if not f.dad else "妻")]
        if f.dad:
            mem.insert(0, (f.dad, "男", "世帯主"))
        mem.append((b, b.sex, "子"))
        mem += [(s, s.sex, "子") for s in f.sibs]
        addr = c.addr_str(m)
        z = m.home.zip
        for p, sx, rel_ in mem:
            p.atena = p.atena or f"{rng.randint(10**14, 10**15 - 1)}"
            lines.append(f'"{p.atena}","{hh}","{p.nm(2)}","{p.kn()}","{p.born:%Y%m%d}","{sx}",'
                         f'"{rel_}","{z[:3]}-{z[3:]}","{addr}","{"出生" if p is b else ""}"')
            c.name(rel, p, kana=True)
            c.bd(rel, p)
            c.t(rel, "address", addr, p)
            c.t(rel, "postal_code", z, p)
    cp932_lines(c, rel, lines)


def four_month(c: Center) -> None:
    """04_乳幼児健診/4か月児健診結果_R6.csv: each baby's finding, the doctor's surname neutral."""
    rel = "04_乳幼児健診/4か月児健診結果_R6.csv"
    rng = c.rng
    rows = [["健診日", "児氏名", "性別", "生年月日", "保護者氏名", "電話", "体重(g)", "所見",
             "判定", "担当医", "担当保健師"]]
    for f in c.families:
        m, b = f.mom, f.baby
        s = rng.choice(SHOKEN4) if rng.random() < 0.45 else SHOKEN4[0]
        b.s4 = s
        d, st = rng.choice(c.docs), rng.choice(c.staff)
        rows.append([(b.born + timedelta(days=125)).isoformat(), b.nm(), b.sex, b.born.isoformat(),
                     m.nm(False), c.phone(m.tel, 0), rng.randint(5800, 7800), s[0], s[1],
                     f"{d.last}医師", st.nm()])
        c.name(rel, b)
        c.bd(rel, b)
        c.name(rel, m)
        c.t(rel, "phone_number", m.tel, m)
        c.name(rel, st)
        c.t(rel, "person_name", d.last, d, True)
        if s[1] != NORMAL:
            c.t(rel, "sensitive", s[0], b)
    c.share.write(rel, csv_text(rows, end="\n"))


def eighteen_month(c: Center) -> None:
    """04_乳幼児健診/1歳6か月児健診_令和6年度.xlsx: 28 babies grouped by 判定, and one 精密検査
    referral (the doctor, the address and phone)."""
    rel = "04_乳幼児健診/1歳6か月児健診_令和6年度.xlsx"
    rng = c.rng
    wb, ws = workbook("受診者一覧", "1歳6か月児健康診査 受診者一覧", "A1:I1")
    ws.append(["No", "受診日", "氏名", "ふりがな", "生年月日", "保護者", "所見", "判定", "備考"])
    grp: dict[str, list] = {}
    for f in c.families[:28]:
        b, m = f.baby, f.mom
        s = rng.choice(SHOKEN18) if rng.random() < 0.4 else ("特になし", NORMAL)
        b.s18 = s
        grp.setdefault(s[1], []).append((b, m, s))
    cnt = 0
    for g in ["要精密検査", "要経過観察", NORMAL]:
        ws.append([f"■ {g}"])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=9)
        for b, m, s in grp.get(g, []):
            cnt += 1
            ws.append([cnt, "2024/09/1" + str(rng.randint(0, 9)), b.nm(2), b.kn(), era(b.born, 2),
                       f"{m.nm(False)}（母）", s[0], s[1], "転入" if rng.random() < 0.1 else ""])
            c.name(rel, b, kana=True)
            c.bd(rel, b)
            c.name(rel, m)
            if s[1] != NORMAL:
                c.t(rel, "sensitive", s[0], b)
    ws2 = wb.create_sheet("精密検査依頼票")
    f0 = c.families[0]
    fb, fm = grp.get("要精密検査", [(f0.baby, f0.mom, SHOKEN18[1])])[0][:2]
    fs = fb.s18
    d = rng.choice(c.docs)
    for row in [("精密健康診査受診票", None), ("宛先医療機関", d.hosp),
                ("医師名", f"{d.nm()} 先生"),
                ("受診者氏名", fb.nm()), ("生年月日", era(fb.born)), ("保護者氏名", fm.nm()),
                ("住所", c.addr_str(fm)), ("電話", c.phone(fm.tel, 2)), ("依頼理由", fs[0]),
                ("発行元", C_NAME), ("電話", C_TEL_TEXT)]:
        ws2.append(list(row))
    c.name(rel, d)
    c.name(rel, fb)
    c.bd(rel, fb)
    c.name(rel, fm)
    c.t(rel, "address", c.addr_str(fm), fm)
    c.t(rel, "phone_number", fm.tel, fm)
    c.t(rel, "sensitive", fs[0], fb)
    c.center(rel)
    c.save(rel, wb)


def three_year(c: Center) -> None:
    """04_乳幼児健診/3歳児健診_結果.tsv: the older children's findings."""
    rel = "04_乳幼児健診/3歳児健診_結果.tsv"
    rng = c.rng
    out = ["受診日\t児氏名\t生年月日\t性別\t保護者\t所見\t判定"]
    for f in c.families:
        for x in f.sibs:
            s = rng.choice(SHOKEN3) if rng.random() < 0.5 else ("なし", NORMAL)
            out.append(f"2024/10/{rng.randint(1, 28):02d}\t{x.nm()}\t{x.born:%Y.%m.%d}\t{x.sex}\t"
                       f"{f.mom.nm(False)}\t{s[0]}\t{s[1]}")
            c.name(rel, x)
            c.bd(rel, x)
            c.name(rel, f.mom)
            if s[1] != NORMAL:
                c.t(rel, "sensitive", s[0], x)
    c.share.write(rel, "\n".join(out) + "\n")


def vaccines(c: Center) -> None:
    """05_予防接種/予防接種台帳_令和6年度.csv (CP932): three shots a baby, a lot number in three
    of ten passing the My Number check, the doctors' names."""
    rel = "05_予防接種/予防接種台帳_令和6年度.csv"
    rng = c.rng
    lines = ["宛名番号,児氏名,カナ氏名,生年月日,接種日,ワクチン名,回数,ロット番号,接種医療機関,"
             "医師名"]
    for f in c.families:
        b = f.baby
        for v in rng.sample(VAC, 3):
            lot = (my_number(rng) if rng.random() < 0.3
                   else f"{v[1]}{rng.randint(100, 999)}{rng.choice('ABCDE')}")
            d = rng.choice(c.docs)
            day = b.born + timedelta(days=rng.randint(60, 200))
            lines.append(f"{b.atena},{b.nm()},{b.kn()},{era(b.born, 2)},{day:%Y/%m/%d},{v[0]},"
                         f"{rng.randint(1, 3)},{lot},{d.hosp},{d.nm(False)}")
            c.name(rel, d)
        c.name(rel, b, kana=True)
        c.bd(rel, b)
    cp932_lines(c, rel, lines)


def epds(c: Center) -> None:
    """06_新生児訪問/EPDS集計_R6上半期.xlsx: thirty mothers' EPDS scores."""
    rel = "06_新生児訪問/EPDS集計_R6上半期.xlsx"
    wb, ws = workbook("EPDS", "EPDS（エジンバラ産後うつ病質問票）集計", "A1:F1")
    ws.append(["母氏名", "生年月日", "訪問日", "EPDS合計", "項目10", "対応"])
    for m in c.moms[:30]:
        ep = m.epds
        q10 = c.rng.choice([0, 0, 1, 2]) if ep >= 9 else 0
        ws.append([m.nm(), m.born, f"{m.edd + timedelta(days=30):%Y/%m/%d}", ep, q10,
                   "精神科紹介" if ep >= 13 else ("再訪問" if ep >= 9 else "")])
        c.name(rel, m)
        c.bd(rel, m)
        if ep >= 9:
            c.t(rel, "sensitive", f"EPDS {ep}点", m)
    c.save(rel, wb)


def parents_class(c: Center) -> None:
    """01_妊娠届出/両親学級_申込書_記入例と申込.xlsx: a sample sheet (neutral) and ten couples'
    label | value applications."""
    rel = "01_妊娠届出/両親学級_申込書_記入例と申込.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "記入例"
    for row in [("両親学級 参加申込書（記入例）", None), ("妊婦氏名", "所沢 花子"),
                ("電話", "090-0000-0000"), ("メール", "test@example.com")]:
        ws.append(list(row))
    c.t(rel, "person_name", "所沢花子", None, True)
    for k, x in enumerate([y for y in c.families if y.dad][:10]):
        ws = wb.create_sheet(f"申込{k + 1}")
        m, dd = x.mom, x.dad
        for row in [("両親学級 参加申込書", None), ("妊婦氏名", m.nm()),
                    ("パートナー氏名", dd.nm()),
                    ("パートナー生年月日", f"{dd.born:%Y/%m/%d}"),
                    ("連絡先（パートナー）", c.phone(dd.tel, 0) if dd.tel else ""),
                    ("出産予定日", f"{m.edd:%Y/%m/%d}"), ("住所", c.addr_str(m))]:
            ws.append(list(row))
        c.name(rel, m)
        c.name(rel, dd)
        c.bd(rel, dd)
        c.t(rel, "address", c.addr_str(m), m)
        if dd.tel:
            c.t(rel, "phone_number", dd.tel, dd)
    c.save(rel, wb)
