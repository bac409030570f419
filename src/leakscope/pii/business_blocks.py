"""A business's own block in free text: a line that is its name, then its 〒, address, TEL and
FAX on the lines right after (a dunning letter's, a settlement's or a forwarded mail's footer:
「株式会社みどり住宅サービス（法人番号 …）\\n〒154-0015 東京都…\\nTEL 03-… FAX 03-…」). Its values
are the company's, not personal, as a 代表電話 column's are; a staff member named under the
company's line (a signature's 「中村 拓真」) ends the block: their contacts stay theirs."""

from __future__ import annotations

import re
from dataclasses import replace

from .company_accounts import COMPANY_HELD, LEGAL_FORM
from .recognizers import Candidate, Recognizer
from .subject_businesses import IN_BLOCK

# a line that is a company's name (its legal form first or last, maybe a note in brackets)
_BUSINESS_LINE = re.compile(
    rf"^[ \t]*(?:(?:{LEGAL_FORM})[^\n]{{1,30}}?|[^\n]{{1,30}}?(?:{LEGAL_FORM}))"
    r"(?:[ \t]*[（(][^)）\n]{0,30}[)）])?[ \t]*$", re.MULTILINE)
_BLOCK_LINES = 3  # lines after the name its contacts are on
_MAYBE = ("会社", "㈱", "㈲", "(株", "（株", "(有", "（有")  # (else no regex call)

Found = tuple[float, Candidate, Recognizer]


def of_business_blocks(buffer: str, start: int, end: int, found: list[Found]) -> list[Found]:
    """``found`` (candidates in a unit, ``buffer[start:end]``) with the contacts in a
    business's block not personal (their detector says so: ``IN_BLOCK``); the unit's text is
    read only when a company's name may be in it."""
    if all(buffer.find(word, start, end) < 0 for word in _MAYBE):
        return found
    spans = _blocks(buffer[start:end], start, found)
    if not spans:
        return found
    return [(conf, replace(cand, personal=False,
                           detector=(cand.detector or rec.detector) + IN_BLOCK), rec)
            if rec.category in COMPANY_HELD and cand.personal is None
            and any(start <= cand.start < end for start, end in spans)
            else (conf, cand, rec) for conf, cand, rec in found]


def _blocks(text: str, offset: int, found: list[Found]) -> list[tuple[int, int]]:
    """Where each business's block is (buffer offsets): its name's line and the lines after
    it, up to a blank line, a person's name or ``_BLOCK_LINES``."""
    names = sorted(cand.start - offset for _, cand, rec in found
                   if rec.category == "person_name")
    spans = []
    for line in _BUSINESS_LINE.finditer(text):
        if any(line.start() <= name < line.end() for name in names):
            continue  # (「株式会社ABC 山田 太郎」: a person's line)
        end = line.end()
        for _ in range(_BLOCK_LINES):
            following = text.find("\n", end + 1)
            following = len(text) if following < 0 else following
            if not text[end + 1:following].strip() or any(
                    end < name < following for name in names):
                break
            end = following
        spans.append((offset + line.start(), offset + end))
    return spans
