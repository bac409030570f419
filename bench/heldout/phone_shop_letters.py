"""The shop's papers: three 親権者同意書 and three 委任状 / 後見人 申出書 (.docx; 認知症 in a
後見人's), the handover memo (full-width and look-alike hyphenated mobiles), the sales manual
(PDF: sample values, the 法人番号), three customers' 契約内容確認書 (PDF), the branch list, two
家族割 申込書 (.docx) and the desk's record of proxies and minors.

The manual's samples (携帯 太郎's 090-0000-0000, test@example.com, the 4111 test card), the
company's numbers and addresses and surnames alone are neutral.
"""

from __future__ import annotations

import docx

from .japanese import FULL_WIDTH
from .phone_shop_people import (
    ADDR_K,
    ADDR_S,
    CARRIER_CENTER,
    CARRIER_TEL,
    EMAIL,
    NAME,
    SANGENJAYA,
    TEL_HQ,
    TEL_K,
    TEL_S,
    Shop,
    dashed,
    era,
)
from .share import label_table, lines_pdf
from .truth import squeeze


def pdf(lines: list[str]) -> bytes:
    """gen.py's pdf(): 10-point lines at x 40, 16 apart."""
    return lines_pdf(lines, 10, 40, 16)


def consents(c: Shop) -> None:
    """親権者同意書_<surname>.docx for the first three minors: the minor's and the parent's
    particulars, the parent's licence."""
    rng = c.rng
    for kid, par in c.minors[:3]:
        path = f"契約/未成年者契約/親権者同意書_{kid.last}.docx"
        d = docx.Document()
        d.add_heading("親権者同意書", 1)
        d.add_paragraph(f"{NAME} {SANGENJAYA} 御中")
        label_table(d, [("契約者（未成年者）氏名", kid.full()), ("生年月日", era(kid.born, 0)),
                        ("契約者携帯番号", kid.mobile), ("親権者氏名", par.full()),
                        ("親権者生年月日", par.born.strftime("%Y年%m月%d日")),
                        ("続柄", rng.choice(["父", "母"])),
                        ("住所", f"〒{par.addr[3]} {par.address()}"),
                        ("親権者連絡先", par.mobile), ("確認書類", "運転免許証 " + par.lic)])
        d.add_paragraph("上記の者が貴社と携帯電話利用契約を締結することに同意します。"
                        "フィルタリングサービスの利用に同意します。")
        c.core(path, kid, "name dob mobile")
        c.core(path, par, "name dob pc addr mobile lic")
        c.save(path, d)


def proxies(c: Shop) -> None:
    """委任状_<surname>.docx for the first three elderly customers: theirs and their
    representative's particulars; 認知症 where a 後見人 acts."""
    for old, rep in c.elders[:3]:
        path = f"契約/代理人手続/委任状_{old.last}.docx"
        d = docx.Document()
        d.add_heading("委任状" if "代理" in rep.title else "成年後見人による手続申出書", 1)
        d.add_paragraph(f"私は、下記の者を{rep.title}と定め、携帯電話契約の名義変更・解約に"
                        "関する一切の権限を委任します。")
        label_table(d, [("契約者（委任者）", old.full() + " 様"),
                        ("契約者生年月日", era(old.born, 0)), ("契約者住所", old.address()),
                        ("回線番号", old.mobile), ("代理人氏名", rep.full() + " 殿"),
                        ("代理人住所", rep.address()), ("代理人連絡先", rep.mobile),
                        ("代理人確認書類", "運転免許証 " + rep.lic)])
        if "後見" in rep.title:
            d.add_paragraph("登記事項証明書（後見）確認済。本人は認知症により判断能力を欠く常況にある。")
            c.t(path, "sensitive", "認知症", old)
        c.core(path, old, "name dob addr mobile")
        c.core(path, rep, "name addr mobile lic")
        c.save(path, d)


def handover(c: Shop) -> None:
    """引継ぎメモ_三軒茶屋.txt: six customers (a surname and a full-width mobile, a name and a
    look-alike hyphenated one, or a name and a 和暦 birth date), a minor and their parent."""
    rng, path = c.rng, "店舗管理/引継ぎメモ_三軒茶屋.txt"
    lines = ["【引継ぎ】5/14 遅番→早番", ""]
    for p in rng.sample(c.customers[40:], 6):
        m, nm = p.mobile, p.full(False)
        full_width = dashed(m, "ー").translate(FULL_WIDTH)
        line = rng.choice([
            f"・{p.last}さん（{full_width}）SIM再発行待ち。届いたら電話。",
            f"・{nm}様 MNP予約番号の期限切れ。再取得してもらう。連絡先 {dashed(m, '‐')}",
            f"・{nm} 様 {era(p.born, 1)}生 → 本人確認書類の住所が旧住所。補助書類要。"])
        lines.append(line)
        if line.startswith(f"・{p.last}さん"):
            c.t(path, "person_name", p.last, p, True)
            c.core(path, p, "mobile")
        else:
            c.core(path, p, "name mobile" if "MNP" in line else "name")
        if "生 →" in line:
            c.t(path, "date_of_birth", p.born.isoformat(), p)
    kid, par = c.minors[3]
    lines.append(f"・未成年（{kid.last}{kid.first}くん 中学生）の契約、親権者の{par.full(False)}"
                 f"さんが同意書持参予定。親の携帯 {par.mobile}")
    c.core(path, kid, "name")
    c.core(path, par, "name mobile")
    lines += ["", f"本部 {TEL_HQ} / キャリア代理店窓口 {CARRIER_CENTER}（故障は{CARRIER_TEL}）",
              f"担当：{c.staff[3].last}"]
    c.t(path, "person_name", c.staff[3].last, c.staff[3], True)
    c.tel(path, TEL_HQ)
    c.tel(path, CARRIER_CENTER)
    c.share.write(path, "\n".join(lines) + "\n")


