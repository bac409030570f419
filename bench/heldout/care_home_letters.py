"""The home's notes and documents: October's ケース記録 and two 申し送り (text), two 事故報告書
and two ヒヤリハット報告書 (.docx), three 入居契約書 (PDF), the day service's 送迎表, the record
system's manual, the hand-typed waiting list and the 運営推進会議 minutes (.docx).

A surname on its own (a recorder, a doctor, a car named after its driver) is neutral, and so
are the home's and the garage's numbers; the manual's sample values are no one's.
"""

from __future__ import annotations

import docx

from .care_home_people import (
    ADDRESS,
    CORPORATE,
    KAIGO,
    RELS,
    TEL,
    Home,
    wareki,
)
from .share import label_table, pdf_bytes

FALL = "車椅子からベッドへの移乗時に右膝から崩れ落ち、床に臀部を打つ。外傷なし。"
NEAR_MISS = "配薬時、隣室の方の薬と取り違えそうになったが服薬前に気づいた。"
ORGS = ["小山ヶ丘町内会長", "地域包括支援センター", "入居者家族代表"]


def case_records(h: Home) -> None:
    """Ten residents' October notes: a condition, the family called, the recorder's surname."""
    rng, path = h.rng, "02_記録/ケース記録_2024年10月.txt"
    lines = ["【ケース記録】2024年10月分　抜粋", ""]
    for r in rng.sample(h.residents, 10):
        st = rng.choice(h.staff[3:16])
        d = rng.choice(r.dx)
        day = rng.randint(1, 31)
        lines.append(f"10/{day} {h.name(r)}様（{r.room}号室）")
        lines.append(f"  {d}の既往あり。昼食時むせ込みあり、摂取量5割。"
                     "バイタル BP 142/80 P 78 KT 36.8。"
                     f"{r.g.rel}の{r.g.name('')}様へ電話連絡（{h.phone(r.g.mobile)}）、様子をお伝えした。"
                     f"記録者：{st.last}")
        lines.append("")
        h.t(path, "person_name", h.name(r), r)
        h.t(path, "sensitive", d, r)
        h.t(path, "person_name", h.name(r.g), r.g)
        h.t(path, "phone_number", r.g.mobile, r.g)
        h.t(path, "person_name", st.last, st, neutral=True)
    h.share.write(path, "\n".join(lines))


def handovers(h: Home) -> None:
    """The night shift's 申し送り of 31 October and 1 November: four residents each."""
    rng = h.rng
    for dd in ["1031", "1101"]:
        path = f"02_記録/申し送り/申し送り_{dd}.txt"
        a, b = rng.sample(h.staff[3:16], 2)
        sel = rng.sample(h.residents, 4)
        s = f"{dd[:2]}/{dd[2:]} 夜勤→日勤 申し送り\n担当 {h.name(a)} → {b.last}さん\n\n"
        h.t(path, "person_name", h.name(a), a)
        h.t(path, "person_name", b.last, b, neutral=True)
        for r in sel:
            s += f"・{r.room} {r.name('')}さん：" + rng.choice([
                "夜間不穏あり、2時に離床。見守り継続。", "排便3日なし、看護師へ報告済。",
                "SpO2 93%、朝まで様子観察。", "転倒リスク高、センサーマット作動確認。"]) + "\n"
            h.t(path, "person_name", r.name(""), r)
        r, other = sel[0], sel[1]
        s += (f"\n※{r.last}さんの{r.g.rel}（{r.g.name('')}さん）が本日14時に面会予定。"
              f"携帯 {h.phone(r.g.mobile, 4)}\n")
        h.t(path, "person_name", h.name(r.g), r.g)
        h.t(path, "phone_number", r.g.mobile, r.g)
        h.t(path, "person_name", r.last, r, neutral=True)
        h.t(path, "person_name", other.last, other, neutral=True)
        s += f"※{other.last}さん 認知症状進行、主治医{other.doc.last}先生に相談予定。\n"
        h.t(path, "sensitive", "認知症", other)
        h.t(path, "person_name", other.doc.last, other.doc, neutral=True)
        h.share.write(path, s)


