"""The documents: six children's 個別支援計画 (.docx), two ヒヤリハット reports (PDF), the
事故報告書 for 川口市 (.docx), the office's handover memo, the billing software's manual
(sample values only) and the NPO's profile (its 法人番号, 事業所番号, phones and the doctor).

A child's given name alone, 服薬 as a plan's wish, the NPO's own address and phones and a
相談支援専門員's surname alone are neutral; 事業所番号 and the manual's samples are no one's.
"""

from __future__ import annotations

from typing import Any

from docx import Document

from .day_service_people import (
    CLINIC_TEL,
    FAX,
    JIGYO,
    OFFICE_ADDR,
    OFFICE_ZIP,
    SITES,
    TEL,
    DayService,
    corp_number,
    wareki_style,
)
from .share import label_table, pdf_bytes

WISHES = ["友だちとあそびたい", "ゲームがしたい", "おやつがたのしみ"]
GOALS = [("健康・生活", "手洗い・うがいを声かけで行う"),
         ("人間関係・社会性", "順番を待つことができる"),
         ("言語・コミュニケーション", "困った時に「手伝って」と伝える")]
SAMPLES = [("児童氏名（記入例）", "福祉 太郎"), ("ふりがな", "ふくし たろう"),
           ("生年月日", "平成28年4月1日"),
           ("受給者証番号", "1234567890"), ("保護者電話", "090-0000-0000"),
           ("メール", "test@example.com"), ("口座振替用カード（例）", "4111111111111111")]


def plans(h: DayService) -> None:
    """個別支援計画: six children, their guardian, 相談支援専門員 and the 児発管."""
    rng, sabi = h.rng, h.staff[0]
    for c in rng.sample(h.children, 6):
        rel = f"02_個別支援計画/個別支援計画_{c.full()}_R6後期.docx"
        d = Document()
        d.add_heading("個別支援計画書", 1)
        d.add_paragraph(f"放課後等デイサービス　{SITES[c.site]}　　作成日：令和6年10月1日")
        g, s = c.g, rng.choice(h.sw)
        label_table(d, [("児童氏名", f"{c.full(' ')}（{c.reading(' ')}）", "生年月日",
                         wareki_style(c.born, 0)),
                        ("学校・学年", f"{c.school} {c.grade}", "受給者証番号", c.jukyu),
                        ("診断名", c.diag, "服薬", c.med),
                        ("保護者", f"{g.full(' ')} 様（{g.rel}）", "連絡先", g.phone),
                        ("相談支援専門員", f"{s.org} {s.full(' ')}", "児発管", sabi.full(" "))],
                    "Table Grid", cols=4)
        h.pupil(rel, c, reading=True)
        h.reached(rel, g)
        h.named(rel, s)
        h.named(rel, sabi)
        d.add_heading("本人・保護者の意向", 2)
        wish = "服薬の時間を守りたい。" if c.med != "なし" else ""
        d.add_paragraph(f"本人：「{rng.choice(WISHES)}」　保護者：集団の中で気持ちを切り替え"
                        f"られるようになってほしい。{wish}")
        d.add_heading("支援目標", 2)
        t2 = d.add_table(rows=1, cols=3)
        t2.style = "Table Grid"
        for i, head in enumerate(["領域", "目標", "支援内容"]):
            t2.rows[0].cells[i].text = head
        for dom, goal in GOALS:
            cells = t2.add_row().cells
            cells[0].text, cells[1].text = dom, goal
            cells[2].text = f"{c.called()}の好きな活動を使い、成功体験を積む。"
        h.t(rel, "person_name", c.first, c, True)
        h.t(rel, "sensitive", "服薬", c, True)
        d.add_paragraph(f"説明日：令和6年10月5日　　保護者署名：{g.full(' ')}　　"
                        f"児童発達支援管理責任者：{sabi.full(' ')}")
        h.save(rel, d)


def near_misses(h: DayService) -> None:
    """ヒヤリハット報告 (PDF), two: a child (birth date, 特性), the reporter, the guardian's
    phone."""
    rng = h.rng
    for k in range(2):
        c, st = rng.choice(h.children), rng.choice(h.staff)
        rel = f"09_ヒヤリハット/ヒヤリハット報告_2024100{k + 3}.pdf"
        g = c.g
        lines = [f"発生日時：令和6年10月{k + 3}日 16時20分　場所：{SITES[c.site]} 活動室",
                 f"対象児童：{c.full(' ')}（{c.grade}）　生年月日：{wareki_style(c.born, 1)}",
                 f"障害特性：{c.diag}", f"報告者：{st.full(' ')}（{st.q}）",
                 f"内容：{c.called()}がおやつの際、他児のアレルギー対応食（小麦除去）に"
                 "手を伸ばしかけた。",
                 "職員がすぐに制止し、摂取はなかった。",
                 "対策：配膳時に名札を置き、席を離して配置する。",
                 f"保護者連絡：{g.full(' ')}様へ電話で報告済み（{g.phone}）"]

        def draw(sheet: Any, font: str, lines: list[str] = lines) -> None:
            sheet.setFont(font, 16)
            sheet.drawString(60, 780, "ヒヤリハット報告書")
            sheet.setFont(font, 10)
            for i, line in enumerate(lines):
                sheet.drawString(60, 740 - i * 20, line)
            sheet.showPage()

        h.share.write(rel, pdf_bytes(draw))
        h.pupil(rel, c)
        h.named(rel, st)
        h.reached(rel, g)
        h.t(rel, "person_name", c.first, c, True)


