"""個人番号 (My Number): 12 digits with a weighted mod-11 check digit; trusted only with a label."""

from ..checksums import my_number_ok
from ..published_samples import SAMPLE_MY_NUMBERS
from .base import Recognizer, consistent_separators, digits_only


class MyNumberRecognizer(Recognizer):
    category = "my_number"
    detector = "my_number_mod11"
    # (one digit per box of a printed form: 1 6 6 8 4 8 4 7 5 1 3 6)
    shapes = (r"[0-9]{4}[ \-]?[0-9]{4}[ \-]?[0-9]{4}", r"[0-9](?: [0-9]){11}")
    context = ("マイナンバー", "個人番号", "my number", "mynumber", "my_number", "個人番号カード",
               "マイナンバーカード")
    confidence = 0.35  # a 12-digit number passes the check one time in ten
    context_confidence = 0.99

    def validate(self, token: str) -> str | None:
        digits = digits_only(token)
        if digits in SAMPLE_MY_NUMBERS:
            return None  # the filling guides' example
        return digits if consistent_separators(token) and my_number_ok(digits) else None
