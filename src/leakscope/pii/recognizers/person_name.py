"""Person names: column labels, in-text name labels (氏名：), honorifics (様/さん/殿) + GiNZA.

The honorific is the cheap signal; GiNZA confirms the name on a short window around it. When
GiNZA is unavailable a stop-list heuristic decides, at lower confidence.
"""

import re
from functools import lru_cache

from .. import ner
from ..surnames import SURNAMES, starts_with_reading, starts_with_surname
from .base import Candidate, Recognizer
from .labeled_names import (
    CN_TRIGGER,
    NAME_KEY_TRIGGER,
    TEXT_LABEL_TRIGGER,
    after_label,
    in_name_column,
    reading,
)
from .name_words import BUSINESS_NAME as _BUSINESS
from .name_words import CHILD_HONORIFICS, HONORIFICS, normalize_name
from .name_words import NAME_CHARS as _NAME_CHARS
from .name_words import NOT_GIVEN_ENDS as _NOT_GIVEN_ENDS
from .name_words import NOT_NAMES as _NOT_NAMES

_BEFORE_HONORIFIC = re.compile(
    rf"(?:[一-龥々〆ヶ]{{1,4}}[ ]?{_NAME_CHARS}{{1,5}}|[ァ-ヶー]{{2,6}}[ ][ァ-ヶー]{{2,6}}"
    r"|[A-Z][a-z]+ [A-Z][a-z]+)[ ]?$"
)
_WESTERN = re.compile(r"(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.? ([A-Z][a-z]+(?: [A-Z][a-z]+)?)")
# an emergency contact's cell: 「Kevin Moore (spouse)」
_WESTERN_RELATIVE = (r"[A-Z][a-z]+ [A-Z][a-z]+ ?\((?:spouse|wife|husband|partner|mother|father"
                     r"|parent|son|daughter|child|brother|sister|sibling|friend|guardian)\)")
_WESTERN_RELATED = re.compile(r"([A-Z][a-z]+ [A-Z][a-z]+) ?\(")
_GREETING = re.compile(r"(?:拝啓|謹啓|前略|拝復|冠省|親愛なる|各位)[ ]?")
_INTRODUCED = re.compile(  # at a sentence's start, a quoted line's too (「> 石川 桃子と申します」)
    r"(?:^|[\n。、!?！？]|ます|の)(?:[ ]?>+)?[ ]?([一-龥々〆ヶ]{1,4}(?:[ ]?[一-龥々〆ヶ]{1,3})?)$"
)
# A name a narrow table cell wrapped (a PDF's text: 「渡辺\n裕美子\n」): a line that is a known
# surname, then a line of a given name; not a department or a title (「田中\n営業部\n」).
_SURNAME_LINE = "|".join(sorted(SURNAMES, key=lambda s: (-len(s), s)))  # same text each run
_GIVEN = "[一-龥々〆ヶぁ-んァ-ヶー]{1,4}"
_WRAPPED = rf"\n({_SURNAME_LINE})\n({_GIVEN})\n"
# A list's row as text (a PDF or a text export: 「1 林 一郎 090-1234-5678 ichiro@…」): a known
# surname, a space, a given name, then a phone number or an e-mail address on the same line.
_LISTED_NAME = rf"(?:^|[\n \t])({_SURNAME_LINE}) ({_GIVEN})[ \t]"
# (not TEL: 「様 TEL 090-…」 is in every line of some logs, and a 様 is no given name)
_LISTED_CONTACT = (r"(?:(?:携帯|自宅|電話)[:：]? ?)?"
                   r"(?:0[0-9]|\+81|[A-Za-z0-9._%+-]{1,64}@)")
