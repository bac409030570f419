"""The office's documents: 法律相談受付票 (two .docx, one scanned PDF), 受任通知 to creditors,
the 事故状況メモ, 離婚 相談記録 and 接見メモ (full-width digits, hyphen look-alikes, 前科 and
勾留), and the 業務連絡メモ of hard negatives (a 契約番号 and a 証券番号 passing Luhn, a 受付番号
the My Number check)."""

from __future__ import annotations

from datetime import timedelta

import docx

from .identifiers import card_groups, luhn_number
from .japanese import FULL_WIDTH, wareki
from .law_office_people import COURTS, DEBT, Office, Person
from .share import label_table, pdf_bytes


def zen(text: object) -> str:
    return str(text).translate(FULL_WIDTH)


def consult_rows(o: Office, c: Person, rel: str) -> list[tuple[str, str]]:
    """The 受付票's label | value rows, recorded under `rel`."""
    rng = o.rng
    born = wareki(c.born)
    ad = o.where(c)
    tel = o.phone(c.mobile)
    rows = [
        ("受付番号", c.uketsuke),
        ("受付日", wareki(c.ukenin - timedelta(days=rng.randint(3, 30)))),
        ("氏名", c.name()),
        ("フリガナ", c.kana()),
        ("生年月日", f"{born}（{c.age()}歳）"),
        ("郵便番号", "〒" + c.addr.postal),
        ("住所", ad),
        ("電話番号", tel),
        ("メールアドレス", c.email),
        ("相談種別", c.kind),
        ("担当弁護士", c.lawyer.name() + " 弁護士"),
    ]
    o.client_fields(rel, c, born, ad, tel)
    o.add(rel, "person_name", c.lawyer.name(), c.lawyer.id, neutral=True)
    family = (
        "、".join(f"{relation}・{p.name()}（{p.age()}歳）" for relation, p in c.family) or "なし"
    )
    rows.append(("同居家族", family))
    for _, p in c.family:
        o.add(rel, "person_name", p.name(), p.id)
    if c.kind in DEBT:
        total = sum(d["bal"] for d in c.debts)
        summary = (
            f"借入先{len(c.debts)}社、総額約{total // 10000}万円。勤務先の業績悪化で返済困難。"
        )
        if rng.random() < 0.5:
            summary += "本人はうつ病で通院中（心療内科）。"
            o.add(rel, "sensitive", "うつ病", c.id)
    elif c.kind == "交通事故":
        summary = (
            f"{wareki(c.accident)}、信号待ち停車中に後方から追突された。傷病名は{c.injury}。"
            f"相手方保険会社は{c.insurer}。"
        )
        o.add(rel, "sensitive", c.injury, c.id)
    elif c.kind == "離婚":
        summary = "夫婦関係調整の相談。子の親権を希望。"
        if c.dv:
            summary += "相手方からのDV被害あり、保護命令申立ても検討。"
            o.add(rel, "sensitive", "DV被害", c.id)
    else:
        summary = f"{c.crime}の被疑事実で{wareki(c.arrest)}に逮捕された家族からの相談。"
        o.add(rel, "sensitive", "逮捕", c.id)
    rows += [("相談概要", summary), ("利益相反確認", "済（相手方との関係なし）")]
    return rows


def consult_docx(o: Office) -> None:
    for c in o.clients[:2]:
        rel = f"01_相談受付/相談受付票_{c.name('')}.docx"
        d = docx.Document()
        d.add_heading("法律相談受付票", level=1)
        d.add_paragraph(f"{o.office['name']}　TEL {o.office['tel']}")
        o.office_fields(rel)
        label_table(d, consult_rows(o, c, rel), "Table Grid")
        d.add_paragraph("※本票は事務所内限り。受付者：" + c.clerk.last)
        o.add(rel, "person_name", c.clerk.last, c.clerk.id, neutral=True)
        o.share.save(rel, d, core=False)  # python-docx pins its template dates


