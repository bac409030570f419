"""An admin page's definition list (<dt>お名前</dt><dd>鈴木 桃子</dd>): a term and its value on
one line, so the value is read under its label."""

from __future__ import annotations

from faker import Faker

from leakscope import pii
from leakscope.pii.extract.htmltext import html_units


def _member(seed: int) -> dict:
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    return {"name": f"{fake.last_name()} {fake.first_name()}", "tel": "080-2197-0978",
            "kana": fake.last_kana_name() + " " + fake.first_kana_name()}


def test_a_member_page_s_name_under_its_term_is_found(tmp_path):
    member = _member(3)
    html = ("<html><body><nav>ログイン中：admin（田中）</nav><dl class='member'>"
            "<dt>会員ID</dt><dd>M100012</dd>"
            f"<dt>お名前</dt><dd>{member['name']}</dd><dt>フリガナ</dt><dd>{member['kana']}</dd>"
            f"<dt>電話番号</dt><dd>{member['tel']}</dd></dl></body></html>")
    path = tmp_path / "会員詳細.html"
    path.write_text(html, encoding="utf-8")
    found = [f for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)]
    names = [(f.value, f.location["line"]) for f in found if f.category == "person_name"]
    assert names == [(member["name"].replace(" ", ""), 3), (member["kana"].replace(" ", ""), 4)]


def test_terms_and_values_read_as_lines_whatever_the_markup():
    text = next(html_units("<dl><dt>お名前:</dt><dd>山田 太郎</dd><dd>(旧姓 佐藤)</dd>"
                           "<dt>メモ<dt>電話</dt><dd>090-1234-5678", "m.html", {})).text
    assert text.splitlines() == [
        "お名前:：山田 太郎", "(旧姓 佐藤)", "メモ", "電話：090-1234-5678"]  # (unclosed: no ：)
