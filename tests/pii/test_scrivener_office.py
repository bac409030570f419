"""A 司法書士・行政書士 office's file server (blind corpus 24): an identity check record whose
row names the document its number is of, a debt list's card column that may hold a member
number, a 登記識別情報 (a registration's secret)."""

from __future__ import annotations

from documents import write_xlsx
from table_paths import BOTH, scan_findings

from leakscope import pii

# 144208541201 passes the licence check and the My Number check alike: only the row can say
_BOTH_CHECKS = "144208541201"
_IDS = {"drivers_license_number", "my_number", "passport_number", "residence_card_number",
        "basic_pension_number", "health_insurance_number"}


@BOTH
def test_an_identity_check_records_number_is_what_its_row_document_says(
        tmp_path, monkeypatch, table):
    """Its 案件番号 pass the My Number check too: they stay no one's (a hard negative)."""
    path = tmp_path / "本人確認記録_2024.xlsx"
    write_xlsx(path, ["確認日", "案件番号", "顧客氏名", "生年月日", "本人確認書類",
                      "書類の番号・記号", "確認者"],
               [("2024-03-14", "240314000120", "山下　桃子", "1954-11-26", "運転免許証",
                 _BOTH_CHECKS, "佐藤　一郎"),
                ("2024-03-12", "240312000033", "伊藤　亮介", "1963-07-28", "個人番号カード",
                 _BOTH_CHECKS, "佐藤　一郎"),
                ("2024-04-27", "240427000010", "鈴木　稔", "1961-06-01", "旅券", "TZ3644767",
                 "佐藤　一郎"),
                ("2024-05-01", "240501000028", "青木　聡太郎", "1978-09-16", "在留カード",
                 "UP78795152CF", "佐藤　一郎"),
                ("2024-05-02", "240502000013", "高橋　結衣", "1990-01-05", "個人番号カード",
                 "（番号は控えない）", "佐藤　一郎")])
    found = [(f.category, f.value, f.location.get("row"))
             for f in scan_findings(path, monkeypatch, table) if f.category in _IDS]
    assert sorted(found) == sorted([
        ("drivers_license_number", _BOTH_CHECKS, 2), ("my_number", _BOTH_CHECKS, 3),
        ("passport_number", "TZ3644767", 4), ("residence_card_number", "UP78795152CF", 5)])


@BOTH
def test_a_bare_number_column_beside_the_document_column(tmp_path, monkeypatch, table):
    path = tmp_path / "kyc_202411.csv"
    path.write_text("氏名,生年月日,確認書類,番号\r\n"
                    f"山下　桃子,1954-11-26,運転免許証,{_BOTH_CHECKS}\r\n"
                    f"伊藤　亮介,1963-07-28,マイナンバーカード,{_BOTH_CHECKS}\r\n"
                    "鈴木　稔,1961-06-01,住民票の写し,149701829054\r\n", encoding="utf-8")
    found = {(f.category, f.value) for f in scan_findings(path, monkeypatch, table)}
    assert ("drivers_license_number", _BOTH_CHECKS) in found
    assert ("my_number", _BOTH_CHECKS) in found
    # a document with no number of a kind (住民票): the number stays unread, as 番号 is
    assert not any(value == "149701829054" for _, value in found)


@BOTH
def test_a_bare_number_column_without_a_document_column_is_no_id(tmp_path, monkeypatch, table):
    """Hard negative: case and order numbers pass the My Number check as often as not."""
    path = tmp_path / "案件一覧.csv"
    path.write_text("番号,依頼者氏名,種類,受付日\r\n"
                    f"{_BOTH_CHECKS},山下　桃子,相続登記,2024-03-14\r\n"
                    "149701829054,伊藤　亮介,運転免許証の住所変更,2024-03-12\r\n",
                    encoding="utf-8")
    found = {(f.category, f.value) for f in scan_findings(path, monkeypatch, table)}
    assert not any(value in (_BOTH_CHECKS, "149701829054") for _, value in found)
    assert ("person_name", "山下桃子") in found


def test_prose_is_unchanged():
    assert {(f.category, f.value) for f in pii.detect(
        f"山下　桃子様　運転免許証（番号 {_BOTH_CHECKS}）で本人確認済。")} >= {
        ("drivers_license_number", _BOTH_CHECKS)}


_DEBTS = [(1, "三井住友カード株式会社", "大阪府大阪市中央区今橋4丁目5番15号", "06-6533-6633",
           "4980-7554-8016-5500", "2011-03-24", 540000, "受任通知発送済"),
          (2, "SMBCモビット", "東京都新宿区西新宿1丁目26番2号", "03-5326-9310",
           "1002-9814-6411-2637", "2011-07-15", 630000, "受任通知発送済"),  # (Luhn: no card)
          (3, "株式会社ジャックス", "東京都渋谷区恵比寿4丁目1番18号", "03-5448-1311",
           "4539-3285-1950-9365", "2015-01-25", 1910000, ""),
          (4, "アコム株式会社", "東京都千代田区丸の内2丁目1番1号", "0120-07-1000",
           "240314000120", "2020-04-18", 1100000, "")]  # (passes the My Number check)
_DEBT_HEADER = ["No", "債権者名", "債権者住所", "電話", "カード番号／会員番号", "借入開始日",
                "残高（円）", "備考"]


