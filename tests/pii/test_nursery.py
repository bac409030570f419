"""A nursery's share (blind corpus 48): a class list with hiragana readings and guardians, a
shift sheet of abbreviated names, a 登降園 app's pick-ups, a family survey's relative nearby,
a staff member's leave mail, a manual's examples marked （例）."""

from __future__ import annotations

import sqlite3

from documents import detected, scanned, values_of
from openpyxl import Workbook
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii


def test_a_class_list_line_with_a_hiragana_reading_and_a_guardian():
    """「山下 日葵（やました ひまり）　保護者：山下 愛　070-…」: the child, her reading and her
    guardian (before: only the phone)."""
    text = "ひよこ組\u3000山下 日葵（やました ひまり）\u3000保護者：山下 愛\u3000070-7623-6788\n"
    assert detected(text, "person_name") == ["山下日葵", "やましたひまり", "山下愛"]
    assert detected("東京駅（とうきょうえき）で待ち合わせ\n", "person_name") == []
    assert detected("予定（まだ）\n", "person_name") == []


def test_a_childs_name_before_the_guardians_and_a_parents_line():
    """An outing's 「金子　朝陽　　保護者 金子 恵 様」, a memo's 「橋本莉子（R2.7.17生）」 and
    「橋本 柚葉 の父です」 (before: only the guardians were found)."""
    assert detected("金子\u3000朝陽\u3000\u3000保護者 金子 恵 様\u3000080-6007-1751\n",
                    "person_name") == ["金子朝陽", "金子恵"]
    assert detected("・ぱんだ組 橋本莉子（R2.7.17生）父 橋本拓也さん\n", "person_name") \
        == ["橋本莉子", "橋本拓也"]
    assert detected("・ひよこ組 橋本 柚葉 の父です。\n", "person_name") == ["橋本柚葉"]


@BOTH
def test_a_shift_sheets_abbreviated_names_are_no_one_of_their_own(tmp_path, monkeypatch,
                                                                  table):
    """「林 誠.」, 「金子 由.」: a surname and an initial, the staff named in full elsewhere
    (before: each row was a person)."""
    path = tmp_path / "shift.csv"
    path.write_text("氏名,11/1,11/2\n林 誠.,早,遅\n中野 理.,中,休\n金子 由.,遅,早\n",
                    encoding="utf-8")
    assert scan_people(path, monkeypatch, table) == 0


def test_an_attendance_apps_pick_ups(tmp_path):
    """attendance.pickup_by names who collected the child, and 母 names no one (before: the
    grandparents were not found, and once they were, every 母 row was a person)."""
    path = tmp_path / "tokoen.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE attendance(id INTEGER PRIMARY KEY, child_id TEXT, date TEXT, "
               "pickup_by TEXT, note TEXT)")
    db.executemany("INSERT INTO attendance(child_id, date, pickup_by, note) VALUES (?,?,?,?)",
                   [("C01", "2024-10-01", "母", ""), ("C02", "2024-10-01", "山下 早苗", ""),
                    ("C01", "2024-10-02", "母", ""), ("C03", "2024-10-02", "藤井 和子", ""),
                    ("C02", "2024-10-03", "山下 早苗", "")])
    db.commit()
    db.close()
    found, people = scanned(path)
    assert values_of(found, "person_name") == {"山下早苗", "藤井和子"}
    assert people == 2


def test_a_family_surveys_relative_nearby_and_their_phone(tmp_path):
    """近隣の親族 | 橋本 茂（祖父（父方））, 親族連絡先 | 090-…: a person of their own, with that
    phone (before: not read)."""
    book = Workbook()
    sheet = book.active
    for row in [("家庭状況調査票", None), ("児童氏名", "橋本柚葉"),
                ("生年月日", "令和5年10月8日"), ("住所", "埼玉県戸田市下戸田5-3-9"),
                ("父 氏名", "橋本 拓也"), ("父 連絡先", "090-7897-2654"),
                ("近隣の親族", "橋本 茂（祖父（父方））"), ("親族連絡先", "090-4109-4904"),
                ("配慮事項", "母 産後うつで通院中")]:
        sheet.append(row)
    path = tmp_path / "家庭状況調査票.xlsx"
    book.save(path)
    found, people = scanned(path)
    assert "橋本茂" in values_of(found, "person_name")
    assert "産後うつ" in values_of(found, "sensitive")
    assert people == 3


