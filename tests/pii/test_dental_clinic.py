"""A dental clinic's share (blind corpus 42): a 問診票's ticked boxes and printed questions,
a merged 健康状態 group over its columns, a dental lab's order numbers, a recall postcard's
letter written down a sheet, short insurance 記号・番号."""

from __future__ import annotations

from documents import detected, people_in, personal_of, values_of, write_xlsx
from table_paths import BOTH, scan_findings

from leakscope import pii


def test_a_questionnaires_ticked_boxes():
    """Of a form's printed choices only the ticked are told (before: the first, 糖尿病, though
    unticked, and not 肝炎)."""
    text = ("氏名：山田 太郎\n□糖尿病　□高血圧　□心臓病　□喘息　■肝炎　□腎臓病\n"
            "■高血圧 ☑ 喘息\n")
    assert detected(text, "sensitive") == ["肝炎", "高血圧", "喘息"]


@BOTH
def test_a_history_column_of_boxes(tmp_path, monkeypatch, table):
    """A 既往歴 cell of boxes holds its ticked choices only."""
    path = tmp_path / "問診.csv"
    path.write_text("氏名,既往歴\n山田 太郎,□糖尿病 ■高血圧\n佐藤 花子,■肝炎\n",
                    encoding="utf-8")
    assert values_of(scan_findings(path, monkeypatch, table), "sensitive") == {"高血圧", "肝炎"}


def test_printed_questions_and_notices_tell_nothing():
    """A question asked of everyone, a label answered なし, a notice to whoever has it
    (before: 妊娠中, 服薬, 糖尿病 and 骨粗鬆症 reported as the patient's)."""
    for line in ("妊娠中ですか（女性の方）：　□はい　■いいえ", "服薬中の薬：なし",
                 "※糖尿病・骨粗鬆症治療中の方は事前にお申し出ください。"):
        assert detected(f"山田 太郎 様\n{line}\n", "sensitive") == [], line
    assert detected("山田 太郎 様\n糖尿病で治療中です。\n", "sensitive") == ["糖尿病"]


def test_a_health_groups_columns_say_what_they_hold(tmp_path):
    """A merged 健康状態 over 既往歴 | 服薬中の薬 | アレルギー | 備考: only 既往歴 holds
    conditions (before: every cell under the group, 降圧剤, ペニシリン, 歯科恐怖症)."""
    sheet = write_xlsx(tmp_path / "問診票入力.xlsx", ["患者情報", None, "健康状態"], [
        ["カルテ番号", "氏名", "既往歴", "服薬中の薬", "アレルギー", "備考"],
        ["70091", "池田 春香", "骨粗鬆症", "降圧剤", "ペニシリン", "歯科恐怖症"],
        ["70092", "山田 太郎", "高血圧", "なし", "ラテックス", "金属"]])
    found = [f for f in pii.scan([sheet], workers=1) if isinstance(f, pii.Finding)]
    assert values_of(found, "sensitive") == {"骨粗鬆症", "高血圧"}


def test_a_lab_orders_number_is_no_card():
    """A Luhn-valid 技工指示書番号 in a lab's mail is no card (before: a card and a person)."""
    text = "・技工指示書番号 4536275534445260　患者名：池田　裕美子 様（女・41歳）\n"
    assert detected(text, "credit_card_number") == []


def test_a_kana_name_glued_to_its_honorific():
    """「カトウヒロシ様」: a known surname's reading and more (before: missed); a katakana word
    before 様 is none."""
    assert detected("・カトウヒロシ様 生年月日S３６.５.２２で本人確認済み。\n", "person_name") \
        == ["カトウヒロシ"]
    assert detected("オーナー様、カスタマーサポート様\n", "person_name") == []


def test_a_note_in_a_note_after_a_name(tmp_path):
    """「林　幹（長女（嫁ぎ先））」 is 林幹 (before: the whole cell, a person apart)."""
    path = tmp_path / "訪問.csv"
    path.write_text("患者氏名,キーパーソン\n佐藤 一郎,林　幹（長女（嫁ぎ先））\n", encoding="utf-8")
    assert ("person_name", "林幹") in personal_of(path)


@BOTH
def test_short_insurance_symbol_and_number(tmp_path, monkeypatch, table):
    """記号・番号 as a card prints a short pair (244・67) is found (before: six digits or more
    only)."""
    path = tmp_path / "患者台帳.csv"
    path.write_text("カルテ番号,氏名,記号・番号\n30016,林　晃,244・67\n30017,山田 花子,4439・4\n",
                    encoding="utf-8")
    assert values_of(scan_findings(path, monkeypatch, table), "health_insurance_number") \
        == {"24467", "44394"}


def test_a_letter_written_down_a_sheet(tmp_path):
    """A recall postcard's 文面 sheet, one cell a row: its clinic's address and TEL are the
    clinic's (before: each row a person)."""
    letter = write_xlsx(tmp_path / "recall.xlsx", ["定期検診のお知らせ"], [
        ["前回の検診から半年が経ちました。"], [], ["医療法人社団 慈歯会 けやき歯科医院"],
        ["神奈川県横浜市港北区台東2-25-6"], ["TEL 045-857-9546"], ["院長　渡辺　真綾"]])
    personal = personal_of(letter)
    assert personal[("phone_number", "0458579546")] is False
    assert people_in(tmp_path, {}) == 1  # (the director)
