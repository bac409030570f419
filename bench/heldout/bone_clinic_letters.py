"""The clinic's documents and notes: five 問診票 (.docx: 既往歴, 服薬中の薬, 妊娠の可能性, a child's
guardian), the 分院's handover memo (a changed insurance number and phone typed full-width),
the 要注意患者 list (CRLF; アルコール依存症, うつ病, 生活保護, 暴力団), the レセコン manual's
sample values and three 自賠責 施術証明書 (PDF) for the adjusters.

A surname or given name alone, the cause of an injury in a 問診票 and the clinic's numbers are
neutral; the manual's examples are no one's.
"""

from __future__ import annotations

from collections.abc import Sequence

import docx

from .bone_clinic_people import ADDR, DRUG, KIOU, SUPPORT, TEL, Clinic, fw, wareki
from .share import label_table, lines_pdf

FLAGS = {"アルコール": "アルコール依存症", "うつ病": "うつ病", "生活保護": "生活保護受給中",
         "暴力団": "暴力団関係者"}
NOTES = ["施術料の未払い 12,400円あり。次回来院時に請求", "過去に施術後の痛みでクレーム→院長対応",
         "アルコール依存症の治療歴あり、本人申告", "うつ病で通院中。言動に配慮",
         "生活保護受給中（医療券）", "暴力団関係者との噂あり、対応は男性スタッフで"]
MANUAL = ("【レセコン入力手順】\n"
          "1. 新患登録：氏名（例：接骨 太郎）、生年月日（例：S50.1.1）を入力\n"
          "2. 電話番号は 090-0000-0000 の形式で入力\n3. メールは test@example.com のように入力\n"
          "4. カード決済テストは 4111 1111 1111 1111 / 有効期限 12/30 を使用（本番不可）\n"
          "5. 保険者番号は8桁（例：01234567）、記号・番号は保険証のとおり\n"
          "6. マイナンバーは記載しないこと（例示：1234 5678 9012）\n"
          "問合せ：メディカルシステム株式会社 サポート 0120-555-123\n")


def pdf(lines: Sequence[str]) -> bytes:
    """gen.py's PDF: a line every 18 points from the top in 11-point HeiseiKakuGo-W5."""
    return lines_pdf(lines, 11, 50, 18)


def symptoms(p) -> str:
    """Where it hurts: the injury without 捻挫 or 挫傷."""
    return p.inj.replace("捻挫", "").replace("挫傷", "")


def intake_forms(c: Clinic) -> None:
    """問診票 of five patients (a child's signed by the guardian)."""
    rng = c.rng
    for p in rng.sample(c.patients, 5):
        path = f"問診票/問診票_{p.no}_{p.last}.docx"
        d = docx.Document()
        d.add_heading("問診票（初診）", 1)
        d.add_paragraph(f"記入日：令和6年{p.shoken.month}月{p.shoken.day}日")
        child = p.age < 16
        history = rng.sample(KIOU, rng.randint(0, 2))
        drugs = rng.sample(DRUG, len(history))
        pregnant = "あり" if (p.sex == "F" and 20 <= p.age <= 42 and rng.random() < 0.5) else "なし"
        rows = [("お名前", c.name(p, "\u3000")), ("フリガナ", p.kana("\u3000")),
                ("生年月日", wareki(p.born, rng.choice([0, 3]))),
                ("ご住所", f"〒{p.pc[:3]}-{p.pc[3:]}\n{c.addr(p)}"), ("電話番号", c.phone(p.phone)),
                ("どこが痛みますか", symptoms(p) + "が痛い"), ("いつ・どのように", p.cause),
                ("既往歴", "、".join(history) if history else "特になし"),
                ("服薬中の薬", "、".join(drugs) if drugs else "なし"),
                ("妊娠の可能性", pregnant if p.sex == "F" else "—")]
        g = p.guardian
        if child:
            rows += [("保護者氏名", c.name(g, " ")), ("保護者連絡先", c.phone(g.phone, 0))]
            c.t_name(path, g)
        label_table(d, rows, "Table Grid")
        d.add_paragraph("上記の内容に相違ありません。　署名：" + c.name(p, " ") if not child
                        else "保護者署名：" + c.name(g, " "))
        c.save(path, d)
        c.t_std(path, p, "name kana dob pc addr phone")
        if child:
            c.t(path, "phone_number", p.phone, g, neutral=True)
        for x in history + drugs:
            c.t(path, "sensitive", x, p)
        if pregnant == "あり":
            c.t(path, "sensitive", "妊娠の可能性あり", p)
        c.t(path, "sensitive", p.cause, p, neutral=True)


