"""Person names: the recognizer, and the name an honorific (様/さん/殿, くん/ちゃん, Mr.) or a
self-introduction (と申します) follows; layouts (``name_layouts``) and labels (``labeled_names``)
give the rest.

The honorific is the cheap signal; GiNZA confirms the name on a short window around it. When
GiNZA is unavailable a stop-list heuristic decides, at lower confidence.
"""

import re
from dataclasses import replace
from functools import lru_cache

from .. import ner
from ..company_accounts import LEGAL_FORM
from ..name_lexicon import is_common_noun, is_given_name, is_surname, may_be_given_name
from ..normalize import is_hiragana, is_kanji
from ..published_samples import SAMPLE_NAMES, example_line
from ..surnames import (
    SURNAMES,
    leading_surname,
    starts_with_reading,
    starts_with_surname,
    starts_with_written_reading,
)
from .animals import animal_bracket_after
from .base import Candidate, Recognizer
from .english_names import (
    DEAR_TRIGGER,
    INTRODUCED_TRIGGER,
    LATIN_READ_AFTER_TRIGGER,
    PNR_TRIGGER,
    RELATIVE_TRIGGER,
    SIGN_OFF_TRIGGER,
    english_name,
    is_desk_name,
)
from .handover_names import HANDOVER_TRIGGER, LISTED_ARROW_TRIGGER, arrow_names
from .labeled_names import (
    CN_TRIGGER,
    DECEASED_NAME,
    NAME_KEY_TRIGGER,
    TEXT_LABEL_TRIGGERS,
    after_label,
    in_name_column,
)
from .name_forms import surname_of
from .name_layouts import (
    BORN_AFTER_TRIGGER,
    CHAT_HISTORY_TRIGGER,
    CHAT_SPEAKER_TRIGGER,
    CLOSING_TRIGGER,
    DATED_KATAKANA,
    DATED_TRIGGER,
    DOCTOR_TRIGGER,
    HIRAGANA_READ_AFTER_TRIGGER,
    LISTED,
    LISTED_BESIDE,
    LISTED_BORN_TRIGGER,
    LISTED_BRACKETED_TRIGGER,
    LISTED_DOTTED,
    LISTED_JOB_TRIGGER,
    LISTED_KANA_TRIGGER,
    LISTED_LATIN,
    LOGGED_TRIGGER,
    MENTIONED,
    NAMED_FIRST_TRIGGER,
    PARENT_OF_TRIGGER,
    PARTY_TRIGGER,
    PASSPORT_TRIGGER,
    POSTAL_AFTER_TRIGGER,
    READ_AFTER_TRIGGER,
    READ_BEFORE_TRIGGER,
    RELATIVE_AFTER_TRIGGER,
    RELATIVE_BEFORE_TRIGGER,
    SECTION_SIGNED_TRIGGER,
    SIGNED_TRIGGER,
    TITLED_TRIGGER,
    TREE_TRIGGER,
    UNSPACED_SIGNED_TRIGGER,
    WRAPPED,
    layout_name,
)
from .name_words import (
    BUSINESS_NAME,
    CHILD_HONORIFICS,
    HONORIFICS,
    KATAKANA_ROLE,
    NAME_CHARS,
    NOT_NAMES,
    RELATION,
    STAFF_TITLES,
    normalize_name,
)

