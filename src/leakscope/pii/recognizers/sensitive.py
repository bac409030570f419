"""要配慮個人情報 (APPI Art. 2(3)): medical history, criminal record, creed, disability, ...

Bare keywords are noisy ("システム障害", "障害対応", "信条" in a company motto), so a keyword
counts only when it is not part of a known non-personal compound, and the engine keeps it only
in a unit that also holds personal data or under a sensitive column label.
"""

import re
from collections.abc import Iterator

from .animals import in_animal_record
from .base import Candidate, Recognizer
from .sensitive_terms import (
    CARE_FACTS,
    CASED,
    CASELESS,
    CONDITIONS,
    FOODS,
    LABELS,
    QUALIFIED,
    RELIGIONS,
    SYNONYMS,
)


def _alternation(terms) -> str:
    return "|".join(f"(?i:{t})" if t.isascii() and t not in CASED else f"(?:{t})" for t in terms)


_CONDITION = re.compile(_alternation((*CONDITIONS, *CASELESS)))
_RELIGION = re.compile(_alternation(RELIGIONS))
# what makes a religion's name someone's belief after it (the 信者, 信仰, 入信 of it)
_HELD_AFTER = re.compile(r"(?:の|を|に|へ)?(?:熱心な)?"
                         r"(?:信者|信徒|教徒|徒|会員|員|信仰|入信|信心|を信じ)")
_HELD_BEFORE = re.compile(r"(?:信仰|宗教|宗派|信条)[ \t\u3000]*[:：は]?[ \t\u3000]*\Z")  # 信仰：…
_LABEL = re.compile(_alternation(LABELS))
# Compounds in which a term says nothing about a person.
_NOT_PERSONAL = re.compile(
    r"(?:システム|通信|回線|ネットワーク|サーバー?|機器|電波|接続)障害|障害(?:対応|発生|情報|報告|復旧|時|管理)"
    r"|企業信条|経営信条|行動信条|宗教法人|(?:当館|当社|弊社|当院|当店|当ホテル|当旅館)の信条"
    r"|を信条と"  # a motto (「おもてなしを信条とし」), no creed
    r"|(?:事務所|当事務所|弊所|当法人|法人|学校|当校|本校)の信条"  # (an office's motto)
)
# a field's name made of terms (「前科前歴：前科なし」): its value says, not its words
_FIELD_NAME = re.compile("前科・?前歴")
# what makes a condition a service's or an event's name (a hospital's notice: 「がん相談支援
# センター」, 「糖尿病教室のご案内」, 「認知症カフェ」), not anyone's
_SERVICE_AFTER = re.compile("相談支援|支援センター|教室|カフェ|サロン|セミナー|講座|講演|勉強会"
                            "|集会|大会|総会"  # (a party's 「全党員集会」)
                            "|予防|対策|啓発|月間|週間|専門医|の?流行|が流行"
                            # what is done for everyone who has it (「糖尿病の患者さんには毎回
                            # 確認すること」, a tour's terms' 「車椅子をご利用の方はお申し出
                            # ください」): nobody's condition
                            "|(?:治療中|療養中|通院中|服薬中|治療|をご利用|ご利用)?の(?:患者|方)"
                            "(?:さん|様|さま)?(?:には|へは|向け|は)")
# ... and in English, what a clinic, a kitchen or a campaign offers for a condition
_SERVICE_AFTER_EN = re.compile(
    r"[- ](?:friendly|free|menus?|meals?|diets?|clinics?|cent(?:er|re)s?|education|awareness"
    r"|support|prevention|screening|management|programm?e?s?|specialists?|unit|ward)\b",
    re.IGNORECASE)
# what makes a care fact a pharmacy's work or its records (服薬指導記録, 【服薬状況】, 投薬済,
# お薬手帳シール, a nurse's 服薬確認, a visiting nurse's 服薬管理 and 服薬支援), not a patient's
# fact
_WORK_AFTER = re.compile("指導|状況|記録|済|シール|アプリ|確認|管理|支援|介助")
_CARE_WORDS = frozenset((*CARE_FACTS, "お薬手帳"))
_LETTER = re.compile(r"[A-Za-z0-9]")
# what makes 要介護 / 要支援 a field's name (要介護度：要介護3, 要介護状態区分：要支援2) or a
# kind of people (an evacuation plan's 避難行動要支援者)
_CARE_FIELD = re.compile("度|状態区分|認定区分|者")
# "Nothing": なし, 特記事項なし, 該当なし, 無し, 異常なし (a column's empty answer, not a condition)
_NOTHING = re.compile(r"^.{0,8}(?:なし|無し|ナシ|ない|ありません|いいえ)$"
                      r"|^(?:非該当|申請中|未申請|審査中|未定|不明)$")  # (後遺障害等級's)
