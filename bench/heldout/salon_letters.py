"""The salon's documents: six 同意書 (two colour, a perm, three eyelash ones for minors with a
guardian's table), four memos (a shop's handover with the POS password, a complaint record, the
lost property book, the kids' cut day typed from a paper list), the winter DM address list
(PDF), the company's details and the POS manual's samples.
"""

from __future__ import annotations

from typing import Any

import docx

from .salon_people import SALON2_PHONE, SALON_MAIL, SALON_PHONE, STAMP, TODAY, Person, Salon
from .share import age_on, label_table, pdf_bytes


def consent(h: Salon, path: str, title: str, p: Person, items: list[str],
            guardian: Person | None = None) -> None:
    """gen.py's consent(): the customer's table (name, kana, 和暦 birth and age, home, phone,
    condition), a guardian's where given, the date and the stylist."""
    rng = h.rng
    d = docx.Document()
    cp = d.core_properties
    cp.created = cp.modified = STAMP
    cp.author = cp.last_modified_by = "lumiere"
    cp.revision = 1
    d.add_heading(title, 1)
    d.add_paragraph("Hair Make LUMIERE 御中")
    d.add_paragraph("私は下記の施術内容・注意事項について説明を受け、理解したうえで施術を受けることに同意します。")
    for it in items:
        d.add_paragraph(it, style="List Bullet")
    label_table(d, [("お名前", p.name(" ")), ("フリガナ", p.kana(" ")),
                    ("生年月日", h.era(p.born, "kanji") + f"（{age_on(p.born, TODAY)}歳）"),
                    ("ご住所", f"〒{p.addr.zip}\n{p.addr.text()}"), ("電話番号", h.tel(p.mobile)),
                    ("アレルギー・既往歴", p.sens or "なし")], "Table Grid")
    h.facts(path, p, "name kana dob zip phone")
    h.rec(path, "address", p.addr.text(), p.id)
    if p.sens:
        h.rec(path, "sensitive", p.sens, p.id)
    if guardian:
        g = guardian
        d.add_paragraph("【未成年の方は保護者の同意が必要です】")
        label_table(d, [("保護者氏名", g.name(" ")), ("続柄", "母" if g.sex == "F" else "父"),
                        ("保護者連絡先", h.tel(g.mobile)), ("署名", g.full + "　㊞")], "Table Grid")
        h.facts(path, g, "name phone")
    d.add_paragraph(f"同意日：令和6年{rng.randint(1, 10)}月{rng.randint(1, 28)}日　　"
                    f"ご本人署名：{p.full}")
    d.add_paragraph(f"担当：{p.sty.name(' ')}")
    h.rec(path, "person_name", p.sty.full, p.sty.id, True)
    h.share.save(path, d)


def consents(h: Salon) -> None:
    """同意書/: two colour consents, a perm one, three eyelash ones for minors."""
    chosen = h.rng.sample(h.cust[:60], 4)
    for c in chosen[:2]:
        consent(h, f"同意書/カラー同意書_{c.full}様.docx", "ヘアカラー施術同意書", c,
                ["ヘアカラー剤によりかぶれ等のアレルギー反応が起こる場合があります。",
                 "48時間前のパッチテストを推奨します。"])
    consent(h, f"同意書/パーマ同意書_{chosen[2].last}.docx", "パーマ・縮毛矯正 施術同意書",
            chosen[2], ["ダメージにより仕上がりが異なる場合があります。"])
    for m, g in list(zip(h.minors, h.guard, strict=True))[:3]:
        consent(h, f"同意書/まつエク同意書_{m.full}（未成年）.docx",
                "まつ毛エクステンション施術同意書", m,
                ["グルーによるアレルギーの可能性があります。",
                 "施術後24時間は洗顔時にご注意ください。"], guardian=g)


