"""The online shop's tables: the EC-CUBE dump and config, exports (CSV/TSV/xlsx), the helpdesk
SQLite, an access log, a zip backup and a product master full of look-alike numbers."""

from __future__ import annotations

import hashlib
import json
import sqlite3

from .identifiers import corporate_number, jan13, luhn_number
from .japanese import half_width_kana
from .online_shop_people import SHOP, Shop, era_birthday
from .share import csv_text, mysqldump_head, sql_create, workbook


def _shop_address(shop: Shop, p: str) -> None:
    """The shop's own phone, address and 〒 on a page: neither expected nor a false hit."""
    shop.add(p, "phone_number", SHOP["tel"], None, True)
    shop.add(p, "address", SHOP["addr"], None, True)
    shop.add(p, "postal_code", SHOP["zip"], None, True)


def sql_dump(shop: Shop) -> None:
    """mysqldump of customers (a few plain passwords), orders and a forgotten card log."""
    R = shop.rng
    p = "db/midoriya_shop_20251002.sql"
    lines = [*mysqldump_head("5.7.42", "localhost", "midoriya_ec"),
             "DROP TABLE IF EXISTS `dtb_customer`;",
             sql_create("dtb_customer", "customer_id int NOT NULL, member_no varchar(16), "
                        "name01 varchar(64), name02 varchar(64), kana01 varchar(64), "
                        "kana02 varchar(64), zip varchar(8), pref varchar(8), addr01 varchar(255), "
                        "addr02 varchar(255), email varchar(255), tel varchar(16), birth date, "
                        "password varchar(128), create_date datetime",
                        "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"),
             "LOCK TABLES `dtb_customer` WRITE;"]
    rows = []
    for i, c in enumerate(shop.customers[:80]):
        plain = i % 13 == 0
        pw = c.pw if plain else (
            "$2y$10$" + hashlib.sha256((c.pw + c.pid).encode()).hexdigest()[:53])
        created = (f"2024-0{R.randint(1, 9)}-1{R.randint(0, 9)} "
                   f"1{R.randint(0, 9)}:2{R.randint(0, 9)}:00")
        rows.append(f"({1000 + i},'{c.member}','{c.sei}','{c.mei}','{c.seik}','{c.meik}',"
                    f"'{c.zip.replace('-', '')}','{c.pref}','{c.street}','{c.bld.strip()}',"
                    f"'{c.email}','{c.phone}','{c.dob}','{pw}','{created}')")
        for v in (c.sei + c.mei, c.seik + c.meik):
            shop.add(p, "person_name", v, c.pid)
        shop.add(p, "postal_code", c.zip, c.pid)
        shop.add(p, "address", c.addr_short, c.pid)
        shop.add(p, "email_address", c.email, c.pid)
        shop.add(p, "phone_number", c.phone, c.pid)
        shop.add(p, "date_of_birth", c.dob, c.pid)
        shop.add(p, "credential", pw, c.pid, neutral=not plain)
    lines.append("INSERT INTO `dtb_customer` VALUES " + ",\n".join(rows) + ";")
    lines += ["UNLOCK TABLES;", "", "DROP TABLE IF EXISTS `dtb_order`;",
              sql_create("dtb_order", "order_no varchar(20), customer_id int, order_date date, "
                         "jan_code varchar(13), payment_total int", "ENGINE=InnoDB"),
              "LOCK TABLES `dtb_order` WRITE;"]
    rows = []
    for i, c in enumerate(shop.customers[:80]):
        on = shop.order_number()
        shop.orders[c.pid] = on
        jan = jan13(R, "49")
        rows.append(f"('{on}',{1000 + i},'2025-0{R.randint(1, 9)}-{R.randint(10, 28)}','{jan}',"
                    f"{R.randint(18, 300) * 100})")
    lines.append("INSERT INTO `dtb_order` VALUES " + ",\n".join(rows) + ";")
    lines += ["UNLOCK TABLES;", "", "DROP TABLE IF EXISTS `plg_cardpay_log`;",
              "-- TODO(2019 外注): 決済モジュール v1.2 のデバッグ用。本番では消すこと",
              sql_create("plg_cardpay_log", "id int, order_no varchar(20), card_no varchar(19), "
                         "card_expire varchar(5), security_code varchar(4), holder varchar(64), "
                         "result varchar(8)", "ENGINE=InnoDB"),
              "LOCK TABLES `plg_cardpay_log` WRITE;"]
    rows = []
    for i, c in enumerate(shop.customers[:60]):
        rows.append(f"({i + 1},'{shop.orders[c.pid]}','{c.card}','{c.exp}','{c.cvv}',"
                    f"'{c.sei} {c.mei}','OK')")
        shop.add(p, "credit_card_number", c.card, c.pid)
        shop.add(p, "card_security_code", c.cvv, c.pid)
        shop.add(p, "card_expiry", c.exp, c.pid)
    lines.append("INSERT INTO `plg_cardpay_log` VALUES " + ",\n".join(rows) + ";")
    lines += ["UNLOCK TABLES;", "", "DROP TABLE IF EXISTS `dtb_base_info`;",
              sql_create("dtb_base_info", "shop_name varchar(64), tel varchar(16), zip varchar(8), "
                         "addr varchar(255)", "ENGINE=InnoDB"),
              f"INSERT INTO `dtb_base_info` VALUES ('{SHOP['name']}','{SHOP['tel']}',"
              f"'{SHOP['zip']}','{SHOP['addr']}');"]
    _shop_address(shop, p)
    shop.share.write(p, "\n".join(lines) + "\n")


