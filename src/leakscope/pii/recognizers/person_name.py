"""Person names: column labels, in-text name labels (氏名：), honorifics (様/さん/殿) + GiNZA.

The honorific is the cheap signal; GiNZA confirms the name on a short window around it. When
GiNZA is unavailable a stop-list heuristic decides, at lower confidence.
"""

import re
from functools import lru_cache

from .. import ner
from ..surnames import SURNAMES, starts_with_reading, starts_with_surname
from .address import is_kanji
from .base import Candidate, Recognizer
from .name_forms import JOINED, household_member, is_brand, joint_names
from .name_words import BUSINESS_NAME as _BUSINESS
from .name_words import CHILD_HONORIFICS, HANDLE, HONORIFICS, normalize_name
from .name_words import NAME_CHARS as _NAME_CHARS
from .name_words import NO_ONE_NAME as _NO_ONE
from .name_words import NOT_GIVEN_ENDS as _NOT_GIVEN_ENDS
from .name_words import NOT_NAMES as _NOT_NAMES

_BEFORE_HONORIFIC = re.compile(
    rf"(?:[一-龥々〆ヶ]{{1,4}}[ ]?{_NAME_CHARS}{{1,5}}|[ァ-ヶー]{{2,6}}[ ][ァ-ヶー]{{2,6}}"
    r"|[A-Z][a-z]+ [A-Z][a-z]+)[ ]?$"
)
# a scanned form's OCR spaces every character: 「氏 名　岡 本 花 子」; a bilingual label's
# English half before the value (a residence card's 「氏名 NAME LIU YANG」)
_AFTER_LABEL = re.compile(
    r"[ ]{0,8}(?:[:：]|は)?[ ]?(?:(?:NAME|Name|name)\b[ ]?[:：/]?[ ]?)?['\"]?"
    rf"((?:{_NAME_CHARS} ){{2,7}}{_NAME_CHARS}(?=\r?\n|$)"
    rf"|{_NAME_CHARS}{{1,6}}(?:[ ]{_NAME_CHARS}{{1,6}})?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}|[A-Z]+ [A-Z]+)"
)
_WESTERN = re.compile(r"(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.? ([A-Z][a-z]+(?: [A-Z][a-z]+)?)")
# an emergency contact's cell: 「Kevin Moore (spouse)」
_WESTERN_RELATIVE = (r"[A-Z][a-z]+ [A-Z][a-z]+ ?\((?:spouse|wife|husband|partner|mother|father"
                     r"|parent|son|daughter|child|brother|sister|sibling|friend|guardian)\)")
_WESTERN_RELATED = re.compile(r"([A-Z][a-z]+ [A-Z][a-z]+) ?\(")
_GREETING = re.compile(r"(?:拝啓|謹啓|前略|拝復|冠省|親愛なる|各位)[ ]?")
_NOT_IN_NAMES = re.compile(r"[0-9@/\\<>]")
_NOTE_AFTER = re.compile(r"\s*[(（][^()（）]{1,12}[)）]$")  # 「佐藤 陽一 様（男）」, 「（長男）」
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
_READING_IN_BRACKETS = re.compile(r"[(（]([ァ-ヶー]{1,8}(?: [ァ-ヶー]{1,8})?)[)）]")
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
# Labels a name follows in text (「顧客名：山田太郎」), the trigger's and the check's.
# A person's role before a name in prose (「候補者：清水 裕太」「作成：藤田 翔太」「参加者：松田
# 幹」): a name there only if it begins with a known surname (「担当：営業部」「参加者：3名」).
# The parties of an incident report (被疑者, 被害者), a register's companion (同行者) and a
# household's head and members (世帯主, 世帯員) likewise; a card's holder (名義) too, or in
# Latin capitals (「名義：YAMADA SHOHEI」); a signature's desk and its clerk (「受付 伊藤 和也」).
_ROLES = ("担当者?|参加者|候補者|作成者?|記入者|申請者|相談者|応募者|紹介者|代表者"
          "|被疑者|容疑者|被害者|加害者|同行者|同伴者|世帯主|世帯員|名義|受付|記録者|確認者")
_TEXT_LABELS = (rf"氏 ?名|お名前|名前|フリガナ|ふりがな|受取人|{_ROLES}"
                r"|(?:顧客|会員|契約者|申込者|購入者|注文者)名")
_ROLE = re.compile(_ROLES)
_LABELS = re.compile(rf"(?:{_TEXT_LABELS}|契約者|申込者|(?i:name)|CN=)")
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
_HANDLE = re.compile(HANDLE)


@lru_cache(maxsize=8)
def _surnames(pattern: str) -> re.Pattern:
    """A pattern of every known surname, compiled when a scan first needs it (~5 ms each at
    start-up: most files never hold a list or a signature)."""
    return re.compile(pattern)


def _reading(text: str, at: int) -> tuple[Candidate, ...]:
    """A name's reading in brackets at ``at`` (not a label there: 「(フリガナ) オカモト ヒナ」)."""
    m = _READING_IN_BRACKETS.match(text, at)
    if m is None or _label_words()[0].fullmatch(m.group(1)):
        return ()
    return (Candidate(m.start(1), m.end(1), normalize_name(m.group(1)), 0.8),)


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


def _without_honorific(name: str) -> str:
    """「佐藤花子 様」 after a label: the name without its honorific."""
    for honorific in (*HONORIFICS, *CHILD_HONORIFICS):
        if name.endswith(honorific):
            return name[: -len(honorific)].rstrip()
    return name


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


