"""One value written across columns: 姓 + 名, sei + mei, name01 + name02, 都道府県 + 住所1 +
住所2, pref + addr01 + addr02, zip01 + zip02 (an EC-CUBE member table, a customer export),
カード番号1 … カード番号4 and 有効期限(月) + 有効期限(年) (a payment form's export), and an
identity document's kind + its number (確認書類 運転免許証 | 書類番号 3018…: a KYC record, whose
number is a licence's or a passport's as its kind says, row by row).

A report lists one name and one address a person, and a name or an address links people
across files only whole, so the parts are read as one cell: joined in reading order (family
name first, the prefecture first), under a label of the value they make, at a field that
names the parts (``姓+名``). The table path and the row reader both read tables through
``SplitFields``, so they see the same cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, reduce

import pyarrow as pa
import pyarrow.compute as pc

from leakscope.pii.extract.base import cell_text
from leakscope.pii.extract.row_people import READING, role_suffix
from leakscope.pii.extract.value_parts import (
    ADDRESS_PART,
    INSURANCE_LABEL,
    INSURANCE_WORD,
    POSTAL,
    PREFECTURE,
    insurance_number_key,
    label_key,
    other_half,
    part_name,
)

# A card number's groups of four, numbered in order (カード番号1 … カード番号4, カード1, card_no_1).
_CARD_GROUP = re.compile(
    r"^(?:(?:クレジット)?カード(?:番号)?|card[ _\-]?(?:number|no)?)[ _\-]?([1-4])$")
# A phone number's three groups (楽天's 注文者電話番号1 | 2 | 3), numbered in order.
_PHONE_GROUP = re.compile(r"^(.*(?:電話番号|電話|tel|phone)[ _\-]?)([1-3])$")
# An expiry's month and year (有効期限(月) + 有効期限(年), exp_month + exp_year).
_SHORT_PART = 5  # digits of a phone number's longest group (a 5-digit area code)
_EXPIRY_HALVES = (("月", "年"), ("month", "year"), ("mm", "yy"))
_EXPIRY = re.compile(r"期限|exp")
# An identity document's kind (運転免許証, 旅券) and its number under a word for any document's.
_DOCUMENT_KIND = re.compile(
    r"^(?:本人)?確認書類(?:の?(?:種類|種別|名))?$|^(?:本人確認)?書類(?:の?種類|種別|名)$"
    r"|^証明書(?:の?種類|種別|名)$|^身分証(?:明書)?(?:の?種類|種別|名)?$"
    r"|^(?:本人)?確認(?:方法|手段|種別)$"  # (a 古物台帳's 確認方法 | 確認番号)
    r"|^(?:id|identity|identification)[ _\-]?(?:document|doc)"
    r"(?:[ _\-]?(?:type|kind))?$|^(?:document|doc|id)[ _\-]?(?:type|kind)$")
# (a bare 番号 too: beside a kind's column it is the kind's number; elsewhere it is never
# joined, so an order's or a case's 番号 stays what it was)
_DOCUMENT_NUMBER = re.compile(
    r"^(?:(?:本人)?(?:確認)?書類|証明書|身分証(?:明書)?)?の?番号(?:[・･/／]?記号)?$"
    r"|^(?:本人)?(?:確認)?書類no\.?$|^(?:本人)?確認番号$"
    r"|^(?:document|doc|id)[ _\-]?(?:number|no\.?)$"
    r"|^(?:id|identity|identification)[ _\-]?(?:document|doc)[ _\-]?(?:number|no\.?)$")


_ENGLISH_HALVES = re.compile(r"last|family|surname")


@dataclass(frozen=True)
class _Joined:
    columns: tuple[int, ...]  # in reading order
    label: str  # what the joined cell is (the engine's and the rules' label)
    field: str  # where it is: the parts' labels
    separator: str
    # a name under English halves (LastName + FirstName): a Latin one is written given name
    # first (Andrew Horton), a Japanese one family name first (山田 太郎), and one in capitals
    # as a passport or a residence card writes it, family name first (TAMANG RAJESH)
    latin_given_first: bool = False
    # parts that are one value only when short (a phone's groups 090 | 1234 | 5678; three
    # whole numbers under 電話番号1-3 are three, kept apart by a space)
    short_parts: bool = False


class SplitFields:
    """A header's columns with each split value's parts joined into one (at the first part's
    place): the ``labels`` and ``fields`` of the columns as read, and ``cells``/``batch`` to
    read a row or a batch of rows so (cells past the header's stay as they are)."""

    def __init__(self, labels: tuple[str | None, ...], joined: tuple[_Joined, ...]) -> None:
        self._joined = {j.columns[0]: j for j in joined}
        parts = {c for j in joined for c in j.columns[1:]}
        self._width = len(labels)
        self._kept = [c for c in range(len(labels)) if c not in parts]
        self.labels = tuple(self._joined[c].label if c in self._joined else labels[c]
                            for c in self._kept)
        self.fields = tuple(self._joined[c].field if c in self._joined
                            else labels[c] or f"column {c + 1}" for c in self._kept)

    def joined_labels(self) -> list[tuple[str, tuple[int, ...]]]:
        """Each joined value's label and the header's columns it is read from."""
        return [(j.label, j.columns) for j in self._joined.values()]

    def field(self, index: int) -> str:
        """The field of cell ``index`` as read (past the header: its column's number)."""
        if index < len(self.fields):
            return self.fields[index]
        return f"column {index - len(self.fields) + self._width + 1}"

    def cells(self, row: list) -> list:
        """A row's cells as read: each split value's non-blank parts joined."""
        out = []
        for c in self._kept:
            joined = self._joined.get(c)
            if joined is None:
                out.append(row[c] if c < len(row) else None)
                continue
            texts = [text for p in joined.columns if p < len(row)
                     and (text := row[p] if row[p].__class__ is str else cell_text(row[p]))
                     and not text.isspace()]
            if joined.latin_given_first and all(text.isascii() for text in texts) \
                    and not all(text.isupper() for text in texts):
                texts.reverse()
            separator = joined.separator
            if joined.short_parts and any(len(text) > _SHORT_PART for text in texts):
                separator = " "
            out.append(separator.join(texts) if texts else None)
        return out + list(row[self._width:])

    def batch(self, batch: pa.RecordBatch) -> pa.RecordBatch:
        """``cells`` for a batch of string columns."""
        columns = []
        for c in self._kept:
            joined = self._joined.get(c)
            if joined is None:
                columns.append(batch.column(c))
            else:
                parts = [_blank_as_null(batch.column(p)) for p in joined.columns]
                cells = pc.binary_join_element_wise(*parts, joined.separator,
                                                    null_handling="skip")
                if joined.latin_given_first:  # (as ``cells`` does, row by row)
                    reversed_cells = pc.binary_join_element_wise(
                        *parts[::-1], joined.separator, null_handling="skip")
                    latin = pc.fill_null(pc.and_(pc.string_is_ascii(cells), pc.invert(
                        pc.ascii_is_upper(cells))), False)
                    cells = pc.if_else(latin, reversed_cells, cells)
                if joined.short_parts:
                    long = [pc.fill_null(pc.greater(pc.utf8_length(part), _SHORT_PART), False)
                            for part in parts]
                    spaced = pc.binary_join_element_wise(*parts, " ", null_handling="skip")
                    cells = pc.if_else(reduce(pc.or_, long), spaced, cells)
                columns.append(cells)
        columns += [batch.column(c) for c in range(self._width, batch.num_columns)]
        return pa.record_batch(columns, names=[f"c{i}" for i in range(len(columns))])


def _blank_as_null(column: pa.Array) -> pa.Array:
    text = column.cast(pa.string())
    blank = pc.or_(pc.equal(text, ""), pc.fill_null(pc.utf8_is_space(text), False))
    return pc.if_else(pc.fill_null(blank, False), pa.scalar(None, pa.string()), text)


@lru_cache(maxsize=256)
def split_fields(labels: tuple[str | None, ...]) -> SplitFields | None:
    """The header's split values, or None when it has none (most headers)."""
    keys = [label_key(label) for label in labels]
    joined: list[_Joined] = []
    taken: set[int] = set()
    for a, key in enumerate(keys):
        if key is None or a in taken:
            continue
        b = other_half(key, keys)
        if b is not None and b not in taken:
            postal = POSTAL.search(key) is not None
            value = "郵便番号" if postal else "氏名カナ" if READING.search(key) else "氏名"
            joined.append(_Joined((a, b), _whose(labels[a], value),
                                  f"{labels[a]}+{labels[b]}", "-" if postal else " ",
                                  not postal and _ENGLISH_HALVES.search(key) is not None))
            taken.update((a, b))
    joined += _phone_parts(labels, keys, taken)
    joined += _card_parts(labels, keys, taken)
    joined += _document_parts(labels, keys, taken)
    joined += _insurance_parts(labels, keys, taken)
    joined += _era_parts(labels, keys, taken)
    run: list[int] = []
    for c, key in enumerate([*keys, None]):  # runs of address parts, a prefecture first
        name = part_name(key) if key is not None else None
        part = name is not None and c not in taken and (
            ADDRESS_PART.match(name) is not None or (name in PREFECTURE and not run))
        if part:
            run.append(c)
            continue
        if len(run) >= 2:
            joined.append(_Joined(tuple(run), _whose(labels[run[0]], "住所"),
                                  "+".join(labels[r] for r in run), " "))
            taken.update(run)
        run = [c] if name in PREFECTURE and c not in taken else []
    if not joined:
        return None
    return SplitFields(labels, tuple(sorted(joined, key=lambda j: j.columns[0])))


def _whose(label: str | None, value: str) -> str:
    """The joined cell's label: what it is, and whose when its parts say (送付先名字 + 送付先名前:
    the recipient's name, ``row_people``)."""
    return f"{label}({value})" if role_suffix(label) else value


def _phone_parts(labels: tuple[str | None, ...], keys: list[str | None], taken: set[int]
                 ) -> list[_Joined]:
    """A phone number's three groups side by side (電話番号1 | 電話番号2 | 電話番号3)."""
    joined = []
    for a, key in enumerate(keys[:-2]):
        m = _PHONE_GROUP.match(key or "")
        if m is None or m.group(2) != "1" or a in taken \
                or keys[a + 1:a + 3] != [m.group(1) + "2", m.group(1) + "3"]:
            continue
        joined.append(_Joined((a, a + 1, a + 2), _whose(labels[a], "電話番号"),
                              "+".join(labels[a:a + 3]), "-", short_parts=True))
        taken.update((a, a + 1, a + 2))
    return joined


def _card_parts(labels: tuple[str | None, ...], keys: list[str | None], taken: set[int]
                ) -> list[_Joined]:
    """A card number over four columns side by side, and an expiry's month and year."""
    joined = []
    numbered = [(c, int(m.group(1))) for c, key in enumerate(keys)
                if key and (m := _CARD_GROUP.match(key))][:4]
    groups = [c for c, _ in numbered]
    if [n for _, n in numbered] == [1, 2, 3, 4] and groups == list(range(groups[0], groups[0] + 4)):
        joined.append(_Joined(tuple(groups), "カード番号", "+".join(labels[c] for c in groups), ""))
        taken.update(groups)
    for a, key in enumerate(keys):
        if key is None or a in taken or not _EXPIRY.search(key):
            continue
        for month, year in _EXPIRY_HALVES:
            if month in key and (other := key.replace(month, year, 1)) in keys \
                    and (b := keys.index(other)) not in taken:
                joined.append(_Joined((a, b), "有効期限", f"{labels[a]}+{labels[b]}", "/"))
                taken.update((a, b))
                break
    return joined


def _insurance_parts(labels: tuple[str | None, ...], keys: list[str | None], taken: set[int]
                     ) -> list[_Joined]:
    """A health insurance card's 記号 and 番号 in two columns (被保険者記号 | 被保険者番号,
    hoken_kigo | hoken_bango): one person's number only together, joined as the card prints
    them (8・2357: a short 記号's too)."""
    for a, key in enumerate(keys):
        if key is None or a in taken or (number := insurance_number_key(key)) is None:
            continue
        b = keys.index(number) if number in keys else -1
        if b >= 0 and b not in taken and (INSURANCE_WORD.search(key) or abs(b - a) == 1):
            taken.update((a, b))
            return [_Joined((a, b), INSURANCE_LABEL, f"{labels[a]}+{labels[b]}", "・")]
    return []


def _era_parts(labels: tuple[str | None, ...], keys: list[str | None], taken: set[int]
               ) -> list[_Joined]:
    """A birth date's era code before its date in the era (an 算定基礎届's 生年月日元号 |
    生年月日: 7 | 140207, 平成14年2月7日): one date only together (``dates.ERA_CODES``)."""
    from leakscope.pii.context import label_category  # the detectors' label vocabulary

    for a, key in enumerate(keys[:-1]):
        b = a + 1
        if key and a not in taken and b not in taken and _ERA.search(key) \
                and label_category(labels[b]) == "date_of_birth":
            taken.update((a, b))
            return [_Joined((a, b), "生年月日", f"{labels[a]}+{labels[b]}", "-")]
    return []


_ERA = re.compile(r"元号|年号|gengo")


def _document_parts(labels: tuple[str | None, ...], keys: list[str | None], taken: set[int]
                    ) -> list[_Joined]:
    """An identity document's number read after its kind, so the kind labels the number in
    each row (the column's own word, 書類番号, says only that it is some document's)."""
    kinds = [c for c, key in enumerate(keys)
             if key and c not in taken and _DOCUMENT_KIND.match(key)]
    numbers = [c for c, key in enumerate(keys)
               if key and c not in taken and _DOCUMENT_NUMBER.match(key)]
    if len(kinds) != 1 or len(numbers) != 1:
        return []
    taken.update((kinds[0], numbers[0]))
    return [_Joined((kinds[0], numbers[0]), "本人確認書類",
                    f"{labels[kinds[0]]}+{labels[numbers[0]]}", " ")]