def test_a_leave_mail_tells_the_clinic_and_the_condition():
    """「心療内科で適応障害と診断され」: both (before: the condition after the clinic was taken
    for the same mention); a nursery's infections are conditions."""
    text = "お疲れ様です。中野理恵です。\n心療内科で適応障害と診断され、休職させてください。\n"
    assert detected(text, "sensitive") == ["心療内科", "適応障害"]
    assert detected("山下 日葵ちゃん インフルエンザA型のため欠席\n", "sensitive") \
        == ["インフルエンザa型"]
    assert detected("山田太郎さん 高血圧（服薬中）\n", "sensitive") == ["高血圧"]
    assert detected("山田太郎様\nインフルエンザ・新型コロナの流行期に入りました。\n",
                    "sensitive") == []


def test_a_manuals_values_marked_as_examples_and_titles_before_names(tmp_path):
    """「氏名：保育 太郎（例）」 is a manual's; 「園長 林 誠」 in a header and 「戸田ファミリー
    小児科 青木医師」 in a 主治医 cell are 林誠 and 青木."""
    path = tmp_path / "操作マニュアル.txt"
    path.write_text("こどもノート 操作マニュアル\n\n1. 保護者の登録\n  氏名：保育 太郎（例）\n"
                    "  生年月日：2020/01/01（例）\n", encoding="utf-8")
    found, people = scanned(path)
    assert [f for f in found if f.personal] == [] and people == 0
    assert [f.value for f in pii.detect("園長 林 誠 <staff01@example-hoiku.jp>", label="To")
            if f.category == "person_name"] == ["林誠"]
    assert [f.value for f in pii.detect("戸田ファミリー小児科 青木医師", label="主治医")] \
        == ["青木"]


@BOTH
def test_a_food_allergy_columns_foods_are_each_an_allergy(tmp_path, monkeypatch, table):
    """原因食物 | 乳・そば: 乳アレルギー and そばアレルギー, a child's (before: nothing); a menu's
    アレルゲン column is no one's."""
    path = tmp_path / "アレルギー一覧.csv"
    path.write_text("児童名,生年月日,原因食物,食物アレルギー\n中島陽翔,2023-10-27,乳・そば,\n"
                    "酒井柚葉,2023-09-11,くるみ、えび除去,ごま（加熱可）\n村上朝陽,2021-07-18,なし,\n",
                    encoding="utf-8")
    found = scan_findings(path, monkeypatch, table)
    assert sorted((f.location["row"], f.value) for f in found if f.category == "sensitive") \
        == [(2, "そばアレルギー"), (2, "乳アレルギー"), (3, "えびアレルギー"),
            (3, "くるみアレルギー"), (3, "ごまアレルギー")]
    menu = tmp_path / "menu.csv"
    menu.write_text("商品名,価格,アレルゲン\nオムライス,900,卵・乳・小麦\nざるそば,700,そば・小麦\n",
                    encoding="utf-8")
    assert scan_findings(menu, monkeypatch, table) == []


def test_a_guest_lists_dish_note_and_a_class_lists_removed_food():
    """「乳製品NG(アレルギー)」 and 「※卵除去」 are a person's allergy; a kitchen's 卵除去食 is no
    one's."""
    assert detected("三浦 直人 様\tお料理：乳製品NG(アレルギー)\n", "sensitive") \
        == ["乳製品ng(アレルギー)"]
    assert detected("金子\u3000朝陽\u3000\u3000保護者 金子 恵 様\u3000080-6007-1751"
                    "\u3000※エピペン携帯\u3000※卵除去\n", "sensitive") == ["卵除去"]
    assert detected("金子 朝陽 様 080-6007-1751\n本日の給食は卵除去食に対応しています。\n",
                    "sensitive") == []
