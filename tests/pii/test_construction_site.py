"""A contractor's safety papers (blind corpus 18): a 再下請負通知書's company sections and
their people, a site system's kana written in two columns."""

from __future__ import annotations

import sqlite3

from documents import personal_of
from openpyxl import Workbook

from leakscope.pii.extract.split_fields import split_fields


def test_a_notices_company_sections_are_the_companies_its_people_are_names(tmp_path):
    """再下請負通知書: label | value rows, a section per company (会社名, 法人番号, 代表者名
    with its title, 住所, 電話番号, FAX, then the people it names on site)."""
    book = Workbook()
    sheet = book.active
    for row in (("再下請負通知書（変更届）",), ("元請名称", "株式会社大和田建設"),
                ("所長名", "高橋 亮介"), ("【直近上位の注文者】",), ("会社名", "株式会社北斗設備"),
                ("法人番号", "3867565088995"), ("代表者名", "代表取締役\u3000山下\u3000翔太"),
                ("住所", "〒272-9339 千葉県市川市新丸子4丁目2番16号"), ("電話番号", "047-767-3274"),
                ("FAX", "047-767-3275"), ("現場代理人", "林 加奈"), ("主任技術者", "田中 聡太郎"),
                ("安全衛生責任者", "林 加奈"), ("【作業員】",), ("氏名", "伊藤 智也"),
                ("住所", "千葉県市川市新丸子1丁目2番3号")):
        sheet.append(row)
    path = tmp_path / "再下請負通知書.xlsx"
    book.save(path)
    found = personal_of(path)
    assert found[("address", "千葉県市川市新丸子4丁目2番16号")] is False
    assert found[("phone_number", "0477673274")] is False
    assert found[("address", "千葉県市川市新丸子1丁目2番3号")] is not False  # (a new section)
    for name in ("高橋亮介", "山下翔太", "林加奈", "田中聡太郎", "伊藤智也"):
        assert found[("person_name", name)] is not False


def test_a_readings_halves_in_two_columns_are_one_reading(tmp_path):
    assert split_fields(("last_name", "first_name", "last_kana", "first_kana")).labels \
        == ("氏名", "氏名カナ")
    assert split_fields(("last_login", "first_login")) is None  # (a time's, not a name's)
    path = tmp_path / "site.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE workers (last_name TEXT, first_name TEXT, last_kana TEXT,"
                   " first_kana TEXT)")
        db.execute("INSERT INTO workers VALUES ('五月女', '京助', 'ソウトメ', 'キョウスケ')")
    names = {value for category, value in personal_of(path) if category == "person_name"}
    assert names == {"五月女京助", "ソウトメキョウスケ"}
