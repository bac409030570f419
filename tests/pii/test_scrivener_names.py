"""A judicial scrivener's files (blind corpus 24): a case ledger's 依頼者 and 相手方, a family
tree's people by their relation in brackets, a 登記申請書's parties and the scrivener's own."""

from __future__ import annotations

from email.message import EmailMessage

from documents import write_xlsx
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii


@BOTH
def test_a_case_ledgers_client_and_other_party_are_named(tmp_path, monkeypatch, table):
    path = write_xlsx(tmp_path / "案件管理簿.xlsx",
                      ["案件番号", "受付日", "依頼者", "案件", "相手方・関係者", "担当"],
                      [("558838367756", "2024-02-20", "福田　里佳", "所有権移転（売買）",
                        "田中　美加子", "鈴木　修平")])
    found = {(f.category, f.value) for f in scan_findings(path, monkeypatch, table)}
    assert {("person_name", "福田里佳"), ("person_name", "田中美加子")} <= found
    assert not any(category == "my_number" for category, _ in found)  # (a case number)


@BOTH
def test_a_foreign_applicants_katakana_name_is_a_name(tmp_path, monkeypatch, table):
    path = write_xlsx(tmp_path / "申請一覧.xlsx", ["氏名（旅券記載）", "カタカナ", "生年月日"],
                      [("TRAN THI MAI", "チャン　ティ　マイ", "1992-12-26")])
    names = {f.value for f in scan_findings(path, monkeypatch, table)
             if f.category == "person_name"}
    assert "チャンティマイ" in names


def test_a_family_trees_people_and_their_birth_dates_not_their_deaths():
    text = ("最後の住所　山形県長生郡白子町西川17丁目10番11号\n出生　昭和23年4月25日\n"
            "死亡　令和5年5月2日\n（被相続人）\n林　裕太\n住所　福島県福生市日本堤17丁目6番16号\n"
            "出生　昭和53年9月21日\n（長男）\n林　晃（申出人）\n（長女） 林　春香\n"
            "（長男）\n住所 東京都\n")
    found = [(f.category, f.value) for f in pii.detect(text)
             if f.category in ("person_name", "date_of_birth")]
    assert found == [("date_of_birth", "1948-04-25"), ("person_name", "林裕太"),
                     ("date_of_birth", "1978-09-21"), ("person_name", "林晃"),
                     ("person_name", "林春香")]


def test_a_registrations_parties_and_its_scrivener():
    text = ("権利者　田中　千代\n義務者　木村　裕樹\n発起人　斉藤　くみ子　㊞\n"
            "（申請人）　林　晃\n司法書士・行政書士　鈴木　修平\n診断名　統合失調症\n"
            "担当医師　佐藤　裕樹\n")
    names = [f.value for f in pii.detect(text) if f.category == "person_name"]
    assert names == ["田中千代", "木村裕樹", "斉藤くみ子", "林晃", "鈴木修平", "佐藤裕樹"]


def test_a_registrations_party_after_their_address():
    """A 登記申請書 writes a party's address after the label and the name at the line's end or
    alone on the next line; a 通知's 登記名義人 the same."""
    text = ("権 利 者　秋田県長生郡白子町富久町11丁目20番3号\n　　　　　田中　千代\n"
            "義 務 者　岡山県横浜市栄区虎ノ門3丁目17番12号 平須賀シティ199\n　　　　　木村　裕樹\n"
            "登記名義人　秋田県長生郡白子町富久町11丁目20番3号　田中　千代\n")
    names = [f.value for f in pii.detect(text) if f.category == "person_name"]
    assert names == ["田中千代", "木村裕樹", "田中千代"]


def test_a_family_registers_place_is_no_sensitive_fact():
    """本籍 is where a family register is kept, not 社会的身分 by itself (a 説明図's label)."""
    text = "最後の本籍　島根県袖ケ浦市北上野17丁目18番12号\n氏名　林　裕太\n"
    assert [f for f in pii.detect(text) if f.category == "sensitive"] == []


@BOTH
def test_a_debtors_sheet_of_label_value_pairs_is_a_form(tmp_path, monkeypatch, table):
    """債務者 | NAME | 生年月日 | DATE over 住所 | … | 電話 | …: a form, not a list whose header
    holds a name and a date (its 住所 had been the debtor's name)."""
    path = write_xlsx(tmp_path / "債務者.xlsx",
                      ["債務者", "中村　美加子", "生年月日", "昭和41年8月11日"],
                      [("住所", "長野県香取郡神崎町芝浦27丁目13番13号", "電話", "090-9276-9092")])
    found = {(f.category, f.value) for f in scan_findings(path, monkeypatch, table)}
    assert ("person_name", "中村美加子") in found and ("person_name", "住所") not in found
    assert ("date_of_birth", "1966-08-11") in found


