"""The club's forms and notes: four 入会申込書 and two PAR-Q 健康チェックシート (.docx), three
trainers' notes, the locker and lost-and-found memo, the payment terminal manual, the handover
memo, an application copy and a vendor invoice (PDF) and the hand-typed emergency contact list.

Neutral: staff and members named by surname alone, the club's and the doctor's clinic's lines,
the manual's example values, the vendor's company address.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx import Document

from .fitness_club_people import CLUB, CLUB_TEL, HY, MEDS, Club, card, jdate, phone
from .fitness_club_tables import health
from .identifiers import corporate_number
from .share import label_table, pdf_bytes

INJURIES = ["右膝の半月板損傷（2019年手術）", "腰痛（ぎっくり腰の既往）", "左肩の脱臼歴", None,
            None]


def pdf_lines(lines: Sequence[str]) -> bytes:
    """A page of 11-point lines from the top, 20 points apart."""
    def draw(sheet, font: str) -> None:
        sheet.setFont(font, 11)
        for n, line in enumerate(lines):
            sheet.drawString(50, 800 - 20 * n, line)
    return pdf_bytes(draw)


def applications(club: Club) -> None:
    """Four recent members' 入会申込書: a label | value table (bank account, emergency
    contact) and the health questions."""
    rng = club.rng
    for k, p in enumerate(rng.sample(club.members[60:88], 4)):
        path = f"入会申込/{p.branch}/入会申込書_{p.mno}_{p.last}様.docx"
        document = Document()
        document.add_heading(f"{CLUB} 入会申込書", 1)
        clerk = rng.choice(club.staff)
        document.add_paragraph(f"受付日：{jdate(p.join, 'k')}　受付店舗：{p.branch}店　"
                               f"担当：{clerk.last}")
        club.t(path, "person_name", clerk.last, clerk, True)
        a = p.addr.line("zen" if k % 2 else "full", pref=bool(k % 3))
        tel = phone(p.mobile, rng.choice(["h", "p", "z"]), rng.choice(HY))
        rows = [("会員番号", p.mno), ("フリガナ", p.kana()), ("氏名", p.name("\u3000")),
                ("生年月日", jdate(p.born, rng.choice(["k", "a"]))),
                ("性別", "男性" if p.sex == "M" else "女性"), ("郵便番号", p.addr.postal("〒")),
                ("住所", a), ("携帯電話", tel), ("E-mail", p.email), ("会員種別", p.mtype),
                ("お支払方法", p.pay)]
        if p.pay == "口座振替":
            rows += [("金融機関", f"{p.bank[0]} {p.bbr}支店"), ("口座種別", "普通"),
                     ("口座番号", p.acct), ("口座名義（カナ）", p.kana())]
        e = p.emerg
        if e:
            rows += [("緊急連絡先 氏名", e.name()), ("続柄", e.rel),
                     ("緊急連絡先 電話", phone(e.mobile))]
        label_table(document, rows, "Table Grid")
        document.add_paragraph("")
        document.add_paragraph("【健康状態についてのご申告】")
        label_table(document, [
            ("現在治療中の病気はありますか", f"はい（{p.cond}）" if p.cond else "いいえ"),
            ("服用中の薬", MEDS.get(p.cond, "なし") if p.cond else "なし"),
            ("妊娠中または妊娠の可能性", "あり（16週）" if p.preg else "なし")], "Table Grid")
        document.add_paragraph("上記の内容に相違ありません。　署名：" + p.name())
        club.save(path, document)
        club.t(path, "person_name", p.name(), p)
        club.t(path, "person_name", p.kana(), p, True)
        club.t(path, "date_of_birth", p.born.isoformat(), p)
        club.t(path, "postal_code", p.addr.zip, p)
        club.t(path, "address", a, p)
        club.t(path, "phone_number", p.mobile, p)
        club.t(path, "email_address", p.email, p)
        if p.pay == "口座振替":
            club.t(path, "bank_account", p.acct, p)
        if e:
            club.t(path, "person_name", e.name(), e)
            club.t(path, "phone_number", e.mobile, e)
        health(club, path, p)


def par_q(club: Club) -> None:
    """Two members with a condition fill in the PAR-Q; their doctor signs it."""
    rng, doctor = club.rng, club.others["doctor"]
    for p in rng.sample([m for m in club.members[:60] if m.cond], 2):
        path = f"入会申込/健康チェックシート_{p.last}{p.first}.docx"
        document = Document()
        document.add_heading("健康チェックシート（PAR-Q）", 1)
        document.add_paragraph(f"氏名：{p.name()} 様　　会員番号：{p.mno}　　"
                               f"生年月日：{jdate(p.born, 's')}")
        questions = [("医師から心臓に問題があると言われたことがありますか", "心臓" in p.cond,
                      p.cond),
                     ("既往歴（過去にかかった病気）", True, p.cond),
                     ("現在服用している薬はありますか", p.cond in MEDS, MEDS.get(p.cond, "")),
                     ("胸の痛みを感じることがありますか", False, ""),
                     ("めまいで意識を失ったことがありますか", p.cond == "てんかん", "")]
        label_table(document, [("質問", "はい/いいえ", "詳細")]
                    + [(q, "はい" if yes else "いいえ", d) for q, yes, d in questions],
                    "Table Grid", cols=3)
        clinic = club.landline()
        document.add_paragraph(f"主治医：{doctor.last}{doctor.first}医師（{doctor.last}内科クリニック"
                               f"　TEL {phone(clinic)}）")
        club.t(path, "phone_number", clinic, None, True)
        if p.cond in MEDS:
            club.t(path, "sensitive", MEDS[p.cond], p, True)
        document.add_paragraph(f"記入日：令和6年9月{rng.randint(1, 28)}日")
        club.save(path, document)
        club.t(path, "person_name", p.name(), p)
        club.t(path, "date_of_birth", p.born.isoformat(), p)
        club.t(path, "sensitive", p.cond, p)
        club.t(path, "person_name", doctor.name(), doctor)


def trainer_notes(club: Club) -> None:
    """Three trainers' personal training notes on five clients each: injuries and conditions;
    a client called by surname alone is neutral."""
    rng = club.rng
    for tr in [s for s in club.staff if s.job == "トレーナー"][:3]:
        path = f"トレーナー/{tr.last}_パーソナル記録_2024秋.txt"
        out = [f"パーソナルトレーニング記録　担当：{tr.last}", "=" * 30, ""]
        for p in rng.sample(club.members, 5):
            call = rng.choice([f"{p.last}さん", f"{p.name('')}様", f"{p.name()}さん",
                               f"{p.last} {p.first} 様"])
            weight, fat = rng.randint(48, 95), round(rng.uniform(12, 35), 1)
            injury = rng.choice(INJURIES)
            out.append(f"■ {call}（{p.mno}）")
            out.append(f"  10/{rng.randint(1, 28)} 体重 {weight}kg 体脂肪率 {fat}% "
                       f"骨格筋量 {round(weight * 0.4, 1)}kg")
            if injury:
                out.append(f"  既往：{injury}。スクワットは浅めで。")
            if p.cond:
                out.append(f"  持病：{p.cond}のため心拍数140以下で管理。")
            goal = rng.choice(["-5kg", "ベンチプレス60kg", "マラソン完走", "姿勢改善"])
            out.append(f"  目標：{goal}")
            out.append("")
            full = bool(call.count(p.first))
            club.t(path, "person_name",
                   call.replace("様", "").replace("さん", "") if full else p.last, p, not full)
            if injury:
                club.t(path, "sensitive", injury.split("（")[0].split("。")[0], p)
            if p.cond:
                club.t(path, "sensitive", p.cond, p)
        club.t(path, "person_name", tr.last, tr, True)
        club.share.write(path, "\r\n".join(out) + "\r\n")


def lockers(club: Club) -> None:
    """Three monthly lockers (full names) and three lost items (surname and phone)."""
    rng, path = club.rng, "フロント/ロッカー・忘れ物メモ.txt"
    listed = rng.sample(club.members, 6)
    lines = ["【月極ロッカー】"]
    for p in listed[:3]:
        lines.append(f"  No.{rng.randint(1, 80)}　{p.name()}様　{rng.choice(['〜12月', '〜3月'])}"
                     f"　鍵番号{rng.randint(100, 999)}")
        club.t(path, "person_name", p.name(), p)
    lines += ["", "【忘れ物】"]
    for p in listed[3:]:
        item = rng.choice(["水筒", "タオル", "シューズ", "イヤホン", "お薬手帳"])
        tel = phone(p.mobile, "h", rng.choice(HY))
        lines.append(f"  10/{rng.randint(1, 28)} {item}　→ {p.last}さんのもの。連絡済 {tel}")
        club.t(path, "person_name", p.last, p, True)
        club.t(path, "phone_number", p.mobile, p)
    lines += ["", "お問い合わせ窓口：" + phone(CLUB_TEL["吉祥寺"])]
    club.t(path, "phone_number", CLUB_TEL["吉祥寺"], None, True)
    club.share.write(path, "\n".join(lines) + "\n")


def manual(club: Club) -> None:
    """The terminal manual: example card, name, phone and mail (neutral), the vendor's rep."""
    path, vendor = "マニュアル/決済端末操作マニュアル.txt", club.others["vendor"]
    mail = f"{vendor.last_roman}@paygate-sol.co.jp"
    club.share.write(path, "決済端末 操作マニュアル（フロント用）\n\n1. テスト決済の方法\n"
                     "  テストカード番号 4111 1111 1111 1111 / 有効期限 12/30 / "
                     "セキュリティコード 123 を入力します。\n2. お客様情報の入力例\n"
                     "  氏名：山田 太郎　電話：090-0000-0000　メール：test@example.com\n"
                     f"3. 障害時の連絡先\n  決済代行サポートセンター 0120-555-018（24時間）\n"
                     f"  担当営業：{vendor.name()}（{mail}）\n")
    club.t(path, "person_name", vendor.name(), vendor)
    club.t(path, "email_address", mail, vendor, True)
    club.t(path, "person_name", "山田太郎", None, True)
    club.t(path, "phone_number", "0120555018", None, True)


