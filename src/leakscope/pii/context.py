"""Context words: which label is near a candidate, and what a column label means.

Context is measured in characters on the normalized text. The nearest label wins: a number
right after 注文番号 is an order number even when マイナンバー appears a little further away.
Hard negatives (order, tracking, invoice ids, product codes, versions, timestamps) are labels
of their own that win the same way and suppress the candidate.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .company_accounts import LEGAL_FORM
from .label_words import LABEL_ONLY, NEGATIVE, NEGATIVE_WORDS
from .recognizers import RECOGNIZERS
from .recognizers.name_words import DECORATION_AFTER
from .surnames import starts_with_surname

# Labels that say a name only when nothing qualifies them: an emergency contact's column holds
# their name, their number or both (its number is found as the engine finds any); a
# 緊急連絡先（電話） beside it holds the number.
_WHOLE_LABELS = {"緊急連絡先": "person_name", "emergency contact": "person_name"}
# The last key of a JSON key path (booker.kana, payment.holder, name.first: ``unit_label``)
# that says a name on its own; first and last only under a name.
_LAST_KEY_NAMES = frozenset(("kana", "furigana", "hurigana", "yomi", "yomigana", "holder",
                             "recipient", "customer"))
_NUMBERING = re.compile(r"[ _\-]*[0-9]+$")
_ANY_CODE = re.compile(r"(?:コード|code|cd|id|no\.?|番号|#|連番|seq)$")
_QUALIFIER = re.compile(r"[(\[【].*?[)\]】]")
_RELATION_ENDS = ("続柄", "続き柄")  # (a relation's column: 受取人続柄)
# a qualifier that says the column holds a name (a form's 緊急連絡先（氏名） beside its 緊急連絡先
# （電話）): the name of whoever the label is about
_NAME_QUALIFIER = re.compile(r"[(\[【](?:氏名|お?名前|フリガナ|ふりがな|name)[)\]】]$")
# "…name" / "…名" keys that name things, not people (Windows TargetUserName, 会社名, file_name).
_THING_NAME = re.compile(
    r"(?:user|account|computer|host|file|process|domain|service|product|company|item|table|"
    r"column|event|provider|workstation|package|key|object|rule|app|application|device|machine|"
    r"server|node|printer|share|group|role|policy|task|job|field|sheet|brand|store|shop|bank|"
    r"branch|org|organization|dept|department|category|type|class|module|method|function|"
    r"logon|auth|authentication|screen|nick|login|site|city|street|building|station|plan|"
    r"course|model|color|size|image|path|tag|queue|topic|schema|database|db|project|repo)"
    r"[ _\-]?name"
    # (an order's items[].name, a portal's municipality.name, a gift's producer)
    r"|(?:items|products|municipality|town|village|prefecture|region|area|vendor|supplier|"
    r"maker|manufacturer|producer|gift|goods|menu|venue|facility|hospital|clinic|school|hotel|"
    r"restaurant)s?[ _\-]?name"
    r"|(?:ユーザー?|アカウント|会社|法人|商品|品|店舗?|銀行|支店|ファイル|ホスト|部署|部門|"
    r"団体|施設|物件|建物|駅|学校|病院|製品|サービス|プラン|コース|件|科目|機種|端末)名"
)

# the reading of whoever's name the label is of (お届け先名カナ, ご依頼主名カナ, 名略称カナ)
_NAME_READING = re.compile(r"(?:名|名称|名略称)(?:カナ|かな|フリガナ|ふりがな|ヨミ|よみ)$")
# Nouns of the people a list is of (its 顧客, 患者, 社員): a reading's word, a key's
_PERSON_NOUNS = ("患者", "顧客", "会員", "利用者", "社員", "従業員", "職員", "生徒", "学生")
# A person's word before a reading's (依頼者カナ, 顧客カナ, 会員フリガナ)
_READING_END = re.compile(r"[(（]?(?:カナ|かな|フリガナ|ふりがな|ヨミ|よみ)[)）]?$")
_PEOPLE_WORDS = frozenset((*_PERSON_NOUNS, "受講者", "入居者", "契約者", "お客様", "本人", "児童",
                           "園児"))
# A pet's columns (a veterinary clinic's ペット名 | ペット生年月日): an animal's, no one's.
_ANIMAL = re.compile(r"(?:ペット|愛犬|愛猫|犬|猫|pet)(?![a-z])")
# A company's name where a header was looked for (a form's 「派遣先 | 林銀行株式会社」 above a
# list): a value, not a label (its 銀行 made the number beside it a bank account).
_COMPANY_NAME = re.compile(LEGAL_FORM)


def keyword_table(prose: bool = True) -> list[tuple[str, str]]:
    """(word, category) for every context word of every recognizer, plus hard negatives;
    ``prose``: with the words that label values in running text only (not column headers)."""
    table = [(w.lower(), r.category) for r in RECOGNIZERS
             for w in (*r.context, *(r.prose_context if prose else ()))]
    table += [(w, NEGATIVE) for w in NEGATIVE_WORDS]
    return table


def _ascii_word(word: str) -> str:
    """An ASCII context word standing alone; its space may be '_' or nothing (card_number)."""
    return rf"(?:^|[^a-z]){re.escape(word).replace(chr(92) + ' ', '[ _]?')}(?:$|[^a-z])"


def keyword_pattern(word: str) -> str:
    """Hyperscan pattern for a context word (ASCII words whole-word and caseless)."""
    return f"(?i){_ascii_word(word)}" if word.isascii() else re.escape(word)


_SPACED = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


_HONORED = ("様", "殿")
_POLITE = ("ご", "御", "お")


@lru_cache(maxsize=4096)
def label_category(label: str | None) -> str | None:
    """Category (or ``negative``) a column header / JSON key / SQL column stands for; a
    camel-cased one read word by word where it says nothing whole (a marketplace's BillName,
    ShipZipCode), unless it names an account (TargetUserName: ``value_category``)."""
    category = _label_category(label)
    if category is None and label and (bare := label.strip()).endswith(_HONORED) \
            and len(bare) > 2:  # (a trimming salon's 飼い主様: the 飼い主's column)
        return _label_category(bare[:-1])
    if category is None and label and (bare := label.strip()).startswith(_POLITE) \
            and len(bare) > 2:  # (a consultation record's ご相談者: the 相談者's)
        return _label_category(bare[1:])
    if (category is None or category == NEGATIVE) and label and _CAMEL.search(label) \
            and not ACCOUNT_NAME.search(label):
        return _label_category(_CAMEL.sub("_", label)) or category
    return category


@lru_cache(maxsize=1024)
def either_categories(label: str | None) -> tuple[str, ...]:
    """The categories a label names as alternatives (an 算定基礎届's 「個人番号又は基礎年金番号」:
    a My Number or a pension number, as each cell holds; a debt list's 「カード番号／会員番号」:
    a card, else a member number, no one's: ``NEGATIVE`` comes last), or () for any other
    label."""
    if not label:
        return ()
    text = unicodedata.normalize("NFKC", label).lower()
    if _SPACED.sub("", text).strip() in _ID_DOCUMENT:
        return _ID_DOCUMENT_KINDS
    if not _ALTERNATIVES.search(label):
        return ()
    slashed = _EITHER.search(text) is None
    categories = dict.fromkeys(map(_label_category, (_SLASH if slashed else _EITHER).split(text)))
    if None in categories or len(categories) < 2 \
            or (slashed and not _WHOLE_CELL.isdisjoint(categories)):
        return ()  # (a slash between a name and an address is a form's 氏名/住所: its own)
    return tuple(sorted(categories, key=lambda category: category == NEGATIVE))


def is_label(label: str | None) -> bool:
    """Whether a header or a form's cell is one of the detectors' labels: of a category, a
    hard negative, or alternatives (カード番号／会員番号: each cell says which)."""
    return label_category(label) is not None or bool(either_categories(label))


# (categories whose label reads a whole cell: never told apart by a slash)
_WHOLE_CELL = frozenset(("person_name", "address", "date_of_birth", "sensitive", "credential"))
_SLASH = re.compile(r"[/／]")
_IN_CHARGE = ("担当者", "担当者名")
_IN_CHARGE_LONGEST = 8
# An identity document's number, whichever it is (a broker's 本人確認書類番号, the kind in the
# next column): each cell's shape and check say which
_ID_DOCUMENT = frozenset(("本人確認書類番号", "確認書類番号", "本人確認書類の番号",
                          "身分証明書番号", "id document number", "id document no"))
_ID_DOCUMENT_KINDS = ("drivers_license_number", "passport_number", "residence_card_number")
_EITHER = re.compile(r"又は|または|もしくは|若しくは|\bor\b")
_ALTERNATIVES = re.compile(r"又は|または|もしくは|若しくは|\bor\b|[/／]")


def _label_category(label: str | None) -> str | None:
    if not label:
        return None
    if either_categories(label):
        return None  # (each cell says which: ``Engine._either_category``)
    text = _SPACED.sub("", unicodedata.normalize("NFKC", label).lower().strip())  # 氏　名
    bare = _QUALIFIER.sub("", text).strip()  # 姓(カナ) -> 姓
    if text in _WHOLE_LABELS:
        return _WHOLE_LABELS[text]
    if bare.endswith(_RELATION_ENDS) and _SLASH.search(bare) is None:
        return None  # (a policy's 受取人続柄 子, 被保険者続柄: the relation, no name, no number;
        # a 住民票 extract's 氏名／続柄 is the member's name)
    if text in LABEL_ONLY or bare in LABEL_ONLY:
        return LABEL_ONLY.get(text) or LABEL_ONLY[bare]
    if bare.endswith("名") and LABEL_ONLY.get(bare[:-1]) == "person_name":
        return "person_name"  # (a debt list's 債務者名, a ledger's 依頼者名: the role's name)
    if bare.endswith(_IN_CHARGE) and len(bare) <= _IN_CHARGE_LONGEST:
        return "person_name"  # (a broker's 取引担当者, a firm's 営業担当者名: whoever is in charge)
    if bare.endswith("署名") and len(bare) <= _IN_CHARGE_LONGEST:
        return "person_name"  # (a plan's 利用者署名, 家族署名（続柄：母）: whoever signs)
    if (reading := _READING_END.search(bare)) is not None and (
            (person := bare[:reading.start()]) in _PEOPLE_WORDS
            or LABEL_ONLY.get(person) == "person_name"):
        return "person_name"  # (a case export's 依頼者カナ, a shop's 顧客カナ: the name's reading)
    if _NAME_QUALIFIER.search(text):
        return "person_name"
    head = _NUMBERING.sub("", bare)  # 住所1, address_2: the word before the number
    if head != bare and (head in LABEL_ONLY or head in _WHOLE_LABELS):
        return LABEL_ONLY.get(head) or _WHOLE_LABELS[head]  # 家族1, 家族2, 緊急連絡先2
    if _THING_NAME.search(text) or _ANIMAL.match(text) or _COMPANY_NAME.search(text):
        return None
    if _NAME_READING.search(text):  # (a 送り状's お届け先名略称カナ: not the 届け先's address)
        return "person_name"
    parent, _, last = text.rpartition("_")
    if last in _NUMBER_MEMBERS and _ACCOUNT_OBJECT.search(parent):
        return "bank_account"  # (a payout form's "bank": {"number": …}: the account's)
    if parent and last and not last.isascii() and (own := _object_member(parent, last)) is not None:
        return own or None
    if parent and (last in _LAST_KEY_NAMES
                   or (last in ("first", "last") and parent.endswith("name"))):
        return "person_name"
    best: tuple[bool, int, str] | None = None
    for word, category in _TABLE:
        hit = re.search(_ascii_word(word), text) if word.isascii() else word in text
        if not hit:
            continue
        # The head of a compound comes last: お届け先氏名 is a name, お届け先住所 an address.
        key = (head.endswith(word), len(word), category)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None and _ANY_CODE.search(text):
        return NEGATIVE  # 顧客コード, store_cd, No.: an internal number, never personal
    return best[2] if best else None


_NUMBER_MEMBERS = frozenset(("number", "no", "num", "番号"))
_ACCOUNT_OBJECT = re.compile("bank|口座|振込先|返金先")


def _object_member(parent: str, last: str) -> str | None:
    """A Japanese key under its object's (返金口座.名義, 申込者.国籍; ``unit_label`` joins them
    with _): the member's own word says what it holds; under a person's object, a word that
    names nothing (国籍, 年収, 勤務先) holds nothing personal (``""``); else None, the whole
    decides."""
    own = _label_category(last)
    if own not in (None, NEGATIVE):
        return own
    if own is not None or last.endswith(("名", "名称")):  # (契約者.名称: a person's or a firm's)
        return None
    return "" if _label_category(parent) == "person_name" else None


ACCOUNT_NAME = re.compile(r"(?:user|account|login|display|screen|nick)[ _\-]?name|ユーザー?名",
                           re.IGNORECASE)
# A column that points at a person (a clinic database's visits.patient_id, 問診.患者ID): a row
# holding one is about someone, so a 要配慮 word in it is theirs (``refers_to_person``).
_PERSON_REFERENCE = re.compile(
    r"(?:patient|customer|member|client|user|employee|staff|student|applicant|resident|guest)"
    r"[ _\-]?(?:id|no|number|code|cd)|chart[ _\-]?(?:no|number)"
    rf"|(?:{'|'.join((*_PERSON_NOUNS, '受診者', '応募者', '宿泊者', 'ゲスト'))})"
    r"(?:id|番号|no\.?|コード)"
    r"|カルテ(?:番号|no\.?)|診察券番号"
    r"|pid"  # (a clinical system's patient id: a lab system's comments.pid)
    # (romanized: a school system's hoken.seito_id, a care system's riyosha_no)
    r"|(?:seito|jido|kanja|kokyaku|kaiin|riyou?sha|shain)[ _\-]?(?:id|no|cd|code|bango)")


@lru_cache(maxsize=1024)
def refers_to_person(label: str | None) -> bool:
    """Whether a column's values point at a person (patient_id, 患者ID, カルテ番号)."""
    return label is not None and _PERSON_REFERENCE.fullmatch(
        unicodedata.normalize("NFKC", label).strip().lower()) is not None
