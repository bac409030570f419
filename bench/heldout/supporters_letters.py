"""The association's letters and notes: the petitions' hand-typed memo, the phone bank's log
(支持, 党支持者, 創価学会員), three お礼状 and a filled 入会案内 (docx), the 会報 mailing list
(PDF), the 事務局長's handover, the mail-merge template and the 政治団体設立届's copy (its 受理番号
passing the My Number check).
"""

from __future__ import annotations

import docx

from .identifiers import my_number
from .japanese import FULL_WIDTH
from .share import label_table, lines_pdf
from .supporters_people import OFFICE_ADDR, SENKAN, Association, era

CALL_NOTES = ["支持 ◎ 家族3票", "不支持 他候補", "留守", "支持△ 考えておく", "○ ポスター貼りOK",
              "×（○○党支持者）", "支持 創価学会員なので難しいかも"]


def memo(w: Association) -> None:
    """04_陳情相談/相談メモ_手書き転記.txt: six petitioners' cases again, and a former party
    member."""
    rng, path, clerk = w.rng, "04_陳情相談/相談メモ_手書き転記.txt", w.staff[1]
    buf = ["■相談メモ（事務所ノートより転記） 担当：" + clerk.name(), ""]
    w.tp(path, clerk)
    for pt in w.pets[:6]:
        txt, sens = pt.case
        ph = pt.phone
        buf.append(f"{rng.choice(['10/2', '10/15', '11/1', '11/8'])} {pt.name('')}さん"
                   f"（{pt.town}） {w.hy(ph) if ph else ''}")
        job = "本人は" + pt.job + "。" if rng.random() < 0.5 else ""
        buf.append(f"  {txt}。{job}次回は議員同席で。")
        w.tp(path, pt)
        w.phone(path, pt)
        if pt.id in w.fams:
            w.tp(path, w.fams[pt.id])
            w.t(path, "sensitive", sens, w.fams[pt.id])
        elif sens:
            w.t(path, "sensitive", sens, pt)
        buf.append("")
    x = w.outsiders[9]
    buf.append(f"※{x.name()}さん（{x.addr}）は元○○党の党員。議員とは昔からの知り合い。"
               "前回は他候補を応援していた。")
    w.tp(path, x, addr="city")
    w.t(path, "sensitive", "党員", x)
    w.share.write(path, "\n".join(buf) + "\n")


def calls(w: Association) -> None:
    """06_電話作戦/電話かけ_1110.txt: 16 members and four residents called, their numbers in
    four forms."""
    rng, path, caller = w.rng, "06_電話作戦/電話かけ_1110.txt", w.vols[0]
    buf = [f"電話かけ 11/10 担当 {caller.last}", "----"]
    for p in rng.sample(w.members, 16) + w.outsiders[10:14]:
        ph = p.tel or p.mob
        if not ph:
            continue
        forms = [w.hy(ph), w.hy(ph).translate(FULL_WIDTH), ph.replace("-", "")]
        forms.append("(" + ph[:3] + ")" + ph[4:] if ph.startswith("047") else w.hy(ph))
        ph_s = rng.choice(forms)
        nm = rng.choice([p.name(), p.name(""), p.last + "さん"])
        note = rng.choice(CALL_NOTES)
        buf.append(f"{nm}\t{ph_s}\t{note}")
        w.tp(path, p, not nm.endswith("さん"), sei=nm.endswith("さん"))
        w.t(path, "phone_number", ph, p)
        if "党支持" in note:
            w.t(path, "sensitive", "○○党支持者", p, True)
        if "創価学会" in note:
            w.t(path, "sensitive", "創価学会員", p)
    w.tp(path, caller, False, sei=True)
    buf.append("選管 " + SENKAN + " 期日前投票の場所確認済")
    w.t(path, "phone_number", SENKAN, None, True)
    w.share.write(path, "\n".join(buf) + "\n")


def _signed(w: Association, d: docx.Document, path: str) -> None:
    """An お礼状's close: the association, the councillor and the office's address and phone."""
    for text in ["拝啓　師走の候、ますますご清祥のこととお慶び申し上げます。",
                 "このたびは当後援会に格別のご厚志を賜り、心より御礼申し上げます。"
                 "今後とも市政発展のため全力を尽くしてまいります。",
                 "敬具", w.name, f"船橋市議会議員 {w.giin.name()}", f"{OFFICE_ADDR}　TEL {w.tel}"]:
        d.add_paragraph(text)
    w.tp(path, w.giin)
    w.office(path, mail=False)


def thanks(w: Association) -> None:
    """07_文書/お礼状_{surname}様.docx: two companies' representatives and the first donor."""
    for c in [*w.companies[:2], None]:
        target = c.rep if c else w.donors[0]
        path = f"07_文書/お礼状_{target.last}様.docx"
        d = docx.Document()
        d.add_paragraph("令和6年12月1日")
        if c:
            for text in [c.addr, c.name, f"代表取締役 {target.name()} 様"]:
                d.add_paragraph(text)
            w.t(path, "address", c.addr, None, True)
        else:
            for text in ["〒" + target.zipc, target.full, f"{target.name()} 様"]:
                d.add_paragraph(text)
            w.tp(path, target, addr="full", postal=True)
        w.tp(path, target)
        _signed(w, d, path)
        w.save(path, d)


