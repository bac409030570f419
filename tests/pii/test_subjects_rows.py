"""本人の数 across a database's tables: a row that names no one and points at a person's row
(``payment_methods.user_id``, a declared foreign key) is that person, not one more."""

from __future__ import annotations

import sqlite3

import pytest
from subject_paths import linker_path  # noqa: F401  (each test on the kernel and on numpy)

from leakscope import pii
from leakscope.pii.row_keys import KeyColumns, entity_of

# Luhn-valid card numbers no test-card list holds
CARDS = ["4539148803436467", "5191230164385628", "3561082914736403", "4916338506082832"]
USERS = [(1, "山田 太郎", "taro.yamada@example.jp", "1980-01-02"),
         (2, "佐藤 花子", "hanako.sato@example.jp", "1990-03-04"),
         (3, "鈴木 一郎", "ichiro.suzuki@example.jp", "1975-05-06")]
HOMES = [("100-0001", "東京都千代田区千代田1-1", "03-1234-5678"),
         ("530-0001", "大阪府大阪市北区梅田1-2-3", "06-1111-2222"),
         ("460-0008", "愛知県名古屋市中区栄3-4-5", "052-333-4444")]


def _people(path) -> int:
    run = pii.scan([path], workers=1)
    list(run.batches())
    return run.summary.subjects


def _insert(table: str, columns: str, rows: list[tuple]) -> str:
    """A CREATE TABLE of ``columns`` (or the whole statement, when it starts so) and rows."""
    values = ",\n".join("(" + ",".join(repr(v) if isinstance(v, str) else str(v) for v in row)
                        + ")" for row in rows)
    create = columns if columns.startswith("CREATE") else f"CREATE TABLE `{table}` ({columns});"
    return f"{create}\nINSERT INTO `{table}` VALUES {values};\n"


def _users() -> str:
    return _insert("users", "id int PRIMARY KEY, name varchar(50), email varchar(100), "
                   "birthday date", USERS)


def test_rows_pointing_at_users_are_the_users(tmp_path):
    """mysqldump's order (addresses and payment_methods before users): each user's card and
    home, in rows with no name, are that user's, so three people, not nine."""
    dump = tmp_path / "shop.sql"
    dump.write_text(
        _insert("addresses", "id int, user_id int, zip varchar(8), address varchar(100), "
                "tel varchar(20)", [(20 + i, i + 1, *home) for i, home in enumerate(HOMES)])
        + _insert("payment_methods", "id int, user_id int, card_number varchar(20), "
                  "exp varchar(5)", [(10 + i, i + 1, card, "12/28")
                                     for i, card in enumerate(CARDS[:3])])
        + _users(), encoding="utf-8")
    assert _people(dump) == 3


@pytest.mark.parametrize("users_first", [True, False], ids=["users first", "users last"])
def test_rows_with_no_key_of_their_own(tmp_path, users_first):
    """A delivery address alone (no key: a home holds several people) is its user's, wherever
    its table is in the dump and whichever of its rows it is (the last closes late: after the
    next tables' keys)."""
    dump = tmp_path / "deliveries.sql"
    deliveries = _insert("deliveries", "id int, user_id int, address varchar(100)",
                         [(20 + i, i + 1, home[1]) for i, home in enumerate(HOMES)])
    logins = _insert("logins", "id int, user_id int, at datetime",  # (no finding: nothing
                     [(i, i % 3 + 1, "2025-01-02 10:00:00") for i in range(3)])  # closes it)
    dump.write_text(_users() + deliveries + logins if users_first
                    else deliveries + logins + _users(), encoding="utf-8")
    assert _people(dump) == 3


def test_ec_cube_orders_point_at_their_customer(tmp_path):
    """dtb_customer's own key is customer_id; an order's card is its customer's."""
    dump = tmp_path / "ec.sql"
    customers = [(1000 + i, name, email) for i, name, email, _ in USERS]
    dump.write_text(
        _insert("dtb_customer", "customer_id int, name01 varchar(64), email varchar(255)",
                customers)
        + _insert("dtb_order", "order_id int, customer_id int, card_no varchar(19)",
                  [(5000 + i, 1001 + i, card) for i, card in enumerate(CARDS[:3])]),
        encoding="utf-8")
    assert _people(dump) == 3


def test_a_column_named_as_another_tables_primary_key(tmp_path):
    """payments.card_no (a 診察券番号) is patients' declared PRIMARY KEY (`card_no`)."""
    dump = tmp_path / "yoyaku.sql"
    dump.write_text(
        _insert("patients", "CREATE TABLE `patients` (\n  `card_no` char(12) NOT NULL,\n"
                "  `name` varchar(64),\n  `tel` varchar(20),\n  PRIMARY KEY (`card_no`)\n"
                ") ENGINE=InnoDB;", [(f"82570763505{i}", name, home[2]) for i, ((_, name, _, _),
                                     home) in enumerate(zip(USERS, HOMES, strict=True))])
        + _insert("payments", "reserve_no varchar(20), card_no char(12), card_number "
                  "varchar(19), exp varchar(5)",
                  [(f"R{i}", f"82570763505{i}", card, "08/31")
                   for i, card in enumerate(CARDS[:3])]), encoding="utf-8")
    assert _people(dump) == 3


