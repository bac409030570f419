"""The centre's mails: a hospital's high-risk 連絡票 forwarded to a colleague, a reply to the
児童相談所 (a results CSV attached), the visit list to the contracted midwife (a CP932 CSV
attached), the booking system's confirmation and a doctor's 精密検査 results.

Staff's, doctors' and the 児童福祉司's addresses, the centre's numbers and lone surnames or
given names are neutral.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .health_center_people import C_ADDR, C_MAIL, C_NAME, C_TEL_TEXT, JST, Center, era, sig

RESULTS = ["先天性股関節脱臼（装具治療開始）", "心室中隔欠損症（経過観察）", "異常なし"]


def high_risk(c: Center) -> None:
    """08_メール/【要連絡】産後ハイリスク妊産婦連絡票_<姓>様.eml: the first visited mother, as
    the hospital wrote and a 保健師 forwarded it."""
    f = c.visit[0]
    m, b, d, st, st1 = f.mom, f.baby, c.docs[0], c.staff[0], c.staff[1]
    rel = f"08_メール/【要連絡】産後ハイリスク妊産婦連絡票_{m.last}様.eml"
    tel = c.phone(m.tel)  # (drawn before the weight)
    weight = c.rng.randint(2300, 2500)
    ep = m.epds if m.epds is not None else 12
    body = (f"{st.last}様\n\nいつもお世話になっております。{d.hosp}の{d.nm()}です。\n"
            "下記の産婦さんについて、養育支援が必要と思われますので連絡いたします。\n\n"
            f"氏名：{m.nm()} 様（{era(m.born, 1)}生）\n住所：{c.addr_str(m, pref=False)}\n"
            f"連絡先：{tel}\n"
            f"児：{b.nm()}（{b.born:%Y年%m月%d日}出生、{weight}g 低出生体重児）\n"
            f"産後の気分の落ち込みが強く、入院中のEPDSは{ep}点でした。\n\n"
            f"早めの訪問をお願いいたします。\n\n{d.hosp}\n{d.nm()}\nTEL {c.phone(d.htel, 0)}\n"
            f"{d.mail}\n")
    c.t(rel, "person_name", st.last, st, True)
    c.name(rel, d)
    c.t(rel, "email_address", d.mail, d, True)
    c.t(rel, "phone_number", d.htel, None, True)
    c.name(rel, m)
    c.bd(rel, m)
    c.t(rel, "address", c.addr_str(m, pref=False), m)
    c.t(rel, "phone_number", m.tel, m)
    c.name(rel, b)
    c.bd(rel, b)
    c.t(rel, "sensitive", f"EPDS {ep}点", m)
    c.t(rel, "sensitive", "低出生体重児", b)
    fwd = (f"{st1.last}さん\n\n下記、転送します。明日の訪問お願いします。\n{sig(st)}\n"
           "-------- Forwarded Message --------\n件名: 産後ハイリスク妊産婦連絡票\n"
           f"日付: 2024/10/03 14:22\n差出人: {d.nm()} <{d.mail}>\n\n" + body)
    c.name(rel, st)
    c.t(rel, "email_address", st.mail, st, True)
    c.t(rel, "person_name", st1.last, st1, True)
    c.mail(rel, f"{st.nm()} <{st.mail}>", f"{st1.nm()} <{st1.mail}>",
           "Fwd: 【要連絡】産後ハイリスク妊産婦連絡票", fwd,
           datetime(2024, 10, 3, 15, 1, tzinfo=JST))
    c.name(rel, st1)
    c.t(rel, "email_address", st1.mail, st1, True)


def jiso_reply(c: Center) -> None:
    """08_メール/Re_ 児童相談所との情報共有について.eml: the first case's family, the 児童福祉司's
    message quoted and the baby's 4か月 result attached."""
    f, st, jiso = c.risk[0], c.staff[2], c.jiso
    m, b, dd = f.mom, f.baby, f.dad
    rel = "08_メール/Re_ 児童相談所との情報共有について.eml"
    orig = (f"{C_NAME}\n{st.nm()}様\n\n{jiso.role}の{jiso.nm()}です。\n"
            f"先日ご連絡いただいた{b.nm()}ちゃん（{era(b.born)}生）の件、\n"
            f"父 {dd.nm()}氏からの{f.issue}について、当所で受理しました。\n"
            f"母 {m.first}さんの携帯（{c.phone(m.tel, 0)}）には当所から連絡します。\n")
    body = (f"{jiso.nm()}様\n\nご連絡ありがとうございます。所沢市保健センターの{st.nm()}です。\n"
            f"4か月健診時の所見（{b.s4[0]}）は添付のとおりです。\n次回の個別ケース検討会議は11/12です。\n"
            f"{sig(st)}\n" + "\n".join("> " + x for x in orig.split("\n")))
    att = (f"児氏名,生年月日,健診日,所見\n{b.nm()},{b.born.isoformat()},"
           f"{(b.born + timedelta(days=125)).isoformat()},{b.s4[0]}\n")
    c.mail(rel, f"{st.nm()} <{st.mail}>", f"{jiso.nm()} <{jiso.mail}>",
           "Re: 児童相談所との情報共有について", body, datetime(2024, 10, 20, 9, 40, tzinfo=JST),
           [("健診結果抜粋.csv", att.encode())], cc=f"{c.staff[0].nm()} <{c.staff[0].mail}>")
    for p in (jiso, st, c.staff[0]):
        c.name(rel, p)
        c.t(rel, "email_address", p.mail, p, True)
    c.name(rel, b)
    c.bd(rel, b)
    c.name(rel, dd)
    c.t(rel, "sensitive", f.issue, b)
    c.t(rel, "person_name", m.first, m, True)
    c.t(rel, "phone_number", m.tel, m)
    ar = rel + "!健診結果抜粋.csv"
    c.name(ar, b)
    c.bd(ar, b)
    if b.s4[1] != "異常なし":
        c.t(rel, "sensitive", b.s4[0], b)
        c.t(ar, "sensitive", b.s4[0], b)


