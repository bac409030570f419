"""The association's documents: the officers' list, two 回覧 (a drill, a clean-up PDF), the
敬老会 invitations (mail merge), two 訃報 (a PDF naming the 喪主, a 回覧 docx), the 会計 and
会長 handover memos (a card, a My Number, a net banking password, a mental-health note), the
班長's manual (sample values) and the public bodies' contacts (neutral).
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import docx

from .identifiers import luhn_number, my_number
from .neighbourhood_people import (
    CITY_ADDR,
    KOMINKAN_ADDR,
    NEUTRAL_PHONES,
    ROLES,
    ZIP,
    Association,
    era,
    fold,
)
from .neighbourhood_tables import elders
from .share import age_on


def _table_doc(title: str, intro: str, rows: int, cols: int) -> tuple[Any, Any]:
    """A .docx begun as gen.py began its two: a level-1 heading, a paragraph, a gridded table."""
    d = docx.Document()
    d.add_heading(title, 1)
    d.add_paragraph(intro)
    tb = d.add_table(rows=rows, cols=cols)
    tb.style = "Table Grid"
    return d, tb


def officers(a: Association) -> None:
    """04_役員/役員名簿_R6.docx: the officers and 班長 with addresses, mobiles and mails."""
    path = "04_役員/役員名簿_R6.docx"
    d, tb = _table_doc("令和6年度 霞ケ丘二丁目町内会 役員名簿",
                       "任期：令和6年4月1日～令和7年3月31日", 1, 6)
    for c, t in zip(tb.rows[0].cells, ["役職", "氏名", "班", "住所", "携帯",
                                       "メール"], strict=True):
        c.text = t
    offs = [(r, p) for r in ROLES for p in a.off.get(r, [])]
    seen = set()
    for r, p in offs + [(f"{k}班 班長", v) for k, v in a.hancho.items()]:
        if (r, p.id) in seen:
            continue
        seen.add((r, p.id))
        ad = a.addr(p.hh, "short")
        mail = p.email if "班長" not in r else ""
        vals = [r, p.name(" "), f"{p.hh.han}班", ad, a.phone(p.mobile) if p.mobile else "",
                mail]
        for c, t in zip(tb.add_row().cells, vals, strict=True):
            c.text = t
        a.name(path, p)
        a.tp(path, p, "address", ad)
        if p.mobile:
            a.tp(path, p, "phone_number", p.mobile)
        if mail:
            a.tp(path, p, "email_address", mail)
    d.add_paragraph("事務局：霞ケ丘公民館内　TEL 049-234-5601")
    a.t(path, "phone_number", NEUTRAL_PHONES["kominkan"], None, True)
    d.core_properties.author = a.o("書記").name(" ")
    a.name(path, a.o("書記"))
    a.save(path, d)


def drill_notice(a: Association) -> None:
    """05_回覧板/R6_09_回覧_防災訓練のお知らせ.docx: the 防災部長's mobile, 1班's heads."""
    path = "05_回覧板/R6_09_回覧_防災訓練のお知らせ.docx"
    kaicho, bosai = a.o("会長"), a.o("防災部長")
    d = docx.Document()
    d.add_paragraph("回　覧").alignment = 2
    d.add_paragraph("令和6年9月1日")
    d.add_paragraph("霞ケ丘二丁目町内会 会員各位")
    d.add_paragraph(f"会長　{kaicho.name(' ')}\n防災部長　{bosai.name(' ')}")
    d.add_heading("防災訓練のお知らせ", 2)
    d.add_paragraph("下記のとおり防災訓練を実施します。避難行動要支援者の方は支援者の方と一緒にご参加ください。\n"
                    f"日時：令和6年10月6日（日）9:00～11:30\n場所：霞ケ丘公民館（{KOMINKAN_ADDR}"
                    f"　TEL 049-234-5601）\n問合せ：防災部長 {bosai.last}（携帯 "
                    f"{a.phone(bosai.mobile, 'h')}）\n"
                    "※市危機管理課（049-224-1111）の職員の方による講話があります。")
    first = [h.head for h in a.households if h.han == 1]
    d.add_paragraph("回覧順：" + " → ".join(p.name("") + "様" for p in first))
    a.name(path, kaicho, bosai)
    a.tp(path, bosai, "phone_number", bosai.mobile)
    a.name(path, *first)
    a.t(path, "address", KOMINKAN_ADDR, None, True)
    a.t(path, "phone_number", NEUTRAL_PHONES["kominkan"], None, True)
    a.t(path, "phone_number", NEUTRAL_PHONES["city"], None, True)
    a.save(path, d)


def cleanup(a: Association) -> None:
    """05_回覧板/R6_10_回覧_一斉清掃.pdf: the 環境部長's mobile, 3班's 班長 by surname."""
    path = "05_回覧板/R6_10_回覧_一斉清掃.pdf"
    kankyo, h3 = a.o("環境部長"), a.hancho[3]
    a.pdf(path, ["回覧　　令和6年10月1日", "霞ケ丘二丁目町内会", "", "秋の一斉清掃について", "",
                 "日時：令和6年10月20日（日）8:00～（雨天中止）", "集合：霞ケ丘公民館前", "",
                 f"担当：環境部長　{kankyo.name(' ')}　携帯 {a.phone(kankyo.mobile, 'h')}",
                 f"　　　{h3.last}（3班班長）",
                 "ごみ袋・軍手は町内会で用意します。",
                 "市のごみ収集の問合せ：川越市役所 049-224-1111"])
    a.name(path, kankyo)
    a.tp(path, kankyo, "phone_number", kankyo.mobile)
    a.surname(path, h3)
    a.t(path, "phone_number", NEUTRAL_PHONES["city"], None, True)


def invitations(a: Association) -> None:
    """06_行事/敬老会_招待状_差込済.docx: eight elders' 〒 and addresses, a page each."""
    path = "06_行事/敬老会_招待状_差込済.docx"
    kaicho = a.o("会長")
    d = docx.Document()
    for p in elders(a)[:8]:
        ad = a.addr(p.hh, "full")
        hc = a.hancho[p.hh.han]
        d.add_paragraph(f"〒{ZIP}\n{ad}")
        d.add_paragraph(f"{p.name(' ')} 様")
        d.add_paragraph("敬老会のご案内\n謹啓　秋涼の候、ますますご健勝のこととお慶び申し上げます。"
                        "本年も敬老会を令和6年9月16日（月・祝）午前10時より霞ケ丘公民館にて開催いたします。\n"
                        f"ご出欠を9月6日までに班長の{hc.last}さんまでお知らせください。\n"
                        f"霞ケ丘二丁目町内会 会長 {kaicho.name(' ')}")
        d.add_page_break()
        a.name(path, p)
        a.tp(path, p, "address", ad)
        a.tp(path, p, "postal_code", ZIP)
        a.surname(path, hc)
    a.name(path, kaicho)
    a.save(path, d)