def test_a_declared_foreign_key_in_a_dump(tmp_path):
    """FOREIGN KEY (`owner`) REFERENCES `members`: owner is no name that says so."""
    dump = tmp_path / "club.sql"
    dump.write_text(
        _insert("cards", "no int, owner int, card_number varchar(19),\n  CONSTRAINT `fk_owner` "
                "FOREIGN KEY (`owner`) REFERENCES `members` (`no`)",
                [(i, i + 1, card) for i, card in enumerate(CARDS[:3])])
        + _insert("members", "no int PRIMARY KEY, name varchar(50), email varchar(100)",
                  [(i, name, email) for i, name, email, _ in USERS]), encoding="utf-8")
    assert _people(dump) == 3


def test_a_row_with_its_own_name_is_left_to_it(tmp_path):
    """A gift order's ship-to is someone else than the buyer it points at."""
    dump = tmp_path / "gifts.sql"
    dump.write_text(
        _users()
        + _insert("orders", "id int, user_id int, ship_name varchar(50), ship_address "
                  "varchar(100), ship_tel varchar(20)",
                  [(1, 1, "高橋 美咲", HOMES[0][1], HOMES[0][2])]),
        encoding="utf-8")
    assert _people(dump) == 4


def test_rows_pointing_at_no_person_stay_apart(tmp_path):
    """Orders of one shop (a row naming no one) are not one person: three cards, three people
    beside the users."""
    dump = tmp_path / "mall.sql"
    dump.write_text(
        _insert("shops", "id int, shop_name varchar(50), tel varchar(20)",
                [(1, "株式会社みどり屋", "03-5555-0101")])
        + _insert("orders", "id int, shop_id int, prefecture_id int, card_no varchar(19)",
                  [(i, 1, 13, card) for i, card in enumerate(CARDS[:3])])
        + _users(), encoding="utf-8")
    assert _people(dump) == 6


def test_one_key_two_people_joins_no_one(tmp_path):
    """Two named rows of one key (two tables read as one entity): which person a row means,
    no one can tell; it stays one more."""
    dump = tmp_path / "twice.sql"
    dump.write_text(
        _users()
        + _insert("user", "id int, name varchar(50), email varchar(100)",
                  [(1, "中村 健", "ken.nakamura@example.jp")])
        + _insert("cards", "id int, user_id int, card_no varchar(19)", [(1, 1, CARDS[3])]),
        encoding="utf-8")
    assert _people(dump) == 5


def test_many_rows_across_batches(tmp_path):
    """A bigger dump (the middle rows are linked in bulk, the first and last one by one)."""
    dump = tmp_path / "many.sql"
    surnames = ["青木", "石井", "上田", "江口", "大野", "加藤", "木村", "小林", "斎藤", "清水"]
    given = ["太郎", "花子", "健太", "美咲", "翔太", "陽菜"]
    users = [(i, f"{surnames[i % 10]} {given[i // 10]}", f"user{i:03d}@example.jp",
              f"1980-01-{i % 28 + 1:02d}") for i in range(60)]
    dump.write_text(
        _insert("users", "id int, name varchar(50), email varchar(100), birthday date", users)
        + _insert("logins", "id int, user_id int, tel varchar(20)",
                  [(i, i, f"090-1234-{i:04d}") for i in range(60)]), encoding="utf-8")
    assert _people(dump) == 60


def test_sqlite_declared_foreign_key(tmp_path):
    """A SQLite database says which column points where (cards.owner -> members.member_no)."""
    path = tmp_path / "club.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE members (member_no INTEGER PRIMARY KEY, 氏名 TEXT, "
                   "メール TEXT)")
        db.execute("CREATE TABLE cards (no INTEGER, owner INTEGER REFERENCES "
                   "members(member_no), card_number TEXT)")
        db.executemany("INSERT INTO members VALUES (?, ?, ?)",
                       [(i, name, email) for i, name, email, _ in USERS])
        db.executemany("INSERT INTO cards VALUES (?, ?, ?)",
                       [(i, i + 1, card) for i, card in enumerate(CARDS[:3])])
    db.close()
    assert _people(path) == 3


@pytest.mark.parametrize(("table", "entity"), [
    ("users", "user"), ("dtb_customer", "customer"), ("addresses", "address"),
    ("categories", "category"), ("PaymentMethods", "payment_method"),
    ("public.patients", "patient"), ("status", "status")])
def test_entity_of(table, entity):
    assert entity_of(table) == entity


def test_key_columns_by_name():
    keyed = KeyColumns.of("payment_methods", ["id", "user_id", "paid", "valid", "uuid",
                                              "CustomerID", "shopId"])
    assert keyed.own == 0
    assert keyed.pointers == ((1, "user"), (5, "customer"), (6, "shop"))
    assert KeyColumns.of("logs", ["message", "level"]) is None
