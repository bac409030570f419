"""A mail body hard-wrapped at a fixed width, read through its breaks.

Japanese mailers wrap a body at a fixed number of characters (or columns, a full-width one
counting two) with no hyphen, wherever the width falls: 「住所は〒７１６−７⏎７９８　新潟県…」,
「生年月日は昭和６１⏎年１月２日です」. A reader reads through the break; detectors need the
value whole. A body is taken for wrapped when its longest Japanese lines are all one width
and there are enough of them (three, or two that are half its lines): a paragraph's lines
but its last. The breaks after such full lines are taken out where a shorter line closes
their run (a list of records that happen to be one length has none), unless the line ends a
sentence or reads as a table's row (a tab, a run of blanks), is quoted (``>``) or is all
ASCII (English wraps at a blank, which the break replaced). The unit keeps where each break
was (`JoinedLines.breaks`), so findings still name the line and column as written.
"""

from __future__ import annotations

import re

from leakscope.pii.units import JoinedLines

MIN_WIDTH = 30  # characters: a shorter fixed width is a form's layout, not a wrap
_ENDS = tuple("。．.！？!?」』）)：:")
_LABELLED = re.compile(r"(?:TEL|FAX|E-?mail|Mail|URL|〒|電話|携帯|住所|氏名)[ \u3000:：]",
                       re.IGNORECASE)
_WHOLE_PHONE = re.compile(r"[0-9]{2,5}-[0-9]{1,4}-[0-9]{4}$")


def joined_lines(text: str, path: str, location: dict) -> JoinedLines | None:
    """``text`` with its hard wraps joined, as a unit at ``location``; None when it is not
    wrapped."""
    lines = text.split("\n")
    lengths = list(map(len, lines))
    # the lines a wrap may have filled: long, Japanese, not quoted (most mail: none or one)
    candidates = [n for n, size in enumerate(lengths) if size >= MIN_WIDTH]
    if len(candidates) < 2:
        return None
    candidates = [n for n in candidates
                  if not lines[n].isascii() and not lines[n].startswith(">")]
    if len(candidates) < 2:
        return None
    full = _full_lines(lines, candidates, [lengths[n] for n in candidates], 0)
    if not full:  # columns: a character of three UTF-8 bytes (kana, kanji, full-width
        # forms: Japanese text's wide ones) counts two; one encode for the whole body
        encoded = list(map(len, text.encode("utf-8", "surrogatepass").split(b"\n")))
        columns = [(encoded[n] + lengths[n]) // 2 for n in candidates]
        full = _full_lines(lines, candidates, columns, 1)
    if not full:
        return None
    closed = _closed_runs(lines, full)
    breaks: list[int] = []
    pieces: list[str] = []
    at = 0  # length of the joined text so far
    for number, line in enumerate(lines):
        pieces.append(line)
        at += len(line)
        if number + 1 == len(lines):
            break
        if number in closed and _joins(line, lines[number + 1]):
            breaks.append(at)
        else:
            pieces.append("\n")
            at += 1
    if not breaks:
        return None
    return JoinedLines("".join(pieces), path, location, breaks=tuple(breaks))


def _full_lines(lines: list[str], candidates: list[int], sizes: list[int], slack: int
                ) -> set[int]:
    """Numbers of the ``candidates`` lines at the body's wrap width by their ``sizes``
    (characters, or columns with a ``slack`` of one: a wide character that no longer
    fitted); empty when the body is not wrapped."""
    width = max(sizes)
    if sizes.count(width) < 2 or width < MIN_WIDTH * (1 + slack):
        return set()
    full = {n for n, size in zip(candidates, sizes, strict=True) if size >= width - slack}
    if len(full) >= 3 or 2 * len(full) >= sum(map(bool, lines)):
        return full
    return set()


def _closed_runs(lines: list[str], full: set[int]) -> set[int]:
    """The full lines of runs that a shorter line ends (a paragraph's last): a list of
    records that happen to be one length runs to its end or to a blank line."""
    closed: set[int] = set()
    ends_short = False  # whether the run below the line looked at ends in a short line
    for number in range(len(lines) - 1, -1, -1):
        if number in full:
            if ends_short:
                closed.add(number)
        else:
            ends_short = bool(lines[number].strip()) and not lines[number].startswith(">")
    return closed


def _joins(line: str, following: str) -> bool:
    """Whether the break after a full ``line`` is a wrap to read through: not before a
    labelled line (a signature's 「TEL …」 under its address line), nor after a whole phone
    number (its next line a mail address)."""
    return (bool(following.strip()) and not following.startswith(">")
            and not line.endswith(_ENDS) and "\t" not in line and "  " not in line
            and "\u3000\u3000" not in line and _LABELLED.match(following) is None
            and _WHOLE_PHONE.search(line) is None)
