"""A hotel's share (blind corpus 33): a Wi-Fi portal's room_no+surname log, a group booking's
rooming list under a two-row header, a front desk's memo."""

from __future__ import annotations

import datetime

import docx
import openpyxl
from documents import detected
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii


@BOTH
def test_a_surname_in_latin_letters_alone_in_a_record_is_no_one(tmp_path, monkeypatch, table):
    """A Wi-Fi log's 「"surname": "YAMAGUCHI"」 beside a room and IPs names no one of its own
    (before: each such record one more person); with a mailbox it is that mailbox's."""
    lines = [f'{{"room": "{200 + i}", "client_ip": "10.20.4.{i}", "surname": "{name}"}}\n'
             for i, name in enumerate(["YAMAGUCHI", "MATSUMOTO", "ABE", "GOTO", "MIURA"] * 60)]
    lines.append('{"room": "914", "surname": "MATSUMOTO", "email": "r.matsu38@ezweb.ne.jp"}\n')
    (tmp_path / "wifi.jsonl").write_text("".join(lines), encoding="utf-8")
    assert scan_people(tmp_path, monkeypatch, table) == 1


@BOTH
def test_a_rooming_lists_two_row_header(tmp_path, monkeypatch, table):
    """参加者 merged over 氏名 | フリガナ and 連絡事項 over 食事 | 備考 (half of the lower labels
    words the detectors know): the katakana column is a name column."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["高橋銀行合同会社 様 ルーミングリスト"])
    sheet.append(["部屋", "参加者", None, "性別", "生年月日", "連絡事項", None])
    sheet.append([None, "氏名", "フリガナ", None, None, "食事", "備考"])
    sheet.append(["201", "池田 美加子", "イケダ ミカコ", "女", datetime.datetime(1965, 11, 27),
                  None, None])
    book.save(tmp_path / "rooming.xlsx")
    found = scan_findings(tmp_path, monkeypatch, table)
    assert {(f.location["field"], f.value) for f in found if f.category == "person_name"} == {
        ("参加者氏名", "池田美加子"), ("参加者フリガナ", "イケダミカコ")}


def test_a_houses_motto_is_no_belief():
    found = pii.detect("山田太郎様 ※当館の信条「一期一会」を忘れずに。")
    assert [f.category for f in found] == ["person_name"]


def test_a_houses_motto_said_as_a_verb_is_no_belief():
    found = pii.detect("山田太郎様 当館はおもてなしを信条とし、心を込めてお手伝いいたします。")
    assert [f.category for f in found] == ["person_name"]



def test_a_bookings_confirmation_number_is_no_card():
    """A guest's 「confirmation no. 5442…」 passes Luhn and a Master Card's prefix; the card
    a guest asks to be charged stays a card."""
    assert detected("I would like to change my booking (confirmation no. 5442700420950248) "
                   "to check in on 14 November.", "credit_card_number") == []
    assert detected("Booking number: 4539148803436467", "credit_card_number") == []
    assert detected("Please charge my card 4539 1488 0343 6467 for the reservation no. 77.",
                   "credit_card_number") == ["4539148803436467"]


def test_a_label_after_a_value_with_its_own_value_is_not_the_values():
    """「… M46851445 and my date of birth is 07 July 1978」: the birth date's words label the
    date after them, not the passport number before them."""
    text = "My passport number is M46851445 and my date of birth is 07 July 1978."
    assert detected(text, "passport_number") == ["M46851445"]
    assert detected(text, "date_of_birth") == ["1978-07-07"]


def test_a_french_passport():
    assert detected("Passport: 72AB90635", "passport_number") == ["72AB90635"]
    assert detected("注文番号 72AB90635", "passport_number") == []


def test_a_guests_health_facts_and_look_alikes():
    guest = "山田様 090-1234-5678 "
    assert detected(guest + "アレルギー（そば）", "sensitive") == ["アレルギー"]
    assert detected(guest + "アレルギー：卵", "sensitive") == ["アレルギー"]
    assert detected(guest + "車椅子ご利用。大浴場は貸切時間を案内。", "sensitive") == ["車椅子"]
    assert detected(guest + "ペースメーカー使用のため電磁調理器を避ける。", "sensitive") \
        == ["ペースメーカー"]
    for text in ("アレルギー表示をご確認ください", "車椅子の貸出あり", "マラソンのペースメーカー"):
        assert detected(guest + text, "sensitive") == [], text


def test_a_memos_guest_after_the_room():
    """「６１０号室　遠藤直樹様」: the name after the room, not GiNZA's call on the line."""
    line = "１０／２１（チェックイン日 令和６年１０月２１日）　６１０号室　遠藤直樹様"
    assert detected(line, "person_name") == ["遠藤直樹"]


def test_the_staff_who_wrote_or_signed():
    assert detected("※記入：佐々木 智也／晃", "person_name") == ["佐々木智也"]
    assert detected("株式会社みなと観光ホテルズ　みなと観光ホテル\nフロント　後藤 加奈\n"
                   "TEL 03-5555-0120", "person_name") == ["後藤加奈"]
    assert detected("フロントにて対応済", "person_name") == []


