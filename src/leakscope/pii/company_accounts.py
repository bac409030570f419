"""Bank accounts a company holds: an invoice's 振込先 「みずほ銀行 本店 普通 1234567
株式会社佐藤水産」, a payment list's payee column, a 全銀 file's 受取人 「ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ」. The
account is the company's, not a person's: reported as not personal, like a corporate number.

A holder is a company when its name carries a legal form: 株式会社, (株), ㈱, 有限会社, 医療法人,
学校法人 …, or the kana abbreviation a bank's transfer data writes (カ)ヤマダ, ヤマダ(カ, ユ)…,
half-width too), or Co., Ltd. / Inc.; a bank's own name (株式会社みずほ銀行) is no holder.
"""

from __future__ import annotations

import re
import unicodedata

# a bank's name (its legal form is the bank's, not the holder's)
_BANK = re.compile(r"[^\s,、:：]*(?:銀行|信用金庫|信金|信用組合|労働金庫|ろうきん|農業協同組合|"
                   r"ゆうちょ|ギンコウ|シンキン|[Bb]ank)[^\s,、]*")
# 全銀協's kana abbreviations of legal forms (カ: 株式会社, ユ: 有限会社, ド: 合同会社,
# イ: 医療法人, ガク: 学校法人, フク: 社会福祉法人, トクヒ: NPO法人, ザイ / シヤ: 財団 / 社団 …)
_KANA_FORMS = ("カ|ユ|メ|シ|ド|イ|ザイ|シヤ|フク|ガク|シユウ|トクヒ|セイキヨウ|ノウキヨウ|"
               "ドク|ゼイ|ベン|カンサ|ダイ|ギヨ|ソ|ホ")
_KANA = "[ァ-ヶー]"
# a company's legal form as a name writes it (a mail's From, a name column's cell, a form's
# value where a header was looked for); RE2 and Python alike
LEGAL_FORM = r"株式会社|有限会社|合同会社|合資会社|合名会社|[(（][株有][)）]|㈱|㈲"


def _half_width(kana: str) -> str:
    """Full-width katakana as a bank's data writes it, half-width (ガク -> ｶﾞｸ)."""
    half = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0xFF66, 0xFF9E)}
    voiced = {"\u3099": "\uff9e", "\u309a": "\uff9f"}
    return "".join(half.get(c, voiced.get(c, c)) for c in unicodedata.normalize("NFD", kana))


# カ)ヤマダ, ヤマダ(カ, ｶ)ﾔﾏﾀﾞ: a holder a bank's data abbreviates, as written; RE2 alike
_ANY_KANA = "ァ-ヶーｦ-ﾟ"
_ANY_FORM = f"{_KANA_FORMS}|{_half_width(_KANA_FORMS)}"
KANA_LEGAL_FORM = (rf"(?:^|[^{_ANY_KANA}])(?:{_ANY_FORM})[)）][{_ANY_KANA}A-Za-zＡ-Ｚａ-ｚ一-龥]"
                   rf"|[{_ANY_KANA}][(（](?:{_ANY_FORM})[)）]?(?:$|[^{_ANY_KANA}])")
# a legal form spelled out in kana (a bank file's holder ｺﾞｳﾄﾞｳｶﾞｲｼｬ ﾊﾅﾐｽﾞｷ), large kana or small
_SPELLED = tuple(f"{form}{ka}イシ{ya}"
                 for form in ("カブシキ", "ユウゲン", "ゴウドウ", "ゴウシ", "ゴウメイ")
                 for ka in "ガカ" for ya in "ヤャ")
KANA_SPELLED_FORM = "|".join((*_SPELLED, *map(_half_width, _SPELLED)))
_COMPANY = re.compile(
    rf"{LEGAL_FORM}|相互会社|[㈳㈶㈿]"
    r"|\((?:株|有|合|同|医|学|財|社|宗|福|特非|NPO)\)"
    r"|(?:医療|社会医療|学校|社会福祉|宗教|税理士|弁護士|司法書士|行政書士|監査|特定非営利活動|NPO|"
    r"一般社団|一般財団|公益社団|公益財団|独立行政|国立大学|地方独立行政|農事組合)法人"
    r"|(?:生活|農業|漁業|事業|企業)?協同組合"
    rf"|{KANA_LEGAL_FORM}"
    rf"|{KANA_SPELLED_FORM}"
    # an office's account in a bank's kana (ｻｸﾗｼﾎｳｼｮｼ: さくら司法書士(事務所)); small kana as
    # a bank writes them large, or not (ｺﾞｳﾄﾞｳｶﾞｲｼｬ)
    r"|シホウシ[ヨョ]シ|ギ[ヨョ]ウセイシ[ヨョ]シ|ゼイリシ|ベンゴシ|シ[ヤャ]ロウシ|ジムシ[ヨョ]"
    r"|\b(?:co\.?,? ?ltd|inc|corp(?:oration)?|k\.k|llc|ltd|gmbh|limited)\b",
    re.IGNORECASE)