# after a term or a label: that there is none (「既往歴：特記事項なし」「糖尿病の既往なし」
# 「逮捕歴は特にありません」)
_SEPARATORS = "[ \t\u3000:：=＝・]*"
_NONE_AFTER = re.compile(
    f"(?:歴|の(?:既往歴?|病歴|症状|所見)|中の(?:お?薬|病気|疾患))?{_SEPARATORS}(?:は|が|も)?"
    r"(?:特に|とくに)?"
    r"(?:特記(?:すべき)?(?:事項|こと)?|該当|異常)?(?:は|が)?"
    r"(?:なし|無し|ナシ|ない|無い|ありません|ございません|いいえ|無(?![一-龥])|不明|未記入|未回答"
    r"|none\b|n/a)",
    re.IGNORECASE)
# a list of terms' separators (「がん・心疾患・脳血管疾患」)
_LIST_JOINS = ("・", "、", ",", "，", "/", "／")
_LISTED_WORD = re.compile("・[一-龥ァ-ヶー]{1,12}")  # (a word no term knows: 脳血管疾患)
# a question in its sentence after a term: a form's printed question (「…治療・投薬を受けたこと
# がありますか。」), asked of everyone whatever the answer below it; not a clause that tells it
# first (「糖尿病があるのですが大丈夫でしょうか。」)
_ASKED_AFTER = re.compile(r"(?:(?!のですが|ですが|ますが|たが|けど|ので)[^。\n?？]){0,40}?"
                          r"(?:ますか|ですか|でしょうか|ましたか|ませんか)(?:[。?？\s（(:：]|$)")
# after a label: that there is one, unnamed (「既往歴あり」「持病があります」)
_SOME_AFTER = re.compile(f"{_SEPARATORS}(?:が|は)?(?:あり|有り|ある|有(?![一-龥]))")
# a medical table's other columns, after its 傷病名 on one header line (「傷病名 経過」 of an
# insurer's 告知書): a header, not a condition
_HEADER_AFTER = re.compile(
    r"(?:[ \t\u3000]+(?:経過|状況|現在の状況|治療(?:内容|状況|期間|中)?|時期|期間|発病時期"
    r"|入院期間|医療機関名?|病院名|備考|症状))+[ \t\u3000]*(?:\n|$)")
# a label's value: after a separator, to the end of the phrase
_VALUE_AFTER = re.compile(r"(?:[ \t\u3000]*[:：=＝(（「【\[][ \t\u3000]*|[ \t\u3000]+)"
                          r"([^\s、。,，.()（）「」【】\[\]\-―ー－/*※?？][^\n、。,，()（）「」【】\[\]]{0,29})")
# where a field's value was read, in brackets after its word, before the value's separator
_SOURCE_AFTER = re.compile(r"[（(][^）)\n]{1,12}[）)](?=[ \t\u3000]*[:：=＝])")
# a cell's parts (not at 「・」: 音声・言語機能障害 is one 障害名)
_LISTED = re.compile(r"[^\s、,，/／;；]+(?:[ \t\u3000][^\s、,，/／;；]+)*")
# a food allergy column's food (原因食物 「乳・そば」, アレルギー 「卵除去」「えびNG（加熱可）」)
_FOOD = re.compile(rf"({FOODS})(?:除去|NG|不可)?(?:[(（][^()（）]*[)）])?")
_FOOD_LISTED = re.compile(r"[^・、,，/／\s]+")
# a condition's note in brackets after it, which is no part of its name: its care (「てんかん
# （服薬中）」, 「心室中隔欠損症（手術済）」) or what it is to (「食物アレルギー（卵・そば）」);
# not a kind (「内部障害（心臓）」)
_NOTED = re.compile(r"(.+?)[ \t\u3000]*[(（]([^()（）]+)[)）]")
_CARE_NOTE = re.compile(r".*(?:中|済|後|予定|経過観察|治療|服薬|通院|手術|疑い)$|.*[・、,].*"
                        r"|.*手帳[ \t\u3000]*[0-9０-９一二三四五六]+級$")  # (its 手帳's grade)
