"""Column labels of real exports name their category by the head noun, which comes last."""

import pytest

from leakscope import pii
from leakscope.pii.context import label_category


@pytest.mark.parametrize(("label", "category"), [
    ("お届け先氏名", "person_name"), ("お届け先住所", "address"), ("ご注文者氏名", "person_name"),
    ("請求先氏名", "person_name"), ("配送先郵便番号", "postal_code"), ("住所1", "address"),
    ("address_2", "address"), ("email_address", "email_address"), ("カード名義", "person_name"),
    ("Card Holder", "person_name"), ("電話番号2", "phone_number"), ("注文番号", "negative"),
    ("カード番号", "credit_card_number"), ("生年月日(西暦)", "date_of_birth"), ("備考", None),
    ("ポイントカード番号", "negative"), ("Gift Card Number", "negative"),  # not a payment card's
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
