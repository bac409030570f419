"""An online shop's leaked server (blind corpus 26): a card log's columns, the shop's own
settings row, a partner paid as a company in kana, passwords in connection URLs, and a
forwarded English inquiry."""

from __future__ import annotations

from email.message import EmailMessage

from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii


@BOTH
def test_a_card_logs_expiry_column(tmp_path, monkeypatch, table):
    path = tmp_path / "cardpay.csv"
    path.write_text("order_no,card_no,card_expire,security_code\n"
                    "20251002001,4980755480165500,03/30,123\n", encoding="utf-8")
    found = {(f.category, f.value) for f in scan_findings(path, monkeypatch, table)}
    assert ("card_expiry", "03/30") in found


@BOTH
def test_the_shops_own_settings_row_is_no_one(tmp_path, monkeypatch, table):
    """An EC-CUBE dtb_base_info row (shop_name | tel | zip | addr): the shop's, no person."""
    path = tmp_path / "shop.sql"
    path.write_text(
        "CREATE TABLE `dtb_base_info` (`shop_name` varchar(64), `tel` varchar(16), "
        "`zip` varchar(8), `addr` varchar(255));\n"
        "INSERT INTO `dtb_base_info` VALUES ('株式会社みどり屋ストア','03-5123-4567','111-0051',"
        "'東京都台東区蔵前2丁目14番3号');\n", encoding="utf-8")
    assert scan_people(path, monkeypatch, table) == 0


@BOTH
def test_a_partner_paid_as_a_company_in_kana_is_no_one(tmp_path, monkeypatch, table):
    """ｺﾞｳﾄﾞｳｶﾞｲｼｬ (合同会社 spelled in a bank's kana, small ｬ) names a company: its row's
    account is the company's; a person's row beside it stays a person."""
    path = tmp_path / "partners.tsv"
    path.write_bytes("パートナーID\t名義(ｶﾅ)\t銀行コード\t支店コード\t口座番号\n"
                     "AF53424\tｺﾞｳﾄﾞｳｶﾞｲｼｬ ﾊﾅﾐｽﾞｷ\t0005\t903\t0096564\n"
                     "AF53425\tﾔﾏﾀﾞ ﾊﾅｺ\t0005\t903\t1234567\n".encode("cp932"))
    found = scan_findings(path, monkeypatch, table)
    assert not any(f.category == "person_name" and f.value.startswith("ゴウドウ") for f in found)
    assert scan_people(path, monkeypatch, table) == 1


def test_passwords_in_connection_urls_and_no_mail_glued_to_them():
    text = ("DATABASE_URL=mysql://midori_ec:Mdr6457!ya@127.0.0.1:3306/midoriya_ec\n"
            "MAILER_URL=smtp://info%40example-shop.jp:Mdr6457!ya2@smtp.example-shop.jp:587\n"
            "REDIS_URL=redis://:r3dis-pw@localhost:6379\n"
            "BACKUP_URL=postgres://admin:${DB_PASS}@db/x\n")
    found = [(f.category, f.value) for f in pii.detect(text)]
    assert [v for c, v in found if c == "credential"] == ["Mdr6457!ya", "Mdr6457!ya2", "r3dis-pw"]
    assert [v for c, v in found if c == "email_address"] == ["info@example-shop.jp"]


def test_a_forwarded_english_inquirys_sender(tmp_path):
    """A forwarded mail's 「From: David Nguyen <…>」 and its "Regards, David Nguyen" name its
    writer; a desk's display name does not."""
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = ("gotou.12@example-shop.jp",
                                                 "kimura.3@example-shop.jp", "Fwd: 海外発送")
    mail.set_content("木村さん\n\n下記、海外からの問い合わせです。\n\n"
                     "---------- Forwarded message ---------\n"
                     "From: David Nguyen <dnguyen.sydney@outlook.com>\n"
                     "Subject: International shipping\n\nHello, can you ship to Australia?\n"
                     "Regards, David Nguyen\n\n---------- Forwarded message ---------\n"
                     "From: Order Desk <orders@example-shop.jp>\n")
    (tmp_path / "Fwd.eml").write_bytes(bytes(mail))
    names = [f.value for f in pii.scan([tmp_path], workers=1)
             if isinstance(f, pii.Finding) and f.category == "person_name"]
    assert names.count("DavidNguyen") == 2 and "OrderDesk" not in names
