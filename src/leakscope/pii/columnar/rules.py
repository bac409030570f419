"""Column rules: what the engine answers for a cell, computed for a whole column at once.

A table cell's findings depend only on its column label and its text. For the columns that
fill leaked customer lists (phone, postal code, e-mail, name, kana, address, internal ids;
cards and My Number in number_rules.py, birth dates in date_rules.py) and the plain shapes they
usually hold, each rule gives the engine's answer (category, normalized value, confidence,
detector) with Arrow compute instead of a Python call per cell:

- ``canonical``: raw cells whose answer the rule knows without scanning (one token of digits
  and hyphens under a number label: no other recognizer can match inside it, and the label
  outvotes every rival number category);
- ``clean``: cells the ``guard.Vetter`` found free of every pattern but those the rule
  expects; the rule answers for those it can.

Every other cell is read by the engine. tests/pii/test_columnar.py holds every rule to the
engine's answers, awkward cells included.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..arrow_strings import string_buffers
from ..name_lexicon import is_task_word
from ..published_samples import PLACEHOLDER_PHONE_TAILS
from ..recognizers import RECOGNIZERS, Recognizer
from ..recognizers.address import (
    BUILDING_WORDS,
    DESIGNATED_CITIES,
    PREFECTURES,
    building_tail,
    end_at_prose,
)
from ..recognizers.intl_phone import SHAPES as INTL_SHAPES
from ..recognizers.intl_phone import e164
from ..recognizers.name_words import (
    DOSAGE_FORM,
    DOSAGE_FORM_ENDS,
    FIRM,
    GRADE_AFTER,
    HANDLE,
    HEADING_MARKS,
    JOINT_SEPARATORS,
    LATIN_NAME_CELL_LONGEST,
    NAME_CELL_LONGEST,
    NO_ONE_VALUES,
    RELATION,
    RELATION_AFTER_SLASH,
    RELATION_BEFORE,
)
from ..recognizers.us_phone import TRAILING_EXTENSION, TRUNK, UsPhoneRecognizer
from ..surnames import SURNAMES
from . import kernels
from .cellfacts import CellFacts, Fact
from .kernels import SPACE, without

FROM_LABEL = frozenset(r.category for r in RECOGNIZERS
                       if type(r).from_label is not Recognizer.from_label)


@dataclass(frozen=True)
class Found:
    """Findings of one column rule: cell positions and their values (one finding per cell)."""

    index: np.ndarray
    values: pa.Array
    confidence: float
    detector: str

    @property
    def category(self) -> str:
        return _DETECTOR_CATEGORY[self.detector.split(":")[0]]


_DETECTOR_CATEGORY = {r.detector: r.category for r in RECOGNIZERS}


def _matches(texts: pa.Array, pattern: str) -> np.ndarray:
    return pc.match_substring_regex(texts, pattern).to_numpy(zero_copy_only=False)


def _found(mask: np.ndarray, values: pa.Array, confidence: float, detector: str,
           where: np.ndarray) -> Found:
    return Found(where[mask], values.filter(pa.array(mask)), confidence, detector)


class CellRule:
    """Base: no cell is known without the engine (subclasses say which are, and their value).

    As it stands, the rule of a column with no label or one that names no category (備考,
    登録日): a cell nothing matched holds nothing."""

    category: str | None = None
    canonical_pattern: str | None = None
    expected: str = ""  # the recognizer whose patterns the rule expects in its cells
    values_repeat = False  # then the vetter reads each distinct cell once

    @property
    def ignores_context_words(self) -> bool:
        """Context words alone make no finding where the label gives no whole-cell value."""
        return self.category not in FROM_LABEL

    def canonical(self, raw: pa.Array, where: np.ndarray, facts: CellFacts
                  ) -> tuple[np.ndarray, list[Found]]:
        """Cells (mask over ``raw``) whose answer is known from the raw text, and that answer."""
        return np.zeros(len(raw), dtype=bool), []

    def clean(self, texts: pa.Array, where: np.ndarray, facts: CellFacts
              ) -> tuple[np.ndarray, list[Found]]:
        """Of normalized cells no pattern but the expected ones matched: which are decided,
        and the findings."""
        if self.category in FROM_LABEL:
            return np.zeros(len(texts), dtype=bool), []  # a whole-cell value: engine reads it
        return np.ones(len(texts), dtype=bool), []  # nothing to match, no value from the label


class NegativeRule(CellRule):
    """顧客ID, 注文番号: an internal number; the label outvotes every number category."""

    category = "negative"

    def canonical(self, raw, where, facts):
        return facts.has(Fact.DIGITS), []


class PhoneRule(CellRule):
    """電話番号: 03-1234-5678, 09012345678; the numbering plan decides (PhoneRecognizer)."""

    category = "phone_number"

    def canonical(self, raw, where, facts):
        mask = facts.has(Fact.PHONE)
        digits = without(raw.filter(pa.array(mask)), "-")
        valid = _valid_national(digits)
        found = [_found(valid, digits, 0.99, "jp_numbering_plan", where[mask])]
        others = np.flatnonzero(~mask & (facts.chars >= 12) & (facts.chars <= 28))
        if others.size:  # (415) 362-0198, +1 415 362 0198: a US or Canadian number
            cells = raw.take(pa.array(others))
            nanp = _matches(cells, _NANP_CELL)
            digits = pc.replace_substring_regex(pc.replace_substring_regex(
                cells.filter(pa.array(nanp)), TRAILING_EXTENSION, ""), "^(?:\\+1|001)|[^0-9]", "")
            mask[others[nanp]] = True
            found.append(Found(where[others[nanp]], pc.binary_join_element_wise(
                TRUNK, pc.utf8_slice_codeunits(digits, -10), ""), 0.99, "nanp"))
        others = np.flatnonzero(~mask & (facts.chars >= 9) & (facts.chars <= 28))
        if others.size:  # +49 30 1806876: another country's number, in E.164
            cells = raw.take(pa.array(others))
            shaped = others[_matches(cells, _INTL_CELL)]
            values = [e164(cell) for cell in raw.take(pa.array(shaped)).to_pylist()]
            kept = np.array([value is not None for value in values], bool)
            mask[shaped[kept]] = True
            found.append(Found(where[shaped[kept]], pa.array(
                [value for value in values if value is not None], pa.string()), 0.99, "e164"))
        return mask, found

    def clean(self, texts, where, facts):
        """A phone saved as a number lost its 0 (from_label); other ASCII text is no phone."""
        lost_zero = facts.has(Fact.LOST_ZERO)
        cells = texts.filter(pa.array(lost_zero))
        values = pc.binary_join_element_wise("0", cells, "")
        valid = _valid_national(values)
        us = ~valid & (facts.chars[lost_zero] == 10) & _matches(cells, _NANP_SHAPED)
        no_digits_only = facts.has(Fact.ASCII_NOT_DIGIT)
        return lost_zero | (no_digits_only & ~lost_zero), [
            _found(valid, values, 0.99, "jp_numbering_plan:label", where[lost_zero]),
            _found(us, pc.binary_join_element_wise(TRUNK, cells, ""), 0.99, "nanp:label",
                   where[lost_zero])]


def _valid_national(digits: pa.Array) -> np.ndarray:
    """``phone.valid_national`` for digit strings that start with 0 and a non-zero digit, less
    the placeholders (``published_samples.placeholder_phone``)."""
    n = pc.utf8_length(digits).to_numpy(zero_copy_only=False)
    head3 = pc.utf8_slice_codeunits(digits, 0, 3)
    head4 = pc.utf8_slice_codeunits(digits, 0, 4)
    eleven = pc.is_in(head3, pa.array(["070", "080", "090", "050", "020"])).to_numpy(
        zero_copy_only=False) | pc.equal(head4, "0800").to_numpy(zero_copy_only=False)
    placeholder = pc.is_in(pc.utf8_slice_codeunits(digits, -8), value_set=_PLACEHOLDER_TAILS
                           ).to_numpy(zero_copy_only=False)
    return np.where(eleven, n == 11, n == 10) & ~placeholder


_PLACEHOLDER_TAILS = pa.array(sorted(PLACEHOLDER_PHONE_TAILS), pa.string())


# the cells UsPhoneRecognizer reads as a whole under a phone label (ASCII only: raw = normalized)
_NANP_CELL = "^(?:" + "|".join(UsPhoneRecognizer.shapes) + ")$"
_NANP_SHAPED = "^[2-9][0-9]{2}[2-9]"  # us_phone.nanp_shaped of ten digits
_INTL_CELL = f"^(?:{'|'.join(INTL_SHAPES)})$"  # the cells IntlPhoneRecognizer reads whole


class PostalRule(CellRule):
    """郵便番号: 123-4567 or 1234567; 6 digits lost their leading 0 (from_label)."""

    category = "postal_code"

    def canonical(self, raw, where, facts):
        mask = facts.has(Fact.POSTAL)
        cells = raw.filter(pa.array(mask))
        six = facts.chars[mask] == 6
        digits = without(cells, "-")
        padded = pc.binary_join_element_wise("0", digits.filter(pa.array(six)), "")
        return mask, [_found(~six, digits, 0.97, "jp_postal_code", where[mask]),
                      _found(np.ones(int(six.sum()), dtype=bool), padded, 0.97,
                             "jp_postal_code:label", where[mask][six])]

    def clean(self, texts, where, facts):
        ascii_other = facts.has(Fact.ASCII_NOT_DIGIT)
        return ascii_other, []  # from_label wants 6 digits; anything else: the engine


def digit_matrix(cells: pa.Array, width: int) -> np.ndarray:
    """Cells of ``width`` ASCII bytes as an (n, width) matrix of their values less "0" (a
    digit's value where a digit is)."""
    offsets, data = string_buffers(cells)
    data = np.frombuffer(data, dtype=np.uint8)[offsets[0]:offsets[-1]]
    return data.reshape(len(cells), width).astype(np.int64) - 48


class EmailRule(CellRule):
    """メールアドレス: lower-case addresses with a letter before the @ and after it."""

    category = "email_address"
    expected = "email_address"
    ignores_context_words = True  # they never change an e-mail

    def clean(self, texts, where, facts):
        """Context words never change an e-mail (they are expected too); no @, no e-mail."""
        known = facts.has(Fact.EMAIL)
        return known | ~facts.has(Fact.AT), [_found(
            np.ones(int(known.sum()), dtype=bool), texts.filter(pa.array(known)), 0.99,
            "email_shape", where[known])]


class NameRule(CellRule):
    """氏名 / フリガナ: the whole cell is the name (PersonNameRecognizer.from_label; a cell
    with an honorific or a note after the name, 「佐藤 陽一 様（男）」, is the engine's)."""

    category = "person_name"

    def clean(self, texts, where, facts):
        plain = ~facts.has(Fact.QUOTE | Fact.EDGE_SPACE | Fact.NOTE_END)
        plain &= ~kernels.holds_any(texts, JOINT_SEPARATORS)  # maybe joint names: the engine's
        plain &= ~_relation_first(texts)  # 「妻 前田久美子」: the engine's, which leaves 妻 out
        # a number first (a payer's room 101ｷﾑﾗ ｱｷﾗ, a contact's phone alone) or a pupil's
        # grade after (「田中翼 小3-2」): the engine's
        numbered = facts.has(Fact.NOT_IN_NAME)
        if numbered.any():
            plain[numbered] &= ~_matches(texts.filter(pa.array(numbered)),
                                         f"^[0-9]|{GRADE_AFTER}|{RELATION_AFTER_SLASH}")
        valid = plain & ~facts.has(Fact.NOT_IN_NAME) & (facts.chars >= 1) & (
            (facts.chars <= NAME_CELL_LONGEST)
            | ((facts.chars <= LATIN_NAME_CELL_LONGEST) & ~facts.has(Fact.NON_ASCII)))
        valid &= ~_business(texts) & ~_dosage_forms(texts)
        marked = np.flatnonzero(valid & kernels.holds_any(texts, HEADING_MARKS))
        if marked.size:  # (a group row's 「■ 本社」: a heading)
            valid[marked[_matches(texts.take(marked), f"^[{HEADING_MARKS}]")]] = False
        valid[_task_words(texts, valid & (facts.chars >= 2) & (facts.chars <= 4))] = False
        token = np.flatnonzero(valid & ~facts.has(Fact.NON_ASCII | Fact.PLAIN_SPACE))
        if token.size:  # (few: Japanese names are not ASCII, Latin ones have a space)
            valid[token[_matches(texts.take(token), HANDLE)]] = False
        cells = texts.filter(pa.array(plain))
        return plain, [_found(valid[plain], _squeezed(cells, facts.take(plain)), 0.9,
                              "person_name:label", where[plain])]


# A character every match of ``name_words.FIRM`` holds (株式会社, (株), ㈱, 法人, 事務局,
# 窓口, サポート, 担当, 係, a department's 部 課 室, a Latin word: ASCII letters or what (?i)
# folds them from, K and ſ; a bank's kana abbreviation's bracket, ｶ); a clinic's 受付, 歯科,
# 医院, 薬局, クリニック, a department's 科, 診療所; a care office's 事業所, ステーション; a
# school's 塾, 教室, 学園, 学院, 予備校, 大学; a public school's or office's 学校, 学童保育,
# 役場, 県庁, 税務署, 公民館; a brand's full-width capitals; a legal form in kana's ャ or ヤ; a
# placeholder's テスト, ダミー, サンプル): RE2 is asked of the few cells holding one
# (tests/pii/test_cellfacts.py keeps it so).
BUSINESS_CHARS = ("社株有㈱㈲法務窓ー担係部課室()（）受歯院薬ッ塾園予学店舗会所科組校童場庁署館ァ販"
                  "\u212a\u017f" "ヤャﾔｬ" "テダサﾃﾀ"
                  + string.ascii_letters
                  + "".join(map(chr, range(0xFF21, 0xFF3B))))  # (a brand's ＳＭＢＣ: Ａ-Ｚ)
_NO_ONE_VALUES = pa.array(sorted(NO_ONE_VALUES), pa.string())
_SURNAMES = pa.array(sorted(SURNAMES), pa.string())


def _business(texts: pa.Array) -> np.ndarray:
    """``_matches(texts, BUSINESS)``: RE2 costs ~45 ns a cell through Arrow before matching,
    so it is asked of the cells holding a firm's character only, and no one's names (本人,
    同上: whole values) are looked up (山本 and はな hold their characters)."""
    found = pc.is_in(texts, value_set=_NO_ONE_VALUES).to_numpy(zero_copy_only=False)
    maybe = np.flatnonzero(kernels.holds_any(texts, BUSINESS_CHARS))
    if maybe.size:
        found[maybe] |= _matches(texts.take(maybe), FIRM)
    return found


_DOSAGE_FORM_ENDS = pa.array(sorted(DOSAGE_FORM_ENDS), pa.string())


def _dosage_forms(texts: pa.Array) -> np.ndarray:
    """Medicines by their dosage form (``name_words.DOSAGE_FORM``: …点眼液, …錠), as the row
    reader's ``in_name_column`` tells: RE2 is asked of the cells whose last character ends
    one."""
    found = np.zeros(len(texts), bool)
    maybe = np.flatnonzero(pc.fill_null(pc.is_in(pc.utf8_slice_codeunits(texts, -1),
                                                 value_set=_DOSAGE_FORM_ENDS), False)
                           .to_numpy(zero_copy_only=False))
    if maybe.size:
        found[maybe] = _matches(texts.take(maybe), DOSAGE_FORM)
    return found


_RELATION_STARTS = pa.array(sorted({word[0] for word in RELATION.split("|")}), pa.string())


def _relation_first(texts: pa.Array) -> np.ndarray:
    """Which cells begin with a relation and a space or a colon (``RELATION_BEFORE``): RE2 is
    asked of the cells whose first character begins one."""
    found = np.zeros(len(texts), bool)
    maybe = np.flatnonzero(pc.fill_null(pc.is_in(pc.utf8_slice_codeunits(texts, 0, 1),
                                                 value_set=_RELATION_STARTS), False)
                           .to_numpy(zero_copy_only=False))
    if maybe.size:
        found[maybe] = _matches(texts.take(maybe), f"^{RELATION_BEFORE}")
    return found


def _task_words(texts: pa.Array, asked: np.ndarray) -> np.ndarray:
    """Which ``asked`` cells are a duty, not a name (``name_lexicon.is_task_word``), asked
    once per distinct cell that no common surname begins (most names: those it says no to
    at once, told here by column)."""
    at = np.flatnonzero(asked)
    if at.size:
        heads = texts.take(at)
        named = [pc.is_in(pc.utf8_slice_codeunits(heads, 0, n), value_set=_SURNAMES)
                 for n in (1, 2, 3)]
        at = at[~pc.fill_null(pc.or_(pc.or_(named[0], named[1]), named[2]), False)
                .to_numpy(zero_copy_only=False)]
    if not at.size:
        return at
    cells = texts.take(at)
    distinct = pc.unique(cells)
    duties = distinct.filter(pa.array([is_task_word(cell) for cell in distinct.to_pylist()],
                                      pa.bool_()))
    if not len(duties):
        return at[:0]
    return at[pc.is_in(cells, value_set=duties).to_numpy(zero_copy_only=False)]


class AddressRule(CellRule):
    """住所: the whole cell (from_label), or the prefecture pattern when it spans the cell."""

    category = "address"
    expected = "address"
    destination = False  # an お届け先 column: a cell with no number may be a name (the engine's)

    def clean(self, texts, where, facts):
        plain = (facts.chars >= 4) & ~facts.has(Fact.EDGE_SPACE) & facts.has(Fact.KANA_KANJI)
        # a cell that begins with its postal code (〒…) is the engine's: two findings in it
        plain &= ~pc.fill_null(pc.starts_with(texts, "〒"), False).to_numpy(zero_copy_only=False)
        cells, facts = texts.filter(pa.array(plain)), facts.take(plain)
        # spans the cell; then no trailing particle, and a number (番地, 号, digits)
        spans = _spans(cells) & ~facts.has(Fact.PARTICLE_END) & facts.has(Fact.NUMBERED)
        spans[_ending_in_prose(cells, spans & facts.has(Fact.PROSE_AFTER_NUMBER))] = False
        values = _squeezed(cells, facts)
        at = where[plain]
        numbered = facts.has(Fact.NUMBERED)  # (from_label: a cell with no number: nothing)
        decided = plain
        if self.destination:
            decided = plain.copy()
            decided[np.flatnonzero(plain)[~numbered]] = False
        return decided, [_found(spans, values, 0.99, "jp_address_pattern", at),
                         _found(~spans & numbered, values, 0.99, "jp_address_pattern:label", at)]


def _ending_in_prose(cells: pa.Array, asked: np.ndarray) -> np.ndarray:
    """Which of the ``asked`` cells (the pattern spans them, hiragana follows their number:
    few) end in prose the pattern leaves out (「…5-3-7のまま」), as ``end_at_prose`` says."""
    at = np.flatnonzero(asked)
    return at[[end_at_prose(text) != text for text in cells.take(at).to_pylist()]]


def _address_spans() -> str:
    """Cells that ``address._ADDRESS.match`` covers whole, as one RE2 test (no extraction).

    Its lazy ``{1,12}?`` stops at the first 市区町村郡 after at least one character and the
    greedy tail takes up to 40 characters that are not stops; a prefecture and a
    designated city never start the same cell, so the branches cannot compete. After a space,
    the building and room it takes (``address.building_tail``).
    """
    stops = f"{SPACE},、。「」()（）\"'<>|"
    prefectures = "|".join(PREFECTURES)
    cities = "|".join(DESIGNATED_CITIES)
    return (f"^(?:(?:{prefectures})[^{stops}][^{stops}市区町村郡]{{0,11}}[市区町村郡]"
            f"|(?:{cities})[^{stops}0-9][^{stops}0-9区]{{0,4}}区)[^{stops}]{{0,40}}"
            f"{building_tail(stops, '')}?$")


_ADDRESS_SPANS = _address_spans()
_PLACE_WORDS = [buffer for words in (PREFECTURES, DESIGNATED_CITIES, BUILDING_WORDS)
           for buffer in string_buffers(pa.array(words, pa.string()))]


def _spans(cells: pa.Array) -> np.ndarray:
    """``_matches(cells, _ADDRESS_SPANS)`` (one-line cells without nulls): by the C kernel
    where it was built (``_spans.h``: RE2 compiles the regex every batch, ~1.4 ms, and takes
    ~150 ns a cell)."""
    if kernels.native is None or cells.null_count:
        return _matches(cells, _ADDRESS_SPANS)
    out = np.empty(len(cells), bool)
    kernels.native.address_spans(*string_buffers(cells), *_PLACE_WORDS, out)
    return out


def _squeezed(texts: pa.Array, facts: CellFacts) -> pa.Array:
    """``"".join(text.split())``: plain spaces go by a byte copy (5x cheaper than the class)."""
    if facts.has(Fact.OTHER_SPACE).any():
        return pc.replace_substring_regex(texts, f"[{SPACE}]+", "")
    if facts.has(Fact.PLAIN_SPACE).any():
        return without(texts, " ")
    return texts


class EngineOnlyRule(CellRule):
    """A label whose cells the engine must read whenever anything is in them: a category that
    counts only beside its label (its shapes are not vetted), or an account-name column that
    may hold names."""

    ignores_context_words = False

    def clean(self, texts, where, facts):
        return np.zeros(len(texts), dtype=bool), []
