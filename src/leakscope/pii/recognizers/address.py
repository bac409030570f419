"""Addresses: prefecture + municipality + 丁目/番地/number pattern, or a column labelled 住所."""

import re
import unicodedata
from functools import cache

from ..normalize import is_kanji
from .base import Candidate, Recognizer

PREFECTURES = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県",
    "群馬県",
    "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県",
    "長野県",
    "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県",
    "和歌山県",
    "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県",
    "福岡県",
    "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
)
# 政令指定都市: addresses often start with the city and leave the prefecture out.
DESIGNATED_CITIES = (
    "札幌市", "仙台市", "さいたま市", "千葉市", "横浜市", "川崎市", "相模原市", "新潟市", "静岡市",
    "浜松市", "名古屋市", "京都市", "大阪市", "堺市", "神戸市", "岡山市", "広島市", "北九州市",
    "福岡市", "熊本市",
)
_ADDRESS = re.compile(
    r"(?:(?:" + "|".join(PREFECTURES) + r")"
    r"[^\s,、。「」()（）\"'<>|]{1,12}?[市区町村郡]|(?:" + "|".join(DESIGNATED_CITIES) + r")"
    r"[^\s,、。「」()（）\"'<>|0-9]{1,5}?区)"
    r"[^\s,、。「」()（）\"'<>|]{0,40}"
)
NUMBERED = re.compile(r"[0-9]|丁目|番地|番|号")
# A cell that begins with its postal code: 「〒273-7159 千葉県船橋市…」 (the code is a finding of
# its own, so the address begins after it).
_POSTAL_FIRST = re.compile(r"\s*〒\s*[0-9]{3}-?[0-9]{4}\s*")
TRAILING_PARTICLES = re.compile(r"(?:に|へ|で|の|を|が|は|から|まで|より|在住|です)+$")
PARTICLE_ENDS = frozenset("にへでのをがはらりす住")  # the last characters of those
_STOPS = r"\s,、。「」()（）\"'<>|"  # characters no address part holds
_BUILDING_WORDS = (
    "ビル|ビルディング|マンション|ハイツ|ハイム|コーポ|荘|レジデンス|パレス|タワー|ヒルズ|コート|"
    "メゾン|ヴィラ|ハウス|アパート|棟|団地|寮|シティ|プラザ|テラス|ガーデン|フラット|カーサ|"
    "ドミール|シャトー|プレイス|ステージ|ホームズ|アーバン|パーク|レジデンシャル|館")  # (弐番館)
BUILDING_WORDS = tuple(_BUILDING_WORDS.split("|"))  # (the table path's C kernel reads them)


def building_tail(stops: str, boundary: str, named_boundary: str | None = None) -> str:
    """The rest of an address after a space (or a line break: an address block's next line):
    a building and its room, as a regex (Python's with ``boundary`` after each part, RE2's
    whole-cell twin with none; one text, so the table path knows what the recognizer takes).
    「… 5丁目1番13号 サンハイツ 506」, 「… 2-26-17 第二松本ビル701」, 「… コーポ前弥六060」;
    not 「… 7号 までお越しください」.

    A part is a room (506, 1009号室, 8F), a name with a building's word (or, after a space,
    two katakana) then a room (roomed: the address ends there), or a name ending in a
    building's word (bare: a room or another part may follow). After a line break only a
    part with a building's word. ``named_boundary``: what may follow a building's room after
    a space (``boundary`` if None): in prose, a particle (「… シャルム1001です」, 「… コーポ202に
    住んでいる」, 「… サンハイツ 506まで」; not 「… サンハイツの件」).
    """
    token = f"[^{stops}]"  # repeats unbounded: bounded ones made RE2 30x slower
    room = r"(?:[0-9]{1,5}(?:号室|号|階|F)?|[0-9]{1,2}(?:F|階)[0-9]{0,4})"
    named = f"{token}*(?:{_BUILDING_WORDS})"
    roomed = f"{token}*(?:{_BUILDING_WORDS}|[ァ-ヶー]{{2}}){token}*?{room}"
    bare = f"{named}(?:[^{stops}ぁ-ん]*[^{stops}0-9ぁ-ん])?"
    space = "[ \u3000]"
    after_name = boundary if named_boundary is None else named_boundary
    last = f"(?:{room}{boundary}|{roomed}{after_name})"
    then = f"(?:{space}(?:(?:{room}|{roomed}){after_name}|{bare}{boundary}))?"  # (its room)
    return (f"(?:{space}{last}|{space}{bare}{boundary}{then}"
            f"|\n{named}{token}{{0,8}}?{room}{boundary}|\n{bare}{boundary}{then})")