_LISTED = _LISTED_NAME + _LISTED_CONTACT
# ... or its reading in brackets, or its address (「302 山下 真由美 新潟県…」), or its sex (a
# PDF's list: 「山田 翔太 男 18歳以上…」): a trigger of its own (hyperscan refuses the two in
# one pattern as too large)
_BESIDE = r"(?:[(（][ァ-ヶー]|[一-龥]{2,3}[都道府県]|[男女]性?[ \t\n(（])"
_LISTED_BESIDE = _LISTED_NAME + _BESIDE
_LISTED_MATCH = f"{_LISTED_NAME}(?:{_LISTED_CONTACT}|{_BESIDE})"
# ... or a list in a sentence, each name's contact in brackets after it (「参加者：松田 幹
# （090-…）、佐藤 裕太（080-…）」): the trigger from the separator, Python checks the surname.
_BRACKETED_CONTACT = r"[（(](?:0[0-9]|\+81|[A-Za-z0-9._%+-]{1,64}@)"
_LISTED_BRACKETED_TRIGGER = rf"[、,：:][一-龥々〆ヶ]{{1,4}} ?{_GIVEN}{_BRACKETED_CONTACT}"
_LISTED_BRACKETED = rf"[、,：:]({_SURNAME_LINE}) ?({_GIVEN}){_BRACKETED_CONTACT}"
# The name before it in such a row (「1 前田 美加子 前田 晃 052-…」: a student and a guardian).
_LISTED_BEFORE = rf"(?:^|[\n \t])({_SURNAME_LINE}) ({_GIVEN})[ \t]+$"
# A relative in a family or contact list (an HR sheet's 緊急連絡先 「小林 太一（父）」, 扶養家族
# 「妻 山田 裕美子（S60.4.6生）」, a mail's 「息子の中村 洋介（平成20年…生）」): a known surname and
# a given name, the relation in brackets after it or before it; hyperscan's triggers have no
# surname list (too large).
_RELATION = ("父|母|夫|妻|長男|長女|次男|次女|三男|三女|息子|娘|兄|姉|弟|妹|祖父|祖母|孫|義父|義母"
             "|叔父|叔母|伯父|伯母|配偶者|友人|知人|同居人")
_RELATIVE_AFTER_TRIGGER = rf"[一-龥々〆ヶぁ-んァ-ヶー][（(](?:{_RELATION})[)）]"
_RELATIVE_AFTER = (rf"(?<![一-龥々〆ヶぁ-んァ-ヶー])({_SURNAME_LINE}) ?({_GIVEN})"
                   rf"[（(](?:{_RELATION})[)）]")
_AFTER_RELATION = "(?:の|[ ]?[：:][ ]?|[ ])?"  # (a register's 「夫: 小川 浩二」: a colon, a space)
_RELATIVE_BEFORE_TRIGGER = rf"(?:^|[\n \t、,。])(?:{_RELATION}){_AFTER_RELATION}[一-龥々〆ヶ]"
_RELATION_FIRST = re.compile(_RELATIVE_BEFORE_TRIGGER)
_RELATIVE_BEFORE = (rf"(?:{_RELATION}){_AFTER_RELATION}({_SURNAME_LINE}) ?({_GIVEN})"
                    rf"(?=[（( \t\n、,]|$)")
# A signature: a line of a known surname and a given name (maybe its romanization after it, or
# quoted: 「> 石川 直樹」), the next line a phone number, an e-mail address, an extension, a
# postal code (「株式会社ミドリ設計 総務部\n中村 拓真\n〒100-0005 東京都…」) or its reading (a
# form's text layer, values before their labels: 「清水 裕太\nシミズ ユウタ\n昭和22年…」).
_THEN_CONTACT = (r"(?: ?\([A-Za-z .]+\))? ?\n(?:>+ ?)?(?:[A-Za-z電話携帯]{1,6} ?[:.]? ?)?"
                 r"(?:0[0-9]|\+81|[A-Za-z0-9._%+-]+@|内線 ?[:：]? ?[0-9]{2,5}|〒 ?[0-9]{3}"
                 r"|[ァ-ヶー]{1,8} [ァ-ヶー]{1,8}\n)")
_SIGNED_MATCH = (r"(?:^|\n)(?:>+ ?)?(" + _SURNAME_LINE + ") (" + _GIVEN + ")"
                 + _THEN_CONTACT)
# hyperscan's: from the surname's last character (with every surname: a pattern too large)
_SIGNED_TRIGGER = "[一-龥々〆ヶ] " + _GIVEN + _THEN_CONTACT
# A log's line: a day, a name (a known surname and a given name, nothing between), what was
# done, and the caller's number on that line (「9/2 伊藤直美 N-BOX … TEL 090-…」); the trigger
# has no surname list (hyperscan: too large), Python checks the surname.
_LOGGED_TRIGGER = (r"(?:^|\n)[0-9]{1,2}/[0-9]{1,2}[ \t]+[一-龥々]{2,5}[ \t][^\n]*"
                   r"(?:TEL|電話|携帯)[ :：]?(?:0[0-9]|\+81)")
