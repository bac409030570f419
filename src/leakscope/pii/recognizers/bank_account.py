"""口座番号: 7-digit account, optionally after bank (4) and branch (3) codes; needs a label.
A column labelled so holds any bank's account number whole (a US one's 6-17 digits)."""

import re

from ..company_accounts import company_account_at
from .base import Candidate, Recognizer, digits_only

_SEPARATORS = re.compile(r"[ \-]")
_BRANCH_DIGITS, _ACCOUNT_DIGITS = 3, 7


class BankAccountRecognizer(Recognizer):
    category = "bank_account"
    detector = "bank_account_context"
    shapes = (r"[0-9]{7}", r"[0-9]{4}[ \-][0-9]{3}[ \-][0-9]{7}", r"[0-9]{3}[ \-][0-9]{7}")
    context = ("口座", "口座番号", "普通預金", "当座", "振込先", "支店", "銀行", "bank account",
               "account number", "account no", "bank_account", "普通", "acct", "acct_no",
               "koza_bango", "kouza_bangou", "kouza_bango", "koza_no", "kouza_no",
               "コウザバンゴウ")  # romanized column names, a bank file's in kana (ｺｳｻﾞﾊﾞﾝｺﾞｳ)
    confidence = 0.1

    def validate(self, token: str) -> str | None:
        digits = digits_only(token)
        return digits if len(digits) in (7, 10, 14) else None

    def parse(self, text, start, end):
        """An account whose holder is a company (振込先 … 株式会社△△) is not personal."""
        for cand in super().parse(text, start, end):
            if company_account_at(text, cand.start, cand.end):
                cand.personal = False
            yield cand

    def from_label(self, text: str) -> Candidate | None:
        """An account number column's cell: a Japanese bank's 7 digits, a US bank's 6-17
        (Account Number beside the bank's Routing Number, which is no one's). A branch's 3
        digits then other than a bank's 7 are a broker's own customer number (「115-432849」)."""
        groups = _SEPARATORS.split(text.strip())
        digits = "".join(groups)
        if not digits.isdigit() or not 6 <= len(digits) <= 17 \
                or (len(groups) == 2 and len(groups[0]) == _BRANCH_DIGITS
                    and len(groups[1]) != _ACCOUNT_DIGITS):
            return None
        return Candidate(0, len(text), digits)