def accidents(h: Home) -> None:
    """Two 事故報告書 (a fall, the doctor's visit) and two ヒヤリハット (a near-miss with pills)."""
    rng = h.rng
    for k in range(4):
        kind = "事故報告書" if k < 2 else "ヒヤリハット報告書"
        r, st = rng.choice(h.residents), rng.choice(h.staff[3:16])
        ev = h.day(2024, 2024).replace(month=rng.randint(8, 10))
        path = f"03_事故報告/{kind}_{ev.strftime('%Y%m%d')}_{r.room}.docx"
        d = docx.Document()
        d.add_heading(kind, 1)
        rows = [("発生日時", wareki(ev, 5) + " 15:20頃"),
                ("発生場所", f"{r.room}号室 ベッドサイド"),
                ("利用者氏名", h.name(r) + " 様"), ("生年月日", wareki(r.born, 0)),
                ("要介護度", r.kaigo), ("既往歴", "、".join(r.dx)),
                ("報告者", f"{h.name(st)}（{st.qual}）"),
                ("事故の内容", FALL if k < 2 else NEAR_MISS),
                ("家族への連絡", f"{r.g.rel} {h.name(r.g)}様へ {h.phone(r.g.mobile)} にて報告"),
                ("受診", f"{r.doc.clinic} {r.doc.last}医師 往診" if k < 2 else "なし")]
        label_table(d, rows, "Table Grid")
        d.add_paragraph("再発防止策：移乗時は2人介助とし、ケアプランを見直す。")
        d.add_paragraph("施設長 " + h.name(h.staff[0]) + "　印")
        h.document(path, d)
        h.t(path, "person_name", h.name(r), r)
        h.t(path, "date_of_birth", r.born.isoformat(), r)
        for x in r.dx:
            h.t(path, "sensitive", x, r)
        h.t(path, "person_name", h.name(st), st)
        h.t(path, "person_name", h.name(r.g), r.g)
        h.t(path, "phone_number", r.g.mobile, r.g)
        h.t(path, "person_name", h.name(h.staff[0]), h.staff[0])
        if k < 2:
            h.t(path, "person_name", r.doc.last, r.doc, neutral=True)


def contracts(h: Home) -> None:
    """The first three residents' 入居契約書: resident, guarantor, the company's 法人番号."""
    head = h.staff[0]
    for r in h.residents[:3]:
        g = r.g
        path = f"05_契約/入居契約書_{r.room}_{r.last}.pdf"
        ga, ra = h.address(g.addr, True, 0), h.address(r.addr, True, 2)
        lines = ["#入居契約書", f"事業者 株式会社さくらケアサービス（法人番号 {CORPORATE}）",
                 f"所在地 {ADDRESS}　TEL 042-798-5501", "",
                 "第1条（目的）事業者は、入居者に対し介護付き有料老人ホームの居室及び"
                 "サービスを提供する。", "",
                 f"入居者　氏名 {r.name('　')}　生年月日 {wareki(r.born, 0)}", f"　　　　住所 {ra}",
                 f"　　　　被保険者番号 {r.hihoken}", "",
                 f"身元引受人　氏名 {g.name('　')}（続柄：{g.rel}）",
                 f"　　　　住所 {g.addr.zip_line(0)} {ga}",
                 f"　　　　電話 {h.phone(g.mobile, 0)}", "",
                 f"契約日 {wareki(r.moved_in, 0)}", f"施設長 {head.name('　')}"]
        h.share.write(path, pdf_bytes(lambda c, font, lines=lines: draw_lines(c, font, lines)))
        h.t(path, "person_name", h.name(r), r)
        h.t(path, "date_of_birth", r.born.isoformat(), r)
        h.t(path, "address", ra, r)
        h.t(path, "health_insurance_number", r.hihoken, r)
        h.t(path, "person_name", h.name(g), g)
        h.t(path, "address", ga, g)
        h.t(path, "postal_code", g.addr.postal, g)
        h.t(path, "phone_number", g.mobile, g)
        h.t(path, "person_name", h.name(head), head)
        h.t(path, "corporate_number", CORPORATE)
        h.t(path, "phone_number", TEL, None, neutral=True)
        h.t(path, "address", ADDRESS, None, neutral=True)


def draw_lines(c: object, font: str, lines: list[str]) -> None:
    """A page of lines from y 800 down, 18 apart; one starting with # a 16-point title."""
    c.setFont(font, 10)
    y = 800
    for line in lines:
        if line.startswith("#"):
            c.setFont(font, 16)
            c.drawString(60, y, line[1:])
            c.setFont(font, 10)
            y -= 30
        else:
            c.drawString(60, y, line)
            y -= 18


