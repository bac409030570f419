"""A hotel's reservation exports (blind corpus 12, a ryokan group): じゃらん's 予約者名 and
宿泊者代表者名 are the guests' names, a 代表者 column the lead guest's (not a company's main
line), and a coupon column's Luhn-valid codes no one's card."""

from __future__ import annotations

from leakscope import pii


def _findings(path) -> list:
    return [f for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)]


def test_a_bookers_and_lead_guests_columns_are_a_persons(tmp_path):
    path = tmp_path / "jalan.csv"
    path.write_text("予約番号,予約者名,予約者名カナ,宿泊者代表者名,代表者電話番号,代表者メール\n"
                    "JL20240701,鬼頭 守,キトウ マモル,鬼頭 守,090-1111-2222,kito@example.jp\n",
                    encoding="utf-8")
    found = {(f.category, f.value, f.personal) for f in _findings(path)}
    assert {("person_name", "鬼頭守", True), ("person_name", "キトウマモル", True),
            ("phone_number", "09011112222", True),
            ("email_address", "kito@example.jp", True)} <= found


def test_a_coupon_columns_codes_are_no_cards(tmp_path):
    path = tmp_path / "reservations.csv"
    path.write_text("id,guest,card,coupon\n1,山田 太郎,4980 0012 3456 7893,4012888123456788\n",
                    encoding="utf-8")
    cards = [f.value for f in _findings(path) if f.category == "credit_card_number"]
    assert cards == ["4980001234567893"]


def test_a_payroll_file_all_in_half_width_kana_is_text(tmp_path):
    # CP932 with nothing but ASCII and half-width kana was taken for binary: no finding at all
    path = tmp_path / "給与振込データ.csv"
    path.write_bytes(("ｼﾔｲﾝﾊﾞﾝｺﾞｳ,ﾌﾘｺﾐｻｷﾒｲｷﾞ,ｷﾞﾝｺｳｺｰﾄﾞ,ｼﾃﾝｺｰﾄﾞ,ｺｳｻﾞﾊﾞﾝｺﾞｳ\n"
                      "0100,ﾜﾀﾅﾍﾞ ｵｻﾑ,0143,222,4255572\n"
                      "0101,ｵｶﾀﾞ ﾋﾃﾞｷ,0143,222,4255573\n").encode("cp932"))
    run = pii.scan([path], workers=1)
    names = [f.value for f in run if isinstance(f, pii.Finding) and f.category == "person_name"]
    assert run.summary.errors == 0 and names == ["ワタナベオサム", "オカダヒデキ"]
