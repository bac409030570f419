"""The office's lists: the 児童台帳 (xlsx, a sheet a site), the guardians' contacts (UTF-8 CSV
with BOM), the emergency contacts memo, the October 支援記録 (xlsx, a site each), the 送迎表
(xlsx, a sheet a route), the 国保連 claim (CP932 CSV), the 利用実績 (TSV), the staff roster
with its bank and My Number sheets, three staff 個人票 and the November shift table (CP932).

Kana readings, a child's given name with くん/ちゃん and staff surnames alone are neutral, as is
a guardian's work phone and 服薬 where it is only a column.
"""

from __future__ import annotations

from datetime import date

from openpyxl.styles import Font

from .day_service_people import JIGYO, SITES, DayService, Person, half, wareki_style
from .share import csv_text, workbook

ROSTER_HEAD = ["No", "児童氏名", "ふりがな", "生年月日", "学校", "学年", "受給者証番号",
               "障害種別・診断名", "服薬", "保護者氏名", "続柄", "連絡先"]
NOTES = ["{n}は来所後すぐに宿題に取りかかった。算数プリントを最後まで頑張れた。",
         "{n}、おやつの時間に{m}とトラブル。職員が間に入り気持ちを落ち着けた。",
         "{n}は公園遊びで鬼ごっこに参加。ルールを守って楽しめた。",
         "{n}、今日は表情が硬く、お母さんから「朝から不機嫌」と連絡帳に記載あり。",
         "{n}は服薬を忘れていたため保護者に電話確認。16時に服薬済み。",
         "{n}がパニック。クールダウン室で15分過ごし落ち着いた。",
         "工作でハロウィンの飾りを作った。{n}と{m}が協力して完成させた。",
         "{n}、迎えの時にお父さんへ今日の様子を伝えた。"]
ACTIVITIES = ["宿題", "自由遊び", "公園", "工作", "おやつ", "SST"]
ROUTES = ["Aコース（本町方面）", "Bコース（西川口・蕨方面）", "Cコース（南区方面）"]
PICKUP_NOTES = ["", "", "チャイルドシート", "てんかん発作時は座薬（冷蔵庫）",
                "玄関前で母に引き渡し"]


def roster(h: DayService) -> None:
    """児童台帳: a sheet a site (name, reading, birth date, diagnosis, medication, guardian)."""
    rel = "01_児童台帳/児童台帳_令和6年度.xlsx"
    wb = None
    for si, site in enumerate(SITES):
        title, banner = site.split("（")[0], f"令和6年度 利用児童台帳　{site}"
        if wb is None:
            wb, ws = workbook(title, banner, "A1:L1", bold=True, size=14)
        else:
            ws = wb.create_sheet()
            ws.title = title
            ws.append([banner])
            ws.merge_cells("A1:L1")
            ws["A1"].font = Font(bold=True, size=14)
        ws.append([""] * 11 + ["作成 R6.4.1"])
        ws.append(ROSTER_HEAD)
        n = 0
        for c in h.children:
            if c.site != si:
                continue
            n += 1
            g = c.g
            ws.append([n, c.full("\u3000"), c.reading(), c.born, c.school, c.grade, c.jukyu,
                       c.diag, c.med, g.full(" "), g.rel, g.phone])
            ws.cell(ws.max_row, 4).number_format = "yyyy/mm/dd"
            h.pupil(rel, c, reading=True)
            h.reached(rel, g)
            if c.med != "なし":
                h.t(rel, "sensitive", "服薬", c, True)
    ws = wb.create_sheet("集計")
    ws.append(["教室", "登録児童数", "定員"])
    for si, site in enumerate(SITES):
        ws.append([site, sum(1 for c in h.children if c.site == si), 10])
    h.save(rel, wb)


