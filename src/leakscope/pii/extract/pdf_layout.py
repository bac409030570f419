"""A PDF page of a form and its table (a 扶養控除等申告書 printed to PDF) read as rows of cells,
by where each run of text is drawn.

PDFium gives a page's text in drawing order: a stacked 「（フリガナ）／あなたの氏名」 label came
apart from its stacked reading and name, and a table of dependants came cell after cell with
no column, so no label reached its value (blind corpus 20: a dependant's name, birth date and
My Number went unread, 100 misses and 19 people a seed). A page with a header line (three
labels or more side by side, no number among them) is read as a document's table is
(``forms.document_table_units``): each line above and below the table a row of its runs left
to right (label | value), the header's columns by where their labels begin, and each of its
rows a band of lines, a cell's stacked lines (a reading over a name) one cell.
"""

from __future__ import annotations

import re
import statistics
from typing import NamedTuple

_DIGIT = re.compile(r"[0-9０-９]")
_HEADER_LABELS = 3  # labels side by side that make a header line
_NAME_LABELS = 2  # ... or names' labels
_HEADER_LONGEST = 160  # characters of a header line, at most
_SLACK = 6.0  # points a cell may begin left of its column's label
_ROW_GAP = 2.5  # line heights between two rows past which the table has ended


class Run(NamedTuple):
    """A run of text on a page, as PDFium's text rectangles give it (points, y upwards)."""

    text: str
    left: float
    bottom: float
    top: float

    @property
    def middle(self) -> float:
        return (self.bottom + self.top) / 2


def page_runs(textpage) -> list[Run]:
    """The runs of text of a PDFium text page, in its rectangles' order; a run of words drawn
    far apart (``_spaced_apart``) a run each."""
    page_text = textpage.get_text_range()  # (its characters by index: a run's are found in it)
    runs: list[Run] = []
    cursor = 0
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = textpage.get_text_bounded(left, bottom, right, top).strip()
        if not text:
            continue
        run = Run(text, left, bottom, top)
        at = page_text.find(text, cursor)
        if at < 0:
            runs.append(run)
            continue
        cursor = at + len(text)
        runs += _spaced_apart(textpage, run, at)
    return runs


_GAP = 1.5  # line heights between two words drawn in one run that part them into two


def _spaced_apart(textpage, run: Run, first: int) -> list[Run]:
    """``run`` (its first character the page's ``first``) as its words drawn far apart (a
    header drawn as one string, 「社員番号　　氏名」, a list's line 「1 佐藤 直樹      京都府…」),
    each where its first character is drawn; ``run`` whole when it has one word."""
    height = run.top - run.bottom
    if (" " not in run.text and "\u3000" not in run.text) \
            or abs(textpage.get_charbox(first)[0] - run.left) > height:
        return [run]  # (one word; or the page's text holds the run's elsewhere first)
    widest = _GAP * height
    starts: list[tuple[int, float]] = []  # each part's first character and its left
    right = None  # the last drawn character's right
    for k, char in enumerate(run.text):
        if char.isspace():
            continue
        left, _, char_right, _ = textpage.get_charbox(first + k)
        if right is None or left - right > widest:
            starts.append((k, left))
        right = char_right
    if len(starts) < 2:
        return [run]
    ends = [k for k, _ in starts[1:]] + [len(run.text)]
    return [Run(run.text[k:end].rstrip(), left, run.bottom, run.top)
            for (k, left), end in zip(starts, ends, strict=True)]


def text_layout(text: str) -> tuple[bool, bool]:
    """Whether a page's text may hold a table (a line of a header's labels: ``_is_header``)
    and a form (a name's label on a line of its own, 「あなたの氏名」, 「（ふりがな）」, its
    value drawn beside it and come apart from it in the text): only then are its runs'
    places asked for."""
    table = form = False
    for line in text.splitlines():
        form = form or _LONE_NAME_LABEL.fullmatch(line.strip()) is not None
        table = table or (len(line) < _HEADER_LONGEST and not _DIGIT.search(line)
                          and len(words := line.split()) >= _HEADER_LABELS
                          and _labels_a_person(words))
        if table and form:
            break
    return table, form


_LONE_NAME_LABEL = re.compile(
    r"[(（]?(?:ふりがな|フリガナ)[)）]?|(?:あなたの|本人の?)?(?:氏名|お名前)")


