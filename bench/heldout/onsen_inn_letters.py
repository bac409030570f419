"""The inn's documents: the 婚礼 contract and a 法事 booking (.docx), the lost-and-found and
handover memos, the booking manual and the group's roster (PDF), and a letter of apology."""

from __future__ import annotations

import datetime
from typing import Any

from docx import Document

from .japanese import wareki
from .onsen_inn_people import INN, Inn, addr
from .share import label_table, lines_pdf

FILED = datetime.datetime(2024, 10, 1)  # the documents' core dates before the share pinned them


def save_docx(n: Inn, doc: Any, path: str) -> None:
    """A .docx as gen.py saved it: 川瀬 its author, revision 1, then its dates pinned."""
    props = doc.core_properties
    props.author, props.created, props.modified = "川瀬", FILED, FILED
    props.last_modified_by, props.revision = "川瀬", 1
    n.share.save(path, doc)


def banquets(n: Inn) -> None:
    """The wedding dinner's contract (the couple's names, kana, birth date and homes) and a
    七回忌's booking (the deceased's name and a 糖尿病食, neutral)."""
    bride, groom, okami = n.guests[70], n.guests[71], n.staff[0]
    path = f"宴会/婚礼食事会_ご契約書_{groom.sei}家.docx"
    d = Document()
    d.add_heading("婚礼披露宴（食事会）ご契約書", 1)
    d.add_paragraph(f"{groom.name}（以下「甲」）と{INN['corp']}（以下「乙」）は、"
                    "下記のとおり契約を締結する。")
    label_table(d, [("ご契約者（甲）", groom.name), ("フリガナ", groom.kana),
                    ("生年月日", wareki(groom.dob)),
                    ("ご住所", f"〒{groom.zip} {addr(groom)}"), ("電話番号", groom.tel),
                    ("新婦様", f"{bride.name}（{bride.kana}）"),
                    ("新婦様 ご住所", addr(bride, pref=False)),
                    ("開催日", "令和7年4月19日（土） 12:00〜14:30"), ("会場", "大広間「桜」"),
                    ("人数", "18名（うち車椅子1名）"),
                    ("内金", "100,000円（2024年10月10日 受領）")],
                "Table Grid")
    d.add_paragraph(f"乙：{INN['corp']}　代表取締役 {okami.name}\n{INN['addr']}　TEL {INN['tel']}"
                    f"\n法人番号 {n.corp}")
    save_docx(n, d, path)
    n.tn(path, groom, kana=True)
    n.t(path, "date_of_birth", groom.dob.isoformat(), groom)
    n.t(path, "postal_code", groom.zip, groom)
    n.t(path, "address", addr(groom), groom)
    n.t(path, "phone_number", groom.tel, groom)
    n.tn(path, bride, kana=True)
    n.t(path, "address", addr(bride, pref=False), bride)
    n.t(path, "person_name", okami.name, okami)
    n.t_inn(path, corp=True)

    host = n.guests[72]
    dec_name = host.sei + " " + n.rng.choice(["正雄", "キヨ", "貞子", "勝", "文子"])
    path = f"宴会/法事_{host.sei}様_七回忌.docx"
    d = Document()
    d.add_heading("御法要 お席料理 ご予約確認書", 1)
    label_table(d, [("施主様", host.name + " 様"), ("ご連絡先", n.phone(host.tel, 2)),
                    ("ご自宅", host.home or ""), ("ご住所", addr(host)),
                    ("故人様", "故 " + dec_name + " 様（令和元年十月 没）"), ("法要", "七回忌"),
                    ("寺院", "浄土宗 西光寺（送迎 住職様1名）"),
                    ("日時", "2024年10月27日（日）11:30〜"), ("人数", "大人14名・子供3名"),
                    ("献立", "精進会席 6,600円（うち1名 糖尿病食）")],
                "Table Grid")
    d.add_paragraph(f"受付担当：{n.staff[2].name}")
    save_docx(n, d, path)
    n.tn(path, host)
    n.t(path, "phone_number", host.tel, host)
    n.t(path, "address", addr(host), host)
    if host.home:
        n.t(path, "phone_number", host.home, host)
    n.t(path, "person_name", dec_name, None, True)
    n.t(path, "person_name", n.staff[2].name, n.staff[2])
    n.t(path, "sensitive", "糖尿病", None, True)


def lost_and_found(n: Inn) -> None:
    """忘れ物メモ: five guests' items (a licence with its number, a 保険証's 記号・番号), three
    sent back to their homes; the police station's number neutral."""
    rng, path = n.rng, "フロント/忘れ物メモ.txt"
    items = ["財布（黒・二つ折り）中に運転免許証", "保険証（国保）", "スマホ充電器", "眼鏡ケース",
             "腕時計"]
    lf = []
    for i, p in enumerate(n.guests[74:79]):
        line = (f"{p.cin.month}/{p.cin.day} {rng.randint(201, 312)}号室 "
                f"{p.name if i % 2 == 0 else p.sei + 'さん'} {items[i]}")
        if i == 0:
            lic = n.licence()
            line += f"（免許証番号 {lic}）"
            n.t(path, "drivers_license_number", lic, p)
        if i == 1:
            hk, hb = rng.randint(100, 999), rng.randint(10000, 99999)
            line += f"（記号 {hk} 番号 {hb}、保険者番号 {rng.randint(100000, 999999)}）"
            n.t(path, "health_insurance_number", f"{hk}{hb}", p, True)
        if i < 3:
            line += f"\n　→ 着払いで発送済 〒{p.zip} {addr(p)}  TEL{n.phone(p.tel)}"
        else:
            line += "\n　→ 保管中（連絡つかず。3ヶ月で処分）"
        lf.append(line)
        if i % 2 == 0:
            n.tn(path, p)
        else:
            n.sur(path, p)
        if i < 3:
            n.t(path, "postal_code", p.zip, p)
            n.t(path, "address", addr(p), p)
            n.t(path, "phone_number", p.tel, p)
    n.share.write(path, "忘れ物・落とし物 記録（フロント）\n※警察届出は伊東警察署 0557-36-0110\n\n"
                  + "\n".join(lf) + "\n")
    n.t(path, "phone_number", "0557-36-0110", None, True)