def obituary(a: Association) -> None:
    """07_訃報/訃報_R6_MM.pdf: the first dead (neutral), the 喪主's address and mobile."""
    rng, dd, moshu, kaicho = a.rng, a.dead[0], a.ext["moshu"], a.o("会長")
    path = f"07_訃報/訃報_R6_{dd.death.month:02d}.pdf"
    home = (f"東京都練馬区光が丘3-{rng.randint(1, 9)}-{rng.randint(1, 20)}"
            f"-{rng.randint(101, 1205)}")
    a.pdf(path, ["訃　報", "",
                 f"{dd.hh.han}班　{dd.name(' ')} 様（享年{age_on(dd.born, dd.death) + 1}歳）"
                 "におかれましては",
                 f"{era(dd.death)}に逝去されました。ここに謹んでお知らせいたします。", "",
                 f"通夜　{era(dd.death + timedelta(days=2))} 午後6時より",
                 f"告別式　{era(dd.death + timedelta(days=3))} 午前10時より",
                 "式場　川越セレモニーホール（川越市新宿町5-12-3　TEL 049-246-5500）", "",
                 f"喪主　長男　{moshu.name(' ')} 様（{home}）",
                 f"　　　連絡先 {a.phone(moshu.mobile, 'h')}",
                 "", "霞ケ丘二丁目町内会　会長 " + kaicho.name(" ")])
    a.name(path, dd, moshu)
    a.tp(path, moshu, "address", home)
    a.tp(path, moshu, "phone_number", moshu.mobile)
    a.name(path, kaicho)
    a.t(path, "phone_number", NEUTRAL_PHONES["sogi"], None, True)
    a.t(path, "address", "川越市新宿町5-12-3", None, True)


