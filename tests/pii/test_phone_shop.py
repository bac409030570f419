"""A phone shop's share (blind corpus 57): a 家族割 list's 回線番号, a billing dump's acct, a
代理人（長女）, a minor's ISO birth date, a reply to a customer's bare address greeted by
surname."""

from __future__ import annotations

from documents import detected, scanned, values_of
from table_paths import BOTH, scan_findings


@BOTH
def test_a_family_plans_line_numbers_and_a_dumps_account(tmp_path, monkeypatch, table):
    """回線番号 is a carrier's word for the line's phone number (before: a bare 090… under it
    was nothing, the whole file empty)."""
    path = tmp_path / "家族割.csv"
    path.write_text("氏名,回線番号,自宅電話\n池田 香織,09012345678,0445045012\n"
                    "池田 春香,08023456789,\n", encoding="utf-8")
    found = scan_findings(path, monkeypatch, table)
    assert values_of(found, "phone_number") == {"09012345678", "0445045012", "08023456789"}


def test_a_billing_dumps_acct_column(tmp_path):
    """`acct` beside `bank` is the bank account (before: not read)."""
    path = tmp_path / "crm.sql"
    path.write_text("CREATE TABLE `billing` (`id` int, `name` varchar(64), `bank` varchar(40), "
                    "`acct` varchar(10));\nINSERT INTO `billing` VALUES "
                    "(1,'佐藤健一','みずほ銀行 123','1234567'),(2,'鈴木洋介','ゆうちょ銀行 456',"
                    "'7654321');\n", encoding="utf-8")
    assert values_of(scanned(path)[0], "bank_account") == {"1234567", "7654321"}


def test_an_agent_and_a_minors_guardian_after_their_labels():
    """「代理人（長女）：遠藤　さゆり」, 「親権者：佐藤 里佳」, 「保護者（母）：山田 花子」 name
    people (before: none of them); 「佐藤　健一（2012-04-22生）」 is a birth date (before: only
    2012/04/22生 was)."""
    text = ("加藤 真綾 様（91歳）　代理人（長女）：遠藤　さゆり　TEL 07097336063\n"
            "親権者：佐藤 里佳\n保護者（母）：山田　花子\n")
    assert detected(text, "person_name") == ["加藤真綾", "遠藤さゆり", "佐藤里佳", "山田花子"]
    assert detected("未成年 佐藤　健一（2012-04-22生）\n", "date_of_birth") == ["2012-04-22"]


def test_a_reply_to_a_bare_address_greeted_by_surname(tmp_path):
    """A shop's reply To: zsato60@… opening 「佐々木様」, quoting the customer who signed
    佐々木直人 with a phone: the address is his, two people with the shop's manager (before:
    three, the address alone a person)."""
    body = ("佐々木様\n\nこの度はご迷惑をおかけし誠に申し訳ございません。\n\n--\n"
            "株式会社モバイルリンク東 武蔵小杉店\n店長 藤原　聡太郎\nTEL 044-711-2301\n\n"
            "佐々木様 wrote:\n> 武蔵小杉店 店長様\n> 先日そちらで機種変更した佐々木直人です。\n"
            "> 至急連絡ください。携帯 08036087819 まで。\n> 住所：埼玉県川口市竜泉1丁目30番3号\n")
    path = tmp_path / "Re_請求内容.eml"
    path.write_text("From: 藤原聡太郎 <tencho.kosugi@mobilelink-east.co.jp>\n"
                    "To: zsato60@gmail.com\nSubject: Re: 請求内容について\n"
                    "Content-Type: text/plain; charset=utf-8\n\n" + body, encoding="utf-8")
    found, people = scanned(path)
    assert "zsato60@gmail.com" in values_of(found, "email_address")
    assert "佐々木直人" in values_of(found, "person_name") and people == 2
