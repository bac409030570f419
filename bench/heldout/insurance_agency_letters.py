"""The insurance agency's documents: the filled-in 口座振替依頼書 (.docx), six 告知書 (the
insured's illnesses; 告知事項なし, がん保険 and 疾病特約 are no one's), a scanned 告知書 (PDF), the
事故受付メモ (full-width 和暦 and digits, every hyphen look-alike, counterparties' licences,
事故受付番号 passing the My Number check), a 募集人's 引継ぎメモ (a system password) and the
更改のご案内 (.docx)."""

from __future__ import annotations

from datetime import date, timedelta

import docx

from .insurance_agency_people import AGENCY, DISEASES, SHOPS, Agency
from .japanese import FULL_WIDTH, wareki
from .share import label_table, pdf_bytes

MEMO_HYPHENS = ("－", "‐", "―", "−", "ー")  # what the memos type for "-", in turn
TREATMENT = ["内服治療中", "経過観察中", "通院中（月1回）"]
HANDOVER = ["更改手続き未了", "車両入替予定", "口座変更届待ち", "長期契約へ切替提案"]


def _zen(text: str, hyphen: str = "－") -> str:
    """Digits full-width and "-" as `hyphen`, as the memos type a phone or an address."""
    return text.translate(FULL_WIDTH).replace("－", hyphen)


def _date(day: date, zen: bool) -> str:
    """A day in 和暦, its digits full-width where `zen`."""
    return _zen(wareki(day)) if zen else wareki(day)


def transfer_form(a: Agency) -> None:
    """預金口座振替依頼書: four customers' forms, a table each; 代理店コード and 証券番号 are no
    account."""
    path = "03_集金/口座振替依頼書_記入済.docx"
    add = a.add
    d = docx.Document()
    d.add_heading("預金口座振替依頼書・自動払込利用申込書", 1)
    d.add_paragraph(f"{AGENCY['name']} 御中（取扱代理店コード 7710-0038）")
    for c in a.customers[30:34]:
        bank = c.bank
        label_table(d, [("お申込日", wareki(c.start - timedelta(days=20))),
                        ("ご契約者氏名", c.name()), ("フリガナ", c.kana()),
                        ("ご住所", f"〒{c.addr.postal} {c.addr.kanji()}"),
                        ("電話番号", c.mobile), ("証券番号", c.policy),
                        ("金融機関", f"{bank.bank} {bank.branch}支店"), ("預金種目", bank.kind),
                        ("口座番号", bank.number),
                        ("口座名義（カナ）", c.last_kana + "　" + c.first_kana)], "Table Grid")
        d.add_paragraph("")
        for category, value in [("person_name", c.name()), ("person_name", c.kana()),
                                ("address", c.addr.kanji()), ("postal_code", c.addr.postal),
                                ("phone_number", c.mobile), ("bank_account", bank.number)]:
            add(path, category, value, c)
    d.add_paragraph("※証券番号・代理店コードは口座番号ではありません。")
    a.share.save(path, d, core=False)


def declarations(a: Agency) -> None:
    """告知書 (写): up to six 生命 and 傷害 customers (four at least); the insured a family
    member every other one; two illnesses, one or none in turn."""
    R, add = a.rng, a.add
    lifers = [c for c in a.customers if c.line in ("生命", "傷害")][:6]
    if len(lifers) < 4:
        lifers += [c for c in a.customers if c not in lifers][: 4 - len(lifers)]
    for n, c in enumerate(lifers):
        insured = c.family[0][1] if (c.family and n % 2 == 0) else c
        path = f"04_新契約/告知書/告知書_{c.cno}.txt"
        told = n % 3 != 2
        ills = R.sample(DISEASES, 2 if n % 3 == 0 else 1) if told else []
        agent = a.staff[n % len(a.staff)]
        lines = [
            "【さくら生命保険　告知書（写）】　※代理店控え",
            f"申込日：{wareki(c.start - timedelta(days=14))}",
            "商品名：がん保険「まもるがん」＋三大疾病保障特約　（疾病特約付加）",
            f"契約者：{c.name()}（{c.kana()}）",
            f"被保険者：{insured.name()}　生年月日：{wareki(insured.born)}　"
            f"続柄：{'本人' if insured is c else c.family[0][0]}",
            f"住所：{insured.addr.kanji()}",
            f"電話：{_zen(c.mobile) if n % 2 else c.mobile}",
            "",
            "1. 最近3か月以内に医師の診察・検査・治療・投薬を受けたことがありますか。",
        ]
        if told:
            lines.append(f"　→ はい　病名：{ills[0]}　{R.choice(TREATMENT)}")
            lines.append(f"　　医療機関：{a.faker.last_name()}内科クリニック")
        else:
            lines.append("　→ いいえ（告知事項なし）")
        lines.append("2. 過去5年以内に病気やけがで7日以上の入院をしたことがありますか。")
        if len(ills) > 1:
            lines.append(f"　→ はい　{ills[1]}にて{R.randint(7, 30)}日間入院"
                         f"（{wareki(a.day(2019, 2022))}）")
        else:
            lines.append("　→ いいえ")
        lines += ["3. 過去2年以内に健康診断で異常の指摘を受けたことがありますか。　→ いいえ",
                  "", "" if told else "※がん・心疾患・脳血管疾患の既往はありません（持病なし）。",
                  f"募集人：{agent.name()}　登録番号 {agent.reg_no}"]
        a.share.write(path, "\n".join(lines) + "\n")
        add(path, "person_name", c.name(), c)
        add(path, "person_name", c.kana(), c)
        if insured is not c:
            add(path, "person_name", insured.name(), insured)
        add(path, "date_of_birth", insured.born.isoformat(), insured)
        add(path, "address", insured.addr.kanji(), insured)
        add(path, "phone_number", c.mobile, c)
        for ill in ills:
            add(path, "sensitive", ill, insured)
        add(path, "person_name", agent.name(), agent)