def handover(club: Club) -> None:
    """4 October's handover: a birth date, an unpaid member's phone, a card number and expiry,
    an injury (neutral, by surname)."""
    path, staff = "フロント/引継ぎメモ_1004.txt", club.staff
    hp = club.rng.sample(club.members, 4)
    payer = next(p for p in club.members if p.cc)
    club.share.write(path, (
        f"10/4 遅番→早番 引継ぎ　{staff[9].last}\n\n"
        f"・{hp[0].last} {hp[0].first}様（{jdate(hp[0].born, 'a')}生）入会手続き途中。"
        "免許証コピー未。明日来館。\n"
        f"・{hp[1].name('')}さん 月会費未納2ヶ月。TEL {phone(hp[1].mobile, 'z')} 留守電。\n"
        f"・カード決済エラーの件、{payer.name()}様 カード番号{card(payer.cc, 'hy')}、"
        f"期限{payer.exp}で再決済OK\n"
        f"・{hp[2].last}さん、ロッカーで転倒。右手首打撲、救急車不要。本人に{hp[2].addr.city}の整形外科を案内。\n"
        f"・本部{staff[11].last}さんより：10/10 監査あり。\n"))
    club.t(path, "person_name", staff[9].last, staff[9], True)
    club.t(path, "person_name", hp[0].name(), hp[0])
    club.t(path, "date_of_birth", hp[0].born.isoformat(), hp[0])
    club.t(path, "person_name", hp[1].name(), hp[1])
    club.t(path, "phone_number", hp[1].mobile, hp[1])
    club.t(path, "person_name", payer.name(), payer)
    club.t(path, "credit_card_number", payer.cc, payer)
    club.t(path, "card_expiry", payer.exp, payer)
    club.t(path, "person_name", hp[2].last, hp[2], True)
    club.t(path, "sensitive", "右手首打撲", hp[2], True)
    club.t(path, "person_name", staff[11].last, staff[11], True)


