"""Which part of a kanji name is a surname and which a given name, for the people count.

``surnames.SURNAMES`` holds the 181 most common surnames: every one Faker's ja_JP writes
(50), far from every one of Japan's. The rest (鬼頭, 勅使河原, 百目鬼) are asked of
SudachiDict, the dictionary GiNZA already brings, whose proper nouns say 人名,姓 or 人名,名:
鬼頭守 is a full name, 鬼頭 a surname alone. Sudachi is loaded on the first name the list does
not settle (~0.06 s) and asked once per distinct kanji name.
"""

from __future__ import annotations

from functools import cache, lru_cache

from .normalize import is_hiragana, is_kanji, is_katakana
from .romaji import SURNAME_KEYS, latin_key, name_keys
from .surnames import SURNAMES, leading_surname, starts_with_surname

_LONGEST = 12  # longer "names" are not asked: no person's name is written so long
_SURNAME_LONGEST = 4  # 勅使河原, 四月一日
_LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_DESK_LETTERS = 3  # a desk's letters before a duty (CS, EC, DM)
_READINGS = 8  # a kanji name's readings kept (given names have a few, surnames one or two)
_ALONE, _AND_MORE = 1, 2  # what a kanji name is to SudachiDict: a surname alone, or more


@cache
def _dictionary():
    from sudachipy import Dictionary  # (a dependency of GiNZA's)

    return Dictionary(dict="core")


@cache
def _sudachi():
    from sudachipy import SplitMode

    dictionary = _dictionary()
    return dictionary.create(mode=SplitMode.C), dictionary.pos_matcher(
        lambda pos: pos[2] == "人名" and pos[3] == "姓")


@lru_cache(maxsize=1 << 16)
def _surname_first(name: str) -> int:
    """Whether ``name`` begins with a word SudachiDict calls a surname (``_ALONE`` when it is
    nothing more, ``_AND_MORE``), or 0; 0 for a name that does not begin in kanji (a reading,
    ヤマダハナコ, may be any of several people's names)."""
    if not name or len(name) > _LONGEST or not is_kanji(name[0]) or not name.isalpha():
        return 0
    tokenizer, surname = _sudachi()
    words = tokenizer.tokenize(name)
    if not surname(words[0]):
        return 0
    return _ALONE if len(words) == 1 else _AND_MORE


def is_surname(name: str) -> bool:
    """A surname and nothing else (山田, 鬼頭)."""
    return name in SURNAMES or (len(name) <= _SURNAME_LONGEST and _surname_first(name) == _ALONE)


def is_surname_alone(name: str) -> bool:
    """A surname and nothing else, in kanji or kana (山田) or in Latin letters as a Wi-Fi
    portal's room_no+surname log writes it (MATSUMOTO: a common surname's reading); or a
    surname and its given name's initial (a shift sheet's 「金子 由.」, 「林 誠.」)."""
    if name.isascii():
        return name.isalpha() and latin_key(name.lower()) in SURNAME_KEYS
    if name[-1:] in ".．" and (surname := leading_surname(name)) is not None:
        return len(name.replace(" ", "")) - len(surname) == 2  # (one character and the dot)
    return is_surname(name)


_GIVEN_LONGEST = 3  # 颯太郎; a full name no dictionary knows is longer (四月一日君尋)


def is_name_part_alone(name: str) -> bool:
    """A surname alone (``is_surname_alone``) or a given name alone (樹, 莉子; 心春 and 悠人, which
    SudachiDict splits, as any short kanji name not a full one): in a record with nothing else
    of a person's, someone named in full elsewhere (a day service's record of 「樹くん」), or no
    one it identifies."""
    if is_surname_alone(name):
        return True
    if len(name) <= _GIVEN_LONGEST and all(map(is_kanji, name)):
        return not is_full_name(name)
    return may_be_given_name(name) and not is_full_name(name)


def is_partial_name(name: str) -> bool:
    """A kanji name that is not a full one: a surname (山田), a given name (裕美子) or a word
    no dictionary calls a name (四月一日, a staff column's rare surname)."""
    return is_surname(name) or (is_kanji(name[:1]) and not is_full_name(name))


_STAFF_KATAKANA_LONGEST = 5  # シュレスタ; a full name so written is longer (グエンクアン)


