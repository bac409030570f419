"""適格請求書発行事業者登録番号: ``T`` and a 法人番号's 13 digits, check digit and all.

A sole trader's number is assigned the same way (never their My Number), so every one is
reported as a ``corporate_number``: not personal. The ``T`` makes it certain without a label.
"""

from .corporate_number import CorporateNumberRecognizer

_DIGITS = (r"[0-9]{13}", r"[0-9]-?[0-9]{4}-?[0-9]{4}-?[0-9]{4}")


class InvoiceNumberRecognizer(CorporateNumberRecognizer):
    detector = "invoice_registration_number"
    shapes = tuple(rf"T-?{d}" for d in _DIGITS)
    context = ()  # the corporate number's labels are its labels
    numeric = False  # a number label nearby (電話, 注文番号) does not make it something else
    negated = False
    confidence = 0.95