def obituary_notice(a: Association) -> None:
    """07_訃報/訃報_回覧用_X様.docx: the second dead's birth date, his widow as 喪主."""
    dd2, shoki = a.dead[1], a.o("書記")
    wife = dd2.hh.members[1][0]
    path = f"07_訃報/訃報_回覧用_{dd2.last}様.docx"
    d = docx.Document()
    d.add_paragraph("訃報").alignment = 1
    d.add_paragraph(f"{dd2.hh.han}班の {dd2.name('')} 様（{era(dd2.born)}生）が"
                    f"{era(dd2.death, 'slash')}にご逝去されました。"
                    "ここに生前のご厚誼を深謝し謹んでお知らせ申し上げます。\n葬儀は家族葬にて執り行われます。\n"
                    f"喪主　妻　{wife.name(' ')} 様\n（香典・供花は辞退されるとのことです）")
    d.add_paragraph(f"町内会　書記　{shoki.name(' ')}")
    a.name(path, dd2)
    a.tp(path, dd2, "date_of_birth", dd2.born.isoformat())
    a.name(path, wife, shoki)
    a.save(path, d)


def treasurer_memo(a: Association) -> None:
    """12_引継ぎ/引継ぎメモ_会計_R6.txt: the account (neutral), the net banking password, the
    会長's card, a disaster grant applicant's My Number, the previous 会計's mobile."""
    rng, path = a.rng, "12_引継ぎ/引継ぎメモ_会計_R6.txt"
    kaicho, kaikei, h4, staff = a.o("会長"), a.o("会計"), a.hancho[4], a.ext["city"]
    prev = a.person(born=a.rdate(1950, 1965))
    rng.choice([h for h in a.households if h.head.alive and not h.head.role])
    card = luhn_number(rng, "4" + rng.choice(["5", "9", "2"]) + str(rng.randint(1000, 9999)), 16)
    exp = f"{rng.randint(1, 12):02d}/{rng.randint(26, 29)}"
    vict = [p for p in a.heads if p.alive][7]
    mn = my_number(rng)
    netpw = "ksm" + str(rng.randint(1000, 9999)) + "ab"
    acct = a.ext["org_acct"]
    groups = " ".join(card[i:i + 4] for i in range(0, 16, 4))
    a.share.write(path,
                  f"■会計引継ぎ（前任 {prev.name(' ')} → {kaikei.name(' ')}）　R6.3.31\n\n"
                  f"・町内会口座：埼玉りそな銀行 川越支店 普通 {acct}（通帳・届出印は会長宅金庫）\n"
                  f"・ネットバンキング　ログインID kasumi2chome　パスワード {netpw}\n"
                  f"・立替払い：Amazonの備品は{kaicho.last}会長の個人カードで立替（VISA {groups} "
                  f"有効期限 {exp}）\n　→ 領収書を会長に渡して精算\n"
                  f"・災害見舞金（R5台風）：{vict.name('')}さん分の申請書類控え。マイナンバー "
                  f"{mn[:4]} {mn[4:8]} {mn[8:]}（市に提出済、控えは破棄すること！）\n"
                  f"・前任の連絡先 {a.phone(prev.mobile)}（何かあれば）\n"
                  f"・協賛金：{h4.name('')}さんの紹介で2社追加\n"
                  f"・公民館使用料は市役所 地域振興課 {staff.last}さん（049-224-1111 内線352）へ\n")
    a.name(path, prev)
    a.tp(path, prev, "phone_number", prev.mobile)
    a.name(path, kaikei)
    a.t(path, "bank_account", acct, None, True)
    a.t(path, "credential", netpw)
    a.surname(path, kaicho)
    a.tp(path, kaicho, "credit_card_number", card)
    a.tp(path, kaicho, "card_expiry", f"20{exp[3:]}-{exp[:2]}")
    a.name(path, vict)
    a.tp(path, vict, "my_number", mn)
    a.name(path, h4)
    a.surname(path, staff)
    a.t(path, "phone_number", NEUTRAL_PHONES["city"], None, True)


