"""An animal hospital's share (blind corpus 37): the owners are people, their pets are not. A
pet's name, birthday and illnesses are nobody's personal data, in a ledger's columns, a
booking site's pets table, a consent form, a karte memo or an insurance claim."""

from __future__ import annotations

import json
import sqlite3

import docx
import pytest
from documents import detected, values_of, write_xlsx
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii

LEDGER = (
    "顧客番号,飼い主氏名,カナ,電話番号,ペットNo,ペット名,種類,犬種・猫種,ペット生年月日,性別,"
    "マイクロチップ番号,備考\n"
    "10026,長谷川 さゆり,ハセガワ サユリ,070-3915-4693,10026-1,ココ様,犬,柴犬,2023/07/31,オス,"
    "392091838284466,既往：糖尿病・アトピー性皮膚炎\n"
    "10015,近藤 あすか,コンドウ アスカ,070-6822-2809,10015-1,Max,犬,トイ・プードル,2008/08/03,"
    "メス,392145220478324,既往：腎不全 緊急連絡先 近藤 太一（息子）07076307085\n")


@BOTH
def test_a_ledgers_pet_columns_are_nobodys(tmp_path, monkeypatch, table):
    """ペット名, ペット生年月日 and the note's 既往 are the pet's (before: the pets' birthdays
    as the owners', ココ様 a person, 糖尿病 要配慮); the owner and the emergency contact stay."""
    (tmp_path / "ledger.csv").write_bytes(LEDGER.encode("cp932"))
    found = scan_findings(tmp_path, monkeypatch, table)
    assert values_of(found, "date_of_birth") == set()
    assert values_of(found, "sensitive") == set()
    assert values_of(found, "person_name") == {"長谷川さゆり", "ハセガワサユリ", "近藤あすか",
                                             "コンドウアスカ", "近藤太一"}
    assert "07076307085" in values_of(found, "phone_number")
    assert scan_people(tmp_path, monkeypatch, table) == 3


@BOTH
def test_a_birth_date_after_the_animals_name_is_the_animals(tmp_path, monkeypatch, table):
    """An old system's export (氏名 | … | 動物名 | 種別 | 生年月日): the date is the pet's."""
    (tmp_path / "old.csv").write_text(
        "カルテNo,氏名,住所,TEL,動物名,種別,生年月日,登録日\n"
        "10049,山田拓真,目黒区脚折4-19-5,0364256614,蓮,猫,2018.05.28,2019.04.01\n",
        encoding="utf-8")
    found = scan_findings(tmp_path, monkeypatch, table)
    assert values_of(found, "date_of_birth") == set()
    assert values_of(found, "person_name") == {"山田拓真"}
    (tmp_path / "old.csv").write_text(  # (an owner's own birth date, before the animal's name)
        "氏名,生年月日,動物名\n山田拓真,1980/04/02,蓮\n", encoding="utf-8")
    assert values_of(scan_findings(tmp_path, monkeypatch, table), "date_of_birth") == {
        "1980-04-02"}


@BOTH
def test_an_insurance_claims_illness_is_the_pets(tmp_path, monkeypatch, table):
    """契約者名 | ペット名 | 傷病名: the pet's illness and name are no one's; a staff health sheet
    beside it (no animal) keeps its 要配慮."""
    write_xlsx(tmp_path / "claims.xlsx", ["受付番号", "契約者名", "契約者カナ", "ペット名",
                                          "傷病名"],
               [("914860097062", "岡田 香織", "オカダ カオリ", "マロン様", "アトピー性皮膚炎")])
    write_xlsx(tmp_path / "staff.xlsx", ["氏名", "健康管理メモ"], [("田中 陽子", "糖尿病")])
    found = scan_findings(tmp_path, monkeypatch, table)
    assert {(f.path, f.value) for f in found if f.category == "sensitive"} == {
        ("staff.xlsx", "糖尿病")}
    assert "マロン" not in values_of(found, "person_name")


def test_a_booking_sites_pets_table_is_no_ones(tmp_path):
    """A ``pets`` table (name, birthday, chip_no beside its user_id): no person a row (before:
    a person per pet, its birthday theirs)."""
    with sqlite3.connect(tmp_path / "booking.sqlite3") as db:
        db.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, tel TEXT, "
                   "birthday TEXT)")
        db.execute("CREATE TABLE pets (id INTEGER PRIMARY KEY, user_id INTEGER, name TEXT, "
                   "species TEXT, birthday TEXT, chip_no TEXT)")
        db.execute("INSERT INTO users VALUES (1, '清水 和也', '090-6605-7597', '1958-10-04')")
        db.executemany("INSERT INTO pets VALUES (?, 1, ?, '犬', ?, '392141344477485')",
                       [(1, "サクラ", "2018-12-26"), (2, "花子", "2020-03-01")])
    run = pii.scan([tmp_path], workers=1)
    found = [f for f in run if isinstance(f, pii.Finding)]
    assert values_of(found, "person_name") == {"清水和也"}
    assert values_of(found, "date_of_birth") == {"1958-10-04"}
    assert run.summary.subjects == 1