# a name in katakana written without its space (「カトウヒロシ様」): a known surname's reading
# and a given name's after it
_READING_WRITTEN_WHOLE = re.compile("(?<![ァ-ヶー])[ァ-ヶ][ァ-ヶー]{4,9}$")
# a job's title glued before a name with its honorific (「管理員林加奈さん」)
_STAFF_TITLE_FIRST = re.compile(f"(?:{STAFF_TITLES}) ?")
# 「同居の夫英樹さん」: a relative's given name, without GiNZA's say (it calls 英樹 nobody here)
_GIVEN_AFTER_RELATION = re.compile(rf"(?:{RELATION})の?([一-龥々]{{1,4}})$")
_BEFORE_HONORIFIC = re.compile(
    rf"(?:[一-龥々〆ヶ]{{1,4}}[ ]?{NAME_CHARS}{{1,5}}"
    r"|[ァ-ヶー]{2,6}(?:[ ・][ァ-ヶー]{2,6}){1,2}"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}|[A-Z]{2,} [A-Z]{2,}(?: [A-Z]{2,})?)[ ]?$"
)
_LEGAL_FORM_END = re.compile(f"(?:{LEGAL_FORM})[ ]?$")  # a company's name after it
_REACH, _LATIN_REACH = 14, 40  # characters before an honorific a name is looked for in
# a shrine's or a temple's hall whose name ends in 殿 (参集殿, a word of its own: 本殿, 拝殿;
# not 「山本殿」, 山本's)
_HALL = re.compile(r"(?:参集|(?<![一-龥々〆ヶ])[神本拝宮御仏宝社舞客寝])$")
# a foreign name in katakana, its parts a middle dot apart (ワン・リー, グエン・ヴァン・ナム), not a
# desk's or a service's words so joined (ケア・ステーション)
_DOTTED = re.compile(r"[ァ-ヶー]{2,6}(?:・[ァ-ヶー]{2,6}){1,2}")
_WESTERN = re.compile(r"(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.? ([A-Z][a-z]+(?: [A-Z][a-z]+)?)")
# an emergency contact's cell: 「Kevin Moore (spouse)」
_WESTERN_RELATIVE = (r"[A-Z][a-z]+ [A-Z][a-z]+ ?\((?:spouse|wife|husband|partner|mother|father"
                     r"|parent|son|daughter|child|brother|sister|sibling|friend|guardian)\)")
_WESTERN_RELATED = re.compile(r"([A-Z][a-z]+ [A-Z][a-z]+) ?\(")
_GREETING = re.compile(r"(?:拝啓|謹啓|前略|拝復|冠省|親愛なる|各位)[ ]?")
# at a sentence's start, a quoted line's too (「> 石川 桃子と申します」), or after what the writer
# did (「先日ピーリングを受けた後藤です。」)
# an operator's turn in a call's transcript
_OPERATOR = re.compile(r"[ \t]*(?:オペレーター|オペレータ|OP|担当|受付|スタッフ|係員)[ ]?[:：]")
# (after a speaker's colon in a transcript, 「お客様：坂本 加奈です」, or a topic's は, 「母は後藤
# 裕美子です」)
_INTRODUCED = re.compile(
    r"(?:^|[\n。、!?！？:：]|ます|の|は|(?<=[ぁ-ん])た)(?:[ ]?>+)?[ ]?"
    r"([一-龥々〆ヶ]{1,4}(?:[ ]?[一-龥々〆ヶ]{1,3}|[ ]?[ぁ-ん]{2,4})?)$"
)
_BEFORE_CHILD_HONORIFIC = re.compile(
    r"(?<![一-龥々〆ヶぁ-んァ-ヶー])([一-龥々〆ヶ]{2,6}|[一-龥々〆ヶ]{1,3} [一-龥々〆ヶ]{1,3}"
    r"|[一-龥々〆ヶ]{1,3} ?[ぁ-ん]{2,4})$")
_FAMILY_WORDS = re.compile(r"(?:[父母兄姉弟妹爺婆坊嬢孫叔伯]|主人|先輩|後輩|同期)$")
# 「山田です。」: the kanji before (maybe a line break between) is in the trigger, as every
# name _INTRODUCED accepts ends in one; "…@example.jpです。" never reaches Python.
# (maybe a note in brackets between: 「林 晃（林 裕太の長男）です。」)
_INTRODUCTION = (r"[一-龥々〆ヶ]\n?(?:[（(][^）)\n]{1,20}[）)])?"
                 r"(?:と申します|(?:です|でございます)[。、(（])")  # (「…花子です（原簿番号…）。」)
# ... and a given name in hiragana (「中村さゆりと申します」; not before です: 「聞きたいです。」)
_INTRODUCTION_KANA = r"[一-龥々〆ヶ][ ]?[ぁ-ん]{2,4}と申します"
_INTRODUCTION_ENDS = ("と申します", "です。", "です、", "です(", "です（", "でございます。",
                      "でございます、", "でございます(", "でございます（")
# The last characters of what NOT_NAMES and _GREETING look for (else no regex call).
_NOT_NAME_ENDS = frozenset("皆な客位者当族子父母奥那兄姉弟妹々方神仏員ー長生ら誰た他中各貴○〇ま主"
                            "別齢柄考籍職属")
