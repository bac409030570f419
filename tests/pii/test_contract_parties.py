"""A car dealer's files (blind corpus 16): an order form's parties after their labels, its
seller's and owner's lines, a loan application's columns, a signature's office lines under a
staff member's name, a quote number beside a card-like number, a 相続 memo's death date."""

from __future__ import annotations

import pytest
from documents import personal_of, write_docx
from table_paths import BOTH, scan_findings

from leakscope.pii import detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.category == "person_name"]


@pytest.mark.parametrize("text, names", [
    ("使用者：伊藤　修平（イトウ シュウヘイ）　続柄：長男", ["伊藤修平", "イトウシュウヘイ"]),
    ("担当営業：井上　浩", ["井上浩"]),
    ("所有者の氏名又は名称　小林　淳", ["小林淳"]),
    ("連帯保証人：佐藤　健一（サトウケンイチ）", ["佐藤健一", "サトウケンイチ"]),
    ("被相続人：中村　大輔（ナカムラ ダイスケ）", ["中村大輔", "ナカムラダイスケ"]),
    ("所有者：湘南オートファイナンス株式会社（所有権留保）", []),  # (a company, no one)
    ("使用者：買主に同じ", []),
])
def test_a_contracts_parties_after_their_labels(text, names):
    assert _names(text) == names


def test_a_death_date_on_a_birth_dates_line_is_no_birth_date():
    found = [f.value for f in detect("生年月日：昭和11年8月25日　死亡日：令和6年1月13日")
             if f.category == "date_of_birth"]
    assert found == ["1936-08-25"]


def test_a_quote_number_is_no_card():
    assert [f.category for f in detect("見積番号：5240881437198841")] == []
    assert [f.category for f in detect("カード番号 5240881437198841")] == ["credit_card_number"]


@BOTH
def test_a_my_number_card_in_an_id_documents_column(tmp_path, monkeypatch, table):
    """本人確認書類 | 確認書類番号: a licence's number in most rows, a My Number where the
    applicant showed a マイナンバーカード."""
    rows = [("運転免許証", "459269203870"), ("マイナンバーカード", "758793170289")] * 30
    path = tmp_path / "ローン審査申込.csv"
    path.write_text("氏名,ｼﾒｲｶﾅ,本人確認書類,確認書類番号\n" + "".join(
        f"藤井 花子,ﾌｼﾞｲ ﾊﾅｺ,{kind},{number}\n" for kind, number in rows), encoding="cp932")
    found = {(f.category, f.value) for f in scan_findings(path, monkeypatch, table)}
    assert ("my_number", "758793170289") in found
    assert ("drivers_license_number", "459269203870") in found
    assert ("person_name", "フジイハナコ") in found  # (a half-width ｼﾒｲｶﾅ header)


def test_an_order_forms_seller_and_owner_are_companies_its_buyer_a_person(tmp_path):
    form = ("自動車注文書（売買契約書）",
            "販売会社：株式会社カーステーション緑ヶ丘\u3000法人番号 2316620992918",
            "〒226-0025 神奈川県横浜市緑区十日市場町801番地8\u3000TEL 045-985-3321"
            "\u3000FAX 045-985-3322",
            "",
            "所有者：湘南オートファイナンス株式会社（所有権留保）\u3000"
            "所在地：東京都町田市つくし野4丁目2番13号",
            "",
            "買主氏名：伊藤\u3000裕太",
            "現住所：〒242-6358 神奈川県大和市中央林間3丁目17番7号\u3000携帯 090-6162-3607")
    found = personal_of(write_docx(tmp_path / "注文書.docx", form))
    for value in ("神奈川県横浜市緑区十日市場町801番地8", "東京都町田市つくし野4丁目2番13号"):
        assert found[("address", value)] is False
    assert found[("phone_number", "0459853321")] is False
    assert found[("postal_code", "2260025")] is False
    assert found[("address", "神奈川県大和市中央林間3丁目17番7号")] is not False
    assert found[("phone_number", "09061623607")] is not False


def test_a_signatures_office_lines_under_a_staff_name_are_the_companys(tmp_path):
    (tmp_path / "mail.txt").write_text(
        "ローンの件、承知しました。\n\n--\n株式会社カーステーション緑ヶ丘\n店長 中村　翼\n"
        "〒226-0025 神奈川県横浜市緑区十日市場町801番地8\n"
        "TEL 045-985-3321 / FAX 045-985-3322 / 携帯 080-2163-9655\n"
        "t.nakamura@carstation-midori.co.jp\n", encoding="utf-8")
    found = personal_of(tmp_path / "mail.txt")
    assert found[("address", "神奈川県横浜市緑区十日市場町801番地8")] is False
    assert found[("phone_number", "0459853321")] is False
    assert found[("phone_number", "0459853322")] is False
    assert found[("phone_number", "08021639655")] is not False  # (the staff member's own)
    assert found[("email_address", "t.nakamura@carstation-midori.co.jp")] is not False


@BOTH
def test_a_bookings_company_row_and_a_contact_named_in_it(tmp_path, monkeypatch, table):
    """お客様名 「株式会社…」: its phone is the company's; 「株式会社…（一ノ瀬 舞様）」: the
    contact's; a dental lab's 技工所電話 is the lab's."""
    path = tmp_path / "車検予約.csv"
    path.write_text("お客様名,連絡先,技工所電話\n" + "".join(
        f"株式会社テスト{i},045-111-{i:04d},044-711-2080\n"
        f"株式会社テスト{i}（一ノ瀬　舞様）,070-5357-{i:04d},\n" for i in range(30)),
        encoding="utf-8")
    found = {(f.category, f.value): f.personal for f in scan_findings(path, monkeypatch, table)}
    assert found[("phone_number", "0451110000")] is False
    assert found[("phone_number", "07053570000")] is not False
    assert found[("phone_number", "0447112080")] is False


def test_a_relative_after_a_particle_and_their_reading():
    assert _names("連帯保証人は妻の佐藤　健一（サトウケンイチ）にお願いしました。") \
        == ["佐藤健一", "サトウケンイチ"]
    assert _names("今日は母の日です。") == []


@BOTH
def test_a_client_contact_under_their_department_and_a_partys_kind(tmp_path, monkeypatch,
                                                                    table):
    """ご担当者 「人事部 厚生課 猪狩 陽子 様」 is 猪狩陽子 (阿部 and 長谷部 keep their 部); a
    contract list's 契約者区分 「個人」 is no one."""
    path = tmp_path / "取引先.csv"
    path.write_text("会社名,ご担当者,契約者区分\n" + "".join(
        f"株式会社テスト{i},{name},個人\n" for i, name in enumerate(
            ["人事部 厚生課 猪狩 陽子 様", "営業推進部 田中 太郎 様", "阿部 太郎", "長谷部 誠"]
            * 15)), encoding="utf-8")
    names = {f.value for f in scan_findings(path, monkeypatch, table)
             if f.category == "person_name"}
    assert names == {"猪狩陽子", "田中太郎", "阿部太郎", "長谷部誠"}


def test_a_mobile_under_a_labelled_employers_line_stays_the_persons():
    found = {f.value: f.personal for f in detect(
        "氏名：山田 太郎\n勤務先：株式会社ABC\n電話：090-1234-5678\nTEL 03-1234-5678")}
    assert found["09012345678"] is True
    assert found["0312345678"] is False  # (the employer's line)