def handover(n: Inn) -> None:
    """申し送り: a guest's night fever and the doctor called, a complaint, a staff member's
    influenza, a reservation number (passing the My Number check)."""
    path, s = "フロント/申し送り_10月.txt", n.staff
    sick, comp, doc = n.guests[24], n.guests[25], n.doctor
    txt = f"""申し送り（夜勤→朝番）　R6/10/12

・萩の間 {sick.sei}様（{sick.tel}）夜中2時ごろ発熱と腹痛の訴え。
  かかりつけは無いとのことで、湯川クリニックの{doc.name}先生（0557-37-5511）に電話相談、
  朝一で受診予定。奥様が付き添い。食事は朝粥に変更。
・{comp.name}様 チェックアウト時にクレーム（隣室の騒音）。次回10%割引券お渡し済。
  連絡先は台帳参照。
・{s[9].name}さん 10/14 病欠（インフルエンザ）、{s[8].sei}さんに代わってもらった。
・予約番号 {n.guests[26].res} の件、じゃらん側でキャンセル処理済。
{s[3].sei}
"""
    n.share.write(path, txt)
    n.sur(path, sick)
    n.t(path, "phone_number", sick.tel, sick)
    n.t(path, "sensitive", "発熱", sick)
    n.t(path, "sensitive", "腹痛", sick)
    n.tn(path, doc)
    n.t(path, "phone_number", "0557-37-5511", None, True)
    n.tn(path, comp)
    n.t(path, "person_name", s[9].name, s[9])
    n.t(path, "sensitive", "インフルエンザ", s[9])
    n.sur(path, s[8])
    n.sur(path, s[3])


def pdfs(n: Inn) -> None:
    """The booking system's manual (the inn's 法人番号 and 登録番号, sample values, a sample
    reservation number) and the 社員旅行's roster PDF (names, homes, the organiser's mobile)."""
    path = "マニュアル/予約システム操作マニュアル_v3.pdf"
    support = n.vendors[2]
    n.share.write(path, lines_pdf([
        "予約システム 操作マニュアル（フロント用） 第3版", "",
        f"{INN['corp']}　法人番号 {n.corp}",
        f"所在地 〒{INN['zip']} {INN['addr']}　TEL {INN['tel']}",
        f"適格請求書発行事業者 登録番号 T{n.corp}", "", "1. 新規予約の入力",
        "  氏名欄には「川瀬 太郎」のように姓と名の間に空白を入れます。",
        "  電話番号の入力例：090-0000-0000（ハイフンあり可）",
        "  メールアドレスの入力例：test@example.com",
        "  カード保証のテスト用番号：4111111111111111（有効期限 12/30, CVC 123）",
        f"  予約番号は自動採番されます（例：{n.resv()}）。", "2. 宿泊者名簿",
        "  外国人のお客様は旅券番号と国籍を必ず記入し、旅券の写しを保存します。",
        "  旅券番号の記入例：TK1234567", "3. 障害時の連絡先",
        f"  {support.co} サポート {support.cotel}（平日9-18時）"], 10, 40, 16))
    n.t_inn(path, corp=True)
    n.t(path, "phone_number", support.cotel, None, True)

    grp = n.guests[60:70]
    leader = grp[0]
    path = "宴会/団体_宿泊者一覧_マルタ精機様.pdf"
    lines = ["団体宿泊者一覧（株式会社マルタ精機様 社員旅行 2024/11/15-16）", "",
             "No  氏名              住所"]
    for i, p in enumerate(grp):
        lines.append(f"{i + 1:2d}  {p.name:<14}  {addr(p, pref=(i % 2 == 0))}")
        n.tn(path, p)
        n.t(path, "address", addr(p, pref=(i % 2 == 0)), p)
    lines += ["", f"幹事：{leader.name} 様（携帯 {leader.tel}）", "",
              f"{INN['name']}  {INN['tel']}"]
    n.t(path, "phone_number", leader.tel, leader)
    n.t(path, "phone_number", INN["tel"], None, True)
    n.share.write(path, lines_pdf(lines, 10, 40, 16))


def apology(n: Inn) -> None:
    """お詫び状: a guest's 〒, address and name, signed by the 女将."""
    p, okami = n.guests[77], n.staff[0]
    path = f"フロント/お詫び状_{p.sei}様.docx"
    d = Document()
    d.add_paragraph(f"〒{p.zip}")
    d.add_paragraph(addr(p))
    d.add_paragraph(f"{p.name} 様")
    d.add_paragraph("令和6年10月18日").alignment = 2
    d.add_paragraph("拝啓　時下ますますご清祥のこととお慶び申し上げます。")
    d.add_paragraph("先日はご宿泊いただき誠にありがとうございました。ご滞在中、お預かりしたお荷物の"
                    "取り違えによりご迷惑をおかけしましたこと、心よりお詫び申し上げます。")
    d.add_paragraph("敬具")
    d.add_paragraph("{}\n{}\n女将　{}".format(INN["addr"], INN["name"], okami.name))
    save_docx(n, d, path)
    n.t(path, "postal_code", p.zip, p)
    n.t(path, "address", addr(p), p)
    n.tn(path, p)
    n.t(path, "person_name", okami.name, okami)
    n.t(path, "address", INN["addr"], None, True)