def is_partial_staff_name(name: str) -> bool:
    """In a staff column: a name not a full one, or one katakana word no longer than a
    surname (ワン, シュレスタ: a foreign colleague by surname, as the kanji ones beside them)."""
    return is_partial_name(name) or (len(name) <= _STAFF_KATAKANA_LONGEST and is_katakana(name))


@lru_cache(maxsize=1 << 12)
def place_words(text: str) -> tuple[tuple[str, bool], ...]:
    """``text``'s words as SudachiDict splits it, each with whether it is a place's name
    (川越市, 目黒区中目黒): where a city begins in a run of kanji."""
    return tuple((w.surface(), w.part_of_speech()[2] == "地名")
                 for w in _sudachi()[0].tokenize(text))


@lru_cache(maxsize=1 << 14)
def is_given_name(name: str) -> bool:
    """One word SudachiDict calls a given name (英樹, 涼平, 裕美子): what follows a relation in
    「同居の夫英樹さん」, where no surname is written."""
    if not 1 <= len(name) <= _SURNAME_LONGEST or not all(map(is_kanji, name)):
        return False
    words = _sudachi()[0].tokenize(name)
    return len(words) == 1 and words[0].part_of_speech()[2:4] == ("人名", "名")


@lru_cache(maxsize=1 << 10)
def may_be_given_name(name: str) -> bool:
    """A given name, or one kanji that is a given name among its other senses (幹, 学, 誠: a
    trunk to the tokenizer): enough after a known surname with a title or an honorific after
    it (「渡辺幹先生」, 「夫の林幹様」), where a single kanji is rarely anything else."""
    if is_given_name(name):
        return True
    return len(name) == 1 and is_kanji(name) and any(
        word.part_of_speech()[2:4] == ("人名", "名") for word in _dictionary().lookup(name))


def joined_name(surname: str, given: str) -> str | None:
    """The full name of one person whose record holds a surname and a given name apart (a
    chat message signed 「…を受けた山本です」 under the display name 翔太): 山本翔太, 藤原あすか;
    a katakana given name after the surname's reading (渡辺, ナオキ: ワタナベナオキ)."""
    if not is_surname(surname) or not is_kanji(surname[:1]):
        return None
    if is_given_name(given) or (2 <= len(given) <= 4 and is_hiragana(given)):
        return surname + given
    if 2 <= len(given) <= 5 and is_katakana(given) \
            and (spoken := _word_readings(surname)):
        return spoken[0] + given
    return None


def is_known_full_name(name: str) -> bool:
    """A known surname and a given name the dictionary knows after it (山口真綾, 前田七夏): a
    name with nothing else to tell it, where places begin with a surname too (中村区, 山田町)."""
    name = name.replace(" ", "").replace("\u3000", "")
    surname = leading_surname(name)
    return surname is not None and joined_name(surname, name[len(surname):]) is not None


def is_full_name(name: str) -> bool:
    """A surname and more (山田太郎, 鬼頭守, 小鳥遊ひな), not a surname or a given name alone, nor
    a surname and an initial (林誠.)."""
    if name in SURNAMES or name[-1:] in ".．":
        return False
    return starts_with_surname(name) or _surname_first(name) == _AND_MORE


@lru_cache(maxsize=1 << 12)
def is_common_noun(text: str) -> bool:
    """One word SudachiDict knows as a common noun (ボランティア, インストラクター), which a
    foreign name written whole in katakana (レイエスジョンポール: unknown to it) is not."""
    words = _sudachi()[0].tokenize(text)
    return len(words) == 1 and not words[0].is_oov() and words[0].part_of_speech()[1] == "普通名詞"


@lru_cache(maxsize=1 << 14)
def is_task_word(text: str) -> bool:
    """A duty, not a person: a shift sheet's 担当 column (出荷, 梱包, 検品, 受付; CS電話, EC出荷
    after a desk's Latin letters) holds one word SudachiDict calls a verbal noun (サ変可能),
    which no name column's person is."""
    desk = len(text) - len(text.lstrip(_LATIN))
    text = text[desk:] if 0 < desk <= _DESK_LETTERS else text
    if not 2 <= len(text) <= 4 or not all(map(is_kanji, text)) or starts_with_surname(text):
        return False
    words = _sudachi()[0].tokenize(text)
    return len(words) == 1 and words[0].part_of_speech()[2] == "サ変可能"