def contacts(h: DayService) -> None:
    """保護者連絡先一覧: every guardian's 〒, address, phones, mail and work."""
    rng, rel = h.rng, "01_児童台帳/保護者連絡先一覧.csv"
    rows = [["保護者氏名", "フリガナ", "続柄", "児童名", "郵便番号", "住所", "携帯電話", "自宅電話",
             "メール", "勤務先", "勤務先電話"]]
    for g in h.guardians:
        a = g.addr
        ad = a.full() if rng.random() < .6 else a.short()
        employed = g.work not in ("自営業", "専業主婦")
        rows.append([g.full(" "), half(g.reading(" ")), g.rel, "・".join(c.full() for c in g.kids),
                     a.zip_code(), ad, h.phone(g.phone, rng.choice([0, 0, 1, 3])), g.home or "",
                     g.email, g.work, g.workphone if employed else ""])
        h.named(rel, g)
        h.read(rel, g)
        for c in g.kids:
            h.named(rel, c)
        h.t(rel, "postal_code", a.postal, g)
        h.t(rel, "address", ad, g)
        h.t(rel, "phone_number", g.phone, g)
        if g.home:
            h.t(rel, "phone_number", g.home, g)
        h.t(rel, "email_address", g.email, g)
        if employed:
            h.t(rel, "phone_number", g.workphone, None, True)
    h.share.write(rel, csv_text(rows), "utf-8-sig")


def emergency(h: DayService) -> None:
    """緊急連絡先: the grandmother's or aunt's phone, and address where not the child's."""
    rel = "01_児童台帳/緊急連絡先（保護者不在時）.txt"
    lines = ["緊急連絡先メモ　※保護者に連絡がつかない時のみ",
             f"（R6.5 更新　事務・{h.staff[0].last}）", ""]
    for g in h.guardians:
        e = g.emerg
        if not e:
            continue
        c = g.kids[0]
        lines.append(f"■{c.full()}{c.hon()}（{SITES[c.site][:5]}）")
        lines.append(f"　{e.rel}：{e.full(' ')} 様　{h.phone(e.phone)}")
        if e.addr is g.addr:
            lines.append("　住所：児童と同居")
        else:
            lines.append(f"　住所：{e.addr.short()}")
            h.t(rel, "address", e.addr.short(), e)
        lines.append("")
        h.named(rel, c)
        h.named(rel, e)
        h.t(rel, "phone_number", e.phone, e)
    h.share.write(rel, "\n".join(lines))


def records(h: DayService) -> None:
    """支援記録: two to four notes a day, 1 to 15 October but Sundays, a site each."""
    rng = h.rng
    for si in (0, 1):
        rel = f"03_支援記録/支援記録_R6年10月_{['本町', '西川口'][si]}.xlsx"
        wb, ws = workbook("10月", f"支援記録　{SITES[si]}　令和6年10月", "A1:E1")
        ws.append(["時間", "児童", "活動", "様子・特記事項", "記録者"])
        kids = [c for c in h.children if c.site == si]
        seen = set()
        for day in range(1, 16):
            dt = date(2024, 10, day)
            if dt.weekday() == 6:
                continue
            ws.append([f"{dt.month}月{dt.day}日（{'月火水木金土日'[dt.weekday()]}）"])
            ws.merge_cells(f"A{ws.max_row}:E{ws.max_row}")
            for _ in range(rng.randint(2, 4)):
                c, m = rng.sample(kids, 2)
                st = rng.choice([x for x in h.staff if x.site == si])
                note = rng.choice(NOTES).format(n=c.called(), m=m.called())
                when = rng.choice(["14:30", "15:00", "16:00", "17:00"])
                who = c.full(" ") if rng.random() < .5 else c.called()
                ws.append([when, who, rng.choice(ACTIVITIES), note, st.last])
                if who.replace(" ", "") == c.full():
                    seen.add(c.id)
                h.t(rel, "person_name", c.first, c, True)
                h.t(rel, "person_name", m.first, m, True)
                h.t(rel, "person_name", st.last, st, True)
                if "服薬" in note:
                    h.t(rel, "sensitive", "服薬", c, True)
        for c in kids:
            if c.id in seen:
                h.named(rel, c)
        ws.column_dimensions["D"].width = 60
        h.save(rel, wb)