def page_rows(runs: list[Run], form: bool = False) -> list[list[str]] | None:
    """A page's rows of cells, or None for a page with no header line (its text as it is);
    ``form``: its lines as rows when it has none."""
    if not runs:
        return None
    height = statistics.median(run.top - run.bottom for run in runs)
    lines = _lines(runs, height)
    header = next((i for i, line in enumerate(lines) if _is_header(line)), None)
    if header is None:
        return [[run.text for run in line] for line in lines] if form else None
    anchors = [run.left for run in lines[header]]
    labels = [run.text for run in lines[header]]
    rows = [[run.text for run in line] for line in lines[:header]]
    rows += [[], _split_readings(labels, labels, header=True)]  # (an empty row: a new block)
    below = [run for line in lines[header + 1:] for run in line]
    bands, rest = _bands(below, height, anchors[0])
    rows += [_split_readings(labels, _cells(band, anchors)) for band in bands]
    rows += [[], *([run.text for run in line] for line in _lines(rest, height))]
    return rows


def _split_readings(labels: list[str], cells: list[str], header: bool = False) -> list[str]:
    """``cells`` with a column of readings over names (「（フリガナ）氏名」) as two, the
    reading's and the name's (the header's own cells: フリガナ | 氏名)."""
    out = []
    for label, cell in zip(labels, cells, strict=True):
        if not _READING_AND_NAME.search(label):
            out.append(cell)
        elif header:
            out += ["フリガナ", "氏名"]
        else:
            lines = cell.split("\n")
            out += ["\n".join(line for line in lines if _KANA.fullmatch(line)),
                    "\n".join(line for line in lines if not _KANA.fullmatch(line))]
    return out


_READING_AND_NAME = re.compile(r"(?:フリガナ|ふりがな|カナ).*(?:氏名|名前)")
_KANA = re.compile(r"[ァ-ヶーぁ-んｦ-ﾟ \u3000・]+")


def _lines(runs: list[Run], height: float) -> list[list[Run]]:
    """Runs in lines (their middles within half a line height), top to bottom, each left to
    right."""
    lines: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: -r.middle):
        if lines and abs(lines[-1][0].middle - run.middle) <= height / 2:
            lines[-1].append(run)
        else:
            lines.append([run])
    return [sorted(line, key=lambda r: r.left) for line in lines]


def _is_header(line: list[Run]) -> bool:
    return len(line) >= _HEADER_LABELS and not any(_DIGIT.search(run.text) for run in line) \
        and _labels_a_person([run.text for run in line])


def _labels_a_person(words: list[str]) -> bool:
    """Three labels or more of what a person holds (氏名, 生年月日, 個人番号, 住所), or a name's
    and another's among three labels or more (a health check's 社員番号 | 氏名 | 生年月日 | 血圧
    | 所見), or two names' (a 面談 schedule's 番 | 児童氏名 | 保護者氏名 | 備考), not a delivery
    slip's 商品名 | 数量 | 金額."""
    from leakscope.pii.context import NEGATIVE, label_category  # the detectors' vocabulary

    categories = [label_category(word) for word in words]
    personal = sum(category not in (None, NEGATIVE) for category in categories)
    names = categories.count("person_name")
    return personal >= _HEADER_LABELS or (
        names > 0 and personal >= _NAME_LABELS
        and (names >= _NAME_LABELS or len(words) >= _HEADER_LABELS)
        and not any(word.endswith((":", "：")) for word in words))  # (not 「氏名: 鈴木 誠 …」)


def _bands(runs: list[Run], height: float, first: float) -> tuple[list[list[Run]], list[Run]]:
    """The table's rows under its header (runs whose heights overlap, top to bottom), and the
    runs after it: from a gap of ``_ROW_GAP`` lines, a run left of the first column, or a
    row of one run (a line of text under the table: 「提出日　令和6年11月6日」)."""
    bands: list[list[Run]] = []
    starts: list[int] = []  # where each band begins in ``ordered``
    bottom = None
    ordered = sorted(runs, key=lambda r: -r.top)
    for i, run in enumerate(ordered):
        if run.left < first - _SLACK or (
                bottom is not None and bottom - run.top > _ROW_GAP * height):
            break
        if bottom is not None and run.top >= bottom:
            bands[-1].append(run)
            bottom = min(bottom, run.bottom)
        else:
            if bands and len(bands[-1]) == 1:
                break
            bands.append([run])
            starts.append(i)
            bottom = run.bottom
    else:
        i = len(ordered)
    if bands and len(bands[-1]) == 1:  # (its one run: the text after the table)
        bands.pop()
        i = starts.pop()
    return bands, ordered[i:]


def _cells(band: list[Run], anchors: list[float]) -> list[str]:
    """A band's runs under the header's columns (the last column whose label begins at or
    left of the run), a column's stacked runs top to bottom in one cell."""
    cells: list[list[Run]] = [[] for _ in anchors]
    for run in band:
        column = max((i for i, left in enumerate(anchors) if left <= run.left + _SLACK),
                     default=0)
        cells[column].append(run)
    return ["\n".join(run.text for run in sorted(cell, key=lambda r: -r.middle))
            for cell in cells]
