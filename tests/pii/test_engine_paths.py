"""The engine's fast paths give the same findings as the slow ones they skip."""

from __future__ import annotations

import random
import stat

import hyperscan
import numpy as np
import pytest

from leakscope.pii import detect, patterndb
from leakscope.pii.buffer import to_char_offsets
from leakscope.pii.engine import Engine
from leakscope.pii.finding import Finding
from leakscope.pii.recognizers import Candidate
from leakscope.pii.unit_findings import _best_of_two, _without_overlaps
from leakscope.pii.units import TextUnit


def test_compiled_database_is_cached_privately_and_reloaded(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    expressions, flags = [rb"\d{3}", rb"abc"], [hyperscan.HS_FLAG_SOM_LEFTMOST] * 2
    first = patterndb.compile_database(expressions, flags)
    directory = patterndb.cache_dir()
    files = list(directory.glob("*.hsdb"))
    assert len(files) == 1
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    again = patterndb.compile_database(expressions, flags)

    def matches(db) -> list:
        out: list = []
        db.scan(b"x123 abc", match_event_handler=lambda i, s, e, f, c: out.append((i, s, e)),
                scratch=hyperscan.Scratch(db))
        return out

    assert matches(first) == matches(again) == [(0, 1, 4), (1, 5, 8)]
    files[0].write_bytes(b"not a database")  # a damaged cache is recompiled, not an error
    assert matches(patterndb.compile_database(expressions, flags)) == [(0, 1, 4), (1, 5, 8)]
    patterndb.compile_database([rb"abd"], [0])  # another pattern set, another file
    assert len(list(directory.glob("*.hsdb"))) == 2


def test_unwritable_cache_still_compiles(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    db = patterndb.compile_database([rb"abc"], [0])
    assert db is not None


def test_label_only_shapes_are_scanned_only_beside_their_label():
    # a date and a 3-digit number need a label (生年月日, セキュリティコード): log lines have none
    log = "2024-05-01 10:00:00 INFO GET /api/items/123456 200 312ms\n" * 50
    assert detect(log) == []
    labelled = log + "生年月日 1985-01-02 セキュリティコード 123\n"
    found = {(f.category, f.value) for f in detect(labelled)}
    assert ("date_of_birth", "1985-01-02") in found
    assert ("card_security_code", "123") in found
    # a column label counts as the label too
    assert [(f.category, f.value) for f in detect("1985-01-02", label="生年月日")] == [
        ("date_of_birth", "1985-01-02")]


@pytest.mark.parametrize("padding", ["", "x" * 2000])  # many matches a byte, and few
def test_byte_to_char_offsets(padding):
    text = "ab山田c\n田x" + padding
    data = text.encode()
    spans = [(0, 2), (2, 4), (3, 6), (5, 8), (8, 8)]
    byte_spans = np.array([(len(text[:s].encode()), len(text[:e].encode())) for s, e in spans])
    assert to_char_offsets(data, byte_spans).tolist() == [list(span) for span in spans]


def test_engine_with_a_category_subset_has_no_label_database():
    assert Engine(["email_address"])._label_db is None
    found = detect("mail: A@Example.jp 1985-01-02", categories=["email_address"])
    assert [f.value for f in found] == ["a@example.jp"]


def _cells(texts: list[str], label: str | None = None) -> list[TextUnit]:
    return [TextUnit(t, "t.csv", {"row": i + 2, "field": label or "x"}, label=label,
                     record=f"t.csv#row{i + 2}") for i, t in enumerate(texts)]


def _seen(units: list[TextUnit]) -> list[tuple]:
    engine = Engine.cached(None, 0.5)
    return [(f.category, f.value, f.location["row"]) for f in engine.detect(units)
            if isinstance(f, Finding)]


def test_a_batch_normalized_whole_equals_cells_normalized_one_by_one():
    texts = ["０９０－１２３４－５６７８", "ﾔﾏﾀﾞ ﾀﾛｳ", "taro@example.jp", "090ー1111ー2222"]
    together = _seen(_cells(texts))
    alone = [f for i, t in enumerate(texts)
             for f in [(c, v, i + 2) for c, v, _ in _seen(_cells([t]))]]
    assert together == alone
    assert ("phone_number", "09012345678", 2) in together
    assert ("phone_number", "09011112222", 5) in together


def test_a_cell_with_overlapping_candidates_keeps_one_finding_at_the_cell():
    found = _seen(_cells(["1985-01-02", "昭和60年1月2日"], label="生年月日"))
    assert found == [("date_of_birth", "1985-01-02", 2), ("date_of_birth", "1985-01-02", 3)]


def test_best_of_two_is_without_overlaps_for_two_candidates():
    rng = random.Random(7)
    for _ in range(2000):
        pair = []
        for _ in range(2):
            start = rng.randint(0, 6)
            pair.append((rng.choice((0.6, 0.9, 0.99)),
                         Candidate(start, start + rng.randint(1, 5), "v"), None))
        expected = sorted(_without_overlaps(list(pair)), key=lambda f: f[1].start)
        assert _best_of_two(*pair) == expected


def test_a_cache_file_others_can_write_is_not_loaded(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    patterndb.compile_database([rb"abc"], [0])
    (cached,) = patterndb.cache_dir().glob("*.hsdb")
    cached.chmod(0o666)
    loads: list[bytes] = []
    real = hyperscan.loadb
    monkeypatch.setattr(hyperscan, "loadb",
                        lambda data, mode: loads.append(data) or real(data, mode))
    assert patterndb.compile_database([rb"abc"], [0]) is not None
    assert loads == []  # compiled afresh, and the file rewritten private
    assert stat.S_IMODE(cached.stat().st_mode) == 0o600
    patterndb.compile_database([rb"abc"], [0])
    assert len(loads) == 1


def test_a_relative_cache_home_is_ignored(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert patterndb.cache_dir() == tmp_path / ".cache" / "leakscope" / "hyperscan"


def test_a_few_values_find_the_same_labels_one_at_a_time_as_in_numpy(monkeypatch):
    import leakscope.pii.engine as engine_module

    text = ("注文番号 123456789018 マイナンバー 123456789018\n電話 090-1234-5678 FAX 03-1234-5678\n"
            "会員番号 4111111111111111 カード番号 4111111111111111 期限 12/29\n") * 3
    few = [(f.category, f.value, f.confidence) for f in detect(text)]
    monkeypatch.setattr(engine_module, "_FEW_VALUES", 0)  # every recognizer's values in numpy
    many = [(f.category, f.value, f.confidence) for f in Engine().detect(
        [TextUnit(text, "t.txt", {"line": 1})])]
    assert few == many and len(few) >= 6


def test_ripgrep_reads_every_expression_of_the_engine(tmp_path):
    """The speed benchmarks run ripgrep on the engine's own pattern set (its peer)."""
    import shutil
    import subprocess

    if shutil.which("rg") is None:
        pytest.skip("ripgrep is not installed (CI installs it)")
    patterns = tmp_path / "patterns.txt"
    patterns.write_text("\n".join(Engine().expressions) + "\n", "utf-8")
    out = subprocess.run(["rg", "--no-config", "--multiline", "-f", str(patterns), str(patterns)],
                         capture_output=True, text=True)
    assert out.returncode in (0, 1), out.stderr[-300:]


def test_the_label_database_scanned_around_its_words_finds_what_a_whole_scan_finds(monkeypatch):
    """Label-only values (an account number, an expiry, a CVC) lie within a few dozen
    characters of their words; scanning only the lines around those words must keep every
    one of them, near or far from the word, before or after it, in Japanese or ASCII."""
    rng = random.Random(7)
    filler = ["2024-05-01 10:00:00 INFO GET /api/v2/items/933820 200 708ms ver=3.2.1",
              "本日は晴天なり。明日の会議は午後3時から第二会議室で行います。",
              "注文番号 1234567 は発送済みです（12/26 着予定）。"]
    labelled = ["振込先 みずほ銀行 渋谷支店 普通 {n}", "口座番号：{n}（普通）",
                "{n} が口座番号です", "カード有効期限 12/2{d}", "exp 0{d}/29 cvc 3{d}1",
                "セキュリティコード\n4{d}2", "口座番号" + "　" * 40 + "{n}"]
    lines = []
    for i in range(3000):
        if rng.random() < 0.05:
            lines.append(rng.choice(labelled).format(n=rng.randrange(10**6, 10**7), d=i % 10))
        lines.append(rng.choice(filler) + " " * rng.randrange(0, 300))
    text = "\n".join(lines)
    engine = Engine()
    windowed = [(f.category, f.value, f.location["line"]) for f in engine.detect(
        [TextUnit(text, "log.txt", {"line": 1})])]
    monkeypatch.setattr(Engine, "_scan_around", lambda self, data, spans, matches, base:
                        self._scan(self._label_db, data, matches, base))
    whole = [(f.category, f.value, f.location["line"]) for f in engine.detect(
        [TextUnit(text, "log.txt", {"line": 1})])]
    assert windowed == whole
    assert {c for c, _, _ in whole} >= {"bank_account", "card_expiry", "card_security_code"}
