"""A wedding hall's share (blind corpus 50): couples listed 新郎 | 新婦, a dress's 着用者, a
planners' chat about 「藤原様の新婦さん」, a manual's 「例）結婚 太郎」; and a 接骨院's (blind
corpus 51): injuries, a 問診票's medicines, a referral's doctor and its 柔道整復師."""

from __future__ import annotations

from documents import detected, values_of
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii


@BOTH
def test_a_couples_list_names_the_groom_and_the_bride(tmp_path, monkeypatch, table):
    """新郎 | 新婦 columns hold two people a row, each with their own birth date (before:
    neither column was read as names)."""
    path = tmp_path / "成約者_2019.csv"
    path.write_text("No,挙式日,新郎,新婦,生年月日(新郎),生年月日(新婦),住所,TEL\n"
                    "W20190001,R1.6.2,山崎翔太,橋本里佳,S63.5.4,H2/5/16,"
                    "世田谷区上吉羽5丁目10番13号,090-2621-5442\n"
                    "W20190002,R1.6.9,田中一郎,佐藤花子,S60.5.4,H1/5/16,"
                    "世田谷区上吉羽5丁目10番14号,090-2621-5443\n", encoding="cp932")
    assert values_of(scan_findings(path, monkeypatch, table), "person_name") \
        == {"山崎翔太", "橋本里佳", "田中一郎", "佐藤花子"}
    assert scan_people(path, monkeypatch, table) == 4


def test_a_dress_rentals_wearer(tmp_path):
    path = tmp_path / "衣装レンタル.tsv"
    path.write_text("衣装ID\t成約番号\t着用者\t身長\t連絡先\nD6488\tW20260009\t松田里佳\t155\t"
                    "09066541534\n", encoding="utf-8")
    found = [f for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)]
    assert values_of(found, "person_name") == {"松田里佳"}


def test_whose_bride_is_no_name_and_a_manuals_examples_are_nobodys(tmp_path):
    """「藤原様の新婦さん」 names 藤原 only; a manual's 「氏名：例）結婚 太郎」 is an example."""
    assert detected("藤原様の新婦さん、生年月日がS63.5.4で登録されてたけど合ってます？\n",
                    "person_name") == ["藤原"]
    path = tmp_path / "予約システム操作マニュアル.txt"
    path.write_text("予約システム操作マニュアル\n\u3000氏名：例）結婚 太郎\n"
                    "\u3000電話：例）090-0000-0000\n", encoding="utf-8")
    assert [f for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)] == []


def test_a_bone_clinics_injuries_and_signatures(tmp_path):
    """A 接骨院's (blind corpus 51): 腰部挫傷 and 右母指MP関節捻挫 are injuries, a 負傷名 cell
    is one, a referral's 「後藤 彩 先生 御侍史」 and its 「柔道整復師 前田 久美子」 are people
    (before: none was found), and a manual's 「氏名（例：接骨 太郎）」 and 「test@example.com の
    ように入力」 are examples."""
    assert detected("山田太郎さん 腰部挫傷で通院、右母指MP関節捻挫\n", "sensitive") \
        == ["腰部挫傷", "右母指mp関節捻挫"]
    assert [f.value for f in pii.detect("右肩関節周囲炎", label="負傷名")] == ["右肩関節周囲炎"]
    letter = ("診療情報提供書（紹介状）\n川口中央整形外科クリニック\n後藤 彩 先生 御侍史\n"
              "患者氏名：山田 久美子 様\nさかえ接骨院   柔道整復師 前田 久美子\n")
    assert detected(letter, "person_name") == ["後藤彩", "山田久美子", "前田久美子"]
    path = tmp_path / "レセコン入力手順.txt"
    path.write_text("【レセコン入力手順】\n1. 新患登録：氏名（例：接骨 太郎）、"
                    "生年月日（例：S50.1.1）を入力\n2. メールは test@example.com のように入力\n",
                    encoding="utf-8")
    assert [f for f in pii.scan([path], workers=1)
            if isinstance(f, pii.Finding) and f.personal] == []


def test_a_line_messages_name_before_a_comma():
    """「予約変更お願いします。藤井直美、電話は…です」: the writer (before: missed); 「今日は、」
    and a surname alone are no one."""
    assert detected("予約変更お願いします。藤井直美、電話は08092824069です\n", "person_name") \
        == ["藤井直美"]
    assert detected("ありがとう。今日は、元気です\n", "person_name") == []
    assert detected("了解です。田中、明日よろしく\n", "person_name") == []
    assert detected("（39歳）。希望は受付、週4日。\n", "person_name") == []  # (受付: a label)


def test_a_handover_memos_login_pair():
    """「予約システムのログイン：planner1 / Lumiere2026!」 and 「ID/PW: shop01 / Kanri#2024」: the
    password after the slash (before: nothing, and shop01 for the second); a date after ログイン
    is none."""
    text = ("※予約システムのログイン：planner1 / Lumiere2026!\nID/PW: shop01 / Kanri#2024\n"
            "ログイン：2024/05/01\nID: counselK001 / PW: En1Bridal#001\n")
    assert detected(text, "credential") == ["Lumiere2026!", "Kanri#2024", "En1Bridal#001"]
