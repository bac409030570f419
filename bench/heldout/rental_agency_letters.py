"""The rental agency's papers and prose: 入居申込書 .docx and PDF, portal and English mails, a
forwarded rejection with a CSV attached and 管理メモ (full-width digits, 和暦, a card read out
on the phone)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime

import docx

from .identifiers import card_groups
from .japanese import FULL_WIDTH, fphone, wareki, wareki_short
from .rental_agency_people import (
    COMPANY,
    COMPANY_TEL,
    DOMAIN,
    Agency,
    Person,
    fdate,
)
from .share import csv_text, draw_labels, label_table, mail_bytes, pdf_bytes

JST = timezone(timedelta(hours=9))


def zen(text: str) -> str:
    return text.translate(FULL_WIDTH)


def applications(a: Agency) -> None:
    """入居申込書: four tenants' .docx (guarantor, household, emergency contact) and three PDF
    scans, an applicant who never signed among them."""
    R = a.rng
    with_docx = R.sample([t for t in a.tenants if t.guarantor and not t.foreign], 4)
    for t in with_docx:
        path = f"入居申込/{t.bld['name']}_{t.room}_入居申込書_{t.last}様.docx"
        d = docx.Document()
        d.add_heading("入居申込書", 1)
        d.add_paragraph(f"申込日：{fdate(t.contract_date - timedelta(days=10), 'wareki')}　　"
                        f"物件番号：{t.bld['code']}")
        d.add_paragraph(f"物件名：{t.bld['name']}　{t.room}号室　賃料 {t.rent:,}円　"
                        f"管理費 {t.fee:,}円")
        g, e = t.guarantor, t.emergency
        dob = fdate(t.dob, "wareki")
        prev = t.prev_addr
        label_table(d, [
            ("申込者 氏名", t.name("　")), ("フリガナ", t.kana("　")), ("生年月日", dob),
            ("現住所", f"〒{prev.zip}　{prev.full()}"), ("携帯電話", fphone(t.phone, "hy")),
            ("メール", t.email), ("勤務先", t.employer), ("勤続年数", f"{R.randint(1, 20)}年"),
            ("年収", f"{t.income}万円"), ("連帯保証人 氏名", g.name(" ")), ("続柄", g.rel),
            ("保証人 生年月日", fdate(g.dob, "kanji")), ("保証人 住所", g.addr.full()),
            ("保証人 電話", fphone(g.tel, "hy")), ("保証人 携帯", fphone(g.phone, "none")),
            ("保証人 勤務先", g.employer)], "Table Grid")
        a.add(path, "person_name", t.name("　"), t.id)
        a.add(path, "person_name", t.kana("　"), t.id)
        a.born(path, dob, t)
        a.add(path, "address", prev.full(), t.id)
        a.add(path, "postal_code", prev.postal, t.id)
        a.add(path, "phone_number", t.phone, t.id)
        a.add(path, "email_address", t.email, t.id)
        a.add(path, "person_name", g.name(" "), g.id)
        a.born(path, fdate(g.dob, "kanji"), g)
        a.add(path, "address", g.addr.full(), g.id)
        a.add(path, "phone_number", g.tel, g.id)
        a.add(path, "phone_number", g.phone, g.id)
        d.add_paragraph("同居予定者")
        household = d.add_table(rows=1, cols=4)
        household.style = "Table Grid"
        titles = ["氏名", "続柄", "生年月日", "勤務先・学校"]
        for cell, title in zip(household.rows[0].cells, titles, strict=True):
            cell.text = title
        for f in t.family:
            c = household.add_row().cells
            c[0].text, c[1].text, c[2].text, c[3].text = (f.name(" "), f.rel,
                                                          fdate(f.dob, "slash"), "—")
            a.add(path, "person_name", f.name(" "), f.id)
            a.born(path, fdate(f.dob, "slash"), f)
        if e:
            d.add_paragraph(f"緊急連絡先：{e.name(' ')}（{e.rel}）　TEL {fphone(e.phone, '－')}")
            a.add(path, "person_name", e.name(" "), e.id)
            a.add(path, "phone_number", fphone(e.phone, "－"), e.id)
        d.add_paragraph(f"※ 入居予定日：{fdate(t.move_in, 'wareki')}　"
                        f"契約予定日：{fdate(t.contract_date, 'wareki')}")
        d.add_paragraph(f"受付担当：{a.staff[1].name(' ')}（{COMPANY} 賃貸仲介課）")
        a.add(path, "person_name", a.staff[1].name(" "), a.staff[1].id)
        a.share.save(path, d)
    scanned = (R.sample([t for t in a.tenants if t not in with_docx], 2)
               + [p for p in a.applicants if not p.foreign][:1])
    for t in scanned:
        _application_pdf(a, t)


def _application_pdf(a: Agency, t: Person) -> None:
    applicant = t in a.applicants
    b = t.want if applicant else t.bld
    path = f"入居申込/PDF/申込書_{b['name']}_{t.last}.pdf"
    prev = t.addr if applicant else t.prev_addr
    items = [("物件名", f"{b['name']}　{'' if applicant else str(t.room) + '号室'}"),
             ("申込者氏名", t.name(" ")), ("フリガナ", t.kana(" ")),
             ("生年月日", fdate(t.dob, "kanji") + f"（{2024 - t.dob.year}歳）"),
             ("現住所", f"〒{prev.zip} {prev.full()}"), ("電話番号", fphone(t.phone, "hy")),
             ("E-mail", t.email), ("勤務先", t.employer), ("年収", f"{t.income}万円")]
    a.add(path, "person_name", t.name(" "), t.id)
    a.add(path, "person_name", t.kana(" "), t.id)
    a.born(path, fdate(t.dob, "kanji"), t)
    a.add(path, "address", prev.full(), t.id)
    a.add(path, "postal_code", prev.postal, t.id)
    a.add(path, "phone_number", t.phone, t.id)
    a.add(path, "email_address", t.email, t.id)
    if not applicant and t.guarantor:
        g = t.guarantor
        items += [("連帯保証人", f"{g.name(' ')}（{g.rel}）"), ("保証人住所", g.addr.full()),
                  ("保証人電話", fphone(g.phone, "hy"))]
        a.add(path, "person_name", g.name(" "), g.id)
        a.add(path, "address", g.addr.full(), g.id)
        a.add(path, "phone_number", g.phone, g.id)
    if not applicant and t.emergency:
        e = t.emergency
        items += [("緊急連絡先", f"{e.name(' ')}（{e.rel}） {fphone(e.phone, 'hy')}")]
        a.add(path, "person_name", e.name(" "), e.id)
        a.add(path, "phone_number", e.phone, e.id)
    items += [("申込日", fdate(date(2024, 10, a.rng.randint(1, 28)), "kanji")),
              ("受付番号", a.luhn("4"))]

    def draw(sheet, font: str) -> None:
        sheet.setFont(font, 16)
        sheet.drawString(60, 790, "入 居 申 込 書（個人）")
        sheet.setFont(font, 10)
        draw_labels(sheet, items, 760, 170, 22)

    a.share.write(path, pdf_bytes(draw))


def _mail(a: Agency, path: str, sender: str, to: str, subject: str, body: str, when: datetime,
          attachment: tuple[str, bytes, str, str] | None = None) -> None:
    message_id = f"<{a.rng.randint(10**9, 10**10)}.{a.seed}@{DOMAIN}>"
    a.share.write(path, mail_bytes(sender, to, subject, format_datetime(when), body,
                                   [attachment] if attachment else [], message_id))


def _signature(s: Person) -> str:
    return (f"--\n{COMPANY}\n賃貸管理部 {s.name(' ')}\nTEL 03-5412-8870（代表）/ 直通 "
            f"{fphone(s.direct, 'hy')}\nMail: {s.work_email}\n")


def _sender(a: Agency, path: str, s: Person) -> None:
    """The staff member who signs: full name and mailbox expected, surname alone, direct line
    and the company's number neutral."""
    a.add(path, "person_name", s.name(" "), s.id)
    a.add(path, "email_address", s.work_email, s.id)
    a.add(path, "person_name", s.last, s.id, neutral=True)
    a.add(path, "phone_number", s.direct, None, neutral=True)
    a.add(path, "phone_number", COMPANY_TEL, None, neutral=True)


