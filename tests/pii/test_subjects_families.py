"""本人の数 and families: a contact a family shares does not make its members one person, and a
bank's payer in half-width kana is the account holder of that reading.

End to end on real files, on the table path and cell by cell.
"""

from __future__ import annotations

import pytest
from test_households import _people as people_in

from leakscope.pii.romaji import name_keys
from leakscope.pii.subject_names import people_named

APP_USERS = (  # a learning app's export: each child's login is a parent's mail
    "user_id,login_id,display_name,grade\n"
    "1,hideki.kato@docomo.ne.jp,加藤 里佳,小6\n"
    "2,hideki.kato@docomo.ne.jp,加藤 直子,中2\n"
    "3,m.sato@icloud.com,佐藤 真綾,中3\n")
GUARDIANS = (
    "保護者氏名,フリガナ,メール,携帯\n"
    "加藤 秀樹,カトウ ヒデキ,hideki.kato@docomo.ne.jp,090-1111-2222\n"
    "佐藤 美紀,サトウ ミキ,m.sato@icloud.com,090-3333-4444\n")


def _people(tmp_path, monkeypatch, table: bool, files: dict[str, str]) -> int:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return people_in(tmp_path, monkeypatch, table)


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_children_under_a_parents_mail_are_people_of_their_own(tmp_path, monkeypatch, table):
    files = {"users.csv": APP_USERS, "保護者.csv": GUARDIANS}
    # three children and two parents (before: one person a family)
    assert _people(tmp_path, monkeypatch, table, files) == 5


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_a_bank_payer_in_half_width_kana_is_the_account_holder(tmp_path, monkeypatch, table):
    files = {
        "入居者.csv": "氏名,フリガナ,携帯\n井上 涼平,イノウエ リョウヘイ,080-5555-6666\n"
                   "服部 純,ハットリ ジュン,080-5555-7777\n",
        "名簿.csv": "氏名,携帯\n木村 洋介,080-7777-8888\n",  # no reading: SudachiDict's
        # a 全銀 transfer's payers: no small kana (ﾘﾖｳﾍｲ, ﾊﾂﾄﾘ, ｼﾞﾕﾝ), a name and an account
        "口座振替.csv": "口座名義,口座番号,金額\nｲﾉｳｴ ﾘﾖｳﾍｲ,1111111,80000\n"
                     "ﾊﾂﾄﾘ ｼﾞﾕﾝ,3333333,80000\nｷﾑﾗ ﾖｳｽｹ,2222222,19800\n",
    }
    assert _people(tmp_path, monkeypatch, table, files) == 3  # (before: 6)


def test_a_payer_whose_reading_two_people_share_is_one_of_them(tmp_path, monkeypatch):
    files = {
        "名簿.csv": "氏名,携帯\n木村 洋介,080-7777-8888\n木村 陽介,080-7777-9999\n",
        "口座振替.csv": "口座名義,口座番号\nｷﾑﾗ ﾖｳｽｹ,2222222\n",
    }
    # which キムラ ヨウスケ paid, no one can tell; one of the two, not a third
    assert _people(tmp_path, monkeypatch, True, files) == 2


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_a_foreign_payer_whose_reading_has_small_vowels_is_the_tenant(tmp_path, monkeypatch,
                                                                      table):
    """A bank writes ワン ウェイ as ﾜﾝ ｳｴｲ and グエン ヴァン アン as ｸﾞｴﾝ ｳﾞｱﾝ ｱﾝ: no small kana."""
    files = {
        "契約一覧.csv": "契約者,フリガナ,携帯\nWANG WEI,ワン ウェイ,080-5555-6666\n"
                     "NGUYEN VAN AN,グエン ヴァン アン,080-5555-7777\n",
        "口座振替.csv": "口座名義,口座番号,金額\nﾜﾝ ｳｴｲ,1111111,80000\nｸﾞｴﾝ ｳﾞｱﾝ ｱﾝ,3333333,80000\n",
    }
    assert _people(tmp_path, monkeypatch, table, files) == 2


