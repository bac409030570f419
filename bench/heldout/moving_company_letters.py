"""What the company wrote: three 見積書 as .docx and two as PDF, three 破損報告書 (.docx, the
payee's account), the 法人 contract (PDF), two days' call-centre memos (CRLF), the web tool's
manual, the branch list and the busy-season handover memo.

The company's phones, address, 法人番号 and フリーダイヤル, the clients' 法人番号 and surnames
alone are neutral; the manual's samples (a test card, a 伝票番号 passing the My Number check)
and the 見積番号 (Luhn-valid) and 伝票番号 on the forms are in no record.
"""

from __future__ import annotations

import docx

from .identifiers import my_number
from .moving_company_people import (
    BRANCHES,
    FREE,
    HQ,
    HQ_TEL,
    HQ_ZIP,
    NAME,
    Mover,
    Person,
    jp_era,
)
from .share import label_table, lines_pdf

DAMAGES = ["食器棚のガラス扉", "ピアノの脚", "冷蔵庫側面（へこみ）", "壁紙（搬入時の擦れ）"]
PHOTOS = "写真1：扉正面（ヒビ約15cm）／写真2：側面アップ／写真3：梱包状態"


def pdf(lines: list[str]) -> bytes:
    """gen.py's pdf(): 10-point lines from y 800 down by 18, the font set before each."""
    return lines_pdf(lines, 10, 50, 18, font_each=True)


def quotes(c: Mover) -> None:
    """見積書_<見積番号>.docx: the first three customers' quotes (both addresses, the office
    surname, the company's numbers)."""
    rng = c.rng
    for p in c.customers[0:3]:
        path = f"見積書/見積書_{p.qno}.docx"
        d = docx.Document()
        d.add_heading("御見積書", 0)
        d.add_paragraph(f"{c.nm(p, ' ')} 様")
        d.add_paragraph(f"見積番号：{p.qno}　発行日：令和6年10月{rng.randint(1, 28)}日")
        label_table(d, [("お引越し日", jp_era(p.move, 0)),
                        ("旧住所", "〒" + p.old.zip + " " + p.old.full()), ("新住所", p.new.full()),
                        ("ご連絡先", c.phone(p.phone)),
                        ("作業内容", "2tロング車1台・作業員3名・梱包資材一式"),
                        ("お見積金額", f"{rng.randint(6, 30) * 5500:,}円（税込）")])
        d.add_paragraph(f"{NAME}　{HQ}　TEL {HQ_TEL}　フリーダイヤル {FREE}")
        d.add_paragraph(f"登録番号 T{c.corp}　担当：{c.office[0].last}")
        c.t_std(path, p, "name phone zold old new")
        c.t_std(path, c.office[0], "sei")
        c.comp_neg(path)
        c.t(path, "phone_number", FREE, None, True)
        c.save(path, d)


def quote_pdfs(c: Mover) -> None:
    """見積書_<見積番号>.pdf: the fourth and fifth customers' quotes."""
    for p in c.customers[3:5]:
        path = f"見積書/見積書_{p.qno}.pdf"
        c.share.write(path, pdf([
            "御 見 積 書", f"{c.nm(p, ' ')} 様", f"見積番号 {p.qno}",
            f"ご住所（現）：〒{p.old.zip} {p.old.full()}", f"ご住所（新）：{p.new.full()}",
            f"お電話：{p.phone}", f"作業予定日：{jp_era(p.move, 1)}",
            f"お見積金額：{c.rng.randint(6, 30) * 5500:,}円（税込）", NAME, HQ,
            f"TEL {HQ_TEL}  法人番号 {c.corp}"]))
        c.t_std(path, p, "name phone zold old new")
        c.comp_neg(path)


def claims(c: Mover) -> None:
    """破損報告書_2024-00N.docx: three damaged moves (the customer's account for the payout,
    the crew leader)."""
    rng = c.rng
    for i, p in enumerate(rng.sample(c.customers[10:50], 3)):
        path = f"破損報告/破損報告書_2024-{i + 1:03d}.docx"
        d = docx.Document()
        d.add_heading("破損・事故報告書", 1)
        acct = str(rng.randint(1000000, 9999999))
        name = c.nm(p) + " 様"
        tel = c.phone(p.phone)
        damage = rng.choice(DAMAGES)
        policy = f"運送業者貨物賠償責任保険　証券番号 {rng.randint(10**9, 10**10 - 1)}"
        bank = rng.choice(["埼玉りそな銀行", "武蔵野銀行", "ゆうちょ銀行"])
        payee = (f"{bank} {rng.choice(['大宮', '浦和', '川越'])}支店 普通 {acct} "
                 f"名義 {p.kana()}")
        label_table(d, [("伝票番号", p.slip), ("お客様名", name), ("ご連絡先", tel),
                        ("作業日", jp_era(p.move, 0)), ("作業場所", p.new.full()),
                        ("破損品", damage), ("写真", PHOTOS), ("保険", policy),
                        ("補償金振込先", payee), ("作業リーダー", c.nm(c.drivers[i]))])
        d.add_paragraph("お客様より作業翌日にお電話にて申告あり。現地確認のうえ保険会社へ報告予定。")
        c.t_std(path, p, "name phone new")
        c.t(path, "bank_account", acct, p)
        c.t_std(path, p, "kana")
        c.t_std(path, c.drivers[i], "name")
        c.save(path, d)


