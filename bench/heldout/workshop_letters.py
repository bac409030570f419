"""The workshop's documents and notes: four individual support plans (Word: diagnoses, a
relative's signature), the transport list (TSV) and Monday's route memo (full-width numbers),
three case records (a suicidal remark, a compulsory admission) and a handover memo (epilepsy, an
account), the old users' zip (CP932: a CSV and a memo naming a mother), the monthly report to
the city (PDF), the billing software's manual (sample values only), the NPO's details and an
assessment sheet (Word, label | value).
"""

from __future__ import annotations

import zipfile
from typing import Any

import docx

from .japanese import FULL_WIDTH
from .share import csv_text, label_table, pdf_bytes
from .workshop_people import (
    JIGYOSHO,
    NPO_ADDR,
    NPO_FAX,
    NPO_MAIL,
    NPO_NAME,
    NPO_TEL,
    NPO_ZIP,
    OFFICE,
    Workshop,
    era,
)

GOALS = ["パン製造で成形工程を一人でできるようになる", "週4日安定して通所する",
         "体調の変化をスタッフに伝えられるようになる", "一般就労に向けて作業時間を延ばす",
         "工賃月額2万円を目指す"]
WISHES = ["「パンを焼くのが楽しい。もっと上手になりたい」",
          "「お給料を増やして、母に何か買ってあげたい」", "「朝起きるのがつらいけど休まず来たい」"]
SUPPORTS = ["手順書を用いて工程を確認する", "朝の健康チェックで体調を聞き取る",
            "作業時間を段階的に延長"]
MANUAL = """【請求ソフト かんたん操作マニュアル】（抜粋）

1. 利用者の新規登録
  受給者証番号（10桁）を入力します。例：1234567890
  氏名の入力例：山田 太郎（ヤマダ タロウ）、生年月日：昭和50年1月1日
  電話番号の入力例：090-0000-0000　メール：test@example.com
  マイナンバー欄は入力しないでください（例：123456789018）。

2. 口座振替の設定
  カード決済テスト番号：4111111111111111（有効期限 12/30, CVV 123）
  口座番号の例：普通 1234567

3. 国保連伝送
  伝送エラー時はサポートセンター 0120-000-000 へ。
"""


def plans(h: Workshop) -> None:
    """02_個別支援計画/個別支援計画_R6後期_<name>.docx: four of the first 30 users' plans."""
    rng, sab = h.rng, h.sabikan
    for u in rng.sample(h.users[:30], 4):
        rel = f"02_個別支援計画/個別支援計画_R6後期_{u.full}.docx"
        d = docx.Document()
        d.add_heading("就労継続支援B型　個別支援計画書", 1)
        d.add_paragraph(f"事業所名：{OFFICE}　　作成日：令和6年10月{rng.randint(1, 20)}日")
        c = u.counsellor
        label_table(d, [("利用者氏名", u.spaced + "　様", "フリガナ", u.kana()),
                        ("生年月日", era(u.born, 0), "受給者証番号", u.jukyu),
                        ("障害種別", f"{u.dis}（{u.diag}）", "障害支援区分", u.kubun),
                        ("計画期間", "令和6年10月1日～令和7年3月31日", "相談支援専門員",
                         f"{c.office} {c.spaced}")], "Table Grid", cols=4)
        d.add_paragraph("")
        d.add_paragraph("本人の希望：" + rng.choice(WISHES))
        f = h.fam.get(u.id)
        if f:
            d.add_paragraph(f"家族の意向（{f.rel}）：無理のない範囲で続けてほしい。"
                            f"服薬（{'、'.join(u.meds) or 'なし'}）の管理をお願いしたい。")
        t2 = d.add_table(rows=1, cols=4)
        t2.style = "Table Grid"
        for cell, head in zip(t2.rows[0].cells, ["目標", "具体的な支援内容", "担当", "期間"],
                              strict=True):
            cell.text = head
        for g in rng.sample(GOALS, 3):
            r = t2.add_row().cells
            r[0].text = g
            r[1].text = rng.choice(SUPPORTS)
            s = rng.choice(h.staff[1:6])
            r[2].text = s.last
            r[3].text = "6か月"
            h.tsei(rel, s)
        d.add_paragraph("上記の計画について説明を受け、同意しました。")
        sig = [("同意日", "令和6年10月25日"), ("利用者署名", u.spaced),
               ("サービス管理責任者", sab.spaced + "　印")]
        if f:
            sig.append((f"家族署名（続柄：{f.rel}）", f.spaced))
        label_table(d, sig, "Table Grid")
        h.save(rel, d)
        h.tn(rel, u)
        h.tk(rel, u)
        h.rec(rel, "date_of_birth", u.born, u.id)
        h.sens(rel, u, u.dis, u.diag)
        if u.kubun != "非該当":
            h.sens(rel, u, u.kubun)
        h.sens(rel, u, *(u.meds if f else []))
        h.tn(rel, c)
        h.tn(rel, sab)
        if f:
            h.tn(rel, f)
        h.rec(rel, "person_name", sab.last, sab.id, True)


