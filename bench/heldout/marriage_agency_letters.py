"""The marriage agency's documents: six 身上書 (.docx: religion, illness, divorce, the family
by name), two counsellors' 面談メモ (full-width digits, hyphen look-alikes, a shared PC's
password) and the month's 入会申込書 PDF (a mother as emergency contact)."""

from __future__ import annotations

import unicodedata
from datetime import date

import docx

from .japanese import FULL_WIDTH, HYPHENS, wareki
from .marriage_agency_people import Agency, Person, age
from .share import draw_labels, label_table, pdf_bytes

RELIGIONS = [("キリスト教", True), ("浄土真宗", True), ("特になし", False), ("天理教", True),
             ("特になし", False), ("カトリック", True)]
ILLNESSES = [("糖尿病", True), ("うつ病", True), ("なし", False), ("乳がん", True), ("喘息", True),
             ("なし", False), ("パニック障害", True)]
CONSENT = "上記の通り入会を申し込みます。個人情報の取扱いに同意します。"
_HIRAGANA = {ord(c): ord(c) - 0x60 for c in "アイウエオカキクケコサシスセソタチツテトナニヌネノ"
             "ハヒフヘホマミムメモヤユヨラリルレロワヲンガギグゲゴザジズゼゾダヂヅデドバビブベボ"
             "パピプペポァィゥェォャュョッ"}


def _family(s: Agency, p: Person, count: int) -> list[tuple[str, Person]]:
    """Father, mother and a sibling (a sister half the time of another surname, married)."""
    R = s.rng
    out = []
    for k, (rel, sex, born) in enumerate([("父", "M", (1940, 1962)), ("母", "F", (1943, 1965)),
                                          (R.choice(["兄", "姉", "弟", "妹"]), "", (1972, 2000))]):
        rid = f"R{count + k + 1:03d}"
        if rel in ("姉", "妹") and R.random() < 0.5:
            q = s.person(rid, sex="F", born=born)
        else:
            sex = sex or ("M" if rel in ("兄", "弟") else "F")
            q = s.person(rid, sex=sex, born=born, last=(p.last, p.last_kana, ""))
        out.append((rel, q))
    return out


def profiles(s: Agency) -> None:
    """身上書 of six members, each under its 会員番号: religion and illness sensitive where
    they are one, 本籍 (都道府県 and city) an address, the counsellor neutral."""
    R = s.rng
    for n, p in enumerate(R.sample(s.members, 6)):
        path = f"会員管理/身上書/身上書_{p.mno}.docx"
        d = docx.Document()
        d.add_heading("身 上 書", 0)
        d.add_paragraph(f"株式会社ブライダル縁　会員番号 {p.mno}　"
                        f"作成日 令和6年{R.randint(1, 5)}月{R.randint(1, 28)}日")
        family = _family(s, p, 3 * n)
        relig, ill = R.choice(RELIGIONS), R.choice(ILLNESSES)
        div = (f"あり（平成{R.randint(20, 30)}年協議離婚）" if p.marital.startswith("再婚（離")
               else "なし")
        ruby = unicodedata.normalize("NFKC", p.kana()).translate(_HIRAGANA)
        label_table(d, [
            ("氏名", p.name("　")), ("ふりがな", ruby),
            ("生年月日", f"{wareki(p.born)}生（{age(p.born)}歳）"),
            ("本籍地", p.addr.pref + p.addr.city), ("現住所", p.addr.full()), ("連絡先", p.mobile),
            ("最終学歴", p.edu), ("職業", p.job), ("年収", f"{p.income}万円"), ("宗教", relig[0]),
            ("既往症", ill[0] + ("（通院中）" if ill[1] else "")), ("離婚歴", div),
            ("子供の有無", "なし"),
            ("趣味", R.choice(["料理、旅行", "ゴルフ", "読書、映画鑑賞", "登山", "ピアノ"]))],
            "Table Grid")
        d.add_paragraph("家族構成")
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(["続柄", "氏名", "年齢", "職業・備考"]):
            t.rows[0].cells[i].text = h
        for rel, q in family:
            c = t.add_row().cells
            c[0].text, c[1].text, c[2].text = rel, q.name(), f"{age(q.born)}歳"
            c[3].text = R.choice(["会社役員", "無職", "会社員", "主婦", "自営業（酒店）",
                                  "看護師（病院勤務）"])
            s.add(path, "person_name", q.name(), q)
        d.add_paragraph(f"担当カウンセラー：{p.counsellor.name()}")
        s.share.save(path, d)
        s.rows(path, p, [("person_name", p.name()), ("person_name", ruby),
                         ("date_of_birth", p.born), ("address", p.addr.full()),
                         ("address", p.addr.pref + p.addr.city), ("phone_number", p.mobile)])
        for value, sensitive in (relig, ill):
            if sensitive:
                s.add(path, "sensitive", value, p)
        s.add(path, "person_name", p.counsellor.name(), p.counsellor, neutral=True)