def config(shop: Shop) -> None:
    """The production .env: DB and SMTP passwords, a payment key, an AWS key id."""
    R = shop.rng
    p = "www/app/config/eccube/packages/prod/.env.local"
    dbpw = "Mdr" + str(R.randint(1000, 9999)) + "!ya"
    pk = "sk_live_" + hashlib.md5(str(shop.seed).encode()).hexdigest() + "Xq"
    mkey = "AKIA" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))
    shop.share.write(p, f"APP_ENV=prod\n"
                        f"DATABASE_URL=mysql://midori_ec:{dbpw}@127.0.0.1:3306/midoriya_ec\n"
                        f"ECCUBE_AUTH_MAGIC=Zk2{R.randint(10000, 99999)}wPq\n"
                        f"PAYMENT_SECRET_KEY={pk}\nAWS_ACCESS_KEY_ID={mkey}\n"
                        f"MAILER_URL=smtp://info%40example-shop.jp:{dbpw}2@smtp.example-shop.jp:587\n"
                        f"SHOP_TEL={SHOP['tel']}\n")
    shop.add(p, "credential", dbpw, None)
    shop.add(p, "credential", pk, None)
    shop.add(p, "credential", mkey, None)
    shop.add(p, "credential", dbpw + "2", None, True)
    shop.add(p, "phone_number", SHOP["tel"], None, True)
    shop.add(p, "email_address", "info@example-shop.jp", None, True)  # post-blind fix 1


def courier_export(shop: Shop) -> None:
    """ヤマト B2 export (CP932): gifts name a recipient and the customer who sent them."""
    R = shop.rng
    p = "shipping/yamato_B2_export_20251015.csv"
    rows = [["お客様管理番号", "送り状種類", "伝票番号", "出荷予定日", "お届け先電話番号",
             "お届け先郵便番号", "お届け先住所", "お届け先名", "ご依頼主電話番号",
             "ご依頼主郵便番号", "ご依頼主住所", "ご依頼主名", "品名１", "記事"]]
    for i, c in enumerate(shop.customers[10:50]):
        slip = shop.look_alike("4")
        gift = i < len(shop.recipients)
        to = shop.recipients[i] if gift else c
        tph = to.ph if i % 2 else to.phone
        row = [shop.orders.get(c.pid, shop.look_alike("1")), "0", slip,
               f"2025/10/{R.randint(10, 20)}", tph, to.zip, to.addr_short, to.name]
        shop.add(p, "phone_number", tph, to.pid)
        shop.add(p, "postal_code", to.zip, to.pid)
        shop.add(p, "address", to.addr_short, to.pid)
        shop.add(p, "person_name", to.name, to.pid)
        if gift:
            row += [c.ph, c.zip, c.addr_short, c.name]
            shop.add(p, "phone_number", c.ph, c.pid)
            shop.add(p, "postal_code", c.zip, c.pid)
            shop.add(p, "address", c.addr_short, c.pid)
            shop.add(p, "person_name", c.name, c.pid)
        else:
            row += [SHOP["tel"], SHOP["zip"], SHOP["addr"], SHOP["name"]]
        rows.append([*row, "有機野菜セット", "お歳暮 のし:御歳暮" if gift else ""])
    _shop_address(shop, p)
    shop.share.write(p, csv_text(rows), "cp932")


