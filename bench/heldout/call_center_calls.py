"""The calls and chats themselves: the CRM's two months of 応対履歴 (CP932), six recorded calls'
transcripts (a card read out with its security code, a move), two families' calls about a
parent's dementia, and the chat desk's export (cards typed in, a diabetes, IPs).
"""

from __future__ import annotations

import json
from datetime import datetime

from .call_center_people import CLIENT_CO, PRODUCTS, TOPICS, Center, Person, era, zen
from .identifiers import card_groups
from .share import csv_text


def crm(h: Center) -> None:
    """CRM出力/応対履歴_202410.csv and _202411.csv, after a quarter of customers get a home
    phone too."""
    rng = h.rng
    for c in h.cust:
        if rng.random() < 0.25:
            c.tel2 = h.landline()
    _crm_export(h, "CRM出力/応対履歴_202410.csv", 10, h.cust[0:34])
    _crm_export(h, "CRM出力/応対履歴_202411.csv", 11, h.cust[26:62])


def _crm_export(h: Center, rel: str, month: int, custs: list[Person]) -> None:
    rng = h.rng
    rows: list[list[object]] = [["受付番号", "受付日時", "発信者番号", "顧客ID", "氏名", "フリガナ",
                                 "郵便番号", "住所", "注文番号", "問い合わせ種別", "問い合わせ内容",
                                 "対応者", "ステータス"]]
    for i, c in enumerate(custs):
        op, topic, o = rng.choice(h.ops), rng.choice(TOPICS), c.orders[0]
        when = datetime(2024, month, rng.randint(1, 28), rng.randint(9, 20), rng.randint(0, 59))
        txt = f"{topic}のご依頼。"
        fields = ["name", "kana", "zip", "addr", "tel"]
        if topic == "住所変更":
            new = h.person("tmp")
            txt += (f"新住所「{new.addr}」へ変更。本人確認：生年月日"
                    f"{era(c.born, rng.randint(0, 1))}で照合済。")
            h.rec(rel, "address", new.addr, c.id)
            fields.append("dob")
        elif topic == "支払方法の変更" and rng.random() < 0.6:
            txt += (f"カード番号{card_groups(c.card)} 有効期限{c.exp[0]:02d}/{c.exp[1]}"
                    "を口頭で受領→登録済（※本来NG）。")
            h.card_leak(rel, c)
        elif topic == "配達遅延":
            txt += (f"伝票番号{h.slip_no()}、配送業者に確認し折り返し。"
                    f"携帯{h.tel(c.tel)}へ連絡希望。")
        elif rng.random() < 0.3:
            txt += (f"折り返し先は携帯ではなく自宅（{h.tel(c.tel2)}）とのこと。" if c.tel2
                    else "特記事項なし。")
            fields.append("tel2")
        else:
            txt += f"商品JAN {h.jan[rng.choice(PRODUCTS)[0]]}。ご案内済み。"
        h.rec(rel, "person_name", op.last, op.id, neutral=True)
        caller = h.tel(c.tel, "-") if rng.random() < 0.7 else c.tel
        name = c.name() if rng.random() < 0.6 else c.name("")
        rows.append([f"U{month:02d}{i:05d}", when.strftime("%Y/%m/%d %H:%M"), caller, c.cid, name,
                     c.kana(), c.postal, c.addr, o, topic, txt, f"{op.last}({op.opid})",
                     rng.choice(["完了", "対応中", "折返し待ち"])])
        h.recp(rel, c, *fields)
    h.share.write(rel, csv_text(rows).encode("cp932", errors="replace"))


def transcripts(h: Center) -> None:
    """通話録音/文字起こし/: four elderly customers' calls and two others', then two families'."""
    for k, c in enumerate(h.elder[:4] + h.cust[5:7]):
        _transcript(h, f"通話録音/文字起こし/REC_20241{k + 10}_{c.cid}.txt", c, k + 10)
    for f in h.fam[:2]:
        _family(h, f"通話録音/文字起こし/REC_family_{f.of.cid}.txt", f)


