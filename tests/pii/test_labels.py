"""Column labels of real exports name their category by the head noun, which comes last."""

import pytest
from columnar_oracle import engine_reference, table_path

from leakscope import pii
from leakscope.pii.context import label_category


@pytest.mark.parametrize(("label", "category"), [
    ("お届け先氏名", "person_name"), ("お届け先住所", "address"), ("ご注文者氏名", "person_name"),
    ("請求先氏名", "person_name"), ("配送先郵便番号", "postal_code"), ("住所1", "address"),
    ("address_2", "address"), ("email_address", "email_address"), ("カード名義", "person_name"),
    ("Card Holder", "person_name"), ("電話番号2", "phone_number"), ("注文番号", "negative"),
    ("カード番号", "credit_card_number"), ("生年月日(西暦)", "date_of_birth"), ("備考", None),
    ("ポイントカード番号", "negative"), ("Gift Card Number", "negative"),  # not a payment card's
    ("顧客", "person_name"), ("顧客ID", "negative"),
])
def test_the_last_word_of_a_compound_label_decides(label, category):
    assert label_category(label) == category


def test_a_delivery_name_column_is_names_not_addresses(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text("注文番号,お届け先氏名,お届け先住所\n"
                    "ORD0001,山田 太郎,東京都千代田区千代田1-1\n", encoding="utf-8")
    found = {(f.category, f.value) for f in pii.scan([path]) if isinstance(f, pii.Finding)}
    assert found == {("person_name", "山田太郎"), ("address", "東京都千代田区千代田1-1")}


def test_a_bank_transfer_files_katakana_headers_label_names(tmp_path):
    """A 全銀-style transfer list (Shift_JIS, half-width kana): ｼﾒｲ(ｶﾅ) is the payee's name."""
    path = tmp_path / "furikomi.txt"
    payees = ["ﾊｼﾓﾄ ﾏﾅﾌﾞ", "ﾔﾏｻﾞｷ ｻﾕﾘ", "ｲﾄｳ ｱｷﾗ", "ﾆｼﾑﾗ ﾋﾃﾞｷ"]
    path.write_bytes(("番号\tｼﾒｲ(ｶﾅ)\t銀行コード\t口座番号\n" + "".join(
        f"30010{i}\t{name}\t0009\t233426{i}\n" for i, name in enumerate(payees)))
        .encode("cp932"))
    names = [f.value for f in pii.scan([path]) if isinstance(f, pii.Finding)
             and f.category == "person_name"]
    assert names == ["ハシモトマナブ", "ヤマザキサユリ", "イトウアキラ", "ニシムラヒデキ"]


def test_a_us_payroll_files_account_number_but_not_its_routing_number(tmp_path):
    path = tmp_path / "US_employees.csv"
    path.write_text("Employee ID,Full Name,Routing Number,Account Number\n"
                    "US2000,Kevin Moore,121000248,494522417143\n"
                    "US2001,Miranda Cooley,011000138,5001-9250-6698\n", encoding="utf-8")
    found = [(f.category, f.value) for f in pii.scan([path]) if isinstance(f, pii.Finding)
             and f.category == "bank_account"]
    assert found == [("bank_account", "494522417143"), ("bank_account", "500192506698")]


def test_a_cell_with_no_number_under_an_address_label_is_no_address(tmp_path):
    """An お届け先 column of names (a shipping list), a city alone: not an address."""
    path = tmp_path / "発送先.csv"
    path.write_text("お届け先,郵便番号,住所\n井上 太郎,100-0001,東京都千代田区千代田1-1\n"
                    "佐藤 涼平,150-0001,渋谷区\n", encoding="utf-8")
    found = [(f.category, f.value) for f in pii.scan([path]) if isinstance(f, pii.Finding)
             and f.category == "address"]
    assert found == [("address", "東京都千代田区千代田1-1")]


def test_a_destination_column_holds_a_name_or_an_address_as_each_cell_says(tmp_path):
    """A shipping list's お届け先: the recipient's name in one export, their address in another;
    a place with no number is neither (both table paths)."""
    rows = ["井上 太郎", "佐藤涼平", "東京都", "渋谷区", "東京都千代田区千代田1-1"] * 120
    path = tmp_path / "発送先.csv"
    path.write_text("お届け先,電話番号\n" + "".join(
        f"{cell},090-1234-{i:04d}\n" for i, cell in enumerate(rows)), encoding="utf-8")
    found, _, tables = table_path(path)
    assert tables and found == engine_reference(path)[0]
    assert {(f[1], f[2]) for f in found if f[1] != "phone_number"} == {
        ("person_name", "井上太郎"), ("person_name", "佐藤涼平"),
        ("address", "東京都千代田区千代田1-1")}


def test_a_name_qualifier_makes_a_name_column():
    """A form's 緊急連絡先（氏名） beside its 緊急連絡先（電話）: the first holds the contact's
    name, the second their number (a bracketed 氏名 says what the column holds)."""
    assert label_category("緊急連絡先（氏名）") == "person_name"
    assert label_category("緊急連絡先（電話）") == "phone_number"
    assert label_category("Emergency contact (name)") == "person_name"
    assert label_category("住所（番地）") == "address"
