"""The lab's documents: two signed consent forms and the minor's with the parent's signature
(docx), three interview transcripts (a spouse's depression, the doctor), the honorarium error
memo (accounts), the ethics application (PDF; the researchers' mails, the manual's samples), the
handover memo (dementia, welfare, DV), September's absentees (CP932) and the reference list.
"""

from __future__ import annotations

import docx

from .research_lab_people import UNIV, UNIV_ADDR, UNIV_CORP, Lab, era
from .share import label_table, lines_pdf

CONSENT_DIR = "01_参加者管理/同意書"


def consents(w: Lab) -> None:
    """The 11th and 12th participants' 同意書 (home, phone), explained by the first researcher."""
    for p in w.parts[10:12]:
        path = f"{CONSENT_DIR}/同意書_{p.sid}.docx"
        d = docx.Document()
        d.add_heading("研究参加同意書", 1)
        d.add_paragraph(f"{UNIV} 公衆衛生学講座 研究責任者 {w.pi.name()} 殿")
        d.add_paragraph("私は「地域住民の生活習慣と健康に関する縦断調査」について説明を受け、内容を理解しましたので、"
                        "研究に参加することに同意します。")
        label_table(d, [("同意日", era(p.consent)), ("参加者氏名（自署）", p.name()),
                        ("生年月日", era(p.born)),
                        ("住所", f"〒{p.addr.dashed_zip} {p.address}"),
                        ("電話番号", w.tel(p.mobile, 1)), ("説明者", f"{w.res1.name()}（助教）")])
        w.facts(path, p, "name", "dob", "addr", "zip", "phone")
        w.name(path, w.pi)
        w.name(path, w.res1)
        w.save_docx(path, d)


def minor_consent(w: Lab) -> None:
    """The minor's 同意書 (a school, the kana) signed by the parent (home, phone); the second
    researcher took the assent."""
    m, g = w.minor, w.guardian
    path = f"{CONSENT_DIR}/同意書_{m.sid}_代諾者.docx"
    d = docx.Document()
    d.add_heading("研究参加同意書（未成年者用・代諾者署名欄付き）", 1)
    d.add_paragraph(f"研究責任者 {w.pi.name()} 殿")
    label_table(d, [("同意日", f"令和6年{m.consent.month}月{m.consent.day}日"),
                    ("研究参加者氏名", m.name()), ("参加者ふりがな", m.kana()),
                    ("参加者生年月日", era(m.born)), ("学校名・学年", "市立橋本高等学校 1年"),
                    ("代諾者氏名", g.name()), ("続柄", "母" if g.sex == "F" else "父"),
                    ("代諾者住所", g.address), ("代諾者連絡先", w.tel(g.mobile, 3)),
                    ("インフォームド・アセント",
                     f"本人から口頭で了承を得た（説明者：{w.res2.name()}）")])
    w.facts(path, m, "name", "kana", "dob")
    w.facts(path, g, "name", "addr", "phone")
    w.name(path, w.pi)
    w.name(path, w.res2)
    w.save_docx(path, d)


