"""The scrivener's mails: an heir's first consultation (the siblings' mobiles, a signature),
a bank's reply on a dead client's account, an heir forwarding a sister's move, a realtor's
question, the heirs' list sent to a tax accountant (a CP932 CSV attached), a debtor's mail (a
depression) and the heir of two inheritances replying to the office.
"""

from __future__ import annotations

from datetime import date, datetime

from .scrivener_people import JST, OFFICE_MAIL, OFFICE_TEL, Office, Person, era
from .share import csv_text


def addr_of(p: Person) -> str:
    """A From or To header: the name and the mail in brackets."""
    return f"{p.name()} <{p.email}>"


def consultation(w: Office) -> None:
    """06_メール/2024-09-12_相続登記のご相談.eml: the first inheritance's client to 山田."""
    rng, c, clerk = w.rng, w.inh[0], w.staff[1]
    h, dead = c.client, c.dead
    if not h.email:
        h.email = f"hk{rng.randint(100, 999)}@gmail.com"
    path = "06_メール/2024-09-12_相続登記のご相談.eml"
    sig = h.addr.text(1)
    body = (f"桜井司法書士事務所\n{clerk.last}様\n\nお世話になっております。{h.name('')}です。\n"
            f"先日はありがとうございました。父{dead.first}の相続登記の件でご連絡いたしました。\n"
            f"戸籍謄本は本籍地の役所から取り寄せ中です。父の生年月日は{era(dead.born)}、"
            f"亡くなったのは{era(dead.death)}です。\n"
            "兄弟の連絡先は下記の通りです。\n")
    for o in c.heirs:
        if o is not h:
            body += f"　{o.rel} {o.name('')}　{w.tel(o.mobile, 0)}\n"
            w.tp(path, o, phone=o.mobile)
    body += (f"\nよろしくお願いいたします。\n\n--\n{h.name()}\n{h.addr.postal()} {sig}\n"
             f"携帯：{w.tel(h.mobile, 3)}\n")
    w.mail(path, addr_of(h), addr_of(clerk), f"相続登記のご相談（{h.last}）", body,
           datetime(2024, 9, 12, 21, 4, tzinfo=JST))
    w.tp(path, h, addr=sig, zipc=True, phone=h.mobile, email=True)
    w.t(path, "person_name", dead.first, None, True)
    w.t(path, "date_of_birth", dead.born.isoformat(), None)
    w.t(path, "person_name", clerk.last, clerk.id, True)
    w.t(path, "email_address", str(clerk.email), clerk.id, True)
    w.t(path, "person_name", clerk.name(""), clerk.id)


def bank_reply(w: Office) -> None:
    """06_メール/2024-10-02_【bank】相続手続きのご案内.eml: the fourth inheritance's bank."""
    c, chief, clerk = w.inh[3], w.staff[0], w.bankstaff[0]
    b, dead = c.dead.bank, c.dead
    path = f"06_メール/2024-10-02_【{b[0]}】相続手続きのご案内.eml"
    body = (f"桜井司法書士事務所\n司法書士 {chief.name()} 様\n\n"
            f"平素より{b[0]}をご利用いただき誠にありがとうございます。\n"
            f"{b[1]} 相続手続き担当の{clerk.name('')}でございます。\n\n"
            f"お問い合わせいただきました故 {dead.name('')} 様（{b[2]}預金 口座番号{b[3]}）の"
            "相続手続きにつきまして、\n"
            "以下の書類をご用意ください。\n・相続手続依頼書（相続人全員の署名・実印押印）\n"
            "・被相続人の出生から死亡までの戸籍謄本\n"
            "・相続人全員の印鑑証明書（発行後6か月以内）\n\n"
            f"代表相続人は{c.client.name('')}様と伺っております。"
            "払戻金は代表相続人様の口座へお振込みいたします。\n"
            "残高証明書の発行手数料は880円です。\n\n"
            f"{b[0]} {b[1]}\n相続センター 担当：{clerk.name()}\n"
            "電話：0120-39-8710（受付 9:00〜17:00）\n")
    w.mail(path, f"{b[0]}相続センター <souzoku-center@bank-example.co.jp>", addr_of(chief),
           f"相続手続きのご案内（故 {dead.name('')} 様）", body,
           datetime(2024, 10, 2, 15, 12, tzinfo=JST))
    w.tp(path, chief)
    w.t(path, "email_address", str(chief.email), chief.id, True)
    w.tp(path, clerk)
    w.t(path, "person_name", dead.name(""), None)
    w.t(path, "bank_account", b[3], None)
    w.tp(path, c.client)
    w.t(path, "phone_number", "0120398710", None, True)


