"""Name triggers are scanned without hyperscan's start tracking and their starts found in
Python: the starts must be hyperscan's own, or names would be cut or lost."""

from __future__ import annotations

import hyperscan
import pytest
from documents import values_of
from table_paths import BOTH, scan_findings

from leakscope.pii import detect
from leakscope.pii.buffer import match_array, normalize_batch, to_char_offsets
from leakscope.pii.engine import Engine
from leakscope.pii.engine_patterns import PATTERN_FLAGS
from leakscope.pii.match_starts import _line_breaks, match_start
from leakscope.pii.patterndb import compile_database

# what the name triggers are written for: honorifics, signatures, introductions, relatives,
# labels, dated lists, Latin names, a ticket's SURNAME/GIVEN, a closing's signature
_TRIGGERING = """\
山田 太郎様よりお問い合わせ。佐藤さん、高橋殿、鈴木さまへ。たろうくん、はなちゃん
お世話になっております。株式会社みどり商事の田中と申します。中村です。
担当：伊藤 健一（090-1234-5678）、事務：渡辺 美咲(m.watanabe@example.co.jp)
営業部 小林 直樹
TEL 03-1234-5678
ご確認をお願いいたします。

山本 一郎
4/12 加藤 恵子 来店 TEL 080-2345-6789
  3. SATO HANAKO 携帯 090-3456-7890
緊急連絡先：吉田 花子（長女）、父の吉田 正、長男の嫁 吉田 由美
氏名：松本 翔太　お名前は井上 陽子　フリガナ：イノウエ ヨウコ
担当者 木村 拓也　処方医 林 正之　故人：斎藤 実
Dear Maaya Saito, Mr. Brown and Mrs Smith; my name is John Lee. Regards,
Emily Clark
SAITO/MAAYA MRS  YAMAZAKI/MOMOKO
Anna Müller (wife) and Ken Ito <ken.ito@example.com>
権利者 東京都新宿区西新宿二丁目8番1号 清水 博
令和5年4月1日 山口 真由美（昭和55年生）
斎藤 晃（サイトウ アキラ）、ナカムラ（中村）さん
よろしくお願いいたします。


森 浩二
"""


def _sample_texts(corpus_root) -> list[str]:
    texts = [_TRIGGERING * 3]
    for path in sorted(corpus_root.rglob("*")):
        if path.suffix in {".txt", ".eml", ".md", ".log", ".csv", ".json", ".jsonl", ".sql"}:
            texts.append(path.read_bytes().decode("utf-8", errors="replace"))
    return texts


def test_starts_found_in_python_are_hyperscans_own(corpus):
    engine = Engine.cached()
    ids = sorted(engine._starts)
    assert len(ids) >= 30  # (every name trigger but one with inline flags)
    patterns = [engine.expressions[i].encode() for i in ids]
    tracked = compile_database(patterns, [PATTERN_FLAGS] * len(patterns))
    buffer, data, *_ = normalize_batch(_sample_texts(corpus[0]))
    found: list[tuple[int, int, int]] = []
    tracked.scan(data, match_event_handler=lambda pid, s, e, f, c: found.append((s, e, pid)),
                 scratch=hyperscan.Scratch(tracked))
    spans = match_array(found)
    spans[:, :2] = to_char_offsets(data, spans[:, :2])
    assert len(spans) > 100
    assert len(set(spans[:, 2].tolist())) >= 20  # most triggers matched somewhere
    wrong = [(buffer[start:end], buffer[engine._starts[ids[k]].start(buffer, end) or 0:end])
             for start, end, k in spans.tolist()
             if engine._starts[ids[k]].start(buffer, end) != start]
    assert wrong == []


def test_names_are_found_whole_where_tracking_was_dropped():
    text = ("担当：伊藤 健一（090-1234-5678）\n4/12 加藤 恵子 来店 TEL 080-2345-6789\n"
            "Dear Maaya Saito,\nご確認をお願いいたします。\n\n\n山本 一郎\n")
    names = {f.value for f in detect(text) if f.category == "person_name"}
    assert {"伊藤健一", "加藤恵子", "MaayaSaito", "山本一郎"} <= {n.replace(" ", "")
                                                            for n in names}


@pytest.mark.parametrize(("pattern", "lines"), [
    (r"[^\n]*様", 0),
    (r"(?:^|\n)[0-9]{1,2}/[0-9]{1,2}[ \t]+[^\n]*TEL", 1),
    (r"[一-龥] [一-龥]{1,4} ?\n(?:>+ ?)?0[0-9]", 1),
    (r"です[。]?\n(?:[ \t]*\n)*[一-龥]{1,4}", None),  # blank lines without end
    (r"[（(][^）)]{1,20}[）)]", 20),  # a negated set holds a line break
    (r"[^\s]{2,}", 0),
])
def test_line_breaks_a_match_may_hold(pattern, lines):
    from re import _parser

    assert _line_breaks(_parser.parse(pattern)) == lines


def test_a_name_on_a_huge_line_is_sought_only_so_far_back():
    finder = match_start(r"Dear [A-Z][a-z]+ [A-Z][a-z]")
    line = "x" * 2_000_000 + " Dear Maaya Saito"
    assert finder.start(line, len(line) - 3) == 2_000_001
    long = "Dear M" + "a" * 3000 + " Saito"
    assert finder.start(long, len(long) - 3) is None  # (a match longer than the reach)


def test_inline_flags_keep_hyperscans_tracking():
    assert match_start(r"(?i)\bname['\"]?[ ]?[:=]") is None


@BOTH
def test_a_name_in_a_tables_note_is_found_on_both_paths(tmp_path, monkeypatch, table):
    """A column's vetting scans the name triggers for their ends too: a note naming someone
    is still the engine's to read (every row: the table path vets them in bulk)."""
    path = tmp_path / "対応履歴.csv"
    path.write_text("受付番号,住所,備考\n" + "".join(
        f"{1000 + i},東京都新宿区西新宿2-8-{i + 1},{name}様より電話。\n"
        for i, name in enumerate(("山田 太郎", "佐藤 花子", "鈴木 一郎") * 20)), encoding="utf-8")
    assert values_of(scan_findings(path, monkeypatch, table), "person_name") \
        == {"山田太郎", "佐藤花子", "鈴木一郎"}