_JAPANESE_NAME = re.compile(r"[一-龥々ぁ-んァ-ヶー]{1,6}[ 　]?[一-龥々ぁ-んァ-ヶー]{1,6}"
                            r"|[A-Z][a-z]{1,15} [A-Z][a-z]{1,15}")  # or romanized: Kato Rei
# Two capitalized words that are an account's, not a person's (Windows' "Local Service").
_ACCOUNT_WORDS = frozenset({
    "Local", "Network", "Service", "System", "Admin", "Administrator", "User", "Guest",
    "Support", "Team", "Default", "Test", "Anonymous", "Logon", "Windows", "Manager",
    "Account", "Backup", "Operator", "Root", "Demo", "Sample", "Web", "Mail", "Shop"})


def value_category(label: str | None, text: str) -> str | None:
    """``label_category``, except that an account-name field holding a Japanese name is one, and
    so is a destination column's cell (お届け先) that is a name; a donation's column holding a
    religious body (寄附先 「宗教法人 浄土真宗本願寺派 西光寺」) is a sensitive one.

    ECS ``user.name`` or ``TargetUserName`` usually hold logins (tanaka01), but an app log's
    ``user.name: 佐藤 花子`` or ``Kato Rei`` is a person.
    """
    category = label_category(label)
    value = DECORATION_AFTER.sub("", text.strip())  # (a chat's display name 「花子🌸」)
    if category is None and label and _DONATION.search(label) and _RELIGIOUS_BODY.search(value):
        return "sensitive"  # a 寄附金控除's donation to a 宗教法人 says a belief (信条)
    if category is None and label and ACCOUNT_NAME.search(label) \
            and _JAPANESE_NAME.fullmatch(value) and _ACCOUNT_WORDS.isdisjoint(value.split()):
        return "person_name"
    if category == "address" and names_a_destination(label) and _JAPANESE_NAME.fullmatch(value) \
            and starts_with_surname(value) and value[-1] not in _PLACE_ENDS:
        return "person_name"  # an お届け先 column holds the recipient's name: 井上 太郎
    return category


