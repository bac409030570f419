"""A funeral home's share (blind corpus 41): the one who died is no one the count counts (a
死亡届's 死亡者氏名, 「故 山田 太郎 様」, 「…様がご逝去されました」), the living are (喪主, 届出人,
a 香典帳's ご芳名), and a 宗派 is a belief (信条)."""

from __future__ import annotations

from documents import detected, distinct_names, people_in, personal_of, values_of
from openpyxl import Workbook
from table_paths import BOTH, scan_findings, scan_people


@BOTH
def test_a_condolence_books_names_and_a_ledgers_sect(tmp_path, monkeypatch, table):
    """香典帳 「ご芳名」 is a name column (before: every attendee missed); a 施行台帳's 宗派
    column holds the family's sect (before: none), its 故人 no one the count counts."""
    names = distinct_names(60, 41)
    (tmp_path / "香典帳.csv").write_text("No,ご芳名,ご住所,電話番号,金額\n" + "".join(
        f"{i},{names[i]},東京都大田区北千束1-{i + 1}-5,070-4598-{i:04d},10000\n"
        for i in range(30)), encoding="utf-8")
    found = scan_findings(tmp_path / "香典帳.csv", monkeypatch, table)
    assert "".join(names[0].split()) in values_of(found, "person_name")
    sects = ["浄土真宗本願寺派", "曹洞宗", "創価学会"]
    (tmp_path / "施行台帳.csv").write_text(
        "施行番号,故人氏名,死亡日,喪主氏名,続柄,喪主電話,宗派\n" + "".join(
            f"{437842547309 + i},{names[30 + i]},2025/12/22,{names[i]},長女,"
            f"070-4598-{i:04d},{sects[i % 3]}\n" for i in range(30)), encoding="utf-8")
    assert values_of(scan_findings(tmp_path / "施行台帳.csv", monkeypatch, table),
                     "sensitive") == set(sects)
    assert scan_people(tmp_path, monkeypatch, table) == 30  # (the mourners, once each)


def test_a_sect_after_its_field_word():
    """「宗派：浄土真宗本願寺派」 is the whole sect (before: 浄土真宗, and the word 宗派 itself)."""
    text = "喪主：山田 一郎様 090-1111-2222\n宗派：浄土真宗本願寺派\n宗派は曹洞宗、菩提寺 長源寺\n"
    assert detected(text, "sensitive") == ["浄土真宗本願寺派", "曹洞宗"]


def test_the_one_who_died_is_no_one_the_count_counts(tmp_path):
    """A 死亡届's 死亡者氏名, 「故山田太郎様（…逝去、享年９１）」 and 「…様がご逝去されました」 name
    one who died: only the living 届出人 / 喪主 are counted (before: two people each)."""
    assert people_in(tmp_path, {"todoke.txt": (
        "死亡者氏名：山田 太郎\n生年月日：昭和10年8月13日\n死亡日時：令和7年10月10日\n"
        "届出人氏名：山田 一郎\n届出人電話：090-1111-2222\n")}) == 1
    assert people_in(tmp_path, {"todoke.txt": (
        "故山田太郎様（昭和１０年８月１３日生、令和７年１０月１０日逝去、享年９１）\n"
        "喪主：山田一郎様（長男）　連絡先 ０９０ー１１１１ー２２２２\n")}) == 1
    assert people_in(tmp_path, {"todoke.txt": (
        "正覚寺 ご住職様\n本日、中島直人様がご逝去されました。枕経をお願いいたします。\n"
        "喪主 中島 結衣様 070-2609-5767\n")}) == 1
    assert detected("事故山田様より連絡\n", "person_name") == ["山田"]


def test_a_mourners_column_and_the_deceased_label(tmp_path):
    """A 斎場's attachment 「喪主 | 電話」 names the mourner (before: the phone only); 「故人：」
    labels one who died."""
    (tmp_path / "mosh.csv").write_text("喪主,電話\n佐々木 春香,070-2609-5767\n", encoding="utf-8")
    assert ("person_name", "佐々木春香") in personal_of(tmp_path / "mosh.csv")
    assert detected("故人：中島 直人\n", "person_name") == ["中島直人"]


def test_a_death_registrations_birth_date_after_the_dead_is_theirs(tmp_path):
    """A 死亡届 sheet: 「死亡者氏名 | 斉藤 篤司」, then 「生年月日 | 昭和7年12月1日」 and 本籍 are
    the deceased's, the 届出人's rows the living one's: one person (before: the 届出人 held both
    birth dates and was counted twice)."""
    workbook = Workbook()
    sheet = workbook.active
    for row in (["死亡届・火葬許可申請書（控）"], [], ["火葬許可番号", "306659111499"],
                ["受付日", "2025/01/04"], ["死亡者氏名", "斉藤 篤司"],
                ["生年月日", "昭和7年12月1日"], ["死亡日時", "令和7年1月4日 午前3時15分"],
                ["死亡者住所", "長崎県目黒区北青山1-20-13"],
                ["本籍", "高知県長生郡一宮町油井433番地"],
                ["届出人氏名", "斉藤 零"], ["届出人住所", "静岡県国分寺市中鉢石町2-20-14"],
                ["届出人生年月日", "1996/08/18"], ["届出人電話", "070-6414-8484"]):
        sheet.append(row)
    workbook.save(tmp_path / "死亡届.xlsx")
    assert people_in(tmp_path, {}) == 1
