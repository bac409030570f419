"""旅券番号: two letters and seven digits (Japanese passports), and beside a passport's own
label the shapes of other countries' (a hotel register's foreign guests, a 技能実習生 roster:
E43869004 China, M12905282 Korea, 770531615 the United States, P3852826C the Philippines,
B1610575 Vietnam and Indonesia, MA123456 Myanmar, 72AB90635 France, C2XHRRV3V Germany)."""

from .base import Recognizer


class PassportRecognizer(Recognizer):
    category = "passport_number"
    detector = "passport_shape"
    shapes = (r"[A-Z]{2}[0-9]{7}", r"[A-Z][0-9]{8}", r"[A-Z][0-9]{7}[A-Z]", r"[0-9]{9}",
              r"[A-Z][0-9]{7}", r"[A-Z]{2}[0-9]{6}", r"[0-9]{2}[A-Z]{2}[0-9]{5}",
              r"[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}")  # (Germany's: no vowel)
    context = ("旅券", "パスポート", "passport")
    confidence = 0.3

    def validate(self, token: str) -> str | None:
        return token.upper()
