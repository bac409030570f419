"""A condominium management company's share (blind corpus 43): a 居住者届's family list
between its label | value rows, a bicycle list's registrants in kana, a board's and a
caretaker's titles before their names, a database's buildings, and a group's word over a
column that says whose it is, not what."""

from __future__ import annotations

import sqlite3

from documents import detected, people_in, values_of, write_xlsx
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii


def test_a_forms_family_list_between_its_label_value_rows(tmp_path):
    """The 同居家族 list of a 居住者届, its 緊急連絡先 pairs after it: each member is read
    (before: the list was read as pairs, no member's name or birth date found)."""
    form = write_xlsx(tmp_path / "居住者届.xlsx", ["居　住　者　届"], [
        [], ["物件名", "パークハイツ日吉"], ["部屋番号", "303"], ["世帯主氏名", "清水　香織"],
        ["生年月日", "昭和54年6月10日"], ["携帯電話", "09026552631"], [], ["同居家族"],
        ["氏名", "続柄", "生年月日", "避難時支援", "備考"],
        ["清水 零", "夫", "昭和53年8月20日", "否", None],
        ["清水 結衣", "長女", "H17.12.27", "否", None], [],
        ["緊急連絡先氏名", "藤井 七夏"], ["続柄", "姉"], ["緊急連絡先電話", "090-4938-2270"]])
    found = [f for f in pii.scan([form], workers=1) if isinstance(f, pii.Finding)]
    assert {"清水零", "清水結衣", "藤井七夏"} <= values_of(found, "person_name")
    assert {"1978-08-20", "2005-12-27"} <= values_of(found, "date_of_birth")
    assert people_in(tmp_path, {}) == 4  # (the head, two members, the emergency contact)


@BOTH
def test_a_registrants_reading_column(tmp_path, monkeypatch, table):
    """A bicycle list's 登録者(カナ) holds names (before: none of its cells read)."""
    path = tmp_path / "駐輪場登録.csv"
    path.write_text("ステッカー番号,部屋番号,登録者(カナ),種別,登録日\n"
                    "M1719-824,203,イシカワ マアヤ,バイク(原付),2022-03-04\n"
                    "M1719-211,402,キムラ　ハルカ,自転車,2020-10-27\n", encoding="utf-8")
    assert values_of(scan_findings(path, monkeypatch, table), "person_name") \
        == {"イシカワマアヤ", "キムラハルカ"}


@BOTH
def test_an_evacuation_lists_neighbour_and_a_staff_lists_job(tmp_path, monkeypatch, table):
    """A 支援者（近隣） is a person of their own, their role in brackets left out; a 担当 cell
    that holds a job (管理員) is no name."""
    path = tmp_path / "要支援者名簿.csv"
    path.write_text("部屋番号,氏名,電話,支援者（近隣）,担当\n"
                    "203,山下 陽子,090-8719-2822,井上 知実（理事）,管理員\n"
                    "502,田中 美加子,070-9424-6834,阿部 七夏（理事）,管理員\n", encoding="utf-8")
    assert values_of(scan_findings(path, monkeypatch, table), "person_name") \
        == {"山下陽子", "田中美加子", "井上知実", "阿部七夏"}
    assert scan_people(path, monkeypatch, table) == 4


def test_a_title_before_a_name_in_text():
    """A board's or a caretaker's title before a name (before: none of these found)."""
    assert detected("ライオンズプラザ豊洲管理組合 理事長 林 和也\n", "person_name") == ["林和也"]
    assert detected("出席：フロント担当 中村 智也、管理員 石井 桃子\n", "person_name") \
        == ["中村智也", "石井桃子"]
    assert detected("６．管理員林加奈さん、令和6年11月5日から有給\n", "person_name") == ["林加奈"]
    assert detected("理事会議事録\n管理員の件\n", "person_name") == []


