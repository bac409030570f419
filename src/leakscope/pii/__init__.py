"""PII discovery: what leaked and about how many people (流出した情報の種類・本人の数).

    from leakscope import pii
    pii.detect("マイナンバー 1234 5678 9018")           # -> [Finding(...)]
    run = pii.scan(["share/"])                         # iterate findings / ScanError
    for item in run: ...
    run.summary.to_record()                            # counts, subjects, files, bytes
    pii.scan_case(case); pii.case_summary(case)        # stored in the case folder

Submodules load lazily: importing ``leakscope.pii.units`` (the extractor contract) does not
compile the hyperscan database.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "detect": "leakscope.pii.api",
    "Finding": "leakscope.pii.finding",
    "ScanError": "leakscope.pii.finding",
    "scan": "leakscope.pii.scanner",
    "Scan": "leakscope.pii.scanner",
    "ScanSummary": "leakscope.pii.scanner",
    "scan_case": "leakscope.pii.case_store",
    "case_summary": "leakscope.pii.case_store",
    "case_findings": "leakscope.pii.case_store",
    "mask": "leakscope.pii.masking",
    "CATEGORIES": "leakscope.pii.recognizers",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value  # looked up once: `isinstance(x, pii.Finding)` runs per item
        return value
    raise AttributeError(f"module 'leakscope.pii' has no attribute {name!r}")
