"""Words and characters of Japanese names: what a name is written with, and what in a name's
place is no one's, shared by the name recognizer and the name forms it reads."""

import re
import unicodedata

NAME_CHARS = r"[一-龥々〆ヶぁ-んァ-ヶー]"

NOT_NAMES = re.compile(
    r"(?:皆|みな|お客|客|各位|担当者?|ご?家族|お子|お父|お母|奥|旦那|お兄|お姉|弟|妹|皆々|殿方|神|仏|"
    r"会員|ユーザー|利用者|店長|社長|部長|課長|先生|どちら|誰|どなた|その他|御中|各|貴|○+|〇+|様々|さま|"
    # a table's next headers after its 氏名 (a PDF's 「氏名 性別 年齢 …」)
    r"性別|年齢|続柄|備考|国籍|役職|所属)$"
)

# The last character of a department, a title or a business, not of a given name
# (「田中\n営業部」「山田 商事 03-…」).
NOT_GIVEN_ENDS = frozenset("部課室係店長社様殿宛局所科班会員中位事業設産院館園堂組屋")

# What a name's place may hold that is no one's name: the requester themself (a request
# form's 対象者氏名 「本人」), a blank's marks; RE2 and Python alike, on the whole value.
NO_ONE_VALUES = frozenset({
    "本人", "ご本人", "本人様", "ご本人様", "本人自身", "ご本人自身", "同上", "同左", "〃", "不明",
    "なし", "無し", "未定", "未記入", "記入なし", "該当なし", "空欄"})
NO_ONE = "^(?:" + "|".join(sorted(NO_ONE_VALUES, key=lambda v: (-len(v), v))) + ")$"
NO_ONE_NAME = re.compile(NO_ONE)


def normalize_name(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())