@cache
def tail() -> re.Pattern:
    """``building_tail`` for ``re``, compiled when a scan first meets an address (~4 ms at
    start-up: a log or a table of other columns never does)."""
    boundary = f"(?![^{_STOPS}])"
    return re.compile(building_tail(_STOPS, boundary, f"(?:{boundary}|(?={_PROSE_PARTICLE}))"))


# a particle that may follow a building's name in prose (「… アーバン406です。」)
_PROSE_PARTICLE = "です|でした|に|へ|まで|から|より|在住|宛|の|を|が|は|と"


# Prose after the block number: a run of hiragana (「…5-3-7のままです」, 「…2-8-1までお越し」)
# but one before a number (8番地の1, 八番地の一), a building's katakana (勝どきクレスト) or a
# building (さくら荘, みどりの丘マンション).
_PROSE = re.compile(
    f"[ぁ-ゖ]+(?![ぁ-ゖ]|[0-9〇一二三四五六七八九十ァ-ヺ]|[^\\sぁ-ゖ]*?(?:{_BUILDING_WORDS}))")


def end_at_prose(value: str) -> str:
    """``value`` up to the prose after its number (a building's name goes on: katakana,
    kanji, Latin, hiragana before a building's word, or a の / が / つ between two kanji: 松が谷,
    丸の内, 二つ室)."""
    number = NUMBERED.search(value)
    if number is None:
        return value
    at = number.end()
    while (prose := _PROSE.search(value, at)) is not None:
        start, end = prose.span()
        if not (end - start == 1 and value[start] in "のがつ" and is_kanji(value[start - 1])
                and end < len(value) and is_kanji(value[end])):
            return value[:start]
        at = end
    return value


def normalize_address(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


# An address after its label in text that starts below the town (a case record's 「住所 宮原17番4
# 号」, a mail's 「住所：宮原24番8号」): its own block number tells it; one that starts with a
# prefecture or a city is the triggers' above
_TRIGGERS = PREFECTURES + DESIGNATED_CITIES
_PARTICLES = frozenset("はがをのにもへとでや")
_LABELLED_TRIGGER = r"(?:現住所|住所)[ \t]*[:：]?[ \t]*[一-龥々ヶぁ-んァ-ヺ]"
_LABELLED = re.compile(r"(?:現住所|住所)[ \t]*[:：]?[ \t]*"
                       r"([一-龥々ヶぁ-んァ-ヺ][^\s,、。「」()（）\"'<>|:：]{0,12}?[0-9]+(?:丁目|番地?|-)"
                       r"[0-9]+(?:号|番|-[0-9]+号?)?[^\s,、。「」()（）\"'<>|]{0,20})")


class AddressRecognizer(Recognizer):
    category = "address"
    detector = "jp_address_pattern"
    triggers = (*_TRIGGERS, _LABELLED_TRIGGER)
    context = ("住所", "所在地", "address", "現住所", "住所1", "送付先", "お届け先", "addr",
               "jusho", "juusho", "jyusho", "jusyo", "juusyo",  # romanized column names
               "供給場所", "使用場所")  # (a gas contract's: the home it supplies)
    numeric = False
    confidence = 0.9

    def parse(self, text, start, end):
        if text.startswith(("住所", "現住所"), start):
            return self._after_label(text, start)
        m = _ADDRESS.match(text, start)
        if not m:
            return ()
        value = m.group(0)
        building = tail().match(text, m.end())
        if building:
            value += building.group(0)
        if not NUMBERED.search(value):
            return ()
        value = end_at_prose(value)
        if value[-1] in PARTICLE_ENDS:  # (sub would look for them at every character)
            value = TRAILING_PARTICLES.sub("", value)
        return (Candidate(m.start(), m.start() + len(value), normalize_address(value)),)

    def _after_label(self, text: str, start: int) -> tuple[Candidate, ...]:
        m = _LABELLED.match(text, start)
        if m is None or m.group(1).startswith(_TRIGGERS) or m.group(1)[0] in _PARTICLES:
            return ()  # (the triggers' own: 住所 東京都…; 「住所は…」 is a sentence's)
        value = m.group(1)
        if (building := tail().match(text, m.end())) is not None:  # (「… 17号 コート160」)
            value += building.group(0)
        value = end_at_prose(value)
        if value[-1] in PARTICLE_ENDS:
            value = TRAILING_PARTICLES.sub("", value)
        return (Candidate(m.start(1), m.start(1) + len(value), normalize_address(value)),)

    def from_label(self, text: str) -> Candidate | None:
        """The whole cell, but for its postal code; a cell with no number in it is no one's
        address (an お届け先 column of names, a city alone)."""
        postal = _POSTAL_FIRST.match(text)
        start = postal.end() if postal else 0
        value = text[start:].strip()
        if len(value) < 4 or value.isdigit() or not NUMBERED.search(value):
            return None
        return Candidate(start, len(text), normalize_address(value))