_DESTINATIONS = frozenset({"お届け先", "届け先", "送付先", "配送先", "発送先"})
# a donation's column (寄附金控除 寄附先, 寄付先) and a religious body in its cell: one's belief
_DONATION = re.compile("寄附|寄付|献金")
_RELIGIOUS_BODY = re.compile("宗教法人|神社|寺院|教会|教団")
_PLACE_ENDS = frozenset("都道府県市区町村郡")


def names_a_destination(label: str | None) -> bool:
    """Whether a column is labelled only as where things go (お届け先): its cells may be the
    recipient's name or their address, as each cell says."""
    return label is not None and unicodedata.normalize("NFKC", label).strip() in _DESTINATIONS


_LIST_INDEX = re.compile(r"(?:\[[0-9]+\])+$")


def unit_label(label: str | None, location: dict) -> str | None:
    """The label to classify: a JSON key path keeps its parent (Provider.Name, user.name)."""
    key = location.get("key")
    if not isinstance(key, str) or "." not in key:
        return label
    if label is not None and label != _LIST_INDEX.sub("", key.rsplit(".", 1)[-1]):
        return label  # not a key's: a form's question (``json_leaves._asked``)
    parts = [_LIST_INDEX.sub("", p) for p in key.split(".")  # (items[0].name: items_name)
             if p and p[0] not in "#@$" and p != "attributes" and not p.isdigit()]
    return "_".join(parts[-2:]) if len(parts) >= 2 else label


_TABLE = keyword_table(prose=False)