def manual(c: Shop) -> None:
    """販売マニュアル_本人確認編_v3.pdf: sample values only, and the company's numbers."""
    path = "マニュアル/販売マニュアル_本人確認編_v3.pdf"
    c.share.write(path, pdf([
        "販売マニュアル 本人確認編 第3版", f"{NAME}（法人番号 {c.corp}）", "", "1. 申込書の記入例",
        "  お名前：携帯 太郎　　電話番号：090-0000-0000", "  メール：test@example.com",
        "  クレジットカード記入例：4111 1111 1111 1111 有効期限 12/29",
        "  運転免許証番号（例）：123456789012",
        "  MNP予約番号（例）：1234567890　IMEI（例）：490154203237518",
        "2. マイナンバーカードの個人番号（12桁）は絶対に記録・コピーしないこと。",
        f"3. 問い合わせ先 {TEL_HQ} / {EMAIL}"]))
    c.t(path, "corporate_number", c.corp, None, True)
    c.t(path, "phone_number", "09000000000", None, True)
    c.t(path, "email_address", "test@example.com", None, True)
    c.t(path, "credit_card_number", "4111111111111111", None, True)
    c.tel(path, TEL_HQ)
    c.t(path, "email_address", EMAIL, None, True)


def copies(c: Shop) -> None:
    """契約内容確認書_<id>.pdf: three card-paying customers' copies (the card's last four)."""
    for p in c.rng.sample([x for x in c.customers if x.card], 3):
        path = f"契約/控え/契約内容確認書_{p.id[1:]}.pdf"
        b = p.born
        c.share.write(path, pdf([
            "ご契約内容確認書（お客様控え）", f"お客様名：{p.full()} 様",
            f"生年月日：{b.year}年{b.month}月{b.day}日", f"ご住所：〒{p.addr[3]} {p.address()}",
            f"ご契約電話番号：{p.mobile}",
            f"お支払い：クレジットカード ****-****-****-{p.card[-4:]}",
            f"製造番号(IMEI)：{p.imei}", f"ICCID：{p.iccid}", f"取扱店：{NAME} {p.branch}"]))
        c.core(path, p, "name dob pc addr mobile")


def branches(c: Shop) -> None:
    """店舗一覧.txt: the company, its 法人番号, branches and numbers, all neutral."""
    path = "店舗管理/店舗一覧.txt"
    c.share.write(path, f"{NAME}\n法人番号 {c.corp}\n武蔵小杉店 {ADDR_K} TEL {TEL_K}\n"
                        f"三軒茶屋店 {ADDR_S} TEL {TEL_S}\n本部フリーダイヤル {TEL_HQ}\n"
                        f"キャリア窓口 {CARRIER_CENTER}\n")
    c.t(path, "corporate_number", c.corp, None, True)
    c.branch_tels(path)
    c.tel(path, TEL_HQ)
    c.tel(path, CARRIER_CENTER)
    c.t(path, "address", squeeze(ADDR_K), None, True)
    c.t(path, "address", squeeze(ADDR_S), None, True)


def family_forms(c: Shop) -> None:
    """家族割申込書_<surname>.docx for the first two groups: every line's holder, then the main
    holder's address and home phone."""
    for head, members in c.families[:2]:
        path = f"契約/家族割/家族割申込書_{head.last}.docx"
        d = docx.Document()
        d.add_heading("家族割引 申込書", 1)
        rows = [("区分", "氏名", "続柄", "電話番号", "生年月日")]
        for p, kind, rel in [(head, "主回線", "本人")] + [(m, "副回線", m.rel) for m in members]:
            rows.append((kind, p.full(), rel, p.mobile, era(p.born, 0)))
            c.core(path, p, "name mobile dob")
        label_table(d, rows, cols=5)
        d.add_paragraph(f"主回線契約者住所：{head.address()}　自宅電話：{head.home}")
        c.core(path, head, "addr home")
        c.save(path, d)


def desk_record(c: Shop) -> None:
    """受付記録_代理・未成年.txt: the other three elderly customers with their representative,
    the other two minors with their parent's licence."""
    path = "契約/代理人手続/受付記録_代理・未成年.txt"
    lines = []
    for old, rep in c.elders[3:]:
        lines.append(f"{old.last} {old.first} 様（{old.age}歳）　{rep.title}：{rep.full()}　"
                     f"TEL {rep.mobile}　本人回線 {old.mobile}")
        c.core(path, old, "name mobile")
        c.core(path, rep, "name mobile")
    for kid, par in c.minors[3:]:
        lines.append(f"未成年 {kid.full()}（{kid.born.isoformat()}生）親権者 {par.full()} 様 "
                     f"免許 {par.lic}")
        c.core(path, kid, "name dob")
        c.core(path, par, "name lic")
    c.share.write(path, "\n".join(lines) + "\n")
