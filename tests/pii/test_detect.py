"""Detectors on strings: each category, its validator, its context, and its hard negatives."""

from __future__ import annotations

import pytest

from leakscope.pii import detect
from leakscope.pii.checksums import (
    corporate_number_ok,
    iban_ok,
    licence_ok,
    luhn_ok,
    my_number_ok,
)
from leakscope.pii.normalize import normalize


def found(text: str, label: str | None = None) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in detect(text, label=label)}


def test_check_digits():
    assert my_number_ok("234567890121") and not my_number_ok("123456789012")
    assert corporate_number_ok("7000012050002") and not corporate_number_ok("8000012050002")
    assert licence_ok("301234567810") and not licence_ok("301234567820")
    assert luhn_ok("4111111111111129") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82WEST12345698765432") and not iban_ok("GB82WEST12345698765433")


def test_normalize_keeps_offsets_to_the_original():
    n = normalize("ｶﾞ電話０９０ー１２３４－５６７８")
    assert n.text == "ガ電話090-1234-5678"
    assert n.original_offset(n.text.index("090")) == 4  # ｶﾞ is two original characters
    assert normalize("ラーメン").text == "ラーメン"  # a long vowel is not a hyphen between kana


def test_my_number_needs_its_label_and_the_nearest_label_wins():
    assert ("my_number", "234567890121") in found("マイナンバー：２３４５ ６７８９ ０１２１")
    assert not found("234567890121")  # a bare 12-digit number is not trusted
    assert not found("注文番号 234567890121 について\nマイナンバーは別途お送りします")
    assert ("my_number", "234567890121") in found("234567890121", label="個人番号")
    assert not found("123456789012", label="マイナンバー")  # wrong check digit
    assert not found("234567890121", label="注文番号")


def test_japanese_phone_numbers():
    assert ("phone_number", "09012345678") in found("携帯 ０９０ー１２３４ー５６７８")
    assert ("phone_number", "0312345678") in found("TEL:(03)1234-5678")
    assert ("phone_number", "09012345678") in found("call +81 90-1234-5678")
    assert ("phone_number", "0120123456") in found("0120-123-456 まで")
    assert ("phone_number", "09012345678") in found("9012345678", label="携帯電話")  # lost its 0
    assert not found("090-1234-567")  # a mobile number has 11 digits
    assert not found("注文番号 03-1234-5678")


def test_cards_expiry_cvv():
    got = found("カード番号 4111-1111-1111-1129 有効期限 12/27 セキュリティコード 123")
    assert got == {("credit_card_number", "4111111111111129"), ("card_expiry", "12/27"),
                   ("card_security_code", "123")}
    assert not found("4111111111111112")  # Luhn fails
    assert not found("9111111111111116")  # Luhn passes, no card scheme issues 9...
    assert not found("12/27 123")  # expiry and CVV only next to their labels
    got = found("payment failed, card 4111111111111129 exp 12/26")  # "exp" labels 12/26 only
    assert ("credit_card_number", "4111111111111129") in got and ("card_expiry", "12/26") in got


def test_dates_of_birth_wareki_only_with_birth_context():
    assert ("date_of_birth", "1985-01-02") in found("生年月日：昭和60年1月2日")
    assert ("date_of_birth", "1989-03-04") in found("誕生日 平成元年3月4日")
    assert ("date_of_birth", "1985-01-02") in found("S60.1.2", label="生年月日")
    assert ("date_of_birth", "1990-12-31") in found("1990/12/31生まれ")
    assert not found("2024-05-01 10:00 に発送しました")
    assert not found("生年月日 令和2年2月30日")  # no such day


