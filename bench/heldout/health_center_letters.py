"""The centre's documents: five newborn visit reports (EPDS, conditions, the family), the 要支援
case record and its 進行管理台帳 (abuse, DV), the handover memo, the staff roster, the entry
manual (samples neutral) and the 妊婦連絡票 PDF.
"""

from __future__ import annotations

from datetime import date, timedelta

import docx

from .health_center_people import C_ADDR, C_NAME, C_TEL_TEXT, Center, era
from .share import label_table, workbook

ISSUES = ["父からの身体的虐待疑い（児の頬に痣）", "夫からのDV（母が避難希望）",
          "ネグレクト疑い（受診拒否・不衛生）", "母の精神疾患（統合失調症）による養育困難"]


def visits(c: Center) -> None:
    """06_新生児訪問/訪問報告_<児の生年月日>_<母の姓>.docx for five families."""
    rng = c.rng
    c.visit = rng.sample(c.families, 5)
    doc0 = c.docs[0]
    for k, f in enumerate(c.visit):
        m, b, dd = f.mom, f.baby, f.dad
        st = c.staff[k % 6]
        drawn = rng.choice([3, 10, 14])
        ep = m.epds if m.epds is not None else drawn
        rel = f"06_新生児訪問/訪問報告_{b.born:%Y%m%d}_{m.last}.docx"
        doc = docx.Document()
        doc.add_heading("新生児・産婦訪問指導報告書", 1)
        va = c.addr_str(m, style=1)
        label_table(doc, [("訪問日", era(b.born + timedelta(days=20)), "訪問者",
                           f"保健師 {st.nm()}"),
                          ("母氏名", m.nm(), "母生年月日", era(m.born)),
                          ("児氏名", b.nm(), "児生年月日", era(b.born, 1)),
                          ("住所", va, "電話", c.phone(m.tel))], "Table Grid", 4)
        c.name(rel, st)
        c.name(rel, m)
        c.bd(rel, m)
        c.name(rel, b)
        c.bd(rel, b)
        c.t(rel, "address", va, m)
        c.t(rel, "phone_number", m.tel, m)
        if dd:
            age = (date(2024, 11, 1) - dd.born).days // 365
            fam_txt = f"家族構成：夫 {dd.nm()}さん（{age}歳・会社員）"
            c.t(rel, "person_name", dd.nm(False), dd)
        else:
            fam_txt = "家族構成：母子世帯（未婚）"
        for x in f.sibs:
            fam_txt += f"、{'兄' if x.sex == '男' else '姉'} {x.first}ちゃん（{era(x.born)}生）"
            c.t(rel, "person_name", x.first, x, True)
            c.bd(rel, x)
        doc.add_paragraph(fam_txt)
        follow = "産後うつの可能性あり、精神科受診を勧奨。次回2週間後に再訪問予定。"
        doc.add_paragraph(f"{b.first}ちゃんは出生時体重{rng.randint(2600, 3600)}g、本日"
                          f"{rng.randint(3400, 4300)}g。哺乳良好。"
                          f"{m.last}さんは「夜眠れない、涙が出る」と話され、EPDS {ep}点。"
                          + (follow if ep >= 9 else "経過良好。"))
        c.t(rel, "person_name", b.first, b, True)
        c.t(rel, "person_name", m.last, m, True)
        if ep >= 9:
            c.t(rel, "sensitive", f"EPDS {ep}点", m)
            c.t(rel, "sensitive", "産後うつの可能性あり", m)
        if m.kiou:
            doc.add_paragraph(f"既往歴：{m.kiou}。主治医 {doc0.hosp} {doc0.nm()}医師に"
                              "情報提供済み。")
            c.t(rel, "sensitive", m.kiou, m)
            c.t(rel, "person_name", doc0.nm(False), doc0)
        doc.add_paragraph(f"記録者：{C_NAME} {st.nm()}（内線{st.ext}）")
        c.save(rel, doc)