def handover(h: Salon) -> None:
    """メモ/引継ぎ_中目黒店.txt: three customers (atopy, a pregnancy, eczema) and the POS
    password."""
    s, path = h.staff, "メモ/引継ぎ_中目黒店.txt"
    c1, c2, c3 = h.cust[5], h.cust[22], h.cust[47]
    born, tel1 = h.era(c1.born, "abbr"), h.tel(c1.mobile)
    txt = f"""【引継ぎメモ】 {s[2].last} → {s[3].last}さん　2024.10.28

・{c1.name(' ')}様（{born}生）毎月第2土曜。アトピーがひどい時期はカラー延期。
  TEL {tel1}
・{c2.last}様　妊娠中なのでパーマは産後に。ご主人の送迎あり。
・{c3.full}さん　頭皮に湿疹、皮膚科（榊原先生）通院中。{h.tel(c3.mobile, 'fw')}
・POSのログイン　ID: nakameguro01 / PW: Lumi#2024nk  ※変えてない
・レジ締め 21:30、夜間金庫は{s[0].last}店長
"""
    h.share.write(path, txt)
    h.rec(path, "person_name", c1.full, c1.id)
    h.rec(path, "date_of_birth", c1.born.isoformat(), c1.id)
    h.rec(path, "phone_number", c1.mobile, c1.id)
    h.rec(path, "sensitive", "アトピー", c1.id)
    h.rec(path, "person_name", c2.last, c2.id, True)
    h.rec(path, "sensitive", "妊娠中", c2.id)
    h.rec(path, "person_name", c3.full, c3.id)
    h.rec(path, "phone_number", c3.mobile, c3.id)
    h.rec(path, "sensitive", "湿疹", c3.id)
    h.rec(path, "credential", "Lumi#2024nk", None)
    for x in (s[2], s[3], s[0]):
        h.rec(path, "person_name", x.last, x.id, True)
    h.rec(path, "person_name", "榊原", None, True)


def complaint(h: Salon) -> None:
    """メモ/クレーム対応記録_20240915.txt: a customer's contact dermatitis after a colour."""
    s, path, c = h.staff, "メモ/クレーム対応記録_20240915.txt", h.cust[33]
    tel = h.tel(c.mobile, "hy")
    txt = f"""クレーム対応記録
日時：2024年9月15日 16:40
お客様：{c.name('　')} 様（会員番号 {c.no}）
連絡先：{tel}
住所：{c.addr.text(pref=False)}
内容：9/12のカラー後、頭皮のかゆみと赤み。皮膚科でかぶれ（接触皮膚炎）と診断されたとのこと。治療費の請求あり。
担当：{c.sty.name(' ')}　対応：{s[0].name(' ')}（店長）
経過：9/16 お電話でお詫び。診断書のコピーを郵送いただく。保険会社（損保）へ連絡済。
"""
    h.share.write(path, txt)
    h.rec(path, "person_name", c.full, c.id)
    h.rec(path, "phone_number", c.mobile, c.id)
    h.rec(path, "address", c.addr.text(pref=False), c.id)
    h.rec(path, "sensitive", "接触皮膚炎", c.id)
    h.rec(path, "person_name", c.sty.full, c.sty.id, True)
    h.rec(path, "person_name", s[0].full, s[0].id, True)


def lost_property(h: Salon) -> None:
    """メモ/忘れ物台帳.txt: five customers' phones, one's お薬手帳 (its medicine named)."""
    rng, path = h.rng, "メモ/忘れ物台帳.txt"
    lst = rng.sample(h.cust[:100], 5)
    out = ["忘れ物台帳（三軒茶屋店）", "日付\t品物\tお客様\t連絡\t状況"]
    for c in lst:
        day = f"{rng.randint(6, 10)}/{rng.randint(1, 28)}"
        item = rng.choice(["傘", "イヤリング片方", "お薬手帳", "社員証", "マフラー"])
        tel = h.tel(c.mobile, "none")
        state = rng.choice(["返却済", "保管中", "郵送済"])
        out.append(f"{day}\t{item}\t{c.full}様\t{tel}\t{state}")
        h.rec(path, "person_name", c.full, c.id)
        h.rec(path, "phone_number", c.mobile, c.id)
    med = rng.choice(["抗うつ薬", "降圧剤", "インスリン"])
    out.append(f"※お薬手帳は{lst[2].last}様のもの（{med}記載あり、中は見ないこと）")
    h.rec(path, "sensitive", med, lst[2].id)
    h.rec(path, "person_name", lst[2].last, lst[2].id, True)
    h.share.write(path, "\n".join(out) + "\n")


