"""運転免許証番号: 12 digits = commission code, year, serial, mod-11 check, reissue count."""

from ..checksums import licence_ok
from .base import Recognizer, digits_only

# 公安委員会コード (prefectural public-safety commissions; Hokkaido has five).
COMMISSION_CODES = frozenset(
    [10, 11, 12, 13, 14, 20, 21, 22, 23, 24, 25, 30, *range(40, 56), *range(60, 66),
     *range(70, 75), *range(80, 84), *range(90, 98)]
)


class DriversLicenseRecognizer(Recognizer):
    category = "drivers_license_number"
    detector = "drivers_license_mod11"
    shapes = (r"[0-9]{12}", r"[0-9]{4}[ \-][0-9]{4}[ \-][0-9]{4}")
    context = ("運転免許", "免許証", "免許番号", "免許",  # (a memo's 「旧免許 4503…」)
               "driver's license", "drivers license",
               "driver license", "driving licence", "licence", "license")
    confidence = 0.3

    def validate(self, token: str) -> str | None:
        return licence_number(token)


def licence_number(token: str) -> str | None:
    """The twelve digits of ``token`` when a commission's code and the mod-11 check say they
    are a licence's."""
    digits = digits_only(token)
    if int(digits[:2]) not in COMMISSION_CODES or not licence_ok(digits):
        return None
    return digits
