"""本人の数: a bank account links two records only with a name (``subject_group_keys.ACCOUNTS``).

A rental agency's contract ledger holds two tenants named 石川 充, each with an account; the
deposit refunds (敷金返還) go to ｲｼｶﾜ ﾐﾂﾙ at the account of each, with the address they moved
to. By name alone neither refund can say which tenant it is; the account says. An account
alone links no one: a parent pays a child's rent from it.
"""

from __future__ import annotations

from table_paths import BOTH, scan_people

LEDGER = ("契約者名,フリガナ,携帯電話,口座番号\n"
          "石川 充,イシカワ ミツル,080-1111-0001,1111111\n"
          "石川 充,イシカワ ミツル,080-2222-0002,2222222\n")


def _refunds(folder, *rows: str) -> None:
    """The contract ledger and a 敷金返還 file of ``rows`` (受取人名,口座番号,転居先)."""
    (folder / "契約台帳.csv").write_text(LEDGER, encoding="cp932")
    (folder / "敷金返還.csv").write_text("受取人名,口座番号,転居先\n" + "".join(
        f"{row}\n" for row in rows), encoding="cp932")


@BOTH
def test_a_refund_to_a_tenants_account_is_that_tenant(tmp_path, monkeypatch, table):
    _refunds(tmp_path, "ｲｼｶﾜ ﾐﾂﾙ,1111111,東京都品川区大崎3-17-2",
             "ｲｼｶﾜ ﾐﾂﾙ,2222222,東京都世田谷区三軒茶屋3-1-23")
    assert scan_people(tmp_path, monkeypatch, table) == 2  # was 4


@BOTH
def test_one_account_under_two_names_is_two_people(tmp_path, monkeypatch, table):
    _refunds(tmp_path, "ｲｼｶﾜ ﾊﾅｺ,1111111,東京都品川区大崎3-17-2")
    assert scan_people(tmp_path, monkeypatch, table) == 3


def test_a_memo_refund_to_a_tenants_account_is_that_tenant(tmp_path, monkeypatch):
    (tmp_path / "契約台帳.csv").write_text(LEDGER, encoding="cp932")
    (tmp_path / "管理メモ.txt").write_text(
        "■ R6.8.2 石川 充様 退去立会い。鍵返却済。\n"
        "敷金返還先：ゆうちょ銀行品川支店 普通 ２２２２２２２　日割り精算。\n"
        "転居先 福岡県福岡市中央区大名２－９－２５\n", encoding="utf-8")
    assert scan_people(tmp_path, monkeypatch, True) == 2  # was 3
