"""A tax accountant's files (blind corpus 29): 源泉徴収票 text, a 相続 memo, 年末調整 mails, a
client company's sheet, 医療費控除 lists."""

from __future__ import annotations

import openpyxl
from table_paths import BOTH, scan_findings

from leakscope import pii


def _names(text: str) -> list[str]:
    return [f.value for f in pii.detect(text) if f.category == "person_name"]


def test_a_withholding_slips_names_as_its_pdf_text_spaces_them():
    """「氏名 (フリガナ) アオキ アツシ   青木   篤司」: the kanji name after its reading too, and
    a 控除対象扶養親族 (before: the reading alone, no dependant)."""
    assert _names("氏名 (フリガナ) アオキ アツシ   青木   篤司\n") == ["アオキアツシ", "青木篤司"]
    assert _names("控除対象扶養親族 青木   あすか 配偶者 個人番号 840110704346\n") \
        == ["青木あすか"]
    assert _names("氏名 青木   篤司\n") == ["青木篤司"]
    # (an address after the name is none of it, however many spaces apart)
    assert _names("氏名 山田太郎   東京都新宿区西新宿2-8-1\n") == ["山田太郎"]
    assert _names("氏名 山田太郎 東京都新宿区西新宿2-8-1\n") == ["山田太郎"]


def test_a_spouse_in_brackets_after_the_relation():
    """「…結婚されたため配偶者（青木　あすか）を追加します。」 (before: missed)."""
    assert _names("年末調整の件、佐藤　治さんが令和6年6月1日に結婚されたため配偶者（青木　あすか）"
                  "を追加します。") == ["佐藤治", "青木あすか"]
    assert _names("父（会社員）と同居") == []


def test_a_memo_of_an_inheritance_counts_the_heir_only(tmp_path):
    """「被相続人：青木　英樹（…令和7年9月8日死亡）」 and his My Number on the next line are no
    one living; the heir after them is (before: 2 people)."""
    (tmp_path / "相続メモ.txt").write_text(
        "被相続人：青木　英樹（昭和13年5月3日生、令和7年9月8日死亡）\n個人番号：007058752376\n"
        "相続人①：青木　学（長男）　生年月日 昭和55年9月28日\n", encoding="utf-8")
    run = pii.scan([tmp_path], workers=1)
    found = [f for f in run if isinstance(f, pii.Finding)]
    assert {"青木英樹", "青木学", "007058752376"} <= {f.value for f in found}
    assert run.summary.subjects == 1


def test_a_tax_offices_phone_on_a_client_sheet_is_nobodys(tmp_path):
    """A client company's sheet (法人名 | 所轄税務署 | 税務署電話 | 代表者): the 税務署's number is
    not personal (before: a person's phone), the representative is someone."""
    book = openpyxl.Workbook()
    for row in (("法人名", "鈴木情報株式会社"), ("所轄税務署", "麹町税務署"),
                ("税務署電話", "03-3221-1853"), ("代表者", "鈴木　一郎")):
        book.active.append(row)
    book.save(tmp_path / "会社情報.xlsx")
    run = pii.scan([tmp_path], workers=1)
    phones = [f for f in run if isinstance(f, pii.Finding) and f.category == "phone_number"]
    assert phones and not any(f.personal for f in phones)
    assert run.summary.subjects == 1


def test_hiv_infection_is_the_whole_term(tmp_path):
    (tmp_path / "医療費控除.tsv").write_text(
        "氏名\t医療機関\t病名・内容\t支払額\n山田花子\t中村クリニック\tHIV感染症\t120000\n",
        encoding="utf-8")
    found = [f for f in pii.scan([tmp_path], workers=1) if isinstance(f, pii.Finding)]
    assert [f.value for f in found if f.category == "sensitive"] == ["hiv感染症"]


@BOTH
def test_a_client_master_tells_sole_traders_from_companies(tmp_path, monkeypatch, table):
    """A 顧問先マスタ's 法人名 「（個人）山口幹」: a sole trader, whose phone and address are
    theirs (before: a company's, not personal); a company's row stays the company's; 「被相続人
    青木　英樹」 under 代表者 is 青木英樹 (before: the label fused into the name)."""
    (tmp_path / "顧問先マスタ.csv").write_text(
        "顧問先コード,法人名,法人番号,代表者,電話番号,所在地\n"
        "C001,合同会社近藤保険,8291417776317,後藤　修平,03-6690-7439,東京都千代田区丸の内1-1-1\n"
        "K013,（個人）山口幹,,山口　幹,090-3225-8499,愛媛県松山市一番町8丁目26番7号\n"
        "K900,（相続）青木英樹 様,,被相続人 青木　英樹,,\n", encoding="utf-8")
    found = scan_findings(tmp_path, monkeypatch, table)
    phones = {f.value: f.personal for f in found if f.category == "phone_number"}
    assert phones == {"0366907439": False, "09032258499": True}
    names = {f.value for f in found if f.category == "person_name"}
    assert "青木英樹" in names and "被相続人青木英樹" not in names


@BOTH
def test_a_donation_to_a_religious_body_is_a_belief(tmp_path, monkeypatch, table):
    """A 所得控除 list's 寄附金控除 寄附先 「宗教法人 浄土真宗本願寺派 西光寺」 says the client's
    belief (信条: before, nothing); a donation to 日本赤十字社, and a 宗教法人 in a column that is
    no donation's, say none."""
    (tmp_path / "所得控除_集計.csv").write_text(
        "氏名,生年月日,寄附金控除 寄附先,寄附金額,顧問先区分\n"
        "高橋 知実,1976/11/04,宗教法人 浄土真宗本願寺派 西光寺,390000,個人\n"
        "山本 淳,1986/04/24,日本赤十字社,110000,個人\n"
        "木村 修平,1963/12/13,,,宗教法人 清光寺\n", encoding="cp932")
    found = scan_findings(tmp_path, monkeypatch, table)
    assert [f.value for f in found if f.category == "sensitive"] == [
        "宗教法人 浄土真宗本願寺派 西光寺"]