def transport(h: Workshop) -> None:
    """10_送迎/送迎表_2024年10月.tsv and 送迎ルートメモ（月曜）.txt: the users driven in, the
    memo's first eight with full-width numbers."""
    rng, rel = h.rng, "10_送迎/送迎表_2024年10月.tsv"
    tu = [u for u in h.users if u.transport]
    lines = ["便\t順\t利用者\t住所\t電話\t迎え時刻\t運転\t注意事項\n"]
    for i, u in enumerate(tu):
        note = rng.choice(["", "", "車椅子対応", "玄関まで声かけ", "車酔いしやすい"])
        ad = u.addr.text(pref=False)
        pick = rng.randint(10, 50)
        s = rng.choice(h.staff[5:10])
        lines.append(f"{'A' if i % 2 else 'B'}便\t{i // 2 + 1}\t{u.full}さん\t{ad}\t{u.tel}\t"
                     f"8:{pick}\t{s.last}\t{note}\n")
        h.tsei(rel, s)
        h.tn(rel, u)
        h.rec(rel, "address", ad, u.id)
        h.rec(rel, "phone_number", u.tel, u.id)
        if note == "車椅子対応":
            h.rec(rel, "sensitive", "車椅子", u.id, True)
    h.share.write(rel, "".join(lines))
    rel = "10_送迎/送迎ルートメモ（月曜）.txt"
    memo = ["月曜　送迎ルート（手書きメモ起こし）", ""]
    for u in tu[:8]:
        num = u.addr.num.translate(FULL_WIDTH)
        ad = u.addr.town + num.replace("－", rng.choice(["－", "ー", "‐"]))
        tel = u.tel.translate(FULL_WIDTH)  # gen.py's fw(hy(tel, "－"))
        memo.append(f"・{u.last}さん（{u.first}）　{ad}　℡{tel}")
        for part in (u.last, u.first, u.full):
            h.rec(rel, "person_name", part, u.id, True)
        h.rec(rel, "address", ad, u.id)
        h.rec(rel, "phone_number", u.tel, u.id)
    memo += ["", "※雨の日は" + NPO_TEL + "（事務所）に連絡してから出発"]
    h.share.write(rel, "\r\n".join(memo) + "\r\n")
    h.rec(rel, "phone_number", NPO_TEL, None, True)