def _before_particle(name: str, after: str) -> str:
    """「担当は後藤桃子が引き継ぎ」, 「斎藤さゆりが対応」: the name up to a particle that a verb
    or a noun follows (a kanji or katakana; ``after``: the character after ``name``), or the
    copula (「鈴木ともみです」); one that hiragana follows is the given name's own (ちはる,
    のぞみ, はな子)."""
    if len(name) > 3 and name[-1] == "で" and after == "す":
        return name[:-1]
    for i in range(2, len(name)):
        if name[i] in _PARTICLES:
            following = name[i + 1] if i + 1 < len(name) else after
            if following and following not in _NAME_SUFFIXES and (
                    is_kanji(following) or "\u30a1" <= following <= "\u30fa"):
                return name[:i]
    return name


_PARTICLES = frozenset("がはをにへともで")
# after a particle, what goes on the name: an honorific, or a given name's last kanji (ひで子,
# まり恵, かな江: kana then kanji)
_NAME_SUFFIXES = frozenset("様殿君氏宛子美代江恵枝乃世")


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


@lru_cache(maxsize=1)
def _label_words() -> tuple[re.Pattern, tuple[str, ...]]:
    """Every context word in Japanese (電話番号, メールアドレス, 住所, フリガナ) as one regex, and
    those with a kanji in them."""
    from ..context import keyword_table  # it reads the recognizers: imported when first asked

    words = sorted({w for w, _ in keyword_table() if not w.isascii()}, key=len, reverse=True)
    return (re.compile("|".join(map(re.escape, words))),
            tuple(w for w in words if any("一" <= c <= "龥" for c in w)))


def _is_label(text: str) -> bool:
    """A header row's next label after a name's (「氏名 電話番号」「生徒氏名 保護者氏名」), not a
    name: it starts with a context word, or ends in one of kanji (not a kana reading's カナ)."""
    starts, kanji = _label_words()
    return starts.match(text) is not None or text.endswith(kanji)


_LATIN = re.compile(r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)+")
def _before_next_label(name: str) -> str:
    """A name without what follows it after a label: the next label a space after it on its
    line (「世帯主 田中一郎 世帯員 …」「氏名 山田 電話 …」), an honorific and what follows it
    (「世帯主 村上 さゆり様の妻」)."""
    if (inside := _HONORIFIC_INSIDE.search(name, 1)) is not None:
        name = name[:inside.start()].rstrip()
    first, space, rest = name.partition(" ")
    return first if space and (_LABELS.match(rest) or _is_label(rest)) else name


_HONORIFIC_INSIDE = re.compile("様|殿|さん")


class PersonNameRecognizer(Recognizer):
    category = "person_name"
    detector = "person_name"
    triggers = ("様|さん|殿|さま", "くん|ちゃん", _INTRODUCTION, _WRAPPED, _LISTED,
                _LISTED_BESIDE, _LISTED_BRACKETED_TRIGGER, _SIGNED_TRIGGER, _LOGGED_TRIGGER,
                _LISTED_LATIN, _RELATIVE_AFTER_TRIGGER, _RELATIVE_BEFORE_TRIGGER,
                rf"(?:{_TEXT_LABELS})[)）]?(?:[ ]?[:：は]|[ \t])",
                "(?i)\\bname['\"]?[ ]?[:=]", r"\b(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.? [A-Z][a-z]",
                _PASSPORT_SURNAME + "[A-Z]{2}",
                r"\bCN=",  # a calendar's ATTENDEE;CN=佐藤 健一, a directory's CN=Taro Yamada
                _WESTERN_RELATIVE)
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
            return (*found, *_reading(text, m.end() - 2)) if found else ()  # 岡本 茂 (オカモト)
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
        m = _AFTER_LABEL.match(text, end)
        if m and _LABELS.search(text, start, end) and not _is_label(m.group(1)):
            name = _before_next_label(_without_honorific(m.group(1)))
            name = _before_particle(name, text[m.start(1) + len(name):m.start(1) + len(name) + 1])
            if text.startswith("世帯員", start):  # a given name under the head's surname
                return household_member(text, start, m.start(1), name)
            if _ROLE.match(text, start, end) and not starts_with_surname(name) \
                    and not _LATIN.fullmatch(name):
                return ()  # 「担当：営業部」「参加者：3名」: a person only by a known surname
            if _NO_ONE.fullmatch(name) or _NOT_NAMES.search(name):
                return ()  # 「世帯主：本人」, 「氏名 性別 年齢」 (a table's header)
            if _BUSINESS.search(text, m.start(1), m.start(1) + 12):
                return ()  # 「名称（氏名） 株式会社みなと…」
            if not name:
                return ()
            found = Candidate(m.start(1), m.start(1) + len(name), normalize_name(name), 0.9)
            # 「氏名：伊藤 大和（イトウ ヤマト）」: its reading too
            return (found, *_reading(text, found.end + (text[found.end:found.end + 1] == " ")))
        return ()

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
        end = text.find("<")
        end = len(text) if end < 0 else end  # a mail address header: the display name
        value = _without_honorific(_NOTE_AFTER.sub("", text[:end].strip().strip('"').strip()))
        if not 1 <= len(value) <= 40 or _NOT_IN_NAMES.search(value) or _BUSINESS.search(value) \
                or _HANDLE.match(value):
            return None
        if end < len(text) and is_brand(value, text[end:]):
            return None
        if JOINED.search(value) and (
                joint := joint_names(text, text.find(value), len(value))):
            return joint
        return Candidate(0, end, normalize_name(value))
