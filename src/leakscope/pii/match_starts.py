"""Where a trigger's match starts, found in Python after hyperscan reports only where it ends.

Hyperscan's start-of-match tracking (``HS_FLAG_SOM_LEFTMOST``) on the name triggers (a
kanji run of one to four before a space, an honorific, a bracket...) cost as much as all the
other patterns' scan together: an application log's scan took twice as long with it. Names are
few in most text, so their starts are found after the scan, one ``re`` search each, over the
least stretch that can hold the match: as many characters back as the pattern is wide, and
never past as many line breaks as it can hold. The start is the leftmost one of a match
ending there, as hyperscan's would be (a match of a pattern of unbounded width longer than
``_MAX_REACH`` characters, none of these in practice, is sought no further back).
"""

from __future__ import annotations

import re
from functools import cached_property
from re import _constants as sre
from re import _parser

# A match of a pattern of unbounded width is looked for this many characters back at most (a
# 200 MB line is searched no further).
_MAX_REACH = 1024
_UNBOUNDED = sre.MAXREPEAT


class MatchStart:
    """Finds the leftmost start of a trigger's match that ends at a known offset."""

    def __init__(self, pattern: str) -> None:
        self._pattern = pattern

    @cached_property
    def _parsed(self) -> _parser.SubPattern:
        return _parser.parse(self._pattern, re.ASCII)  # (\b, \w, \d as hyperscan's: ASCII)

    @cached_property
    def lines(self) -> int | None:
        """How many line breaks a match holds at most (None: no bound)."""
        return _line_breaks(self._parsed)

    @cached_property
    def _reading(self) -> tuple[re.Pattern[str], int]:
        """The pattern anchored at its end, and how far back its matches reach (characters).
        Compiled on first use: a start-up compiling all of them would cost ~0.3 s."""
        width = self._parsed.getwidth()[1]
        return (re.compile(rf"(?:{self._pattern})\Z", re.ASCII),
                _MAX_REACH if width >= _UNBOUNDED else width)

    def start(self, text: str, end: int) -> int | None:
        """The leftmost start of a match of the trigger that ends at ``end`` in ``text``."""
        ending, reach = self._reading
        low, lines = max(end - reach, 0), self.lines
        if lines is not None:  # not before the break before the first one it may hold
            cut = end
            for _ in range(lines + 1):
                cut = text.rfind("\n", low, cut)
                if cut < 0:
                    break
            low = max(low, cut + 1)
        m = ending.search(text, low, end)
        return None if m is None else m.start()


def match_start(pattern: str) -> MatchStart | None:
    """A start finder for hyperscan ``pattern``, or None when ``re`` would read it otherwise
    than hyperscan (inline flags)."""
    return None if "(?" in pattern.replace("(?:", "") else MatchStart(pattern)


def _line_breaks(items) -> int | None:
    """How many line breaks a match of parsed ``items`` holds at most; None: no bound."""
    total = 0
    for op, arg in items:
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            _, high, sub = arg
            inner = _line_breaks(sub)
            if inner is None or (inner and high == _UNBOUNDED):
                return None
            count = inner * high
        elif op is sre.SUBPATTERN:
            count = _line_breaks(arg[-1])
        elif op is sre.BRANCH:
            counts = [_line_breaks(branch) for branch in arg[1]]
            count = None if None in counts else max(counts)
        elif op is sre.ATOMIC_GROUP:
            count = _line_breaks(arg)
        elif op is sre.LITERAL:
            count = int(arg == 10)
        elif op is sre.NOT_LITERAL:
            count = int(arg != 10)
        elif op is sre.IN:
            count = int(_set_holds_newline(arg))
        elif op in (sre.AT, sre.ANY):  # (an anchor; "." stops at a line break)
            count = 0
        else:  # (a back reference, a look-around: not in hyperscan's patterns)
            return None
        if count is None:
            return None
        total += count
    return total


def _set_holds_newline(items) -> bool:
    """Whether a character set ``[...]`` matches a line break."""
    negated, held = False, False
    for op, arg in items:
        if op is sre.NEGATE:
            negated = True
        elif op is sre.LITERAL:
            held |= arg == 10
        elif op is sre.RANGE:
            held |= arg[0] <= 10 <= arg[1]
        elif op is sre.CATEGORY:
            held |= arg in (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_DIGIT,
                            sre.CATEGORY_NOT_WORD, sre.CATEGORY_LINEBREAK)
    return held != negated