def _memo(s: Agency, st: Person, subjects: list[Person]) -> None:
    """One counsellor's notes on eight members: health and faith sensitive, a mother's given
    name neutral; the shared PC's login at the foot (a credential)."""
    R = s.rng
    path = f"カウンセラー/{st.last}/面談メモ_{st.empno}.txt"
    lines = [f"面談メモ（担当：{st.name()}）", ""]
    s.add(path, "person_name", st.name(), st, neutral=True)
    for p in subjects:
        d = s.between(date(2024, 1, 10), date(2024, 5, 30))
        h = R.choice(HYPHENS)
        lines.append(f"■{wareki(d).translate(FULL_WIDTH)}　{p.name('　')}様"
                     f"（会員番号{p.mno.translate(FULL_WIDTH)}）")
        lines.append(f"　{wareki(p.born).translate(FULL_WIDTH)}生まれ。"
                     f"連絡先{p.mobile.replace('-', h).translate(FULL_WIDTH)}。"
                     f"{p.addr.short(h).translate(FULL_WIDTH)}在住。")
        s.rows(path, p, [("person_name", p.name()), ("date_of_birth", p.born),
                         ("phone_number", p.mobile), ("address", p.addr.short())])
        kind = R.choice(["health", "relig", "divorce", "family", "plain"])
        if kind == "health":
            t = R.choice(["うつ病", "糖尿病", "適応障害", "子宮内膜症", "不妊症"])
            lines.append(f"　ご本人より{t}で通院中との申告あり。お相手への開示時期について相談。")
            s.add(path, "sensitive", t, p)
        elif kind == "relig":
            t = R.choice(["創価学会", "エホバの証人", "キリスト教"])
            lines.append(f"　ご家族が{t}の信者。お相手にも入信を求めるかは未確認。")
            s.add(path, "sensitive", t, p)
        elif kind == "divorce":
            lines.append("　前回の離婚理由は性格の不一致とのこと（平成２９年協議離婚）。"
                         "お子様なし。")
        elif kind == "family":
            g = R.choice(["幸子", "和子", "洋子", "節子"])
            lines.append(f"　お母様の{g}さんが同席。結婚後の同居を強く希望。")
            s.add(path, "person_name", g, neutral=True)
        else:
            lines.append("　病院勤務の看護師の方を希望。宗教法人の運営する式場は避けたいとのこと。")
        lines.append("")
    password = f"En{s.seed}Bridal#{st.empno[1:]}"
    lines.append(f"※共有PCログイン ID: counsel{st.empno} / PW: {password}")
    s.add(path, "credential", password, st)
    s.share.write(path, "\n".join(lines) + "\n")


def memos(s: Agency) -> None:
    for st in s.staff[:2]:
        _memo(s, st, s.rng.sample(s.members, 8))


def applications(s: Agency) -> None:
    """入会申込書 (PDF, a page each) of three members, their mother (of their surname) the
    emergency contact with a landline; 申込番号 passes the My Number check."""
    R = s.rng
    path = "会員管理/入会申込書/入会申込書_2024-05.pdf"
    pages = []
    for k, p in enumerate(R.sample(s.members, 3)):
        ec = s.person(f"E{k + 1:02d}", sex="F", born=(1945, 1965), last=(p.last, p.last_kana, ""))
        ec.home = (f"0{R.randint(3, 9)}{R.randint(1, 9)}-{R.randint(100, 999)}"
                   f"-{R.randint(1000, 9999)}")
        b = p.born
        pages.append([
            ("申込番号", s.my_number()), ("申込日", wareki(p.join)), ("フリガナ", p.kana()),
            ("氏名", p.name()), ("生年月日", f"{b.year}年{b.month}月{b.day}日（満{age(b)}歳）"),
            ("郵便番号", "〒" + p.addr.postal), ("住所", p.addr.full()), ("携帯電話", p.mobile),
            ("E-mail", p.email), ("職業", p.job),
            ("緊急連絡先（続柄：母）", f"{ec.name()}　TEL {ec.home}"),
            ("受付担当", p.counsellor.name())])
        s.rows(path, p, [("person_name", p.kana()), ("person_name", p.name()),
                         ("date_of_birth", b), ("postal_code", p.addr.postal),
                         ("address", p.addr.full()), ("phone_number", p.mobile),
                         ("email_address", p.email)])
        s.rows(path, ec, [("person_name", ec.name()), ("phone_number", ec.home)])
        s.add(path, "person_name", p.counsellor.name(), p.counsellor, neutral=True)

    def draw(sheet, font):
        for rows in pages:
            sheet.setFont(font, 16)
            sheet.drawString(200, 800, "入 会 申 込 書")
            sheet.setFont(font, 10)
            y = draw_labels(sheet, rows, 760, 200, 24)
            sheet.drawString(60, y - 20, CONSENT)
            sheet.showPage()

    s.share.write(path, pdf_bytes(draw))
