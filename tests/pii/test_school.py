"""本人の数 in a public school's files (a 年末調整 of its teachers, its health forms and its
rosters): whose a row's columns are when a row names two people."""

from __future__ import annotations

from table_paths import BOTH
from table_paths import scan_people as _people

from leakscope import pii

TEACHERS = ("井上　拓真", "山田　明美", "佐藤　健一", "鈴木　由美", "高橋　誠", "田中　里奈")
# a teacher's dependants: (name, kana, relation, birth date)
DEPENDANTS = (
    ("井上　美咲", "イノウエ　ミサキ", "長女", "2010/03/03"),
    ("井上　翔", "イノウエ　ショウ", "長男", "2013/07/21"),
    ("山田　浩二", "ヤマダ　コウジ", "夫", "1968/11/02"),
    ("佐藤　陽菜", "サトウ　ヒナ", "長女", "2008/01/15"),
    ("鈴木　大輔", "スズキ　ダイスケ", "長男", "2012/05/09"),
    ("高橋　和子", "タカハシ　カズコ", "母", "1948/09/30"),
    ("高橋　蓮", "タカハシ　レン", "次男", "2016/12/12"),
    ("田中　恵子", "タナカ　ケイコ", "妻", "1980/04/04"),
)


def _my_number(seed: int) -> str:
    body = f"{seed * 7919 + 40_000_000_000:011d}"[-11:]
    r = sum(int(d) * w for d, w in zip(body, (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    return body + str(0 if r <= 1 else 11 - r)


def _dependant_rows() -> list[list[str]]:
    """A 扶養親族 sheet's rows: the teacher first (職員氏名), then the dependant's columns."""
    owner = {t.split("　")[0]: t for t in TEACHERS}
    return [[owner[name.split("　")[0]], name, kana, relation, birth, _my_number(i), "同居"]
            for i, (name, kana, relation, birth) in enumerate(DEPENDANTS)]


_DEPENDANT_HEADER = ["職員氏名", "扶養親族氏名", "フリガナ", "続柄", "生年月日", "個人番号", "同居"]


@BOTH
def test_a_dependants_reading_birth_and_my_number_are_theirs(tmp_path, monkeypatch, table):
    # 年末調整 扶養親族: 職員氏名 | 扶養親族氏名 | フリガナ | 生年月日 | 個人番号. The columns after
    # the dependant's name went to the teacher of the first column, who then had a birth date
    # and a My Number a row and was as many people as they have dependants (+1 a row)
    path = tmp_path / "扶養親族.csv"
    path.write_text("\n".join(",".join(row) for row in [_DEPENDANT_HEADER, *_dependant_rows()])
                    + "\n", encoding="cp932")
    teachers = len({row[0] for row in _dependant_rows()})
    assert _people(path, monkeypatch, table) == teachers + len(DEPENDANTS)


def test_a_year_end_adjustment_book_counts_teachers_and_dependants(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    staff = book.active
    staff.title = "扶養控除等申告"
    staff.append(["職員番号", "氏名", "フリガナ", "生年月日", "個人番号", "〒", "住所", "携帯電話"])
    for i, name in enumerate(TEACHERS):
        staff.append([f"T{3001 + i}", name, f"カナ{i}", f"1970/05/{i + 1:02d}",
                      _my_number(100 + i), f"359-11{50 + i}", f"埼玉県所沢市久米{i + 1}丁目4番5号",
                      f"090-1111-{2220 + i}"])
    dependants = book.create_sheet("扶養親族")
    dependants.append(_DEPENDANT_HEADER)
    for row in _dependant_rows():
        dependants.append(row)
    path = tmp_path / "年末調整_R6_教職員.xlsx"
    book.save(path)
    run = pii.scan([path], workers=1)
    found = [f for f in run if isinstance(f, pii.Finding)]
    assert run.summary.subjects == len(TEACHERS) + len(DEPENDANTS)  # was 6 + 8 + 7
    assert sum(f.category == "my_number" for f in found) == len(TEACHERS) + len(DEPENDANTS)


@BOTH
def test_an_employees_own_columns_before_a_spouses_name_stay_theirs(tmp_path, monkeypatch,
                                                                    table):
    # guard: 氏名 | フリガナ | 生年月日 | 個人番号 | 扶養親族氏名 | 続柄 | 住所: the employee's own
    # birth date and My Number before the dependant's name are still the employee's, and the
    # home after it the household's; each row two people
    rows = [["氏名", "フリガナ", "生年月日", "個人番号", "扶養親族氏名", "続柄", "住所"]]
    for i, name in enumerate(TEACHERS):
        rows.append([name, f"カナ{i}", f"1970/05/{i + 1:02d}", _my_number(200 + i),
                     DEPENDANTS[i][0].split("　")[0] + f"　{'一二三四五六'[i]}郎", "子",
                     f"埼玉県所沢市久米{i + 1}丁目4番5号"])
    path = tmp_path / "職員.csv"
    path.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="cp932")
    assert _people(path, monkeypatch, table) == 2 * len(TEACHERS)



_PUPILS = (("加藤　陽一", "かとう　よういち", "2017/12/07", "加藤　くみ子"),
           ("加藤　知花", "かとう　ちか", "2015/06/03", "加藤　くみ子"),
           ("村上　直人", "むらかみ　なおと", "2016/02/11", "村上　千尋"),
           ("前田　晃", "まえだ　あきら", "2016/08/30", "前田　結衣"),
           ("西村　七海", "にしむら　ななみ", "2017/04/19", "西村　恭子"),
           ("岡本　蓮", "おかもと　れん", "2016/10/01", "岡本　真由美"))


def _school_files(tmp_path) -> int:
    """A roster (child, DOB, guardian, home) and a health form (child, DOB, the guardian's
    mobile under 緊急連絡先（保護者携帯）, no guardian's name); the people in them."""
    roster = ["学年,組,児童氏名,ふりがな,生年月日,保護者氏名,続柄,住所,電話番号"]
    health = ["学年,組,氏名,ふりがな,生年月日,既往症,かかりつけ医,医療機関電話,"
              "緊急連絡先（保護者携帯）"]
    for i, (child, kana, birth, guardian) in enumerate(_PUPILS):
        home = f"埼玉県所沢市山口{i + 1}丁目10番11号"
        roster.append(f"1,1,{child},{kana},{birth},{guardian},母,{home},04-2980-51{i:02d}")
        mobile = f"080-4534-{2456 if guardian == '加藤　くみ子' else 2400 + i}"
        health.append(f"1,1,{child},{kana},{birth},なし,みどり台こどもクリニック,04-2921-6600,"
                      f"{mobile}")
    (tmp_path / "名簿.csv").write_text("\n".join(roster) + "\n", encoding="cp932")
    (tmp_path / "保健調査票.csv").write_text("\n".join(health) + "\n", encoding="cp932")
    return len(_PUPILS) + len({guardian for *_, guardian in _PUPILS})


@BOTH
def test_a_guardians_mobile_on_a_health_form_is_the_guardian_of_the_roster(
        tmp_path, monkeypatch, table):
    # the health form's 緊急連絡先（保護者携帯） names no one: the mobile was a person of its
    # own a child (+5 here; blind corpus 23: +27 at that file); it is the guardian the roster
    # names for the same child (name and birth date)
    people = _school_files(tmp_path)
    assert _people(tmp_path, monkeypatch, table) == people


@BOTH
def test_two_named_guardians_of_one_child_stay_two(tmp_path, monkeypatch, table):
    # guard: the father in one list and the mother in another, each for the same child, are
    # two people (the child's key joins them; their kanji names keep them apart)
    people = _school_files(tmp_path)
    father = ["学年,組,児童氏名,生年月日,保護者氏名,保護者携帯"]
    for i, (child, _kana, birth, guardian) in enumerate(_PUPILS):
        father.append(f"1,1,{child},{birth},{guardian.split('　')[0]}　{'一二三四五六'[i]}郎,"
                      f"090-7000-{i:04d}")
    (tmp_path / "学童申込.csv").write_text("\n".join(father) + "\n", encoding="cp932")
    assert _people(tmp_path, monkeypatch, table) == people + len(_PUPILS)