def cases(c: Center) -> None:
    """07_要支援家庭/ケース記録_特定妊婦・要支援.docx and 要保護児童等ケース一覧.xlsx: four
    families with a father, each with an issue (the victim's)."""
    c.risk = c.rng.sample([f for f in c.families if f.dad], 4)
    jiso = c.jiso
    rel = "07_要支援家庭/ケース記録_特定妊婦・要支援.docx"
    doc = docx.Document()
    doc.add_heading("【取扱注意】要支援家庭 ケース記録", 1)
    for k, f in enumerate(c.risk):
        m, b, dd = f.mom, f.baby, f.dad
        f.issue = ISSUES[k]
        doc.add_heading(f"ケース{k + 1}：{m.nm()} 様 世帯", 2)
        doc.add_paragraph(f"母：{m.nm()}（{era(m.born, 1)}生）"
                          f"　父：{dd.nm()}（{era(dd.born, 1)}生）"
                          f"　児：{b.nm()}（{era(b.born)}生）")
        doc.add_paragraph(f"住所：{c.addr_str(m)}　連絡先：{c.phone(m.tel)}")
        doc.add_paragraph(f"主訴：{f.issue}。{jiso.role} {jiso.nm()} 児童福祉司と情報共有。"
                          + ("警察へ相談済み。" if "DV" in f.issue else ""))
        for p in (m, dd, b):
            c.name(rel, p)
            c.bd(rel, p)
        c.t(rel, "address", c.addr_str(m), m)
        c.t(rel, "phone_number", m.tel, m)
        c.t(rel, "sensitive", f.issue, b if k != 1 else m)
        c.t(rel, "person_name", jiso.nm(False), jiso)
    c.save(rel, doc)

    rel = "07_要支援家庭/要保護児童等ケース一覧.xlsx"
    wb, ws = workbook("一覧", "要保護児童対策地域協議会 進行管理台帳", "A1:G1")
    ws.append(["ケースNo", "児童氏名", "生年月日", "保護者", "区分", "主な課題", "担当"])
    for k, f in enumerate(c.risk):
        ws.append([f"Y-{k + 101}", f.baby.nm(), f.baby.born, f.mom.nm(),
                   ["要保護", "要支援", "要保護", "特定妊婦"][k], f.issue, c.staff[k].nm()])
        c.name(rel, f.baby)
        c.bd(rel, f.baby)
        c.name(rel, f.mom)
        c.name(rel, c.staff[k])
        c.t(rel, "sensitive", f.issue, f.baby if k != 1 else f.mom)
    ws2 = wb.create_sheet("関係機関")
    for row in [["機関", "担当", "電話"], [jiso.role, jiso.nm(), "04-2992-4152"],
                [C_NAME, "", C_TEL_TEXT]]:
        ws2.append(row)
    c.name(rel, jiso)
    c.t(rel, "phone_number", jiso.tel, None, True)
    c.center(rel)
    c.save(rel, wb)


def handover(c: Center) -> None:
    """10_連絡/引継ぎメモ_異動前.txt: three families followed up (a condition, a 手帳番号)."""
    rel = "10_連絡/引継ぎメモ_異動前.txt"
    x1, x2, x3 = c.rng.sample(c.families, 3)
    st, nxt = c.staff[4], c.staff[5]
    m1, b1 = x1.mom, x1.baby
    a2s = c.addr_str(x2.mom, False, style=1)
    memo = (f"引継ぎメモ（{st.nm()} → {nxt.last}さん）　R6.10.31\n\n■継続フォロー中\n"
            f"・{m1.nm()}さん　{era(m1.born, 1)}生　携帯{c.phone(m1.tel, 3)}\n"
            f"　{b1.first}ちゃん（{era(b1.born, 2)}生）体重増加不良で月1回訪問。"
            f"母は{m1.kiou or '産後うつ傾向'}あり。\n"
            f"・{x2.mom.last}{x2.mom.first}さん　{a2s}\n"
            f"　電話つながりにくい。夕方なら可。{c.phone(x2.mom.tel, 2)}\n"
            f"・{x3.baby.nm()}くん/ちゃん　3か月　母 {x3.mom.nm()}"
            f"　母子手帳番号 {x3.mom.handbook}\n\n"
            "■その他\n・センター代表 04-2991-1111、FAX 04-2991-1112\n"
            "・システムのID/パスワードは係長に確認\n")
    c.share.write(rel, memo)
    c.name(rel, st)
    c.t(rel, "person_name", nxt.last, nxt, True)
    c.name(rel, m1)
    c.bd(rel, m1)
    c.t(rel, "phone_number", m1.tel, m1)
    c.t(rel, "person_name", b1.first, b1, True)
    c.bd(rel, b1)
    c.t(rel, "sensitive", "体重増加不良", b1)
    c.t(rel, "sensitive", m1.kiou or "産後うつ傾向", m1)
    c.name(rel, x2.mom)
    c.t(rel, "address", a2s, x2.mom)
    c.t(rel, "phone_number", x2.mom.tel, x2.mom)
    c.name(rel, x3.baby)
    c.name(rel, x3.mom)
    c.center(rel)
    c.t(rel, "phone_number", "0429911112", None, True)