def accident(h: DayService) -> None:
    """事故報告書: an epileptic child's fall and seizure, for 川口市障害福祉課."""
    rng = h.rng
    c = rng.choice([x for x in h.children if "てんかん" in x.diag] or h.children)
    st, g, rel = h.staff[5], c.g, "09_ヒヤリハット/事故報告書_R6.9.12.docx"
    hosp = h.doctor.org.replace("発達クリニック", "医療センター")
    d = Document()
    d.add_heading("事故報告書（川口市障害福祉課提出用）", 1)
    what = f"公園で活動中に転倒し、てんかん発作（約2分）。救急要請し{hosp}へ搬送。"
    label_table(d, [("事業所名", "放課後等デイサービス " + SITES[c.site]),
                    ("事業所番号", JIGYO[c.site]), ("利用者氏名", c.full("\u3000")),
                    ("生年月日", wareki_style(c.born, 3)), ("住所", c.addr.full()),
                    ("事故の概要", what), ("対応者", f"{st.full(' ')}（{st.q}）"),
                    ("保護者への連絡", f"{g.full(' ')} 様 携帯 {h.phone(g.phone, 4)}")],
                "Table Grid")
    h.save(rel, d)
    h.named(rel, c)
    h.born(rel, c)
    h.t(rel, "address", c.addr.full(), c)
    h.t(rel, "sensitive", "てんかん", c)
    h.named(rel, st)
    h.reached(rel, g)


def handover(h: DayService) -> None:
    """引継ぎメモ_事務: a 受給者証 renewal, a child's diagnosis and medication, 相談支援's contact,
    the 事業所番号 and the NPO's 法人番号 (drawn after the memo's phones)."""
    rng, rel = h.rng, "引継ぎメモ_事務.txt"
    c1, c2 = rng.sample(h.children, 2)
    s, a, b = h.sw[0], h.staff[6], h.staff[7]
    med = c2.med if c2.med != "なし" else "服薬なし、でも"
    memo = (f"引継ぎメモ（{a.full(' ')} → {b.full(' ')}）　R6.10.31\n\n"
            f"・国保連請求は毎月10日まで。事業所番号は本町{JIGYO[0]}、西川口{JIGYO[1]}。\n"
            f"・{c1.full()}{c1.hon()}の受給者証が11月で更新。お母さん（{h.phone(c1.g.phone, 3)}）"
            "に新しい受給者証のコピーをもらうこと。\n"
            f"・{c2.called()}（{c2.last}さん）は{c2.diag}のため、{med}"
            "　活動の切り替え時は事前に予告。\n"
            f"・相談支援の{s.last}さん：{h.phone(s.phone, 1)}／{s.mail}\n"
            "・送迎車の鍵は事務所キーボックス（暗証 4821）。\n")
    memo += f"・法人番号 {corp_number(h)}（請求書に記載）\n"
    h.share.write(rel, memo)
    h.named(rel, a)
    h.named(rel, b)
    h.named(rel, c1)
    h.t(rel, "phone_number", c1.g.phone, c1.g)
    h.t(rel, "person_name", c2.first, c2, True)
    h.t(rel, "person_name", c2.last, c2, True)
    h.diagnosed(rel, c2)
    h.t(rel, "person_name", s.last, s, True)
    h.t(rel, "phone_number", s.phone, s)
    h.t(rel, "email_address", s.mail, s)
    h.t(rel, "corporate_number", h.corp)


def manual(h: DayService) -> None:
    """請求ソフト操作マニュアル: sample values only, and its author's surname (neutral)."""
    rel = "マニュアル/請求ソフト操作マニュアル_v2.docx"
    d = Document()
    d.add_heading("請求ソフト「ほのぼのNEXT」操作マニュアル（事業所内用）", 1)
    d.add_paragraph("1. 新規児童の登録：［利用者］→［新規］を押し、以下のように入力します。")
    label_table(d, SAMPLES, "Table Grid")
    d.add_paragraph(f"2. 事業所番号（{JIGYO[0]}）は自動で入ります。不明点はサポート 0120-000-000 "
                    f"または作成者 {h.staff[0].last} まで。")
    h.save(rel, d)
    h.t(rel, "person_name", h.staff[0].last, h.staff[0], True)


def profile(h: DayService) -> None:
    """法人概要: the 法人番号, the office, both 事業所番号 and the 協力医療機関's doctor."""
    rel, doc = "00_法人/法人概要.txt", h.doctor
    h.share.write(rel, f"""特定非営利活動法人 みらいキッズ
法人番号：{h.corp}
主たる事務所：〒332-0012 {OFFICE_ADDR}
電話 {TEL}　FAX {FAX}
事業所：放課後等デイサービス みらい教室（事業所番号 {JIGYO[0]}）／\
みらい第二教室（事業所番号 {JIGYO[1]}）
協力医療機関：{doc.org}（院長 {doc.full(' ')}）　TEL {CLINIC_TEL}
""")
    h.t(rel, "corporate_number", h.corp)
    h.t(rel, "address", OFFICE_ADDR, None, True)
    h.t(rel, "postal_code", OFFICE_ZIP, None, True)
    for number in (TEL, FAX, CLINIC_TEL):
        h.t(rel, "phone_number", number, None, True)
    h.named(rel, doc)