_LOGGED = re.compile(r"(?:^|\n)[0-9]{1,2}/[0-9]{1,2}[ \t]+([一-龥々]{2,5})[ \t]")
# A passport's data page as text (OCR, a scan's text layer): the surname's line, then the
# given names' (or both on one line, 「Surname: LIU / Given names: YANG」): one name, family
# name first, as the page and its machine-readable zone write it.
_PASSPORT_SURNAME = r"(?:Surname|SURNAME)(?: ?/ ?姓)?[ ]?[:：]?[ ]?\n?[ ]?"
_PASSPORT_NAME = re.compile(
    _PASSPORT_SURNAME + r"([A-Z]{1,20}(?:[ \-][A-Z]{1,20})?)[ ]*(?:/[ ]*|\r?\n[ ]*)"
    r"(?:Given [Nn]ames?|GIVEN NAMES?)(?: ?/ ?名)?[ ]?[:：]?[ ]?\n?[ ]?"
    r"([A-Z]{1,20}(?:[ \-][A-Z]{1,20}){0,2})(?=[ ]*(?:\r?\n|$|/))")
_VOWEL = re.compile("[AEIOUY]")
_ORGANIZATION_WORDS = frozenset({
    "JAPAN", "DATA", "SYSTEM", "SYSTEMS", "SERVICE", "SERVICES", "GROUP", "HOLDINGS", "BANK",
    "CENTER", "CENTRE", "OFFICE", "SHOP", "STORE", "HOTEL", "CLINIC", "HOSPITAL", "SCHOOL"})
# A numbered list's row of a name in capitals (a foreign staff member's: 「15. CHEN JING
# 携帯：090-…」), its phone's label and number right after it.
_LISTED_LATIN = (r"(?:^|\n)[ \t]*[0-9]{1,3}[.)]?[ \t]+([A-Z]{2,20} [A-Z]{2,20})[ \t]+"
                 r"(?:携帯|自宅|電話|TEL)[ :：]?(?:0[0-9]|\+81)")
_LATIN_ROW = re.compile(_LISTED_LATIN)
_BEFORE_CHILD_HONORIFIC = re.compile(
    r"(?<![一-龥々〆ヶぁ-んァ-ヶー])([一-龥々〆ヶ]{2,6}|[一-龥々〆ヶ]{1,3} [一-龥々〆ヶ]{1,3}"
    r"|[一-龥々〆ヶ]{1,3} ?[ぁ-ん]{2,4})$")
_FAMILY_WORDS = re.compile(r"(?:[父母兄姉弟妹爺婆坊嬢孫叔伯]|主人|先輩|後輩|同期)$")
# 「山田です。」: the kanji before (maybe a line break between) is in the trigger, as every
# name _INTRODUCED accepts ends in one; "…@example.jpです。" never reaches Python.
_INTRODUCTION = r"[一-龥々〆ヶ]\n?(?:と申します|(?:です|でございます)[。、])"
_INTRODUCTION_ENDS = ("と申します", "です。", "です、", "でございます。", "でございます、")
# The last characters of what _NOT_NAMES and _GREETING look for (else no regex call).
_NOT_NAME_ENDS = frozenset("皆な客位者当族子父母奥那兄姉弟妹々方神仏員ー長生ら誰た他中各貴○〇ま"
                            "別齢柄考籍職属")
_GREETING_STARTS = frozenset("拝謹前冠親各")


@lru_cache(maxsize=8)
def _surnames(pattern: str) -> re.Pattern:
    """A pattern of every known surname, compiled when a scan first needs it (~5 ms each at
    start-up: most files never hold a list or a signature)."""
    return re.compile(pattern)


def _before_child_honorific(text: str, at: int) -> tuple[Candidate, ...]:
    """The name before くん / ちゃん at ``at``: a known surname (2 kanji or more, or one
    with a given name after it) and maybe a given name; none but a name."""
    m = _BEFORE_CHILD_HONORIFIC.search(text, max(0, at - 8), at)
    if m is None:
        return ()
    name = m.group(1)
    kanji = re.match("[一-龥々〆ヶ]+", name).group()
    if not starts_with_surname(kanji) or _FAMILY_WORDS.search(name) \
            or _NOT_NAMES.search(name) or _BUSINESS.search(name):
        return ()
    return (Candidate(m.start(1), m.end(1), normalize_name(name), 0.85),)


# A surname, then the maiden name in brackets, then the given name before an honorific:
# 「田中（旧姓：伊藤）幹様」.
_MAIDEN_NAME = re.compile(r"([一-龥々]{1,4})[（(]旧姓[：:・ ]?[一-龥々ぁ-んァ-ヶー]{1,6}[)）] ?"
                          r"([一-龥々〆ぁ-んァ-ヶー]{1,5}) ?$")


