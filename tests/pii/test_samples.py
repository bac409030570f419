"""A filling guide's example values (記入例, 見本) are nobody's; real data beside them is found."""

from __future__ import annotations

import random

import pytest
from faker import Faker

from leakscope import pii
from leakscope.pii.checksums import my_number_ok
from leakscope.pii.finding import Finding

GUIDE = """物価高騰対策給付金 支給申請書 記入例

【記入例】
  氏名　　　　給付　太郎（きゅうふ　たろう）
  生年月日　　昭和50年1月1日
  個人番号　　2345 6789 0121 ← 12桁の個人番号を記入してください（これは見本です）
  住所　　　　〒000-0000 ○○県○○市○○町1-2-3
  口座番号　　1234567（見本）

※ お問い合わせ：給付金コールセンター 0120-123-456（平日9時〜17時）
"""


def _applicant(seed: int) -> tuple[str, dict]:
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    while True:
        number = f"{rng.randint(10 ** 11, 10 ** 12 - 1)}"
        if my_number_ok(number):
            break
    person = {"person_name": f"{fake.last_name()}{fake.first_name()}",
              "my_number": number, "phone_number": f"090{rng.randint(10 ** 7, 10 ** 8 - 1)}",
              "date_of_birth": f"19{rng.randint(50, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"}
    y, m, d = person["date_of_birth"].split("-")
    text = (f"申請者\n  氏名　　　　{person['person_name']}\n"
            f"  生年月日　　{y}年{int(m)}月{int(d)}日\n  個人番号　　{number}\n"
            f"  電話番号　　{person['phone_number']}\n")
    return text, person


def _scan(path, min_confidence: float = 0.5) -> tuple[list[Finding], pii.scanner.Scan]:
    run = pii.scan([path], workers=1, min_confidence=min_confidence)
    return [f for f in run if isinstance(f, Finding)], run


def test_a_guide_s_examples_are_no_findings_and_no_people(tmp_path):
    path = tmp_path / "様式_記入例.txt"
    path.write_text(GUIDE, encoding="utf-8")
    findings, run = _scan(path)
    assert {(f.category, f.value) for f in findings} == {("phone_number", "0120123456")}
    assert run.summary.categories.get("my_number", 0) == 0


def test_examples_are_kept_as_not_personal_for_a_scan_that_asks_for_low_confidence(tmp_path):
    path = tmp_path / "guide.txt"
    path.write_text(GUIDE, encoding="utf-8")
    findings, _ = _scan(path, min_confidence=0.2)
    samples = {f.category: f for f in findings if f.detector.endswith(":sample")}
    assert {c: f.value for c, f in samples.items()} == {
        "person_name": "給付太郎", "my_number": "234567890121", "date_of_birth": "1975-01-01",
        "postal_code": "0000000", "bank_account": "1234567"}
    assert all(not f.personal and f.confidence == 0.3 for f in samples.values())
    assert samples["my_number"].location == {"line": 6, "column": 9}
    assert samples["bank_account"].location == {"line": 8, "column": 9}


@pytest.mark.parametrize("seed", range(3))
def test_a_real_applicant_after_the_guide_is_found_and_counted(tmp_path, seed):
    text, person = _applicant(seed)
    path = tmp_path / "申請書.txt"
    path.write_text(GUIDE + "\n" + text, encoding="utf-8")
    findings, run = _scan(path)
    found = {(f.category, f.value) for f in findings if f.personal}
    assert set(person.items()) <= found
    assert ("my_number", "234567890121") not in found
    assert run.summary.subjects == 1  # the applicant alone: no 給付 太郎 with a My Number
    first = GUIDE.count("\n") + 2
    assert next(f for f in findings if f.category == "my_number").location["line"] == first + 3


@pytest.mark.parametrize("memo", [
    "商品見本を送付しました。\n送付先：{name}様 {phone}\n",
    "無料サンプル\n{name}様 {phone}\n",
    "見本市の来場者\n{name}様 {phone}\n",
    "記入例のとおり記入いただきました。{name}様 {phone}\n",
])
def test_a_word_about_samples_in_a_shop_s_memo_hides_nothing(tmp_path, memo):
    _, person = _applicant(7)
    path = tmp_path / "memo.txt"
    path.write_text(memo.format(name=person["person_name"], phone=person["phone_number"]),
                    encoding="utf-8")
    findings, _ = _scan(path)
    assert ("phone_number", person["phone_number"]) in {(f.category, f.value) for f in findings}


def test_a_guide_page_of_a_pdf_hides_its_examples_only(tmp_path):
    import weasyprint

    text, person = _applicant(11)
    guide = GUIDE.split("\n※")[0]
    html = ("<html><body style='font-family: Noto Sans CJK JP'>"
            f"<pre>{guide}</pre><pre>{text}</pre></body></html>")
    path = tmp_path / "記入例.pdf"
    path.write_bytes(weasyprint.HTML(string=html).write_pdf())
    findings, _ = _scan(path)
    values = {(f.category, f.value) for f in findings}
    assert ("my_number", person["my_number"]) in values
    assert ("my_number", "234567890121") not in values
    assert ("postal_code", "0000000") not in values


def test_a_name_after_a_label_padded_as_a_form_pads_it_is_found():
    found = [(f.category, f.value) for f in pii.detect("  氏名　　　　近藤 裕美子\n")]
    assert found == [("person_name", "近藤裕美子")]
    blank = pii.detect("氏名　　　　\n住所　　東京都")
    assert [f for f in blank if f.category == "person_name"] == []


