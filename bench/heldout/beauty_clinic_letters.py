"""The clinic's forms and notes: six filled カウンセリングシート (.docx), six 施術同意書 (PDF),
two minors' 同意書 signed by a guardian (.docx) and the reception's 引き継ぎメモ.

The memo holds a card with its expiry and security code and the booking screen's password;
the clinic's own number and a nurse named in passing are neutral.
"""

from __future__ import annotations

import docx

from .beauty_clinic_people import ALLERGIES, CLINIC, DASHES, MEDICINES, TREATMENTS, Clinic, zen
from .identifiers import brand_card, corporate_number, luhn_check
from .japanese import fphone, wareki
from .share import label_table, pdf_bytes


def tick(flag: bool, yes: str = "あり", no: str = "なし") -> str:
    """A form's pair of boxes, the one that applies filled: ■あり　□なし."""
    return f"{'■' if flag else '□'}{yes}　{'□' if flag else '■'}{no}"


def counselling_sheets(clinic: Clinic) -> None:
    """Six patients' sheets, each naming the patient's mother as emergency contact; 既往歴 and
    pregnancy are 要配慮 where ticked."""
    rng = clinic.rng
    for i, p in enumerate(clinic.patients[0:6]):
        path = f"カウンセリングシート/{p.last}{p.first}様_カウンセリングシート.docx"
        document = docx.Document()
        document.add_heading(f"{CLINIC} カウンセリングシート", 1)
        filled = clinic.day(2024, 2024)
        document.add_paragraph(f"記入日：{filled.year}年{filled.month}月{filled.day}日　　"
                               f"カルテ番号：{p.karte}　　{p.branch}")
        mother = clinic.person("family", "f", (48, 80), family=p)
        born = {"iso": p.born.strftime("%Y年%m月%d日"), "wareki": wareki(p.born),
                "slash": p.born.strftime("%Y/%m/%d")}[rng.choice(["iso", "wareki", "slash"])]
        phone = fphone(p.mobile)
        home = p.addr.line(9 if i % 2 else 0)
        label_table(document, [
            ("お名前", p.name("\u3000")), ("フリガナ", p.kana()),
            ("生年月日", born + f"（{2024 - p.born.year}歳）"),
            ("ご住所", f"〒{p.addr.zip_hyphen()} {home}"), ("電話番号", phone),
            ("メールアドレス", p.email),
            ("緊急連絡先", f"{mother.name()}（母）　{fphone(mother.mobile)}"),
            ("ご希望の施術", rng.choice(TREATMENTS)),
            ("既往歴", tick(bool(p.disease)) + (f"（{p.disease}）" if p.disease else "")),
            ("アレルギー", tick(i % 3 == 0) + (f"（{ALLERGIES[i % 5]}）" if i % 3 == 0 else "")),
            ("服薬中のお薬", MEDICINES[i % 5] if i % 2 == 0 else "なし"),
            ("妊娠中・授乳中", tick(p.pregnant, "はい", "いいえ")),
            ("過去の美容施術歴", f"{rng.choice(TREATMENTS)}（{filled.year - 2}年頃、他院）"),
            ("担当カウンセラー", rng.choice(clinic.counsellors).name())], "Table Grid")
        document.add_paragraph("上記の内容に相違ありません。　署名：" + p.name())
        clinic.share.save(path, document)
        clinic.t(path, "person_name", p.name(""), p)
        clinic.t(path, "person_name", p.kana(""), p)
        clinic.t(path, "date_of_birth", p.born.isoformat(), p)
        clinic.t(path, "postal_code", p.addr.postal, p)
        clinic.t(path, "address", home, p)
        clinic.t(path, "phone_number", p.mobile, p)
        clinic.t(path, "email_address", p.email, p)
        clinic.t(path, "person_name", mother.name(""), mother)
        clinic.t(path, "phone_number", mother.mobile, mother)
        if p.disease:
            clinic.t(path, "sensitive", p.disease, p)
        if p.pregnant:
            clinic.t(path, "sensitive", "妊娠中", p)


def consent_forms(clinic: Clinic) -> None:
    """Six signed 施術同意書, named by the カルテ番号's last six digits, birth dates in 和暦."""
    rng = clinic.rng
    for p in clinic.patients[82:88]:
        path = f"施術同意書/同意書_{p.karte[-6:]}.pdf"
        signed = clinic.day(2024, 2024)
        treatment = rng.choice(TREATMENTS)
        lines = [f"{CLINIC}　施術同意書", "", f"施術内容：{treatment}",
                 "私は上記施術について、担当医より説明を受け、",
                 "内出血・腫れ・感染等のリスクを理解した上で施術を受けることに同意します。", "",
                 f"同意日：{wareki(signed)}", f"患者氏名：{p.name()}",
                 f"生年月日：{wareki(p.born)}",
                 f"住所：{p.addr.line(9)}", f"電話：{fphone(p.mobile)}", "",
                 f"説明医師：{p.doctor.name()}", f"立会看護師：{rng.choice(clinic.nurses).name()}"]

        def draw(sheet, font: str, lines: list[str] = lines) -> None:
            sheet.setFont(font, 11)
            for n, line in enumerate(lines):
                sheet.drawString(50, 800 - 20 * n, line)

        clinic.share.write(path, pdf_bytes(draw))
        clinic.t(path, "person_name", p.name(""), p)
        clinic.t(path, "date_of_birth", p.born.isoformat(), p)
        clinic.t(path, "address", p.addr.line(9), p)
        clinic.t(path, "phone_number", p.mobile, p)