def transcripts(w: Lab) -> None:
    """03_インタビュー: the 41st to 43rd participants' transcripts, a birth year and month, the
    spouse's given name (neutral), the doctor, a diagnosis; the first says their own name."""
    rng, doctor = w.rng, w.doctor
    for k, p in enumerate(w.parts[40:43]):
        path = f"03_インタビュー/逐語録_I{k + 1:02d}_{p.sid}.txt"
        st, sp = w.students[k % 4], w.spouses.get(p.id)
        era_name, offset = ("昭和", 1925) if p.born.year < 1989 else ("平成", 1988)
        lines = [f"インタビュー逐語録　ID：{p.sid}",
                 f"実施日：2024年8月{10 + k}日　場所：{rng.choice(['公民館', '研究室', 'ご自宅'])}",
                 f"聞き手：{st.name()}（修士2年）　記録：{w.res2.last}", "-" * 30,
                 f"{st.last}：本日はありがとうございます。まず、お生まれはいつ頃でしょうか。",
                 f"A：{era_name}{p.born.year - offset}年の生まれです。{p.born.month}月生まれ。",
                 f"{st.last}：ご家族構成を教えてください。"]
        w.name(path, st)
        w.surname(path, w.res2)
        w.surname(path, st)
        if sp and sp.sex == "F":
            lines.append(f"A：妻の{sp.first}と二人暮らしです。{sp.first}は体が弱くて。")
            w.t(path, "person_name", sp.first, sp, True)
        elif sp:
            lines.append(f"A：夫の{sp.first}と二人です。夫は去年うつ病になって。")
            w.t(path, "person_name", sp.first, sp, True)
            w.t(path, "sensitive", "うつ病", sp)
        else:
            lines.append("A：一人暮らしです。娘が近くに住んでいて、週に一度来てくれます。")
        lines += [f"{st.last}：普段、病院にはかかっていますか。",
                  f"A：{doctor.last}クリニックの{doctor.name()}先生に診てもらってます。"
                  + (f"{p.dx[0]}と言われて。" if p.dx else "健診だけです。")]
        w.name(path, doctor)
        if p.dx:
            w.t(path, "sensitive", p.dx[0], p)
        if k == 0:
            lines.append(f"A：あ、私 {p.name()} って言います、録音に名前入っちゃっても大丈夫？")
            w.name(path, p)
            lines.append(f"{st.last}：（※逐語録では伏せ字にします）")
        lines += [f"{st.last}：ありがとうございました。謝金は後日お振込みします。", "（終了 52分）"]
        w.share.write(path, "\n".join(lines) + "\n")


def payment_errors(w: Lab) -> None:
    """04_謝金/振込エラー_メモ.txt: the 56th participant's account returned and the right one,
    the 61st's ゆうちょ 記号番号."""
    rng, path = w.rng, "04_謝金/振込エラー_メモ.txt"
    p, q = w.parts[55], w.parts[60]
    right = f"{rng.randint(0, 9999999):07d}"
    yucho = f"{rng.randint(1000000, 9999999)}1"
    w.share.write(path, "謝金振込エラー（10/3 経理から連絡）\n"
                  f"・{p.name()}様　口座番号 {p.acct} → 名義不一致で返金。ご本人に確認したところ"
                  f"正しくは {right} とのこと（{w.tel(p.mobile, 3)}）\n"
                  f"・{q.name('')}さん　ゆうちょ 記号番号 10130-{yucho} で再送予定\n"
                  "伝票番号 2024-0931-778 / 予算 24K10987\n")
    w.name(path, p)
    w.t(path, "bank_account", p.acct, p)
    w.t(path, "bank_account", right, p)
    w.facts(path, p, "phone")
    w.name(path, q)
    w.t(path, "bank_account", "10130" + yucho, q)


def irb(w: Lab) -> None:
    """05_倫理審査/倫理審査申請書_2024-037.pdf: the committee's chair, the researchers and the
    co-researcher with their work mails (neutral), the form's samples, the university's 法人番号."""
    path = "05_倫理審査/倫理審査申請書_2024-037.pdf"
    lines = ["人を対象とする生命科学・医学系研究 倫理審査申請書（受付番号 2024-037）",
             f"{UNIV} 研究倫理審査委員会 委員長 {w.chair.name()} 殿",
             "研究課題名：地域住民の生活習慣と健康に関する縦断調査（第2波）", "研究者一覧"]
    roles = ["教授（研究責任者）", "助教", "特任研究員", "大学院生", "大学院生"]
    for s, role in zip(w.staff[:5], roles, strict=True):
        lines.append(f"  {s.name()}　公衆衛生学講座　{role}　{s.work}")
        w.name(path, s)
        w.work(path, s)
    lines.append(f"  {w.cor.name()}　北都大学 看護学部 准教授（共同研究者）　{w.cor.work}")
    w.name(path, w.cor)
    w.work(path, w.cor)
    w.name(path, w.chair)
    lines += ["研究費：科学研究費補助金 基盤研究(C) 課題番号 24K10987、 "
              "DOI: 10.1265/ehpm.23-00123 参照",
              "収集する情報（記入例）：氏名 山田 太郎、電話 090-0000-0000、"
              "メール test@example.com、生年月日 1980/01/01",
              "試料：血液（HbA1c）、検体ID 例 S24-00001、試薬 Lot 4029183764012",
              "個人情報の管理：研究IDにより仮名化し、対応表は研究責任者が施錠保管する。",
              f"問合せ先：{UNIV} 公衆衛生学講座　〒192-0397 {UNIV_ADDR}　TEL 042-677-1111　"
              "FAX 042-677-1190",
              f"法人番号 {UNIV_CORP}"]
    w.share.write(path, lines_pdf(lines, 10, 50, 16))
    w.t(path, "corporate_number", UNIV_CORP)