_GREETING_STARTS = frozenset("拝謹前冠親各")
# a sentence's particle between two kanji words before the name (「原本は森田隆様宛」): the name
# is what follows it (no given name goes on in kanji after a particle's kana)
_PARTICLE_BETWEEN = re.compile(r"(?<=[一-龥々])[はがをにでへも](?=[一-龥々])")


def _before_child_honorific(text: str, at: int) -> tuple[Candidate, ...]:
    """The name before くん / ちゃん at ``at``: a known surname (2 kanji or more, or one
    with a given name after it) and maybe a given name; none but a name."""
    m = _BEFORE_CHILD_HONORIFIC.search(text, max(0, at - 8), at)
    if m is None:
        return ()
    name = m.group(1)
    kanji = re.match("[一-龥々〆ヶ]+", name).group()
    if not starts_with_surname(kanji) or _FAMILY_WORDS.search(name) \
            or NOT_NAMES.search(name) or BUSINESS_NAME.search(name):
        return ()
    return (Candidate(m.start(1), m.end(1), normalize_name(name), 0.85),)


_AFTER_SHI = "、,。 \t\n）)がは"  # what may follow 氏 after a name (not 氏名's 名)
# A surname before its honorific, then in brackets its whole name or its given name (a call
# memo's 「前田様（前田涼平）」, a helpers' list 「山本くん（真綾）」)
_NAME_IN_BRACKETS_AFTER = re.compile(
    r"[（(]([一-龥々〆ヶぁ-んァ-ヶー]{1,4} ?[一-龥々〆ヶぁ-んァ-ヶー]{0,5})[)）]")


def _named_in_brackets(text: str, end: int, found: tuple[Candidate, ...]
                       ) -> tuple[Candidate, ...]:
    """``found`` (the name before an honorific ending at ``end``), or the whole name when it
    is a surname and brackets after the honorific write the whole name or a given name."""
    if len(found) != 1 or not is_surname(surname := found[0].value) \
            or (m := _NAME_IN_BRACKETS_AFTER.match(text, end)) is None:
        return found
    inner = m.group(1).replace(" ", "")  # (「伊藤さん（伊藤 知実）」)
    if inner.startswith(surname) and may_be_given_name(inner[len(surname):]):
        return (Candidate(m.start(1), m.end(1), inner, 0.9),)
    if len(inner) <= 4 and may_be_given_name(inner):
        return (Candidate(found[0].start, m.end(), surname + inner, 0.85),)
    return found


# A surname, then the maiden name in brackets, then the given name before an honorific:
# 「田中（旧姓：伊藤）幹様」.
_MAIDEN_NAME = re.compile(r"([一-龥々]{1,4})[（(]旧姓[：:・ ]?[一-龥々ぁ-んァ-ヶー]{1,6}[)）] ?"
                          r"([一-龥々〆ぁ-んァ-ヶー]{1,5}) ?$")