def test_half_width_bank_kana_and_hepburn_give_one_key():
    assert name_keys("ｲﾉｳｴ ﾘﾖｳﾍｲ") == name_keys("イノウエ リョウヘイ")
    assert name_keys("ｲﾉｳｴ ﾘﾖｳﾍｲ")[0] in name_keys("Ryohei Inoue")
    assert name_keys("ﾊﾂﾄﾘ ｼﾞﾕﾝ")[0] in name_keys("Jun Hattori")
    assert name_keys("ｼﾖｳｼﾞ ﾅﾅﾐ") == name_keys("SHOJI NANAMI")
    assert name_keys("キヨシ") == name_keys("Kiyoshi")


def test_the_people_of_one_linked_persons_names():
    assert people_named(["山田 太郎", "山田太郎", "ヤマダ タロウ", "yamadataro"]) == 1
    assert people_named(["髙橋 一郎", "高橋一郎"]) == 1  # one name, two ways to write 高
    assert people_named(["佐藤 一郎", "佐藤 イチロウ"]) == 1  # a reading is no one more
    assert people_named(["加藤 秀樹", "加藤 里佳", "加藤 直子"]) == 3
    assert people_named(["加藤", "秀樹", "加藤 秀樹"]) == 1  # a surname or given name alone
    # a surname no dictionary knows: two names going on past it differently are two people
    assert people_named(["一口 和也", "一口 凛", "イモアライ リン"]) == 2
    assert people_named(["一口和也", "一口 和也", "一口和"]) == 1  # (one name, and its start)


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_a_policys_holder_and_the_insured_wife_under_a_rare_surname(tmp_path, monkeypatch,
                                                                    table):
    """契約者 一口 和也 and 記名被保険者 一口 凛 on one row, whose licence the drivers' list
    gives her: linked through it, still two people (were one)."""
    files = {
        "契約一覧.csv": "証券番号,契約者,記名被保険者,記名被保険者生年月日,運転免許証番号\n"
                    "764867225390,一口 和也,一口 凛,1972/03/05,452124527030\n",
        "運転者.csv": "運転者氏名,フリガナ,続柄,生年月日,運転免許証番号\n"
                   "一口 凛,イモアライ リン,配偶者,1972/03/05,452124527030\n",
    }
    assert _people(tmp_path, monkeypatch, table, files) == 2


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_a_name_written_only_in_kana_or_latin_is_the_person_of_that_reading(
        tmp_path, monkeypatch, table):
    files = {
        "生徒台帳.csv": "氏名,ふりがな,携帯\n佐藤 拓真,さとう たくま,090-1234-0001\n",
        "app_users.csv": "display_name,login_id\nサトウ タクマ,takuma.s@example.jp\n",
        # a foreign tenant in two lists, a phone in each (no common surname in the reading)
        "契約.csv": "契約者名,契約者カナ,携帯\nGURUNG BIKASH,グルン ビカシュ,080-4444-0001\n",
        "入居者.csv": "入居者氏名,フリガナ,携帯\nGURUNG BIKASH,グルン ビカシュ,080-4444-0002\n",
    }
    assert _people(tmp_path, monkeypatch, table, files) == 2  # (before: 4)


def test_a_reading_two_kanji_names_share_joins_neither(tmp_path, monkeypatch):
    files = {
        "名簿.csv": "氏名,フリガナ,携帯\n木村 洋介,キムラ ヨウスケ,080-7777-8888\n"
                  "木村 陽介,キムラ ヨウスケ,080-7777-9999\n",
        "app.csv": "display_name,login_id\nキムラ ヨウスケ,y.kimura@example.jp\n",
    }
    assert _people(tmp_path, monkeypatch, True, files) == 3  # which キムラ ヨウスケ is it?