def minors_consent(clinic: Clinic) -> None:
    """Two girls of 16 or 17 and a parent each (new people; the girls join the カルテ)."""
    rng = clinic.rng
    for _ in range(2):
        minor = clinic.person(sex="f", age=(16, 17))
        parent = clinic.person("family", rng.choice("fm"), (42, 55), family=minor)
        minor.karte = corporate_number(rng)
        minor.doctor = rng.choice(clinic.doctors)
        minor.branch = "銀座院"
        clinic.minors.append(minor)
        path = f"施術同意書/未成年者同意書_{minor.last}.docx"
        document = docx.Document()
        document.add_heading("未成年者施術同意書（保護者用）", 1)
        signed = clinic.day(2024, 2024)
        document.add_paragraph(f"{CLINIC} 院長 {clinic.doctors[0].name()} 殿")
        document.add_paragraph("私は、下記の者が医療脱毛（ジェントルマックスプロ）の施術を受けることに同意いたします。")
        phone = fphone(parent.mobile, rng.choice(["‐", "―", "−"]))
        label_table(document, [
            ("施術を受ける方", minor.name()), ("生年月日", wareki(minor.born)),
            ("保護者氏名", parent.name() + "　㊞"), ("続柄", "母" if parent.sex == "f" else "父"),
            ("保護者住所", minor.addr.line(2)), ("保護者連絡先", phone),
            ("同意日", wareki(signed))], "Table Grid")
        clinic.share.save(path, document)
        clinic.t(path, "person_name", minor.name(""), minor)
        clinic.t(path, "date_of_birth", minor.born.isoformat(), minor)
        clinic.t(path, "person_name", parent.name(""), parent)
        clinic.t(path, "address", minor.addr.line(2), parent)
        clinic.t(path, "phone_number", parent.mobile, parent)


def reception_memo(clinic: Clinic) -> None:
    """May's handover: seven patients wanting to move branch (hyphens as typed), a card read
    out over the phone, a member number (Luhn, a hard negative) and the booking password."""
    rng, path = clinic.rng, "メモ/引き継ぎメモ_受付.txt"
    lines = ["■受付 引き継ぎメモ（令和６年５月）", ""]
    for j, p in enumerate(clinic.patients[-4:] + clinic.patients[12:15]):
        phone = fphone(p.mobile, DASHES[j % 6] if rng.random() < .6 else "zen")
        born = wareki(p.born)
        lines.append(f"・{p.name()}さん（{zen(born) if j % 2 else born}生）、"
                     f"{p.branch}から転院希望。折返し {phone} まで。住所 {p.addr.line(j)}")
        clinic.t(path, "person_name", p.name(""), p)
        clinic.t(path, "date_of_birth", p.born.isoformat(), p)
        clinic.t(path, "phone_number", p.mobile, p)
        clinic.t(path, "address", p.addr.line(j), p)
    payer, filed = clinic.patients[16], clinic.patients[17]
    card = brand_card(rng, "visa")
    expiry = f"{rng.randint(1, 12):02d}/{rng.randint(26, 29)}"
    code = f"{rng.randint(100, 999)}"
    spoken = "－".join(zen(card[i:i + 4]) for i in range(0, 16, 4))
    lines += ["", f"・{payer.name('')}様 電話で分割決済の依頼。カード {spoken} 期限{expiry} "
                  f"セキュリティコード{code}（本人確認済み、後で消すこと）"]
    member = "4" + str(rng.randint(10**13, 10**14 - 1))
    lines += [f"・会員番号 {member + luhn_check(member)} の方のポイント移行は未了（本部対応）",
              f"・カルテ番号 {filed.karte} のカルテ、{filed.last}様分を横浜院へFAX済み",
              "・予約管理画面 ログインID: uketsuke01 ／ パスワード: Bf#2024shinjuku （共有PCのみ）",
              "・ヒアルロン酸（ジュビダーム ボリフト）在庫、アラガン・ジャパン株式会社に発注済",
              f"・{clinic.nurses[0].name()}さん　５/２０は有給",
              "・今月の電話番号変更：新宿院代表 ０３－５３２１－８８８８"]
    clinic.t(path, "person_name", payer.name(""), payer)
    clinic.t(path, "credit_card_number", card, payer)
    clinic.t(path, "card_expiry", expiry, payer)
    clinic.t(path, "card_security_code", code, payer)
    clinic.t(path, "credential", "Bf#2024shinjuku")
    clinic.t(path, "person_name", filed.last, filed, neutral=True)
    clinic.t(path, "person_name", clinic.nurses[0].name(""), clinic.nurses[0], neutral=True)
    clinic.t(path, "phone_number", "0353218888", None, neutral=True)
    clinic.share.write(path, "\r\n".join(lines) + "\r\n")
