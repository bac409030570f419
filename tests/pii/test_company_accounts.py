"""A bank account a company holds (an invoice's 振込先, a payee column, a 全銀 record's
ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ) is the company's: reported as not personal, in text and on both table paths."""

from __future__ import annotations

import random

import pytest
from faker import Faker
from table_paths import BOTH, scan_findings

import leakscope.pii.columnar as columnar
from leakscope import pii
from leakscope.pii import detect
from leakscope.pii.company_accounts import is_company


def _accounts(text: str) -> list[tuple[str, bool]]:
    return [(f.value, f.personal) for f in detect(text) if f.category == "bank_account"]


@pytest.mark.parametrize("name", [
    "株式会社佐藤水産", "佐藤水産株式会社", "(株)佐藤水産", "㈱佐藤水産", "有限会社山田商店",
    "医療法人社団 健心会", "学校法人 青葉学園", "カ)サトウスイサン", "ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ", "ﾔﾏﾀﾞｼｮｳｼﾞ(ｶ",
    "ユ)ヤマダシヨウテン", "Sato Suisan Co., Ltd.", "特定非営利活動法人 みどりの会",
])
def test_a_company_holder(name):
    assert is_company(name)


@pytest.mark.parametrize("name", [
    "山田 太郎", "ヤマダ タロウ", "ｵｶﾓﾄ ﾊﾅｺ", "株式会社みずほ銀行", "三井住友銀行 渋谷支店",
    "カイ ハナコ", "",
])
def test_a_person_or_a_bank_is_no_company_holder(name):
    assert not is_company(name)


def test_an_invoices_payee_account_is_the_companys():
    assert _accounts("振込先：○○銀行 ××支店 普通 1234567 株式会社△△") == [("1234567", False)]
    assert _accounts("お振込先：みずほ銀行 渋谷支店 普通 1234567\n口座名義 カ）サトウスイサン\n") \
        == [("1234567", False)]
    # a person's own account stays theirs, a company near it or not
    assert _accounts("振込先：みずほ銀行 渋谷支店 普通 1234567\n口座名義 ヤマダ タロウ\n") \
        == [("1234567", True)]
    assert _accounts("勤務先：株式会社ABC\n給与振込口座 みずほ銀行 普通 1234567") \
        == [("1234567", True)]
    assert _accounts("株式会社三井住友銀行 渋谷支店 普通 1234567 名義 ヤマダ タロウ") \
        == [("1234567", True)]


@BOTH
def test_a_payee_column_decides_whose_account_a_row_holds(tmp_path, monkeypatch, table):
    fake, rng = Faker("ja_JP"), random.Random(44)
    fake.seed_instance(44)
    rows, expected = [], []
    for row in range(2, 12):
        account = f"{rng.randint(0, 9999999):07d}"
        payees = [f"株式会社{fake.last_name()}水産", f"ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ{row}", fake.name(),
                  f"{fake.last_name()}商事(有)"]
        kind = rng.randrange(len(payees))  # (as rng.choice picks)
        rows.append(f"{rng.randint(10 ** 11, 10 ** 12 - 1)},みずほ銀行 本店 普通 {payees[kind]},"
                    f"{account}")
        expected.append((row, account, kind == 2))  # a person's name: the account is theirs
    path = tmp_path / "支払一覧.csv"
    path.write_text("請求書番号,振込先,口座番号\n" + "\n".join(rows) + "\n", encoding="cp932")
    found = [(f.location["row"], f.value, f.personal)
             for f in scan_findings(path, monkeypatch, table) if f.category == "bank_account"]
    assert found == expected
    assert {personal for *_, personal in expected} == {True, False}


def _zengin(payees: list[tuple[str, str]]) -> bytes:
    """A 総合振込 request: header, a data record per (account, kana name), trailer, end."""
    def field(text: str, width: int) -> bytes:
        data = text.encode("cp932")
        return data + b" " * (width - len(data))

    records = [b"1210" + field("1234567890", 10) + field("ｼﾔｶｲﾌｸｼｶ", 40) + b"0612" + b"0138"
               + field("ﾖｺﾊﾏ", 15) + b"101" + field("ｼﾔｸｼﾖ", 15) + b"1" + b"0012345"
               + field("", 17)]
    for account, name in payees:
        records.append(b"20009" + field("ﾐﾂｲｽﾐﾄﾓ", 15) + b"256" + field("ﾎﾝﾃﾝ", 15) + b"00001"
                       + account.encode() + field(name, 30) + b"0000070000" + b"0"
                       + field("", 20) + b"7" + field("", 8))
    records.append(b"8" + f"{len(payees):06d}".encode() + f"{70000 * len(payees):012d}".encode()
                   + field("", 101))
    records.append(b"9" + field("", 119))
    return b"\r\n".join(records) + b"\r\n"


def test_a_zengin_payee_company_holds_its_account(tmp_path):
    path = tmp_path / "FB_furikomi.txt"
    path.write_bytes(_zengin([("6484003", "ｵｶﾓﾄ ﾊﾅｺ"), ("2905210", "ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ")]))
    found = [(f.value, f.personal) for f in pii.scan([path], workers=1)
             if isinstance(f, pii.Finding) and f.category == "bank_account"]
    assert found == [("6484003", True), ("2905210", False)]


@BOTH
def test_a_companys_contact_columns_are_not_personal(tmp_path, monkeypatch, table):
    """A client list's 代表電話 and 本社所在地, an order list's 得意先TEL: the company's numbers
    and addresses, reported as not personal and no one's; the contact person's mobile is."""
    path = tmp_path / "取引先一覧.csv"
    path.write_text("会社名,代表電話,本社所在地,担当者,担当者携帯\n"
                    "株式会社山本銀行,06-8287-3060,大阪府大阪市北区梅田1-1-1,伊藤 英樹,"
                    "090-6621-2822\n"
                    "合同会社加藤電気,03-3766-8093,東京都港区芝公園4-2-8,田中 里佳,"
                    "080-6945-8756\n", encoding="utf-8")
    found = {(f.category, f.value, f.personal)
             for f in scan_findings(path, monkeypatch, table)}
    assert ("phone_number", "0682873060", False) in found
    assert ("address", "大阪府大阪市北区梅田1-1-1", False) in found
    assert ("phone_number", "09066212822", True) in found
    orders = tmp_path / "受注一覧.csv"
    orders.write_text("受注番号,得意先,得意先TEL,商品\n" + "".join(
        f"{100000 + i},株式会社山本銀行,06-8287-3060,コピー用紙\n" for i in range(5)),
        encoding="utf-8")
    assert all(not f.personal for f in scan_findings(orders, monkeypatch, table)
               if f.category == "phone_number")
    with monkeypatch.context() as patch:
        if not table:
            patch.setattr(columnar, "plan_file", lambda _path, _kind: None)
        run = pii.scan([path, orders], workers=1)
        list(run.batches())
    assert run.summary.subjects == 2  # (the two contacts; no order line is a person)