def mails(a: Agency) -> None:
    """A portal inquiry, an English exchange quoting a foreign applicant, a forwarded rejection
    with its CSV, a repair report to an owner, a tenant's noise complaint with 不眠症."""
    R = a.rng
    s0, s1, s2 = a.staff[0], a.staff[1], a.staff[2]
    p = a.applicants[0]
    path = "メール/受信/20241015_【ポータル】お問い合わせ.eml"
    inquiry = a.luhn("3")
    commute = R.choice(["渋谷", "品川", "横浜"])
    body = f"""{COMPANY} ご担当者様

不動産ポータル「すまいナビ」より物件のお問い合わせがありました。
お問い合わせ番号：{inquiry}

■物件：{p.want['name']}（物件番号 {p.want['code']}）
■お名前：{p.name(' ')}（{p.kana(' ')}）様
■メールアドレス：{p.email}
■電話番号：{fphone(p.phone, 'none')}
■年齢：{2024 - p.dob.year}歳
■ご希望入居時期：2024年12月
■お問い合わせ内容：
内見を希望します。土日の午前中が都合が良いです。現在{p.addr.city}在住、通勤は{commute}方面です。
ペット（小型犬）可否も教えてください。

※本メールは送信専用です。
"""
    _mail(a, path, "noreply@sumai-navi.example.jp", f"chintai@{DOMAIN}",
          "【すまいナビ】物件お問い合わせ（反響）", body, datetime(2024, 10, 15, 9, 12, tzinfo=JST))
    a.add(path, "person_name", p.name(" "), p.id)
    a.add(path, "person_name", p.kana(" "), p.id)
    a.add(path, "email_address", p.email, p.id)
    a.add(path, "phone_number", p.phone, p.id)
    a.add(path, "email_address", f"chintai@{DOMAIN}", None, neutral=True)  # post-blind fix 2
    a.add(path, "email_address", "noreply@sumai-navi.example.jp", None, neutral=True)

    fa = next((x for x in a.applicants if x.foreign), a.applicants[2])
    short = f"{fa.first.split()[0].title()} {fa.last.title()}"
    full = f"{fa.first.title()} {fa.last.title()}"
    path = "メール/受信/20241102_Re_Inquiry about apartment.eml"
    home = f"{fa.addr.town} {fa.addr.c}-{fa.addr.b}-{fa.addr.g}, {fa.addr.city}, {fa.addr.pref}"
    body = f"""Dear {short},

Thank you for your message. We can arrange a viewing on Saturday 9 November at 11:00.
Please bring your residence card and passport. A guarantor company screening is required.

Best regards,
{s1.roma.title()}
{COMPANY} (Minato Jutaku Kanri Co., Ltd.)
Tel: +81-3-5412-8870 / {s1.work_email}

On Sat, 2 Nov 2024 at 22:41, {short} <{fa.email}> wrote:
> Hello,
> My name is {full}. I am working at {fa.employer} as an engineer
> and I am interested in {fa.want['name']} (listing no. {a.luhn('4')}).
> I was born on {fa.dob.strftime('%B %d, %Y')}, and I have lived in Japan for 3 years.
> My current address is {home}.
> Mobile: {fphone(fa.phone, 'intl')}
> Residence card: {fa.rc}
> Thank you,
> {full}
"""
    _mail(a, path, f"{s1.roma.title()} <{s1.work_email}>", f"{fa.email}",
          "Re: Inquiry about apartment", body, datetime(2024, 11, 3, 10, 5, tzinfo=JST))
    for name in dict.fromkeys([short, full]):  # (the blind generator's order was a set's)
        a.add(path, "person_name", name, fa.id)
    a.add(path, "email_address", fa.email, fa.id)
    a.add(path, "phone_number", fphone(fa.phone, "intl"), fa.id)
    a.born(path, fa.dob.strftime("%B %d, %Y"), fa)
    a.add(path, "residence_card_number", fa.rc, fa.id)
    a.add(path, "address", home, fa.id)
    a.add(path, "person_name", s1.roma.title(), s1.id)
    a.add(path, "email_address", s1.work_email, s1.id)
    a.add(path, "phone_number", "+81-3-5412-8870", None, neutral=True)

    path = "メール/受信/20241120_Fw_審査否決のご連絡.eml"
    rejected = [x for x in a.applicants if not x.foreign][1:5]
    rows = [["受付番号", "申込者名", "生年月日", "電話番号", "審査結果", "理由コード"]]
    for x in rejected:
        rows.append([a.my_number(), x.name(""), fdate(x.dob, "slash"), fphone(x.phone, "hy"),
                     "否決", R.choice(["A1", "B3", "C2"])])
    body = f"""{s0.last}さん

保証会社から否決の連絡が来ています。申込者への連絡お願いします。
{rejected[0].last}様は「{rejected[0].employer}」在籍確認が取れなかったとのことです。

{_signature(s2)}
-------- Forwarded Message --------
From: 審査部 <shinsa@hosho-partners.example.co.jp>
Date: 2024年11月20日 15:02
Subject: 審査否決のご連絡

{COMPANY} 御中
下記申込について審査の結果、否決となりましたのでご連絡いたします。
詳細は添付ファイルをご確認ください。
"""
    _mail(a, path, f"{s2.name(' ')} <{s2.work_email}>", f"{s0.work_email}", "Fw: 審査否決のご連絡",
          body, datetime(2024, 11, 20, 16, 30, tzinfo=JST),
          ("否決一覧_1120.csv", csv_text(rows).encode("cp932"), "text", "csv"))
    attached = f"{path}!否決一覧_1120.csv"  # post-blind truth fix 1: an attachment is a member
    for x in rejected:
        a.add(attached, "person_name", x.name(""), x.id)
        a.born(attached, fdate(x.dob, "slash"), x)
        a.add(attached, "phone_number", x.phone, x.id)
    a.add(path, "email_address", "shinsa@hosho-partners.example.co.jp", None, neutral=True)
    a.add(path, "person_name", rejected[0].last, rejected[0].id, neutral=True)
    a.add(path, "person_name", s2.name(" "), s2.id)
    a.add(path, "email_address", s2.work_email, s2.id)
    a.add(path, "email_address", s0.work_email, s0.id)
    a.add(path, "person_name", s0.last, s0.id, neutral=True)
    a.add(path, "phone_number", s2.direct, None, neutral=True)
    a.add(path, "phone_number", COMPANY_TEL, None, neutral=True)

    o, v = a.owners[0], a.vendors[0]
    t = next((x for x in a.tenants if x.owner is o), a.tenants[0])
    path = f"メール/送信/20241108_修繕のご報告_{o.last}様.eml"
    vc = v["contact"]
    body = f"""{o.name(' ')} 様

いつもお世話になっております。{COMPANY}の{s0.last}です。
{t.bld['name']} {t.room}号室（入居者：{t.name('')}様）の給湯器故障の件、ご報告いたします。

協力業者の{v['name']}（担当 {vc.name(' ')}様 携帯 {fphone(vc.phone, 'hy')}）が11月7日に訪問し、
本体交換が必要との見立てです。お見積額は 198,000円（税込）です。
入居者様の連絡先 {fphone(t.phone, '‐')} へは当社より日程調整済みです。

ご承認いただけましたら、本メールにご返信ください。

{_signature(s0)}"""
    _mail(a, path, f"{s0.name(' ')} <{s0.work_email}>", o.email, "修繕のご報告（給湯器交換）", body,
          datetime(2024, 11, 8, 14, 0, tzinfo=JST))
    a.add(path, "person_name", o.name(" "), o.id)
    a.add(path, "email_address", o.email, o.id)
    a.add(path, "person_name", t.name(""), t.id)
    a.add(path, "phone_number", fphone(t.phone, "‐"), t.id)
    a.add(path, "person_name", v["contact"].name(" "), v["contact"].id)
    a.add(path, "phone_number", v["contact"].phone, v["contact"].id)
    a.add(path, "person_name", v["name"], None, neutral=True)
    _sender(a, path, s0)

    t = a.tenants[7]
    path = "メール/受信/20241024_Re_騒音について.eml"
    above = [x for x in a.tenants if x.bld is t.bld and x is not t]
    who = f"上の階（{above[0].room}号室の{above[0].last}さん）" if above else "上の階の方"
    body = f"""{t.name(' ')} 様

ご連絡ありがとうございます。{COMPANY} {s1.last}です。
掲示板への注意文の掲示と、該当のお部屋への書面投函を行います。

> {s1.last}様
> {t.bld['name']} {t.room}号室の{t.name('')}です。
> {who}の足音が夜中まで続いて眠れません。
> 私は持病（不眠症）があり通院中です。早急に対応をお願いします。
> 連絡先：{fphone(t.phone, 'hy')}（日中は仕事のため18時以降）
> {t.email}

{_signature(s1)}"""
    _mail(a, path, f"{s1.name(' ')} <{s1.work_email}>", f"{t.name('')} <{t.email}>",
          "Re: 騒音について", body, datetime(2024, 10, 24, 11, 30, tzinfo=JST))
    a.add(path, "person_name", t.name(" "), t.id)
    a.add(path, "person_name", t.name(""), t.id)
    a.add(path, "phone_number", t.phone, t.id)
    a.add(path, "email_address", t.email, t.id)
    a.add(path, "sensitive", "不眠症", t.id)
    a.add(path, "sensitive", "持病", t.id, neutral=True)
    a.add(path, "sensitive", "通院", t.id, neutral=True)
    if above:
        a.add(path, "person_name", above[0].last, above[0].id, neutral=True)
    _sender(a, path, s1)


