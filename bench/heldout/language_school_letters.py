"""The school's documents: two dormitory contracts (the landlord, the 保証人 and the sponsor as
emergency contacts), two application forms (PDF), two 経費支弁書 (the sponsor's bank
account), the office's handover memo, the manual for checking 在留カード (samples: hard
negatives) and the 身元保証人 list typed by hand (CP932, CRLF).
"""

from __future__ import annotations

from typing import Any

import docx

from .japanese import FULL_WIDTH
from .language_school_names import NAT_EN
from .language_school_people import School, addr_str, era
from .share import label_table, pdf_bytes


def dorm_contracts(a: School) -> None:
    """04_寮/寮入居契約書_{ROMAN_NAME}.docx: two students."""
    ll = a.landlord
    for s in a.rng.sample(a.students, 2):
        path = f"04_寮/寮入居契約書_{s['roman'].replace(' ', '_')}.docx"
        d = docx.Document()
        d.add_heading("学生寮 入居契約書", 1)
        d.add_paragraph(f"貸主 {ll['sp']}（以下「甲」という）と入居者 {s['roman']}（以下「乙」"
                        "という）は、下記のとおり学生寮の入居契約を締結する。")
        sp, g = s.get("sponsor"), s["guar"]
        rows = [("物件所在地", addr_str(s["addr"], False)), ("入居者氏名", s["roman"]),
                ("フリガナ", s["kana"]), ("生年月日", a.fdate(s["dob"], 0)), ("国籍", s["nat"]),
                ("在留カード番号", s["card"]), ("携帯電話", a.phone(s["phone"], 2)),
                ("家賃", "月額 38,000円（共益費込み）"), ("敷金", "1か月分"),
                ("緊急連絡先（日本）", f"{g['sp']}（身元保証人） {a.phone(g['phone'], 0)}")]
        if sp:
            rows.append(("緊急連絡先（母国）", f"{sp['roman']}（{sp['rel']}） {a.abroad(sp)}"))
        label_table(d, rows)
        d.add_paragraph(f"甲 住所 {addr_str(ll['addr'])}　氏名 {ll['sp']}　電話 "
                        f"{a.phone(ll['phone'], 0)}")
        d.add_paragraph("令和7年4月1日")
        a.save(path, d)
        a.t(path, "address", addr_str(s["addr"], False), s["pid"])
        a.each(path, s["pid"], [
            ("person_name", s["roman"]), ("person_name", s["kana"]),
            ("date_of_birth", s["dob"].isoformat()), ("residence_card_number", s["card"]),
            ("phone_number", s["phone"])])
        a.each(path, g["pid"], [("person_name", g["kanji"]), ("phone_number", g["phone"])])
        if sp:
            a.each(path, sp["pid"], [("person_name", sp["roman"]), ("phone_number", sp["phone"])])
        a.each(path, ll["pid"], [("person_name", ll["kanji"]),
                                 ("address", addr_str(ll["addr"])), ("phone_number", ll["phone"])])