def _transcript(h: Center, rel: str, c: Person, n: int) -> None:
    op = h.rng.choice(h.ops)
    lines = [f"【通話録音 文字起こし】 録音ID: REC-20241{n:03d}  日時: 2024/11/{n % 27 + 1:02d} "
             f"14:{n % 60:02d}",
             f"発信者番号: {c.tel}  着信番号: {h.free[0]}  担当: {op.opid}", "",
             f"オペレーター：お電話ありがとうございます。ハルモニア通販お客様センター、{op.last}でございます。",
             f"お客様：あのね、注文したのがまだ届かないのよ。{c.last}ですけど。",
             "オペレーター：恐れ入りますが、ご本人様確認のため、フルネームと生年月日をお願いできますでしょうか。",
             f"お客様：{c.name()}です。生年月日は{era(c.born, 0)}。",
             "オペレーター：ありがとうございます。ご登録のご住所をお願いいたします。",
             f"お客様：{c.rest}。あ、郵便番号は{c.postal}ね。"]
    h.recp(rel, c, "name", "dob", "addr_nopref", "zip", "tel")
    h.rec(rel, "person_name", op.last, op.id, neutral=True)
    h.rec(rel, "phone_number", h.free[0], None, neutral=True)
    h.recp(rel, c, "surname")
    if n % 2 == 0:
        lines.append("オペレーター：お支払いはクレジットカードでよろしいでしょうか。")
        cd = c.card
        spoken = "、".join(cd[i:i + 4] for i in range(0, len(cd), 4))
        lines.append(f"お客様：カードね、えーと、{zen(spoken)}。"
                     f"期限が{c.exp[0]}月の{2000 + c.exp[1]}年。裏の番号は{c.cvv}。")
        lines.append("オペレーター：お客様、セキュリティコードはお伺いできませんので…"
                     "（※録音マスキング漏れ）")
        h.card_leak(rel, c)
        h.rec(rel, "card_security_code", c.cvv, c.id)
    else:
        new = h.person("tmp")
        lines.append(f"お客様：それとね、引っ越したの。新しいのは{new.addr}。"
                     f"電話も変わって{zen(h.tel(new.tel, '－'))}。")
        h.rec(rel, "address", new.addr, c.id)
        h.rec(rel, "phone_number", new.tel, c.id)
    lines += [f"オペレーター：承知いたしました。ご注文番号{c.orders[0]}の件、確認いたします。",
              "お客様：よろしくね。", f"オペレーター：お問い合わせ番号は{h.inquiry_no()}です。"]
    h.share.write(rel, "\n".join(lines) + "\n")


def _family(h: Center, rel: str, f: Person) -> None:
    e = f.of
    assert e is not None
    h.rng.choice(h.ops)  # gen.py drew an operator it never named
    mother = (f"お客様：{era(e.born, 1)}です。電話は{h.tel(e.tel)}。"
              f"私の連絡先は{h.tel(f.tel)}です。")
    lines = [f"録音ID REC-FAM-{f.id}", "", "オペレーター：ハルモニア通販でございます。",
             f"お客様：母の代わりに電話しています。{f.rel}の{f.name()}と申します。母は{e.name()}です。",
             "お客様：母が同じサプリを何回も頼んでしまっていて…最近物忘れがひどくて、"
             "認知症の疑いがあると医者に言われました。",
             "オペレーター：それはご心配ですね。お母様の生年月日とご登録のお電話番号を"
             "お伺いできますか。",
             mother, "オペレーター：ありがとうございます。定期便を停止し、以後はご家族様へ"
             "ご連絡いたします。", ""]
    h.recp(rel, f, "name", "tel")
    h.recp(rel, e, "name", "dob", "tel")
    h.rec(rel, "sensitive", "認知症の疑い", e.id)
    h.share.write(rel, "\n".join(lines))


def chat(h: Center) -> None:
    """チャット/chat_export_20241101-20241130.json: 14 sessions, IPs, cards, a diabetes."""
    rng, rel = h.rng, "チャット/chat_export_20241101-20241130.json"
    chats = []
    for k, c in enumerate(h.cust[60:74]):
        op = rng.choice(h.ops)
        ip = (f"{rng.choice([126, 60, 114, 153, 220])}.{rng.randint(0, 255)}."
              f"{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        msgs = [{"from": "bot", "text": "ご用件をお選びください。"},
                {"from": "customer",
                 "text": f"{rng.choice(TOPICS)}をお願いしたいです。{c.name('')}です。"},
                {"from": "agent", "agent_id": op.opid,
                 "text": "ご本人確認のためメールアドレスとお電話番号をお願いします。"},
                {"from": "customer", "text": f"{c.mail} / {c.tel}"}]
        h.recp(rel, c, "name", "mail", "tel", "surname")
        if k % 4 == 1:
            msgs.append({"from": "customer",
                         "text": f"カードは{c.card}、期限{c.exp[0]:02d}/{c.exp[1]}です"})
            msgs.append({"from": "agent", "agent_id": op.opid,
                         "text": "チャットではカード番号を送信しないでください。"
                                 "該当メッセージはマスキングいたします。"})
            h.card_leak(rel, c)
        if k % 5 == 2:
            msgs.append({"from": "customer",
                         "text": "持病の糖尿病があるので、糖質の少ない商品を探しています。"})
            h.rec(rel, "sensitive", "糖尿病", c.id)
        chats.append({"session_id": f"chat-{h.seed}{k:04d}",
                      "started_at": h.dt(k % 28 + 1).isoformat() + "+09:00",
                      "customer": {"customer_id": c.cid, "display_name": c.last + "さん", "ip": ip,
                                   "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)"},
                      "order_no": c.orders[0], "messages": msgs})
        h.rec(rel, "ip_address", ip, c.id)
    export = {"export": "chatdesk", "tenant": CLIENT_CO, "sessions": chats}
    h.share.write(rel, json.dumps(export, ensure_ascii=False, indent=2))