def pdfs(club: Club) -> None:
    """A member's application copy and the machine maintenance invoice (法人番号)."""
    p = club.members[70]
    path = f"入会申込/控え/入会申込書控え_{p.mno}.pdf"
    a = p.addr.line()
    club.share.write(path, pdf_lines([
        f"{CLUB}　入会申込書（お客様控え）", "", f"会員番号　{p.mno}", f"お名前　{p.name()} 様",
        f"フリガナ　{p.kana()}", f"生年月日　{jdate(p.born, 'k')}",
        f"ご住所　{p.addr.postal('〒')} {a}", f"お電話　{phone(p.mobile)}", f"メール　{p.email}",
        f"会員種別　{p.mtype}　　入会日　{jdate(p.join, 'jp')}", "",
        f"{CLUB} {p.branch}店　TEL {phone(CLUB_TEL[p.branch])}"]))
    for category, value, neutral in [
            ("person_name", p.name(), False), ("person_name", p.kana(), True),
            ("date_of_birth", p.born.isoformat(), False), ("address", a, False),
            ("postal_code", p.addr.zip, False), ("phone_number", p.mobile, False),
            ("email_address", p.email, False)]:
        club.t(path, category, value, p, neutral)
    club.t(path, "phone_number", CLUB_TEL[p.branch], None, True)
    path, vendor = "経理/請求書_ジムマシン保守_202409.pdf", club.others["vendor2"]
    number = corporate_number(club.rng, nonzero_lead=True)
    club.share.write(path, pdf_lines([
        "請求書", "", f"{CLUB} 御中", "", "株式会社フィットテック・サービス",
        "東京都江東区有明3-5-7 TOC有明ウエスト", "TEL 03-5530-2211", f"登録番号 T{number}",
        f"担当：{vendor.name()}", "", "請求番号 INV-2024-09-00417",
        "トレッドミル定期保守（3店舗）  ¥264,000",
        "お振込先：みずほ銀行 有明支店 普通 1234567 カ）フィットテック・サービス"]))
    club.t(path, "corporate_number", number)
    club.t(path, "person_name", vendor.name(), vendor)
    club.t(path, "phone_number", "0355302211", None, True)
    club.t(path, "address", "東京都江東区有明3-5-7TOC有明ウエスト", None, True)


def emergency_list(club: Club) -> None:
    """Every emergency contact, after the member's name and number, phones as typed."""
    rng, path = club.rng, "フロント/緊急連絡先一覧（手書き転記）.txt"
    lines = ["緊急連絡先一覧　※取扱注意", ""]
    for p in club.members:
        e = p.emerg
        if not e:
            continue
        lines.append(f"{p.name()}（{p.mno}）　緊急連絡先：{e.name('')}（{e.rel}）　"
                     f"{phone(e.mobile, rng.choice(['h', 'n', 'z']), rng.choice(HY))}")
        club.t(path, "person_name", p.name(), p)
        club.t(path, "person_name", e.name(), e)
        club.t(path, "phone_number", e.mobile, e)
    club.share.write(path, "\n".join(lines) + "\n")