def subscriptions(shop: Shop) -> None:
    """定期購入 xlsx: merged headers, 病名 in a 備考 column, a cancelled sheet and a form sheet."""
    R = shop.rng
    p = "teiki/定期購入者リスト_2025.xlsx"
    wb, ws = workbook("定期便A(毎月)", "定期購入者一覧（青汁・酵素ドリンク）2025年10月度", "A1:H1")
    ws.merge_cells("B2:C2")
    ws["B2"] = "お客様"
    ws.merge_cells("D2:E2")
    ws["D2"] = "連絡先"
    ws.append(["会員番号", "氏名", "フリガナ", "電話", "メール", "次回発送日", "JANコード", "備考"])
    for i, c in enumerate(shop.customers[30:75]):
        memo, disease = {3: ("糖尿病のため低糖タイプ希望", "糖尿病"),
                         7: ("腎臓病で通院中、カリウム少なめ", "腎臓病"),
                         9: ("次回からお届け日を変更", "")}.get(i % 11, ("", ""))
        ws.append([c.member, c.name, c.kana, c.ph, c.email, f"2025/11/{R.randint(1, 28):02d}",
                   "4901234567894", memo])
        shop.add(p, "person_name", c.name, c.pid)
        shop.add(p, "person_name", c.kana, c.pid)
        shop.add(p, "phone_number", c.ph, c.pid)
        shop.add(p, "email_address", c.email, c.pid)
        if disease:
            shop.add(p, "sensitive", disease, c.pid)
    ws2 = wb.create_sheet("解約者")
    ws2.append(["会員番号", "氏名", "解約日", "理由"])
    for c in shop.customers[75:85]:
        ws2.append([c.member, c.sei + c.mei, f"2025-0{R.randint(1, 9)}-15",
                    R.choice(["金額", "飲みきれない", "引越し"])])
        shop.add(p, "person_name", c.sei + c.mei, c.pid)
    ws3 = wb.create_sheet("お届け先")
    c = shop.customers[85]
    for cell, value in [("A1", "お届け先登録フォーム"), ("A3", "氏名"), ("B3", c.name),
                        ("A4", "郵便番号"), ("B4", "〒" + c.zip), ("A5", "住所"), ("B5", c.addr),
                        ("A6", "電話番号"), ("B6", c.ph), ("A7", "生年月日"),
                        ("B7", era_birthday(c.dob))]:
        ws3[cell] = value
    shop.add(p, "person_name", c.name, c.pid)
    shop.add(p, "postal_code", c.zip, c.pid)
    shop.add(p, "address", c.addr, c.pid)
    shop.add(p, "phone_number", c.ph, c.pid)
    shop.add(p, "date_of_birth", c.dob, c.pid)
    shop.share.save(p, wb)


def helpdesk(shop: Shop) -> None:
    """The helpdesk's SQLite: tickets (one mentions 妊娠) and the agents' plain passwords."""
    R = shop.rng
    p = "support/helpdesk.sqlite3"
    db = sqlite3.connect(shop.share.path(p))
    db.execute("create table tickets(id integer primary key, inquiry_no text, customer_name text, "
               "email text, tel text, body text, assignee text, created_at text)")
    for i, c in enumerate(shop.customers[40:65]):
        inq = shop.look_alike("8")
        body = R.choice(["配送日時の変更希望", "領収書の再発行依頼", "カード決済エラー",
                         "定期便のスキップ希望"])
        if i == 4:
            body = "妊娠中のため原材料を確認したいとのこと"
            shop.add(p, "sensitive", "妊娠", c.pid, True)  # post-blind truth fix 2
            shop.add(p, "sensitive", "妊娠中", c.pid, True)
        db.execute("insert into tickets values(?,?,?,?,?,?,?,?)",
                   (i + 1, inq, c.name, c.email, c.phone, body, shop.staff[i % 3].sei,
                    f"2025-10-{R.randint(1, 28):02d} 11:00:00"))
        shop.add(p, "person_name", c.name, c.pid)
        shop.add(p, "email_address", c.email, c.pid)
        shop.add(p, "phone_number", c.phone, c.pid)
    for s in shop.staff:
        shop.add(p, "person_name", s.sei, s.pid, True)
    db.execute("create table agents(id integer, login text, password text, full_name text)")
    for i, s in enumerate(shop.staff):
        pw = f"Midori{R.randint(1000, 9999)}"
        db.execute("insert into agents values(?,?,?,?)", (i, s.email, pw, s.name))
        shop.add(p, "email_address", s.email, s.pid)
        shop.add(p, "credential", pw, s.pid)
        shop.add(p, "person_name", s.name, s.pid)
    db.commit()
    db.close()