def test_japanese_identifiers_with_labels():
    assert ("drivers_license_number", "301234567810") in found("運転免許証番号 301234567810")
    assert not found("運転免許証番号 301234567820")  # bad check digit
    assert not found("301234567810")  # no label: not trusted
    assert ("passport_number", "TK1234567") in found("旅券番号 TK1234567")
    assert ("residence_card_number", "AB12345678CD") in found("在留カード AB12345678CD")
    assert ("basic_pension_number", "4712803956") in found("基礎年金番号 4712-803956")
    assert not found("基礎年金番号 1234-567890")  # a manual's example
    assert ("bank_account", "1234567") in found("振込先 普通 1234567")
    assert ("health_insurance_number", "12345678") in found("12345678", label="被保険者番号")
    assert ("person_name", "ヤマダ") in found("ヤマダ", label="セイ（カナ）")
    assert not found("0312345678", label="受注ID")
    assert not found("0312345678", label="顧客コード")
    assert ("corporate_number", "7000012050002") in found("法人番号 7000012050002")
    assert not detect("法人番号 7000012050002")[0].personal
    assert ("postal_code", "1000001") in found("〒１００－０００１")
    assert ("postal_code", "0600001") in found("600001", label="郵便番号")  # Excel ate the 0


def test_credentials():
    assert ("credential", "hunter22!") in found("password=hunter22!")
    assert ("credential", "s3cr3tPW") in found("パスワード：s3cr3tPW")
    assert ("credential", "AKIAABCDEFGHIJKLMNOP") in found("key AKIAABCDEFGHIJKLMNOP")
    token = "ghp_" + "a" * 36
    assert ("credential", token) in found(f"token {token}")
    jwt = ("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
           "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U")
    assert ("credential", jwt) in found(jwt)
    assert found("-----BEGIN RSA PRIVATE KEY-----\nMIIE")
    assert ("credential", "$2b$12$abcdefgh") in found("$2b$12$abcdefgh", label="password")


def test_email_ip_iban_ssn():
    assert found("連絡先:Taro.Yamada+x@Example.CO.JP。") == {
        ("email_address", "taro.yamada+x@example.co.jp")}
    assert ("ip_address", "203.0.113.5") in found("接続元 203.0.113.5")
    assert ("ip_address", "2001:db8::1") in found("from 2001:db8::1 at 12:34:56")
    assert not found("version 1.2.3.4")
    assert not found("3.2.1.0", label="version")
    assert ("iban", "GB82WEST12345698765432") in found("IBAN GB82 WEST 1234 5698 7654 32")
    assert ("us_ssn", "123456789") in found("SSN 123-45-6789")
    assert not found("SSN 666-45-6789")


def test_names_and_addresses():
    assert ("person_name", "山田太郎") in found("山田 太郎様からお問い合わせがありました。")
    assert ("person_name", "TaroYamada") in found("Taro Yamada", label="name")
    assert not found("tanaka01", label="TargetUserName")  # an account, not a person
    assert ("person_name", "佐藤花子") in found("佐藤 花子", label="user_name")
    assert ("person_name", "鈴木一郎") in found("お名前：鈴木 一郎\n")
    assert ("person_name", "高橋美咲") in found("氏名 高橋 美咲\n")
    assert ("person_name", "JohnSmith") in found("Dear Mr. John Smith, thank you")
    assert ("person_name", "佐々木健一") in found("会員の佐々木 健一と申します。")
    assert not found("お客様各位 皆様にはご迷惑をおかけします。")
    got = found("〒100-0001 東京都千代田区千代田1-1 にお送りください")
    assert ("address", "東京都千代田区千代田1-1") in got and ("postal_code", "1000001") in got
    assert not found("東京都の天気は晴れ")  # a prefecture alone is not an address
    assert ("address", "横浜市中区山下町1-1") in found("横浜市中区山下町1-1 在住")
    umeda = "大阪府大阪市北区梅田3丁目1番1号"
    assert ("address", umeda) in found(umeda, label="住所")


def test_sensitive_terms_avoid_it_noise():
    # the field's word is no condition: what follows it is (test_sensitive.py)
    assert ("sensitive", "高血圧") in found("氏名：佐藤 花子\n病歴：高血圧")
    assert not found("システム障害が発生し、障害対応中です。")
    assert not found("病歴")  # a keyword with nobody around it
    assert ("sensitive", "糖尿病") in found("糖尿病", label="既往歴")


@pytest.mark.parametrize("text", [
    "請求書番号 INV-2024-000123", "追跡番号 301234567810", "商品コード 4901234567894",
    "2024-05-01T10:00:00+09:00", "version 3.2.1.0", "金額 234567890121",
    "order_id 4111111111111129",
])
def test_hard_negatives(text):
    assert not found(text)
