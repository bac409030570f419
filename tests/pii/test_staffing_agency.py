"""A staffing agency's drive (blind corpus 21): a 派遣契約's people in charge, a client's hiring
contact, an expense claim's applicant, a 履歴書's address reading, a relative in a memo, a
pregnancy by its month."""

from __future__ import annotations

import csv

import docx
from documents import write_xlsx
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii


def _names(text: str) -> list[str]:
    return [f.value for f in pii.detect(text) if f.category == "person_name"]


def test_a_dispatch_contracts_people_in_charge_are_named():
    assert _names("派遣先責任者：青木　晃\n指揮命令者：林　加奈\n派遣元責任者：高橋　亮介\n") == [
        "青木晃", "林加奈", "高橋亮介"]


def test_a_contract_tables_people_keep_their_title_and_phone_apart(tmp_path):
    document = docx.Document()
    document.add_paragraph("労働者派遣個別契約書")
    table = document.add_table(rows=0, cols=2)
    for label, value in [("派遣先責任者", "総務部長　青木　晃　TEL 03-3188-8920"),
                         ("指揮命令者", "医療 課長　林　加奈"),
                         ("派遣元責任者", "高橋　亮介　TEL 03-5338-4120")]:
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
    path = tmp_path / "個別契約書.docx"
    document.save(path)
    found = [(f.category, f.value) for f in pii.scan([path], workers=1)
             if isinstance(f, pii.Finding)]
    assert [value for category, value in found if category == "person_name"] == [
        "青木晃", "林加奈", "高橋亮介"]
    assert ("phone_number", "0331888920") in found


@BOTH
def test_a_clients_hiring_contact_and_a_claims_applicant_are_names(tmp_path, monkeypatch,
                                                                   table):
    clients = tmp_path / "取引先一覧.xlsx"
    write_xlsx(clients, ["取引先名", "代表電話", "人事担当者", "メール"],
               [("東邦ロジ株式会社", "03-4985-4604", "阿部　知実", "abe@toho-logi.example.jp")])
    claims = tmp_path / "経費精算.csv"
    with open(claims, "w", encoding="cp932", newline="") as out:
        csv.writer(out).writerows([["申請日", "申請者", "金額", "内容"],
                                   ["2024/11/05", "渡辺　直樹", "3200", "交通費"]])
    names = {f.value for path in (clients, claims)
             for f in scan_findings(path, monkeypatch, table) if f.category == "person_name"}
    assert names == {"阿部知実", "渡辺直樹"}
    assert scan_people(claims, monkeypatch, table) == 1


def test_a_resumes_address_reading_is_no_name():
    text = ("ふりがな ふくだ　ももこ\n氏名 福田　桃子\n生年月日 1996年3月4日生（満28歳）\n"
            "ふりがな とうきょうと しんじゅくく にししんじゅく\n現住所 〒160-0023\n")
    assert _names(text) == ["ふくだももこ", "福田桃子"]
    # a name that begins as a prefecture's reading is still one
    assert _names("ふりがな：ちば けんじ\n") == ["ちばけんじ"]
    assert _names("ふりがな：おおさか ふみこ\n") == ["おおさかふみこ"]


def test_a_relative_after_where_they_live_is_named():
    text = ("同居の母 中村　聡太郎（要介護2、週3日デイサービス）の介護のため17時退社希望。"
            "緊急時は母の携帯 070-5201-1873。")
    assert _names(text) == ["中村聡太郎"]
    assert _names("学校の先生 山田 太郎") == []


def test_a_pregnancy_by_its_month_is_sensitive():
    found = [(f.category, f.value) for f in pii.detect(
        "■10/13　小林　明美様（28歳）\n現在妊娠5か月。立ち仕事は不可。")]
    assert ("sensitive", "妊娠5か月") in found


def test_a_mails_latin_sender_and_kanji_signature_are_one_person(tmp_path):
    from email.message import EmailMessage

    mail = EmailMessage()
    mail["From"] = "Hideki FUJITA <hideki.fujita20@example.jp>"
    mail["To"] = "info@bridge-career.example.jp"
    mail["Subject"] = "連絡先変更のお知らせ"
    mail.set_content("ブリッジキャリア ご担当者様\n\nお世話になっております。藤田英樹です。\n"
                     "携帯番号が変わりましたので、今後はこちら（０９０－９１３４－２６３２）に"
                     "ご連絡ください。\n\n藤田英樹\n")
    path = tmp_path / "連絡先変更.eml"
    path.write_bytes(bytes(mail))
    run = pii.scan([path], workers=1)
    names = {f.value for f in run if isinstance(f, pii.Finding) and f.category == "person_name"}
    assert names == {"HidekiFUJITA", "藤田英樹"}
    assert run.summary.subjects == 1