def kids_cut(h: Salon) -> None:
    """メモ/キッズカット予約_手書き転記.txt: the last two minors, their mothers' phones."""
    rng, path = h.rng, "メモ/キッズカット予約_手書き転記.txt"
    out = ["キッズカットデー 11/3（日）　手書きの予約表を転記"]
    for m, g in zip(h.minors[3:], h.guard[3:], strict=True):
        tel = h.tel(g.mobile, rng.choice(["-", "hy"]))
        out.append(f"・{m.name(' ')}ちゃん（{m.born.year}年生）　母：{g.first}さん　{tel}")
        h.rec(path, "person_name", m.full, m.id)
        h.rec(path, "phone_number", g.mobile, g.id)
        h.rec(path, "person_name", g.first, g.id, True)
    h.share.write(path, "\n".join(out) + "\n")


def dm_list(h: Salon) -> None:
    """DM/冬のキャンペーンDM_宛名リスト.pdf: 24 customers' addresses."""
    path, chosen = "DM/冬のキャンペーンDM_宛名リスト.pdf", h.rng.sample(h.cust[:100], 24)

    def draw(cv: Any, font: str) -> None:
        cv.setFont(font, 12)
        cv.drawString(40, 800, "冬のキャンペーンDM 宛名リスト（2024年12月発送）")
        cv.setFont(font, 9)
        y = 775
        for c in chosen:
            if y < 60:
                cv.showPage()
                cv.setFont(font, 9)
                y = 800
            cv.drawString(40, y, f"〒{c.addr.zip}  {c.addr.text()}")
            cv.drawString(40, y - 12, f"{c.name(' ')} 様")
            y -= 30

    for c in chosen:
        h.facts(path, c, "name zip")
        h.rec(path, "address", c.addr.text(), c.id)
    h.share.write(path, pdf_bytes(draw))


def company(h: Salon) -> None:
    """総務/会社概要.txt: the company's 法人番号, shops' phones, mail, address and account."""
    path = "総務/会社概要.txt"
    txt = f"""株式会社ルミエール（Hair Make LUMIERE）
法人番号：{h.corp}
本店所在地：〒154-0004 東京都世田谷区太子堂4丁目1番1号 ルミエールビル2F
三軒茶屋店 TEL {h.tel(SALON_PHONE, '-')} / 中目黒店 TEL {h.tel(SALON2_PHONE, '-')}
代表メール：{SALON_MAIL}
適格請求書発行事業者登録番号：T{h.corp}
取引銀行：三菱UFJ銀行 三軒茶屋支店 当座 1234567
"""
    h.share.write(path, txt)
    h.rec(path, "corporate_number", h.corp, None)
    h.rec(path, "phone_number", SALON_PHONE, None, True)
    h.rec(path, "phone_number", SALON2_PHONE, None, True)
    h.rec(path, "email_address", SALON_MAIL, None, True)
    h.rec(path, "postal_code", "1540004", None, True)
    h.rec(path, "address", "東京都世田谷区太子堂4丁目1番1号ルミエールビル2F", None, True)
    h.rec(path, "bank_account", "1234567", None, True)


MANUAL = """■顧客登録の手順
1. 「新規顧客」ボタンを押す
2. 氏名・フリガナを入力（例：美容 花子 / ビヨウ ハナコ）
3. 電話番号はハイフンなしで入力（例：09000000000 → 090-0000-0000 と表示されます）
4. メールアドレス（例：test@example.com）
5. 生年月日は西暦で入力（例：1990/01/01）
6. カード決済テスト時はテストカード 4111111111111111（有効期限 12/30, CVC 123）を使用
7. マイナンバー入力欄は使用しないこと（例：123456789018）
※ 不明点は本部 0120-123-456 まで
"""


def manual(h: Salon) -> None:
    """マニュアル/POS操作マニュアル_顧客登録.txt: samples only, and the head office's toll-free
    number (neutral)."""
    path = "マニュアル/POS操作マニュアル_顧客登録.txt"
    h.share.write(path, MANUAL)
    h.rec(path, "phone_number", "0120123456", None, True)
