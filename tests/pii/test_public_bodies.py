"""A school's, a hospital's, a public office's or a legal person's own contacts are theirs, not
a person's, as a 株式会社's are (blind corpora 23: a public school, and 24: a 司法書士 office);
a person's home beside them stays personal."""

from __future__ import annotations

import pytest
from table_paths import BOTH
from table_paths import scan_findings as _findings
from table_paths import scan_people as _people

from leakscope import pii


def _personal(text: str) -> dict[str, bool]:
    """Per value found in ``text`` (free text), whether it is reported as personal."""
    return {f.value: f.personal for f in pii.detect(text) if f.category != "person_name"}


SCHOOL = ("所沢市立みどり台小学校\n〒359-1131 埼玉県所沢市みどり台2丁目1番1号\n"
          "TEL 04-2921-3301 / FAX 04-2921-3302\n")
HOME = "保護者 加藤　くみ子\n〒359-1147 埼玉県所沢市山口1丁目10番11号\nTEL 04-2980-5107\n"


@pytest.mark.parametrize("block", [
    SCHOOL,  # a 学校要覧's school (was: all four personal)
    "学校法人みどり台学園 みどり台小学校\n〒359-1131 埼玉県所沢市みどり台2丁目1番1号\n"
    "TEL 04-2921-3301\n",
    # a 診断書's footer, its contacts on its name's line
    "医療法人社団 緑風会 みどり病院　〒359-1131 埼玉県所沢市みどり台2丁目1番1号　"
    "電話 04-2921-3301\n",
    # a 法務局's mail signature: its name and its department
    "さいたま地方法務局 不動産登記部門\n〒359-1131 埼玉県所沢市みどり台2丁目1番1号\n"
    "電話 04-2921-3301\n",
    # a 登記申請書's 代理人: the office's address, its name last, its phone on the next line
    "代 理 人　埼玉県所沢市みどり台2丁目1番1号 浦和センタービル5階　さくら司法書士・行政書士"
    "事務所\n　　　　　連絡先の電話番号　04-2921-3301\n",
    # a company's 商号 and 本店 written with spaces in the label
    "法人番号　4870660546249\n商　　号　有限会社まるや酒店\n"
    "本　　店　埼玉県所沢市みどり台2丁目1番1号\n",
], ids=["school", "school corporation", "hospital footer", "legal affairs bureau", "office",
        "company head office"])
def test_an_organizations_block_is_not_personal(block):
    _assert_organizations(block, "埼玉県所沢市みどり台2丁目1番1号", "0429213301")


def _assert_organizations(text: str, address: str, phone: str) -> None:
    """The organization's ``address`` (as it begins) and ``phone`` in ``text`` are not
    personal; a guardian's home written under it (``HOME``) still is."""
    found = _personal(text + "\n" + HOME)
    assert [personal for value, personal in found.items() if value.startswith(address)] == [
        False]
    assert found.get(phone) in (False, None)
    assert found["埼玉県所沢市山口1丁目10番11号"] is not False
    assert found["0429805107"] is not False
    assert found["3591147"] is not False


def test_a_school_number_in_prose_is_the_schools():
    found = _personal("ご都合が悪い場合は 所沢市立みどり台小学校（04-2921-3301）まで"
                      "ご連絡ください。\n学校（04-2921-3301）→ 担任 → 1番の家庭\n")
    assert found == {"0429213301": False}
    assert _personal("連絡先：加藤くみ子（090-1234-5678）")["09012345678"] is not False


def test_a_bureaus_from_name_is_no_person(tmp_path):
    mail = tmp_path / "hosei.eml"
    mail.write_text(
        "From: さいたま地方法務局 不動産登記部門 <saitama-fudosan@moj.example.go.jp>\n"
        "To: info@sakura-houmu.jp\nSubject: 補正\nContent-Type: text/plain; charset=utf-8\n\n"
        "さくら司法書士・行政書士事務所　御中\n\n補正をお願いします。\n"
        "さいたま地方法務局 不動産登記部門\n〒338-8513 埼玉県さいたま市中央区下落合5丁目12番1号\n"
        "電話 048-851-1000\n", encoding="utf-8")
    found = [f for f in pii.scan([mail], workers=1) if isinstance(f, pii.Finding)]
    assert not [f for f in found if f.category == "person_name"]
    assert all(f.personal is False for f in found
               if f.category in ("address", "postal_code", "phone_number"))


def _staff_book(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["学校", "職名・担当", "氏名", "フリガナ", "学校電話（内線）",
                  "携帯（緊急時のみ）", "メール"])
    sheet.append(["所沢市立みどり台小学校", "校長", "井上　拓真", "イノウエ　タクマ",
                  "04-2921-3301内線201", "090-1111-2222", "inoue.tak@midoridai.ed.jp"])
    sheet.append(["所沢市立みどり台小学校", "教頭", "山田　明美", "ヤマダ　アケミ",
                  "04-2921-3301内線202", "080-3333-4444", "yamada.ake@midoridai.ed.jp"])
    sheet.append([None] * 7)
    sheet.append(["所在地", "所沢市立みどり台小学校", "〒359-1131",
                  "埼玉県所沢市みどり台2丁目1番1号", "04-2921-3301", "04-2921-3302", None])
    sheet.append(["所在地", "所沢市立みどり台中学校", "〒359-1132",
                  "埼玉県所沢市みどり台3丁目8番2号", "04-2921-4401", "04-2921-4402"])
    path = tmp_path / "教職員一覧_R6.xlsx"
    book.save(path)
    return path


