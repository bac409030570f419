"""Re-hash every evidence item and re-walk the custody chain; the check itself is recorded."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from leakscope.case.case import Case
from leakscope.case.evidence import EvidenceItem
from leakscope.case.hashing import ProgressCallback, sha256_file
from leakscope.case.ledger import LedgerProblem

ITEM_FIELDS_IN_LEDGER = ("sha256", "size", "original_path", "kind")


@dataclass(frozen=True)
class ItemProblem:
    item_id: int
    original_path: str
    expected_sha256: str
    problem: str
    actual_sha256: str | None = None

    def __str__(self) -> str:
        return f"evidence {self.original_path} (sha256 {self.expected_sha256}): {self.problem}"


@dataclass
class VerificationReport:
    items_checked: int = 0
    bytes_checked: int = 0
    item_problems: list[ItemProblem] = field(default_factory=list)
    ledger_problems: list[LedgerProblem] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.item_problems and not self.ledger_problems

    def as_dict(self) -> dict:
        return {
            "intact": self.intact,
            "items_checked": self.items_checked,
            "bytes_checked": self.bytes_checked,
            "item_problems": [str(p) for p in self.item_problems],
            "ledger_problems": [str(p) for p in self.ledger_problems],
        }


def _check_item(item: EvidenceItem, progress: ProgressCallback | None) -> ItemProblem | None:
    if item.kind == "symlink":
        target = os.readlink(item.original_path) if os.path.islink(item.original_path) else None
        if not item.stored and target is not None and target != item.link_target:
            return ItemProblem(item.id, item.original_path, item.sha256, "symlink target changed")
        return None
    path = item.readable_path
    try:
        actual = sha256_file(path, progress)
    except FileNotFoundError:
        return ItemProblem(item.id, item.original_path, item.sha256, f"missing: {path}")
    except OSError as exc:
        return ItemProblem(item.id, item.original_path, item.sha256, f"unreadable: {exc}")
    if actual != item.sha256:
        where = "stored copy" if item.stored else "referenced original"
        return ItemProblem(
            item.id, item.original_path, item.sha256, f"{where} changed", actual_sha256=actual
        )
    return None


def _check_against_ledger(case: Case, items: list[EvidenceItem]) -> list[ItemProblem]:
    """An evidence row must say what its ledger entry said when it was added."""
    added = {e.seq: e.details for e in case.ledger.entries("evidence_added")}
    problems = []
    for item in items:
        details = added.get(item.ledger_seq)
        if details is None:
            problems.append(ItemProblem(
                item.id, item.original_path, item.sha256, "has no evidence_added ledger entry"
            ))
            continue
        changed = [k for k in ITEM_FIELDS_IN_LEDGER if details.get(k) != getattr(item, k)]
        if changed:
            problems.append(ItemProblem(
                item.id, item.original_path, item.sha256,
                f"record edited after it was added ({', '.join(changed)} differ from the ledger)",
            ))
    return problems


def verify_case(
    case: Case, progress: ProgressCallback | None = None, workers: int | None = None
) -> VerificationReport:
    """Check every item's bytes and the ledger chain, then append the result to the ledger."""
    items = case.evidence.items()
    report = VerificationReport()
    report.ledger_problems = case.ledger.verify()
    report.item_problems = _check_against_ledger(case, items)
    with ThreadPoolExecutor(max_workers=workers or min(8, os.cpu_count() or 2)) as pool:
        for item, problem in zip(
            items, pool.map(lambda it: _check_item(it, progress), items), strict=True
        ):
            report.items_checked += 1
            report.bytes_checked += item.size
            if problem is not None:
                report.item_problems.append(problem)
    with case.transaction():
        case.ledger.append("verified", report.as_dict())
    return report