def forward(w: Office) -> None:
    """06_メール/2024-08-19_Fwd_姉からのメール.eml: the seventh inheritance's client forwards
    another heir's move (new address, mobile, birth date)."""
    rng, c, clerk = w.rng, w.inh[6], w.staff[1]
    h = c.client
    others = [o for o in c.heirs if o is not h]
    if not h.email:
        h.email = f"{rng.choice(['ys', 'mk', 'tn'])}{rng.randint(100, 999)}@yahoo.co.jp"
    path = "06_メール/2024-08-19_Fwd_姉からのメール.eml"
    if others:
        o = others[0]
        if not o.email:
            o.email = f"{rng.choice(['sis', 'ane', 'nao'])}{rng.randint(10, 99)}@docomo.ne.jp"
        oa = o.addr.text(0)
        body = (f"山田様\n\nいつもお世話になっております。{h.last}です。\n"
                f"{o.rel}からのメールを転送します。"
                f"{o.rel}の住所が変わったそうなので、書類の送付先を変更してください。\n\n"
                f"{h.name('')}\n\n"
                f"-------- Forwarded Message --------\nFrom: {addr_of(o)}\n"
                f"Date: 2024/08/18 22:40\nTo: {h.email}\nSubject: 引っ越しました\n\n"
                f"> 引っ越しました。新しい住所は\n> {o.addr.postal()} {oa}\n> です。\n"
                f"> 電話は {w.tel(o.mobile, 0)} のまま変わりません。\n"
                "> 実印の印鑑証明は新しい住所で取り直します。"
                f"生年月日は{era(o.born, 1)}です（書類に必要と言われたので）。\n")
        w.tp(path, o, addr=oa, zipc=True, phone=o.mobile, email=True, dob=True)
    else:
        body = f"山田様\n\n{h.last}です。よろしくお願いします。\n"
    w.mail(path, addr_of(h), addr_of(clerk), "Fwd: 引っ越しました", body,
           datetime(2024, 8, 19, 8, 15, tzinfo=JST))
    w.tp(path, h, email=True)
    w.t(path, "email_address", str(clerk.email), clerk.id, True)
    w.tp(path, clerk)
    w.t(path, "person_name", "山田", clerk.id, True)


def realtor(w: Office) -> None:
    """06_メール/2024-10-21_売却予定物件の登記について.eml: a realtor on the second
    inheritance's plot, the client's town."""
    rng, agent, c = w.rng, w.realtor, w.inh[1]
    agent.email = f"k.{rng.randint(10, 99)}@minato-fudosan.co.jp"
    path = "06_メール/2024-10-21_売却予定物件の登記について.eml"
    land, home = c.land, c.client.addr.text(1)
    body = (f"桜井司法書士事務所 御中\n\nみなと不動産販売の{agent.name('')}と申します。\n"
            f"{c.client.name('')}様（{home}在住）からご紹介いただきました。\n"
            f"{land.shozai}{land.chiban}の土地（故{c.dead.name('')}様名義）について、"
            "相続登記完了後に売却の予定です。\n"
            "登記完了の見込み時期をお知らせいただけますでしょうか。\n\n"
            f"みなと不動産販売株式会社 売買仲介課\n{agent.name()}\n"
            f"TEL 03-6435-2281 / 携帯 {w.tel(agent.mobile, 0)}\n{agent.email}\n")
    w.mail(path, addr_of(agent), OFFICE_MAIL, "売却予定物件の登記について", body,
           datetime(2024, 10, 21, 11, 30, tzinfo=JST))
    w.tp(path, agent, phone=agent.mobile)
    w.t(path, "email_address", agent.email, agent.id, True)
    w.t(path, "phone_number", "0364352281", None, True)
    w.tp(path, c.client, addr=home)
    w.t(path, "person_name", c.dead.name(""), None)
    w.t(path, "address", land.shozai, None, True)


