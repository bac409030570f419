"""A general hospital's files (blind corpus 27): a ward's admission list, referral letters'
histories, a nursing roster's training sheet, a 全銀 refund file, care managers' mails."""

from __future__ import annotations

import openpyxl

from leakscope import pii


def _scan(path) -> tuple[set[tuple[str, str]], int]:
    run = pii.scan([path], workers=1)
    found = {(f.category, f.value) for f in run if isinstance(f, pii.Finding)}
    return found, run.summary.subjects


def test_an_insurance_symbol_and_number_joined_by_a_middle_dot(tmp_path):
    """「34152177・1385」 under 被保険者記号・番号: the whole, not the 記号 alone (before: 34152177,
    a 記号 of six digits or more being a number of its own shape)."""
    (tmp_path / "入院患者一覧.csv").write_text(
        "患者ID,氏名,生年月日,被保険者記号・番号\n"
        "6498397081,小林　智也,1967/12/21,34152177・1385\n"
        "6498397099,青木　花子,1950/01/02,1017・214\n", encoding="utf-8")
    found, _ = _scan(tmp_path)
    insurance = {v for c, v in found if c == "health_insurance_number"}
    assert insurance == {"341521771385", "1017214"}


def test_a_history_cell_names_each_condition_whole(tmp_path):
    """A 既往歴 cell 「うつ病、胃潰瘍」 is two conditions, and a 主病名 is the whole term:
    アルツハイマー型認知症, 関節リウマチ, 肺炎 (before: the list's cell whole); a rare disease
    the terms do not know is still the cell's."""
    (tmp_path / "紹介状.csv").write_text(
        "氏名,生年月日,主病名,既往歴\n"
        "井上 明美,1950-03-04,アルツハイマー型認知症,\"うつ病、胃潰瘍\"\n"
        "佐藤 健,1948-05-06,関節リウマチ,高血圧（服薬中）\n"
        "林 直子,1960-07-08,肺炎,サルコイドーシス\n", encoding="utf-8")
    found, _ = _scan(tmp_path)
    assert {v for c, v in found if c == "sensitive"} == {
        "アルツハイマー型認知症", "うつ病", "胃潰瘍", "関節リウマチ", "高血圧(服薬中)", "肺炎",
        "サルコイドーシス"}
    # (a 障害名 of two words joined by 「・」 is one: a 手帳 ledger's 音声・言語機能障害)
    found = [f.value for f in pii.detect("音声・言語機能障害", label="障害名")]
    assert found == ["音声・言語機能障害"]


def test_a_committee_in_charge_of_training_is_no_one(tmp_path):
    """A roster's 研修予定 sheet: 担当 看護部教育委員会 on every row was a person a row, and the
    training's title (糖尿病看護…勉強会) a condition of theirs."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "研修予定"
    sheet.append(["日付", "研修名", "担当"])
    sheet.append(["12/3", "糖尿病看護認定看護師による勉強会", "看護部教育委員会"])
    sheet.append(["12/27", "認知症ケア加算算定要件研修", "看護部教育委員会"])
    book.save(tmp_path / "勤務表.xlsx")
    assert _scan(tmp_path) == (set(), 0)


def test_an_address_that_starts_at_its_city():
    """「ご自宅は川越市中宮祠3-26-20で」 and a contact list's 「入間市東和町4-20-14」: a city, a
    town and a block number, the prefecture left out (before: no address); the city's name
    begins where the dictionary says, not at the kanji before it (自宅)."""
    def addresses(text: str) -> list[str]:
        return [f.value for f in pii.detect(text) if f.category == "address"]

    assert addresses("ご自宅は川越市中宮祠3-26-20で、玄関に段差があります。") \
        == ["川越市中宮祠3-26-20"]
    assert addresses("中村裕太\t〒364-6657\t入間市東和町4-20-14\tTEL:04-5555-9323") \
        == ["入間市東和町4-20-14"]
    assert addresses("自宅川越市中宮祠3丁目26番 サンハイツ101") \
        == ["川越市中宮祠3丁目26番サンハイツ101"]
    assert addresses("東京都目黒区中目黒4-9-30") == ["東京都目黒区中目黒4-9-30"]  # (the whole)
    assert addresses("会議は市役所3-2で") == []


def test_names_a_ward_writes_beside_their_role():
    """A summary's 記載看護師 and a claim's 代理人（申請者） 「池田 さゆり（二女）」; a family's
    mail 「佐藤 くみ子の二女、佐藤 幹です」 names the patient too; a foreign patient
    「サントス・マリアさん」 (before: none of them)."""
    def names(text: str, label: str | None = None) -> list[str]:
        return [f.value for f in pii.detect(text, label=label) if f.category == "person_name"]

    assert names("田中 裕美子", "記載看護師") == ["田中裕美子"]
    assert names("池田 さゆり（二女）", "代理人（申請者）") == ["池田さゆり"]
    assert names("305号室に入院しております佐藤 くみ子の二女、佐藤 幹です。") \
        == ["佐藤くみ子", "佐藤幹"]
    assert names("入院中のサントス・マリアさん（フィリピン国籍）の件です。") == ["サントス・マリア"]
