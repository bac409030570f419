"""NFKC with an offset map, line by line: the same text and map as a character at a time,
and a log with one half-width ｶﾅ in a block still finds what it finds without it."""

from __future__ import annotations

import random
from array import array

from leakscope import pii
from leakscope.pii.buffer import normalize_batch
from leakscope.pii.normalize import (
    _characters_nfkc,
    _nfkc_with_offsets,
    normalize,
    normalized_in_place,
)

_ALPHABET = ("abc 012\n\n\r\tｶﾞｷﾟﾊﾟｯﾄｱｲｳｴｵﾞﾟ\u3099\u309a山田①㈱㌔Å\u0301e가\u1100\u1161ﬁ"
             "\u2028～－０９")


def _one_at_a_time(text: str) -> tuple[str, list[int]]:
    """The map as it was built before: the whole text a character at a time."""
    pieces: list[str] = []
    offsets = array("l")
    _characters_nfkc(text, 0, pieces, offsets)
    offsets.append(len(text))
    return "".join(pieces), list(offsets)


def test_line_by_line_gives_the_map_a_character_at_a_time_gives():
    rng = random.Random(5)
    for _ in range(2000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 80)))
        got = _nfkc_with_offsets(text)
        assert (got.text, list(got.offsets)) == _one_at_a_time(text), text


def test_in_place_is_none_exactly_where_a_map_is_needed():
    for text in ("abc", "山田太郎 ０９０", "ｶﾀｶﾅ", "㈱山田", "東京都－1", "ラーメン"):
        kept = normalized_in_place(text, text.encode())
        full = normalize(text, text.encode())
        assert (kept is None) == (full.offsets is not None), text
        if kept is not None:
            assert kept == full.text


def test_a_batch_with_one_half_width_kana_is_normalized_unit_by_unit():
    texts = ["TEL 090-1234-5678", "ｶﾌﾞｼｷｶﾞｲｼｬ ﾔﾏﾀﾞ", "山田 太郎様"]
    buffer, _, norms, starts, ends = normalize_batch(texts)
    assert [buffer[s:e] for s, e in zip(starts, ends, strict=True)] == [
        "TEL 090-1234-5678", "カブシキガイシャ ヤマダ", "山田 太郎様"]
    assert norms[1].offsets is not None and norms[0].offsets is None


def test_a_log_with_half_width_kana_in_it_reads_as_before(tmp_path):
    lines = [f"2024-05-01 10:{i % 60:02d}:00 INFO request ok id={i}" for i in range(3000)]
    lines[100] = "2024-05-01 10:00:00 INFO 振込 ｶ)ﾊﾅﾐｽﾞｷ 山田 太郎様 TEL 090-1234-5678"
    lines[2500] = "2024-05-01 10:00:00 INFO 山本 花子様 TEL 080-2222-3333 ﾔﾏﾓﾄ"
    path = tmp_path / "app.log"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = [(f.category, f.value, f.location["line"], f.location["column"])
             for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)]
    column = lines[100].index("090") + 1
    assert ("phone_number", "09012345678", 101, column) in found
    assert ("phone_number", "08022223333", 2501, lines[2500].index("080") + 1) in found
    assert ("person_name", "山本花子", 2501, lines[2500].index("山本") + 1) in found
