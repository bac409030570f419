"""A value written across columns (姓 + 名, name01 + name02, pref + addr01 + addr02, zip01 +
zip02) is one finding a row, the same on the table path and cell by cell, in every format
that has a header; and the count links it to the same person written whole elsewhere."""

from __future__ import annotations

import csv
import random
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from columnar_oracle import engine_reference, table_path
from corpus_gen import licence
from faker import Faker

from leakscope import pii
from leakscope.pii.extract.split_fields import split_fields

EC_CUBE = ("id", "name01", "name02", "kana01", "kana02", "zip01", "zip02", "pref", "addr01",
           "addr02", "email")


def _people(count: int, seed: int) -> list[list[str | None]]:
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    rows = []
    for i in range(count):
        family, given = fake.last_name(), fake.first_name()
        postal = fake.postcode()
        building = [None, "", "  ", f"{fake.building_name()}{i % 900 + 100}"][i % 4]
        rows.append([str(i), family, given, fake.last_kana_name(), fake.first_kana_name(),
                     postal[:3], postal[-4:], fake.prefecture(),
                     f"{fake.city()}{fake.town()}{fake.chome()}{fake.ban()}", building,
                     f"m{i}@example.jp"])
    rows[3][1] = None  # a family name missing: the given name alone
    rows[5][7] = " "  # a blank prefecture
    rows[7][5], rows[7][6] = 151, 53.0  # (a workbook's numbers: 151-53, not 151.0)
    return rows


def _workbook(path, rows: list) -> object:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _office_table(path: Path, rows: list) -> Path:
    """Rows as an office writes them: a Shift_JIS CSV or a workbook, as the suffix says."""
    if path.suffix == ".xlsx":
        return _workbook(path, rows)
    with path.open("w", newline="", encoding="cp932") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _both_paths(path) -> list[tuple]:
    """The table path's findings, held equal to the row reader's."""
    found, errors, tables = table_path(path)
    assert tables and not errors
    assert found == engine_reference(path)[0]
    return found


def test_which_headers_split_a_value():
    split = split_fields(EC_CUBE)
    assert split.fields == ("id", "name01+name02", "kana01+kana02", "zip01+zip02",
                            "pref+addr01+addr02", "email")
    assert split_fields(("姓", "名", "セイ", "メイ", "都道府県", "市区町村", "番地", "建物名")
                        ).fields == ("姓+名", "セイ+メイ", "都道府県+市区町村+番地+建物名")
    assert split_fields(("last_name", "first_name", "last_login", "first_login")).fields == (
        "last_name+first_name", "last_login", "first_login")
    for whole in (("氏名", "住所", "お届け先住所"), ("氏名", "フリガナ", "郵便番号", "住所"),
                  ("住所1", "備考", "住所2")):
        assert split_fields(whole) is None, whole  # two addresses, or parts not side by side


@pytest.mark.parametrize("kind", ["csv", "sql", "sqlite", "xlsx"])
def test_the_table_path_reads_split_values_as_the_row_reader_does(tmp_path, kind):
    rows = _people(300, seed=11)
    if kind == "csv":
        path = tmp_path / "members.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows([EC_CUBE, *[[c or "" for c in r] for r in rows]])
    elif kind == "sql":
        path = tmp_path / "dump.sql"
        values = ",".join("(" + ",".join("NULL" if c is None else f"'{c}'" for c in r) + ")"
                          for r in rows)
        columns = ", ".join(f"`{c}` text" for c in EC_CUBE)
        path.write_text(f"CREATE TABLE `dtb_customer` ({columns});\n"
                        f"INSERT INTO `dtb_customer` VALUES {values};\n", encoding="utf-8")
    elif kind == "sqlite":
        path = tmp_path / "shop.sqlite"
        with sqlite3.connect(path) as db:
            db.execute(f"CREATE TABLE dtb_customer ({', '.join(EC_CUBE)})")
            db.executemany(f"INSERT INTO dtb_customer VALUES ({', '.join('?' * len(EC_CUBE))})",
                           rows)
        db.close()
    else:
        path = _workbook(tmp_path / "members.xlsx", [EC_CUBE, *rows])
    found = _both_paths(path)
    fields = {f[3][-1][1] for f in found}
    assert {"name01+name02", "kana01+kana02", "zip01+zip02", "pref+addr01+addr02"} <= fields
    assert not fields & {"name01", "addr01", "addr02", "pref"}