def roster(c: Center) -> None:
    """10_連絡/職員連絡網.txt: the six 保健師's 内線, mobiles and mails."""
    rel = "10_連絡/職員連絡網.txt"
    s = "母子保健係 職員連絡網（取扱注意）\n"
    for k, st in enumerate(c.staff):
        st.tel = c.mobile()
        s += f"{k + 1}. {st.nm()}\t内線{st.ext}\t携帯 {c.phone(st.tel, 0)}\t{st.mail}\n"
        c.name(rel, st)
        c.t(rel, "phone_number", st.tel, st)
        c.t(rel, "email_address", st.mail, st, True)
    c.share.write(rel, s)


def manual(c: Center) -> None:
    """11_マニュアル/妊娠届出_入力マニュアル_v3.pdf: sample values (a My Number, a 手帳番号)."""
    rel = "11_マニュアル/妊娠届出_入力マニュアル_v3.pdf"
    c.pdf(rel, ["妊娠届出 システム入力マニュアル 第3版", "",
                "1. 妊婦氏名：姓と名の間は全角スペース（例：母子 花子）",
                "2. 電話番号：ハイフンあり（例：090-0000-0000）",
                "3. メール：半角小文字（例：test@example.com）",
                "4. 個人番号：12桁（例：123456789018）※番号確認書類を必ず確認",
                "5. 生年月日：和暦で入力（例：平成8年4月1日）",
                "6. 手帳番号：交付台帳の番号（例：202400000017）", "",
                f"問合せ：{C_NAME} {C_TEL_TEXT}", f"〒359-0025 {C_ADDR}"])
    c.center(rel, addr=True)
    c.t(rel, "person_name", "母子花子", None, True)


def referral(c: Center) -> None:
    """06_新生児訪問/妊婦連絡票_医療機関宛.pdf: three mothers with conditions, to their doctors."""
    rel = "06_新生児訪問/妊婦連絡票_医療機関宛.pdf"
    sel = c.rng.sample([x for x in c.families if x.mom.kiou] or c.families, 3)
    ln = ["妊婦連絡票（保健センター → 医療機関）", ""]
    for x in sel:
        m, d = x.mom, c.rng.choice(c.docs)
        ln += [f"宛先：{d.hosp} {d.nm()} 先生", f"妊婦氏名：{m.nm()}（{m.kn()}）",
               f"生年月日：{era(m.born)}", f"住所：{c.addr_str(m)}",
               f"電話：{c.phone(m.tel, 0)}", f"出産予定日：{m.edd:%Y年%m月%d日}",
               f"既往歴：{m.kiou or 'なし'}", ""]
        c.name(rel, d)
        c.name(rel, m, kana=True)
        c.bd(rel, m)
        c.t(rel, "address", c.addr_str(m), m)
        c.t(rel, "phone_number", m.tel, m)
        if m.kiou:
            c.t(rel, "sensitive", m.kiou, m)
    ln += [f"発行：{C_NAME}  TEL {C_TEL_TEXT}"]
    c.center(rel)
    c.pdf(rel, ln)
