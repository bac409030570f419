"""A mail-order shop's exports as the carriers and marketplaces write them: a shipping label's
sender and recipient, a のし list's buyer and recipient, Yahoo's Bill*/Ship* columns and
楽天's name, postal code, address and phone split over columns. Each row holds two people;
read as one, a blind corpus of a sake shop counted 174 people for 190. Scanned end to end
on both table paths (whole columns, and cell by cell)."""

from __future__ import annotations

import pytest

from leakscope import pii
from leakscope.pii import columnar

B2_HEADER = ("お届け先電話番号,お届け先郵便番号,お届け先住所,お届け先名,お届け先名略称ｶﾅ,"
             "ご依頼主電話番号,ご依頼主郵便番号,ご依頼主住所,ご依頼主名\n")
RAKUTEN_HEADER = ("受注番号,注文者名字,注文者名前,注文者名字フリガナ,注文者名前フリガナ,"
                  "注文者郵便番号1,注文者郵便番号2,注文者住所：都道府県,注文者住所：都市区,"
                  "注文者住所：町以降,注文者電話番号1,注文者電話番号2,注文者電話番号3,"
                  "送付先名字,送付先名前,送付先郵便番号1,送付先郵便番号2,送付先住所：都道府県,"
                  "送付先住所：都市区,送付先住所：町以降,送付先電話番号1,送付先電話番号2,"
                  "送付先電話番号3\n")

table_paths = pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])


def _scan(tmp_path, monkeypatch, table: bool) -> tuple[list, int]:
    with monkeypatch.context() as patch:
        if not table:
            patch.setattr(columnar, "plan_file", lambda _path, _kind: None)
        run = pii.scan([tmp_path], workers=1)
        found = [(f.category, f.value) for f in run if isinstance(f, pii.Finding)]
        return found, run.summary.subjects


@table_paths
def test_a_shipping_labels_recipient_and_sender_are_two_people(tmp_path, monkeypatch, table):
    # one buyer sends two gifts: three people, not one; お届け先名 and ご依頼主名 are names
    rows = ("03-1111-2222,150-0001,東京都渋谷区神宮前1-2-3,山田 太郎,ﾔﾏﾀﾞ ﾀﾛｳ,"
            "090-1234-5678,998-0861,山形県酒田市松石4-19-1,吉田 晃\n"
            "06-3333-4444,530-0001,大阪府大阪市北区梅田2-3-4,佐藤 花子,ｻﾄｳ ﾊﾅｺ,"
            "090-1234-5678,998-0861,山形県酒田市松石4-19-1,吉田 晃\n")
    (tmp_path / "b2.csv").write_bytes((B2_HEADER + rows).encode("cp932"))
    found, people = _scan(tmp_path, monkeypatch, table)
    names = {value for category, value in found if category == "person_name"}
    assert {"山田太郎", "佐藤花子", "吉田晃"} <= names
    # お届け先名略称ｶﾅ is the recipient's name's reading, not the 届け先's address
    assert {"ヤマダタロウ", "サトウハナコ"} <= names
    assert not any(category == "address" and value.startswith("ヤマダ")
                   for category, value in found)
    assert people == 3


@table_paths
def test_a_shop_sending_is_no_persons_name(tmp_path, monkeypatch, table):
    row = ("03-1111-2222,150-0001,東京都渋谷区神宮前1-2-3,山田 太郎,ﾔﾏﾀﾞ ﾀﾛｳ,"
           "0234-22-1187,998-0044,山形県酒田市中町2-4-10,酒田屋本店\n")
    (tmp_path / "b2.csv").write_bytes((B2_HEADER + row).encode("cp932"))
    found, _ = _scan(tmp_path, monkeypatch, table)
    assert ("person_name", "酒田屋本店") not in found


@table_paths
def test_a_noshi_lists_buyer_and_recipient_are_two_people(tmp_path, monkeypatch, table):
    (tmp_path / "noshi.csv").write_text(
        "注文番号,ご注文者様,お届け先様\n1001,山田 太郎 様,佐藤 花子 様\n"
        "1002,田中 次郎 様,高橋 三郎 様\n", encoding="utf-8")
    found, people = _scan(tmp_path, monkeypatch, table)
    assert {value for category, value in found if category == "person_name"} == {
        "山田太郎", "佐藤花子", "田中次郎", "高橋三郎"}
    assert people == 4


@table_paths
def test_yahoos_bill_and_ship_columns(tmp_path, monkeypatch, table):
    (tmp_path / "yahoo.csv").write_text(
        "OrderId,BillName,BillZipCode,BillPhoneNumber,ShipName,ShipZipCode,ShipPhoneNumber\n"
        "sake-10001,吉田 晃,9980861,090-1234-5678,山田 太郎,1500001,03-1111-2222\n"
        "sake-10002,吉田 晃,9980861,090-1234-5678,佐藤 花子,5300001,06-3333-4444\n",
        encoding="utf-8")
    found, people = _scan(tmp_path, monkeypatch, table)
    assert {("person_name", "山田太郎"), ("postal_code", "9980861"),
            ("postal_code", "1500001")} <= set(found)
    assert people == 3


