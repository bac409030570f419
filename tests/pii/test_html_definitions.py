"""An HTML definition list (an admin page's member details): each ``<dd>`` is read under its
``<dt>`` as a table's cell under its header, and the list is one person."""

from __future__ import annotations

from pathlib import Path

from leakscope import pii

ADMIN = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>会員詳細</title>
<script>var s = {"name": "山田 太郎"};</script></head>
<body><nav>ログイン中：admin（田中）</nav><h1>会員詳細</h1>
<dl class="member"><dt>会員ID</dt><dd>M100012</dd><dt>お名前</dt><dd>小林 亮介</dd>
<dt>メールアドレス</dt><dd><a href="mailto:ryosuke@example.jp">ryosuke@example.jp</a></dd>
<dt>電話番号</dt><dd>070-5264-9743</dd>
<dt>住所</dt><dd>〒026-3639<br>兵庫県君津市東浅草4丁目4番8号</dd><dt>生年月日</dt><dd>1983年03月16日</dd>
</dl></body></html>"""


def _scan(path: Path) -> tuple[list[pii.Finding], int]:
    run = pii.scan([path], workers=1)
    return [f for f in run if isinstance(f, pii.Finding)], run.summary.subjects


def test_a_member_page_is_one_person(tmp_path):
    path = tmp_path / "member.html"
    path.write_text(ADMIN, encoding="utf-8")
    findings, people = _scan(path)
    assert {(f.category, f.value, f.location.get("field")) for f in findings} == {
        ("person_name", "小林亮介", "お名前"),
        ("email_address", "ryosuke@example.jp", "メールアドレス"),
        ("phone_number", "07052649743", "電話番号"), ("postal_code", "0263639", "住所"),
        ("address", "兵庫県君津市東浅草4丁目4番8号", "住所"),
        ("date_of_birth", "1983-03-16", "生年月日")}
    assert people == 1  # the staff member in the navigation is no one's data


def test_a_list_of_several_people_and_end_tags_left_out(tmp_path):
    path = tmp_path / "list.html"
    path.write_text("<dl><dt>氏名<dd>佐藤 里佳<dt>電話<dd>090-1234-5678"
                    "<dt>氏名<dd>高橋 直子<dt>電話<dd>080-2345-6789</dl>", encoding="utf-8")
    findings, people = _scan(path)
    assert {(f.category, f.value, f.location["entry"]) for f in findings} == {
        ("person_name", "佐藤里佳", 1), ("phone_number", "09012345678", 1),
        ("person_name", "高橋直子", 2), ("phone_number", "08023456789", 2)}
    assert people == 2


def test_loose_terms_unclosed_lists_and_a_list_in_a_table(tmp_path):
    path = tmp_path / "odd.html"
    path.write_text(
        "<dl><dd>090-1111-2222</dd><dt>備考</dt></dl>"  # a description first, a term alone
        "<table><tr><td><dl><dt>電話</dt><dd>090-3333-4444</dd></dl></td></tr></table>"
        "<dl><dt>お名前</dt><dd>渡辺 幹</dd><dt>メモ</dt><dd>" + "あ" * 500_000,  # unclosed
        encoding="utf-8")
    findings, _ = _scan(path)
    got = {(f.category, f.value, f.location.get("field")) for f in findings}
    assert ("phone_number", "09011112222", None) in got  # kept as text
    assert ("phone_number", "09033334444", None) in got  # a table's text, as before
    assert ("person_name", "渡辺幹", "お名前") in got