def access_log(shop: Shop) -> None:
    """A day's JSONL access log: one IP a customer, a login e-mail on two lines in three."""
    R = shop.rng
    p = "logs/access-2025-10-14.jsonl"
    lines = []
    ips: dict[str, str] = {}
    for i in range(120):
        c = R.choice(shop.customers[:70])
        fresh = (f"{R.choice([126, 153, 180, 219, 60, 114])}.{R.randint(0, 255)}."
                 f"{R.randint(0, 255)}.{R.randint(1, 254)}")  # (drawn even for a known one)
        ip = ips.setdefault(c.pid, fresh)
        ts = (f"2025-10-14T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:"
              f"{R.randint(0, 59):02d}+09:00")
        event = {"ts": ts, "ip": ip, "method": "POST",
                 "path": R.choice(["/mypage/login", "/shopping/confirm", "/cart"]), "status": 200,
                 "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)",
                 "login_email": c.email if i % 3 else None, "order_id": shop.orders.get(c.pid)}
        lines.append(json.dumps(event, ensure_ascii=False))
        shop.add(p, "ip_address", ip, c.pid)
        if event["login_email"]:
            shop.add(p, "email_address", c.email, c.pid)
    shop.share.write(p, "\n".join(lines) + "\n")


def deferred_payment(shop: Shop) -> None:
    """後払い screening request (UTF-8 with BOM): birth dates with slashes, bare 〒 digits."""
    R = shop.rng
    p = "payment/atobarai_審査依頼_202510.csv"
    rows = [["ご注文番号", "注文日", "購入者氏名", "購入者氏名カナ", "生年月日", "郵便番号", "住所",
             "電話番号", "メールアドレス", "請求金額"]]
    for c in shop.customers[50:80] + shop.customers[85:95]:
        rows.append([shop.orders.get(c.pid, shop.order_number()),
                     f"2025/10/{R.randint(1, 28):02d}", c.name, c.kana, c.dob.replace("-", "/"),
                     c.zip.replace("-", ""), c.addr, c.phone, c.email, R.randint(20, 200) * 100])
        for cat, v in [("person_name", c.name), ("person_name", c.kana), ("date_of_birth", c.dob),
                       ("postal_code", c.zip), ("address", c.addr), ("phone_number", c.phone),
                       ("email_address", c.email)]:
            shop.add(p, cat, v, c.pid)
    shop.share.write(p, csv_text(rows), "utf-8-sig")