def declaration_scan(a: Agency) -> None:
    """告知書スキャン: two customers of 自動車 or 火災, a page each: a past illness; 申込番号
    passing the My Number check."""
    path = "04_新契約/告知書/告知書スキャン_20240612.pdf"
    R, add = a.rng, a.add
    pages = []
    for c in [x for x in a.customers if x.line not in ("生命", "傷害")][:2]:
        ill = R.choice(DISEASES)
        pages.append(["医療保険 告知書（被保険者用）", f"被保険者氏名 {c.name()}",
                      f"フリガナ {c.kana()}",
                      f"生年月日 {c.born.year}年{c.born.month}月{c.born.day}日",
                      f"住所 {c.addr.kanji()}", f"電話番号 {c.mobile}",
                      f"既往症 {ill}（{wareki(a.day(2015, 2021))}診断、現在服薬中）",
                      "がん保険の加入：なし  疾病特約：付加", f"申込番号 {a.my_number()}"])
        for category, value in [("person_name", c.name()), ("person_name", c.kana()),
                                ("date_of_birth", c.born.isoformat()),
                                ("address", c.addr.kanji()), ("phone_number", c.mobile),
                                ("sensitive", ill)]:
            add(path, category, value, c)

    def draw(sheet, font: str) -> None:
        for lines in pages:
            y = 800
            for line in lines:
                sheet.setFont(font, 11)
                sheet.drawString(50, y, line)
                y -= 22
            sheet.showPage()

    a.share.write(path, pdf_bytes(draw))


def accidents(a: Agency) -> None:
    """事故受付メモ: nine 自動車 customers' accidents with a counterparty each (its phone and
    address typed with a look-alike hyphen, every third block in full-width digits); the shops',
    insurers' phones and the receiving 募集人's surname neutral, as is a counterparty's injury."""
    path = "06_事故/事故受付メモ_2024.txt"
    R, add = a.rng, a.add
    out = ["＝＝＝ 自動車事故 受付メモ（代理店控え）＝＝＝", ""]
    for i, (c, cp) in enumerate(zip(a.autos()[:9], a.counterparties, strict=False)):
        day = a.day(2024, 2024)
        R.randint(0, 99999999)  # (a receipt number drawn, then the one below used instead)
        receipt = a.my_number()  # 事故受付番号 (passes the My Number check: a hard negative)
        police = f"第{R.randint(100, 999)}{'号' if i % 2 else ''}"
        h = MEMO_HYPHENS[i % len(MEMO_HYPHENS)]
        zen = i % 3 == 1
        ctel = cp.mobile.replace("-", h) if i % 2 else cp.mobile
        mobile, ctel = (_zen(c.mobile), _zen(ctel)) if zen else (c.mobile, ctel)
        station = c.addr.city.replace("区", "")
        shop, clerk = SHOPS[i % len(SHOPS)], a.staff[i % 6]
        block = [
            f"■受付 {_date(day + timedelta(days=1), zen)}　受付者：{clerk.last}",
            f"事故日：{_date(day, zen)}　午後{R.randint(1, 6)}時頃",
            f"契約者：{c.name()} 様（証券番号 {c.policy}）　連絡先 {mobile}",
            f"車両：{c.car.model} {c.car.plate}　車台番号 {c.car.vin}",
            f"事故状況：{c.addr.city}{c.addr.town}の交差点にて出会い頭。相手方車両の右側面と接触。",
            f"相手方：{cp.name()}さん（{cp.kana()}）　携帯 {ctel}",
            f"相手方住所：{cp.addr.full().replace('-', h)}",
            f"相手方 運転免許証番号：{cp.licence}",
            f"警察届出：{station}警察署 受理番号 {police}{R.randint(1000, 9999)}",
            f"事故受付番号：{receipt}",
            f"修理工場：{shop[0]}（TEL {shop[1]}）",
            f"保険会社事故センター {c.insurer.name} {c.insurer.accident_line}",
            "",
        ]
        if i == 2:
            block.insert(6, "※相手方は事故後 頸椎捻挫（むちうち）で通院中とのこと。")
        out += block
        add(path, "person_name", c.name(), c)
        add(path, "phone_number", c.mobile, c)
        for category, value in [("person_name", cp.name()), ("person_name", cp.kana()),
                                ("phone_number", cp.mobile), ("address", cp.addr.full()),
                                ("drivers_license_number", cp.licence)]:
            add(path, category, value, cp)
        add(path, "phone_number", shop[1], None, True)
        add(path, "person_name", shop[0], None, True)
        add(path, "phone_number", c.insurer.accident_line, None, True)
        add(path, "person_name", clerk.last, None, True)
        if i == 2:
            add(path, "sensitive", "頸椎捻挫", cp, True)
    a.share.write(path, "\n".join(out))


