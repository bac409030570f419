"""A real-estate brokerage's share (blind corpus 45): a sale's seller and buyer, each a
person of their own, its 宅地建物取引士, and a 登記簿's co-owners after their shares."""

from __future__ import annotations

from documents import detected
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii


@BOTH
def test_a_sales_seller_and_buyer_are_two(tmp_path, monkeypatch, table):
    """売主 | 買主 columns name two people a row (before: no names, one person a row)."""
    path = tmp_path / "成約一覧.csv"
    path.write_text("成約番号,成約日,売主,売主住所,買主,買主電話\n"
                    "5212345678901234,2023-05-01,松本健一,東京都練馬区豊玉北1-7-11,山口晃,09012345678\n"
                    "5298765432109876,2023-06-11,阿部里佳,東京都杉並区荻窪1-22-11,林拓真,08023456789\n",
                    encoding="utf-8")
    found = scan_findings(path, monkeypatch, table)
    assert {f.value for f in found if isinstance(f, pii.Finding)
            and f.category == "person_name"} == {"松本健一", "山口晃", "阿部里佳", "林拓真"}
    assert scan_people(path, monkeypatch, table) == 4


def test_a_deals_parties_in_text():
    """「売主：」 and 「買主：」 in a forwarded mail, a 宅地建物取引士 before their 登録番号, a
    登記簿's co-owner after their share (before: none found)."""
    assert detected("> 買主：池田　舞（平成9年5月26日生）\n> 売主：林　香織　住所 横浜市\n",
                    "person_name") == ["池田舞", "林香織"]
    assert detected("宅地建物取引士 前田 晃 登録番号 東京都 第176237号\n", "person_name") \
        == ["前田晃"]
    assert detected("共有者　横浜市港北区大倉山５－１８－１７\n　持分２分の１　林　香織\n",
                    "person_name") == ["林香織"]


@BOTH
def test_a_building_named_after_its_number_with_its_room_apart(tmp_path, monkeypatch, table):
    """「… 5丁目16番4号 ブリリア祐天寺弐番館 409号室」: a 館 is a building, its room after a
    space is the address's (before: the address ended at 4号)."""
    assert detected("住所：東京都目黒区祐天寺5丁目16番4号 ブリリア祐天寺弐番館 409号室\n",
                    "address") == ["東京都目黒区祐天寺5丁目16番4号ブリリア祐天寺弐番館409号室"]
    path = tmp_path / "顧客.csv"
    path.write_text("氏名,住所\n池田 舞,東京都目黒区祐天寺5-16-4 ブリリア祐天寺弐番館 409号室\n",
                    encoding="utf-8")
    assert {f.value for f in scan_findings(path, monkeypatch, table)
            if f.category == "address"} == {"東京都目黒区祐天寺5-16-4ブリリア祐天寺弐番館409号室"}
