"""Phone numbers of the Japanese numbering plan; normalized to national digits (+81 -> 0)."""

import re

from ..company_accounts import LEGAL_FORM
from ..name_lexicon import is_full_name
from ..published_samples import dummy_phone, placeholder_phone, sandbox_value
from .base import Candidate, Recognizer
from .name_words import FACILITY, RELATION
from .us_phone import TRUNK, nanp_shaped

_SEP = r"[ \-]?"
_NOT_DIGIT = re.compile(r"[^0-9]")
# A company's main line (代表 092-…) and the TEL / FAX written after it on its line: the
# organization's numbers, not a person's (an org chart's or a payslip's footer).
_MAIN_LINE = re.compile(
    r"代表(?:電話|番号|tel)?(?:は)?[\s:：)）]*"
    r"(?:\+?[0-9][0-9()\- ]{8,15}[0-9][\s　/,、]*(?:fax|tel)[\s.:：]*)?$", re.IGNORECASE)
# ... and a number in brackets right after an organization's name in prose (a notice's 「ご連絡は
# 所沢市立みどり台小学校（04-2921-3301）まで」, a 連絡網's 「学校（04-…）→ 担任」), after a
# company's name, or in a workplace's brackets (a 連絡網's 備考 「日中は勤務先（所沢市役所
# 04-…）へ」)
_ORG_BEFORE = re.compile(rf"(?:(?:{FACILITY})[ \t]*[（(]|勤務先[ \t]*[（(:：][^）)\n]{{0,24}}"
                         rf"|(?:{LEGAL_FORM})[^\s（()）]{{0,20}}[ \t]*[（(]?)[ \t]*$")
_LOOK_BACK = 40
# a relative's own phone, named by whose it is (「娘さんの携帯 080-…」, 「奥様の連絡先：090-…」): a
# person of their own, not the text's (``subject_groups``)
# ... or after the relative's label and a given name (a kids' cut list's 「母：香織さん 080-…」;
# not a full name's, which is a person of the line already)
# (お母様, 娘さん: a relation and its honorific, below)
_RELATIVE = rf"(?:^|[^一-龥])(?:{RELATION}|奥様|奥さん|ご主人|母親|父親)"
_RELATIVES = re.compile(
    rf"{_RELATIVE}(?:さん|様)?の(?:携帯|ケータイ|電話|連絡先)(?:電話)?(?:番号)?[ \t\u3000:：は]*$"
    rf"|{_RELATIVE}(?:さん|様)?[ ]?[:：][ \u3000]?([一-龥ぁ-んァ-ヶー]{{1,4}})(?:さん|様)"
    r"[ \t\u3000]*$")
RELATIVES_PHONE = "jp_numbering_plan:relative"


def _relatives(before: str) -> bool:
    """Whether a phone after ``before`` is a relative's own (see ``_RELATIVES``)."""
    m = _RELATIVES.search(before)
    return m is not None and not (m.group(1) and is_full_name(m.group(1)))
# a number written right after its TEL with nothing between (a sales diary's 「TEL080-9497-5890」)
_GLUED_LABELS = ("TEL", "Tel", "tel")
_FIXED = rf"(?:\+81{_SEP}|0)[1-9][0-9]{{0,3}}{_SEP}[0-9]{{1,4}}{_SEP}[0-9]{{3,4}}"
_GLUED = re.compile(rf"{_FIXED}(?![0-9A-Za-z_])")


class PhoneRecognizer(Recognizer):
    category = "phone_number"
    detector = "jp_numbering_plan"
    shapes = (
        _FIXED,
        r"\(0[0-9]{1,4}\) ?[0-9]{1,4}-?[0-9]{3,4}",
        r"0[0-9]{1,4}\([0-9]{1,4}\)[0-9]{3,4}",
        rf"\(\+81\) ?[1-9][0-9]{{0,3}}{_SEP}[0-9]{{1,4}}{_SEP}[0-9]{{3,4}}",
    )
    slashed = True  # (「TEL 03-…／FAX 03-…」)
    triggers = (rf"(?:{'|'.join(_GLUED_LABELS)}){_FIXED}",)
    context = ("電話", "tel", "phone", "携帯", "連絡先", "mobile", "fax", "電話番号", "cell",
               "発信番号", "着信番号", "発信者番号", "発信元番号", "折り返し先", "折返し先",
               "caller", "caller_id", "callerid", "calling number",
               "回線番号", "msisdn")  # (a carrier's word for a line's number: 家族割's 回線番号)
    confidence = 0.85
    context_confidence = 0.99

    def validate(self, token: str) -> str | None:
        digits = _NOT_DIGIT.sub("", token)  # a shape's token: ASCII digits, " -+()" only
        if token.startswith(("+81", "(+81)")):
            digits = "0" + digits[2:]
        if not valid_national(digits) or placeholder_phone(digits):
            return None
        return digits

    def parse(self, text, start, end):
        glued = text.startswith(_GLUED_LABELS, start) and not (start and text[start - 1].isalpha())
        m = _GLUED.match(text, start + 3) if glued \
            else self.python_pattern().search(text, start, end + 1)
        if m is None:
            return ()
        token = m.group(0)
        value = self.validate(token)
        if value is None or (dummy_phone(value)
                              and sandbox_value(text, m.start(), m.end(), example=True)):
            return ()  # (03-1234-5678 in a sandbox's manual: nobody's)
        bare = (token.isdigit() and len(token) == 10 and token[1] != "1") or token[:2] == "00"
        before = text[max(0, m.start() - _LOOK_BACK):m.start()]
        main_line = ("代表" in before and _MAIN_LINE.search(before.rpartition("\n")[2])) \
            or _ORG_BEFORE.search(before) is not None
        return (Candidate(m.start(), m.end(), value, 0.55 if bare else None,
                          detector=RELATIVES_PHONE if _relatives(before) else None,
                          personal=False if main_line else None),)

    def from_label(self, text: str) -> Candidate | None:
        """A phone column saved as a number lost its leading 0 (9012345678 -> 09012345678);
        ten digits no Japanese number reads so are a US one (4155550123 -> 14155550123)."""
        value = text.strip()
        if not value.isdigit() or len(value) not in (9, 10) or value[0] == "0":
            return None
        if valid_national("0" + value) and not placeholder_phone(value):
            return Candidate(0, len(text), "0" + value)
        if nanp_shaped(value):
            return Candidate(0, len(text), TRUNK + value, detector="nanp:label")
        return None


def valid_national(digits: str) -> bool:
    """Length and prefix rules of the JP plan (fixed, mobile, IP, free dial, navi dial)."""
    n = len(digits)
    if n < 10 or digits[0] != "0" or digits[1] == "0":
        return False
    head3, head4 = digits[:3], digits[:4]
    if head3 in ("070", "080", "090", "050", "020"):
        return n == 11
    if head4 == "0800":
        return n == 11
    if head4 in ("0120", "0570", "0990"):
        return n == 10
    return n == 10
