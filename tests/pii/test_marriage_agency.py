"""A marriage agency's share (blind corpus 32): counsellors' memos, お見合い records of two
members a row, 身上書 forms, an application PDF's emergency contacts, group mailboxes."""

from __future__ import annotations

import openpyxl
from documents import detected
from table_paths import BOTH, scan_findings

from leakscope import pii


def test_an_address_that_starts_at_its_county_or_an_island_village():
    memo = ("■令和６年２月７日　遠藤　浩様\n　連絡先０７０‐５９８７‐４４２２。"
            "香取郡東庄町日本堤１‐６‐１７在住。\n"
            "■令和６年５月２６日　鈴木　知実様\n　小笠原村竜泉５‐１６‐１２在住。\n")
    assert detected(memo, "address") == ["香取郡東庄町日本堤1-6-17", "小笠原村竜泉5-16-12"]
    assert detected("伊豆大島町1-2-3", "address") == []  # (a town's name inside another's)


def test_a_religion_someone_holds_is_a_belief():
    """「ご家族が創価学会の信者」 names a belief (信条); a wedding venue's キリスト教式 does not."""
    memo = "小林陽一様　ご家族が創価学会の信者。挙式はキリスト教式を希望。仏教徒の祖母と同居。"
    assert detected(memo, "sensitive") == ["創価学会", "仏教"]
    assert detected("小林陽一様　信仰：エホバの証人", "sensitive") == ["信仰", "エホバの証人"]


def test_a_memos_shared_pc_password_after_pw():
    assert detected("小林陽一様 ※共有PCログイン ID: counselK001 / PW: En1Bridal#001",
                  "credential") == ["En1Bridal#001"]


def test_an_emergency_contact_after_her_relation_in_brackets():
    """An application PDF's line 「緊急連絡先（続柄：母）   吉田 さゆり   TEL …」."""
    line = "緊急連絡先（続柄：母）   吉田 さゆり      TEL 041-343-2900"
    assert detected(line, "person_name") == ["吉田さゆり"]
    assert detected("山田 花子（妻） 田中 太郎", "person_name") == ["山田花子", "田中太郎"]


def test_a_company_before_its_honorific_is_no_one():
    assert detected("下記、合同会社藤井電気様からの調整依頼です。", "person_name") == []


def test_a_group_mailbox_is_no_one():
    found = pii.detect("宛先 staff-all@bridal-en.co.jp")
    assert [(f.category, f.personal) for f in found] == [("email_address", False)]


@BOTH
def test_an_omiai_rows_venue_is_no_members(tmp_path, monkeypatch, table):
    """男性会員 and 女性会員 merged over three columns each: 場所 | 結果 | 担当 after them are
    the row's, not the woman's (before: 女性会員場所, her address a shrine's café's)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["令和6年4月 お見合い実施記録"])
    sheet.append([None, "男性会員", None, None, "女性会員", None, None, None, None, None])
    sheet.append(["お見合い日", "会員番号", "氏名", "年齢", "会員番号", "氏名", "年齢", "場所",
                  "結果", "担当"])
    sheet.append(["2024/04/06", "439150008060", "高橋 亮介", 37, "158683449787", "前田 幹", 27,
                  "宗教法人明治神宮 参集殿 喫茶室（東京都渋谷区代々木神園町1-1）", "保留", "渡辺"])
    book.save(tmp_path / "お見合い記録.xlsx")
    found = scan_findings(tmp_path, monkeypatch, table)
    fields = {(f.location["field"], f.category) for f in found}
    assert {("女性会員氏名", "person_name"), ("男性会員氏名", "person_name"),
            ("場所", "address")} <= fields
    assert not any(field.startswith("女性会員場所") for field, _ in fields)
    # (the venue's address is its body's, no one's; its 参集殿 no honorific)
    assert [f.personal for f in found if f.category == "address"] == [False]
    assert "明治神宮" not in {f.value for f in found}


def test_a_past_illness_under_kiousho():
    assert [f.value for f in pii.detect("パニック障害", label="既往症")] == ["パニック障害"]


def test_a_shrines_hall_is_no_honorific():
    """「宗教法人明治神宮 参集殿」 (an お見合い's venue) names no one; 「山本 殿」 greets 山本."""
    assert detected("保留\n宗教法人明治神宮 参集殿 喫茶室（東京都渋谷区代々木神園町1-1）",
                  "person_name") == []
    assert detected("神宮 本殿にて", "person_name") == []
    assert detected("株式会社みどり 御中 山本 殿", "person_name") == ["山本"]
