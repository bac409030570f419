"""健康保険: 保険者番号 or 被保険者記号・番号 (6-8+ digits) under a label.

The 被保険者 記号・番号 that identify a person are free-form (only the insurer's own number
has a check digit), so the label is what is trusted.
"""

from .base import Recognizer, digits_only


class HealthInsuranceRecognizer(Recognizer):
    category = "health_insurance_number"
    detector = "health_insurance_context"
    # not space-joined: "1 1 1 ..." floods; 記号・番号 as the card prints them: 1017・214. The
    # joined shapes first: ``parse`` takes the first alternative that matches, and a 記号 of
    # six digits or more before 「・」 is a whole number of its own (34152177・1385); each part
    # after its own word (a text list's 「健保 記号4777 番号11」) is one too
    shapes = (r"記号[:：]?[ ]?[0-9]{1,8}[ ,、]{0,3}番号[:：]?[ ]?[0-9]{1,8}",
              r"[0-9]{1,8}・[0-9]{1,8}", r"[0-9]{2,8}-[0-9]{1,8}", r"[0-9]{6,10}")
    # (保険者番号, the insurer's number shared by all it insures, is a hard negative)
    # (a private school's staff: 私学共済 加入者証番号; a public servant's 共済組合 組合員証)
    context = ("保険証", "健保", "被保険者", "被保険者番号", "記号番号", "記号・番号", "加入者証",
               "私学共済", "組合員証",
               "health insurance", "insurance no", "insurance number", "insured_no",
               "insured_number", "hihokensha_no", "hihokensha_bango", "hihoken_no", "hihoken_bango",
               "hihokenja_no")
    confidence = 0.1

    def validate(self, token: str) -> str | None:
        digits = digits_only(token)  # (a 記号 and a 番号 written apart may be short: 244・67)
        return digits if len(digits) >= (4 if "・" in token or "番号" in token else 6) else None
