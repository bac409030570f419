"""Names as some documents write them: a residents' register's household (世帯主, then its
世帯員 by given name), a wedding list's joint names (連名), a mail sender that is a shop."""

import itertools
import re

from ..name_lexicon import is_full_name
from ..normalize import is_kanji
from ..surnames import READINGS, SURNAMES, starts_with_surname
from .base import Candidate
from .name_words import (
    JOINT_SEPARATORS,
    NAME_CHARS,
    NO_ONE_NAME,
    NOT_GIVEN_ENDS,
    NOT_NAMES,
    RELATION_BEFORE,
    normalize_name,
)

# A household's head in a register's block (「世帯主: 小川 春香（昭和53年…）」), before its
# members; a new block begins with its own number or address line.
_HOUSEHOLD_HEAD = re.compile(rf"世帯主[ ]?[:：]?[ ]?({NAME_CHARS}{{1,4}}[ ]{NAME_CHARS}{{1,4}}"
                             rf"|{NAME_CHARS}{{2,7}})")
_HOUSEHOLD_START = re.compile(r"世帯番号|\n[ ]*\n")
_HOUSEHOLD_WINDOW = 400  # characters before a member's line the head's may be


def household_member(text: str, label: int, at: int, name: str) -> tuple[Candidate, ...]:
    """A 世帯員's name (at ``at``): a full one as written; a given name only (「世帯員 英樹」)
    under the surname of the head of its household, when the block names them, else as it
    is, less sure."""
    if NO_ONE_NAME.fullmatch(name) or NOT_NAMES.search(name) or name[-1] in NOT_GIVEN_ENDS:
        return ()
    if " " in name:
        return (Candidate(at, at + len(name), normalize_name(name), 0.9),)
    begin = max(0, label - _HOUSEHOLD_WINDOW)
    for block in _HOUSEHOLD_START.finditer(text, begin, label):
        begin = block.end()
    heads = list(_HOUSEHOLD_HEAD.finditer(text, begin, label))
    surname = surname_of(heads[-1].group(1)) if heads else None
    if surname is None:
        return (Candidate(at, at + len(name), name, 0.7),)
    if name.startswith(surname) and len(name) > len(surname):
        return (Candidate(at, at + len(name), name, 0.9),)
    return (Candidate(at, at + len(name), surname + name, 0.85),)


def surname_of(name: str) -> str | None:
    """The surname a full name starts with: before its space, else the longest known one."""
    family, space, given = name.partition(" ")
    if space:
        return family if given else None
    return next((name[:n] for n in (3, 2, 1) if name[:n] in SURNAMES and len(name) > n), None)


# Joint names in one cell (連名: a wedding list's 「山口 真綾・洋介」, 「山口真綾、山口洋介」):
# each a person, a given name alone under the first's surname.
JOINED = re.compile(f"[{JOINT_SEPARATORS}]")
# The record suffix of a joint name's second, third and fourth person (the first is the row's).
JOINT = ("/連名2", "/連名3", "/連名4")
# ... of the emergency contact a row's note gives (``row_contacts``: 「緊急連絡先 千代様（娘）…」)
NOTE_CONTACT = "/緊急連絡先"
# Every other person a cell names beside the row's own: a candidate's ``person``.
CELL_PEOPLE = (*JOINT, NOTE_CONTACT)

_JOINT_PART = re.compile(f"(?:{RELATION_BEFORE})?{NAME_CHARS}{{1,7}}(?: {NAME_CHARS}{{1,7}})?")
_JOINT_SEPARATORS = frozenset(JOINT_SEPARATORS)
# a later joint name's shortest written in full under a surname no list knows (月見里陽子): a
# given name alone is rarely four kanji
_RARE_FULL = 4
# ... in Latin letters: each two words or more (「Smith, John」 is one person's)
_LATIN_JOINT = re.compile(r"[A-Za-z][A-Za-z'.\-]*(?: [A-Za-z][A-Za-z'.\-]*){1,3}")


_RELATION_BEFORE = re.compile(RELATION_BEFORE)  # (match: at a name's start)


def relation_length(name: str) -> int:
    """How many characters of a name's cell say whose relative they are (「妻 前田久美子」: 2,
    「長女 ワンジュン」), 0 when none do, or when what follows is no full name (「孫 正義」 is a
    name)."""
    m = _RELATION_BEFORE.match(name)
    if m is None:
        return 0
    rest = name[m.end():]
    return m.end() if " " in rest.strip() or is_full_name(rest) or _KATAKANA.fullmatch(rest) \
        else 0


_KATAKANA = re.compile("[ァ-ヺー・]{2,}")


def joint_of(record: str | None) -> str:
    """The ``CELL_PEOPLE`` suffix a record ends in ("" for none): whose of a cell's people."""
    return next((suffix for suffix in CELL_PEOPLE if record and record.endswith(suffix)), "")


