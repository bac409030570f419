"""The form of an address that 本人の数 links by (name + address), not the one reported.

One home is written many ways: 西新宿二丁目8番1号, 西新宿2丁目8番地1, 西新宿2-8-1, 〒160-0023 東京都
新宿区西新宿2-8-1 サンハイツ101, 霞ケ関 / 霞が関 / 霞ヶ関. ``address_key`` maps them to one key:

- spaces, a leading 〒 and postal code, the prefecture (the municipality names the place: one
  name at one block number of two prefectures' 府中市 is rare) and 大字 go;
- ヶ, ケ, ヵ, が, ガ between two kanji are ヶ; ノ between two kanji is の;
- kanji numerals before 丁目, 番(地), 号, 条, 線, 地割, and the one that ends the address after
  丁目, 番地, 番 or の (二丁目八番一, 八番地の十二), are digits (二十三 = 23; 百 and above, and
  positional ones such as 二〇, are left as they are);
- 丁目, 番地, 番, 号 and の after a digit are hyphens (号室 goes), hyphens not before a digit go;
- what follows the block number (the first run of two or more numbers joined by hyphens:
  2-8-1, never cut inside, so 2-8-1 and 2-8-10 stay apart) is dropped: a building and its room
  (サンハイツ101, 第2コーポ). Two records of one person often differ in it; two people of one
  name in one building seldom exist. A 4th number (1-2-3-405: a room or a 枝番) is kept, as
  a lone lot number's tail (123番地 サンハイツ).

``address_keys`` is the same on an Arrow array (RE2 passes, no Python call per cell; a numeral
rule takes a pass per digit, on the cells with a kanji numeral only), and ``_address.h`` in C
(the same passes over code points, hashed as they come: ``key_hashes``), for the table path
(``subjects.SubjectLinker.absorb_table``); tests/pii/test_address_keys.py holds the three equal.
Every pattern below means the same in Python's ``re`` and in RE2 (no lookaround, no \\s).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .arrow_strings import string_buffers
from .recognizers.address import PREFECTURES
from .subject_graph import StringHasher

_UNITS = "(?:丁目|番|号|条|線|地割)"  # what a kanji numeral before them counts (番: 番地 too)
_ONES = "一二三四五六七八九"
_BEFORE = [  # (pattern, replacement), applied in order, before the kanji numerals
    ("[ \t\n\r\f\v\u3000\u00a0]+", ""),
    ("^〒?(?:[0-9]{3}-?[0-9]{4})?", ""),
    (f"^(?:{'|'.join(PREFECTURES)})", ""),
    ("大字", ""),
    ("([一-龥々])[ケヵがガ]([一-龥])", r"\1ヶ\2"),
    ("([一-龥々])ノ([一-龥])", r"\1の\2"),
]
# Kanji numerals to digits, in order: (pattern, replacement), ``{d}`` a kanji digit one to nine,
# ``{a}`` its ASCII, ``{name}`` the group ``name``. Before a unit: the ones first, then the tens
# of 二十三 (its ones done), 十三, 二十, 十; then the same for the numeral that ends the address
# after 丁目, 番地, 番 or の (二丁目八番一, 八番地の十二). Only a numeral's last digit is a one, so
# a place name's numeral before it stays (前弥六八丁目 and 前弥六8丁目 are one key); positional
# numerals (一二三番地, 二〇) are left as written.
_AFTER_UNIT = "(?:丁目|番地|番|の)"
_NUMERALS = [
    (f"{{d}}(?P<u>{_UNITS})", "{a}{u}"),
    (f"{{d}}十(?P<r>[0-9]{_UNITS})", "{a}{r}"),
    (f"十(?P<r>[0-9]{_UNITS})", "1{r}"),
    (f"{{d}}十(?P<u>{_UNITS})", "{a}0{u}"),
    (f"十(?P<u>{_UNITS})", "10{u}"),
    (f"(?P<p>{_AFTER_UNIT}(?:[{_ONES}]?十)?){{d}}$", "{p}{a}"),
    (f"(?P<p>{_AFTER_UNIT}){{d}}十(?P<n>[0-9])$", "{p}{a}{n}"),
    (f"(?P<p>{_AFTER_UNIT})十(?P<n>[0-9])$", "{p}1{n}"),
    (f"(?P<p>{_AFTER_UNIT}){{d}}十$", "{p}{a}0"),
    (f"(?P<p>{_AFTER_UNIT})十$", "{p}10"),
]
_AFTER = [  # after the kanji numerals
    ("号室", ""),
    ("([0-9])(?:丁目|番地|番|号|の)+", r"\1-"),
    ("-+", "-"),
    ("-([^0-9]|$)", r"\1"),
    ("^(.*?[0-9]+(?:-[0-9]+)+)[^0-9-].*$", r"\1"),  # the building after the block number
]
# A cell that one of _NUMERALS may change: only those take its passes.
_KANJI_NUMERAL = f"[{_ONES}十][0-9]?(?:{_UNITS}|$)"
_ASCII = {d: str(a) for a, d in enumerate(_ONES, 1)}


def _python_rule(pattern: str, replacement: str) -> tuple[re.Pattern, Callable]:
    """A numeral rule for ``re``: one pattern for the nine digits, a callback writing each's."""
    compiled = re.compile(pattern.replace("{d}", f"(?P<d>[{_ONES}])"))

    def write(match: re.Match) -> str:
        groups = match.groupdict()
        return replacement.format(a=_ASCII.get(groups.pop("d", None), ""), **groups)

    return compiled, write


