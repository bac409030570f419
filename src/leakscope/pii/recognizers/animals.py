"""What says a name, a birth date or an illness in text is an animal's (a vet's karte: 「リク
さん（ミニチュア・ダックスフンド・オス(去勢)・平成27年4月26日生）」, an insurance claim's
「動物の生年月日 2015年02月12日」): an animal is no one, so none of it is personal data.
(A table's columns of an animal's: ``extract.animal_columns``.)"""

from __future__ import annotations

import re

# An animal's traits as a vet or a groomer writes them beside its name: sex (オス, 去勢),
# species, breed.
_TRAIT = (r"オス|メス|♂|♀|去勢|避妊|雑種|ミックス|MIX|犬種|猫種|柴犬|うさぎ|ウサギ|フェレット"
          r"|ハムスター|インコ|文鳥|モルモット|チンチラ|テリア|レトリーバー|プードル|ダックスフンド"
          r"|チワワ|シー・?ズー|ポメラニアン|コーギー|ブルドッグ|シュナウザー|パピヨン|マルチーズ"
          r"|ビーグル|スピッツ|シェパード|ハスキー|パグ|マンチカン|スコティッシュ|ショートヘア"
          r"|ペルシャ|ロシアンブルー|ラグドール|ノルウェージャン|ベンガル"
          r"|(?:^|[（(、・])(?:犬|猫)(?:[)）、・]|$)")
_TRAITS = re.compile(_TRAIT)
# a record's heading that names an animal by its traits (a karte memo's 「■令和6年10月12日
# ココくん（マンチカン・オス(去勢)・…生）」)
_TRAITS_BRACKETED = re.compile(rf"[（(][^）)\n]{{0,60}}?(?:{_TRAIT})")
# where a record of a memo begins: a line that starts with a mark, or after a blank line
_ENTRY = re.compile(r"\n(?:[ \t\u3000]*\n|[■□●◆◇【])")
_ENTRY_REACH = 600
# a sentence about a person in an animal's record (「※飼い主様ご本人が脳梗塞の治療中」)
_PERSON = re.compile(r"飼い?主|本人|私|自分|ご家族|奥様|ご主人|スタッフ|職員")
# an animal's own label in a line (動物の生年月日, 被保険動物, ペット名)
_LABEL = re.compile(r"(?:動物|ペット|愛犬|愛猫|患畜)の?(?:生年月日|誕生日|名|氏名)|被保険動物")
_REACH = 80  # characters an animal's bracket or its line's label is looked for back
_OPENING, _CLOSING = "（(", "）)"


def in_animal_bracket(text: str, at: int) -> bool:
    """Whether ``at`` lies in a bracket of an animal's traits (「…（柴犬・オス・平成27年4月26日
    生）」), or after an animal's label on its line (「動物の生年月日 2015年02月12日」)."""
    lo = max(text.rfind("\n", 0, at) + 1, at - _REACH)
    if _LABEL.search(text, lo, at):
        return True
    depth = 0
    for i in range(at - 1, lo - 1, -1):  # the innermost bracket still open at ``at``
        if text[i] in _CLOSING:
            depth += 1
        elif text[i] in _OPENING:
            if depth == 0:
                return _TRAITS.search(text[i + 1:at]) is not None
            depth -= 1
    return False


def animal_bracket_after(text: str, at: int) -> bool:
    """Whether a bracket of an animal's traits follows ``at`` (a name's honorific: 「ココくん
    （マンチカン・オス）」)."""
    if text[at:at + 1] not in _OPENING:
        return False
    close = min((i for i in (text.find(c, at, at + _REACH) for c in _CLOSING) if i >= 0),
                default=-1)
    return _TRAITS.search(text[at + 1:at + _REACH if close < 0 else close]) is not None


def in_animal_record(text: str, at: int) -> bool:
    """Whether ``at`` lies in a memo's record whose heading names an animal by its traits,
    in a sentence that speaks of no person (a karte memo's 「Ａ/Ｐ：糖尿病。」 under 「■…
    ココくん（マンチカン・オス）」, but not 「※飼い主様ご本人が脳梗塞の治療中」)."""
    lo = max(0, at - _ENTRY_REACH)
    heads = [m.end() - (text[m.end() - 1] != "\n") for m in _ENTRY.finditer(text, lo, at)]
    if not heads:
        return False
    head = heads[-1]  # (the mark, or the line after the blank one)
    line_end = text.find("\n", head)
    if not _TRAITS_BRACKETED.search(text, head, at if line_end < 0 else min(line_end, at)):
        return False
    sentence = max(head, *(text.rfind(c, head, at) + 1 for c in "。\n"))
    return _PERSON.search(text, sentence, at) is None
