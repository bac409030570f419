"""A care office's files (blind corpus 17): a client register with the client's doctor, a
second emergency contact and the care level; a list of clinics; the care system's SQL dump;
a care plan's office block; an accident report's people."""

from __future__ import annotations

import sqlite3

import pytest
from documents import personal_of, write_docx
from table_paths import BOTH, scan_findings, scan_people

from leakscope.pii import detect

REGISTER = ("利用者氏名,生年月日,電話,要介護度,被保険者番号,主病名,主治医,医療機関,医療機関電話,"
            "緊急連絡先2,続柄2,緊急連絡先2電話,担当ヘルパー\n")
CLIENTS = [("石井 加奈", "昭和22年9月9日", "048-634-{:04d}", "要介護4", "00356{:05d}",
            "アルツハイマー型認知症", "田中 裕太", "たじま整形外科", "048-318-7228", "石井 花子",
            "長女", "080-8396-{:04d}", "西村 加奈"),
           ("栗花落 太郎", "昭和14年1月9日", "048-889-{:04d}", "要介護5", "00557{:05d}",
            "骨粗鬆症", "村上 結衣", "芝診療所", "048-693-5199", "栗花落 春香", "次女",
            "080-8327-{:04d}", "NGUYEN THI LAN")]


def _register(tmp_path, rows: int = 60):
    lines = [REGISTER]
    for i in range(rows):
        client = CLIENTS[i % 2]
        lines.append(",".join(cell.format(i) if "{" in cell else cell for cell in client)
                     .replace(client[0], client[0] + "一二三四五六七八九十"[i % 10]) + "\n")
    path = tmp_path / "利用者台帳.csv"
    path.write_text("".join(lines), encoding="utf-8")
    return path


@BOTH
def test_a_client_registers_doctor_helper_and_second_contact_are_names(tmp_path, monkeypatch,
                                                                       table):
    found = {(f.category, f.value): f for f in scan_findings(_register(tmp_path), monkeypatch,
                                                              table)}
    for name in ("田中裕太", "村上結衣", "石井花子", "栗花落春香", "西村加奈", "NGUYENTHILAN"):
        assert ("person_name", name) in found
    assert found[("phone_number", "0483187228")].personal is False  # (a clinic's 医療機関電話)
    assert ("health_insurance_number", "0035600000") in found
    assert ("sensitive", "要介護4") in found  # (the level, not the field's word)
    assert ("sensitive", "骨粗鬆症") in found


@BOTH
def test_a_clinic_list_is_its_clinics_contacts_and_its_doctors(tmp_path, monkeypatch, table):
    path = tmp_path / "主治医・医療機関一覧.csv"
    path.write_text("医療機関名,〒,所在地,電話,FAX,医師名,診療科\n" + "".join(
        f"{clinic},331-{i % 2:04d},埼玉県さいたま市桜区田島6丁目{i % 2 + 1}番12号,"
        f"048-882-{i % 2:04d},048-883-{i % 2:04d},{doctor},整形外科\n"
        for i, (clinic, doctor) in enumerate(
            [("浦和駅前クリニック", "勅使河原 七夏"), ("たじま整形外科", "西村 翼")] * 30)),
        encoding="utf-8")
    found = {(f.category, f.value): f.personal for f in scan_findings(path, monkeypatch, table)}
    assert found[("address", "埼玉県さいたま市桜区田島6丁目1番12号")] is False
    assert found[("phone_number", "0488820000")] is False
    assert ("person_name", "西村翼") in found
    assert scan_people(path, monkeypatch, table) == 2  # (the two doctors)