@BOTH
def test_a_lender_with_no_legal_form_is_no_one(tmp_path, monkeypatch, table):
    """A debt list's lender written as its brand (SMBCモビット, ＮＴＴファイナンス: capitals then
    katakana, no 株式会社) is a company: its row's address and phone are not a person's."""
    path = tmp_path / "債権者一覧表.csv"
    path.write_text("No,債権者名,債権者住所,電話\n"
                    "1,SMBCモビット,東京都新宿区西新宿1丁目2番3号,03-1111-2222\n"
                    "2,ＮＴＴファイナンス,東京都港区芝浦1丁目2番1号,03-3333-4444\n"
                    # guard: a person who lent money is a person
                    "3,山田　太郎,埼玉県川口市本町4丁目1番8号,090-1234-5678\n", encoding="cp932")
    personal = {f.value for f in scan_findings(path, monkeypatch, table)
                if f.personal is not False and f.category in ("address", "phone_number")}
    assert personal == {"埼玉県川口市本町4丁目1番8号", "09012345678"}
    assert scan_people(path, monkeypatch, table) == 1


def test_a_latin_name_in_capitals_is_still_a_name():
    # guard: capitals then a space and a name are a person (a passport's TRAN THI MAI)
    names = [f.value for f in pii.detect("氏名：TRAN THI MAI\n") if f.category == "person_name"]
    assert names == ["TRANTHIMAI"]


@BOTH
def test_a_card_in_a_creditor_companys_row_is_no_one_new(tmp_path, monkeypatch, table):
    """A debt list's rows are the creditors' (their 住所 and 電話 are theirs); the card number
    in each is the debtor's account there, not one more person a row (15 people for 4)."""
    path = tmp_path / "債権者一覧表.csv"
    path.write_text("No,債権者名,債権者住所,電話,カード番号,借入開始日\n"
                    "1,三井住友カード株式会社,大阪府大阪市中央区今橋4丁目5番15号,06-6533-6633,"
                    "4980-7554-8016-5500,2011-03-24\n"
                    "2,株式会社ジャックス,東京都渋谷区恵比寿4丁目1番18号,03-5448-1311,"
                    "4539-3285-1950-9365,2015-01-25\n", encoding="utf-8")
    cards = [f for f in scan_findings(path, monkeypatch, table)
             if f.category == "credit_card_number"]
    assert len(cards) == 2
    assert scan_people(path, monkeypatch, table) == 0


@BOTH
def test_a_debt_csv_opening_with_its_debtors_pairs(tmp_path, monkeypatch, table):
    """A 取引履歴 CSV opens with the debtor's label, value pairs across, then its table of
    transactions: the debtor and their birth date are found, the amounts are no one."""
    path = tmp_path / "取引履歴.csv"
    path.write_text("債務者名,福田　零,ﾌﾘｶﾞﾅ,ﾌｸﾀﾞ ﾚｲ,生年月日,1970-08-08\n"
                    "債権者名,アコム株式会社,契約番号,1234567\n\n"
                    "取引日,借入金額,弁済額,残高\n2015-01-10,500000,,500000\n"
                    "2015-02-10,,30000,470000\n", encoding="cp932")
    found = {(f.category, f.value) for f in scan_findings(path, monkeypatch, table)}
    assert found == {("person_name", "福田零"), ("person_name", "フクダレイ"),
                     ("date_of_birth", "1970-08-08")}
    assert scan_people(path, monkeypatch, table) == 1


def test_a_roles_name_label_in_text():
    # 債務者名：, 依頼者名： label the name after them as 債務者：, 依頼者： do
    text = "債務者名：福田　零\n依頼者名：林　晃\n"
    assert [f.value for f in pii.detect(text) if f.category == "person_name"] == [
        "福田零", "林晃"]


def test_an_heirs_mail_names_the_writer_and_the_deceased(tmp_path):
    """「林 晃（林 裕太の長男）です」: the writer introduces himself with his father in brackets;
    both are named, the father in passing, so the writer's phone and signature stay his."""
    text = "お世話になっております。林 晃（林 裕太の長男）です。\n父の相続の件でご連絡しました。\n"
    found = [(f.value, f.detector) for f in pii.detect(text) if f.category == "person_name"]
    assert ("林晃", "person_name") in found
    assert ("林裕太", "person_name:mentioned") in found
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = ("hayashi.akira@example.jp",
                                                 "office@example.jp", "相続登記")
    mail.set_content("司法書士 さくら事務所 御中\n\nお世話になっております。林 晃（林 裕太の長男）"
                     "です。\n必要書類を郵送しました。\n携帯：090-1111-2222\n\n林 晃\n")
    (tmp_path / "相続登記.eml").write_bytes(bytes(mail))
    run = pii.scan([tmp_path], workers=1)
    list(run.batches())
    assert run.summary.subjects == 2  # 林晃 (mail, phone, name) and his father