_HIRAGANA = re.compile("[ぁ-ゖ]")  # (a sentence about a term: 「喘息のため配慮をお願いします」)
# a word of a condition that a sentence in a health column says alone (「車椅子のため配慮を
# お願いします」: 車椅子; not がん, too common a sound: 「がんばっています」)
_QUALIFIED_WORD = re.compile("|".join(word for word in QUALIFIED if word != "がん"))
_MENTION_GAP = 6  # characters between two terms of one mention (no sentence break)
_CARE_REACH = 30  # characters after a condition its care or its 既往 is its own in
_SENTENCE_END = re.compile("[。\n.!?！？]")
# what ends a mention between two terms: a sentence, a negation (「逮捕歴なし 検挙歴あり」), or
# a list's separator or a conjunction (「脳梗塞後遺症、慢性腎不全」「障害年金と障害者手帳」: two
# conditions, each reported)
_MENTION_BREAK = re.compile("[。\n.!?！？な無:：、,，・/／と及や□■☐☑☒✓✔]")
# a form's printed choices: a term after an empty box is an option nobody ticked (a 問診票's
# 「□糖尿病　□高血圧　■肝炎」: 肝炎 alone), one after a filled box is told
_UNTICKED = "□☐"
_TICKED = "■☑☒✓✔"
_UNTICKED_BEFORE = re.compile(f"[{_UNTICKED}][ \t\u3000]?$")
_BOX = re.compile(f"[{_UNTICKED}{_TICKED}]")
# a ticked box's answer that there is one: the condition the cell names beside it is the value
_YES = frozenset({"あり", "有り", "有", "はい", "ある", "yes", "Yes", "YES"})


