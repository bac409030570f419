"""The station's documents: six 訪問看護指示書 PDFs, four 計画書 and three 報告書, the app
manual, the station's details and two 医療的ケア児 連絡票.

A 指示書番号 passes the My Number check (a hard negative); clinics' numbers, the manual's
samples, the station's numbers and address, the teacher's school line and mail, kana names and
the dead are neutral.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from . import home_nursing_names as names
from .home_nursing_people import Station, era
from .identifiers import my_number_check
from .share import label_table, pdf_bytes

GRID = "Table Grid"


def _table(dd: Any, rows: list[tuple[str, str]]) -> None:
    label_table(dd, rows, GRID)


def instructions(w: Station) -> None:
    """指示書/訪問看護指示書_<id>_<surname>.pdf: four elderly patients', one psychiatric, one
    child's: the patient, the key person, the doctor and the clinic."""
    r = w.rng
    for p in [w.pts[0], w.pts[1], w.pts[2], w.pts[3], w.pts[33], w.pts[39]]:
        path = f"指示書/訪問看護指示書_{p.id}_{p.last}.pdf"
        d = p.doc
        title = "精神科訪問看護指示書" if p.kind == "psy" else "訪問看護指示書"
        dx2 = r.choice(["高血圧症", "便秘症", "不眠症"])
        sno = f"{r.randrange(10**11, 10**12)}"
        while my_number_check(sno[:11]) != sno[11]:
            sno = f"{r.randrange(10**11, 10**12)}"
        st = date(2024, r.randrange(9, 12), 1)
        a = w.addr(p.home, pref=False)
        end = st.month - 6 if st.month > 6 else st.month
        lines = [f"指示書番号：{sno}", f"指示期間：令和6年{st.month}月1日 ～ 令和7年{end}月28日",
                 f"患者氏名：{w.nm(p, 0)} 様",
                 f"生年月日：{era(p.born, 0)}（{2024 - p.born.year}歳）",
                 f"患者住所：{a}", f"電話：{w.phone(p.tel, 0)}",
                 f"主たる傷病名：(1) {p.dx}  (2) {dx2}",
                 f"要介護認定の状況：{p.kaigo}",
                 f"留意事項及び指示事項：{names.CARE.get(p.dx, '状態観察、服薬管理')}",
                 f"緊急時の連絡先：{w.nm(p.kp, 0)}（{p.kp.rel}） {w.phone(p.kp.mob, 0)}", "",
                 f"上記のとおり、指示いたします。  令和6年{st.month}月1日",
                 f"医療機関名：{d.clinic}",
                 f"住所：{w.addr(d.caddr, 0, True)}",
                 f"電話：{w.phone(d.ctel, 0)}  FAX：{w.phone(d.cfax, 0)}",
                 f"医師氏名：{w.nm(d, 0)}  印",
                 "", f"{names.NAME} 殿"]

        def draw(c: Any, font: str, title: str = title, lines: list[str] = lines) -> None:
            c.setFont(font, 15)
            c.drawString(200, 800, title)
            c.setFont(font, 9)
            y = 770
            for line in lines:
                c.drawString(50, y, line)
                y -= 18
            c.showPage()
        w.share.write(path, pdf_bytes(draw))
        w.tp(path, p, dob=True, addr=a, phones=[p.tel])
        w.tdx(path, p)
        w.tdx(path, p, dx2)
        w.tcare(path, p)
        w.tp(path, p.kp, phones=[p.kp.mob])
        w.tp(path, d)
        w.tstation(path, d.ctel, d.cfax)


def plans(w: Station) -> None:
    """計画書/訪問看護計画書_<id>.docx: patients 7-10, a problem (褥瘡, 誤嚥性肺炎) each."""
    r = w.rng
    for p in w.pts[6:10]:
        path = f"計画書/訪問看護計画書_{p.id}.docx"
        dd = w.newdoc("訪問看護計画書")
        a = w.addr(p.home)
        wr = w.nm(p.nurse, 0)
        problem = r.choice(["仙骨部に褥瘡（DESIGN-R d2）あり、体位変換指導",
                            "誤嚥性肺炎のリスクあり、口腔ケア", "転倒リスク高い、環境調整"])
        _table(dd, [("利用者氏名", w.nm(p, 0) + " 様"), ("生年月日", era(p.born, 0)), ("住所", a),
                    ("要介護認定の状況", p.kaigo), ("主たる傷病名", p.dx),
                    ("看護・リハビリテーションの目標",
                     "在宅生活の継続。" + names.CARE.get(p.dx, "服薬管理と状態観察") + "を行う。"),
                    ("問題点・解決策", problem), ("衛生材料等", "フィルム材、ガーゼ"),
                    ("作成者", wr + "（看護師）"),
                    ("主治医", w.nm(p.doc, 0) + " 先生（" + p.doc.clinic + "）"),
                    ("作成日", "令和6年11月1日")])
        w.save(path, dd)
        w.tp(path, p, dob=True, addr=a)
        w.tdx(path, p)
        w.tp(path, p.nurse)
        w.tp(path, p.doc)
        if "褥瘡" in problem:
            w.tdx(path, p, "褥瘡")
        if "誤嚥性肺炎" in problem:
            w.t(path, "sensitive", "誤嚥性肺炎", p.id, True)
        w.tcare(path, p)


