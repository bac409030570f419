"""本人の数 across an office's files: one full name whom nothing tells apart is one person.

An employee is in the chat export with a work mail, in the 扶養控除 form with a My Number and a
home, in the payroll with an account, and in a memo by name; a customer holds a home phone and
a mobile, two customers of one name two birth dates. Scanned from real files, on the table path
and cell by cell.
"""

from __future__ import annotations

import json

import numpy as np
import openpyxl
import pytest
from test_households import _people, _valid_my_number

from leakscope.pii.subject_compatible import KEY_BITS, join_compatible
from leakscope.pii.subject_graph import PeopleGraph

STAFF = ["渡辺 知実", "高橋 直子", "山田 結衣", "山崎 香織", "中村 晃", "中川 香織"]


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_an_employee_in_every_file_of_an_office_share_is_one_person(tmp_path, monkeypatch,
                                                                     table):
    (tmp_path / "users.json").write_text(json.dumps(
        [{"id": f"U{i}", "real_name": name, "profile": {"email": f"s{i}@hoshizora.example.jp"}}
         for i, name in enumerate(STAFF)], ensure_ascii=False), encoding="utf-8")
    (tmp_path / "扶養控除.csv").write_text("氏名,個人番号,住所\n" + "".join(
        f"{name},{_valid_my_number(5000 + i)},東京都港区芝公園1丁目{i + 1}番6号\n"
        for i, name in enumerate(STAFF)), encoding="cp932")
    (tmp_path / "給与振込.csv").write_text("氏名,口座番号\n" + "".join(
        f"{name},94781{i:02d}\n" for i, name in enumerate(STAFF)), encoding="utf-8")
    assert _people(tmp_path, monkeypatch, table) == len(STAFF)  # was 3 a head


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_one_name_with_a_home_phone_and_a_mobile_in_other_files_is_one_person(
        tmp_path, monkeypatch, table):
    (tmp_path / "会員.csv").write_text("氏名,電話番号\n" + "".join(
        f"{name},03-3111-{i:04d}\n" for i, name in enumerate(STAFF)), encoding="utf-8")
    (tmp_path / "予約.csv").write_text("氏名,携帯,メール\n" + "".join(
        f"{name},080-2222-{i:04d},r{i}@example.jp\n" for i, name in enumerate(STAFF)),
        encoding="utf-8")
    assert _people(tmp_path, monkeypatch, table) == len(STAFF)  # was 2 a head


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_two_people_of_one_name_born_on_two_days_stay_two(tmp_path, monkeypatch, table):
    (tmp_path / "会員.csv").write_text("氏名,電話番号,生年月日\n" + "".join(
        f"{name},090-1111-{i:04d},1980-01-{i + 1:02d}\n" for i, name in enumerate(STAFF)),
        encoding="utf-8")
    (tmp_path / "予約.csv").write_text("氏名,携帯,生年月日\n" + "".join(
        f"{name},080-2222-{i:04d},1975-03-{i + 1:02d}\n" for i, name in enumerate(STAFF)),
        encoding="utf-8")
    (tmp_path / "名簿.csv").write_text("氏名,メール\n" + "".join(  # one of the two
        f"{name},r{i}@example.jp\n" for i, name in enumerate(STAFF)), encoding="utf-8")
    assert _people(tmp_path, monkeypatch, table) == 2 * len(STAFF)  # was 3 a name


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_a_record_of_two_namesakes_told_apart_is_one_of_them(tmp_path, monkeypatch, table):
    # a tax office: the client master holds a phone and a home, this year's 所得控除 list a
    # birth date and a My Number, the inheritance file another client of the name, born
    # another day; the master's row is one of the two, not a third 吉田さゆり
    (tmp_path / "顧問先マスタ.csv").write_text("氏名,電話番号,住所\n" + "".join(
        f"{name},080-1164-{i:04d},福岡県福岡市中央区天神1丁目{i + 1}番1号\n"
        for i, name in enumerate(STAFF)), encoding="cp932")
    (tmp_path / "所得控除.csv").write_text("氏名,生年月日,マイナンバー\n" + "".join(
        f"{name},1971/06/{i + 1:02d},{_valid_my_number(7000 + i)}\n"
        for i, name in enumerate(STAFF)), encoding="cp932")
    (tmp_path / "相続.csv").write_text("氏名,生年月日,マイナンバー,携帯\n" + "".join(
        f"{name},1960/03/{i + 1:02d},{_valid_my_number(8000 + i)},080-9494-{i:04d}\n"
        for i, name in enumerate(STAFF)), encoding="utf-8")
    assert _people(tmp_path, monkeypatch, table) == 2 * len(STAFF)  # was 3 a name


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_a_third_row_of_one_name_in_the_list_of_two_namesakes_is_a_third_person(
        tmp_path, monkeypatch, table):
    (tmp_path / "会員.csv").write_text(
        "氏名,生年月日,電話番号\n鬼頭 守,1980-01-02,\n鬼頭 守,1975-03-04,\n"
        "鬼頭 守,,090-1111-0001\n", encoding="utf-8")
    (tmp_path / "名簿.csv").write_text("氏名,メール\n鬼頭 守,kito@example.jp\n",
                                      encoding="utf-8")
    assert _people(tmp_path, monkeypatch, table) == 3


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_two_sheets_of_one_workbook_are_two_lists_as_two_files_are(tmp_path, monkeypatch,
                                                                    table):
    # a rental company's contract list: an office's sheet of contract holders, a sheet of
    # every resident; one sheet's two people of one name stay two
    book = openpyxl.Workbook()
    holders = book.active
    holders.title = "本店"
    holders.append(["契約番号", "契約者名", "携帯番号"])
    for i, name in enumerate(STAFF):
        holders.append([f"C{i:04d}", name, f"090-3311-{i:04d}"])
    residents = book.create_sheet("入居者一覧")
    residents.append(["部屋番号", "入居者氏名", "続柄", "生年月日"])
    for i, name in enumerate(STAFF):
        residents.append([f"{101 + i}", name, "本人", f"1980-01-{i + 1:02d}"])
    namesakes = book.create_sheet("川崎支店")
    namesakes.append(["契約番号", "契約者名", "携帯番号"])
    namesakes.append(["K0001", "鬼頭 守", "080-1111-0001"])
    namesakes.append(["K0002", "鬼頭 守", "080-1111-0002"])
    book.save(tmp_path / "契約一覧.xlsx")
    assert _people(tmp_path, monkeypatch, table) == len(STAFF) + 2  # was 2 a head


def test_a_record_of_two_namesakes_joins_the_one_holding_least_of_its_kinds():
    """The client master's row (a phone, a home) joins this year's 所得控除 row (a birth date,
    a My Number), not the inheritance file's namesake, who holds another phone and another
    home: the count is the same, the person is the likelier one."""
    masks = np.array([KEY_BITS["phone_number"] | KEY_BITS["address"],
                      KEY_BITS["date_of_birth"] | KEY_BITS["my_number"],
                      KEY_BITS["date_of_birth"] | KEY_BITS["my_number"]
                      | KEY_BITS["phone_number"] | KEY_BITS["address"]])
    for order in ([0, 2, 1], [0, 1, 2]):  # whichever namesake comes first
        graph = PeopleGraph()
        nodes = graph.fresh_nodes(3)  # master, 所得控除, 相続 (all 吉田さゆり)
        join_compatible(graph, iter([("吉田さゆり", nodes[order], masks[order],
                                      np.array([11, 12, 13])[order])]))
        assert graph.root(nodes[0]) == graph.root(nodes[1]) != graph.root(nodes[2])