def pickup_routes(h: Home) -> None:
    """送迎表 of 5 November: each driver's car (named by surname) and five users' pickups."""
    rng, path = h.rng, "10_デイサービス/送迎表_11月第1週.txt"
    s = "送迎表（11/5 火）\n\n"
    for dr in h.staff[16:18]:
        h.t(path, "person_name", dr.last, dr, neutral=True)
        s += f"■ {dr.last}号車（運転：{h.name(dr)}　携帯{h.phone(dr.mobile, 5)}）\n"
        h.t(path, "person_name", h.name(dr), dr)
        h.t(path, "phone_number", dr.mobile, dr)
        for u in rng.sample(h.day_users, 5):
            a = h.address(u.addr, False, rng.choice([0, 1, 3]))
            s += f"  8:{rng.randint(10, 55):02d}　{u.name('')}さん　{a}　☎{h.phone(u.tel, 0)}\n"
            h.t(path, "person_name", u.name(""), u)
            h.t(path, "address", a, u)
            h.t(path, "phone_number", u.tel, u)
        s += "\n"
    s += "※雨天時は玄関前まで。車両点検 11/7（株式会社まちだオート 042-700-1234）\n"
    h.t(path, "phone_number", "0427001234", None, neutral=True)
    h.share.write(path, s)


def manual(h: Home) -> None:
    """The record system's manual: sample values only, no truth."""
    h.share.write("12_その他/記録システム操作マニュアル_記入例.txt", (
        "【入力例】\n氏名：介護 太郎（かいご たろう）\n生年月日：昭和20年1月1日\n"
        "電話：090-0000-0000\n"
        "メール：test@example.com\n被保険者番号：0000000000\nクレジットカード（テスト用）：4111111111111111\n"
        "個人番号欄は入力しないこと（例：123456789012）\n"
        "お問い合わせ：株式会社ケアシステムズ サポート 0120-987-654 / support@example.co.jp\n"
        f"伝票番号: {h.check_number('7')}\n"))


def waiting_list(h: Home) -> None:
    """Eight applicants waiting for a room, each with the relative who applied."""
    rng, path = h.rng, "01_入居者管理/入居待機者リスト.txt"
    s = "入居申込 待機者（手入力メモ）\n"
    for i in range(8):
        w = h.person(f"W{i + 1:03d}", (1930, 1945))
        k = h.person(f"WK{i + 1:03d}", (1955, 1975))
        head = f"{i + 1}. {h.name(w)} {wareki(w.born, rng.choice([1, 2, 3]))}生 {rng.choice(KAIGO)}"
        applicant = f"申込者：{h.name(k)}（{rng.choice(RELS)}） {h.phone(k.mobile)}"
        a = h.address(w.addr, rng.random() < .5)
        s += f"{head}  {applicant}  {a}\n"
        h.t(path, "person_name", h.name(w), w)
        h.t(path, "date_of_birth", w.born.isoformat(), w)
        h.t(path, "person_name", h.name(k), k)
        h.t(path, "phone_number", k.mobile, k)
        h.t(path, "address", a, w)
    h.share.write(path, s)


def minutes(h: Home) -> None:
    """October's 運営推進会議: three community members and the head of the home attended."""
    path = "12_その他/運営推進会議議事録_202410.docx"
    d = docx.Document()
    d.add_heading("運営推進会議 議事録", 1)
    d.add_paragraph("日時：令和6年10月18日（金）14:00〜15:00　場所：1階多目的室")
    members = [h.person(f"C{i + 1:03d}", (1950, 1970)) for i in range(3)]
    table = d.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "出席者"
    table.rows[0].cells[1].text = "所属"
    for who, org in [*zip(members, ORGS, strict=True), (h.staff[0], "施設長")]:
        cells = table.add_row().cells
        cells[0].text = h.name(who) + (" 様" if who in members else "")
        cells[1].text = org
        h.t(path, "person_name", h.name(who), who)
    d.add_paragraph("報告事項：10月の入居者数34名、事故報告2件、ヒヤリハット2件。インフルエンザ予防接種を11/5に実施予定。")
    h.document(path, d)