def applications(a: School) -> None:
    """05_願書/入学願書_{学籍番号}.pdf: two students with a sponsor, the agent drawn."""
    for s in a.rng.sample([x for x in a.students if "sponsor" in x], 2):
        path = f"05_願書/入学願書_{s['sid']}.pdf"
        sp = s["sponsor"]
        lines = [f"氏名 Name: {s['roman']}", f"フリガナ: {s['kana']}",
                 f"国籍 Nationality: {NAT_EN[s['nat']]}",
                 f"生年月日 Date of birth: {a.fdate(s['dob'], 6)}",
                 f"性別 Sex: {'Male' if s['sex'] == '男' else 'Female'}",
                 f"旅券番号 Passport No.: {s['passport']}", f"本国住所 Home address: {sp['home']}",
                 f"E-mail: {s['email']}", "学歴 Education: High School (2014-2017)",
                 f"経費支弁者 Sponsor: {sp['roman']} ({sp['rel']})  職業: {sp['job']}  "
                 f"年収: {sp['income']:,} 円相当",
                 f"支弁者電話 Tel: {a.abroad(sp)}",
                 f"取扱機関 Agent: {a.rng.choice(a.agents)['org']}"]

        def draw(c: Any, font: str, lines: list[str] = lines) -> None:
            c.setFont(font, 16)
            c.drawString(60, 800, f"{a.school['name']} 入学願書 / APPLICATION FOR ADMISSION")
            c.setFont(font, 10)
            for k, line in enumerate(lines):
                c.drawString(60, 760 - 22 * k, line)
            c.showPage()

        a.share.write(path, pdf_bytes(draw))
        a.each(path, s["pid"], [
            ("person_name", s["roman"]), ("person_name", s["kana"]),
            ("date_of_birth", s["dob"].isoformat()), ("passport_number", s["passport"]),
            ("email_address", s["email"])])
        a.each(path, sp["pid"], [("address", sp["home"]), ("person_name", sp["roman"]),
                                 ("phone_number", sp["phone"])])


def support_letters(a: School) -> None:
    """06_経費支弁/経費支弁書_{学籍番号}.docx: two sponsors' bank accounts; the school's own
    account neutral."""
    for s in a.rng.sample([x for x in a.students if "sponsor" in x], 2):
        sp = s["sponsor"]
        path = f"06_経費支弁/経費支弁書_{s['sid']}.docx"
        d = docx.Document()
        d.add_heading("経費支弁書", 1)
        d.add_paragraph("東京入国管理局長 殿")
        d.add_paragraph(f"私 {sp['roman']} は、このたび上記の者が日本国に在留中の経費支弁者に"
                        "なりましたので、下記のとおり経費支弁の引受経緯を説明するとともに経費支弁に"
                        "ついて証明します。")
        label_table(d, [
            ("学生氏名", s["roman"]), ("生年月日", a.fdate(s["dob"], 2)), ("国籍", s["nat"]),
            ("支弁者氏名", sp["roman"]), ("学生との関係", sp["rel"]), ("支弁者住所", sp["home"]),
            ("電話番号", a.abroad(sp)), ("職業", sp["job"]), ("年収", f"{sp['income']:,}円相当"),
            ("送金銀行", f"{sp['bank']} Account No. {sp['acct']}"),
            ("学費・生活費の支払方法", "学校指定口座（みずほ銀行 高田馬場支店 普通 1234567 ガク）"
             "トウトコクサイニホンゴガクイン へ送金")])
        d.add_paragraph("2025年9月10日　支弁者署名 " + sp["roman"])
        a.save(path, d)
        a.each(path, s["pid"], [("person_name", s["roman"]),
                                ("date_of_birth", s["dob"].isoformat())])
        a.each(path, sp["pid"], [("person_name", sp["roman"]), ("address", sp["home"]),
                                 ("phone_number", sp["phone"]), ("bank_account", sp["acct"])])
        a.t(path, "bank_account", "1234567", None, True)