def handover(c: Clinic) -> None:
    """引継ぎメモ_分院: five 分院 patients (a new insurance number and a phone typed full-width)."""
    path = "メモ/引継ぎメモ_分院.txt"
    m = c.rng.sample(c.branch("分院"), 5)
    s1, s4 = c.staff[1], c.staff[4]
    family = m[4].insured
    phone = fw(c.phone(m[2].phone, 0)).replace("－", "ー")
    c.share.write(path, (
        f"引継ぎ（{s1.last}→{s4.last}）　R6/10/31\n\n"
        f"・{m[0].full}さん（{wareki(m[0].born, 1)}）{m[0].inj}、来週で{c.rng.randint(3, 5)}"
        "部位目の長期頻回になるので理由書必要\n"
        f"・{m[1].last} {m[1].first}様　保険証が変わったとのこと。新しい記号番号は "
        f"{fw(m[1].kigo)}－{fw(m[1].bango)}、要確認\n"
        f"・{m[2].last}さん（{m[2].first}）の電話番号変更 → {phone}\n"
        f"・{c.name(m[3], '')}様　{m[3].inj}。糖尿病ありのため温罨法は控えめに\n"
        f"・{m[4].last}様 回数券残り2回。"
        f"ご家族（{family.full if family else 'なし'}）も来院希望\n\n"
        "レセコンの操作で不明点は業者サポート 0120-555-123（平日9-18時）まで。\n"))
    c.t_std(path, m[0], "name dob inj")
    c.t_std(path, m[1], "name ins")
    c.t(path, "person_name", m[2].last, m[2], neutral=True)
    c.t(path, "person_name", m[2].first, m[2], neutral=True)
    c.t(path, "phone_number", m[2].phone, m[2])
    c.t_std(path, m[3], "name inj")
    c.t(path, "sensitive", "糖尿病", m[3])
    c.t(path, "person_name", m[4].last, m[4], neutral=True)
    if family:
        c.t_name(path, family)
    c.t(path, "person_name", s1.last, s1, neutral=True)
    c.t(path, "person_name", s4.last, s4, neutral=True)
    c.t(path, "phone_number", SUPPORT, None, neutral=True)


def watch_list(c: Clinic) -> None:
    """要注意患者リスト (CRLF): six patients, four of them with a sensitive note."""
    rng, path = c.rng, "メモ/要注意患者リスト.txt"
    lines = ["★要注意患者（受付のみ閲覧）★", "更新 2024.10.15", ""]
    for p, note in zip(rng.sample(c.patients, 6), NOTES, strict=True):
        who = c.name(p, rng.choice([" ", ""]))
        lines.append(f"{who}（{p.kana('')}）　TEL:{c.phone(p.phone)}　{note}")
        c.t_std(path, p, "name kana phone")
        flag = next((v for k, v in FLAGS.items() if k in note), "")
        if flag:
            c.t(path, "sensitive", flag, p)
    c.share.write(path, "\r\n".join(lines) + "\r\n")


def manual(c: Clinic) -> None:
    """レセコン入力手順: sample values only, and the vendor's support line (neutral)."""
    path = "マニュアル/レセコン入力手順.txt"
    c.share.write(path, MANUAL)
    c.t(path, "phone_number", SUPPORT, None, neutral=True)


def certificates(c: Clinic) -> None:
    """施術証明書・施術費明細書 (PDF) of accident cases 4 to 6, to their adjuster."""
    d = c.director
    for p in c.jibai[3:6]:
        path = f"交通事故/施術証明書_{p.no}.pdf"
        a = p.adj
        c.share.write(path, pdf([
            "施術証明書・施術費明細書（自賠責）", "", f"{a.company} 御中（担当：{a.last}様）",
            f"事故受付番号：{p.claim}", f"被害者氏名：{c.name(p, ' ')}",
            f"生年月日：{wareki(p.born, 0)}",
            f"住所：{c.addr(p)}", f"負傷名：{p.inj}", f"初検日：{wareki(p.shoken, 0)}",
            "施術日数：18日　実日数：14日", "施術費合計：98,560円", "", "上記のとおり証明します。",
            "さかえ接骨院　柔道整復師 " + c.name(d, " "), f"{ADDR}　TEL 048-255-1234"]))
        c.t_std(path, p, "name dob addr inj")
        c.t(path, "person_name", a.last, a, neutral=True)
        c.t_name(path, d)
        c.t_clinic(path, TEL)
