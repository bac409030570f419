"""要配慮個人情報 (APPI Art. 2(3)): medical history, criminal record, creed, disability, ...

Bare keywords are noisy ("システム障害", "障害対応", "信条" in a company motto), so a keyword
counts only when it is not part of a known non-personal compound, and the engine keeps it only
in a unit that also holds personal data or under a sensitive column label.
"""

import re

from .base import Candidate, Recognizer

TERMS = (
    "病歴", "既往歴", "持病", "病名", "診断名", "通院歴", "入院歴", "服薬", "障害者手帳",
    "障害等級",
    "身体障害", "精神障害", "知的障害", "発達障害", "療育手帳", "前科", "前歴", "犯罪歴", "逮捕歴",
    "犯罪被害", "被害届", "信条", "宗教", "信仰", "人種", "民族", "門地", "本籍", "健康診断結果",
    "遺伝子検査", "ゲノム", "HIV", "うつ病", "癌", "medical history", "diagnosis",
    "criminal record",
    "religion", "ethnicity", "disability",
    # conditions a chart, a 問診票 or a leave record names (kept beside personal data only)
    "既往", "糖尿病", "高血圧", "肝炎", "喘息", "心筋梗塞", "狭心症", "脳梗塞", "脳卒中",
    "腎不全", "透析", "てんかん", "統合失調症", "双極性障害", "適応障害", "パニック障害",
    "認知症", "リウマチ", "骨粗しょう症", "骨粗鬆症", "結核", "エイズ", "肝硬変", "白血病",
    "パーキンソン病", "不妊治療", "要介護", "要支援", "DV被害", "生活保護", "障害年金",
    "心療内科", "抗うつ薬",
)
# Compounds in which a term says nothing about a person.
_NOT_PERSONAL = re.compile(
    r"(?:システム|通信|回線|ネットワーク|サーバー?|機器|電波|接続)障害|障害(?:対応|発生|情報|報告|復旧|時|管理)"
    r"|企業信条|経営信条|行動信条|宗教法人"
)
_LETTER = re.compile(r"[A-Za-z0-9]")
# "Nothing": なし, 特記事項なし, 該当なし, 無し, 異常なし (a column's empty answer, not a condition)
_NOTHING = re.compile(r"^.{0,8}(?:なし|無し|ナシ)$")
_MENTION_GAP = 6  # characters between two terms of one mention (no sentence break)
_TERM = re.compile("|".join(sorted(map(re.escape, TERMS), key=len, reverse=True)), re.IGNORECASE)


# a term ending at most _MENTION_GAP characters before another, no sentence between
_SAME_MENTION = re.compile(f"(?:{_TERM.pattern})[^。\n.!?！？]{{0,{_MENTION_GAP}}}\\Z",
                           re.IGNORECASE)


class SensitiveRecognizer(Recognizer):
    category = "sensitive"
    detector = "sensitive_terms"
    triggers = tuple(f"(?i){t}" if t.isascii() else t for t in TERMS)  # plain words
    context = ("要配慮", "病歴", "既往歴", "前科", "medical", "宗教", "信条", "障害", "diagnosis",
               "religion", "criminal", "健康状態", "傷病名")
    numeric = False
    confidence = 0.7
    label_supersedes = True

    def parse(self, text, start, end):
        m = _TERM.match(text, start)
        if not m:
            return
        if m.group(0).isascii() and ((start and _LETTER.match(text, start - 1))
                                     or _LETTER.match(text, m.end())):
            return  # an English word inside a longer token: "…IHIVAq…" in a key
        if _NOT_PERSONAL.search(text, max(0, start - 8), m.end() + 4):
            return
        if _SAME_MENTION.search(text, max(0, start - _MENTION_GAP), start):
            return  # 「持病：糖尿病」「高血圧（服薬中）」: one mention, reported by its first term
        yield Candidate(m.start(), m.end(), m.group(0).lower())

    def from_label(self, text: str) -> Candidate | None:
        value = text.strip()
        if not value or value in ("無", "-", "none", "None", "N/A") or _NOTHING.search(value):
            return None
        return Candidate(0, len(text), value)
