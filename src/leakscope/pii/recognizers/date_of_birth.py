"""Dates of birth (Western and 和暦), only where a birth label is the nearest label."""

import copy
import datetime as dt
import re
import time
from collections.abc import Iterable
from functools import lru_cache

from ..dates import MONTH_ABBREVIATION, MONTH_NAME, claim_date, parse_date
from .animals import in_animal_bracket
from .base import Candidate, Recognizer

_SEP = r"[ ]?[年.\-/][ ]?"
EARLIEST = dt.date(1880, 1, 1)


@lru_cache(maxsize=1)
def _today_cached(hour: int) -> dt.date:
    return dt.date.today()


def today() -> dt.date:
    """Today, re-read at most hourly (validate runs per date found)."""
    return _today_cached(int(time.time() // 3600))


_WAREKI = rf"(?:明治|大正|昭和|平成|令和|[MTSHR])[ ]?(?:元|[0-9]{{1,2}}){_SEP}"
_WESTERN = rf"(?:18|19|20)[0-9]{{2}}{_SEP}"
_MONTH_DAY = r"[0-9]{1,2}[ ]?[月.\-/][ ]?[0-9]{1,2}"


class DateOfBirthRecognizer(Recognizer):
    category = "date_of_birth"
    detector = "birth_date_context"
    shapes = (
        rf"{_WAREKI}{_MONTH_DAY}日?",
        rf"{_WESTERN}{_MONTH_DAY}日?",
        r"(?:19|20)[0-9]{2}[01][0-9][0-3][0-9]",
        r"[0-9]{1,2}/[0-9]{1,2}/(?:19|20)[0-9]{2}",
        r"[0-9]{1,2}\.[0-9]{1,2}\.(?:19|20)[0-9]{2}",
        rf"(?i:{MONTH_NAME}) [0-9]{{1,2}},? (?:18|19|20)[0-9]{{2}}",
        rf"[0-9]{{1,2}} (?i:{MONTH_NAME}),? (?:18|19|20)[0-9]{{2}}",
        rf"[0-3][0-9](?i:{MONTH_ABBREVIATION})[0-9]{{2}}",
    )
    context = ("生年月日", "誕生日", "生まれ", "birth", "dob", "birthday", "date of birth",
               "seinengappi", "seinen_gappi", "tanjobi", "tanjoubi",
               "birthdate", "birth_date", "生年", "born",
               "出生", "出生日", "出生年月日")  # (a family tree's 「出生 昭和23年4月25日」)
    confidence = 0.0  # a date is a date; only a birth label makes it personal
    day_first = False  # 04/07/1963 is 7 April (a day-first column's reader: 4 July)

    def parse(self, text: str, start: int, end: int) -> Iterable[Candidate]:
        # 「令和6年11月15日 提出」 under a form's 生年月日 line: the form's date, not a birth;
        # nor a pet's (「動物の生年月日 2015年02月12日」)
        # nor the day one died, after a birth date's label (「生年月日は昭和9年1月14日、亡くなった
        # のは令和5年12月19日です」)
        return [c for c in super().parse(text, start, end)
                if _DOCUMENT_DATE.match(text, c.end, c.end + 8) is None
                and not in_animal_bracket(text, c.start)
                and _DIED_BEFORE.search(text, max(0, c.start - 12), c.start) is None]

    def validate(self, token: str) -> str | None:
        date = parse_date(token, self.day_first)
        if date is None or not EARLIEST <= date <= today():
            return None
        return date.isoformat()

    def from_label(self, text: str) -> Candidate | None:
        value = self.validate(text)
        if value is None and (claimed := claim_date(text)) is not None \
                and EARLIEST <= claimed <= today():
            value = claimed.isoformat()  # (a claim's 3440209 in its birth column)
        return None if value is None else Candidate(0, len(text), value)

    def day_first_reader(self) -> Recognizer:
        reader = copy.copy(self)
        reader.day_first = True
        return reader


# What the day one died follows (no birth date, whatever label is nearest before it).
_DIED_BEFORE = re.compile(r"(?:亡くなった|亡くなられた|亡くなり|逝去|永眠|他界|死去|死亡)"
                          r"(?:の|日)?(?:は|が)?[ \t　:：]*$")
# What a document's own date is followed by (the day it was handed in, made, accepted).
_DOCUMENT_DATE = re.compile(r"[ \t　]*(?:提出|作成|記入|受付|受理|発行|届出|申請|現在)")


class BornOnRecognizer(DateOfBirthRecognizer):
    """「昭和60年10月20日生」: a date its own 生 (born) follows at once needs no other label."""

    detector = "birth_date_born"
    shapes = (*(rf"{year}[ ]?年[ ]?[0-9]{{1,2}}[ ]?月[ ]?[0-9]{{1,2}}日生" for year in (
        r"(?:明治|大正|昭和|平成|令和)[ ]?(?:元|[0-9]{1,2})", r"(?:18|19|20)[0-9]{2}")),
        # a memo's short forms: S35.4.8生, 1960/4/8生, 2012-04-22生
        *(rf"(?:[MTSHR][0-9]{{1,2}}|(?:18|19|20)[0-9]{{2}}){sep}[0-9]{{1,2}}{sep}[0-9]{{1,2}}生"
          for sep in (r"\.", "/", "-")))
    context = ()
    numeric = False  # another label nearby does not make it something else
    negated = False
    confidence = 0.95

    from_label = Recognizer.from_label  # a birth column's cells are DateOfBirthRecognizer's
    day_first_reader = Recognizer.day_first_reader  # its dates are year first

    def parse(self, text: str, start: int, end: int) -> Iterable[Candidate]:
        # 「…日生産」「…日生活」: 生 begins another word there; 「（柴犬・オス・平成27年4月26日
        # 生）」: a pet's birth (``DateOfBirthRecognizer.parse``)
        return [Candidate(c.start, c.end - 1, c.value) for c in super().parse(text, start, end)
                if not "\u4e00" <= text[c.end:c.end + 1] <= "\u9fff"]

    def validate(self, token: str) -> str | None:
        return super().validate(token[:-1])
