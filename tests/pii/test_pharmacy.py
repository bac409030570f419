"""A dispensing pharmacy's share (blind corpus 36): a prescription's doctor, pharmacist and
the parent who collected it are people of their own; a reading before a name in brackets;
drug names are no one's; a pharmacy's own words are no one's condition."""

from __future__ import annotations

import json

import pytest
from documents import detected, values_of
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii


@BOTH
def test_a_prescriptions_people(tmp_path, monkeypatch, table):
    """患者氏名 | 処方医 | 代理受取 | 担当薬剤師: four people a row, each named (before: the
    doctor, the proxy and the pharmacist were not read as names)."""
    (tmp_path / "reception.csv").write_text(
        "処方箋番号,患者氏名,電話,処方医,代理受取,担当薬剤師\n"
        "200047,高橋あすか,090-1234-5678,斉藤 舞,高橋 桃子,山下 太一\n"
        "200048,林 涼平,080-2222-3333,斉藤 舞,,山下 太一\n", encoding="utf-8")
    found = scan_findings(tmp_path, monkeypatch, table)
    assert values_of(found, "person_name") == {
        "高橋あすか", "斉藤舞", "高橋桃子", "山下太一", "林涼平"}
    assert scan_people(tmp_path, monkeypatch, table) == 5


@pytest.mark.parametrize("records", [1, 40], ids=["one record", "a log (the table path)"])
def test_drug_names_under_a_name_key_are_no_ones(tmp_path, records):
    """A prescription's items[].name: a medicine (its dosage form says so), no person."""
    (tmp_path / "rx.jsonl").write_text(records * (json.dumps({
        "patient_name": "林 涼平", "items": [
            {"yj": "1319760Q1037", "name": "ラタノプロスト点眼液", "days": 30},
            {"yj": "2649735N1020", "name": "ヘパリン類似物質クリーム", "days": 14}]},
        ensure_ascii=False) + "\n"), encoding="utf-8")
    found = [f for f in pii.scan([tmp_path], workers=1) if isinstance(f, pii.Finding)]
    assert values_of(found, "person_name") == {"林涼平"}


def test_a_reading_before_a_name_in_brackets():
    """「・シミズカズヤ（清水和也）様」: both the name and its reading, when it reads so."""
    line = "・シミズカズヤ（清水和也）様　昭和３３年１０月４日生\n"
    assert sorted(detected(line, "person_name")) == ["シミズカズヤ", "清水和也"]
    assert detected("カルテ（本院）を参照、ヤマダ（山口）様\n", "person_name") == []
    # a relation in brackets after a name that ends in kana is still the relation's layout
    assert detected("緊急連絡先 山田さゆり（長女）080-6006-4422\n", "person_name") == [
        "山田さゆり"]


def test_names_after_a_care_role_or_a_holder_in_text():
    """訪問薬剤師, 担当獣医師, 処方医 label a name in text; 名義 a name in katakana too."""
    assert detected("訪問薬剤師：阿部 美加子　（株式会社みどり調剤 本町店）\n",
                    "person_name") == ["阿部美加子"]
    assert detected("処方医　斉藤 舞\n", "person_name") == ["斉藤舞"]
    assert detected("新しい口座：横浜銀行 相模大野支店 普通 9350461\n名義：ムラカミ アスカ\n",
                    "person_name") == ["ムラカミアスカ"]
    assert detected("名義：カブシキガイシャ\n", "person_name") == []


def test_a_pharmacys_own_words_are_no_ones_condition():
    """服薬指導記録, お薬手帳シール, 投薬済, where a 病名 was read, and what is done for every
    patient of a condition name no one's; 花粉症 and 小児喘息 are conditions, as written."""
    text = ("株式会社みどり調剤　本町店　服薬指導記録（令和７年１１月分）\n"
            "お薬手帳シール再発行　依頼一覧\n"
            "患者：高橋　あすか 様（平成29年1月30日生、８歳）\n"
            "状態：投薬済\n"
            "病名（処方箋備考より）：高血圧症\n"
            "・糖尿病の患者さんには毎回確認すること。\n")
    assert detected(text, "sensitive") == ["高血圧症"]
    assert detected("患者：林 涼平 様\n内容：花粉症にてフェキソフェナジン錠継続中。"
                    "小児喘息の既往あり。\n", "sensitive") == ["花粉症", "小児喘息"]


def test_a_carers_name_is_no_anchor_for_a_leaflets_conditions():
    """A leaflet for everyone, signed by its 管理薬剤師: its conditions are no one's (before:
    the pharmacist's name made them personal); a patient's name still does."""
    leaflet = ("糖尿病と上手につきあうために\n"
               "管理薬剤師：阿部 美加子　／　発行日：令和７年１０月１日\n"
               "糖尿病は高血圧症や脂質異常症を合併しやすく、網膜症にも注意が必要です。\n")
    assert detected(leaflet, "person_name") == ["阿部美加子"]
    assert detected(leaflet, "sensitive") == []
    assert detected("患者：林 涼平 様\n" + leaflet, "sensitive") != []


@BOTH
def test_a_patient_whose_note_says_they_died(tmp_path, monkeypatch, table):
    """備考 「令和7年8月2日 死亡のため終了（ご家族より連絡）」: the row's person died and is no
    one the count counts; a note of a relative's death is not theirs."""
    (tmp_path / "patients.csv").write_text(
        "患者番号,氏名,生年月日,電話番号,備考\n"
        "200009,鈴木　零,S08.05.13,042-765-0004,令和7年8月2日 死亡のため終了（ご家族より連絡）\n"
        "200010,林 涼平,S40.01.02,042-765-0005,父死亡のため連絡先変更\n", encoding="utf-8")
    assert scan_people(tmp_path, monkeypatch, table) == 1


def test_a_given_name_alone_in_text_is_no_one_of_its_own(tmp_path):
    """「長女の舞様が週２回訪問」 after 「山崎 舞（長女）」: the daughter the record names in full,
    not a third person (a given name alone, like a surname alone, identifies no one)."""
    (tmp_path / "visit.txt").write_text(
        "お薬カレンダーにて管理。長女の舞様が週２回訪問し確認。\n"
        "利用者：山崎 零 様　042-767-9734\n"
        "キーパーソン：山崎 舞（長女）080-2633-6980\n", encoding="utf-8")
    run = pii.scan([tmp_path], workers=1)
    assert "舞" in {f.value for f in run if isinstance(f, pii.Finding)}
    assert run.summary.subjects == 2