def reports(w: Station) -> None:
    """報告書/訪問看護報告書_202410_<id>.docx: patients 11-13's October, to the doctor."""
    r = w.rng
    for p in w.pts[10:13]:
        path = f"報告書/訪問看護報告書_202410_{p.id}.docx"
        dd = w.newdoc("訪問看護報告書（令和6年10月分）")
        dd.add_paragraph(f"{p.doc.clinic}\n{w.nm(p.doc, 0)} 先生 御侍史")
        kp = p.kp
        course = r.choice(["SpO2 93-95%で経過。", "血糖値 150-210mg/dl。", "下肢浮腫軽度あり。"])
        _table(dd, [("利用者氏名", w.nm(p, 1)), ("生年月日", era(p.born, 4)), ("要介護度", p.kaigo),
                    ("訪問日", "10/3, 10/10, 10/17, 10/24, 10/31"),
                    ("病状の経過", f"{p.dx}について状態は概ね安定。{course}"),
                    ("看護の内容", names.CARE.get(p.dx, "全身状態の観察、服薬確認")),
                    ("家族等の状況",
                     f"{kp.rel}の{w.nm(kp, 1)}さんが主に介護。介護疲れの訴えあり。"),
                    ("特記事項", f"緊急時は{kp.rel}携帯 {w.phone(kp.mob)} へ連絡。"),
                    ("報告者", f"{names.NAME} {w.nm(p.nurse, 0)}")])
        w.save(path, dd)
        w.tp(path, p, dob=True)
        w.tdx(path, p)
        w.tcare(path, p)
        w.tp(path, p.doc)
        w.tp(path, kp, phones=[kp.mob])
        w.tp(path, p.nurse)


def manual(w: Station) -> None:
    """マニュアル/訪問記録アプリ_操作マニュアル.docx: sample values only, the station's phone."""
    path = "マニュアル/訪問記録アプリ_操作マニュアル.docx"
    dd = w.newdoc("訪問記録アプリ 操作マニュアル v2.1")
    dd.add_paragraph("1. 利用者登録：氏名、フリガナ、生年月日、電話番号を入力します。")
    _table(dd, [("氏名（入力例）", "訪問 花子"), ("生年月日（入力例）", "昭和20年1月1日"),
                ("電話番号（入力例）", "090-0000-0000"), ("メール（入力例）", "test@example.com"),
                ("被保険者番号（入力例）", "0000000000"),
                ("クレジットカード（テスト用）", "4111111111111111"),
                ("郵便番号（入力例）", "〒000-0000")])
    dd.add_paragraph(f"問い合わせ先：{names.NAME} システム担当 {w.phone(names.TEL, 0)} / "
                     f"support@{names.DOM}")
    w.save(path, dd)
    w.tstation(path, names.TEL)


def office(w: Station) -> None:
    """事業所/事業所情報.txt: the station's numbers, address and manager, all neutral but her."""
    path = "事業所/事業所情報.txt"
    lines = [f"事業所名：{names.NAME}", f"運営法人：{names.CORP}", f"法人番号：{w.ext['corpno']}",
             f"介護保険事業所番号：{w.ext['jigyo']}", f"所在地：〒{names.POST} {names.ADDR}",
             f"TEL：{w.phone(names.TEL, 0)}　FAX：{w.phone(names.FAX, 0)}",
             f"E-mail：info@{names.DOM}", "営業日：月～金 8:30-17:30（24時間対応体制加算 届出済）",
             f"管理者：{w.nm(w.staff[0], 0)}"]
    w.share.write(path, "\n".join(lines) + "\n")
    w.t(path, "corporate_number", w.ext["corpno"], None, True)
    w.tstation(path, names.TEL, names.FAX)
    w.t(path, "address", names.ADDR, None, True)
    w.t(path, "postal_code", names.POST, None, True)
    w.t(path, "email_address", f"info@{names.DOM}", None, True)
    w.tp(path, w.staff[0])


def children(w: Station) -> None:
    """小児/医療的ケア連絡票_<id>.docx: two children's care, parents, school and doctor."""
    r = w.rng
    t = w.ext["teacher"]
    for p in w.pts[38:40]:
        path = f"小児/医療的ケア連絡票_{p.id}.docx"
        dd = w.newdoc("医療的ケア児 連絡票（学校・訪問看護）")
        m, fa = p.kp, p.kp2
        care = ("人工呼吸器管理、気管切開部ケア、胃ろう注入" if r.random() < .5
                else "胃ろう注入、吸引")
        _table(dd, [("児童氏名", w.nm(p, 0) + " さん"), ("ふりがな", p.kana()),
                    ("生年月日", era(p.born, r.choice([0, 3]))), ("診断名", p.dx),
                    ("医療的ケアの内容", care),
                    ("保護者（母）", f"{w.nm(m, 0)}　携帯 {w.phone(m.mob, 0)}"),
                    ("保護者（父）", f"{w.nm(fa, 0)}　携帯 {w.phone(fa.mob, 0)}"),
                    ("自宅", f"{w.addr(p.home, 0, True)}　{w.phone(p.tel, 0)}"),
                    ("学校", f"{t.school}　担任 {w.nm(t, 0)} 先生"
                             f"（{w.phone(t.stel, 0)} / {t.email}）"),
                    ("主治医", f"{p.doc.clinic} {w.nm(p.doc, 0)} 医師"),
                    ("訪問看護担当", w.nm(p.nurse, 0))])
        w.save(path, dd)
        a = w.addr(p.home, 0, True)
        w.tp(path, p, dob=True, addr=a, phones=[p.tel])
        w.tkana(path, p)
        w.tdx(path, p)
        w.tdx(path, p, "胃ろう")
        if "人工呼吸器" in care:
            w.tdx(path, p, "人工呼吸器")
            w.tdx(path, p, "気管切開")
        w.tp(path, m, phones=[m.mob])
        w.tp(path, fa, phones=[fa.mob])
        w.tp(path, t)
        w.tstation(path, t.stel)
        w.t(path, "email_address", t.email, t.id, True)
        w.tp(path, p.doc)
        w.tp(path, p.nurse)