def joint_names(text: str, at: int, length: int) -> tuple[Candidate, ...] | None:
    """The people of a joint name (``length`` characters at ``at`` in ``text``), or None
    when it is not one (no known surname first: a foreign name's 「マイケル・ジョーダン」). A
    relation before a name is not its (a register's 同行者 「妻 前田久美子、長男 前田太一」)."""
    cell = text[at:at + length]
    if cell.isascii():
        return _latin_joint_names(cell, at)
    spans = [part.span() for part in _JOINT_PART.finditer(cell)]
    if not 2 <= len(spans) <= 4 or spans[0][0] or spans[-1][1] != len(cell) or any(
            cell[a[1]:b[0]].strip() not in _JOINT_SEPARATORS
            for a, b in itertools.pairwise(spans)):
        return None
    names = [(start + relation_length(cell[start:end]), end) for start, end in spans]
    if all(cell[start:end] in SURNAMES for start, end in names):
        # (a shift sheet's 担当 「中島、山本、佐々木」: surnames alone, no one's whole name, the
        # row's names; not a joint name's people, who share its home)
        return tuple(Candidate(at + start, at + end, cell[start:end]) for start, end in names)
    first = cell[slice(*names[0])]
    surname = surname_of(first)
    # (a surname no list knows, each name in full: 「五月女充、五月女桃子」)
    rare = surname is None and is_kanji(first[:1]) and is_full_name(first)
    if not rare and (surname is None or not is_kanji(surname[0]) or first in SURNAMES):
        return None  # (「田中・佐藤太郎」: no one's people)
    found = [Candidate(at + names[0][0], at + names[0][1], normalize_name(first))]
    for (start, end), person in zip(names[1:], JOINT, strict=False):
        name = cell[start:end]
        full = " " in name or any(name[:n] in SURNAMES and len(name) > n
                                  for n in (len(surname or ""), 3, 2)) \
            or (len(name) >= _RARE_FULL and is_full_name(name))  # (月見里陽子)
        if not full and rare:
            return None  # (whose surname a given name goes under, no one can tell)
        found.append(Candidate(at + start, at + end,
                               normalize_name(name) if full else surname + name, person=person))
    return tuple(found)


def _latin_joint_names(cell: str, at: int) -> tuple[Candidate, ...] | None:
    """The people of a joint name in Latin letters, each of two words or more."""
    spans, start = [], 0
    for part in re.split(f"[{JOINT_SEPARATORS}]", cell):
        name = part.strip()
        if not _LATIN_JOINT.fullmatch(name):
            return None
        begin = cell.index(name, start)
        spans.append((begin, begin + len(name)))
        start = begin + len(name)
    if not 2 <= len(spans) <= 4:
        return None
    return tuple(Candidate(at + begin, at + end, normalize_name(cell[begin:end]), person=person)
                 for (begin, end), person in zip(spans, ("", *JOINT), strict=False))


# A mail's display name that is a shop's or a brand's, not a person's: one katakana word
# shaped as a loanword (a long vowel, a small vowel, ヴ: 「ルミエール」), not a known family
# name's reading, or any one word before a desk's mailbox (support@, info@).
_KATAKANA_WORD = re.compile("[ァ-ヶー]+")
_LOANWORD = re.compile("[ーァィゥェォヮヴ]")
_DESK_MAILBOX = re.compile(r"<(?:support|info|information|noreply|no-reply|shop|store|sales|"
                           r"contact|service|customer|order|orders|news|newsletter|admin|"
                           r"webmaster|help|cs|office|reservation|booking|magazine)@",
                           re.IGNORECASE)


def is_brand(value: str, address: str) -> bool:
    """Whether a display name ``value`` before ``address`` (<…@…>) is a business's."""
    if " " in value:
        return False
    if _DESK_MAILBOX.match(address.lstrip()) and not starts_with_surname(value):
        return True
    return _KATAKANA_WORD.fullmatch(value) is not None and _LOANWORD.search(value) is not None \
        and not any(value.startswith(reading) for reading in READINGS)


# A family's cell, each member's name with its relation in brackets (a 檀家名簿's 家族 「松田勝(夫)
# ・松田千代（長女）」, 「豊(長男)・森田美穂（長女）」)
_RELATED_PART = re.compile(rf"[ ]?({NAME_CHARS}{{1,7}}(?: {NAME_CHARS}{{1,7}})?)[ ]?"
                           r"[(（][^()（）]{1,6}[)）][ ]?")


def related_names(cell: str, at: int) -> tuple[Candidate, ...] | None:
    """The members a family's cell (``cell`` at ``at``) names in full, each a person of the
    row beside its own (a given name alone is no one's whole name), or None when ``cell`` is
    not such a cell."""
    parts, end = [], 0
    for m in _RELATED_PART.finditer(cell):
        if cell[end:m.start()].strip() not in ("", *_JOINT_SEPARATORS):
            return None
        parts.append(m)
        end = m.end()
    if len(parts) < 2 or cell[end:].strip():
        return None
    found = [m for m in parts if starts_with_surname(name := m.group(1).replace(" ", ""))
             and is_full_name(name)]
    return tuple(Candidate(at + m.start(1), at + m.end(1), normalize_name(m.group(1)),
                           person=person) for m, person in zip(found, JOINT, strict=False))