def _on_route(c: Person, ri: int) -> bool:
    city = c.addr.city
    return ((ri == 0 and city == "川口市" and c.site == 0)
            or (ri == 1 and (city == "蕨市" or (city == "川口市" and c.site == 1)))
            or (ri == 2 and city.startswith("さいたま")))


def transport(h: DayService) -> None:
    """送迎表: a sheet a route, its driver, each child's pick-up place and guardian's phone."""
    rng, rel = h.rng, "04_送迎/送迎表_R6.10.xlsx"
    drivers = [s for s in h.staff if s.q in ("運転手", "指導員（無資格）", "保育士")][:4]
    wb = None
    for ri, route in enumerate(ROUTES):
        drv = drivers[ri % len(drivers)]
        banner = f"送迎表　{route}　運転：{drv.full(' ')}　車両：ハイエース（川口300 さ 12-34）"
        if wb is None:
            wb, ws = workbook(route[:4], banner, "A1:G1")
        else:
            ws = wb.create_sheet()
            ws.title = route[:4]
            ws.append([banner])
            ws.merge_cells("A1:G1")
        h.named(rel, drv)
        ws.append(["順", "児童名", "お迎え場所", "住所", "時刻", "保護者連絡先", "備考"])
        for n, c in enumerate([c for c in h.children if _on_route(c, ri)], 1):
            to_home = rng.random() < .6
            who = c.called() if rng.random() < .3 else c.full()
            when = f"{rng.randint(16, 18)}:{rng.choice(['00', '15', '30', '45'])}"
            note = rng.choice(PICKUP_NOTES)
            ws.append([n, who, "自宅" if to_home else c.school, c.addr.short() if to_home else "",
                       when, c.g.phone, note])
            if who == c.full():
                h.named(rel, c)
            else:
                h.t(rel, "person_name", c.first, c, True)
            if to_home:
                h.t(rel, "address", c.addr.short(), c)
            h.t(rel, "phone_number", c.g.phone, c.g)
            if note.startswith("てんかん"):
                h.t(rel, "sensitive", "てんかん", c)
    h.save(rel, wb)


def claims(h: DayService) -> None:
    """国保連請求 (CP932): each child's 受給者証番号, guardian, reading and birth date (R-form)."""
    rng, rel = h.rng, "05_請求/国保連請求_202410.csv"
    rows = [["事業所番号", "サービス提供年月", "受給者証番号", "支給決定保護者氏名",
             "支給決定児童氏名", "児童氏名カナ", "児童生年月日", "利用日数", "単位数",
             "利用者負担額", "上限管理"]]
    for c in h.children:
        g = c.g
        days = rng.randint(4, 20)
        rows.append([JIGYO[c.site], "202410", c.jukyu, g.full(" "), c.full(" "),
                     half(c.reading(" ")), wareki_style(c.born, 1), days, days * 604,
                     rng.choice([0, 4600, 37200]), rng.choice(["", "", "有"])])
        h.named(rel, g)
        h.named(rel, c)
        h.born(rel, c)
        h.read(rel, c)
    h.share.write(rel, csv_text(rows), "cp932")


def usage(h: DayService) -> None:
    """利用実績 (TSV): 25 children, three October days each."""
    rng, rel = h.rng, "05_請求/利用実績_2024年10月.tsv"
    rows = [["受給者証番号", "氏名", "教室", "提供日", "開始", "終了", "送迎往", "送迎復",
             "欠席時対応"]]
    for c in rng.sample(h.children, 25):
        for day in sorted(rng.sample(range(1, 31), 3)):
            rows.append([c.jukyu, c.full(), SITES[c.site], f"2024-10-{day:02d}", "14:30", "17:30",
                         "1", rng.choice(["1", ""]), ""])
        h.named(rel, c)
    h.share.write(rel, "\n".join("\t".join(r) for r in rows) + "\n")