# a column of a business's own contact (a client list's 代表電話 | 本社所在地, an order list's
# 得意先TEL, an asset ledger's 保守窓口, an application's 勤務先電話 | 勤務先所在地: where the
# applicant works, not their phone or home; a 源泉徴収票's 支払者所在地: the employer's; a
# dental lab's 技工所電話; a care list's 医療機関電話: a clinic's; a staff list's 学校電話: the
# school's; a 税務署's; a 返礼品's 事業者電話): its values are the company's, not personal
_COMPANY_COLUMN = re.compile(
    r"代表(?!者)|本社|会社|得意先|取引先|仕入先|事業所|事業者|営業所|支店|店舗|保守|窓口|メーカー|"
    r"勤務先|勤め先|勤務地|職場|支払者|(?<!住)所(?:電話|tel|fax|住所|所在地)|"
    r"医療機関|病院|診療所|クリニック|医院|学校|"
    # (a public office's: a client sheet's 税務署電話, a 年金事務所 or a 市役所's number)
    r"税務署|役所|役場|年金事務所|法務局|労働基準監督署|ハローワーク|保健所|警察署|"
    r"vendor|supplier|company|corporate|head ?office|employer|workplace|\bhq\b|\bmain\b",
    re.IGNORECASE)
# the categories of a business's own contact lines (its 所在地, 〒, 代表電話)
COMPANY_CONTACTS = ("address", "postal_code", "phone_number")
# a label that names an organization (医療機関名, 会社名, 事業所名, 商号, company): its row's or
# its form section's contacts are the organization's
ORGANIZATION_NAME = (r"(?:会社|法人|医療機関|病院|医院|事業所|事業者|施設|取引先|顧問先|得意先"
                     r"|仕入先|団体|店舗)名|^社名$|商号|company|organi[sz]ation|facility"
                     r"|(?:shop|store)[ _]?name")  # (a shop system's own dtb_base_info)
# what a company's contact column holds that would otherwise be a person's
COMPANY_HELD = frozenset({"bank_account", "phone_number", "address", "postal_code",
                          "email_address"})


_CONTACTS = COMPANY_HELD - {"bank_account"}  # (an account's holder says whose it is: is_company)


def company_column(label: str, category: str | None) -> bool:
    """Whether a column labelled ``label`` (of ``category``) holds a company's contact."""
    return category in _CONTACTS \
        and _COMPANY_COLUMN.search(unicodedata.normalize("NFKC", label)) is not None


# what any name ``is_company`` says yes to holds (after NFKC), for Arrow's RE2 to pass over
# the many it says no to (a customer table's names) at once
COMPANY_HINT = (r"(?i)会社|法人|組合|[()]|カブシキ|ユウゲン|ゴウドウ"
                r"|\b(?:inc|corp(?:oration)?|k\.k|llc|ltd|gmbh|limited)\b")


def is_company(name: str) -> bool:
    """Whether ``name`` (a holder's, as written: full- or half-width) is a company's."""
    return _COMPANY.search(_BANK.sub(" ", unicodedata.normalize("NFKC", name))) is not None


# where a holder is written in prose: after its label, or right after the account number
_HOLDER_LABEL = re.compile(
    r"(?:口座)?名義(?:人)?|振込先|お振込先|受取人|payee|account (?:holder|name)", re.IGNORECASE)
_AFTER = 40  # characters after the number its holder is written within, on its line
_LINES_AFTER = 2  # lines after the number a holder's label may be on (口座名義 カ)サトウ)


def company_account_at(text: str, start: int, end: int) -> bool:
    """Whether the account number at ``text[start:end]`` is a company's: a company named
    right after it on its line, or after a holder's label (名義, 振込先) on its line or the
    next two."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if is_company(text[end:min(line_end, end + _AFTER)]):
        return True
    stop = line_end
    for _ in range(_LINES_AFTER):
        if stop >= len(text):
            break
        following = text.find("\n", stop + 1)
        stop = len(text) if following < 0 else following
    for label in _HOLDER_LABEL.finditer(text, line_start, stop):
        holder_end = text.find("\n", label.end())
        if is_company(text[label.end():len(text) if holder_end < 0 else holder_end]):
            return True
    return False