def consult_pdf(o: Office) -> None:
    c = o.clients[3]
    rel = f"01_相談受付/scan_{c.ukenin.strftime('%Y%m%d')}_{c.id[1:]}.pdf"
    rows = consult_rows(o, c, rel)

    def draw(cv, font: str) -> None:
        cv.setFont(font, 16)
        cv.drawString(60, 800, "法律相談受付票")
        cv.setFont(font, 10)
        y = 770
        for label, value in rows:
            cv.drawString(60, y, label)
            while len(value) > 40:  # a long value wraps
                cv.drawString(170, y, value[:40])
                value = value[40:]
                y -= 16
            cv.drawString(170, y, value)
            y -= 20
        cv.drawString(60, y - 20, f"{o.office['name']} {o.office['addr']} TEL {o.office['tel']}")

    o.share.write(rel, pdf_bytes(draw))
    o.office_fields(rel)
    o.add(rel, "address", o.office["addr"], "ORG", neutral=True)


def notices(o: Office) -> None:
    """A 受任通知 to the first creditor of each of the first two debtors."""
    for c in o.debtors[:2]:
        debt = c.debts[0]
        cr, lw, office = debt["cr"], c.lawyer, o.office
        rel = f"03_債務整理/受任通知/受任通知_{cr['name'].replace('株式会社', '')}_{c.last}.docx"
        d = docx.Document()
        d.add_paragraph(f"令和6年{c.ukenin.month}月{c.ukenin.day}日").alignment = 2
        d.add_paragraph(f"{cr['name']}　御中")
        d.add_paragraph(
            f"〒{office['postal']}\n{office['addr']}\n{office['name']}\n電話 {office['tel']}　"
            f"FAX {office['fax']}\n債務者代理人 弁護士 {lw.name()}（登録番号 {lw.reg}）"
        )
        o.office_fields(rel, addr=True, fax=True)
        o.add(rel, "person_name", lw.name(), lw.id, neutral=True)
        d.add_heading("受任通知書", level=1)
        d.add_paragraph(
            "前略　当職らは、下記債務者から依頼を受け、同人の債務整理（"
            + c.kind
            + "）の任に当たることになりました。"
            "つきましては、本書到達後は債務者本人及びその家族への連絡・取立行為を中止されるよう通知いたします。"
            "また、貸金業法第21条第1項第9号に基づき、取引開始時からの取引履歴の開示を求めます。"
        )
        born = wareki(c.born)
        ad = o.where(c, o.rng.choice(["kanji", "hy"]))
        rows = [
            ("債務者氏名", c.name()),
            ("フリガナ", c.kana()),
            ("生年月日", born),
            ("住所", ad),
            ("会員番号", debt["member"]),
        ]
        o.person_fields(rel, c, name=c.name(), kana=c.kana(), birth=born, addr=ad)
        if debt["card"]:
            number = card_groups(debt["card"])
            rows.append(("カード番号", number))
            o.add(rel, "credit_card_number", number, c.id)
        label_table(d, rows, "Table Grid")
        d.add_paragraph("草々")
        o.share.save(rel, d, core=False)  # python-docx pins its template dates


def accident_memo(o: Office) -> None:
    c = o.of("交通事故")[0]
    rel = f"06_交通事故/{c.last}様_事故状況メモ.txt"
    other = c.other
    tel = o.phone(other.mobile, "var")
    oad = o.where(other, "var")
    month, day = zen(o.rng.randint(1, 10)), zen(o.rng.randint(1, 28))
    text = f"""【事故状況聴取メモ】　聴取日：令和６年{month}月{day}日　聴取者：{c.clerk.last}

依頼者：{c.name()}（{zen(wareki(c.born))}生）
事故日時：{zen(wareki(c.accident))}　午後５時頃
事故態様：信号待ちで停車中、後方から相手方車両に追突される（過失割合０：１００を主張）。
相手方：{other.name()}　住所 {oad}　電話 {tel}
相手方任意保険：{c.insurer}　証券番号 {c.policy}
受傷：{c.injury}。{c.hospital}にて通院中。症状固定は未了。
後遺障害等級：{c.grade}（自賠責調査事務所へ被害者請求予定）
備考：物損は示談済。依頼者の勤務先は{o.faker.company()}（休業損害証明書取付済）。
"""
    o.person_fields(rel, c, name=c.name(), birth=zen(wareki(c.born)))
    o.person_fields(rel, other, name=other.name(), addr=oad, phone=tel)
    o.add(rel, "sensitive", c.injury, c.id)
    o.add(rel, "sensitive", "障害等級", c.id, neutral=True)  # post-blind truth fix 5
    if c.grade not in ("非該当", "申請中"):
        o.add(rel, "sensitive", c.grade, c.id, neutral=True)  # post-blind truth fix 5
    o.add(rel, "person_name", c.clerk.last, c.clerk.id, neutral=True)
    o.share.write(rel, text)


