"""The centre's documents: the client's talk script (sample values, the free dial and 法人番号),
two クレーム報告書 (docx) and October's monthly report to the client (PDF, a masked card).
"""

from __future__ import annotations

from docx import Document

from .call_center_people import CENTER, CLIENT_CO, PRODUCTS, Center, Person
from .share import label_table, lines_pdf

SAMPLES = [("氏名", "山田 太郎", "漢字・カナ"), ("電話番号", "03-1234-5678", "日中連絡先"),
           ("郵便番号", "100-0001", ""), ("住所", "東京都千代田区千代田1-1", "建物名まで"),
           ("注文番号", "240000000000", "12桁")]


def manual(h: Center) -> None:
    """マニュアル/トークスクリプト_ハルモニア通販_v3.docx: the script and its sample values."""
    rel = "マニュアル/トークスクリプト_ハルモニア通販_v3.docx"
    doc = Document()
    doc.add_heading("ハルモニア通販 受電トークスクリプト v3", 0)
    free = h.tel(h.free[0], "-").replace("012-0", "0120-")
    doc.add_paragraph(f"受付窓口：フリーダイヤル {free}（9:00〜20:00） / 法人番号 {h.corp_client}")
    doc.add_paragraph("【本人確認】氏名・生年月日・ご登録電話番号の3点で照合する。")
    doc.add_paragraph("例）オペレーター：「ご登録のお名前をお願いいたします」 "
                      "お客様：「山田太郎です」「電話は090-0000-0000です」")
    doc.add_paragraph("例）メールアドレス：test@example.com  生年月日：1980年1月1日")
    doc.add_paragraph("【禁止事項】カード番号（例：4111-1111-1111-1111）、セキュリティコード（例：123）を"
                      "口頭で聞き取らないこと。決済はIVRへ転送。")
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("項目", "記入例", "注意"), strict=True):
        cell.text = text
    for row in SAMPLES:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    doc.add_paragraph(f"エスカレーション先：SV {h.svs[1].last}（内線 2201） / クライアント窓口 "
                      f"{h.client[1].last}様")
    h.save(rel, doc)
    h.rec(rel, "corporate_number", h.corp_client, None, neutral=True)
    h.rec(rel, "phone_number", h.free[0], None, neutral=True)
    h.rec(rel, "person_name", h.svs[1].last, h.svs[1].id, neutral=True)
    h.rec(rel, "person_name", h.client[1].last, h.client[1].id, neutral=True)


def claims(h: Center) -> None:
    """クレーム/クレーム報告書_CL-2024-0117.docx and _0123.docx."""
    _claim(h, "クレーム/クレーム報告書_CL-2024-0117.docx", h.cust[12], 117)
    _claim(h, "クレーム/クレーム報告書_CL-2024-0123.docx", h.cust[33], 123)


def _claim(h: Center, rel: str, c: Person, n: int) -> None:
    rng = h.rng
    doc = Document()
    doc.add_heading("クレーム報告書", 1)
    op, sv = rng.choice(h.ops), rng.choice(h.svs)
    label_table(doc, [("報告書番号", f"CL-2024-{n:04d}"), ("発生日", f"令和6年11月{n % 28 + 1}日"),
                      ("お客様氏名", c.name() + " 様"), ("フリガナ", c.kana()),
                      ("ご連絡先", h.tel(c.tel)), ("ご住所", "〒" + c.postal + " " + c.addr),
                      ("注文番号", c.orders[0]), ("一次対応者", f"{op.name()}（{op.opid}）"),
                      ("報告者", f"{sv.name()}（SV）")])
    doc.add_paragraph("【経緯】")
    doc.add_paragraph(f"お届けした{rng.choice(PRODUCTS)[0]}が破損していたとのお申し出。{c.last}様は"
                      f"「前回も同じだった」と強くご立腹。配送業者（担当：{h.drv[1].name()}氏）に確認した"
                      "ところ、積み込み時の破損の可能性あり。")
    doc.add_paragraph(f"【対応】代替品を即日発送（伝票番号 {h.slip_no()}）。"
                      f"クライアント {CLIENT_CO} {h.client[2].name()}様へ報告済。")
    h.save(rel, doc)
    h.recp(rel, c, "name", "kana", "tel", "zip", "addr", "surname")
    for p in (op, sv, h.drv[1], h.client[2]):
        h.recp(rel, p, "name")


def report(h: Center) -> None:
    """報告書/月次報告_2024年10月_ハルモニア通販様.pdf: three complaints' customers and a
    masked card."""
    rel = "報告書/月次報告_2024年10月_ハルモニア通販様.pdf"
    lines = [f"{CLIENT_CO} 御中   月次運営報告（2024年10月）",
             f"{CENTER}  法人番号 {h.corp_center}",
             "受電数 12,480件 / 応答率 91.2% / 平均処理時間 6分42秒",
             "■ 重大クレーム事例（個人情報含む・取扱注意）"]
    for c in h.cust[12:15]:
        lines.append(f"・{c.name()}様 TEL {h.tel(c.tel, '-')} 注文番号 {c.orders[0]} "
                     "破損による返品")
        h.recp(rel, c, "name", "tel")
    lines.append("■ カード情報の口頭聴取事案（是正済み）")
    c = h.cust[16]
    lines.append(f"・{c.name()}様 カード番号 ************{c.card[-4:]} "
                 "をOPが聴取（マスキング済み）")
    h.recp(rel, c, "name")
    h.rec(rel, "credit_card_number", "************" + c.card[-4:], c.id, neutral=True)
    lines.append(f"報告者：{h.svs[0].name()}")
    h.recp(rel, h.svs[0], "name")
    h.rec(rel, "corporate_number", h.corp_center, None, neutral=True)
    h.share.write(rel, lines_pdf(lines, 11, 40, 18))