def test_a_split_name_and_address_link_to_the_same_person_written_whole(tmp_path):
    path = tmp_path / "members.csv"
    path.write_text("name01,name02,pref,addr01,addr02\n"
                    "佐藤,あすか,東京都,渋谷区代々木3丁目22-7,サンハイツ101\n", encoding="utf-8")
    (tmp_path / "orders.csv").write_text(  # another export: whole values, a card per order
        "氏名,住所,カード番号\n佐藤 あすか,東京都渋谷区代々木3丁目22-7 サンハイツ101,"
        "4111111111111111\n", encoding="utf-8")
    run = pii.scan([tmp_path], workers=1)
    values = {(f.category, f.value) for f in run if isinstance(f, pii.Finding)}
    assert ("address", "東京都渋谷区代々木3丁目22-7サンハイツ101") in values
    assert ("person_name", "佐藤あすか") in values
    assert run.summary.subjects == 1  # name + address: one person in both


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_guardians_columns_are_another_person_in_the_row(tmp_path, kind):
    fake = Faker("ja_JP")
    fake.seed_instance(5)
    header = ["学籍番号", "生徒氏名", "ふりがな", "保護者氏名", "緊急連絡先", "住所"]
    rows, families = [], 150  # (an .xlsx takes the table path from 10 KB)
    for f in range(families):  # two siblings each: one guardian, one mobile, one home
        surname, guardian = fake.last_name(), fake.first_name()
        while guardian in ("一郎", "花子"):  # (a parent and a child of one name and home: one)
            guardian = fake.first_name()
        mobile, home = f"090-{2000 + f:04d}-{3000 + f:04d}", fake.address()
        for child in range(2):
            rows.append([f"S{f:03d}{child}", f"{surname} {('一郎', '花子')[child]}",
                         fake.kana_name(), f"{surname} {guardian}", mobile, home])
    path = _office_table(tmp_path / f"生徒名簿.{kind}", [header, *rows])
    found = _both_paths(path)
    guardian = {f[6] for f in found if f[3][-1][1] in ("保護者氏名", "緊急連絡先")}
    assert guardian and all(record.endswith("/保護者") for record in guardian)
    run = pii.scan([path], workers=1)
    list(run.batches())
    assert run.summary.subjects == families * 2 + families  # the children and one guardian each


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_an_emergency_contact_and_a_gift_recipient_are_other_people(tmp_path, kind):
    """An HR sheet's 緊急連絡先 cell holds a name and a number, with no name column of its
    own; an order's 配送先 is the person it is sent to, the buyer only when the name is theirs."""
    fake = Faker("ja_JP")
    fake.seed_instance(7)
    header = ["社員番号", "氏名", "携帯電話", "緊急連絡先", "配送先氏名", "配送先電話番号"]
    rows = []
    for i in range(200):  # (past the table path's 10 KB)
        name, mother = f"{fake.last_name()} {fake.first_name()}", fake.first_name()
        rows.append([f"S{i:04d}", name, f"090-1000-{i:04d}",
                     f"{name.split()[0]} {mother}（母）\n080-2000-{i:04d}",
                     name if i % 2 else f"{fake.last_name()} {fake.first_name()}",
                     f"070-3000-{i:04d}"])
    path = _office_table(tmp_path / f"台帳.{kind}", [header, *rows])
    found = _both_paths(path)
    records = {f[3][-1][1]: f[6].rpartition("row")[2] for f in found if f[3][-2][1] == 2}
    assert records == {"氏名": "2", "携帯電話": "2", "緊急連絡先": "2/保護者",
                       "配送先氏名": "2/配送先", "配送先電話番号": "2/配送先"}
    run = pii.scan([path], workers=1)
    list(run.batches())
    assert run.summary.subjects == 200 * 2 + 100  # each, their contact, half the recipients


def test_a_card_number_over_four_columns_and_its_expiry_over_two(tmp_path):
    path = tmp_path / "フォーム出力.csv"
    path.write_text("受付No,氏名,カード番号1,カード番号2,カード番号3,カード番号4,有効期限(月),"
                    "有効期限(年)\n" + "".join(
                        f"{i:05d},山田 太郎,4125,3921,2644,3558,05,2027\n" for i in range(400)),
                    encoding="utf-8")  # (past the table path's 10 KB)
    found = _both_paths(path)
    cards = {(f[3][-1][1], f[1], f[2]) for f in found if f[1] != "person_name"}
    assert cards == {("カード番号1+カード番号2+カード番号3+カード番号4", "credit_card_number",
                      "4125392126443558"),
                     ("有効期限(月)+有効期限(年)", "card_expiry", "05/27")}


def test_a_health_insurance_cards_symbol_and_number_are_read_together(tmp_path):
    path = tmp_path / "患者一覧.csv"
    path.write_text("カルテ番号,氏名,保険者番号,被保険者記号,被保険者番号\n" + "".join(
        f"{i:06d},山田 太郎,06130012,{39286 + i},{8113 + i}\n" for i in range(400)),
        encoding="utf-8")  # (past the table path's 10 KB)
    found = _both_paths(path)
    numbers = [(f[3][-1][1], f[2]) for f in found if f[1] == "health_insurance_number"]
    assert numbers[:2] == [("被保険者記号+被保険者番号", "392868113"),
                           ("被保険者記号+被保険者番号", "392878114")]
    assert len(numbers) == 400  # and never the insurer's number, everyone's the same
    database = tmp_path / "clinic.sqlite3"
    with sqlite3.connect(database) as db:
        db.execute("CREATE TABLE patients (name TEXT, hoken_kigo TEXT, hoken_bango TEXT, "
                   "hokensha_bango TEXT)")
        db.execute("INSERT INTO patients VALUES ('井上　浩', '39286', '8113', '67403492')")
    assert [(f.category, f.value) for f in pii.scan([database], workers=1)] == [
        ("person_name", "井上浩"), ("health_insurance_number", "392868113")]
    assert split_fields(("記号", "備考", "番号")) is None  # apart and unnamed: not a card's