class SensitiveRecognizer(Recognizer):
    category = "sensitive"
    detector = "sensitive_terms"
    triggers = (*CONDITIONS, *LABELS, *RELIGIONS, *(f"(?i){t}" for t in CASELESS))
    context = ("要配慮", "病歴", "既往歴", "既往症", "前科", "medical", "宗教", "信条", "障害",
               "diagnosis", "religion", "criminal", "健康状態", "傷病名", "宗派", "宗旨",
               "負傷名",  # (a 施術録's injury)
               "診断名", "障害種別",  # (a 個別支援計画's 診断名 | 自閉スペクトラム症)
               # (a welfare billing system's columns: shogai_shubetsu, shien_kubun)
               "shogai_shubetsu", "shougai_shubetsu", "shien_kubun")
    numeric = False
    confidence = 0.7
    label_supersedes = True
    # the text, start and end of the last condition parsed: the engine hands candidates over
    # in the order they start, so the one before a term is known without searching back for
    # it (a text read again from an earlier start is a new reading: nothing before it)
    _last: tuple[str | None, int, int] = (None, 0, 0)

    def parse(self, text, start, end):
        m = _CONDITION.fullmatch(text, start, end) or _CONDITION.match(text, start)
        if m is None:
            if (religion := _RELIGION.match(text, start)) is not None:
                if _HELD_AFTER.match(text, religion.end()) or _HELD_BEFORE.search(
                        text, max(0, start - 8), start):  # (a venue's キリスト教式: none)
                    end = religion.end() + text.startswith("員", religion.end())  # (創価学会員)
                    yield Candidate(religion.start(), end, text[religion.start():end])
                return
            if not self._of_condition(text, start):  # (「糖尿病（…発作の既往あり）」: 糖尿病's)
                yield from _labelled(text, start, end)
            return
        if in_animal_record(text, start):
            return  # a karte memo's pet's illness (「■… ココくん（マンチカン・オス）」's record)
        if _UNTICKED_BEFORE.search(text, max(0, start - 2), start):
            return  # an option nobody ticked
        if m.group(0) in CARE_FACTS and self._of_condition(text, start):
            return  # 「てんかんの持病があり、現在も服薬しています」: てんかん's care, told by it
        last_text, last_start, last_end = self._last
        if last_text is not text or start < last_start:
            last_text, last_end = None, m.end()
        if not m.group(0).startswith(_CLINICS):  # (「心療内科で適応障害と診断」: both told)
            self._last = (text, start, max(m.end(), last_end))
        if m.group(0).isascii() and ((start and _LETTER.match(text, start - 1))
                                     or _LETTER.match(text, m.end())
                                     or _SERVICE_AFTER_EN.match(text, m.end())):
            return  # an English word inside a longer token: "…IHIVAq…" in a key; a
            # service's or a menu's ("diabetes-friendly menus", "asthma clinic")
        if any(f.start() <= start < f.end()
               for f in _FIELD_NAME.finditer(text, max(0, start - 3), start + 5)):
            return
        if _NOT_PERSONAL.search(text, max(0, start - 8), m.end() + 4) \
                or _NONE_AFTER.match(text, _listed_end(text, m.end())) \
                or _ASKED_AFTER.match(text, m.end()) \
                or _SERVICE_AFTER.match(text, _listed_end(text, m.end())) \
                or (m.group(0) in _CARE_WORDS and _WORK_AFTER.match(text, m.end())) \
                or (text.startswith("要", start) and _CARE_FIELD.match(text, m.end())) \
                or (m.group(0).endswith("除去") and text.startswith("食", m.end())):
            return  # 「システム障害」; 「逮捕歴なし」「糖尿病の既往なし」; 糖尿病教室; 要介護度;
            # a kitchen's 卵除去食
        if _follows(last_text, last_end, text, start, _MENTION_GAP, _MENTION_BREAK):
            return  # 「高血圧（服薬中）」: one mention, told by its first term
        # (「がんで入院」: the word is がん; 「胃がんで入院」 is 胃がん's, the longer)
        word = next((w for w in QUALIFIED if m.group(0).startswith(w)), m.group(0))
        cut = m.start() + len(word)
        yield Candidate(m.start(), cut, _graded(text[m.start():cut].lower()))

    def _of_condition(self, text: str, start: int) -> bool:
        """Whether a care fact or a field's word at ``start`` follows a condition in its
        sentence (「…の持病があり、現在も服薬」, 「糖尿病（…低血糖発作の既往あり）」)."""
        last_text, _, last_end = self._last
        return _follows(last_text, last_end, text, start, _CARE_REACH, _SENTENCE_END)

    def from_label(self, text: str) -> tuple[Candidate, ...] | None:
        """A 既往歴 / 病名 cell: each part of a list (「うつ病、胃潰瘍」: two), each whole (本態性
        高血圧症, 持病（てんかん）, a rare disease the terms do not know) less a note in brackets
        (``_NOTED``), but a part that joins two known conditions is each of them
        (「脳出血後遺症による右片麻痺」: 脳出血後遺症, 片麻痺; 「人工透析（慢性腎不全）」), and a
        sentence about one is its term (「喘息のため配慮をお願いします」: 喘息)."""
        value = text.strip()
        if not value or value in ("無", "-", "none", "None", "N/A") or _NOTHING.search(value):
            return None
        if (foods := _allergies(text)) is not None:
            return foods
        found = []
        for start, end in (span for part in _LISTED.finditer(text)
                           for span in _ticked(text, *part.span())):
            if (noted := _NOTED.fullmatch(text, start, end)) is not None \
                    and _is_note(noted.group(1), noted.group(2)):
                end = noted.end(1)  # (the condition without its note)
            terms = [t for t in _CONDITION.finditer(text, start, end)
                     if t.group(0) not in CARE_FACTS]
            if not terms and _HIRAGANA.search(text, start, end):  # (「車椅子のため…」)
                terms = list(_QUALIFIED_WORD.finditer(text, start, end))[:1]
            found += [Candidate(t.start(), t.end(), t.group(0)) for t in terms] \
                if len(terms) > 1 or (terms and _HIRAGANA.search(
                    text[start:terms[0].start()] + text[terms[0].end():end])) \
                else [Candidate(start, end, _graded(text[start:end]))]
        if found and _CONDITION.search(text):  # (「■あり □なし（高血圧症）」: 高血圧症's)
            found = [f for f in found if f.value not in _YES]
        return tuple(found)


# where one is treated, not a condition: what follows it is told on its own
_CLINICS = ("心療内科", "精神科")


# a 手帳's grade in brackets (「身体障害者手帳（2級）」): the 手帳 with its grade, as written
# without them (身体障害者手帳2級)
_GRADE_IN_BRACKETS = re.compile(r"(手帳)[(（]((?:[0-9]種)?[0-9]{1,2}級)[)）]$")


def _graded(value: str) -> str:
    return _GRADE_IN_BRACKETS.sub(r"\1\2", value) if value.endswith(("級)", "級）")) else value