def test_a_staff_lists_school_rows_are_the_schools(tmp_path):
    # each school's 所在地 row under the staff's header was a person (2 people for 0)
    path = _staff_book(tmp_path)
    run = pii.scan([path], workers=1)
    found = [f for f in run if isinstance(f, pii.Finding)]
    assert run.summary.subjects == 2
    school = {f.value for f in found if f.personal is False}
    assert {"0429213301", "0429213302", "0429214401", "3591131", "3591132",
            "埼玉県所沢市みどり台2丁目1番1号", "埼玉県所沢市みどり台3丁目8番2号"} <= school
    # guard: the teachers' own mobiles and mails stay theirs
    assert {"09011112222", "08033334444", "inoue.tak@midoridai.ed.jp"} <= {
        f.value for f in found if f.personal is not False}


_CREDITORS = (("三井住友カード株式会社", "大阪府大阪市中央区今橋4丁目5番15号", "06-6533-6633"),
              ("株式会社ジャックス", "東京都渋谷区恵比寿4丁目1番18号", "03-5448-1311"),
              ("アコム株式会社", "東京都千代田区丸の内2丁目1番1号", "03-5533-0811"))


@BOTH
def test_a_creditor_list_of_companies_is_no_one(tmp_path, monkeypatch, table):
    # 債権者一覧表: each creditor company's row (住所 + 電話) was a person
    rows = ["No,債権者名,債権者住所,電話"]
    rows += [f"{i},{name},{address},{phone}"
             for i, (name, address, phone) in enumerate(_CREDITORS * 3, 1)]
    # guard: a person who lent money is a creditor too, and a person
    rows.append("10,山田　太郎,埼玉県川口市本町4丁目1番8号,090-1234-5678")
    path = tmp_path / "債権者一覧表.csv"
    path.write_text("\n".join(rows) + "\n", encoding="cp932")
    found = _findings(path, monkeypatch, table)
    assert {f.value for f in found if f.personal is not False
            and f.category in ("address", "phone_number")} == {
        "埼玉県川口市本町4丁目1番8号", "09012345678"}
    assert _people(path, monkeypatch, table) == 1


def test_an_offices_account_on_its_invoice_is_the_offices():
    # 振込先 in a bank's kana names the office (ｻｸﾗｼﾎｳｼｮｼ: さくら司法書士), no legal form
    found = pii.detect("お振込先：埼玉りそな銀行 浦和支店 普通 4471209 ｻｸﾗｼﾎｳｼｮｼ\n"
                       "さくら司法書士・行政書士事務所\n")
    assert [(f.value, f.personal) for f in found if f.category == "bank_account"] == [
        ("4471209", False)]
    # guard: a client's own account under their name stays theirs
    found = pii.detect("返済用口座：埼玉りそな銀行 浦和支店 普通 7654321 ｻｸﾗｲ ﾀﾛｳ\n")
    assert [f.personal for f in found if f.category == "bank_account"] == [True]


def test_a_workplaces_number_in_a_note_is_the_workplaces():
    # a 連絡網's 備考 「日中は勤務先（… 04-…）へ」: the workplace's number, not the guardian's
    for note in ("日中は勤務先（株式会社みらいテック 048-641-3300）へ",
                 "日中は勤務先（所沢市役所 048-641-3300）へ",
                 "日中は勤務先（狭山ケ丘郵便局 048-641-3300）へ"):
        assert _personal(note) == {"0486413300": False}
    # guard: a person's mobile after their workplace in brackets stays theirs
    assert _personal("山田　太郎（株式会社ABC勤務） 090-1234-5678") == {"09012345678": True}


def test_a_sheets_cell_of_a_companys_contacts_is_no_one(tmp_path):
    # a member list's footer cell 「事務局：株式会社… 現場事務所 TEL … FAX … mail」 was a person
    # of its own (hidden while the same TEL was a person's elsewhere)
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["会社名", "役職", "氏名", "携帯"])
    sheet.append(["株式会社港栄鳶工業", "職長", "坂本　拓真", "080-9806-2586"])
    sheet.append(["有限会社三和電設", "職長", "橋本　直子", "070-7279-3355"])
    sheet.append([])
    sheet.append(["事務局：株式会社大和田建設 現場事務所　TEL 045-662-3100　FAX 045-662-3109　"
                  "koboku-genba@owada-kensetsu.co.jp"])
    path = tmp_path / "会員名簿.xlsx"
    book.save(path)
    run = pii.scan([path], workers=1)
    found = [f for f in run if isinstance(f, pii.Finding)]
    assert run.summary.subjects == 2
    assert all(f.personal is False for f in found if "0456623" in f.value or "genba" in f.value)
    assert {"08098062586", "07072793355"} <= {f.value for f in found if f.personal is not False}


@pytest.mark.parametrize("line", [
    "代 理 人　埼玉県さいたま市浦和区高砂3丁目12番9号 浦和センタービル5階　司法書士　鈴木　修平\n"
    "　　　　　連絡先の電話番号　048-829-3140\n",
    "作成者：埼玉県さいたま市浦和区高砂3丁目12番9号   司法書士   鈴木   修平\n",
    "後見人候補者　埼玉県さいたま市浦和区高砂3丁目12番9号　鈴木　修平（司法書士）\n",
], ids=["agent", "author", "candidate guardian"])
def test_a_professionals_address_in_a_form_they_act_in_is_their_offices(line):
    # the scrivener's office in a 登記申請書's 代理人, a 一覧図's 作成者, a 申立書's 後見人候補者
    _assert_organizations(line, "埼玉県さいたま市浦和区高砂3丁目12番9号", "0488293140")
    # guard: a client's home on a line of their own name stays theirs
    assert _personal("住所　埼玉県所沢市山口1丁目10番11号　氏名　鈴木　修平\n") == {
        "埼玉県所沢市山口1丁目10番11号": True}
