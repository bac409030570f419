"""A city 保健センター's share (blind corpus 60): a coupon log of JSON Lines named .json, a
健診 booking's nested guardian and child, a staff list by 内線, a 健診 list's 担当保健師, case
notes; and a 町内会's (blind corpus 61): officers by their title, 避難行動要支援者, a guide's
「次のように記入してください」."""

from __future__ import annotations

import json

from documents import detected, scanned, values_of

from leakscope import pii


def test_json_lines_named_json(tmp_path):
    """A log of one object a line named .json is read as JSON Lines (before: an error,
    "invalid JSON (Extra data)", and its keys lost as text); a truly broken file still is
    an error."""
    path = tmp_path / "coupon_202410.log.json"
    path.write_text("".join(json.dumps(
        {"event": "coupon_issued", "target": name, "birth": born, "tel": tel},
        ensure_ascii=False) + "\n" for name, born, tel in (
        ("高橋和也", "2024-04-18", "070-0847-0054"), ("前田知実", "2024-07-20", "090-7081-7221"))),
        encoding="utf-8")
    found, people = scanned(path)
    assert values_of(found, "phone_number") == {"07008470054", "09070817221"}
    assert {f.location["record"] for f in found} == {"1", "2"} and people == 2
    broken = tmp_path / "broken.json"
    broken.write_text('{"name": "高橋和也"} {"name": "前田知実"}\n', encoding="utf-8")
    assert any(isinstance(item, pii.ScanError) and "Extra data" in item.message
               for item in pii.scan([broken], workers=1))


def test_a_booking_with_a_nested_guardian_and_child(tmp_path):
    """{"guardian": {…}, "child": {…}, "address": …}: two people, the address theirs (before:
    the child's object another person than the record's own, three)."""
    path = tmp_path / "yoyaku.jsonl"
    path.write_text(json.dumps({
        "form": "kenshin_4m", "guardian": {"name": "青木明美", "tel": "070-2378-4892"},
        "child": {"name": "青木 里佳", "birthday": "2024-06-17"}, "zip": "3598816",
        "address": "所沢市土沢5丁目19番6号"}, ensure_ascii=False) + "\n", encoding="utf-8")
    found, people = scanned(path)
    assert values_of(found, "person_name") == {"青木明美", "青木里佳"} and people == 2


def test_staff_by_extension_and_a_checkups_nurse(tmp_path):
    """「1. 福田 春香\t内線263\t携帯 080-…」 names a person (before: only the phone and mail); a
    健診 list's 担当保健師 column holds people; 「鈴木学ちゃん（令和6年7月28日生）」 is 鈴木学."""
    text = ("母子保健係 職員連絡網\n1. 福田 春香\t内線263\t携帯 080-4018-4383\n"
            "2. 藤井 結衣\t内線283\t携帯 070-2828-7355\n")
    assert detected(text, "person_name") == ["福田春香", "藤井結衣"]
    assert detected("先日の鈴木学ちゃん（令和6年7月28日生）の件、受理しました。\n",
                    "person_name") == ["鈴木学"]
    path = tmp_path / "4か月健診.csv"
    path.write_text("健診日,児氏名,生年月日,所見,担当保健師\n2024-08-21,高橋 和也,2024-04-18,"
                    "股関節開排制限,斎藤 直子\n", encoding="utf-8")
    found = scanned(path)[0]
    assert values_of(found, "person_name") == {"高橋和也", "斎藤直子"}
    assert values_of(found, "sensitive") == {"股関節開排制限"}


def test_case_notes_of_abuse_and_violence():
    """「身体的虐待疑い」, 「夫からのDV」, ネグレクト are a case's 要配慮 (before: none)."""
    text = ("氏名：高橋 香織\n主訴：夫からのDV（母が避難希望）。父からの身体的虐待疑い。"
            "ネグレクトの可能性。\n")
    assert detected(text, "sensitive") == ["夫からのdv", "身体的虐待", "ネグレクト"]


def test_officers_by_title_and_people_needing_help():
    """「会長 坂本 真綾」, 「防災部長　石井 陽一」 name officers (before: no one);
    「避難行動要支援者」 is a kind of people, no one's 要支援 (before: a condition)."""
    text = "霞ケ丘二丁目町内会　会長 坂本 真綾\n防災部長　石井 陽一\n"
    assert detected(text, "person_name") == ["坂本真綾", "石井陽一"]
    assert detected("太田 涼平さん：避難行動要支援者の名簿に登録。要支援2。\n",
                    "sensitive") == ["要支援2"]


def test_a_guides_lines_under_its_instruction(tmp_path):
    """The lines under 「名簿には次のように記入してください。」 are a guide's example (before:
    its address, mail, birth date and postal code)."""
    path = tmp_path / "記入の手引き.txt"
    path.write_text("名簿には次のように記入してください。\n氏名：山田 太郎　住所：霞ケ丘2-0-0\n"
                    "メール：yamada@example.com　生年月日：昭和50年1月1日　〒000-0000\n\n"
                    "問合せ：会長 坂本 真綾（090-3141-5926）\n", encoding="utf-8")
    found = scanned(path)[0]
    assert values_of(found, "person_name") == {"坂本真綾"}
    assert {f.category for f in found} == {"person_name", "phone_number"}


def test_a_doctors_title_before_a_particle():
    """「主治医 … 伊藤 幹医師に情報提供」 is 伊藤幹 (before: 伊藤幹医師, a person of its own)."""
    text = "既往歴：子宮筋腫。主治医 所沢中央産婦人科クリニック 伊藤 幹医師に情報提供済み。"
    assert detected(text, "person_name") == ["伊藤幹"]