def divorce_memos(o: Office) -> None:
    for c in o.of("離婚")[:2]:
        _divorce_memo(o, c)


def _divorce_memo(o: Office, c: Person) -> None:
    rel = f"07_離婚/{c.name('')}_相談記録.txt"
    rng, sp = o.rng, c.spouse
    kids = []
    for k in c.kids:
        kb = zen(wareki(k.born))
        kids.append(f"{'長男' if k.sex == 'M' else '長女'}　{k.first}（{kb}生）")
        o.add(rel, "person_name", k.first, k.id, neutral=True)
        o.add(rel, "date_of_birth", kb, k.id, value=k.born.isoformat())
    sp_tel = o.phone(sp.mobile, "zen")
    born = zen(wareki(c.born))
    sp_ad = o.where(sp, "var")
    day = zen(rng.randint(1, 28))
    mobile = o.phone(c.mobile, "var")
    text = f"""相談記録（離婚・養育費）
日時：令和６年１０月{day}日　場所：当事務所 第２会議室
依頼者：{c.name()}様（{born}生、現在{zen(c.age())}歳）
連絡先：{mobile}（夜間は不可、相手方に知られないよう注意）
相手方（{"夫" if sp.sex == "M" else "妻"}）：{sp.name()}（{zen(wareki(sp.born))}生）
相手方住所：{sp_ad}
相手方携帯：{sp_tel}
婚姻日：{zen(wareki(c.marriage))}（婚姻届提出）
子：{"、".join(kids)}

【経過】
"""
    o.person_fields(rel, c, name=c.name(), birth=born)
    o.add(rel, "phone_number", mobile, c.id)
    o.person_fields(rel, sp, name=sp.name(), birth=zen(wareki(sp.born)), addr=sp_ad, phone=sp_tel)
    if c.dv:
        text += (
            "・相手方から繰り返し暴言・暴力あり（DV被害）。警察署の生活安全課に相談済み。"
            "配偶者暴力相談支援センターの証明書あり。\n"
        )
        o.add(rel, "sensitive", "DV被害", c.id)
    text += f"・依頼者は{c.ill}と診断され、現在も通院中。主治医の意見書を取得予定。\n"
    o.add(rel, "sensitive", c.ill, c.id)
    text += "・親権は依頼者が希望。面会交流は月１回、第三者機関の利用を条件に応じる意向。\n"
    text += (
        f"・養育費は算定表により月額{zen(rng.randint(3, 8))}万円～を想定。婚姻費用分担調停を"
        f"{c.court}に申立て予定（{c.caseno}は別件）。\n"
    )
    text += "・なお「障害物」のある駐車場での接触事故（物損のみ）の件は本件と無関係。\n"
    text += f"\n担当：{c.lawyer.name()}　記録：{c.clerk.name()}\n"
    o.add(rel, "person_name", c.lawyer.name(), c.lawyer.id, neutral=True)
    o.add(rel, "person_name", c.clerk.name(), c.clerk.id, neutral=True)
    o.share.write(rel, text)