def chair_memo(a: Association) -> None:
    """12_引継ぎ/会長引継ぎ_注意事項.txt: the noise complaint's subject (a psychiatric note),
    a 滞納 head, the former 会長 (moved away) and the city's staff."""
    path = "12_引継ぎ/会長引継ぎ_注意事項.txt"
    kaicho, bosai, minsei, staff = a.o("会長"), a.o("防災部長"), a.ext["minsei"], a.ext["city"]
    b, bh, former = a.ext["B"], a.ext["Bh"], a.moved[0]["p"]
    tr = a.rng.choice([p for p in a.heads if p.alive and p is not b])
    txt = (f"会長引継ぎ（{kaicho.name(' ')}）\n\n"
           f"1. 要支援者名簿は防災部長（{bosai.last}さん）と民生委員の"
           f"{minsei.name('')}さんのみ共有。\n"
           f"2. {bh.han}班 {b.name(' ')}さん（{a.addr(bh, 'short')}）：騒音苦情あり。"
           "本人は精神科に通院中とのこと（ご家族談）。対応は慎重に。\n"
           f"3. {tr.hh.han}班 {tr.name('')}さん：会費滞納3年。過去に役員と口論。\n"
           f"4. 前会長 {former.name(' ')}さん（転出済、{a.phone(former.mobile)}）"
           "に旧資料の所在を確認すること。\n"
           f"5. 市の担当：地域振興課 {staff.name(' ')}さん（代表049-224-1111）。\n")
    a.share.write(path, txt)
    a.name(path, kaicho)
    a.surname(path, bosai)
    a.name(path, minsei, b)
    a.addr(bh, "short")  # gen.py drew the address again, then kept the memo's
    a.tp(path, b, "address", fold(re.search(r"さん（(.+?)）：騒音", txt).group(1)))
    a.tp(path, b, "sensitive", "精神科に通院中")
    a.name(path, tr, former)
    a.tp(path, former, "phone_number", former.mobile)
    a.name(path, staff)
    a.t(path, "phone_number", NEUTRAL_PHONES["city"], None, True)


def manual(a: Association) -> None:
    """13_マニュアル/名簿作成の手引き.docx: sample values (a test card) and the 公民館's phone."""
    path = "13_マニュアル/名簿作成の手引き.docx"
    d, tb = _table_doc("会員名簿・アプリ登録の手引き（班長用）",
                       "名簿には次のように記入してください。", 2, 5)
    rows = [["氏名", "住所", "電話", "メール", "生年月日"],
            ["山田 太郎", "霞ケ丘2-0-0", "090-0000-0000", "test@example.com", "昭和50年1月1日"]]
    for row, texts in zip(tb.rows, rows, strict=True):
        for c, t in zip(row.cells, texts, strict=True):
            c.text = t
    d.add_paragraph("アプリの会費カード払いテストには 4111 1111 1111 1111"
                    "（有効期限 12/30、CVC 123）を使います。")
    d.add_paragraph("郵便番号は〒000-0000の形式で。わからないことは公民館（049-234-5601）へ。")
    a.t(path, "phone_number", NEUTRAL_PHONES["kominkan"], None, True)
    a.save(path, d)


def contacts(a: Association) -> None:
    """13_マニュアル/連絡先一覧（公共機関）.txt: public numbers and addresses (neutral), the
    地域包括's staff member."""
    path = "13_マニュアル/連絡先一覧（公共機関）.txt"
    hokatsu = a.ext["hokatsu"]
    a.share.write(path, f"霞ケ丘公民館　{KOMINKAN_ADDR}　ＴＥＬ０４９－２３４－５６０１\n"
                        f"川越市役所　〒350-8601 {CITY_ADDR}　049-224-1111（代表）\n"
                        "川越地区消防局 霞ケ丘分署　049-222-1234\n"
                        "地域包括支援センター かすみ　049-235-7788　"
                        f"担当 {hokatsu.name(' ')}（社会福祉士）\n")
    a.t(path, "address", KOMINKAN_ADDR, None, True)
    a.t(path, "address", CITY_ADDR, None, True)
    a.t(path, "postal_code", "3508601", None, True)
    for k in ["kominkan", "city", "fire", "hokatsu"]:
        a.t(path, "phone_number", NEUTRAL_PHONES[k], None, True)
    a.name(path, hokatsu)