def contract(c: Mover) -> None:
    """法人引越契約書_東和精機.pdf: the first client's contract (both 法人番号, its 総務, the
    company's 代表取締役)."""
    path = "法人契約/法人引越契約書_東和精機.pdf"
    rep, boss = c.soumu[0], c.office[3]
    client, _, corp = c.clients[0]
    c.share.write(path, pdf([
        "法人引越サービス基本契約書", f"{client}（法人番号 {corp}）（以下「甲」）と",
        f"{NAME}（法人番号 {c.corp}）（以下「乙」）は、",
        "甲の従業員の転勤に伴う引越しについて次のとおり契約する。",
        "第1条 乙は甲の指定する従業員の引越し作業を行う。",
        "第2条 料金は別表のとおりとし、甲の総務部が取りまとめて支払う。",
        f"甲 担当：総務部 {c.nm(rep, ' ')}", f"乙 {HQ} 代表取締役 {c.nm(boss, ' ')}"]))
    c.t(path, "corporate_number", corp, None, True)
    c.t(path, "corporate_number", c.corp, None, True)
    c.t(path, "address", HQ, None, True)
    c.t_std(path, rep, "name")
    c.t_std(path, boss, "name")


def memos(c: Mover) -> None:
    """電話メモ_1015.txt and _1016.txt: eight callers a day in one of four hands (an address
    now and then), a pregnancy, the colleague taking over."""
    memo(c, "コールセンター/電話メモ_1015.txt", c.customers[40:48], 15)
    memo(c, "コールセンター/電話メモ_1016.txt", c.customers[48:56], 16)


def memo(c: Mover, path: str, ppl: list[Person], day: int) -> None:
    """One day's memo, CRLF."""
    rng, o1, o2 = c.rng, c.office[1], c.office[2]
    out = [f"10/{day} 電話受付メモ（{o1.last}）", ""]
    for p in ppl:
        t = c.phone(p.phone)
        style = rng.randint(0, 3)
        if style == 0:
            s = (f"・{p.last}様（{c.nm(p, '')}）　{t}　再見積希望。{p.old.body}から"
                 f"{p.new.pref}へ。折り返し要")
            c.t_std(path, p, "obody")
        elif style == 1:
            m, d = p.move.month, p.move.day
            s = f"{c.nm(p)}さん TEL:{t} 日程変更 {m}/{d}→{m}/{min(28, d + 2)} 了承済み"
        elif style == 2:
            s = (f"◎{p.last} {p.first}様 {t} ピアノの運搬可否の問合せ。アップライト、2階から。"
                 "提携業者に確認して連絡する")
        else:
            s = (f"- {p.full}様より入電、{t}、新居 {p.new.full()} の駐車場所について。"
                 "当日誘導お願いしたいとのこと")
            c.t_std(path, p, "new")
        out.append(s)
        c.t_std(path, p, "name phone")
    out.append(f"※{ppl[0].last}様、奥様が妊娠中とのことで重い物の梱包は全部お任せ希望")
    out.append(f"引継ぎ：{o2.last}さんへ。クレーム1件（{ppl[-1].last}様）は明日対応")
    c.t_std(path, o1, "sei")
    c.t_std(path, o2, "sei")
    for p in ppl:
        c.t_std(path, p, "sei")
    c.share.write(path, "\r\n".join(out) + "\r\n")


def manual(c: Mover) -> None:
    """Web見積ツール_操作マニュアル.txt: input examples, a test card and a sample 伝票番号."""
    path = "マニュアル/Web見積ツール_操作マニュアル.txt"
    c.share.write(path, "\n".join([
        "【Web見積ツール 操作マニュアル v2.1】", "", "1. 顧客登録", "  氏名欄：例）引越 太郎",
        "  電話番号：例）090-0000-0000（ハイフンあり可）",
        "  メール：test@example.com の形式で入力",
        "2. カード決済テスト",
        "  テスト用カード番号 4111111111111111 有効期限 12/30 CVV 123",
        "  ※本番カード番号は絶対に入力しないこと",
        "3. 伝票番号は12桁で自動採番されます（例：" + my_number(c.rng) + "）",
        f"4. 問い合わせ先：本社システム担当 {HQ_TEL}", ""]) + "\n")
    c.t(path, "phone_number", HQ_TEL, None, True)


def branches(c: Mover) -> None:
    """支店・営業所一覧.txt: the head office and three branches (all the company's)."""
    path = "会社情報/支店・営業所一覧.txt"
    lines = [f"{NAME}（法人番号：{c.corp}）",
             f"本社　〒{HQ_ZIP} {HQ}　TEL {HQ_TEL}　フリーダイヤル {FREE}"]
    for name, addr, tel in BRANCHES:
        lines.append(f"{name}　{addr}　TEL {tel}")
        c.t(path, "address", addr, None, True)
        c.t(path, "phone_number", tel, None, True)
    c.comp_neg(path)
    c.t(path, "postal_code", HQ_ZIP, None, True)
    c.t(path, "phone_number", FREE, None, True)
    c.share.write(path, "\n".join(lines) + "\n")


def handover(c: Mover) -> None:
    """引継ぎメモ_繁忙期.txt: six part-timers' hand-typed mobiles, one's back pain, the office
    surname with the key code."""
    rng, path = c.rng, "総務/引継ぎメモ_繁忙期.txt"
    out = ["3月繁忙期 応援スタッフ連絡先（手打ち）", ""]
    for p in c.parttime[:6]:
        suffix = rng.choice(["くん", "さん", ""])
        tel = c.phone(p.phone)
        when = rng.choice(["土日のみ", "平日OK", "夜NG"])
        out.append(f"{p.last}{suffix}（{p.first}）　{tel}　{when}")
        c.t_std(path, p, "name phone sei")
    out.append(f"※{c.parttime[0].last}さんは腰痛持ちなので重量物NG（本人申告）")
    c.t(path, "sensitive", "腰痛", c.parttime[0])
    out.append(f"鍵の暗証番号は本社 {c.office[0].last}さんに確認")
    c.t_std(path, c.office[0], "sei")
    c.share.write(path, "\n".join(out) + "\n")
