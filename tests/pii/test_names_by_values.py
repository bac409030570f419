"""A column of full names under a header no detector knows (a coupon log's ``target``, a
``patient`` column) is the table's name column, told by its values, on every table path."""

from __future__ import annotations

import json
import random

from faker import Faker
from table_paths import BOTH, scan_findings, scan_people

# full names whose given names SudachiDict knows (a list that holds them is a list of people)
_NAMES = ["山口真綾", "青木里佳", "太田亮介", "岡田晃", "三浦稔", "佐々木春香", "佐藤直樹",
          "高橋和也", "斎藤浩", "藤原七夏", "鈴木桃子", "山崎裕樹", "橋本智也", "渡辺花子",
          "小林健一", "中村修平"]
_ROWS = 300  # (10 KB and more: the table path reads it)


def _coupon_log(rows: int) -> str:
    """A vaccination coupon system's log: a child by a key no detector knows, its birth date
    and home, a coupon for each dose."""
    faker = Faker("ja_JP")
    Faker.seed(7)
    lines = []
    for i in range(rows):
        child = i % len(_NAMES)
        lines.append(json.dumps({
            "ts": f"2024-10-{i % 28 + 1:02d}T10:00:00+09:00", "level": "INFO",
            "op": "sasaki", "event": "coupon_issued", "target": _NAMES[child],
            "birth": _birth(child),
            "send_to": f"埼玉県所沢市東上野{child % 5 + 1}丁目{child + 1}番{child % 9 + 1}号",
            "coupon_no": faker.numerify("############")}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def _birth(child: int) -> str:
    return f"2024-0{child % 9 + 1}-{child + 10:02d}"


@BOTH
def test_a_log_key_of_full_names_is_a_name(tmp_path, monkeypatch, table):
    path = tmp_path / "sesshuken_issue.log.jsonl"
    path.write_text(_coupon_log(_ROWS if table else 16), encoding="utf-8")
    names = {f.value for f in scan_findings(path, monkeypatch, table)
             if f.category == "person_name"}
    assert names == set(_NAMES)


@BOTH
def test_the_log_joins_each_child_named_elsewhere(tmp_path, monkeypatch, table):
    """Named in the log, each coupon is the child of the health check's list (a name and a
    birth date), not a person a record."""
    log = tmp_path / "logs" / "coupon.jsonl"
    log.parent.mkdir()
    log.write_text(_coupon_log(_ROWS if table else 32), encoding="utf-8")
    (tmp_path / "kenshin.csv").write_text("氏名,生年月日,電話\n" + "".join(
        f"{name},{_birth(child)},090{child:08d}\n" for child, name in enumerate(_NAMES)),
        encoding="utf-8")
    assert scan_people(tmp_path, monkeypatch, table) == len(_NAMES)


@BOTH
def test_a_csv_column_of_patients_is_named(tmp_path, monkeypatch, table):
    path = tmp_path / "visits.csv"
    rows = ["patient,birth,tel"] + [
        f"{_NAMES[i % len(_NAMES)]},19{50 + i % 40}-0{i % 9 + 1}-1{i % 9},090{i:08d}"
        for i in range(_ROWS if table else 12)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    names = {f.value for f in scan_findings(path, monkeypatch, table)
             if f.category == "person_name"}
    assert names == set(_NAMES[:len(_NAMES) if table else 12])


@BOTH
def test_places_and_surnames_under_unknown_keys_are_no_names(tmp_path, monkeypatch, table):
    """Wards and towns begin with a surname too (中村区, 山田町); an operator's surname alone
    names no one; a key of names beside a 氏名 column is left as its header says."""
    places = ["中村区", "山田町", "上野駅", "石川県", "松本城", "高田馬場", "本田技研", "森永乳業"]
    rng = random.Random(3)
    path = tmp_path / "visits.jsonl"
    count = _ROWS if table else 16
    path.write_text("".join(json.dumps({
        "place": places[i % len(places)], "op": rng.choice(["佐々木", "高橋", "前田"]),
        "tel": f"090{i:08d}"}, ensure_ascii=False) + "\n" for i in range(count)),
        encoding="utf-8")
    assert not [f for f in scan_findings(path, monkeypatch, table)
                if f.category == "person_name"]
    listed = tmp_path / "listed.csv"
    listed.write_text("氏名,memo,tel\n" + "".join(
        f"{_NAMES[i % 8]},{_NAMES[8 + i % 8]},090{i:08d}\n" for i in range(count)),
        encoding="utf-8")
    names = {f.value for f in scan_findings(listed, monkeypatch, table)
             if f.category == "person_name"}
    assert names == set(_NAMES[:8])