def test_a_name_after_a_label_without_the_word_after_it():
    """A particle or a date's era a space after a name is no given name (before: 吉田花子まで,
    小川桃子令和, a person apart from 吉田花子)."""
    assert detected("お問い合わせは担当 吉田花子 まで。\n", "person_name") == ["吉田花子"]
    assert detected("作成：小川桃子　令和6年10月25日\n", "person_name") == ["小川桃子"]


def test_a_residents_signature_after_their_room():
    """「301 佐藤明美」 alone under a mail's last sentence signs it (before: missed)."""
    text = "ゲストルームの利用料ですが、カードでお願いします。\n\n301 佐藤明美\n"
    assert detected(text, "person_name") == ["佐藤明美"]
    assert detected("よろしくお願いします。\n\n山田商店\n", "person_name") == []


@BOTH
def test_a_tables_of_buildings_name_is_no_ones(tmp_path, monkeypatch, table):
    """A database's ``buildings.name`` is a building's (before: each a person's name); a
    person's column in the table still is a name."""
    dump = tmp_path / "kanri.sql"
    dump.write_text(
        "CREATE TABLE `buildings` (`bldg_code` varchar(8), `name` varchar(64), "
        "`manager_name` varchar(32));\nINSERT INTO `buildings` VALUES "
        "('M3533','ザ・レジデンス阿佐谷南','山田 太郎'),"
        "('M3930','グランドメゾン日吉','佐藤 花子');\n",
        encoding="utf-8")
    assert values_of(scan_findings(dump, monkeypatch, table), "person_name") \
        == {"山田太郎", "佐藤花子"}
    database = tmp_path / "kanri.db"
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE properties (code TEXT, name TEXT)")
        connection.execute("INSERT INTO properties VALUES ('M1', 'パークハイツ日吉')")
    connection.close()
    assert values_of(scan_findings(database, monkeypatch, table), "person_name") == set()


def test_a_column_groups_word_says_whose_not_what(tmp_path):
    """契約者情報 over 車種 makes no car a name (before: トヨタ プリウス, a name)."""
    sheet = write_xlsx(tmp_path / "駐車場.xlsx", ["パークハイツ日吉 駐車場使用契約者一覧"], [
        ["区画情報", None, "契約者情報"],
        ["区画番号", "部屋番号", "契約者氏名", "電話番号", "車種", "登録番号"],
        ["P-01", "203", "山下 太一", "090-1111-2222", "トヨタ プリウス", "品川 300 あ 12-34"],
        ["P-02", "502", "田中 美加子", "090-3333-4444", "ホンダ N-BOX", "練馬 500 さ 56-78"]])
    found = [f for f in pii.scan([sheet], workers=1) if isinstance(f, pii.Finding)]
    assert values_of(found, "person_name") == {"山下太一", "田中美加子"}


def test_a_neighbour_named_in_passing_takes_none_of_the_writers(tmp_path):
    """「佐藤さんには以前…」 names a neighbour in passing: the writer's mobile after it is still
    the writer's (before: a person of 佐藤 and the mobile, two people for one)."""
    assert people_in(tmp_path, {"苦情.txt": (
        "いつもお世話になっております。201号室の井上知実です。\n"
        "佐藤さんには以前お伝えしたのですが改善されません。\n"
        "日中は出られないので、携帯（080-9129-6828）にご連絡ください。\n")}) == 1


def test_a_senders_surname_and_their_signature_are_one(tmp_path):
    """A contractor's From of a surname alone and the body's signature in full are one
    person (before: two, the From's address apart from the signature's mobile)."""
    (tmp_path / "見積.eml").write_bytes((
        "From: =?utf-8?b?5LyK6Jek?= <ito@san-ei.jp>\nTo: info@minato-kanri.co.jp\n"
        "Subject: estimate\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n小川 様\n\n"
        "お世話になっております。サンエイ設備の伊藤です。\n\n工事部 伊藤 京助\n携帯 080-8036-6642\n"
        ).encode())
    assert people_in(tmp_path, {}) == 1
