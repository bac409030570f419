"""法人番号: 13 digits, leading check digit. Identifies a company, so it is not personal data."""

from ..checksums import corporate_number_ok
from .base import Recognizer, consistent_separators, digits_only


class CorporateNumberRecognizer(Recognizer):
    category = "corporate_number"
    detector = "corporate_number_check"
    shapes = (r"[0-9]{13}", r"[0-9]-?[0-9]{4}-?[0-9]{4}-?[0-9]{4}")
    context = ("法人番号", "corporate number", "corporate_number", "登録番号",
               "適格請求書発行事業者", "インボイス登録番号", "事業者登録番号",
               # a system's column names (an agency's insurer_corp_no, houjin_bango)
               "corp_no", "corporate_no", "corp_number", "houjin", "hojin")
    confidence = 0.3  # JAN/EAN-13 product codes share the shape
    personal = False

    def validate(self, token: str) -> str | None:
        digits = digits_only(token)
        return digits if consistent_separators(token) and corporate_number_ok(digits) else None
