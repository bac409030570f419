"""The truth a blind corpus is scored against: one normalized record per file, category and value.

score.py compares found values in the same normal form, so the generators write it through here.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

# categories whose value is its digits alone (phone hyphens, 〒, card expiry's slash drop away)
DIGIT_CATEGORIES = frozenset({
    "phone_number", "postal_code", "my_number", "corporate_number", "bank_account",
    "basic_pension_number", "health_insurance_number", "credit_card_number",
    "drivers_license_number", "card_security_code", "card_expiry",
})


def squeeze(text: str) -> str:
    """NFKC without white space: how names and addresses are compared, whatever the spacing."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def normalize(category: str, value: str) -> str:
    """The form leakscope's contract gives a value: digits only, e-mail lower-case, else NFKC."""
    squeezed = squeeze(value)
    if category in DIGIT_CATEGORIES:
        return "".join(c for c in squeezed if c.isdigit())
    return squeezed.lower() if category == "email_address" else squeezed


class Truth:
    """The records of one corpus seed, in the order they were added (the file keeps that order)."""

    def __init__(self) -> None:
        self.records: list[dict] = []
        self._seen: set[tuple] = set()

    def add(self, path: str, category: str, value: str, person: str | None = None,
            neutral: bool = False) -> None:
        """Record that `path` holds `value`; neutral: neither expected nor a false hit."""
        record = {"path": path, "category": category, "value": normalize(category, value),
                  "person": person}
        if neutral:
            record["neutral"] = True
        key = (path, category, record["value"], person, bool(neutral))
        if key not in self._seen:
            self._seen.add(key)
            self.records.append(record)

    def people(self) -> set[str]:
        """The persons some file really exposes (a neutral mention alone does not count)."""
        return {r["person"] for r in self.records if r["person"] and not r.get("neutral")}

    def write(self, outdir: Path, people: int, *, one_per_value: bool = False) -> None:
        """Write outdir/truth.jsonl; one_per_value keeps a value's first record, made expected
        if any record of it is (the online shop's rule; the welfare office keeps every person)."""
        records = self.records
        if one_per_value:
            merged: dict[tuple, dict] = {}
            for record in records:
                key = (record["path"], record["category"], record["value"])
                if key not in merged:
                    merged[key] = dict(record)
                elif not record.get("neutral"):
                    merged[key].pop("neutral", None)
            records = list(merged.values())
        lines = [json.dumps({"type": "meta", "people": people})]
        lines += [json.dumps(r, ensure_ascii=False) for r in records]
        (outdir / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