def _identity_checks(count: int) -> list[list[str]]:
    """A KYC record: each row's document number is a licence's, a passport's or a residence
    card's as its kind says, under one word for all of them."""
    rng = random.Random(3)
    rows = []
    for i in range(count):
        kind, number = [("運転免許証", licence(rng)),
                        ("旅券", f"T{'RSKZ'[i % 4]}{rng.randrange(10**6, 10**7)}"),
                        ("在留カード", f"AB{rng.randrange(10**7, 10**8)}CD")][i % 3]
        rows.append([f"2024/5/{i % 28 + 1}", f"山田 太郎{i}", kind, number])
    return rows


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_document_number_is_what_its_kind_in_the_row_says(tmp_path, kind):
    header = ["確認日", "顧客氏名", "確認書類", "書類番号"]
    rows = _identity_checks(300)  # (past the table path's 10 KB)
    found = _both_paths(_office_table(tmp_path / f"本人確認記録.{kind}", [header, *rows]))
    numbers = {(f[1], f[2]) for f in found if f[3][-1][1] == "確認書類+書類番号"}
    assert numbers == {({"運転免許証": "drivers_license_number", "旅券": "passport_number",
                         "在留カード": "residence_card_number"}[kind_], number)
                       for _, _, kind_, number in rows}


def test_a_document_number_without_its_kind_is_no_identifier(tmp_path):
    rng = random.Random(4)
    path = tmp_path / "受付.csv"
    path.write_text("受付日,書類番号,備考\n" + "".join(
        f"2024/5/1,{licence(rng)},\n" for _ in range(20)), encoding="utf-8")
    assert split_fields(("受付日", "書類番号", "備考")) is None
    assert not [f for f in pii.scan([path], workers=1)
                if f.category == "drivers_license_number"]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_an_insured_is_another_person_unless_the_row_names_them_twice(tmp_path, kind):
    """A life policy's 契約者, 被保険者 and 受取人 are three people a row, but where the
    policyholder insures themself the row is two: the insured's columns are the row's own."""
    fake = Faker("ja_JP")
    fake.seed_instance(8)
    header = ["証券番号", "契約者名", "契約者生年月日", "被保険者名", "被保険者生年月日",
              "死亡保険金受取人", "受取人生年月日", "電話番号"]
    rows, people = [], 0
    for i in range(200):  # (past the table path's 10 KB)
        holder, holder_born = fake.name(), fake.date_of_birth(minimum_age=30).isoformat()
        insured, insured_born = (holder, holder_born) if i % 3 == 0 else (
            fake.name(), fake.date_of_birth(minimum_age=20).isoformat())
        rows.append([f"{1000000 + i}", holder, holder_born, insured.replace(" ", "\u3000"),
                     insured_born, fake.name(), fake.date_of_birth().isoformat(),
                     f"090-{i:04d}-1234"])
        people += 2 if i % 3 == 0 else 3
    path = _office_table(tmp_path / f"保有契約一覧.{kind}", [header, *rows])
    found = _both_paths(path)
    records = {f[6] for f in found if f[3][-1][1] == "被保険者名"}
    assert sum(not r.endswith("/被保険者") for r in records) == 67  # the holders themselves
    run = pii.scan([path], workers=1)
    list(run.batches())
    assert run.summary.subjects == people


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_guarantor_who_is_also_the_emergency_contact_is_one_person(tmp_path, kind):
    fake = Faker("ja_JP")
    fake.seed_instance(9)
    header = ["申込番号", "氏名", "携帯電話", "連帯保証人氏名", "連帯保証人電話番号",
              "緊急連絡先氏名", "緊急連絡先電話番号"]
    rows, people = [], 0
    for i in range(200):  # (past the table path's 10 KB)
        guarantor = fake.name()
        contact = guarantor.replace(" ", "") if i % 2 else fake.name()
        rows.append([f"A{i:05d}", fake.name(), f"090-{1000 + i}-1111", guarantor,
                     f"03-{2000 + i}-2222", contact, f"080-{3000 + i}-3333"])
        people += 2 if i % 2 else 3
    path = _office_table(tmp_path / f"申込者一覧.{kind}", [header, *rows])
    found = _both_paths(path)
    contacts = [f[6] for f in found if f[3][-1][1] == "緊急連絡先電話番号"]
    assert sum(r.endswith("/保証人") for r in contacts) == 100  # the guarantor's own mobile
    run = pii.scan([path], workers=1)
    list(run.batches())
    assert run.summary.subjects == people


def test_a_legacy_systems_short_card_group_headers():
    assert split_fields(("会員番号", "カード1", "カード2", "カード3", "カード4")).fields == (
        "会員番号", "カード1+カード2+カード3+カード4")