def _group_card(number: str, sep: str) -> str:
    """A card number in its groups: 4-6-5 for 15 digits, else fours."""
    return card_groups(number, sep)


def memo(a: Agency) -> None:
    """管理メモ (CRLF): 和暦 in three forms, full-width digits, hyphen look-alikes, 生活保護 and
    障害者手帳, a card with its code taken on the phone, 前科."""
    R = a.rng
    path = "管理メモ/管理メモ_2024.txt"
    s2 = a.staff[2]
    ta, tb, tc, td, te = R.sample(a.tenants, 5)
    m = [f"■ {zen(wareki(date(2024, 6, 3), gannen=False))}　{s2.last}記",
         f"{ta.bld['name']}{zen(str(ta.room))}号室　{ta.name('　')}様"
         f"（{zen(wareki(ta.dob, gannen=False))}生）より連絡。",
         f"契約番号{ta.contract_no}の名義変更希望。連絡先 {fphone(ta.phone, 'ー')}。"]
    a.add(path, "person_name", ta.name("　"), ta.id)
    a.born(path, zen(wareki(ta.dob, gannen=False)), ta)
    a.add(path, "phone_number", fphone(ta.phone, "ー"), ta.id)
    a.add(path, "person_name", s2.last, s2.id, neutral=True)
    m += ["", f"■ 令和６年７月１９日　{tb.name('')}（{tb.bld['name']}）",
          "生活保護受給開始のため、家賃は福祉事務所から代理納付へ切替。"
          "担当ケースワーカー 区役所 保護課。",
          f"本人携帯 {fphone(tb.phone, '―')}、生年月日 {wareki_short(tb.dob, padded=False)}。"]
    a.add(path, "person_name", tb.name(""), tb.id)
    a.add(path, "sensitive", "生活保護", tb.id)
    a.add(path, "phone_number", fphone(tb.phone, "―"), tb.id)
    a.born(path, wareki_short(tb.dob, padded=False), tb)
    m += ["", f"■ R6.8.2 {tc.name(' ')}様 退去立会い。鍵番号 {a.license()} 返却済。",
          f"敷金返還先：{tc.bank}{tc.branch} 普通 {zen(tc.acct)}　"
          f"家賃{zen(str(tc.rent))}円の日割り精算。"]
    moved = a.address()
    m.append(f"転居先 {moved.zen()}（郵便物転送届提出済とのこと）")
    a.add(path, "person_name", tc.name(" "), tc.id)
    a.add(path, "bank_account", zen(tc.acct), tc.id)
    a.add(path, "address", moved.zen(), tc.id)
    g = td.guarantor or td.emergency or td
    m += ["", f"■ 令和6年9月30日　滞納3ヶ月 {td.name('')}様。保証人 {g.name('')}様"
              f"（{g.rel or '本人'}）へ電話 {fphone(g.phone, '−')}。",
          f"本人は障害年金と障害者手帳（身体3級）ありとのこと。分納で合意、毎月25日に{zen('20000')}円。"]
    a.add(path, "person_name", td.name(""), td.id)
    a.add(path, "person_name", g.name(""), g.id)
    a.add(path, "phone_number", fphone(g.phone, "−"), g.id)
    a.add(path, "sensitive", "障害者手帳", td.id)
    a.add(path, "sensitive", "障害年金", td.id)
    m += ["", f"■ 2024年10月11日　システム障害でポータルにログインできないと問い合わせ多数"
              f"（{zen('15')}件）。障害票No.{a.my_number()}。"]
    card = _group_card(te.card or a.card(), " ")
    cvv = str(R.randint(100, 999))
    m.append(f"  {te.name(' ')}様よりお電話：カード払いに変更希望。カード番号 {card}、有効期限 "
             f"{te.card_exp}、セキュリティコード {cvv} を口頭で伺った（→要削除！）")
    a.add(path, "person_name", te.name(" "), te.id)
    a.add(path, "credit_card_number", card, te.id)
    a.add(path, "card_expiry", te.card_exp, te.id)
    a.add(path, "card_security_code", cvv, te.id)
    p5 = a.applicants[5]
    m += ["", f"■ 令和６年１１月５日　入居申込 {p5.name(' ')}様 審査NG（保証会社）。"
              "前科についての記載は申込書になし、保証会社独自判断。",
          f"  電話 {fphone(p5.phone, 'hy')} 折返し済。"]
    a.add(path, "person_name", p5.name(" "), p5.id)
    a.add(path, "phone_number", p5.phone, p5.id)
    a.add(path, "sensitive", "前科", p5.id)
    o1 = a.owners[1]
    m += ["", f"■ 11/18　{o1.name('')}オーナー（{zen(str(2024 - o1.dob.year))}歳）から電話 "
              f"{fphone(o1.tel, 'hy')}。空室{zen('2')}件の募集条件見直し、礼金０へ。"]
    a.add(path, "person_name", o1.name(""), o1.id)
    a.add(path, "phone_number", o1.tel, o1.id)
    m.append(f"  管理番号 {a.luhn('4')} / 物件番号 {R.choice(a.buildings)['code']} / 更新日 "
             f"{zen('2025')}年{zen('3')}月{zen('1')}日")
    a.share.write(path, "\r\n".join(m) + "\r\n")