@table_paths
def test_rakutens_split_columns_are_read_whole(tmp_path, monkeypatch, table):
    # the buyer, in the customer master too, and a recipient: two people, each read whole
    (tmp_path / "customers.csv").write_text(
        "氏名,郵便番号,住所,携帯電話\n"
        "藤田 学,995-8802,山形県酒田市中三依5丁目25番地5,070-4911-7021\n",
        encoding="utf-8")
    row = ("381205-20240621-0002694393,藤田,学,フジタ,マナブ,995,8802,山形県,酒田市,"
           "中三依5丁目25番地5,070,4911,7021,石川,千代,150,0001,東京都,渋谷区,神宮前1-2-3,"
           "03,1111,2222\n")
    (tmp_path / "rakuten.csv").write_bytes((RAKUTEN_HEADER + row).encode("cp932"))
    found, people = _scan(tmp_path, monkeypatch, table)
    rakuten = {(category, value) for category, value in found}
    assert {("person_name", "藤田学"), ("person_name", "フジタマナブ"),
            ("person_name", "石川千代"), ("phone_number", "07049117021"),
            ("phone_number", "0311112222"), ("postal_code", "1500001"),
            ("address", "東京都渋谷区神宮前1-2-3")} <= rakuten
    assert ("person_name", "学") not in rakuten
    assert people == 2


def test_a_customers_conditions_and_allergies_are_sensitive():
    found = [(f.category, f.value) for f in pii.detect(
        "山田 太郎様より電話。持病に心臓病があるとのこと。\n"
        "佐藤 花子様より電話。卵アレルギーがあるので、そば以外を希望。")]
    assert ("sensitive", "心臓病") in found and ("sensitive", "卵アレルギー") in found


def test_a_phone_on_the_line_after_prose_about_an_order_is_found():
    # 注文 in 「…注文した件です。」 labels no number on the next line; 「注文番号：」 at a line's
    # end still labels the one below it
    found = [(f.category, f.value) for f in pii.detect(
        "山田 太郎です。1985年12月17日に注文した件です。\nご連絡は070-6600-5051までお願いします。")]
    assert ("phone_number", "07066005051") in found
    assert not [f for f in pii.detect("注文番号：\n0312345678") if f.category == "phone_number"]


@table_paths
def test_a_shift_sheets_staff_are_found_and_its_duties_are_no_one(tmp_path, monkeypatch, table):
    # the header's days (7/1, 7/2) do not make it a row of data; 出荷 under 担当 is a duty
    (tmp_path / "staff.csv").write_text(
        "氏名,携帯,生年月日\n山田 太郎,090-1111-2222,1980-01-02\n"
        "鬼頭 守,090-3333-4444,1985-03-04\n",
        encoding="utf-8")
    (tmp_path / "shift.csv").write_text(
        "氏名,担当,7/1,7/2\n山田 太郎,出荷,○,×\n鬼頭 守,梱包,×,○\n山田 太郎,CS電話,○,○\n"
        "鬼頭 守,EC出荷,×,×\n", encoding="utf-8")  # (a desk's letters before the duty)
    found, people = _scan(tmp_path, monkeypatch, table)
    names = [value for category, value in found if category == "person_name"]
    assert sorted(names) == ["山田太郎", "山田太郎", "山田太郎", "鬼頭守", "鬼頭守", "鬼頭守"]
    assert people == 2


@table_paths
def test_three_whole_phone_numbers_under_numbered_headers_stay_three(tmp_path, monkeypatch,
                                                                     table):
    (tmp_path / "p.csv").write_text("氏名,電話番号1,電話番号2,電話番号3\n"
                                    "山田 太郎,03-1234-5678,090-1111-2222,\n"
                                    "佐藤 花子,070,4911,7021\n", encoding="utf-8")
    found, _ = _scan(tmp_path, monkeypatch, table)
    assert sorted(value for category, value in found if category == "phone_number") == [
        "0312345678", "07049117021", "09011112222"]


@table_paths
def test_a_payments_tables_card_holder_is_its_customer(tmp_path, monkeypatch, table):
    """A shop's dump: payments rows name the card's holder under `holder` (in Latin capitals);
    each is the customer of the same name, not one more person a card (4 people for 2)."""
    (tmp_path / "shop.sql").write_text(
        "CREATE TABLE `customers` (`id` int, `name` varchar(64), `name_kana` varchar(64), "
        "`email` varchar(255), `tel` varchar(20));\n"
        "INSERT INTO `customers` VALUES (1,'山田 花子','ヤマダ ハナコ','hanako.y@example.jp',"
        "'090-1111-2222'),\n(2,'佐藤 健一','サトウ ケンイチ','k.sato@example.ne.jp',"
        "'080-3333-4444');\n"
        "CREATE TABLE `payments` (`order_id` bigint, `customer_id` int, `card_no` varchar(20), "
        "`holder` varchar(64));\n"
        "INSERT INTO `payments` VALUES (20240501,1,'4980755480165500','HANAKO YAMADA'),"
        "(20240502,2,'5500000000000004','KENICHI SATO');\n", encoding="utf-8")
    found, people = _scan(tmp_path, monkeypatch, table)
    assert {"HANAKOYAMADA", "KENICHISATO"} <= {value for category, value in found
                                                if category == "person_name"}
    assert people == 2
