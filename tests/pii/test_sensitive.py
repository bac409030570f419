"""要配慮個人情報: the conditions of health checks and referral letters, criminal procedure, and
a field's word (既往歴, 病名) that names no condition itself, on both table paths."""

from __future__ import annotations

import pytest
from faker import Faker
from table_paths import BOTH, scan_findings

from leakscope.pii import detect

_FAKE = Faker("ja_JP")
_FAKE.seed_instance(44)
_PERSON = f"{_FAKE.name()} 090-1234-5678 "  # personal data: a 要配慮 word beside it is theirs


def _sensitive(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.category == "sensitive"]


@pytest.mark.parametrize(("text", "value"), [
    ("肝機能障害（要再検査）", "肝機能障害"), ("脂質異常症", "脂質異常症"),
    ("腰椎椎間板ヘルニア 手術歴あり", "腰椎椎間板ヘルニア"), ("2021年に子宮筋腫で入院", "子宮筋腫"),
    ("2020年に胃がんで入院", "胃がん"), ("肺がんの術後", "肺がん"), ("大腸癌 stage II", "大腸癌"),
    ("乳ガン検診で要精密検査", "乳ガン"), ("がんで入院中", "がん"),
    ("起立性調節障害のため朝の登校が難しい", "起立性調節障害"),
    ("自閉スペクトラム症の診断", "自閉スペクトラム症"), ("ASD（自閉スペクトラム症）", "asd"),
    ("アルコール依存症の治療歴", "アルコール依存症"), ("ギャンブル依存症", "ギャンブル依存症"),
    ("現行犯逮捕された", "逮捕"), ("検挙歴あり", "検挙歴"), ("補導歴が2回", "補導歴"),
    ("高尿酸血症", "高尿酸血症"), ("心房細動で通院", "心房細動"), ("COPD", "copd"),
    ("双極性障害", "双極性障害"), ("人工透析を週3回", "人工透析"), ("療育手帳B2", "療育手帳b2"),
    ("精神障害者保健福祉手帳2級", "精神障害者保健福祉手帳2級"), ("妊娠12週", "妊娠12週"),
    ("うつ病と診断", "うつ病"), ("持病（てんかん）あり", "てんかん"), ("2型糖尿病", "2型糖尿病"),
])
def test_a_condition_is_reported_by_its_name(text, value):
    assert _sensitive(_PERSON + text) == [value]


@pytest.mark.parametrize("text", [
    "既往歴：特記事項なし", "既往歴 なし", "病歴：特になし", "所見なし", "異常なし",
    "既往歴は特にありません", "糖尿病の既往なし", "逮捕歴なし", "病名：",
    "既往歴等をご記入ください", "病名：不明", "既往歴：-", "がんばります",
    "システム障害が発生し、障害対応中です", "asdf",
])
def test_none_and_a_field_word_alone_report_nothing(text):
    assert _sensitive(_PERSON + text) == []


def test_a_field_word_reports_what_follows_it():
    assert _sensitive(_PERSON + "既往歴：糖尿病") == ["糖尿病"]
    assert _sensitive(_PERSON + "傷病名 2型糖尿病") == ["2型糖尿病"]
    assert _sensitive(_PERSON + "既往歴：虫垂炎（2010年）") == ["虫垂炎"]  # not a known word
    assert _sensitive(_PERSON + "既往歴あり") == ["既往歴"]  # one, unnamed


def test_one_mention_is_reported_once_and_a_negated_one_not_at_all():
    assert _sensitive(_PERSON + "高血圧（服薬中）") == ["高血圧"]
    # a list of conditions is each of them, and what is left of one is its own
    assert _sensitive(_PERSON + "病名：脳梗塞後遺症、慢性腎不全") == ["脳梗塞後遺症", "慢性腎不全"]
    # ... and so are two joined by a conjunction (blind corpus 28's 管理メモ)
    assert _sensitive(_PERSON + "本人は障害年金と障害者手帳（身体3級）あり") \
        == ["障害年金", "障害者手帳"]
    assert _sensitive(_PERSON + "逮捕歴なし 検挙歴あり") == ["検挙歴"]
    assert _sensitive("がんで入院") == []  # nobody near it


@BOTH
def test_a_health_check_sheet_on_both_table_paths(tmp_path, monkeypatch, table):
    notes = ["肝機能障害（要再検査）", "異常なし", "脂質異常症", "所見なし", "子宮筋腫で入院",
             "特記事項なし", "胃がん術後"]
    history = ["なし", "高血圧", "特記事項なし", "持病（てんかん）", "なし", "大腸癌", "なし"]
    rows = [f"{_FAKE.name()},{note},{past}" for note, past in zip(notes, history, strict=True)]
    path = tmp_path / "健診結果.csv"
    path.write_text("氏名,所見,既往歴\n" + "\n".join(rows) + "\n", encoding="utf-8")
    found = {(f.location["row"], f.location["field"], f.value)
             for f in scan_findings(path, monkeypatch, table) if f.category == "sensitive"}
    assert found == {(2, "所見", "肝機能障害"), (3, "既往歴", "高血圧"), (4, "所見", "脂質異常症"),
                     (5, "既往歴", "持病(てんかん)"), (6, "所見", "子宮筋腫"),
                     (7, "既往歴", "大腸癌"), (8, "所見", "胃がん")}


def test_a_text_read_again_is_read_as_the_first_time():
    # the recognizer carries the last condition it read (one mention, told by its first
    # term: 服薬 in 「高血圧（服薬中）」); reading the same text again from its start must not
    # take the last reading's
    import re

    from leakscope.pii.recognizers.sensitive import SensitiveRecognizer

    recognizer = SensitiveRecognizer()
    text = "既往歴：糖尿病。\n持病は高血圧（服薬中）・糖尿病です。"

    def reading() -> list[str]:
        return [c.value for m in re.finditer("糖尿病|高血圧|服薬", text)
                for c in recognizer.parse(text, m.start(), m.end())]

    # (「・糖尿病」: a list's next condition, its own)
    assert reading() == reading() == ["糖尿病", "高血圧", "糖尿病"]


@BOTH
def test_a_disability_written_as_a_welfare_office_writes_it(tmp_path, monkeypatch, table):
    """障がい (and 障碍) is 障害 as many offices write it: 知的障がい, 身体障がい者手帳 (with its
    grade: 身体障がい者手帳4級)."""
    path = tmp_path / "手帳交付台帳.csv"
    path.write_text("氏名,障がい名,手帳の種類\n"
                    f"{_FAKE.name()},知的障がい,療育手帳B\n"
                    f"{_FAKE.name()},聴覚障碍,身体障がい者手帳4級\n", encoding="cp932")
    found = {f.value for f in scan_findings(path, monkeypatch, table)
             if f.category == "sensitive"}
    assert found == {"知的障がい", "療育手帳b", "聴覚障碍", "身体障がい者手帳4級"}
    assert _sensitive(f"{_PERSON}障がい者手帳の申請") == ["障がい者手帳"]
    # guard: a system's fault is no one's disability, however written
    assert _sensitive(f"{_PERSON}システム障がいの報告") == []