def cases(h: Workshop) -> None:
    """09_ケース記録/支援記録_<name>_2024年9月.txt for three users, and the October handover."""
    rng, sab, doc, psw = h.rng, h.sabikan, h.doc, h.psw
    for u in rng.sample(h.users, 3):
        rel = f"09_ケース記録/支援記録_{u.full}_2024年9月.txt"
        f = h.fam.get(u.id)
        m = (u.meds or ["頓服"])[0]
        st = rng.choice(h.staff[1:6])
        told = (f"家族（{f.rel}・{f.spaced}さん、{f.tel}）に連絡。" if f
                else "家族なし。相談支援専門員に連絡。")
        c = u.counsellor
        txt = f"""支援記録（ケース記録）
利用者：{u.spaced}（{era(u.born, 1)}生）　記録者：{st.spaced}

9/3　朝から表情硬い。本人より「夜眠れていない」と。{u.diag}の症状悪化の可能性。昼の{m}は服薬確認済み。
9/10　作業中に突然泣き出し、休憩室へ。「死にたい」との発言あり。サビ管{sab.last}に報告、主治医（{doc.hosp} {doc.spaced}先生）へ電話で情報提供。
9/11　{told}昨夜は自宅で落ち着いていたとのこと。
9/17　{psw.hosp}に医療保護入院となった旨、PSWの{psw.spaced}さんより連絡あり。入院期間は1～2か月の見込み。
9/30　相談支援専門員（{c.office} {c.spaced}さん）とモニタリング日程調整。退院後は週2日から再開予定。
"""  # noqa: E501
        h.share.write(rel, txt)
        h.tn(rel, u)
        h.rec(rel, "date_of_birth", u.born, u.id)
        h.tn(rel, st)
        h.sens(rel, u, u.diag, m, "医療保護入院", "「死にたい」との発言")
        for p in (doc, psw, c):
            h.tn(rel, p)
        if f:
            h.tn(rel, f)
            h.rec(rel, "phone_number", f.tel, f.id)
        h.rec(rel, "person_name", sab.last, sab.id, True)
    rel = "09_ケース記録/引き継ぎメモ_10月.txt"
    hu = rng.sample(h.users, 5)
    s3, s6 = h.staff[3], h.staff[6]
    txt = f"""引き継ぎ（{s3.last}→{s6.last}さん）

・{hu[0].last}{hu[0].first}さん：てんかん発作が先週2回。発作時は時間を計って記録、5分以上なら救急要請。
・{hu[1].spaced}さん：{hu[1].diag}。最近薬が{(hu[1].meds or ['（なし）'])[0]}に変わって眠気が強いので午前は軽作業で。
・{hu[2].last}さん：お母さんから工賃の振込先を変えたいと電話あり。新口座は{hu[2].bank[0]} 普通 {hu[2].acct}（本人名義）。
・{hu[3].full}さん：受給者証の更新（{hu[3].jukyu}）、市役所に申請済み。
・{hu[4].spaced}さん、携帯が変わった→{hu[4].tel.translate(FULL_WIDTH)}
・オーブンの修理業者 04-2900-1234（平日のみ）
"""  # noqa: E501
    h.share.write(rel, txt)
    h.tn(rel, hu[0])
    h.sens(rel, hu[0], "てんかん")
    h.tn(rel, hu[1])
    h.sens(rel, hu[1], hu[1].diag, *hu[1].meds[:1])
    h.rec(rel, "person_name", hu[2].last, hu[2].id, True)
    h.rec(rel, "bank_account", hu[2].acct, hu[2].id)
    h.tn(rel, hu[3])
    h.tn(rel, hu[4])
    h.rec(rel, "phone_number", hu[4].tel, hu[4].id)
    h.rec(rel, "person_name", s3.last, s3.id, True)
    h.rec(rel, "person_name", s6.last, s6.id, True)
    h.rec(rel, "phone_number", "04-2900-1234", None, True)


def old_users(h: Workshop) -> None:
    """99_old/旧利用者データ_H30.zip: the 16 former users (CP932 CSV, 和暦) and a memo naming a
    former user's mother (a person of her own)."""
    rel0 = "99_old/旧利用者データ_H30.zip"
    inner = "退所者/退所者一覧_H26-R1.csv"
    rel = rel0 + "!" + inner
    rows = [["受給者証番号", "氏名", "生年月日", "住所", "電話", "障害", "退所日", "退所理由"]]
    for fm in h.former:
        ad = fm.addr.text(h="ー")
        rows.append([fm.jukyu, fm.spaced, era(fm.born, 2), ad, fm.tel, fm.grade, era(fm.end, 4),
                     fm.reason])
        h.tn(rel, fm)
        h.rec(rel, "date_of_birth", fm.born, fm.id)
        h.rec(rel, "address", ad, fm.id)
        h.rec(rel, "phone_number", fm.tel, fm.id)
        h.sens(rel, fm, fm.grade)
        if fm.reason == "入院のため":
            h.sens(rel, fm, "入院")
    members = [(inner, csv_text(rows).encode("cp932"))]
    inner = "退所者/メモ.txt"
    rel = rel0 + "!" + inner
    fm = h.former[2]
    memo = (f"{fm.spaced}さん（{fm.dis}）：H30退所後、{h.doc.hosp}に通院中と聞く。"
            f"母親 {fm.last}ヨシ子さん 連絡先 {fm.tel}\r\n"
            "書類はH35年まで保管（→R5で廃棄予定だったが未実施）\r\n")
    members.append((inner, memo.encode("cp932")))
    h.tn(rel, fm)
    h.sens(rel, fm, fm.dis)
    h.rec(rel, "phone_number", fm.tel, fm.id)
    h.count += 1
    h.rec(rel, "person_name", fm.last + "ヨシ子", f"P{h.count:03d}")
    h.share.write_zip(rel0, members, zipfile.ZIP_DEFLATED)