def _maiden_name(text: str, at: int) -> tuple[Candidate, ...]:
    """「田中（旧姓：伊藤）幹様」 (``at``: the honorific): 田中幹, her name now."""
    if "旧姓" not in text[max(0, at - 16):at]:
        return ()
    m = _MAIDEN_NAME.search(text, max(0, at - 24), at)
    if m is None or NOT_NAMES.search(m.group(2)):
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
    starts_in_python = True
    # (氏 only before what ends a name's mention: not 氏名)
    triggers = ("様|さん|殿|さま", "くん|ちゃん", f"氏[{_AFTER_SHI}]", _INTRODUCTION,
                _INTRODUCTION_KANA, WRAPPED,
                LISTED,
                *LISTED_BESIDE, LISTED_BRACKETED_TRIGGER, SIGNED_TRIGGER, SECTION_SIGNED_TRIGGER,
                UNSPACED_SIGNED_TRIGGER,
                LOGGED_TRIGGER,
                LISTED_LATIN, LISTED_DOTTED, LISTED_KANA_TRIGGER, LISTED_JOB_TRIGGER,
                LISTED_BORN_TRIGGER,
                RELATIVE_AFTER_TRIGGER,
                RELATIVE_BEFORE_TRIGGER,
                *TEXT_LABEL_TRIGGERS, NAME_KEY_TRIGGER,
                r"\b(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.? [A-Z][a-z]",
                PASSPORT_TRIGGER, CN_TRIGGER, _WESTERN_RELATIVE, READ_AFTER_TRIGGER,
                LATIN_READ_AFTER_TRIGGER,
                HIRAGANA_READ_AFTER_TRIGGER,
                READ_BEFORE_TRIGGER,
                TITLED_TRIGGER, TREE_TRIGGER, PARENT_OF_TRIGGER, PARTY_TRIGGER, BORN_AFTER_TRIGGER,
                CLOSING_TRIGGER, INTRODUCED_TRIGGER, DOCTOR_TRIGGER, SIGN_OFF_TRIGGER,
                RELATIVE_TRIGGER, DEAR_TRIGGER, PNR_TRIGGER,
                POSTAL_AFTER_TRIGGER, DATED_TRIGGER, NAMED_FIRST_TRIGGER, CHAT_HISTORY_TRIGGER,
                CHAT_SPEAKER_TRIGGER, HANDOVER_TRIGGER, LISTED_ARROW_TRIGGER)
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
    line_spanning = (WRAPPED, SIGNED_TRIGGER, TREE_TRIGGER, CLOSING_TRIGGER, SIGN_OFF_TRIGGER,
                     SECTION_SIGNED_TRIGGER, UNSPACED_SIGNED_TRIGGER)

    def parse(self, text: str, start: int, end: int) -> tuple[Candidate, ...]:
        found = self._names(text, start, end)
        # (a manual's example writes its name after a label, not before 様: a log's 「山田
        # 太郎様」 on every line is not asked)
        if found and text[start:end] not in HONORIFICS \
                and not SAMPLE_NAMES.isdisjoint(c.value for c in found):
            return tuple(c for c in found if c.value not in SAMPLE_NAMES
                         or not example_line(text, c.start, c.end, sandbox=False))  # (記入例)
        return found

    def _names(self, text: str, start: int, end: int) -> tuple[Candidate, ...]:
        # tuples, not a generator: called per 様 in prose
        if text[start:end] in HONORIFICS or text[start:end] in CHILD_HONORIFICS:
            if animal_bracket_after(text, end):  # 「ココくん（マンチカン・オス）」: a pet
                return ()
            return _named_in_brackets(text, end, self._before_honorific(text, start)
                                      if text[start:end] in HONORIFICS
                                      else _before_child_honorific(text, start))
        if text.endswith(_INTRODUCTION_ENDS, start, end):  # start: the name's last kanji
            given = text[start + 1:end - 5].strip() \
                if text.endswith("と申します", start, end) else ""  # (「中村ともみと申します」)
            kana = len(given) >= 2 and is_hiragana(given)
            return self._self_introduction(text, end - 5 if kana else
                                           start + 2 if text[start + 1] == "\n" else start + 1)
        if text[start] == "氏" and start and end - start == 2 \
                and text[start + 1] in _AFTER_SHI:  # (minutes' 「総代 渡辺清氏、山田節子氏」)
            return self._before_honorific(text, start)
        if text[end - 1] == "→":
            return arrow_names(text, start, end)
        if (found := layout_name(text, start, end)) is not None:
            return _in_household(text, found)
        if text[end - 1] == ")" and (m := _WESTERN_RELATED.match(text, start)):
            return (Candidate(m.start(1), m.end(1), normalize_name(m.group(1)), 0.85),)
        if text[start] in "MDP" and (m := _WESTERN.match(text, start)):
            return (Candidate(m.start(1), m.end(1), normalize_name(m.group(1)), 0.85),)
        if text[start].isascii() and (found := english_name(text, start)) is not None:
            return found
        return after_label(text, start, end)

    def _self_introduction(self, text: str, at: int) -> tuple[Candidate, ...]:
        """「山田と申します」「山田です。」 at the start of a sentence, with a known surname; on a
        call transcript's operator's line (「オペレーター：…センター、伊藤でございます」) someone
        of the call's in passing, the caller's number and words not theirs (``MENTIONED``)."""
        m = _INTRODUCED.search(text, max(0, at - 12), at)
        if m and starts_with_surname(m.group(1)) and not NOT_NAMES.search(m.group(1)):
            line = text.rfind("\n", 0, m.start(1)) + 1
            return (Candidate(m.start(1), m.end(1), normalize_name(m.group(1)), 0.8,
                              detector=MENTIONED if _OPERATOR.match(text, line) else None),)
        return ()

    def _before_honorific(self, text: str, at: int) -> tuple[Candidate, ...]:
        return _in_passing(text, at, _of_the_dead(
            text, at, _in_household(text, self._honored(text, at))))

    def _honored(self, text: str, at: int) -> tuple[Candidate, ...]:
        if text.startswith("殿", at) and _HALL.search(text, max(0, at - 3), at):
            return ()  # 「宗教法人明治神宮 参集殿」: a hall, no honorific
        if maiden := _maiden_name(text, at):
            return maiden
        latin = text[max(0, at - 2):at].rstrip()[-1:].isascii()  # (REYES JOHN PAUL 殿)
        m = _BEFORE_HONORIFIC.search(text, max(0, at - (_LATIN_REACH if latin else _REACH)), at)
        if not m:
            whole = _READING_WRITTEN_WHOLE.search(text, max(0, at - _REACH), at)
            if whole and starts_with_written_reading(whole.group(0)):
                return (Candidate(whole.start(), whole.end(), whole.group(0), 0.85),)
            dated = DATED_KATAKANA.search(text, max(0, at - _LATIN_REACH), at)
            return (Candidate(dated.start(1), dated.end(1), dated.group(1), 0.85),) \
                if dated and not is_common_noun(dated.group(1)) else ()
        name = m.group(0).rstrip()
        if _is_desk(name.rpartition(" ")[2]) or _HEAD_OF_PLACE.search(name):
            return ()  # (a letter to a town hall's desk or head: 「北山町 ふるさと納税係 様」,
            # 「北山町長 殿」)
        s, e = m.start(), m.start() + len(name)
        # 「拝啓 羽生結弦様」
        if name[0] in _GREETING_STARTS and (greeting := _GREETING.match(name)):
            name, s = name[greeting.end():], s + greeting.end()
        elif s and " " in name and is_kanji(text[s - 1]) and is_kanji(name[0]):
            # the end of a longer word before the space (「緊急連絡先 明美様」): a label's, and
            # the name after it is all there is
            name, s = name[name.index(" ") + 1:], s + name.index(" ") + 1
            if not starts_with_surname(name):
                return ()
        if len(name) < 2 or (name[-1] in _NOT_NAME_ENDS and NOT_NAMES.search(name)) \
                or "様" in name.rpartition(" ")[2]:
            return ()  # (「藤原様の新婦さん」: whose; 「お母様 遠藤裕太様」 is 遠藤裕太)
        if (title := _STAFF_TITLE_FIRST.match(name)) and starts_with_surname(name[title.end():]) \
                and len(name) - title.end() >= 2:
            name, s = name[title.end():], s + title.end()
        cuts = [m.end() for m in _PARTICLE_BETWEEN.finditer(name)]
        if cuts and starts_with_surname(name[cuts[-1]:]):
            name, s = name[cuts[-1]:], s + cuts[-1]
        if (len(name) <= 7 and starts_with_surname(name)) or starts_with_reading(name):
            return (Candidate(s, e, normalize_name(name), 0.9),)
        head, _, tail = name.rpartition(" ")
        if head and 2 <= len(tail) <= 7 and starts_with_surname(tail):  # (「610号室 遠藤直樹様」)
            return (Candidate(e - len(tail), e, tail, 0.9),)
        if _DOTTED.fullmatch(name) and not KATAKANA_ROLE.search(name):  # (ワン・リーさん: GiNZA
            return (Candidate(s, e, normalize_name(name), 0.85),)  # calls few foreign names)
        if name.isascii() and not is_desk_name(name):  # (「GURUNG BIKASH様」: GiNZA calls none)
            return (Candidate(s, e, normalize_name(name), 0.85),)
        if (given := _GIVEN_AFTER_RELATION.search(name)) and (
                is_given_name(given.group(1)) or _full_name(given.group(1))):
            return (Candidate(s + given.start(1), e, given.group(1), 0.85),)  # (「夫の林幹様」)
        confirmed = _ginza_name(text[max(0, s - 20) : at + 1], s - max(0, s - 20), name)
        if confirmed is None:  # no GiNZA: trust the honorific, less
            return (Candidate(s, e, normalize_name(name), 0.6),)
        if confirmed:
            ps, pe = confirmed
            if _LEGAL_FORM_END.search(name, 0, ps):  # (「合同会社藤井電気様」: a company's)
                return ()
            return (Candidate(s + ps, s + pe, normalize_name(name[ps:pe]), 0.85),)
        return ()

    def from_label(self, text: str) -> Candidate | tuple[Candidate, ...] | None:
        return in_name_column(text)