def handover(a: School) -> None:
    """引継ぎメモ_事務局_2025年10月.txt: the 経理 clerk to the 留学生 clerk."""
    path = "引継ぎメモ_事務局_2025年10月.txt"
    s1, s2, s3 = a.rng.sample(a.students, 3)
    t8, jimu, sc, ll, school = a.staff[8], a.jimu, a.scrivener, a.landlord, a.school
    father = s3["sponsor"]["roman"] if "sponsor" in s3 else "不明"
    text = f"""■ 事務局 引継ぎメモ（{t8["kanji"]} → {jimu["kanji"]}）
作成：R7/10/15

１．在留期限が近い学生
　・{s1["roman"]}（{s1["kana"]}）　在留カード：{s1["card"]}　期限：{era(s1["kigen"], 2)}
　　→ 行政書士の{sc["fam"]}先生に依頼済み。TEL {sc["tel"]}
　・{s2["kanji"] or s2["roman"]}　生年月日 {era(s2["dob"], 1)}　携帯 \
{a.phone(s2["phone"], 0).translate(FULL_WIDTH)}

２．寮
　・大久保の寮の大家さん {ll["sp"]}さん（携帯 {a.phone(ll["phone"], 0)}）。退去立会いは月末。

３．その他
　・{s3["roman"]}さん 母国の父（{father}）から学費の分割の相談あり。
　・学校代表番号 {school["tel"]}、法人番号 {school["corp"]}
　・LMS管理者パスワードは金庫のメモ参照（ここには書かない）
"""
    a.share.write(path, text)
    a.t(path, "person_name", t8["kanji"], t8["pid"])
    a.t(path, "person_name", jimu["kanji"], jimu["pid"])
    a.each(path, s1["pid"], [("person_name", s1["roman"]), ("person_name", s1["kana"]),
                             ("residence_card_number", s1["card"])])
    a.t(path, "person_name", sc["fam"], sc["pid"], True)
    a.t(path, "phone_number", sc["tel"], None, True)
    a.each(path, s2["pid"], [("person_name", s2["kanji"] or s2["roman"]),
                             ("date_of_birth", s2["dob"].isoformat()),
                             ("phone_number", s2["phone"])])
    a.each(path, ll["pid"], [("person_name", ll["kanji"]), ("phone_number", ll["phone"])])
    a.t(path, "person_name", s3["roman"], s3["pid"])
    if "sponsor" in s3:
        a.t(path, "person_name", s3["sponsor"]["roman"], s3["sponsor"]["pid"])
    a.t(path, "phone_number", school["tel"], None, True)
    a.t(path, "corporate_number", school["corp"], None)


def manual(a: School) -> None:
    """13_マニュアル/在留カード確認マニュアル_v3.txt: sample numbers (hard negatives)."""
    path = "13_マニュアル/在留カード確認マニュアル_v3.txt"
    text = f"""在留カード・旅券の確認手順（新任職員向け）

1. 在留カード番号は英字2桁＋数字8桁＋英字2桁です（例：AB12345678CD）。
   出入国在留管理庁の「在留カード等番号失効情報照会」で確認します。
2. 旅券番号の記入例：TK0000000（これは見本です）
3. 学籍システムの入力例
   氏名：NGUYEN VAN A（見本）　電話：090-0000-0000　メール：test@example.com
4. 学費のカード払いテスト番号：4111111111111111（本番では使わない）
5. 問い合わせ：事務局 {a.school["tel"]}（内線 12）
"""
    a.share.write(path, text)
    a.t(path, "phone_number", a.school["tel"], None, True)


def guarantor_list(a: School) -> None:
    """16_保証人/身元保証人リスト(手入力).txt (CP932, CRLF): each 保証人 and up to three of
    their students."""
    rng, path = a.rng, "16_保証人/身元保証人リスト(手入力).txt"
    out = ["身元保証人 一覧　（手入力・2025/9時点）", ""]
    for g in a.guarantors:
        ss = [s for s in a.students if s["guar"] is g]
        addr = addr_str(g["addr"], rng.random() < 0.5)
        out.append(f"{g['kanji']}　様　（{g['kana']}）　{g['job']}")
        out.append(f"  住所: {addr}  TEL {a.phone(g['phone'])}")
        out.append(f"  生年月日 {era(g['dob'], rng.randint(0, 2))}  担当学生: "
                   + "、".join(s["roman"] for s in ss[:3]))
        out.append("")
        a.each(path, g["pid"], [("person_name", g["kanji"]), ("person_name", g["kana"]),
                                ("phone_number", g["phone"]),
                                ("date_of_birth", g["dob"].isoformat()), ("address", addr)])
        for s in ss[:3]:
            a.t(path, "person_name", s["roman"], s["pid"])
    a.share.write(path, "\r\n".join(out), "cp932")