def criminal_memo(o: Office, c: Person, rel: str) -> str:
    """The 接見メモ of `c`, recorded under `rel` (a file, or a zip's member); its text."""
    rng, v = o.rng, c.victim
    vtel = o.phone(v.mobile, rng.choice(["hy", "var", "paren"]))
    vad = o.where(v, rng.choice(["kanji", "var"]))
    born = wareki(c.born)
    family = "、".join(f"{relation} {p.name()}" for relation, p in c.family) or "母（同居）"
    visit, custody = (wareki(c.arrest + timedelta(days=n)) for n in (2, 3))
    station = rng.choice(["新宿", "池袋", "立川", "町田"])
    amount, article = rng.randint(10, 80), rng.choice([235, 204, 246, 208])
    text = f"""接見メモ　{visit}　{o.office["name"]} 弁護士{c.lawyer.last}
被疑者：{c.name()}（{c.kana()}）　{born}生　{c.age()}歳
本籍・住居：{o.where(c)}
罪名：{c.crime}　逮捕日：{wareki(c.arrest)}　勾留決定：{custody}（10日間）
留置場所：{station}警察署
前科前歴：{c.prior}
被害者：{v.name()}様（{v.age()}歳）　連絡先 {vtel}
被害者住所：{vad}（検察官経由で開示、本人へ開示しないこと）
示談方針：被害者の処罰感情強い。示談金{amount}万円で打診予定。刑法第{article}条。
家族：{family}から差入れ予定。
"""
    o.person_fields(rel, c, name=c.name(), kana=c.kana(), birth=born, addr=o.where(c))
    o.person_fields(rel, v, name=v.name(), phone=vtel, addr=vad)
    if "なし" not in c.prior:
        o.add(rel, "sensitive", "前科", c.id)
    o.add(rel, "sensitive", "逮捕", c.id)
    o.add(rel, "sensitive", "勾留", c.id)  # post-blind truth fix 3 (刑事手続: 勾留決定)
    if "執行猶予" in c.prior:
        o.add(rel, "sensitive", "執行猶予", c.id, neutral=True)  # post-blind truth fix 4
    o.add(rel, "person_name", c.lawyer.last, c.lawyer.id, neutral=True)
    for _, p in c.family:
        o.add(rel, "person_name", p.name(), p.id)
    return text


def criminal_memos(o: Office) -> None:
    for c in o.of("刑事")[:2]:
        rel = f"08_刑事/接見メモ_{c.last}.txt"
        o.share.write(rel, criminal_memo(o, c, rel))


def office_memo(o: Office) -> None:
    rel = "00_事務所/業務連絡メモ.txt"
    lawyers, clients, rng = o.lawyers, o.clients, o.rng
    receipt = o.my_number()
    lease = luhn_number(rng, "4", 16)
    policy = luhn_number(rng, "5", 16)
    text = f"""業務連絡（令和６年１１月）
・１１月１５日　{COURTS[0]}　{clients[1].caseno}　第３回口頭弁論期日（{lawyers[0].last}先生）
・事務所の信条「依頼者に寄り添う」を新人研修で再確認すること。
・事件管理システム障害（１０月３０日）の復旧済み。受付番号 {receipt} の登録が重複していたので削除。
・複合機リース契約番号 {lease}（更新日：令和７年３月３１日）。
・東京海上日動の証券番号 {policy} は事務所の賠償責任保険（弁護士賠償）。
・当事務所 法人番号 {o.office["corp"]}（弁護士法人）。電話 {o.office["tel"]}。
・{lawyers[1].last}先生の登録番号は{lawyers[1].reg}、{lawyers[0].last}先生は{lawyers[0].reg}。
・判決日 令和６年１０月３１日（{clients[2].caseno}）、控訴期限に注意。
・根拠条文：民法第７０９条、破産法第２５２条、民事再生法第２３１条。
・予納金 ２２０，０００円 は申立時に納付。
"""
    o.office_fields(rel, corp=True)
    o.add(rel, "person_name", lawyers[0].last, lawyers[0].id, neutral=True)
    o.add(rel, "person_name", lawyers[1].last, lawyers[1].id, neutral=True)
    o.share.write(rel, text)