def report(h: Workshop) -> None:
    """11_報告/月次実績報告_2024年9月_狭山市提出.pdf: September's days and wages of the users
    living in 狭山市 (the first six where none)."""
    rng, rel, sab = h.rng, "11_報告/月次実績報告_2024年9月_狭山市提出.pdf", h.sabikan
    sayama = [u for u in h.users if u.addr.city == "狭山市"] or h.users[:6]

    def draw(cv: Any, font: str) -> None:
        cv.setFont(font, 14)
        cv.drawString(60, 800, "令和6年9月分　就労継続支援B型　サービス提供実績報告書")
        cv.setFont(font, 9)
        cv.drawString(60, 780, f"事業所番号 {JIGYOSHO}　{OFFICE}　法人番号 {h.corp}　TEL {NPO_TEL}")
        cv.drawString(60, 766, f"宛先：狭山市 福祉こども部 障害福祉課　　報告者：{sab.spaced}")
        y = 740
        cv.drawString(60, y, "受給者証番号　　氏名　　　　　　生年月日　　　"
                      "障害種別　　利用日数　工賃(円)")
        y -= 14
        for u in sayama:
            line = (f"{u.jukyu}　{u.spaced}　{era(u.born, 1)}　{u.dis}　{rng.randint(8, 22)}日　"
                    f"{rng.randint(8000, 30000):,}")
            cv.drawString(60, y, line)
            y -= 13
            h.tn(rel, u)
            h.rec(rel, "date_of_birth", u.born, u.id)
            h.sens(rel, u, u.dis)
        y -= 10
        cv.drawString(60, y, f"合計 {len(sayama)}名　平均工賃月額 {rng.randint(14000, 19000):,}円")
        cv.showPage()

    h.share.write(rel, pdf_bytes(draw))
    h.tn(rel, sab)
    h.rec(rel, "corporate_number", h.corp, None, True)
    h.rec(rel, "phone_number", NPO_TEL, None, True)


def manual(h: Workshop) -> None:
    """13_マニュアル/請求ソフト操作マニュアル_抜粋.txt: sample values only, no truth."""
    h.share.write("13_マニュアル/請求ソフト操作マニュアル_抜粋.txt", MANUAL)


def company(h: Workshop) -> None:
    """00_法人/法人概要.txt: the NPO's numbers (neutral) and its chair."""
    rel = "00_法人/法人概要.txt"
    h.share.write(rel, f"""{NPO_NAME}　法人概要
法人番号：{h.corp}
主たる事務所：〒{NPO_ZIP} {NPO_ADDR}
電話：{NPO_TEL}　FAX：{NPO_FAX}　メール：{NPO_MAIL}
理事長：{h.riji.spaced}
設立：平成21年4月1日（認証）　事業所指定：平成22年4月1日（事業所番号 {JIGYOSHO}）
事業：就労継続支援B型（定員20名）　製パン・軽作業受託
""")
    h.rec(rel, "corporate_number", h.corp, None, True)
    h.rec(rel, "phone_number", NPO_TEL, None, True)
    h.rec(rel, "phone_number", NPO_FAX, None, True)
    h.rec(rel, "email_address", NPO_MAIL, None, True)
    h.rec(rel, "address", NPO_ADDR, None, True)
    h.rec(rel, "postal_code", NPO_ZIP, None, True)
    h.tn(rel, h.riji)


def assessment(h: Workshop) -> None:
    """15_アセスメント/アセスメントシート_<surname>.docx: the 21st user's sheet (label | value)."""
    u = h.users[20]
    f = h.fam.get(u.id)
    c = u.counsellor
    rel = f"15_アセスメント/アセスメントシート_{u.last}.docx"
    d = docx.Document()
    d.add_heading("アセスメントシート", 1)
    label_table(d, [
        ("氏名", u.spaced + " 殿"), ("ふりがな", u.kana()), ("生年月日", era(u.born, 4)),
        ("住所", "〒" + u.addr.zip + "\n" + u.addr.text()), ("電話", u.tel.replace("-", "−")),
        ("障害・疾病", f"{u.dis}／{u.diag}"), ("手帳", u.techo + " " + u.grade),
        ("服薬", "、".join(u.meds) or "なし"),
        ("生活歴", "高校卒業後、製造業で3年勤務。対人関係のストレスから休職、その後退職。"),
        ("家族構成", f"{f.rel}（{f.spaced}、{f.tel}）と同居" if f else "単身"),
        ("相談支援専門員", c.spaced + "（" + c.office + "）"), ("記入者", h.staff[1].spaced)],
        "Table Grid")
    h.save(rel, d)
    h.ident(rel, u, u.addr.text())
    h.sens(rel, u, u.dis, u.diag, u.techo + u.grade, *u.meds)
    h.tn(rel, c)
    h.tn(rel, h.staff[1])
    if f:
        h.tn(rel, f)
        h.rec(rel, "phone_number", f.tel, f.id)