def visit_list(c: Center) -> None:
    """08_メール/新生児訪問依頼リスト送付（11月分）.eml: eight families to the midwife."""
    rel = "08_メール/新生児訪問依頼リスト送付（11月分）.eml"
    st, sel = c.staff[3], c.rng.sample(c.families, 8)
    att = "母氏名,児氏名,児生年月日,住所,電話\r\n" + "".join(
        f"{x.mom.nm()},{x.baby.nm()},{x.baby.born:%Y/%m/%d},{c.addr_str(x.mom)},"
        f"{c.phone(x.mom.tel, 0)}\r\n" for x in sel)
    ar = rel + "!訪問依頼_11月.csv"
    for x in sel:
        c.name(ar, x.mom)
        c.name(ar, x.baby)
        c.bd(ar, x.baby)
        c.t(ar, "address", c.addr_str(x.mom), x.mom)
        c.t(ar, "phone_number", x.mom.tel, x.mom)
    vis = c.person(*c.mk_name("F"))  # the contracted midwife
    vmail = f"{vis.last_roman.lower()}.midwife@gmail.com"
    body = (f"{vis.nm()}様（委託助産師）\n\n11月分の訪問依頼リストを送付します。"
            f"パスワードは別途お電話でお伝えします。\n{sig(st)}")
    c.mail(rel, f"{st.nm()} <{st.mail}>", f"{vis.nm()} <{vmail}>",
           "新生児訪問依頼リスト送付（11月分）", body, datetime(2024, 11, 1, 11, 5, tzinfo=JST),
           [("訪問依頼_11月.csv", att.encode("cp932"))])
    c.name(rel, vis)
    c.t(rel, "email_address", vmail, vis)
    c.name(rel, st)
    c.t(rel, "email_address", st.mail, st, True)


def booking(c: Center) -> None:
    """08_メール/【自動送信】乳幼児健診 予約受付のお知らせ.eml: the first of eighteen web bookings
    (the rest in 09_Web予約)."""
    c.web = c.rng.sample(c.families, 18)
    m, b = c.web[0].mom, c.web[0].baby
    rel = "08_メール/【自動送信】乳幼児健診 予約受付のお知らせ.eml"
    body = (f"{m.nm()} 様\n\n以下の内容で予約を受け付けました。\n\nお子さまのお名前：{b.nm()}\n"
            f"生年月日：{b.born:%Y年%m月%d日}\n健診：4か月児健診\n"
            f"日時：2024年{b.born.month % 12 + 1}月15日 13:30\n連絡先：{m.tel}\n\n"
            f"※このメールは送信専用です。\nお問い合わせ：{C_NAME} TEL {C_TEL_TEXT}\n"
            f"〒359-0025 {C_ADDR}\n")
    to = m.mail or f"{m.first_roman.lower()}{c.rng.randint(10, 99)}@gmail.com"
    m.mail = to
    c.mail(rel, "no-reply@yoyaku.city.tokorozawa.example.lg.jp", to,
           "【自動送信】乳幼児健診 予約受付のお知らせ", body,
           datetime(2024, 9, 2, 8, 0, tzinfo=JST))
    c.name(rel, m)
    c.name(rel, b)
    c.bd(rel, b)
    c.t(rel, "phone_number", m.tel, m)
    c.t(rel, "email_address", to, m)
    c.center(rel, addr=True)


def results(c: Center) -> None:
    """08_メール/精密検査結果のご報告.eml: the こばと doctor on up to three referred babies."""
    rel = "08_メール/精密検査結果のご報告.eml"
    d = c.docs[2]
    tgt = [f for f in c.families if f.baby.s4 and f.baby.s4[1] == "要精密検査"][:3]
    body = (f"所沢市保健センター 御中\n\n{d.hosp} 小児科 {d.nm()}です。\n"
            "精密健康診査の結果をご報告します。\n\n")
    for x in tgt or c.families[:2]:
        bb = x.baby
        res = c.rng.choice(RESULTS)
        body += f"・{bb.nm()}ちゃん（{era(bb.born, 2)}生、母 {x.mom.nm()}様）：{res}\n"
        c.name(rel, bb)
        c.bd(rel, bb)
        c.name(rel, x.mom)
        if res != "異常なし":
            c.t(rel, "sensitive", res, bb)
    body += f"\n{d.hosp}\n{d.nm()}\n{d.mail}\n"
    c.mail(rel, f"{d.nm()} <{d.mail}>", C_MAIL, "精密検査結果のご報告", body,
           datetime(2024, 10, 28, 17, 12, tzinfo=JST))
    c.name(rel, d)
    c.t(rel, "email_address", d.mail, d, True)
    c.t(rel, "email_address", C_MAIL, None, True)