def staff_roster(h: DayService) -> None:
    """職員名簿_給与: the roster, the pay accounts and the My Numbers (a sheet each)."""
    rng, rel = h.rng, "06_職員/職員名簿_給与.xlsx"
    wb, ws = workbook("職員名簿", "特定非営利活動法人 みらいキッズ　職員名簿（R6.10現在）", "A1:H1")
    ws.append(["職員番号", "氏名", "ふりがな", "生年月日", "資格・職種", "配属", "携帯", "住所"])
    for i, s in enumerate(h.staff):
        ws.append([f"S{i + 1:03d}", s.full(" "), s.reading(), wareki_style(s.born, 1), s.q,
                   SITES[s.site], s.phone, s.addr.full()])
        h.named(rel, s)
        h.read(rel, s)
        h.born(rel, s)
        h.t(rel, "phone_number", s.phone, s)
        h.t(rel, "address", s.addr.full(), s)
    ws = wb.create_sheet("給与振込口座")
    ws.append(["給与振込口座一覧（取扱注意）"])
    ws.append(["氏名", "金融機関", "支店", "種別", "口座番号", "名義（カナ）"])
    for s in h.staff:
        ws.append([s.full(), s.bank, s.branch, "普通", s.acct, half(s.reading(" ")).upper()])
        h.named(rel, s)
        h.t(rel, "bank_account", s.acct, s)
    ws = wb.create_sheet("マイナンバー")
    ws.append(["年末調整用　個人番号（事務長のみ閲覧）"])
    ws.append(["氏名", "個人番号", "扶養"])
    for s in h.staff:
        m = s.mynum
        ws.append([s.full(), f"{m[:4]} {m[4:8]} {m[8:]}", rng.choice(["なし", "配偶者", "子1"])])
        h.named(rel, s)
        h.t(rel, "my_number", m, s)
    h.save(rel, wb)


def staff_sheets(h: DayService) -> None:
    """個人票 of the first three staff: label | value rows (〒, address, phone in 全角, account)."""
    for s in h.staff[:3]:
        rel = f"06_職員/個人票_{s.full()}.xlsx"
        wb, ws = workbook("個人票", "職員個人票")
        ws.append([])
        for row in [("氏名", s.full("\u3000")), ("フリガナ", s.reading()),
                    ("生年月日", wareki_style(s.born, 0)), ("郵便番号", s.addr.zip_code()[1:]),
                    ("住所", s.addr.full()), ("電話番号", h.phone(s.phone, 2)), ("資格", s.q),
                    ("緊急連絡先", "同居家族（配偶者）"),
                    ("振込先", f"{s.bank} {s.branch} 普通 {s.acct}")]:
            ws.append(list(row))
        h.named(rel, s)
        h.read(rel, s)
        h.born(rel, s)
        h.t(rel, "postal_code", s.addr.postal, s)
        h.t(rel, "address", s.addr.full(), s)
        h.t(rel, "phone_number", s.phone, s)
        h.t(rel, "bank_account", s.acct, s)
        h.save(rel, wb)


def shifts(h: DayService) -> None:
    """シフト表 (CP932): the staff by surname alone (neutral), 30 November days."""
    rng, rel = h.rng, "06_職員/シフト表_2024年11月.csv"
    rows = [["日付"] + [s.last for s in h.staff]]
    for day in range(1, 31):
        rows.append([f"R6/11/{day}"] + [rng.choice(["早", "遅", "休", ""]) for _ in h.staff])
    h.share.write(rel, csv_text(rows), "cp932")
    for s in h.staff:
        h.t(rel, "person_name", s.last, s, True)