def heirs_list(w: Office) -> None:
    """06_メール/2024-07-30_相続人一覧送付.eml: 小川 sends the eighth inheritance's heirs (kana,
    birth dates, homes, mobiles; a CP932 CSV) to the tax accountant."""
    rng, c, clerk, zz = w.rng, w.inh[7], w.staff[2], w.zeirishi
    path = "06_メール/2024-07-30_相続人一覧送付.eml"
    rows = [["続柄", "氏名", "ふりがな", "生年月日", "住所", "電話"]]
    for h in c.heirs:
        a = h.addr.text(0)
        rows.append([h.rel, h.name(), h.kana(), h.born.strftime("%Y-%m-%d"), a,
                     w.tel(h.mobile, 0)])
        w.tp(path + "!相続人一覧.csv", h, kana=True, dob=True, addr=a, phone=h.mobile)
    zz.email = f"{rng.choice(['office', 'mori'])}.{rng.randint(1, 9)}@kaikei-example.jp"
    body = (f"{zz.name('')} 先生\n\nいつもお世話になっております。桜井司法書士事務所の"
            f"{clerk.last}です。\n{c.dead.last}様の相続税申告の件、相続人一覧を添付いたします。\n"
            "遺産分割協議書は来週中に案をお送りします。\n\n"
            f"桜井司法書士事務所\n{clerk.name()}\nTEL 03-5421-0876\n")
    w.mail(path, addr_of(clerk), addr_of(zz), f"相続人一覧の送付（{c.dead.last}様）", body,
           datetime(2024, 7, 30, 17, 45, tzinfo=JST),
           ("相続人一覧.csv", csv_text(rows).encode("cp932"), "text", "csv"))
    w.tp(path, zz, email=True)
    w.tp(path, clerk)
    w.t(path, "email_address", str(clerk.email), clerk.id, True)
    w.t(path, "phone_number", OFFICE_TEL, None, True)
    w.t(path, "person_name", c.dead.last, None, True)


def repayment(w: Office) -> None:
    """06_メール/2024-05-14_返済について.eml: the third debtor to 桜井 (うつ病 in it)."""
    rng, p, chief = w.rng, w.debt[2].p, w.staff[0]
    if not p.email:
        p.email = f"debt{rng.randint(100, 999)}@gmail.com"
    path = "06_メール/2024-05-14_返済について.eml"
    body = (f"桜井先生\n\n{p.name('')}です。今月分の返済ですが、給料日が遅れるため"
            f"{era(date(2024, 5, 25))}に入金します。\n"
            f"{p.loans[0][0]}から家に電話があり、家族に知られるのが不安です。"
            f"連絡は携帯（{w.tel(p.mobile, 1)}）にお願いします。\n"
            "うつ病で通院中なので、面談は午後にしていただけると助かります。\n")
    w.mail(path, addr_of(p), addr_of(chief), "返済について", body,
           datetime(2024, 5, 14, 7, 2, tzinfo=JST))
    w.tp(path, p, email=True, phone=p.mobile)
    w.t(path, "sensitive", "うつ病", p.id)
    w.t(path, "person_name", chief.last, chief.id, True)
    w.t(path, "email_address", str(chief.email), chief.id, True)
    w.tp(path, chief)


def nephew(w: Office) -> None:
    """06_メール/2024-10-28_Re_叔父の相続について.eml: the heir of the first and sixth
    inheritances answers the office, quoting its mail."""
    rng, h, c = w.rng, w.inh[0].heirs[-1], w.inh[5]
    if not h.email:
        h.email = f"{rng.choice(['hiro', 'yoko', 'masa'])}{rng.randint(100, 999)}@icloud.com"
    path = "06_メール/2024-10-28_Re_叔父の相続について.eml"
    uncle = c.dead.name("")
    body = (f"小川様\n\n{h.name('')}です。叔父（{uncle}）の相続の件、承知しました。\n"
            "私も父の相続でお世話になっているので、印鑑証明は2通取ってお送りします。\n\n"
            f"On 2024/10/25 10:02, 桜井司法書士事務所 <{OFFICE_MAIL}> wrote:\n"
            f"> {h.last}様\n> 叔父様の{uncle}様の相続につき、あなた様も代襲相続人となります。\n"
            "> 恐れ入りますが、印鑑証明書をご提出ください。\n> 桜井司法書士事務所　小川\n"
            "> TEL 03-5421-0876\n")
    w.mail(path, addr_of(h), OFFICE_MAIL, "Re: 叔父の相続について", body,
           datetime(2024, 10, 28, 19, 40, tzinfo=JST))
    w.tp(path, h, email=True)
    w.t(path, "person_name", uncle, None)
    w.t(path, "person_name", "小川", w.staff[2].id, True)
    w.t(path, "phone_number", OFFICE_TEL, None, True)
    w.t(path, "email_address", OFFICE_MAIL, None, True)