def handover(w: Lab) -> None:
    """10_メモ/引き継ぎメモ_2025年3月.txt: the last student's handover, three participants to
    take care with (dementia and a daughter's phone, welfare and a son's, a DV shelter)."""
    path = "10_メモ/引き継ぎメモ_2025年3月.txt"
    (p0, c0), (p1, c1), (p2, _) = w.emerg[:3]
    daughter, son = w.tel(c0.mobile, 1), w.tel(c1.mobile, 3)
    w.share.write(path, f"""引き継ぎメモ（{w.students[3].name()} → 後任）
■ 対応表と謝金リストはNASの「01_参加者管理」。パスワードは{w.pi.last}先生に聞くこと。
■ 注意が必要な方
 ・{p0.name()}さん（{p0.sid}）…認知機能が低下気味。連絡は娘さん（{c0.name()}様 {daughter}）経由で。
 ・{p1.name("")}様…生活保護受給中、交通費は現金で。緊急連絡先 {c1.name()}（長男） {son}
 ・{p2.name()}さん　DV被害で避難中のため住所は絶対に外に出さないこと。
■ 共同研究：北都大 {w.cor.name()}先生（{w.cor.work}）
■ 大学代表 042-677-1111 / 研究室内線 4321 / 問い合わせ用 chs-office@toto-med.ac.jp
■ マニュアルの記入例（090-0000-0000、test@example.com、カード 4111111111111111）は消さないこと
""")
    w.name(path, w.students[3])
    w.surname(path, w.pi)
    w.name(path, w.cor)
    w.work(path, w.cor)
    for p, contact, need in ((p0, c0, "認知機能が低下"), (p1, c1, "生活保護受給中")):
        w.name(path, p)
        w.facts(path, contact, "name", "phone")
        w.t(path, "sensitive", need, p)
    w.name(path, p2)
    w.t(path, "sensitive", "DV被害", p2)


def absentees(w: Lab) -> None:
    """10_メモ/欠席者リスト_9月.txt (CP932): the 71st to 79th participants' phones, typed by
    the third student."""
    path = "10_メモ/欠席者リスト_9月.txt"
    lines = ["9/14 測定会 欠席者（手入力）", ""]
    for i, p in enumerate(w.parts[70:79]):
        phone = w.tel(p.mobile, [0, 1, 3, 5][i % 4])
        lines.append(f"{i + 1}. {p.name('') if i % 2 else p.name()}　{phone}　"
                     f"{'留守電' if i % 3 == 0 else '再調整済'}")
        w.facts(path, p, "name", "phone")
    lines += ["", "※ 折り返し先は研究室 042-677-1190 (FAX兼用) と案内",
              f"入力：{w.students[2].last}"]
    w.surname(path, w.students[2])
    w.share.write(path, "\n".join(lines) + "\n", "cp932")


def references(w: Lab) -> None:
    """11_試薬・備品/参考文献リスト.txt: ISBNs, DOIs, grant and PubMed numbers, no one's."""
    w.share.write("11_試薬・備品/参考文献リスト.txt", """参考文献（プロトコル引用用）
1. 厚生労働省. 国民健康・栄養調査報告. ISBN 978-4-8058-8612-7
2. Tanaka K, et al. J Epidemiol. 2021;31(4):231-238. doi:10.2188/jea.JE20190312
3. 日本糖尿病学会編. 糖尿病治療ガイド2022-2023. ISBN 9784830618614
4. 科研費 基盤研究(C) 24K10987, 若手研究 22K17345
PMID 33456789 / 倫理審査承認番号 2024-037
""")