def test_the_cli_shows_a_filling_guides_values_only_when_asked(tmp_path):
    from typer.testing import CliRunner

    from leakscope.cli.main import app

    guide = tmp_path / "様式_記入例.txt"
    guide.write_text("【記入例】\n個人番号　　2345 6789 0121\n〒000-0000\n\n申請者 山田 太郎様\n",
                     encoding="utf-8")
    runner = CliRunner()
    default = runner.invoke(app, ["scan", str(guide), "--json", "--reveal"])
    asked = runner.invoke(app, ["scan", str(guide), "--json", "--reveal",
                                "--min-confidence", "0.3"])
    assert default.exit_code == 0 and asked.exit_code == 0
    assert "234567890121" not in default.stdout
    assert '"value": "234567890121"' in asked.stdout and ":sample" in asked.stdout
    bad = runner.invoke(app, ["scan", str(guide), "--min-confidence", "2"])
    assert bad.exit_code == 2


def test_published_test_cards_and_the_guides_my_number_are_nobodys(tmp_path, monkeypatch):
    import leakscope.pii.columnar as columnar

    found = [(f.category, f.value) for f in pii.detect(
        "テスト用カード番号 4111 1111 1111 1111、Stripe 4242424242424242\n"
        "マイナンバー 123456789018（記入例の番号）\n本番: カード番号 4111 1111 1111 1129")]
    assert found == [("credit_card_number", "4111111111111129")]
    rows = "".join(f"{i},山田 太郎{i},{card},{number}\n" for i, (card, number) in enumerate(
        [("4111111111111111", "123456789018"), ("4111111111111129", "234567890121")] * 300))
    path = tmp_path / "payments.csv"
    path.write_text("id,氏名,カード番号,マイナンバー\n" + rows, encoding="utf-8")

    def values(table: bool) -> list[tuple[str, str]]:
        with monkeypatch.context() as patch:
            if not table:
                patch.setattr(columnar, "plan_file", lambda _path, _kind: None)
            return sorted((f.category, f.value) for f in pii.scan([path], workers=1)
                          if isinstance(f, pii.Finding)
                          and f.category in ("credit_card_number", "my_number"))

    assert values(True) == values(False) == sorted(
        [("credit_card_number", "4111111111111129"), ("my_number", "234567890121")] * 300)


def test_a_placeholder_phone_number_is_nobodys(tmp_path, monkeypatch):
    # a bot's 「例：090-0000-0000」 made a person of its own in every chat transcript
    import leakscope.pii.columnar as columnar

    found = [(f.category, f.value) for f in pii.detect(
        "電話番号を入力してください（例：090-0000-0000）\n代表 03-1111-1111\n"
        "お客様: 090-3303-5182")]
    assert found == [("phone_number", "09033035182")]
    rows = "".join(f"{i},山田 太郎{i},{phone}\n" for i, phone in enumerate(
        ["090-0000-0000", "9000000000", f"090-3303-{0:04d}"] * 200))
    path = tmp_path / "contacts.csv"
    path.write_text("id,氏名,電話番号\n" + rows, encoding="utf-8")

    def phones(table: bool) -> list[str]:
        with monkeypatch.context() as patch:
            if not table:
                patch.setattr(columnar, "plan_file", lambda _path, _kind: None)
            return [f.value for f in pii.scan([path], workers=1)
                    if isinstance(f, pii.Finding) and f.category == "phone_number"]

    assert phones(True) == phones(False) == ["09033030000"] * 200


def test_a_manuals_line_of_a_fields_example_is_nobodys(tmp_path):
    """「旅券番号の記入例：TK1234567」 (before: a passport and a person)."""
    path = tmp_path / "予約システム操作マニュアル.txt"
    path.write_text("2. 宿泊者名簿\n外国人のお客様は旅券番号と国籍を必ず記入します。\n"
                    "旅券番号の記入例：TK1234567\n\n3. お客様\n旅券番号 TR7654321（ヤン様）\n",
                    encoding="utf-8")
    found, _ = _scan(path)
    assert [f.value for f in found if f.category == "passport_number"] == ["TR7654321"]


def test_a_manuals_example_account_and_free_dial_are_nobodys(tmp_path):
    """「口座番号の例：普通 1234567」 and a support desk's 0120-000-000 (before: an account and a
    phone, a person of their own)."""
    path = tmp_path / "請求ソフト操作マニュアル.txt"
    path.write_text("2. 口座振替の設定\n  口座番号の例：普通 1234567\n\n3. 国保連伝送\n"
                    "  伝送エラー時はサポートセンター 0120-000-000 へ。\n", encoding="utf-8")
    found, run = _scan(path)
    assert [f for f in found if f.personal] == [] and run.summary.subjects == 0


def test_a_manuals_own_corporate_number_on_an_example_line_is_kept(tmp_path):
    """「法人番号の例：3019703269639（当事務所）」: the office's own, public record, reported as a
    corporate number as anywhere (before the line was a sample: dropped with it)."""
    path = tmp_path / "資格取得届の書き方.txt"
    path.write_text("事業所整理記号は「01-イロハ」の形式。法人番号の例：3019703269639（当事務所）\n",
                    encoding="utf-8")
    found, _ = _scan(path)
    assert [(f.category, f.value, f.personal) for f in found] == [
        ("corporate_number", "3019703269639", False)]
