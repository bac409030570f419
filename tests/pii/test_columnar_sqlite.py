"""SQLite tables read column by column give exactly the row reader's findings and errors."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from columnar_oracle import engine_reference, table_path
from faker import Faker

AWKWARD = ["山田 太郎様", "  佐藤", "０９０－１２３４－５６７８", "病歴: 糖尿病",
           "tel 03-1234-5678", "マイナンバー 234567890121", "Taro@Example.JP", "", "   ",
           "東京都 千代田区1-1"]


def _reference(path: Path) -> tuple[list, list]:
    found, errors = engine_reference(path)
    return found, sorted(errors)


def _table_path(path: Path) -> tuple[list, list, list]:
    found, errors, tables = table_path(path)
    return found, sorted(errors), tables


def _database(path: Path, rows: int, seed: int) -> Path:
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE customers (id INTEGER, 氏名 TEXT, フリガナ TEXT, 住所 TEXT, "
               "電話番号 REAL, email TEXT, 生年月日 TEXT, note BLOB, 備考 TEXT)")
    db.execute('CREATE TABLE "odd ""name""" (card_number TEXT, cvv INTEGER, マイナンバー TEXT)')
    for i in range(rows):
        phone = float(fake.phone_number().replace("-", "")) if i % 3 == 0 else None
        note = rng.choice([b"\xff\xfe", "メモ 090-1111-2222".encode(), None, b"plain"])
        row = [i, fake.name(), fake.kana_name(), fake.address(), phone, fake.email(),
               fake.date_of_birth().isoformat(), note, rng.choice(AWKWARD + [None] * 5)]
        if rng.random() < 0.2:
            row[rng.choice([1, 3, 5, 6])] = rng.choice(AWKWARD)
        db.execute("INSERT INTO customers VALUES (?,?,?,?,?,?,?,?,?)", row)
        db.execute('INSERT INTO "odd ""name""" VALUES (?,?,?)',
                   (rng.choice(["4111111111111129", "4111-1111-1111-1129", "1234"]),
                    rng.randint(100, 999), rng.choice(["234567890121", "123456789019", ""])))
    db.commit()
    db.close()
    return path


def test_sqlite_tables_equal_the_row_reader(tmp_path):
    path = _database(tmp_path / "shop.sqlite", 700, 3)
    found, errors, tables = _table_path(path)
    assert tables and {t.base["table"] for t in tables} == {"customers", 'odd "name"'}
    assert (found, errors) == _reference(path)
    assert {f[1] for f in found} >= {"person_name", "address", "email_address", "phone_number",
                                     "credit_card_number", "my_number", "card_security_code"}


def test_a_damaged_database_gives_the_row_readers_errors(tmp_path):
    path = _database(tmp_path / "shop.sqlite", 300, 4)
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\x00" * 4096 + data[4196:])  # the schema overwritten
    found, errors, _ = _table_path(path)
    assert (found, errors) == _reference(path) and errors
    for fraction in (0.5, 0.9):  # a table's pages overwritten: the other table still read
        at = int(len(data) * fraction) // 4096 * 4096
        path.write_bytes(data[:at] + b"\xff" * 4096 + data[at + 4096:])
        found, errors, tables = _table_path(path)
        assert (found, errors) == _reference(path)
        assert tables and any("unreadable" in e for e in errors)
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(data[: len(data) // 2])
    found, errors, _ = _table_path(cut)
    assert (found, errors) == _reference(cut)


def test_a_live_databases_rows_in_its_write_ahead_log(tmp_path):
    """An app's database copied while it ran: the newest rows are only in x.sqlite3-wal.
    They are read (on a private copy), and nothing is written beside the evidence."""
    live, evidence = tmp_path / "live", tmp_path / "evidence"
    live.mkdir()
    evidence.mkdir()
    db = sqlite3.connect(live / "reserve.sqlite3")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA wal_autocheckpoint=0")  # keep every row in the log
    db.execute("CREATE TABLE patients (name TEXT, tel TEXT)")
    fake = Faker("ja_JP")
    Faker.seed(4)
    db.executemany("INSERT INTO patients VALUES (?, ?)",
                   [(fake.name(), f"090-{i:04d}-5678") for i in range(300)])
    db.commit()
    for name in ("reserve.sqlite3", "reserve.sqlite3-wal"):  # while it runs: no checkpoint
        (evidence / name).write_bytes((live / name).read_bytes())
    db.close()
    path = evidence / "reserve.sqlite3"
    before = {p.name: p.read_bytes() for p in evidence.iterdir()}
    found, errors = _reference(path)
    assert not errors and len([f for f in found if f[1] == "phone_number"]) == 300
    assert table_path(path)[0] == found
    assert {p.name: p.read_bytes() for p in evidence.iterdir()} == before  # no -shm, no change


def test_a_condition_in_a_row_that_points_at_a_patient_is_kept(tmp_path):
    """A clinic database's visits and 問診 rows name no one but their patient_id: a condition
    there is that patient's (要配慮). A master list of conditions points at no one."""
    path = tmp_path / "clinic.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE visits (id INTEGER, patient_id INTEGER, note TEXT)")
    db.execute("CREATE TABLE monshin (患者ID TEXT, answers TEXT)")
    db.execute("CREATE TABLE disease_master (code TEXT, name TEXT)")
    db.executemany("INSERT INTO visits VALUES (?, ?, ?)", [
        (i, 100 + i, "糖尿病の既往あり。抜歯後の止血に注意" if i % 3 == 0 else "定期検診")
        for i in range(600)])
    db.executemany("INSERT INTO monshin VALUES (?, ?)", [
        (f"P{i:04d}" if i % 2 else "", '{"既往歴": ["C型肝炎"]}') for i in range(400)])
    db.executemany("INSERT INTO disease_master VALUES (?, ?)", [
        (f"D{i:03d}", "糖尿病") for i in range(300)])
    db.commit()
    db.close()
    found, errors = _reference(path)
    assert not errors and table_path(path)[0] == found
    tables = {dict(f[3])["table"] for f in found if f[1] == "sensitive"}
    assert tables == {"visits", "monshin"}  # not the master list
    assert len({dict(f[3])["row"] for f in found if f[1] == "sensitive"
                and dict(f[3])["table"] == "monshin"}) == 200  # the rows with a patient's id