@lru_cache(maxsize=1 << 16)
def readings_of(name: str) -> tuple[str, ...]:
    """The katakana readings SudachiDict knows for a kanji full name (木村洋介: キムラヨウスケ;
    聡太郎: サトタロウ or ソウタロウ): guesses, at most ``_READINGS``."""
    if not is_full_name(name) or len(name) > _LONGEST or not name.isalpha():
        return ()
    surname = leading_surname(name)
    # (a common surname's name is split without tokenizing, 40 us less, if both halves are
    # words of the dictionary: 東 海林七夏 is not)
    words = (surname, name[len(surname):]) if surname else ()
    options = [_word_readings(word) for word in words]
    if not options or not all(options):
        options = [_word_readings(word.surface()) or (word.reading_form(),)
                   for word in _sudachi()[0].tokenize(name)]
    readings = [""]
    for option in options:
        readings = [r + o for r in readings for o in option][:_READINGS]
    return tuple(r for r in readings if r)


def surname_readings(name: str) -> tuple[str, ...]:
    """The readings of a kanji name's leading common surname (中島春香: ナカジマ, ナカシマ), or
    none: which names may be whose, asked before the dearer ``readings_of``."""
    surname = leading_surname(name)
    return _word_readings(surname) if surname else ()


def one_given_reading(name: str) -> tuple[str, ...]:
    """``readings_of`` a kanji full name whose given name SudachiDict reads one way (健一:
    ケンイチ; its surname's readings all kept, 田中: タナカ, デンチュウ), else none (幹: ミキ,
    ツヨシ, カン: which of them no one can tell)."""
    surname = leading_surname(name)
    if surname is None or len(_word_readings(name[len(surname):])) != 1:
        return ()
    return readings_of(name)


@lru_cache(maxsize=1 << 14)
def _word_readings(surface: str) -> tuple[str, ...]:
    """A word's readings in the dictionary, those as a person's name first (幹: ツヨシ, then
    ミキ, カン)."""
    entries = sorted(_dictionary().lookup(surface), key=lambda e: e.part_of_speech()[2] != "人名")
    return tuple(dict.fromkeys(e.reading_form() for e in entries if e.reading_form()))


@lru_cache(maxsize=1 << 14)
def is_read_as(name: str, reading: str) -> bool:
    """Whether ``reading`` (katakana or a passport's capitals, no spaces) can be kanji
    ``name``'s as a person's: the dictionary splits it into a surname and given names (no
    place, no common noun in kanji, no suffix: 東京駅, 大和田建設, 松本城) and the reading begins
    with the surname's (林涼平: ハヤシ…, HAYASHI…)."""
    if not 2 <= len(name) <= _LONGEST or not is_kanji(name[0]) or not name.isalpha():
        return False
    surname, *rest = _sudachi()[0].tokenize(name)
    if not rest or (surname.part_of_speech()[2:4] != ("人名", "姓")
                    and surname.surface() not in SURNAMES):  # (松本 is a city's first)
        return False
    if any(w.part_of_speech()[0] == "接尾辞" or w.part_of_speech()[2] == "地名"
           or (w.part_of_speech()[1] == "普通名詞" and is_kanji(w.surface()[0]))
           for w in rest):
        return False  # (松本城, 田中橋; a given name in kana may be a common noun's: ひな)
    readings = (*_word_readings(surname.surface()), surname.reading_form())
    if reading.isascii():  # (compared as romanized keys: SAITO is サイトウ's)
        spoken = latin_key(reading.lower())
        return any(spoken.startswith(key) and len(spoken) > len(key)
                   for r in readings for key in name_keys(r)[:1])
    return any(reading.startswith(r) and len(reading) > len(r) for r in readings)


def is_given_read_as(name: str, reading: str) -> bool:
    """Whether ``reading`` is the given name's alone, as a list writes it after a full name
    (「採用：佐藤 桃子（モモコ）」): a reading the dictionary knows for the part after a known
    surname, and the whole name a person's (``is_read_as``)."""
    surname = leading_surname(name)
    if surname is None or reading not in _word_readings(name[len(surname):]):
        return False
    spoken = _word_readings(surname)
    return bool(spoken) and is_read_as(name, spoken[0] + reading)