def _re2_passes(pattern: str, replacement: str) -> list[tuple[str, str]]:
    """A numeral rule for RE2 (no callback): a pass per digit, groups by number."""
    names = re.findall(r"\(\?P<(\w+)>", pattern)
    replacement = replacement.format(a="{a}", **{n: f"\\{i}" for i, n in enumerate(names, 1)})
    if "{d}" not in pattern:
        return [(pattern, replacement)]
    return [(pattern.replace("{d}", d), replacement.replace("{a}", a)) for d, a in _ASCII.items()]


_BEFORE_RE = [(re.compile(p), r) for p, r in _BEFORE]
_NUMERALS_RE = [_python_rule(p, r) for p, r in _NUMERALS]
_NUMERALS_RE2 = [step for p, r in _NUMERALS for step in _re2_passes(p, r)]
_AFTER_RE = [(re.compile(p), r) for p, r in _AFTER]
_KANJI_NUMERAL_RE = re.compile(_KANJI_NUMERAL)
_PREFECTURE_BUFFERS = string_buffers(pa.array(PREFECTURES))


@lru_cache(maxsize=1 << 16)
def address_key(address: str) -> str:
    """The key of one address (see the module's doc)."""
    for pattern, replacement in _BEFORE_RE:
        address = pattern.sub(replacement, address)
    if _KANJI_NUMERAL_RE.search(address):  # (as address_keys: most addresses have none)
        for pattern, replacement in _NUMERALS_RE:
            address = pattern.sub(replacement, address)
    for pattern, replacement in _AFTER_RE:
        address = pattern.sub(replacement, address)
    return address


def address_keys(addresses: pa.Array | pa.ChunkedArray) -> pa.Array:
    """``address_key`` of each string of ``addresses`` (no nulls), as an Arrow string array."""
    out = addresses.combine_chunks() if isinstance(addresses, pa.ChunkedArray) else addresses
    out = out.cast(pa.string())
    for pattern, replacement in _BEFORE:
        out = _replace(out, pattern, replacement)
    at = pc.indices_nonzero(pc.match_substring_regex(out, _KANJI_NUMERAL)).to_numpy()
    if at.size:
        numerals = out.take(at)
        for pattern, replacement in _NUMERALS_RE2:
            numerals = _replace(numerals, pattern, replacement)
        out = _put(out, at, numerals)
    for pattern, replacement in _AFTER:
        out = _replace(out, pattern, replacement)
    return out


def key_hashes(values: pa.Array | pa.ChunkedArray, rows: np.ndarray,
               hashes: StringHasher) -> np.ndarray:
    """The hashes (``hashes``'s) of the keys of the addresses ``values[rows]``: by the C kernel
    where it was built (``_keys.address_hashes``, ~100 ns an address; the RE2 passes cost ~3 µs),
    else by ``address_keys``."""
    if hashes.kernel is None:
        return hashes(address_keys(values.take(rows)))
    out = np.empty(rows.size, np.uint64)
    hashes.kernel.address_hashes(rows, *string_buffers(values), *_PREFECTURE_BUFFERS, out)
    return out


def _replace(texts: pa.Array, pattern: str, replacement: str) -> pa.Array:
    return pc.replace_substring_regex(texts, pattern=pattern, replacement=replacement)


def _put(texts: pa.Array, at: np.ndarray, values: pa.Array) -> pa.Array:
    """``texts`` with ``texts[at[i]] = values[i]``."""
    mask = np.zeros(len(texts), bool)
    mask[at] = True
    return pc.replace_with_mask(texts, pa.array(mask), values)