def test_a_consent_forms_animal_part(tmp_path):
    """A consent form's 動物名 | 生年月日 | 既往歴 after the owner's rows: the pet's."""
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for label, value in [("飼い主様氏名", "伊藤 加奈"), ("電話番号", "080-1763-3329"),
                         ("動物名", "伊藤 太郎"), ("種類", "犬（ゴールデン・レトリーバー）"),
                         ("生年月日", "平成30年3月17日"),
                         ("既往歴", "椎間板ヘルニア、乳腺腫瘍（癌）"),
                         ("担当獣医師", "岡田 さゆり")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.save(tmp_path / "consent.docx")
    found = [f for f in pii.scan([tmp_path], workers=1) if isinstance(f, pii.Finding)]
    assert values_of(found, "person_name") == {"伊藤加奈", "岡田さゆり"}
    assert values_of(found, "date_of_birth") == set() and values_of(found, "sensitive") == set()


def test_a_karte_memos_records_of_pets():
    """A record headed by the pet and its traits: its birth date, name and illnesses are the
    pet's; the owner's own illness in it is theirs."""
    memo = ("■令和６年１０月１２日　ココくん（マンチカン・オス(去勢)・平成２５年８月２８日生）\n"
            "　飼い主：伊藤翼 様\n"
            "　Ｓ：多飲多尿。糖尿病の疑い。\n"
            "　Ａ/Ｐ：糖尿病。インスリン処方、２週間後再診。\n"
            "　※飼い主様ご本人が脳梗塞の治療中とのこと。\n\n"
            "■令和６年１０月２０日　リクさん（ミニチュア・ダックスフンド・メス・"
            "平成２７年４月２６日生）\n"
            "　Ａ/Ｐ：乳腺腫瘍（癌）。\n")
    assert detected(memo, "date_of_birth") == []
    assert detected(memo, "sensitive") == ["脳梗塞"]
    assert detected(memo, "person_name") == ["伊藤翼"]
    # an illness on the record's heading line itself, after text that names an owner
    assert detected("飼い主：山田 太郎 様 090-1234-5678\n\n"
                    "■令和６年１０月５日　ミルクちゃん（猫・メス）糖尿病の経過観察\n",
                    "sensitive") == []
    # a person's birth in brackets, and an illness in a record of no animal, are still theirs
    assert detected("■面談記録　山田 太郎様（昭和50年1月2日生）\n　糖尿病の治療中。\n",
                    "date_of_birth") == ["1975-01-02"]
    assert detected("■面談記録　山田 太郎様（昭和50年1月2日生）\n　糖尿病の治療中。\n",
                    "sensitive") == ["糖尿病"]


def test_an_animals_birth_date_by_its_label():
    """A claim's 「動物の生年月日」 is the pet's; its 「ご契約者生年月日」 the owner's."""
    claim = ("ご契約者氏名 吉田 花子\nご契約者生年月日 1999年04月15日\n"
             "被保険動物 きなこ様（猫・雑種）\n動物の生年月日 2015年02月12日\n")
    assert detected(claim, "date_of_birth") == ["1999-04-15"]


@BOTH
def test_a_trimming_book_with_its_groomer(tmp_path, monkeypatch, table):
    """飼い主様 | 連絡先 | ペット名 | 担当: the owner is the row's person, the groomer one person
    over every row (before: 飼い主様 no label, so the groomer was each row's own)."""
    write_xlsx(tmp_path / "trimming.xlsx", ["日付", "飼い主様", "連絡先", "ペット名", "担当"], [
        ("10/5", "佐藤 康弘 様", "090-9148-1435", "ソラくん", "中村 美加子"),
        ("10/7", "高橋 知実 様", "070-9440-5094", "福ちゃん", "中村 美加子"),
        ("10/9", "斉藤 くみ子 様", "070-9086-1853", "アンズちゃん", "中村 美加子")])
    assert scan_people(tmp_path, monkeypatch, table) == 4


def test_a_label_before_a_given_name_is_no_part_of_it():
    """「緊急連絡先 明美様（妻）」: the label's end is no surname (before: 急連絡先明美)."""
    assert detected("緊急連絡先 明美様（妻）080-4142-8560\n", "person_name") == []
    assert detected("緊急連絡先 山田花子様 080-4142-8560\n", "person_name") == ["山田花子"]


@pytest.mark.parametrize("records", [1, 40], ids=["one record", "a log (the table path)"])
def test_an_owner_key_names_the_owner(tmp_path, records):
    """A booking log's "owner" beside the "customer" who brought the pet: a person of their
    own (before: not read); a system's owner (root, www-data) is no one."""
    line = json.dumps({"受付番号": "494003309609", "customer": {"name": "中島 あすか",
                       "tel": "09012432344"}, "owner": "中島康弘", "pet": {"name": "ミルクちゃん"}},
                      ensure_ascii=False)
    (tmp_path / "bookings.jsonl").write_text(
        (line + "\n") * records + '{"owner": "root", "path": "/etc/passwd"}\n', encoding="utf-8")
    run = pii.scan([tmp_path], workers=1)
    assert values_of(run, "person_name") == {"中島あすか", "中島康弘"}
    assert run.summary.subjects == 2