def _ticked(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The choices in ``text[start:end]`` a ticked box marks, without their spaces (all of it
    when it has no box: 「□糖尿病 ■高血圧」 is 高血圧)."""
    boxes = [box.start() for box in _BOX.finditer(text, start, end)]
    if not boxes:
        yield start, end
        return
    for at, after in zip(boxes, [*boxes[1:], end], strict=True):
        choice = text[at + 1:after]
        if text[at] in _TICKED and choice.strip():
            begin = at + 1 + len(choice) - len(choice.lstrip())
            yield begin, begin + len(choice.strip())


def _allergies(text: str) -> tuple[Candidate, ...] | None:
    """A cell of foods alone (「乳・そば」 under 原因食物): each food's allergy (乳アレルギー,
    そばアレルギー), or None when any part is no food."""
    found = []
    for part in _FOOD_LISTED.finditer(text):
        food = _FOOD.fullmatch(text, *part.span())
        if food is None:
            return None
        # (the part's whole span: 「えび除去」 is a term's too, which the label's supersedes)
        found.append(Candidate(*part.span(), f"{food.group(1)}アレルギー"))
    return tuple(found) or None


def _listed_end(text: str, end: int) -> int:
    """The end of the list a term ending at ``end`` starts (「心疾患・脳血管疾患の既往は
    ありません」: what is said after the last is said of each), of terms or of words 「・」
    joins."""
    while True:
        if text.startswith(_LIST_JOINS, end) and (
                term := _CONDITION.match(text, end + 1)) is not None:
            end = term.end()
        elif (word := _LISTED_WORD.match(text, end)) is not None:
            end = word.end()
        else:
            return end


def _follows(last_text: str | None, last_end: int, text: str, start: int, reach: int,
             breaks: re.Pattern) -> bool:
    """Whether ``start`` is at most ``reach`` characters after the last term's end in the same
    text, nothing that ``breaks`` a mention between them."""
    return last_text is text and last_end <= start <= last_end + reach \
        and not breaks.search(text, last_end, start)


def _is_note(condition: str, note: str) -> bool:
    """Whether ``note`` in brackets after ``condition`` is a note on it, not part of its name:
    its care or a list (``_CARE_NOTE``), or the same condition spelt another way."""
    if _CARE_NOTE.fullmatch(note):
        return True
    said = {condition.lower(), note.lower()}
    return any(said <= spellings for spellings in SYNONYMS)


def _labelled(text: str, start: int, end: int):
    """What a field's word (既往歴, 病名) says: the condition after it (「病名：虫垂炎」), that
    there is one (「既往歴あり」), or nothing: 「既往歴：特記事項なし」, a word in a sentence
    (「既往歴等をご記入ください」), or a known condition after it, which its own term reports."""
    m = _LABEL.fullmatch(text, start, end) or _LABEL.match(text, start)
    if m is None or _NONE_AFTER.match(text, m.end()) or _HEADER_AFTER.match(text, m.end()):
        return
    if _SOME_AFTER.match(text, m.end()):
        if not _named_before(text, m.start()):  # (「喘息の持病あり」: 喘息 says it)
            yield Candidate(m.start(), m.end(), m.group(0))
        return
    after = m.end()  # (「病名（処方箋備考より）：高血圧症」: where it was read is no value)
    if (source := _SOURCE_AFTER.match(text, after)) is not None:
        after = source.end()
    value = _VALUE_AFTER.match(text, after)
    if value is None or _CONDITION.search(value.group(1)):
        return
    line_end = text.find("\n", value.end(1))
    if _BOX.search(value.group(1)) and _CONDITION.search(
            text, value.end(1), len(text) if line_end < 0 else line_end):
        return  # (「■あり □なし（高血圧症）」: the condition its term reports, no あり)
    for start, end in _ticked(text, *value.span(1)):  # (「□あり ■なし」: the ticked one)
        if not _NOTHING.search(text[start:end]):
            yield Candidate(start, end, text[start:end].strip())


def _named_before(text: str, at: int) -> bool:
    """Whether a known condition ends just before the field's word at ``at`` (「糖尿病の既往が
    ある」, 「喘息の持病あり」), which reports it by its own term."""
    before = text[max(0, at - 24):at].removesuffix("の")
    return any(c.end() == len(before) for c in _CONDITION.finditer(before))