def handover(a: Agency) -> None:
    """引継ぎメモ: seven customers (full-width 和暦 and digits, a hyphen look-alike each), one's
    family member's 高血圧, the agency system's password, the 募集人's 登録番号."""
    path = "10_個人フォルダ/佐々木/引継ぎメモ_令和6年.txt"
    R, add = a.rng, a.add
    st, successor = a.staff[3], a.staff[4]
    lines = [f"引継ぎメモ（{st.name()} → {successor.name()}）　令和６年９月２０日", ""]
    for i, c in enumerate(R.sample(a.customers[:40], 7)):
        h = MEMO_HYPHENS[i % 5]
        addr = _zen(c.addr.full(bld=False), h)
        lines.append(f"・{c.name()}様（{_zen(wareki(c.born))}生）　{addr}　☎{_zen(c.mobile, h)}")
        lines.append(f"　　満期 {_zen(wareki(c.end))}、{R.choice(HANDOVER)}。")
        for category, value in [("person_name", c.name()), ("date_of_birth", c.born.isoformat()),
                                ("address", c.addr.full(bld=False)), ("phone_number", c.mobile)]:
            add(path, category, value, c)
        if i == 1 and c.family:
            rel, f = c.family[0]
            lines.append(f"　　ご家族：{f.name()}さん（{rel}、{_zen(wareki(f.born))}生）も"
                         "医療保険検討中。持病の高血圧あり。")
            add(path, "person_name", f.name(), f)
            add(path, "date_of_birth", f.born.isoformat(), f)
            add(path, "sensitive", "高血圧", f)
    password = f"Midori#{a.seed}{R.randint(1000, 9999)}"
    lines += ["", "代理店システム（ログイン）", f"　ID: ag{a.seed}0381　PW: {password}",
              "※がん保険・疾病特約の新商品案内は来月から。告知事項なしの方は簡易告知型も可。",
              f"募集人登録番号：{st.reg_no}（{st.last}）　入社日：平成{R.randint(20, 30)}年4月1日"]
    add(path, "person_name", st.name(), st)
    add(path, "person_name", successor.name(), successor)
    add(path, "credential", password, st)
    add(path, "person_name", st.last, st, True)
    a.share.write(path, "\n".join(lines) + "\n")


def renewal(a: Agency) -> None:
    """更改のご案内 (a sample letter): a customer's address block, the contract's dates."""
    path = "02_満期管理/更改のご案内_文例.docx"
    add = a.add
    c = a.customers[12]
    d = docx.Document()
    d.add_paragraph(f"〒{c.addr.postal}")
    d.add_paragraph(c.addr.kanji())
    d.add_paragraph(f"{c.name()} 様")
    d.add_paragraph(wareki(c.end - timedelta(days=45)))
    d.add_paragraph(f"{AGENCY['name']}\n{AGENCY['addr']}\nTEL {AGENCY['tel']}")
    d.add_heading("ご契約更改のご案内", 1)
    d.add_paragraph("平素は格別のお引き立てを賜り厚く御礼申し上げます。"
                    "下記ご契約が満期を迎えますのでご案内いたします。")
    car = f"{c.car.model} {c.car.plate}" if c.car else "—"
    label_table(d, [("保険会社", c.insurer.name), ("証券番号", c.policy),
                    ("保険始期日", wareki(c.start)), ("満期日", wareki(c.end)),
                    ("契約日", wareki(c.start - timedelta(days=30))), ("車両", car),
                    ("担当", a.staff[0].name())], "Table Grid")
    a.share.save(path, d, core=False)
    add(path, "person_name", c.name(), c)
    add(path, "postal_code", c.addr.postal, c)
    add(path, "address", c.addr.kanji(), c)
    add(path, "person_name", a.staff[0].name(), a.staff[0])
    add(path, "phone_number", AGENCY["tel"], None, True)
    add(path, "address", AGENCY["addr"], None, True)
    add(path, "person_name", AGENCY["name"], None, True)
    add(path, "person_name", c.insurer.name, None, True)