def guide(w: Association) -> None:
    """07_文書/入会案内_記入済.docx: a resident's filled form, a volunteer introducing."""
    path, ap, intro, chief = "07_文書/入会案内_記入済.docx", w.outsiders[1], w.vols[2], w.staff[0]
    d = docx.Document()
    d.add_heading(f"{w.name} ご入会のご案内", 1)
    d.add_paragraph(f"{w.giin.name()}を応援してくださる皆様へ。年会費は1,000円です。"
                    "下記にご記入の上、事務所までお送りください。")
    label_table(d, [("お名前", ap.name()), ("フリガナ", ap.kana()),
                    ("ご住所", "〒" + ap.zipc.translate(FULL_WIDTH) + " " + ap.full),
                    ("お電話", ap.phone), ("生年月日", era(ap.born, 1)),
                    ("ご紹介者", intro.name())])
    w.tp(path, ap, addr="full", postal=True, mob=True, dob=True, kana=True)
    if not ap.mob and ap.tel:
        w.t(path, "phone_number", ap.tel, ap)
    w.tp(path, intro)
    w.tp(path, w.giin)
    d.add_paragraph(f"お問い合わせ：{w.tel}（事務局 {chief.name()}）")
    w.office(path, mail=False)
    w.tp(path, chief)
    w.save(path, d)


def mailing(w: Association) -> None:
    """08_会報/後援会報第42号_発送リスト.pdf: the first 40 中部 and 南部 members."""
    path = "08_会報/後援会報第42号_発送リスト.pdf"
    lines = [f"後援会報 第42号 発送リスト（{w.name}）"]
    for p in [m for m in w.members if m.dist in ("中部", "南部")][:40]:
        lines.append(f"〒{p.zipc}  {p.addr}  {p.name()} 様")
        w.tp(path, p, addr="city", postal=True)
    w.share.write(path, lines_pdf(lines, 9, 40, 14, first_step=20))


def handover(w: Association) -> None:
    """14_事務局/引継ぎメモ_事務局長より.txt: the office's numbers and account, the chair's
    mobile, a 副会長's hearing, a password."""
    path, top = "14_事務局/引継ぎメモ_事務局長より.txt", w.members[:3]
    chief, part = w.staff[0], w.staff[2]
    buf = [f"{part.last}さんへ（引継ぎ）", "",
           f"・事務所電話 {w.tel}、FAX {w.fax}。留守電は毎朝確認。",
           f"・寄附の振込先は {w.bank}（名義：{w.name}）。領収書番号は会計ソフトで自動採番。",
           f"・会長は{top[0].name()}さん（{top[0].town}）。連絡は携帯{w.hy(top[0].phone)}へ。",
           f"・副会長の{top[1].last}さんは耳が遠いので電話より訪問で。",
           f"・{top[2].name()}さんのお宅（{top[2].addr}）は会報を手渡し。",
           "・議員の自宅住所・携帯は絶対に外に出さないこと。",
           f"・選管は{SENKAN}、政治資金の担当は県選管。",
           "・メールソフトのパスワード：kouen#2024", "", chief.name()]
    w.t(path, "phone_number", w.tel, None, True)
    w.t(path, "phone_number", w.fax, None, True)
    w.t(path, "bank_account", w.bank.split()[-1], None, True)
    w.tp(path, top[0])
    w.t(path, "phone_number", top[0].phone, top[0])
    w.tp(path, top[1], False, sei=True)
    w.t(path, "sensitive", "耳が遠い", top[1], True)
    w.tp(path, top[2], addr="city")
    w.tp(path, chief)
    w.tp(path, part, False, sei=True)
    w.t(path, "phone_number", SENKAN, None, True)
    w.t(path, "credential", "kouen#2024")
    w.share.write(path, "\n".join(buf) + "\n")


def template(w: Association) -> None:
    """07_文書/テンプレート_お礼状差込.txt: the merge fields and their samples."""
    path = "07_文書/テンプレート_お礼状差込.txt"
    w.share.write(path, "【差込用フィールド】\n{氏名} 様\n〒{郵便番号} {住所}\n\n例）船橋 花子 様\n"
                  "〒273-0000 千葉県船橋市○○町1-2-3\n電話 090-0000-0000 / hanako@example.com\n"
                  f"発行元：{w.name} {OFFICE_ADDR} TEL {w.tel}\n")
    for category, value in [("person_name", "船橋花子"), ("phone_number", "09000000000"),
                            ("email_address", "hanako@example.com")]:
        w.t(path, category, value, None, True)
    w.office(path, mail=False)


def filing(w: Association) -> None:
    """14_事務局/政治団体届出_控え.txt: the chair as 代表者, the 事務局長 as 会計責任者."""
    path, chair, chief = "14_事務局/政治団体届出_控え.txt", w.members[0], w.staff[0]
    w.share.write(path, f"政治団体設立届（控）\n団体名：{w.name}\n主たる事務所：{OFFICE_ADDR}\n"
                  f"代表者：{chair.name()}\n会計責任者：{chief.name()}\n"
                  f"届出先：船橋市選挙管理委員会 TEL {SENKAN}\n受理番号：{my_number(w.rng)}\n")
    w.tp(path, chair)
    w.tp(path, chief)
    w.t(path, "phone_number", SENKAN, None, True)
    w.office(path, mail=False)