def _maiden_name(text: str, at: int) -> tuple[Candidate, ...]:
    """「田中（旧姓：伊藤）幹様」 (``at``: the honorific): 田中幹, her name now."""
    if "旧姓" not in text[max(0, at - 16):at]:
        return ()
    m = _MAIDEN_NAME.search(text, max(0, at - 24), at)
    if m is None or _NOT_NAMES.search(m.group(2)):
        return ()
    kanji = m.group(1)
    surname = next((kanji[-n:] for n in (3, 2, 1) if kanji[-n:] in SURNAMES), None)
    if surname is None:
        return ()
    start = m.end(1) - len(surname)
    return (Candidate(start, m.end(2), surname + m.group(2), 0.9),)


@lru_cache(maxsize=65536)
def _ginza_name(window: str, offset: int, name: str) -> tuple[int, int] | bool | None:
    """Span of ``name`` (at ``offset`` in ``window``) GiNZA calls a person; False if none.

    Cached per window: the same salutation repeats across a mailbox.
    """
    spans = ner.person_spans(window)
    if spans is None:
        return None
    for ps, pe in spans:
        lo, hi = max(ps - offset, 0), min(pe - offset, len(name))
        if hi > lo:
            return lo, hi
    return False


class PersonNameRecognizer(Recognizer):
    category = "person_name"
    detector = "person_name"
    triggers = ("様|さん|殿|さま", "くん|ちゃん", _INTRODUCTION, _WRAPPED, _LISTED,
                _LISTED_BESIDE, _LISTED_BRACKETED_TRIGGER, _SIGNED_TRIGGER, _LOGGED_TRIGGER,
                _LISTED_LATIN, _RELATIVE_AFTER_TRIGGER, _RELATIVE_BEFORE_TRIGGER,
                TEXT_LABEL_TRIGGER, NAME_KEY_TRIGGER, r"\b(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.? [A-Z][a-z]",
                _PASSPORT_SURNAME + "[A-Z]{2}", CN_TRIGGER, _WESTERN_RELATIVE)
    context = ("氏名", "お名前", "名前", "フリガナ", "ふりがな", "カナ氏名", "name", "full name",
               "full_name", "first name", "last name", "first_name", "last_name",
               "受取人", "契約者", "申込者", "担当者名", "氏名カナ", "customer name",
               "カード名義", "名義人", "cardholder", "card holder", "holder name",
               "顧客名", "顧客氏名", "お客様名", "会員名", "契約者名", "申込者名", "利用者名",
               "購入者名", "注文者名", "受取人名", "患者名", "宛名", "フルネーム",
               "account holder", "account_holder", "口座名義", "被保険者名", "被保険者",
               "記名被保険者", "区分所有者", "居住者")
    numeric = False
    # a name column's reading of its cell wins over a honorific's of the same words (a 年賀状
    # list's 「伊藤 拓真・千代」 before its 様 column: 伊藤千代, the second person, not 千代)
    label_supersedes = True
    confidence = 0.85
    context_confidence = 0.9
    within_unit = True  # a signature's name and the phone on its next line, in one text
    line_spanning = (_WRAPPED, _SIGNED_TRIGGER)

    def parse(self, text, start, end):  # tuples, not a generator: called per 様 in prose
        if text[start:end] in HONORIFICS:
            return self._before_honorific(text, start)
        if text[start:end] in CHILD_HONORIFICS:
            return _before_child_honorific(text, start)
        if text.endswith(_INTRODUCTION_ENDS, start, end):  # start: the name's last kanji
            return self._self_introduction(text,
                                           start + 2 if text[start + 1] == "\n" else start + 1)
        if text[start] == "\n" and (m := _surnames(_WRAPPED).match(text, start, end)):
            return self._wrapped(m)
        if (m := _surnames(_LISTED_MATCH).match(text, start, end)) is not None:
            before = _surnames(_LISTED_BEFORE).search(
                text, max(text.rfind("\n", 0, start), 0), m.start(1))
            found = (*self._wrapped(before), *self._wrapped(m)) if before else self._wrapped(m)
            return (*found, *reading(text, m.end() - 2)) if found else ()  # 岡本 茂 (オカモト)
        if text[start] in "、,：:" and (m := _surnames(_LISTED_BRACKETED).match(
                text, start, end)) is not None:
            return self._wrapped(m)
        if text[start + 1] == " " and (m := _surnames(_SIGNED_MATCH).match(  # from the line's start
                text, max(text.rfind("\n", 0, start), 0), end)) is not None:
            return self._wrapped(m)
        if (m := _LOGGED.match(text, start, end)) is not None:
            return self._logged(m)
        if text[end - 1] in ")）" and (m := _surnames(_RELATIVE_AFTER).search(
                text, max(0, start - 12), end)) is not None and m.end() == end:
            return self._wrapped(m)
        if _RELATION_FIRST.fullmatch(text, start, end) and (m := _surnames(
                _RELATIVE_BEFORE).search(text, start, end + 12)) is not None \
                and m.start() <= start + 1:
            return self._wrapped(m)
        if text[start] in "sS" and (m := _PASSPORT_NAME.match(text, start)) is not None:
            return (Candidate(m.start(1), m.end(2), normalize_name(f"{m[1]} {m[2]}"), 0.85),)
        if (m := _LATIN_ROW.match(text, start, end)) is not None:
            return self._latin_row(m)
        if text[end - 1] == ")" and (m := _WESTERN_RELATED.match(text, start)):
            return (Candidate(m.start(1), m.end(1), normalize_name(m.group(1)), 0.85),)
        if text[start] in "MDP" and (m := _WESTERN.match(text, start)):
            return (Candidate(m.start(1), m.end(1), normalize_name(m.group(1)), 0.85),)
        return after_label(text, start, end)

    def _wrapped(self, m: re.Match) -> tuple[Candidate, ...]:
        """A known surname (group 1) and a given name (group 2) a line or a space apart."""
        given = m.group(2)
        if given[-1] in _NOT_GIVEN_ENDS or given in HONORIFICS or _NOT_NAMES.search(given):
            return ()
        return (Candidate(m.start(1), m.end(2), m.group(1) + given, 0.8),)

    def _logged(self, m: re.Match) -> tuple[Candidate, ...]:
        """A log line's name: a known surname with a given name after it (no department, no
        business: 「9/2 田中商事」「9/3 原宿店」)."""
        name = m.group(1)
        surname = next((name[:n] for n in (3, 2, 1) if name[:n] in SURNAMES), None)
        if surname is None or len(name) == len(surname) or name[-1] in _NOT_GIVEN_ENDS \
                or _NOT_NAMES.search(name) or _BUSINESS.search(name):
            return ()
        return (Candidate(m.start(1), m.end(1), name, 0.8),)

    def _latin_row(self, m: re.Match) -> tuple[Candidate, ...]:
        """A numbered row's name in capitals: each word with a vowel, no business's word
        (「1. NTT DATA TEL …」)."""
        words = m.group(1).split()
        if any(not _VOWEL.search(w) or w in _ORGANIZATION_WORDS for w in words) \
                or _BUSINESS.search(m.group(1)):
            return ()
        return (Candidate(m.start(1), m.end(1), normalize_name(m.group(1)), 0.8),)

    def _self_introduction(self, text: str, at: int) -> tuple[Candidate, ...]:
        """「山田と申します」「山田です。」 at the start of a sentence, with a known surname."""
        m = _INTRODUCED.search(text, max(0, at - 12), at)
        if m and starts_with_surname(m.group(1)) and not _NOT_NAMES.search(m.group(1)):
            return (Candidate(m.start(1), m.end(1), normalize_name(m.group(1)), 0.8),)
        return ()

    def _before_honorific(self, text: str, at: int) -> tuple[Candidate, ...]:
        if maiden := _maiden_name(text, at):
            return maiden
        m = _BEFORE_HONORIFIC.search(text, max(0, at - 14), at)
        if not m:
            return ()
        name = m.group(0).rstrip()
        s, e = m.start(), m.start() + len(name)
        # 「拝啓 羽生結弦様」
        if name[0] in _GREETING_STARTS and (greeting := _GREETING.match(name)):
            name, s = name[greeting.end():], s + greeting.end()
        if len(name) < 2 or (name[-1] in _NOT_NAME_ENDS and _NOT_NAMES.search(name)):
            return ()
        if (len(name) <= 7 and starts_with_surname(name)) or starts_with_reading(name):
            return (Candidate(s, e, normalize_name(name), 0.9),)
        confirmed = _ginza_name(text[max(0, s - 20) : at + 1], s - max(0, s - 20), name)
        if confirmed is None:  # no GiNZA: trust the honorific, less
            return (Candidate(s, e, normalize_name(name), 0.6),)
        if confirmed:
            ps, pe = confirmed
            return (Candidate(s + ps, s + pe, normalize_name(name[ps:pe]), 0.85),)
        return ()

    def from_label(self, text: str) -> Candidate | tuple[Candidate, ...] | None:
        return in_name_column(text)