def test_a_banquets_organizer_under_a_company(tmp_path):
    """主催者 | 「合同会社藤原通信 総務部 藤田 知実」: the organizer is the name after the company
    and the department; a company alone is no one."""
    doc = docx.Document()
    table = doc.add_table(rows=0, cols=2)
    for label, value in (("主催者", "合同会社藤原通信 総務部 藤田 知実"),
                         ("連絡先", "090-4900-9503"), ("請求先", "合同会社藤原通信")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    doc.save(tmp_path / "contract.docx")
    names = [f.value for f in pii.scan([tmp_path]) if isinstance(f, pii.Finding)
             and f.category == "person_name"]
    assert names == ["藤田知実"]
    assert detected("合同会社藤原通信", "person_name") == []


def _mail(sender: str, to: str, body: str) -> bytes:
    return (f"From: {sender}\nTo: {to}\nSubject: =?utf-8?b?5Lu25ZCN?=\n"
            "Content-Type: text/plain; charset=utf-8\n\n" f"{body}\n").encode()


def test_a_hotels_desk_mailboxes_are_no_ones(tmp_path):
    """front@ is the desk's: the clerk who forwards a complaint from it and the guest a
    colleague writes to from it are two people, not one; the 支配人's shihainin@ no one."""
    (tmp_path / "complaint.eml").write_bytes(_mail(
        "佐々木 智也 <front@minato-hotels.co.jp>", "shihainin@minato-hotels.co.jp",
        "支配人 各位\n\nお客様からのご意見を転送します。\n\n佐々木 智也"))
    (tmp_path / "lost.eml").write_bytes(_mail(
        "front@minato-hotels.co.jp", "minoru.miura63@gmail.com",
        "三浦 様\n\n忘れ物を発見いたしました。\n　お名前　：三浦 稔 様\n　お電話　：070-2462-4826"))
    run = pii.scan([tmp_path], workers=1)
    mails = {f.value: f.personal for f in run if isinstance(f, pii.Finding)
             and f.category == "email_address"}
    assert mails["front@minato-hotels.co.jp"] is False
    assert mails["shihainin@minato-hotels.co.jp"] is False
    assert run.summary.subjects == 2


@BOTH
def test_a_memos_kanji_guest_is_the_ota_guest_of_its_reading(tmp_path, monkeypatch, table):
    """A memo writes 佐藤晃 with an address, an OTA export SATO AKIRA / サトウアキラ with a
    mail: one person, as the dictionary reads 晃 one way (アキラ). 鈴木 幹 (ミキ, ツヨシ, カン)
    stays apart from SUZUKI MIKI; and no 佐藤晃 is read so where one of the name has a reading
    written beside it (a register's 佐藤 晃 / サトウ コウ)."""
    (tmp_path / "memo.txt").write_text(
        "１０／１５　６１４号室　佐藤晃様\n　請求書送付先：山梨県甲府市丸の内1-6-1（晃さん宛）\n"
        "１０／１７　３０１号室　鈴木幹様\n　請求書送付先：山梨県甲府市北口2-3-4（幹さん宛）\n",
        encoding="utf-8")
    (tmp_path / "ota.csv").write_text(
        "予約ID,氏名,フリガナ,メール\n1,SATO AKIRA,サトウアキラ,akira.sato45@yahoo.co.jp\n"
        "2,SUZUKI MIKI,スズキミキ,miki.suzuki@icloud.com\n", encoding="utf-8")
    assert scan_people(tmp_path, monkeypatch, table) == 3  # (before: 4)
    (tmp_path / "register.csv").write_text(
        "氏名,フリガナ,電話番号\n佐藤 晃,サトウ コウ,090-3333-4444\n", encoding="utf-8")
    # the memo's 佐藤晃 is the register's namesake now, read コウ: SATO AKIRA is someone else
    assert scan_people(tmp_path, monkeypatch, table) == 4


def test_a_stays_note_is_its_guests(tmp_path):
    """A PMS dump's stays row holds a guest_id and a note 「アレルギー：卵」: the note is the
    guest's (a row that points at a person), not a word alone."""
    (tmp_path / "pms.sql").write_text(
        "CREATE TABLE `guests` (`guest_id` int, `name` varchar(40), `tel` varchar(20));\n"
        "INSERT INTO `guests` VALUES (10001,'山田 太郎','090-1234-5678');\n"
        "CREATE TABLE `stays` (`stay_id` int, `guest_id` int, `room_no` varchar(5), "
        "`note` varchar(255));\n"
        "INSERT INTO `stays` VALUES (500,10001,'712','アレルギー：卵');\n", encoding="utf-8")
    found = [f for f in pii.scan([tmp_path]) if isinstance(f, pii.Finding)
             and f.category == "sensitive"]
    assert [(f.value, f.location["field"]) for f in found] == [("アレルギー", "note")]
