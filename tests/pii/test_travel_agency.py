"""A travel agency's share (blind corpus 39): names as an airline and a passport write them
(SAITO/MAAYA MRS, 斎藤 晃（SAITO AKIRA）, MITURU TANAKA), a tour's 参加代表者 and health sheet,
a ticket's 18SEP20, a passport's 有効期限, a desk's mailbox."""

from __future__ import annotations

from documents import detected, distinct_names, people_in, values_of, write_xlsx
from table_paths import BOTH, scan_findings, scan_people


def test_an_airlines_names_and_birth_dates():
    """「Passenger: SAITO/AKIRA MR」 (its title left out), 「Dear Maaya Saito,」, and a ticket's
    「Date of birth: 18SEP20」; TCP/IP and a desk's greeting are no one."""
    ticket = ("Dear Maaya Saito,\n\nThank you for choosing Japan Airlines.\n\n"
              "Passenger: SAITO/MAAYA MRS\n  E-ticket number: 131-2345678901\n\n"
              "Passenger: SAITO/YUKI MSTR\n  Date of birth: 18SEP20\n")
    assert detected(ticket, "person_name") == ["MaayaSaito", "SAITO/MAAYA", "SAITO/YUKI"]
    assert detected(ticket, "date_of_birth") == ["2020-09-18"]
    assert detected("Date of birth: 03JUL85\n", "date_of_birth") == ["1985-07-03"]
    assert detected("Check the TCP/IP settings.\nDear Customer Service,\n", "person_name") == []


def test_a_name_with_its_passport_spelling_in_brackets():
    line = "斎藤 晃（SAITO AKIRA）　生年月日 1989年5月20日　旅券番号 TT7083564\n"
    assert detected(line, "person_name") == ["斎藤晃", "SAITOAKIRA"]
    assert detected("東京駅（TOKYO STATION）集合\n", "person_name") == []


def test_staff_after_their_role_and_their_section():
    """A tour conductor after 添乗員, a clerk at the end of a signature's line of the company
    and its section (a 登録番号 on the line after, not the TEL)."""
    assert detected("４．添乗員 松田 桃子（携帯 090‐9822‐2396）は７／１２〜ハワイ添乗。\n",
                    "person_name") == ["松田桃子"]
    assert detected("株式会社ほしぞらトラベル　海外旅行課　岡本 充\n観光庁長官登録旅行業第1442号\n"
                    "TEL 03-5577-8212\n", "person_name") == ["岡本充"]
    assert detected("全部 確認 済み\n", "person_name") == []


def test_a_passports_expiry_is_no_cards():
    assert detected("ご本人 昭和49年6月16日生まれ。旅券の有効期限が2034年9月なので問題なし。\n",
                    "card_expiry") == []
    assert detected("カード番号 4881 7961 8917 9749 有効期限 09/34\n", "card_expiry") == ["09/34"]


@BOTH
def test_a_rooming_list_and_a_visa_list_name_their_travellers(tmp_path, monkeypatch, table):
    """NAME (PASSPORT) 「SAITO/MAAYA MRS」, SURNAME GIVEN 「SAITO MAAYA」 and 参加代表者 are
    name columns; the passport spelling is the same person as the katakana one."""
    names = distinct_names(30, 39)
    write_xlsx(tmp_path / "rooming.xlsx", ["No", "NAME (PASSPORT)", "参加代表者"],
               [(i, f"SAITO/MAAYA{'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]} MRS", names[i])
                for i in range(30)])
    found = values_of(scan_findings(tmp_path / "rooming.xlsx", monkeypatch, table),
                      "person_name")
    assert {"SAITO/MAAYAA", "SAITO/MAAYAB", "".join(names[0].split())} <= found
    (tmp_path / "rooming.xlsx").unlink()
    (tmp_path / "visa.csv").write_text("No,氏名カナ,SURNAME GIVEN,電話\n" + "".join(
        f"{i},サイトウ マアヤ,SAITO MAAYA,090-1234-5678\n" for i in range(30)), encoding="utf-8")
    (tmp_path / "ticket.txt").write_text("Passenger: SAITO/MAAYA MRS\n", encoding="utf-8")
    assert "SAITOMAAYA" in values_of(scan_findings(tmp_path / "visa.csv", monkeypatch, table),
                                     "person_name")
    assert scan_people(tmp_path, monkeypatch, table) == 1


@BOTH
def test_a_tours_health_sheet(tmp_path, monkeypatch, table):
    """健康状態・配慮事項 「喘息のため配慮をお願いします」 is 喘息 (「車椅子のため…」 車椅子);
    the hotel's row (「（ホテル情報）| 車椅子貸出可」) names no one's condition."""
    rows = [(name, ("喘息", "車椅子")[i % 2] + "のため配慮をお願いします")
            for i, name in enumerate(distinct_names(30, 39))]
    rows.append(("（ホテル情報）", "車椅子貸出可・バリアフリールームあり"))
    write_xlsx(tmp_path / "health.xlsx", ["氏名", "健康状態・配慮事項"], rows)
    assert values_of(scan_findings(tmp_path, monkeypatch, table), "sensitive") == {"喘息",
                                                                                  "車椅子"}


def test_a_tours_terms_and_a_travellers_allergy():
    notice = ("お申込者氏名：斎藤 真綾\n【旅行条件書】アレルギー対応メニューあり（事前申告制）。"
              "車椅子をご利用の方はお申し出ください。\n")
    assert detected(notice, "sensitive") == []
    assert detected("・吉田 翔太様：乳製品アレルギー。座席は通路側\n", "sensitive") == [
        "乳製品アレルギー"]


def test_a_desks_mailbox_and_a_kunrei_card_holder(tmp_path):
    """kaigai@ is a desk's, no one; a card's MITURU TANAKA (訓令式) is the register's
    タナカ ミツル."""
    assert people_in(tmp_path, {
        "fwd.eml": "From: 田中 千代 <c.tanaka@example.co.jp>\nTo: kaigai@hoshizora-travel.co.jp\n"
                   "Subject: passports\n\n家族の旅券情報をお送りします。\n",
        "customers.csv": "氏名,フリガナ,電話\n田中 充,タナカ ミツル,090-1234-5678\n",
        "payments.csv": "予約番号,カード番号,有効期限,名義\n"
                        "B001,4111111111111111,08/29,MITURU TANAKA\n"}) == 2


def test_a_tickets_child_is_the_ledgers_by_name_and_birth_date(tmp_path):
    """YAMAZAKI/MOMOKO MISS born 13DEC19 on a ticket is the ledger's YAMAZAKI MOMOKO born
    2019-12-13 (before: the slash kept them two)."""
    assert people_in(tmp_path, {
        "eticket.txt": "Passenger: YAMAZAKI/MOMOKO MISS\n  E-ticket number: 131-4948087541\n"
                       "  Date of birth: 13DEC19\n",
        "ledger.csv": "氏名,ローマ字氏名(旅券),生年月日\n"
                      "山崎 桃子,YAMAZAKI MOMOKO,2019-12-13\n"}) == 1