@BOTH
def test_a_clinic_lists_clients_in_its_charge_are_each_the_registers(tmp_path, monkeypatch,
                                                                     table):
    folder = tmp_path / "share"
    folder.mkdir()
    clients = ["井上 明美", "伊藤 加奈", "月見里 陽子", "五月女 充", "五月女 桃子", "佐藤 裕太"]
    (folder / "利用者台帳.csv").write_text("利用者氏名,生年月日,電話\n" + "".join(
        f"{name},昭和2{i}年1月9日,048-634-00{i:02d}\n" for i, name in enumerate(clients)),
        encoding="utf-8")
    clinics = folder / "主治医・医療機関一覧.csv"
    clinics.write_text("医療機関名,電話,医師名,担当利用者\n"
                       "みどり内科医院,048-232-6762,西村 翼,井上明美、伊藤加奈\n"
                       "芝診療所,048-693-5199,村上 結衣,佐藤裕太、月見里陽子\n"
                       "別所内科,048-836-3268,勅使河原 七夏,五月女充、五月女桃子、佐藤裕太\n",
                       encoding="utf-8")
    names = [f.value for f in scan_findings(clinics, monkeypatch, table)
             if f.category == "person_name" and f.location["field"] == "担当利用者"]
    assert sorted(names) == sorted(["井上明美", "伊藤加奈", "佐藤裕太", "月見里陽子", "五月女充",
                                    "五月女桃子", "佐藤裕太"])
    assert scan_people(clinics, monkeypatch, table) == 3 + 6  # the doctors, each client once
    assert scan_people(folder, monkeypatch, table) == 3 + 6  # the register's clients


def test_a_care_systems_insured_numbers_and_partner_offices(tmp_path):
    path = tmp_path / "care.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE users (last_name TEXT, first_name TEXT, birthday TEXT,"
                   " care_level TEXT, insured_no TEXT)")
        db.execute("INSERT INTO users VALUES ('石井', '加奈', '1947-09-09', '要介護4',"
                   " '0035645852')")
        db.execute("CREATE TABLE partners (office_name TEXT, zip TEXT, address TEXT, tel TEXT,"
                   " cm_name TEXT)")
        db.execute("INSERT INTO partners VALUES ('居宅介護支援事業所さくら', '332-7458',"
                   " '埼玉県さいたま市緑区大門2丁目16番6号', '048-697-3053', '遠藤 学')")
    found = personal_of(path)
    assert ("health_insurance_number", "0035645852") in found
    assert found[("phone_number", "0486973053")] is False
    assert found[("address", "埼玉県さいたま市緑区大門2丁目16番6号")] is False
    assert ("person_name", "居宅介護支援事業所さくら") not in found
    assert ("person_name", "遠藤学") in found


def test_a_care_plans_office_block_is_the_offices(tmp_path):
    plan = ("居宅サービス計画書（1）",
            "利用者名：田中\u3000浩\u3000殿\u3000\u3000住所：埼玉県蕨市塚越5丁目14番18号",
            "居宅介護支援事業者・事業所名及び所在地：株式会社ひだまりケアサービス\u3000"
            "ひだまりケアプランセンター",
            "〒330-0064\u3000埼玉県さいたま市浦和区岸町7丁目11番5号\u3000ひだまりビル2階",
            "TEL 048-871-2345\u3000FAX 048-871-2346")
    found = personal_of(write_docx(tmp_path / "ケアプラン.docx", plan))
    assert found[("phone_number", "0488712345")] is False
    assert found[("postal_code", "3300064")] is False
    assert found[("address", "埼玉県蕨市塚越5丁目14番18号")] is not False


@pytest.mark.parametrize("text, names", [
    ("発見者：佐藤 花子", ["佐藤花子"]),
    ("報告者：鈴木 一郎（管理者）", ["鈴木一郎"]),
    ("姪　中川加奈", ["中川加奈"]),
])
def test_an_accident_reports_people_and_a_niece(text, names):
    assert [f.value for f in detect(text) if f.category == "person_name"] == names


def test_a_care_level_field_is_no_condition_its_value_is():
    found = [f.value for f in detect("山田 太郎 様 要介護状態区分：要支援2 主病名：白内障")
             if f.category == "sensitive"]
    assert found == ["要支援2", "白内障"]
