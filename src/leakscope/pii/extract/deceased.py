"""Rows and forms whose own person has died: a 死亡退院 list, a summary whose 転帰 is 死亡.

APPI's 個人情報 is a living person's: 本人の数 counts no one who died. Their values are still
reported (what leaked), and their family in the row (届出人, キーパーソン) are people. The
row's own cells become a record of their own (``#row5/故人``), on the table path and the row
reader alike, and the people count leaves out whoever such a record links to.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

DECEASED = "/故人"
# the label of a person who has died (a 相続's 被相続人): a column, a form's value, a JSON key
DECEASED_PERSON = r"被相続人|故人|亡くなった方|死亡者|deceased"
DECEASED_LABEL = re.compile(DECEASED_PERSON, re.IGNORECASE)
# a column of the day its row's person died (filled: they did)
_DEATH_DAY = re.compile(r"^(?:(?:死亡|死去|逝去|没)(?:年月日|日|日時|年月日時)"
                        r"|date[ _]?of[ _]?death|death[ _]?date|deceased[ _]?(?:date|on))$",
                        re.IGNORECASE)
# a column of how a stay or a registration ended (転帰 | 死亡, 異動事由 | 死亡, a care home's
# 退去理由 | 死亡, a visiting nurses' 終了理由 | 死亡（在宅看取り）)
_OUTCOME = re.compile(r"^(?:転帰|退院区分|(?:退院|退所|退去|退居|終了|中止)(?:事由|理由)|異動事由"
                      r"|喪失事由|生死|outcome|vital[ _]?status)$", re.IGNORECASE)
_DIED = re.compile(r"(?:死亡|死去|逝去|永眠|他界)(?:退院|退所)?|deceased|died|dead", re.IGNORECASE)
# a note's column (備考 | 令和7年8月2日 死亡のため終了): it says so in words, of no relative
_NOTE = re.compile(r"^(?:備考|摘要|特記事項|メモ|notes?|remarks?|comments?)$", re.IGNORECASE)
_NOTE_AFTER = re.compile(r"[(（][^()（）]*[)）]$")  # where or how, after an outcome's word
DEATH_WORDS = "死亡|死去|逝去|永眠|他界"  # (RE2 and Python alike: a note without one says nothing)
_DIED_NOTE = re.compile(rf"(?<![父母夫妻様族子娘兄姉弟妹祖])(?<!主人)(?:{DEATH_WORDS})"
                        r"(?:のため|により|につき|に伴い|で)?(?:終了|退会|解約|中止|削除|閉鎖|退院|退所)")


def _clean(text: object) -> str:
    return unicodedata.normalize("NFKC", str(text)).strip() if text is not None else ""


DAY, OUTCOME, NOTE = "day", "outcome", "note"  # what a death column holds


@lru_cache(maxsize=256)
def death_columns(labels: tuple[str | None, ...]) -> tuple[tuple[int, str], ...] | None:
    """Per column that can say its row's person died: (column, what it holds: DAY, OUTCOME
    or NOTE); None for a header with none, or naming one who died (被相続人 | 死亡日: the day
    is theirs, not the row's heir's)."""
    if any(DECEASED_LABEL.search(label) for label in map(_clean, labels)):
        return None
    found = tuple((c, DAY if _DEATH_DAY.match(label) else OUTCOME if _OUTCOME.match(label)
                   else NOTE) for c, label in enumerate(map(_clean, labels))
                  if _DEATH_DAY.match(label) or _OUTCOME.match(label) or _NOTE.match(label))
    return found or None


def says_died(text: object, kind: str) -> bool:
    """Whether a cell under a ``death_columns`` column says its person died: a day (any
    digit, 令和元年) under 死亡日, 死亡 under 転帰, 「死亡のため終了」 in a 備考."""
    cell = _clean(text)
    if kind == DAY:
        return any(c.isdigit() for c in cell) or "元年" in cell
    if kind == NOTE:
        return _DIED_NOTE.search(cell) is not None
    return bool(_DIED.fullmatch(_NOTE_AFTER.sub("", cell)))  # (死亡（在宅看取り）)


def row_died(cells: Sequence[object], columns: tuple[tuple[int, str], ...]) -> bool:
    return any(c < len(cells) and says_died(cells[c], kind) for c, kind in columns)


def form_died(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a form's label | value pairs say its person died (死亡日時 | 令和8年…, 転帰 |
    死亡); not a form naming one who died (a 相続's 被相続人 and their 死亡年月日)."""
    if any(DECEASED_LABEL.search(cell) for row in rows for cell in row if cell):
        return False
    for row in rows:
        cells = [c for c in row if c]
        for label, value in itertools.pairwise(cells):
            columns = death_columns((label,))
            if columns is not None and says_died(value, columns[0][1]):
                return True
    return False
