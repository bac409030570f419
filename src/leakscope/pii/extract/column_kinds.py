"""A table without a header (a raw dump, an export run without its header line): each column's
kind told by its first rows' cells, written as the label a header would give it.

``"20000","佐藤","里佳","rika.sato@gmail.com","09012345678","2714567","千葉県","松戸市小金原7丁目
14-6","クレスト801","19500314"``: a column of known surnames with a column of given names
after it is 姓 | 名 (read as one name, as under a header), a prefecture's column and the
addresses after it 都道府県 | 住所1 | 住所2, seven digits beside them a postal code, a date
decades ago a birth date. The labels go where a header's would (``tables.head_labels``), so
the row reader and the Arrow path read the file as one table with those labels and a row is
one person. They are given only where the values leave no doubt: most cells of a column of
one kind, and a name or an address among the columns (a log's lines are no one's list).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence

from leakscope.pii.dates import claim_date, parse_date
from leakscope.pii.extract.base import cell_text
from leakscope.pii.extract.row_people import role_suffix
from leakscope.pii.name_lexicon import is_known_full_name
from leakscope.pii.recognizers.address import BUILDING_WORDS, DESIGNATED_CITIES, PREFECTURES
from leakscope.pii.recognizers.date_of_birth import EARLIEST, today
from leakscope.pii.recognizers.name_words import BUSINESS
from leakscope.pii.recognizers.phone import valid_national
from leakscope.pii.surnames import SURNAMES, starts_with_surname

MOST = 0.8  # the share of a column's filled cells that must be of its kind
KNOWN_SURNAMES = 0.5  # the share of a name column's cells that begin with a common surname
# the share of an unknown header's cells that must be a surname and a given name the dictionary
# knows (山口真綾), before the column is a name's: places (中村区, 山田町, 上野駅) begin with a
# surname too, and a name column holds given names no dictionary knows (零, 幹)
KNOWN_GIVEN = 0.5
NAME_ROWS = 10  # the first rows of a table (the records of a log's one shape) that tell it
MIN_NAMES = 4  # cells of them filled (a log's shape of fewer records is read record by record)
MIN_AGE_YEARS = 15  # a birth date column's dates are at least this old (not a log's dates)

_EMAIL = re.compile(r"[a-z0-9][a-z0-9._%+\-]{0,63}@[a-z0-9](?:[a-z0-9\-]{0,62}\.)+[a-z]{2,24}")
_POSTAL = re.compile(r"〒?\s?[0-9]{3}-?[0-9]{4}")
_PHONE_MARKS = re.compile(r"[\s\-()]")
_KANJI = r"\u4e00-\u9fff々〆ヶ"
_KANA = r"ぁ-ゖァ-ヺー"
_SURNAME = re.compile(f"[{_KANJI}]{{1,4}}")
_GIVEN = re.compile(f"[{_KANJI}{_KANA}]{{1,6}}")
_FULL_NAME = re.compile(f"[{_KANJI}]{{1,4}}[ \u3000]?[{_KANJI}{_KANA}]{{1,6}}")
# a shop's or a firm's name shaped like a person's (山田商店, 佐藤工業): no name column's
_FIRM = re.compile(f"{BUSINESS}|商店|商事|商会|工業|工務店|建設|産業|興業|物産|病院|医院|薬局|"
                   "組合|協会|学園|学校|[店屋堂]$")
_KANA_NAME = re.compile(r"[ァ-ヺー]{1,8}[ \u3000][ァ-ヺー]{1,8}")
_PLACES = "|".join((*PREFECTURES, *DESIGNATED_CITIES))
_NUMBERED = r"[^@]*(?:[0-9]|丁目|番地|番|号)"
_ADDRESS = re.compile(f"(?:{_PLACES})[^@]{{0,12}}?[市区町村郡]{_NUMBERED}.*")
_PLACE_ON = re.compile(f"[^@0-9\\s]{{1,12}}?[市区町村郡]{_NUMBERED}.*")  # after a prefecture
_BUILDING = re.compile(
    f"[^@\\s]*(?:{'|'.join(BUILDING_WORDS)}|[ァ-ヺー]{{2}})[^@]*|[0-9]{{1,5}}(?:号室|号)?")


def inferred_labels(rows: Sequence[Sequence[object]]) -> tuple[str | None, ...] | None:
    """Labels for the columns of ``rows`` (a table's first rows, none of them a header), or
    None when the values do not say what a person's list holds."""
    rows = [row for row in rows if any(cell_text(c).strip() for c in row)]
    if not rows:
        return None
    width = max(len(row) for row in rows)
    columns = [[_text(row[c]) if c < len(row) else "" for row in rows] for c in range(width)]
    labels: list[str | None] = [None] * width
    for c, column in enumerate(columns):
        labels[c] = _own_kind(column)
    _pairs(columns, labels)
    _postal_and_birth(columns, labels)  # (a name and a birth date: a list of people)
    if not _about_people(labels):
        return None
    return tuple(labels)


def names_by_values(labels: Sequence[str | None], rows: Sequence[Sequence[object]]
                    ) -> tuple[str | None, ...]:
    """``labels`` with the one column of full names under a header no detector knows (a
    coupon log's ``target``, ``patient``; not a role's, such as 故人) labelled 氏名, told by
    the first ``NAME_ROWS`` of ``rows``, where no header names a name's column: else the log's
    names were no one's, and the child's records elsewhere another person."""
    from leakscope.pii.context import label_category  # the detectors' label vocabulary

    labels, rows = tuple(labels), rows[:NAME_ROWS]
    if any(label_category(label) == "person_name" for label in labels):
        return labels
    named = [c for c, label in enumerate(labels)
             if label and label_category(label) is None and not role_suffix(label)
             and _names_column([_text(row[c]) if c < len(row) else "" for row in rows])]
    if len(named) != 1:
        return labels
    return tuple("氏名" if c == named[0] else label for c, label in enumerate(labels))


def _names_column(column: list[str]) -> bool:
    """Most cells full names, half of them of a given name the dictionary knows."""
    filled = [cell for cell in column if cell]
    return len(filled) >= MIN_NAMES and _own_kind(column) == "氏名" \
        and sum(map(is_known_full_name, filled)) >= KNOWN_GIVEN * len(filled)


def _text(value: object) -> str:
    return unicodedata.normalize("NFKC", cell_text(value)).strip()


def _most(column: list[str], test: Callable[[str], bool]) -> bool:
    filled = [cell for cell in column if cell]
    return bool(filled) and sum(map(test, filled)) >= MOST * len(filled)


def _own_kind(column: list[str]) -> str | None:
    """What a column is from its cells alone (given names, buildings, postal codes and birth
    dates are told by their neighbours: ``_pairs``, ``_postal_and_birth``)."""
    for label, test in _OWN_KINDS:
        if _most(column, test):
            return label
    filled = [cell for cell in column if cell]
    if _most(column, lambda cell: _SURNAME.fullmatch(cell) is not None) \
            and sum(cell in SURNAMES for cell in filled) >= KNOWN_SURNAMES * len(filled):
        return "姓"
    if _most(column, _is_name) \
            and sum(map(starts_with_surname, filled)) >= KNOWN_SURNAMES * len(filled):
        return "氏名"
    if _most(column, lambda cell: _KANA_NAME.fullmatch(cell) is not None):
        return "フリガナ"
    return None


def _is_email(cell: str) -> bool:
    return _EMAIL.fullmatch(cell.lower()) is not None


def _is_phone(cell: str) -> bool:
    digits = _PHONE_MARKS.sub("", cell)
    if digits.startswith("+81"):
        digits = "0" + digits[3:].lstrip("0")
    return digits.isdigit() and valid_national(digits)


def _is_prefecture(cell: str) -> bool:
    return cell in PREFECTURES


def _is_address(cell: str) -> bool:
    return _ADDRESS.fullmatch(cell) is not None


def _is_place(cell: str) -> bool:
    """The rest of an address after its prefecture (松戸市小金原7丁目14-6)."""
    return _PLACE_ON.fullmatch(cell) is not None


def _is_name(cell: str) -> bool:
    return _FULL_NAME.fullmatch(cell) is not None and _FIRM.search(cell) is None


def _is_postal(cell: str) -> bool:
    return _POSTAL.fullmatch(cell) is not None


def _birth_date(cell: str) -> dt.date | None:
    """The date a cell names when it may be a birth date (not within ``MIN_AGE_YEARS``)."""
    date = parse_date(cell) or claim_date(cell)  # (a 国保連 file's 3440209)
    latest = today() - dt.timedelta(days=365 * MIN_AGE_YEARS)
    return date if date is not None and EARLIEST <= date <= latest else None


_OWN_KINDS = (("メールアドレス", _is_email), ("電話番号", _is_phone), ("都道府県", _is_prefecture),
              ("住所", _is_address))
# what a single cell must be to be one of a column's values (not a header's word over them)
_VALUE_OF = {"メールアドレス": _is_email, "電話番号": _is_phone, "都道府県": _is_prefecture,
             "住所": _is_address, "住所1": _is_place, "姓": SURNAMES.__contains__,
             "氏名": lambda cell: _is_name(cell) and starts_with_surname(cell),
             "郵便番号": _is_postal, "生年月日": lambda cell: _birth_date(cell) is not None}


def first_row_is_data(rows: Sequence[Sequence[object]]) -> tuple[str | None, ...] | None:
    """The labels of ``rows`` when their first row, though all words (a header's shape: 佐藤 |
    里佳 | 千葉県 | 松戸市小金原七丁目), is a row of the columns' values: two or more of its
    cells are what their columns hold (a surname of the list, a prefecture, a date)."""
    if len(rows) < 2 or sum(any(test(text) for test in _VALUE_OF.values())
                            for cell in rows[0] if (text := _text(cell))) < 2:
        return None  # (a header's words: no table is read again)
    labels = inferred_labels(rows)
    if labels is None:
        return None
    first = rows[0]
    fits = sum(1 for c, label in enumerate(labels)
               if label in _VALUE_OF and c < len(first) and _VALUE_OF[label](_text(first[c])))
    return labels if fits >= 2 else None


def _pairs(columns: list[list[str]], labels: list[str | None]) -> None:
    """The columns a neighbour tells: the given names after surnames (姓 | 名), the rest of an
    address after its prefecture (都道府県 | 住所1) and the building after an address (住所1 |
    住所2): parts ``split_fields`` joins into one name, one address."""
    for c in range(len(columns) - 1):
        after = columns[c + 1]
        if labels[c + 1] is not None:
            continue
        if labels[c] == "姓" and _most(after, lambda cell: _GIVEN.fullmatch(cell) is not None) \
                and all(after):
            labels[c + 1] = "名"
        elif labels[c] == "都道府県" and _most(after, _is_place):
            labels[c + 1] = "住所1"
    for c in range(len(columns) - 1):
        if labels[c] in ("住所", "住所1") and labels[c + 1] is None and any(columns[c + 1]) \
                and _most(columns[c + 1], lambda cell: _BUILDING.fullmatch(cell) is not None):
            labels[c], labels[c + 1] = "住所1", "住所2"
    if "都道府県" in labels and "住所1" not in labels:  # a prefecture alone is no address
        labels[labels.index("都道府県")] = None


def _about_people(labels: list[str | None]) -> bool:
    """A name beside something else of a person's, or an address beside two such things."""
    named = any(label in ("姓", "氏名", "フリガナ") for label in labels)
    located = any(label in ("住所", "住所1") for label in labels)
    contacts = sum(label in ("メールアドレス", "電話番号") for label in labels)
    if named:
        return sum(label is not None for label in labels) >= 2 + ("名" in labels)
    return located and contacts >= 2


def _postal_and_birth(columns: list[list[str]], labels: list[str | None]) -> None:
    """Seven digits are a postal code in a list with addresses (not an id column: those go up
    one by one); the oldest column of dates long past is the birth date."""
    addressed = any(label in ("住所", "住所1") for label in labels)
    oldest: tuple[int, int] | None = None  # (median year, column)
    for c, column in enumerate(columns):
        if labels[c] is not None:
            continue
        if addressed and _most(column, _is_postal) \
                and not _counting(column):
            labels[c] = "郵便番号"
            continue
        filled = [cell for cell in column if cell]
        dates = [date for cell in filled if (date := _birth_date(cell))]
        if filled and len(dates) >= MOST * len(filled):
            year = sorted(d.year for d in dates)[len(dates) // 2]
            if oldest is None or year < oldest[0]:
                oldest = (year, c)
    if oldest is not None:
        labels[oldest[1]] = "生年月日"


def _counting(column: list[str]) -> bool:
    """Numbers that go up by one row by row (a record id, not postal codes)."""
    numbers = [int(cell) for cell in column if cell.isdecimal()]  # (not ፩: isdigit, no int)
    return len(numbers) >= 2 and all(b - a == 1 for a, b in itertools.pairwise(numbers))