_DESK_ENDS = frozenset("係課局班室部")
_HEAD_OF_PLACE = re.compile("(?:市|町|村|区)長$|知事$")


def _is_desk(word: str) -> bool:
    """Whether ``word`` before an honorific is an office's desk (納税係, 企画課, 総務部), not a
    surname that ends so (長谷部, 氷室)."""
    return len(word) >= 3 and word[-1] in _DESK_ENDS and not is_surname(word)


def _full_name(name: str) -> bool:
    """A known surname and a given name after it, however short (林幹: 幹 is a trunk too)."""
    surname = leading_surname(name)
    return surname is not None and len(name) > len(surname) \
        and may_be_given_name(name[len(surname):])


# A surname the writer tells something to or of in passing (「佐藤さんには以前お伝えした」): a
# neighbour, not the writer; the writer's own lines go on around it (``MENTIONED``)
_IN_PASSING = re.compile("(?:様|さん|殿|さま)(?:には|にも|とは|とも|へは|のお宅|の件)")


def _in_passing(text: str, at: int, found: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``found`` before the honorific at ``at``, a surname named in passing made so."""
    if len(found) != 1 or found[0].detector is not None or not is_surname(found[0].value) \
            or not _IN_PASSING.match(text, at):
        return found
    return (replace(found[0], detector=MENTIONED),)


# One who died, named with an honorific: 「故 山田太郎 様」 (a 香典帳's title, a funeral's memo),
# 「山田太郎様がご逝去されました」 (a mail to the temple): no one the count counts
_LATE_BEFORE = re.compile(r"(?<![一-龥々])故[ 　]?$")  # (not 事故: an accident's)
# (or 「村上信之様（享年82）ご逝去」)
_DIED_AFTER = re.compile(r"(?:様|さん|殿|さま)?(?:[（(]享年[^）)\n]{1,8}[)）]"
                         r"|(?:が|は)(?:ご|御)?(?:逝去|永眠|他界|死去|お亡くなり|亡くなら))")


def _of_the_dead(text: str, at: int, found: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``found`` before the honorific at ``at``, the name of one who died made so."""
    if len(found) != 1 or not (_LATE_BEFORE.search(text, max(0, found[0].start - 3),
                                                   found[0].start)
                               or _DIED_AFTER.match(text, at)):
        return found
    return (replace(found[0], detector=DECEASED_NAME),)


# A relative named by their given name after the relation (a case record's 「同居の妻千代さん
# （昭和21年8月24日生）」): under the surname of the household's person named before it
# (「福田英樹（昭和16年…生）宅を訪問」), as a 世帯員's given name is.
_RELATION_JUST_BEFORE = re.compile(rf"(?:{RELATION})の?$")
_RELATION_LAST = frozenset(word[-1] for word in RELATION.split("|")) | {"の"}  # (per 様: at once)
_NAMED_BEFORE = re.compile(r"([一-龥々〆ヶ]{3,6})(?=[ 　]?(?:[（(]|様|さん|氏|と申します))")
_HOUSEHOLD_REACH = 300  # characters back the household's person is looked for


def _in_household(text: str, found: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    if len(found) != 1 or text[found[0].start - 1:found[0].start] not in _RELATION_LAST \
            or starts_with_surname(found[0].value) \
            or not _RELATION_JUST_BEFORE.search(text, max(0, found[0].start - 4), found[0].start):
        return found
    for m in reversed(list(_NAMED_BEFORE.finditer(
            text, max(0, found[0].start - _HOUSEHOLD_REACH), found[0].start))):
        if (surname := surname_of(m.group(1))) is not None:
            return (replace(found[0], value=surname + found[0].value),)
    return found