@BOTH
def test_a_card_or_member_number_column_holds_cards(tmp_path, monkeypatch, table):
    """「カード番号／会員番号」: a card where a cell is one, else a member number, no one's."""
    path = tmp_path / "債権者一覧.csv"
    path.write_text(",".join(_DEBT_HEADER).replace("／", "/") + "\n" + "".join(
        ",".join(map(str, row)) + "\n" for row in _DEBTS), encoding="cp932")
    found = {(f.category, f.value) for f in scan_findings(path, monkeypatch, table)}
    assert {value for category, value in found if category == "credit_card_number"} == {
        "4980755480165500", "4539328519509365"}
    assert not any(value in ("1002981464112637", "240314000120") for _, value in found)


def test_a_debt_sheet_with_the_debtor_above_its_list_keeps_its_rows(tmp_path):
    """The debtor's key-value rows above a list whose header has the card-or-member column:
    the header is still a list's (one creditor a row), its cards are found."""
    path = tmp_path / "債権者一覧表.xlsx"
    write_xlsx(path, ["債務者", "福田　零", "生年月日", "昭和45年8月8日"],
               [["住所", "福岡県福岡市中央区天神1丁目1番1号", "電話", "080-9020-7124"],
                ["返済用口座", "埼玉りそな銀行 浦和支店 普通 6912468"], [], _DEBT_HEADER,
                *_DEBTS])
    found = [f for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)]
    cards = {f.value: f.location.get("field") for f in found
             if f.category == "credit_card_number"}
    assert cards == {"4980755480165500": "カード番号／会員番号",
                     "4539328519509365": "カード番号／会員番号"}
    assert {f.location.get("field") for f in found if f.value == "0665336633"} == {"電話"}


def _credentials(text: str) -> list[str]:
    return [f.value for f in pii.detect(text) if f.category == "credential"]


def test_a_registry_secret_is_a_credential():
    """登記識別情報: 12 letters and digits, whoever holds it can sell the land."""
    assert _credentials("登記名義人　田中　千代\n登記識別情報　MSL6S3T1X0KA\n") == ["MSL6S3T1X0KA"]
    assert _credentials("売主様の登記識別情報は 4M7LJRXAFVR1 とのことです。") == ["4M7LJRXAFVR1"]
    assert _credentials("（事務所控）義務者の登記識別情報　NZR27EMBN2WN　（決済日に原本確認済）"
                        ) == ["NZR27EMBN2WN"]
    # a notice's PDF, printed letter-spaced
    assert _credentials("（記）\n登 記 識 別 情 報 \u3000 M S L 6 S 3 T 1 X 0 K A\n令和6年6月30日"
                        ) == ["MSL6S3T1X0KA"]


def test_a_registry_secrets_name_alone_is_none():
    """The form's words around it (添付情報, the reasons it cannot be given, the notice's
    title) and a number or a word of its length are no secret."""
    assert _credentials("添付情報　登記識別情報　登記原因証明情報　印鑑証明書") == []
    assert _credentials("登記識別情報を提供することができない理由　□不通知　□失効") == []
    assert _credentials("登記識別情報通知\n次の登記の登記識別情報について、下記のとおり通知します。"
                        ) == []
    assert _credentials("登記識別情報　123456789012") == []  # (a number: 不動産番号's kind)
    assert _credentials("登記識別情報　ABCDEFGHIJKLM") == []


def _ids(text: str) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in pii.detect(text)
            if f.category in ("passport_number", "residence_card_number")}


def test_a_passport_before_a_residence_cards_label_on_its_line():
    """在留カード inside 在留カード番号 (whose own number follows it) labels no value before it."""
    assert _ids("旅券番号：PA7975997　在留カード番号：UP78795152CF") == {
        ("passport_number", "PA7975997"), ("residence_card_number", "UP78795152CF")}
    assert _ids("旅券番号：PA7975997　在留カード：UP78795152CF") == {
        ("passport_number", "PA7975997"), ("residence_card_number", "UP78795152CF")}
    # a word after a value that no number follows still labels it (and vetoes a passport)
    assert _ids("PA7975997 在留カード UP78795152CF") == {
        ("residence_card_number", "UP78795152CF")}


def test_a_residence_card_number_in_english_prose():
    """"residence card number" is the card's label, not a payment card's "card number"."""
    assert _ids("My residence card number is LL25038609MF and passport C7947886.") == {
        ("residence_card_number", "LL25038609MF"), ("passport_number", "C7947886")}
    assert not {f.category for f in pii.detect("card number 4980755480165500 (residence card)")
                } & {"residence_card_number"}


def test_an_accounts_balance_beside_it_is_no_second_account():
    """A bank book's copy or a debt memo writes the balance after the account: the amount is
    no account of its own, nor are a loan's amounts."""
    text = ("返済用口座：三井住友銀行 渋谷支店 普通預金 7654321 残高：3456789\n"
            "通帳：みずほ銀行 本店 普通 1111111（残高 2222222円）\n"
            "借入金額 5000000 弁済額 1200000 振込先 りそな銀行 本店 普通 3333333\n")
    assert [f.value for f in pii.detect(text) if f.category == "bank_account"] == [
        "7654321", "1111111", "3333333"]
