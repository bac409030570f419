"""Filling guides (記入例, 見本): the example values in them are nobody's.

An application form's guide shows how to fill it in: 「【記入例】 氏名 給付 太郎 / 個人番号 1234
5678 9018 / 〒000-0000」. Those values pass every check (123456789018 is the My Number of the
government's own guide) yet leaked no one. The lines of a sample block go out as a
`SampleText` unit, whose findings the engine keeps only as not personal and below the default
confidence: a sample block opens at a line that is a marker on its own (【記入例】, ＜見本＞,
■記載例) or a guide's title ending in one (「支給申請書 記入例」), and runs to the next blank line
or heading; a line that says it is one (「1234567（見本）」, 「（これは見本です）」, 「（記入例）」)
is one by itself. Blocks that hold no marker word are passed on as they are: a search
for 例 and 見 each.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from leakscope.pii.extract.base import Item, cell_text
from leakscope.pii.extract.location import line_key, lines_of
from leakscope.pii.units import SampleText, TextUnit, as_sample

_GUIDE_WORDS = ("記入例", "記載例", "入力例")
_GUIDE = f"(?:{'|'.join(_GUIDE_WORDS)})"
# the words that mark a sample (a line's, a list's row's: ``row_owners``); RE2 and Python alike
MARKER = "|".join((*_GUIDE_WORDS, "見本"))
# a line that is a marker: alone (in brackets or not), or a guide's title ending in one
# (「支給申請書 記入例」; not 「商品見本」, a line of a shop's list)
_HEADING = re.compile(
    rf"^[ \t\u3000]*(?:[【\[［(（<＜■□●◆◇・]?[ \u3000]*(?:{MARKER})"
    rf"|[^\n。、]{{0,40}}[ \u3000]{_GUIDE})[ \u3000]*[】\]］)）>＞]?[:：]?[ \t\u3000]*$"
    # (or a guide's 「名簿には次のように記入してください。」 over its example)
    r"|^[^\n。]{0,30}(?:次|以下)のように(?:記入|入力|記載)(?:して(?:ください|下さい))?[。.]?"
    r"[ \t]*$",
    re.MULTILINE)
# a line that says it holds one: 「（見本）」, 「これは見本です」, 「（記入例）」, a manual's
# 「氏名：保育 太郎（例）」, 「氏名：例）結婚 太郎」 or 「氏名（例：接骨 太郎）」, or that opens
# with its marker (「記入例：氏名 社労 太郎（シャロウ タロウ）、生年月日 昭和60年1月2日」)
_SAYS = re.compile(rf"[(（](?:{MARKER}|例)[)）]|[:：][ \t\u3000]*例[)）]|[(（]例示?[:：]"
                   # (a manual's 「返礼品コードは16桁（例 4594014912879371）」)
                   r"|[(（]例[ \t\u3000]?(?=[0-9A-Za-z])"
                   # (a manual's 「旅券番号の記入例：TK1234567」, 「口座番号の例：普通 1234567」)
                   rf"|の(?:{_GUIDE}|例)[ \t\u3000]*[:：]"
                   rf"|これは(?:{MARKER})"
                   # (a mail-merge template's 「例）船橋 花子 様」, its 「電話 090-0000-0000」)
                   r"|^[ \t\u3000]*例[)）]|0[0-9]{1,3}-?0000-?0000(?![0-9])"
                   rf"|^[ \t\u3000]*[【\[［(（<＜■□●◆◇・]?(?:{MARKER})[】\]］)）>＞]?"
                   r"[ \t\u3000]*[:：]",
                   re.MULTILINE)
# where a block ends: a blank line, or a heading's (a short word alone: 「申請者」), as a PDF's
# text layer, which keeps no blank line, shows the next part of the page
_BLOCK_END = re.compile(r"\n[ \t\u3000]*(?:[^\s\d:：]{1,20}[ \t\u3000]*)?(?=\n|$)")
# lines between two sample lines that are the same sample's (a manual's 「氏名：保育 太郎（例）」,
# 「電話番号：090-0000-0000」, 「メール：test@example.com」, 「生年月日：2020/01/01（例）」)
_BETWEEN_SAMPLES = 3


def with_samples_apart(units: Iterable[Item | list]) -> Iterator[Item | list]:
    """``units`` with the lines of sample blocks in `SampleText` units of their own (a
    table's rows and cells, and errors, as they are)."""
    for unit in units:
        if not isinstance(unit, TextUnit) or unit.label is not None \
                or not _has_marker(unit.text):
            yield unit
            continue
        text = unit.text
        spans = _sample_spans(text)
        if not spans:
            yield unit
            continue
        done, line = 0, unit.location[line_key(unit)]
        for start, end in spans:
            if start > done:
                yield lines_of(unit, done, start, line)
                line += text.count("\n", done, start)
            sample = lines_of(unit, start, end, line)
            yield SampleText(sample.text, unit.path, sample.location, None, unit.record)
            line += text.count("\n", start, end)
            done = end
        if done < len(text):
            yield lines_of(unit, done, len(text), line)


# A document that is a sample as a whole: its title ends in a marker (「住民票の写し等交付請求書
# 記入例」, 「申請書（見本）」, 「【サンプル】」 alone, maybe with a note after it), or it says so
# (「※上記は記入例です」; not 「（これは見本です）」, which says it of its line: ``_SAYS``).
_SAMPLE = f"(?:{MARKER}|サンプル)"
_TITLE = re.compile(
    rf"[【\[［(（<＜■□]?[ \u3000]*(?:{_SAMPLE}|例)[ \u3000]*[】\]］)）>＞]?"
    r"(?:[(（][^()（）\n]{1,20}[)）])?[:：]?"  # (with a note: 「記入例（実在しません）」)
    rf"|[^\n。、]{{0,40}}(?:[ \u3000・]{_GUIDE}|[(（【\[［<＜](?:{_SAMPLE}|例)[)）】\]］>＞])")
_SAYS_ALL = re.compile(
    rf"(?:上記|以下|下記|この(?:用紙|書類|様式|資料|文書|ページ|シート|スライド|申請書|届出?書?))"
    rf"は(?:すべて|全て)?(?:{_SAMPLE}|架空の)")


def marks_sample(text: str, title: bool = True, marker_lines: bool = False) -> bool:
    """Whether a document (a page, a slide) whose text is ``text`` is a sample as a whole: a
    sentence says so; ``title``: or its title does; ``marker_lines``: or a line that is a
    marker alone (a slide's stamp 「記入例」)."""
    if _SAYS_ALL.search(text):
        return True
    first = next((line.strip(" \t\u3000") for line in text.splitlines() if line.strip()), "")
    return bool((title and _TITLE.fullmatch(first))
                or (marker_lines and _has_marker(text) and _HEADING.search(text)))


# a worksheet's tab that names it a guide's example (記入例, 【見本】, Sample)
_SAMPLE_TAB = re.compile(rf"[【\[［(（<＜]?[ \u3000]*(?:{_SAMPLE}|例|samples?|examples?)"
                         r"[ \u3000]*[】\]］)）>＞]?", re.IGNORECASE)


def sample_sheet(title: str, head: Sequence[Sequence[object]]) -> bool:
    """Whether a worksheet is a guide's example: its tab says so (記入例, Sample), or its first
    written cell is a guide's title (【記入例】, 「スタッフ登録シート【記入例】」)."""
    if _SAMPLE_TAB.fullmatch(title.strip()):
        return True
    first = next((text for row in head[:3] for cell in row
                  if (text := cell_text(cell).strip())), "")
    return bool(first) and marks_sample(first)


def heads_samples(row: Sequence[str]) -> bool:
    """Whether a table's first row heads a column of examples (a manual's 項目 | 記入例, a
    form's 見本): that column's values, and the table's, are a guide's."""
    return any(cell and _SAMPLE_TAB.fullmatch(cell.strip()) for cell in row)


def labels_samples(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a form's label says its value is an example (a manual's 「児童氏名（記入例） |
    福祉 太郎」): the form is a guide's."""
    return any(row and row[0] and _SAYS.search(row[0]) for row in rows)


def as_samples(items: Iterable[Item | list]) -> Iterator[Item]:
    """``items`` (batches flattened) with each text unit a `SampleText`: a sample
    document's values are nobody's."""
    for item in items:
        if isinstance(item, list):
            yield from as_samples(item)
        elif isinstance(item, TextUnit) and not isinstance(item, SampleText):
            yield as_sample(item)
        else:
            yield item


def _has_marker(text: str) -> bool:
    """Whether ``text`` holds a marker word. A search for one character is ~50x faster than
    for a word in Japanese text, and 例 and 見 are rare in logs."""
    return ("例" in text and any(word in text for word in _MARKED_WORDS)) or (
        "見" in text and "見本" in text) or "のように" in text or "0000-0000" in text \
        or "00000000" in text  # (a placeholder phone's line)


# (a line's 「（例）」, 「例：」, 「（例 4594…）」)
_MARKED_WORDS = (*_GUIDE_WORDS, "例）", "例)", "例：", "例:", "（例", "(例")


def _sample_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of the sample blocks and lines of ``text``, whole lines, in order."""
    spans: list[tuple[int, int]] = []
    for match in _HEADING.finditer(text):
        block_end = _BLOCK_END.search(text, match.end())
        spans.append((match.start(), block_end.start() + 1 if block_end else len(text)))
    for match in _SAYS.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        spans.append((start, len(text) if end < 0 else end + 1))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and (start <= merged[-1][1] or text.count("\n", merged[-1][1], start)
                       < _BETWEEN_SAMPLES):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged

