"""Case folder, custody ledger and evidence store: what every other part of leakscope stands on."""

from leakscope.case.case import Case, CaseInfo
from leakscope.case.errors import CaseError, CaseExistsError, EvidenceError, NotACaseError
from leakscope.case.evidence import AddOutcome, EvidenceItem, EvidenceStore
from leakscope.case.ledger import CustodyLedger, LedgerEntry, LedgerProblem
from leakscope.case.manifest import export_manifest
from leakscope.case.verify import VerificationReport, verify_case

__all__ = [
    "AddOutcome",
    "Case",
    "CaseError",
    "CaseExistsError",
    "CaseInfo",
    "CustodyLedger",
    "EvidenceError",
    "EvidenceItem",
    "EvidenceStore",
    "LedgerEntry",
    "LedgerProblem",
    "NotACaseError",
    "VerificationReport",
    "export_manifest",
    "verify_case",
]