def affiliates(shop: Shop) -> None:
    """Affiliate payouts (TSV, half-width kana 名義) and the contract ledger (xlsx): individuals
    are people, companies carry a 法人番号."""
    R = shop.rng
    p = "affiliate/partner_furikomi_202510.tsv"
    rows = ["\t".join(["パートナーID", "区分", "名義(ｶﾅ)", "銀行コード", "支店コード", "種別",
                       "口座番号", "法人番号", "振込額"])]
    for a in shop.affiliates:
        acct = f"{R.randint(0, 9999999):07d}"
        kn = half_width_kana(a.kana)
        rows.append(f"AF{R.randint(10000, 99999)}\t個人\t{kn}\t"
                    f"0{R.randint(1, 9)}{R.randint(10, 99)}\t{R.randint(100, 999)}\t普通\t"
                    f"{acct}\t\t{R.randint(1, 90) * 1000}")
        shop.add(p, "person_name", kn, a.pid)
        shop.add(p, "bank_account", acct, a.pid)
    for nm in ["ｶ)ｸﾞﾘｰﾝﾗｲﾌﾒﾃﾞｨｱ", "ｺﾞｳﾄﾞｳｶﾞｲｼｬ ﾊﾅﾐｽﾞｷ", "ｶ)ｴｲﾁｱﾝﾄﾞｴﾑ"]:
        acct = f"{R.randint(0, 9999999):07d}"
        cn = corporate_number(R)
        rows.append(f"AF{R.randint(10000, 99999)}\t法人\t{nm}\t0005\t{R.randint(100, 999)}\t当座"
                    f"\t{acct}\t{cn}\t{R.randint(1, 90) * 1000}")
        shop.add(p, "corporate_number", cn, None)
        shop.add(p, "bank_account", acct, None, True)
        shop.add(p, "person_name", nm, None, True)
    shop.share.write(p, "\n".join(rows) + "\n")
    p = "affiliate/アフィリエイト契約者台帳.xlsx"
    wb, ws = workbook("個人")
    ws.append(["契約番号", "氏名", "住所", "電話", "メール", "生年月日", "契約日", "ブログURL"])
    for a in shop.affiliates:
        cno = shop.look_alike("2")
        ws.append([cno, a.name, a.addr, a.ph, a.email, a.dob, f"2024-{R.randint(1, 12):02d}-01",
                   f"https://blog.example.net/{shop.faker.user_name()}"])
        for cat, v in [("person_name", a.name), ("address", a.addr), ("phone_number", a.ph),
                       ("email_address", a.email), ("date_of_birth", a.dob)]:
            shop.add(p, cat, v, a.pid)
    ws2 = wb.create_sheet("法人")
    ws2.append(["契約番号", "法人名", "法人番号", "担当者", "代表電話"])
    for nm in ["株式会社グリーンライフメディア", "合同会社ハナミズキ"]:
        cn = corporate_number(R)
        contract = luhn_number(R, "77", 16)
        tel = "03-3" + str(R.randint(100, 999)) + "-" + str(R.randint(1000, 9999))
        ws2.append([contract, nm, cn, "広報部", tel])
        shop.add(p, "corporate_number", cn, None)
        shop.add(p, "phone_number", tel, None, True)
    shop.share.save(p, wb)


def backup_zip(shop: Shop) -> None:
    """2023's customer export, zipped (stored) at a server move, with a readme naming its maker."""
    R = shop.rng
    p0 = "backup/old_customers_2023.zip"
    inner = "export/customer_2023.csv"
    pp = f"{p0}!{inner}"
    rows = [["会員ID", "姓", "名", "セイ", "メイ", "〒", "都道府県", "住所1", "TEL", "E-MAIL",
             "ポイント"]]
    for c in shop.customers[60:95]:
        rows.append([c.member, c.sei, c.mei, c.seik, c.meik, c.zip, c.pref, c.street + c.bld, c.ph,
                     c.email, R.randint(0, 3000)])
        shop.add(pp, "person_name", c.sei + c.mei, c.pid)
        shop.add(pp, "person_name", c.seik + c.meik, c.pid)
        shop.add(pp, "postal_code", c.zip, c.pid)
        shop.add(pp, "address", c.addr_short, c.pid)
        shop.add(pp, "phone_number", c.ph, c.pid)
        shop.add(pp, "email_address", c.email, c.pid)
    maker = shop.staff[0]
    readme = f"2023年度会員データ（旧サーバ移行時）\n作成：{maker.name}\n"
    shop.share.write_zip(p0, [(inner, csv_text(rows).encode("cp932")),
                              ("export/readme.txt", readme.encode("utf-8"))])
    shop.add(f"{p0}!export/readme.txt", "person_name", maker.name, maker.pid)


def product_master(shop: Shop) -> None:
    """商品マスタ: JAN codes and 管理番号 that pass the My Number or Luhn check; no one at all."""
    R = shop.rng
    p = "master/商品マスタ.csv"
    rows = [["商品コード", "JANコード", "商品名", "管理番号", "仕入先電話", "登録日"]]
    for i in range(25):
        jan = jan13(R, "45")
        rows.append([f"SKU-{1000 + i}", jan,
                     R.choice(["有機青汁 30包", "酵素ドリンク 720ml", "玄米 5kg",
                               "緑茶ティーバッグ"]),
                     shop.look_alike("9") if i % 2 else luhn_number(R, "4", 16), "",
                     f"2024/0{R.randint(1, 9)}/1{R.randint(0, 9)}"])
    shop.share.write(p, csv_text(rows))

