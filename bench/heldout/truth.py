"""The truth a blind corpus is scored against: one normalized record per file, category and value.

score.py compares found values in the same normal form, so the generators write it through here.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

# categories whose value is its digits alone (phone hyphens, 〒, card expiry's slash drop away)
DIGIT_CATEGORIES = frozenset({
    "phone_number", "postal_code", "my_number", "corporate_number", "bank_account",
    "basic_pension_number", "health_insurance_number", "credit_card_number",
    "drivers_license_number", "card_security_code", "card_expiry",
})
_LOOKALIKE = re.compile(r"(?<=[0-9])[ー－‐―−‑–—](?=[0-9])")


def plain_hyphens(text: str) -> str:
    """A look-alike hyphen (長音, full-width, dashes) between two digits as '-': how some blind
    generators wrote an address's normal form."""
    return _LOOKALIKE.sub("-", text)


def squeeze(text: str) -> str:
    """NFKC without white space: how names and addresses are compared, whatever the spacing."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def normalize(category: str, value: str) -> str:
    """The form leakscope's contract gives a value: digits only (a +81 phone as 0…), e-mail
    lower-case, else NFKC without white space."""
    squeezed = squeeze(value)
    if category in DIGIT_CATEGORIES:
        number = "".join(c for c in squeezed if c.isdigit())
        if category == "phone_number" and squeezed.startswith("+81"):
            return "0" + number[2:]
        return number
    return squeezed.lower() if category == "email_address" else squeezed


class Truth:
    """The records of one corpus seed, in the order they were added (the file keeps that order).

    Each blind corpus wrote its truth its own way, and the ports keep those bytes:
    by_person: a record differing from an earlier one only in its person is kept (corpus 28's
    truth: no); form: how a record is written, "flag" (person null, "neutral": true where so;
    corpora 25, 26), "raw" (person "" where none, the raw text, "neutral": true; corpus 28) or
    "bool" (person left out where none, "neutral" always; corpus 27) or "sparse" (person left
    out where none, "neutral": true where so; corpus 29) or "full" (person null where none,
    "neutral" always; corpus 33); repeats: a record the same as an earlier one is kept too
    (corpus 51's truth let the last of neutral records stand, so one repeated after another
    counts again); by_neutral: a record differing from an earlier one only in being neutral
    or not is kept (corpus 63's truth: no, the first stands).
    """

    def __init__(self, *, by_person: bool = True, form: str = "flag",
                 repeats: bool = False, by_neutral: bool = True) -> None:
        self.records: list[dict] = []
        self.by_person = by_person
        self.by_neutral = by_neutral
        self.form = form
        self.repeats = repeats
        self._seen: set[tuple] = set()

    def add(self, path: str, category: str, value: str, person: str | None = None,
            neutral: bool = False, *, normal: str | None = None) -> None:
        """Record that `path` holds `value`; neutral: neither expected nor a false hit; normal:
        the value's normal form where the generator gives it (a birth date's ISO form)."""
        record = {"path": path, "category": category,
                  "value": normalize(category, value) if normal is None else normal,
                  "person": person, "neutral": bool(neutral), "raw": value}
        key = (path, category, record["value"], person if self.by_person else None,
               bool(neutral) if self.by_neutral else None)
        if self.repeats or key not in self._seen:
            self._seen.add(key)
            self.records.append(record)

    def people(self, records: list[dict] | None = None) -> set[str]:
        """The persons some file really exposes (a neutral mention alone does not count)."""
        return {r["person"] for r in (self.records if records is None else records)
                if r["person"] and not r["neutral"]}

    def merged(self, merge: str = "") -> list[dict]:
        """The records, one a (path, category, value) where merge says how: "flag" keeps the
        first record, made expected if any record of it is (corpus 26); "replace" lets the
        first expected record take a neutral first one's place, person and all (corpus 27);
        "last": any later record takes a neutral one's place (corpus 33); "drop": a neutral
        record is left out where the value is expected anywhere in the file, the expected
        record staying where it stands (corpus 38)."""
        if not merge:
            return self.records
        if merge == "drop":
            expected = {_key(r) for r in self.records if not r["neutral"]}
            return [r for r in self.records if not (r["neutral"] and _key(r) in expected)]
        merged: dict[tuple, dict] = {}
        for record in self.records:
            key = _key(record)
            first = merged.get(key)
            if first is None:
                merged[key] = dict(record)
            elif first["neutral"] and (merge == "last" or not record["neutral"]):
                first.update({"neutral": False} if merge == "flag" else record)
        return list(merged.values())

    def write(self, outdir: Path, people: int, *, merge: str = "", meta_last: bool = False,
              sort: bool = False) -> None:
        """Write outdir/truth.jsonl: the people count, then the records (merged as `merge`);
        meta_last: the count after them (corpus 47); sort: the records in order of file,
        category and value (corpus 65's gen.py sorted its dict's keys)."""
        records = self.merged(merge)
        if sort:
            records = sorted(records, key=_key)
        lines = [json.dumps(self._form(r), ensure_ascii=False) for r in records]
        meta = json.dumps({"type": "meta", "people": people})
        lines = [*lines, meta] if meta_last else [meta, *lines]
        (outdir / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def _form(self, record: dict) -> dict:
        out = {k: record[k] for k in ("path", "category", "value")}
        if self.form == "full":
            return {**out, "person": record["person"], "neutral": record["neutral"]}
        if self.form in ("bool", "sparse"):
            if record["person"] is not None:
                out["person"] = record["person"]
            if self.form == "bool" or record["neutral"]:
                out["neutral"] = record["neutral"]
            return out
        if self.form == "raw":
            out.update(person=record["person"] or "", raw=record["raw"])
        else:
            out["person"] = record["person"]
        if record["neutral"]:
            out["neutral"] = True
        return out


def _key(record: dict) -> tuple[str, str, str]:
    """What a merge compares: the file, the category and the value's normal form."""
    return record["path"], record["category"], record["value"]
