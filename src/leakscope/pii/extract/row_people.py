"""Columns of a row that are another person's: a student's 保護者氏名 and 緊急連絡先, a tenant's
連帯保証人, an employee's 配偶者.

A row is one person, but these columns describe someone else: counted into the row's person,
two siblings sharing a guardian's mobile were one person, and a roster of 33 students with
their guardians 26. Their cells are a record of their own in the row (``#row5/保護者``), the
same on the table path and the row reader, which reads them after the row's own cells.
A guardian, a spouse, a dependant or a head of household lives in the row's home: the row's
address and landline pair with their name too (``HOUSEHOLD``), so the guardian in a roster is
the same person as in a residents' list or a 連絡網.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from leakscope.pii.extract.deceased import DECEASED, DECEASED_LABEL
from leakscope.pii.recognizers.name_forms import CELL_PEOPLE
from leakscope.pii.recognizers.name_words import REPORT_ROLES

# An emergency contact's column is someone else's even without a name column of its own:
# its cell holds their name and number (「小林 太一（父）\n090-…」), or their number only.
_EMERGENCY = "緊急連絡|家族連絡|emergency"  # (a worker's 家族連絡先氏名 | 続柄 | 家族連絡先電話)
STAFF = "/担当者"  # the staff in charge of a row: named in full elsewhere, or no one it identifies
# the people a row's staff or clinic look after (a clinic list's 担当利用者 「井上明美、伊藤加奈」):
# never the row's own, whoever the row is
_IN_CHARGE = "/担当先"
_IN_CHARGE_OF = "担当(?:利用者|患者|顧客|生徒|児童|入居者|会員|お客様)"
DOCTOR = "/主治医"  # a patient's doctor
PAYER = "/支払者"  # who pays for the row's person: a parent, a sponsor abroad
CHILDREN = "/子"
GUARDIAN = "/保護者"
_KEY_PERSON = "/キーパーソン"
_PRINCIPAL = "/本人"  # whom a relative's row is under (a ledger's 依頼者, 社員): not the row's own
_RELATION_COLUMN = re.compile(r"^(?:続柄|続き柄|関係|本人との(?:続柄|関係)|relationship|relation)$",
                              re.IGNORECASE)
_DRIVER = "/運転者"
# (record suffix, labels that say the column is that person's)
_ROLES = (
    # a 相続's 被相続人, who has died (``deceased``): no one the count counts
    (DECEASED, DECEASED_LABEL),
    # (a 相続 list's 被相続人 | 死亡日 | 最後の住所 | 相続人代表: where the one who died lived)
    (DECEASED, re.compile(r"^(?:最後|最終|死亡時)の?住所")),
    # a guardianship's (被後見人 | 申立人 | 続柄 | 申立人電話 | 後見人): who asked the court,
    # who was appointed; the row's own is the ward
    ("/申立人", re.compile(r"申立人")),
    ("/紹介者", re.compile(r"紹介者")),  # (a roster's member who introduced the row's own)
    ("/後見人", re.compile(r"^(?:成年|未成年)?後見人|^保佐人|^補助人|後見監督人")),
    # (who calls in a child's absence, who picks them up: a parent or a grandparent)
    # (a trial's 代諾者, who consents for a minor or an elder)
    (GUARDIAN, re.compile(rf"保護者|親権者|代諾者|連絡者|お迎え|送迎者|guardian|parent"
                          rf"|{_EMERGENCY}")),
    # (連帯保証人1 | 2; a care home's 身元引受人)
    ("/保証人", re.compile(r"(?:保証人|身元引受人|guarantor)[ _\-]?([0-9]*)")),
    ("/配偶者", re.compile(r"配偶者|spouse")),
    ("/同居者", re.compile(r"同居者|同居家族")),  # (a 家計収支表's household)
    ("/世帯主", re.compile(r"世帯主|householder")),
    ("/受取人", re.compile(r"受取人|beneficiary")),
    ("/居住者", re.compile(r"居住者|resident")),
    ("/被保険者", re.compile(r"被保険者|insured")),
    # (a car policy's accident: who drove; not a driver's licence's column)
    (_DRIVER, re.compile(r"運転者|^driver(?:'?s)?(?:[ _]?(?:name|kana))?$")),
    ("/配送先", re.compile(r"配送先|届け先|送付先|ship(?:ping)?[ _\-]?to|recipient"
                        r"|^ship(?:ping)?[ _\-]?(?:name|zip|postal|address|addr|phone|tel|mail|"
                        r"city|state|pref|kana)")),
    ("/対象者", re.compile(r"対象者")),  # 請求者 | 対象者: a copy asked for someone else
    ("/支援者", re.compile(r"^(?:避難)?支援者")),  # (a neighbour who helps one evacuate)
    ("/売主", re.compile(r"^売主")),  # (a sale's seller and buyer, each their own)
    ("/新婦", re.compile(r"新婦|bride")),  # (a wedding's couple: the groom the row's own)
    ("/買主", re.compile(r"^買主")),
    # (a parent paying a student's fees; a sponsor abroad remitting them, from their account;
    # a visa form's 経費支弁者 氏名 | 住所 | 電話番号)
    (PAYER, re.compile(r"支払者|支払人|payer|送金(?:人|者|元)|remitter|支弁者")),
    # a parent's row's children (a PTA's 会員氏名 | お子さん, a 就学援助 list's 対象児童生徒, a
    # 児童手当 list's 請求者 | 児童氏名 | 児童生年月日 | 児童個人番号)
    # (a guardians table's child column: a day service's dump)
    (CHILDREN, re.compile(r"^(?:お子|子ども|子供|対象児童|対象生徒|児童(?!発達支援)|子の"
                           r"|child(?:ren)?(?:[ _\-]?(?:name|[0-9]+))?$)", re.IGNORECASE)),
    # a case's other party (a 調停 list's 依頼者 | 相手方 | 子の氏名)
    ("/相手方", re.compile(r"^相手方")),
    (_IN_CHARGE, re.compile(_IN_CHARGE_OF)),  # (before the staff's 担当)
    # the list's own office's staff beside a client's 担当者 (a 社労士's 顧問先一覧: 当事務所担当)
    ("/当方" + STAFF, re.compile(r"当事務所|事務所担当|当社担当|弊社担当")),
    # a hotel register's other guests, each number its own (同行者1氏名 | 同行者2氏名)
    ("/同行者", re.compile(r"(?:同行者|同伴者|companion)[ _\-]?([0-9]*)")),
    # the staff in charge of the row (a client's contact, who checked an ID), not its subject
    (STAFF, re.compile(r"担当|^tanto|確認者|作成者|記入者|^記載|受付者|対応者|ケアマネ|添乗|"
                        r"担任|講師|作成責任者|取次者|^(?:税理士|司法書士|弁護士|行政書士|公認会計士)$|"
                        # (a support plan's 児発管 and 相談支援専門員)
                        r"児発管|児童発達支援管理責任者|サービス管理責任者|相談支援専門員|"
                        r"指導員|検定員|教官|薬剤師|instructor|examiner|pharmacist|"
                        # (a gas retailer's 説明者, 点検員, 検針員, 配送員)
                        r"説明者|業務主任者|点検員|保安業務員|検針員|配送員|"
                        r"(?i:^(?:担当)?cr[ca]名?$)|"  # (a trial's coordinators, its monitor)
                        + "|".join(REPORT_ROLES) + r"|contact[ _]?person"
                        r"|person[ _]in[ _]charge|care[ _]?manager|^staff(?:[ _]in[ _]charge)?$"
                        r"|^mechanic$|整備士")),
    (_KEY_PERSON, re.compile(r"キーパーソン|key[ _]?person")),  # a patient's family contact
    (DOCTOR, re.compile(r"主治医|担当医|処方医|医師|doctor|physician")),
    # who collected a prescription for the patient (a parent: 代理受取)
    ("/代理受取", re.compile(r"代理受取|受取代理")),
    # numbered: each number its own person (扶養親族1氏名 | 扶養親族2氏名, 家族1 | 家族2; an
    # employee list's bare 扶養 | 「夫 田中知実」)
    ("/扶養親族", re.compile(r"(?:扶養親族|扶養家族|被扶養者|dependent|^扶養(?=[ _\-]?[0-9]*$))"
                         r"[ _\-]?([0-9]*)")),
    ("/家族", re.compile(r"家族[ _\-]?([0-9]+)|family[ _\-]?member[ _\-]?([0-9]+)")),
    # a nursery's 家庭状況調査票: 近隣の親族 | 橋本 茂（祖父）, 親族連絡先 | 090-… (after 扶養親族)
    ("/親族", re.compile(r"親族")),
)
_SOMEONE_ELSE = re.compile(_EMERGENCY, re.IGNORECASE)
# The row's own person is a child (a school's or a nursery's list), whose contact and bank
# account holder are a parent's.
_CHILD = re.compile(r"児童|生徒|園児|子ども|子供|お子|student|pupil|child", re.IGNORECASE)
# (a pupil's row, whoever; not 入学年月, the month one entered, of a student's own row)
_GRADE = re.compile(r"(?<!入)学年|grade|school[ _]?year", re.IGNORECASE)
_CONTACTS = ("phone_number", "email_address")
_HOLDER = re.compile(r"名義|受取人|holder|payee", re.IGNORECASE)
# who came to school for the child (a 面談記録's 生徒 | 来校者 | 連絡先): a parent
_VISITOR = re.compile(r"来校者|来談者|来所者|面談者|同席者")
READING = re.compile(r"カナ|かな|フリガナ|ふりがな|ヨミ|よみ|読み|kana|yomi")
# The roles that share the row's home (not a guarantor's: they live elsewhere; the person a
# 住民票 copy is asked for is mostly of the asker's household, and a name at that address is
# theirs).
# A dependant too (扶養親族: mostly of the household; the name at the row's address is theirs,
# as the emergency contact of the same name in a roster).
_DEPENDANT = "/扶養親族"
_DEPENDANTS = (_DEPENDANT, *(f"{_DEPENDANT}{n}" for n in range(1, 7)))
_HOME = ("address", "postal_code", "phone_number", "email_address")  # (the household's)
HOUSEHOLD = (GUARDIAN, "/配偶者", "/同居者", "/世帯主", "/対象者", CHILDREN, *_DEPENDANTS,
             *CELL_PEOPLE)  # (and a 連名's, a note's emergency contact)


@lru_cache(maxsize=256)
def other_people(labels: tuple[str | None, ...]) -> tuple[str, ...] | None:
    """Per column, the record suffix of the person it describes ("" for the row's own), or
    None when every column is the row's own (most headers)."""
    from leakscope.pii.context import label_category  # the detectors' label vocabulary

    categories = tuple(label_category(label) for label in labels)
    suffixes = _label_suffixes(labels)
    child = is_child_row(labels) and not _answered_by_pupil(labels, suffixes)
    if child:
        suffixes = _parents_columns(labels, suffixes, categories)
    elif "bank_account" in categories:  # a transfer list's 受取人 is its own payee
        suffixes = tuple("" if suffix == "/受取人" else suffix for suffix in suffixes)
    suffixes = _principal_columns(labels, suffixes, categories)
    if _DRIVER in suffixes:  # an accident log's licence is its driver's, not the policy holder's
        suffixes = tuple(_DRIVER if not suffix and category == "drivers_license_number"
                         else suffix for suffix, category in zip(suffixes, categories, strict=True))
    if not any(suffixes):
        return None
    # A person of their own has a name column (not a reading's), beside the row's own
    # person's (受取人氏名 | 氏名カナ | 生年月日 is one payee a row).
    named = {suffix for suffix, _ in _name_columns(labels, suffixes)}
    if "" not in named and CHILDREN in named:  # (お子さん | 保護者名: the child's row)
        suffixes = tuple("" if suffix == CHILDREN else suffix for suffix in suffixes)
        named = {suffix for suffix, _ in _name_columns(labels, suffixes)}
    if named == {DECEASED}:  # (a list of the deceased: 被相続人氏名 | 生年月日 | 住所)
        return (DECEASED,) * len(labels)
    if "" not in named:  # (the row's own is whoever else it names: a clinic's 医師名)
        return tuple(suffix if suffix == _IN_CHARGE else "" for suffix in suffixes) \
            if _IN_CHARGE in named else None
    suffixes = tuple(suffix if suffix in named or _SOMEONE_ELSE.search(label or "")
                     or (child and suffix == GUARDIAN) else ""
                     for suffix, label in zip(suffixes, labels, strict=True))
    suffixes = _key_person_columns(labels, _dependants_columns(labels, suffixes, categories),
                                   categories)
    return suffixes if any(suffixes) else None


def _principal_columns(labels: tuple[str | None, ...], suffixes: tuple[str, ...],
                       categories: tuple[str | None, ...]) -> tuple[str, ...]:
    """A relative's row under the person a ledger is of (a law office's 家族 sheet: 依頼者 |
    続柄 | 氏名 | 生年月日; 社員氏名 | 続柄 | 家族氏名 | 生年月日): the names before the relation
    are that person's, someone of their own; the row's own is the relative named right after
    it, whose birth date the row gives (not a loan's 契約者氏名 | 続柄 | 銀行コード: the
    relation there is the holder's)."""
    relation = next((c for c, label in enumerate(labels)
                     if label and _RELATION_COLUMN.search(label)), None)
    if relation is None or relation + 1 == len(labels):
        return suffixes
    names = [c for c, (label, suffix, category) in enumerate(zip(
        labels, suffixes, categories, strict=True)) if category == "person_name" and not suffix]
    if relation + 1 not in names or READING.search(labels[relation + 1] or "") \
            or not any(c < relation for c in names):
        return suffixes
    return tuple(_PRINCIPAL if c < relation and c in names else suffix
                 for c, suffix in enumerate(suffixes))


def _key_person_columns(labels: tuple[str | None, ...], suffixes: tuple[str, ...],
                        categories: tuple[str | None, ...]) -> tuple[str, ...]:
    """A key person's contacts after their name (a ward's 家族連絡先: 患者氏名 | キーパーソン |
    続柄 | 連絡先1 | 連絡先2 | メール), and a guarantor's home too (a care home's 入居者氏名 |
    身元引受人氏名 | 続柄 | 電話番号 | 携帯電話 | 郵便番号 | 住所): theirs, not the row's own
    person's, up to the next name."""
    out = list(suffixes)
    holder = None
    for column, (suffix, category) in enumerate(zip(suffixes, categories, strict=True)):
        if category == "person_name" and not READING.search(labels[column] or ""):
            holder = suffix if suffix in _HOLDERS else None
        elif holder and not suffix and category in _HOLDERS[holder]:
            out[column] = holder
    return tuple(out)


# the roles whose columns after their name are theirs, and which (a guarantor lives elsewhere)
_HOLDERS = {_KEY_PERSON: _CONTACTS, "/保証人": _HOME}


def _dependants_columns(labels: tuple[str | None, ...], suffixes: tuple[str, ...],
                        categories: tuple[str | None, ...]) -> tuple[str, ...]:
    """A dependant's name after the row's own (a 年末調整's 扶養親族 sheet: 職員氏名 |
    扶養親族氏名 | フリガナ | 続柄 | 生年月日 | 個人番号): the unlabelled columns after it that
    name no one else are the dependant's (their reading, birth date, My Number), not the staff
    member's, up to the next person's name or a contact of the household (住所, 電話)."""
    out = list(suffixes)
    own = next((c for c, (suffix, category, label) in enumerate(zip(
        suffixes, categories, labels, strict=True)) if not suffix
        and category == "person_name" and not READING.search(label or "")), None)
    if own is None:
        return suffixes
    dependant = None
    for column in range(own + 1, len(labels)):
        suffix, category = suffixes[column], categories[column]
        if suffix:
            dependant = suffix if suffix.startswith(_DEPENDANT) and (
                category == "person_name" or suffix == dependant) else None
        elif dependant is not None:
            if category in _HOME or (category == "person_name"
                                     and not READING.search(labels[column] or "")):
                dependant = None
            else:
                out[column] = dependant
    return tuple(out)


def is_child_row(labels: tuple[str | None, ...]) -> bool:
    """Whether a row's own person is a child: a name column's label says so (児童名,
    生徒氏名, after the account holder's in a school's 口座振替 file), or a grade column does
    (学年)."""
    from leakscope.pii.context import label_category  # the detectors' label vocabulary

    suffixes = _label_suffixes(labels)
    columns = dict(_name_columns(labels, suffixes))
    own = "" if "" in columns else CHILDREN  # (お子さん | 保護者名: the child's row)
    if own not in columns:
        return False
    return any(_CHILD.search(label or "") for label, suffix in zip(labels, suffixes, strict=True)
               if suffix == own and label_category(label) == "person_name"
               and not READING.search(label or "")) or any(
        _GRADE.search(label or "") for label, suffix in zip(labels, suffixes, strict=True)
        if suffix != CHILDREN)  # (not a parent's 「お子さん（学年・組）」)


def _label_suffixes(labels: tuple[str | None, ...]) -> tuple[str, ...]:
    """Whose each column is by its label (``role_suffix``); and a child's name column beside
    a plain name column is the child's, the row a parent's (a PTA list's 氏名 | 生徒（学年組）)."""
    from leakscope.pii.context import label_category  # the detectors' label vocabulary

    suffixes = tuple(role_suffix(label) for label in labels)
    own = [c for c, (label, suffix) in enumerate(zip(labels, suffixes, strict=True))
           if not suffix and label_category(label) == "person_name"
           and not READING.search(label or "")]
    childlike = {c for c in own if _CHILD.search(labels[c] or "")}
    if not childlike or len(childlike) == len(own):
        return suffixes
    return tuple(CHILDREN if c in childlike else suffix for c, suffix in enumerate(suffixes))


# a web form's export: the time it was answered (Google Forms, Microsoft Forms)
_ANSWERED = re.compile(r"^(?:タイムスタンプ|timestamp|開始時刻|完了時刻|回答日時)$", re.IGNORECASE)


def _answered_by_pupil(labels: tuple[str | None, ...], suffixes: tuple[str, ...]) -> bool:
    """A form's answers (タイムスタンプ | メールアドレス | 学年 | 名前, a school's survey) whose
    name column does not say a child: the pupil answered, and the mail is the pupil's own (a
    parent's form asks 生徒氏名)."""
    from leakscope.pii.context import label_category  # the detectors' label vocabulary

    return any(_ANSWERED.match((label or "").strip()) for label in labels) and not any(
        _CHILD.search(label or "") for label, suffix in zip(labels, suffixes, strict=True)
        if not suffix and label_category(label) == "person_name")


def _parents_columns(labels: tuple[str | None, ...], suffixes: tuple[str, ...],
                     categories: tuple[str | None, ...]) -> tuple[str, ...]:
    """A child's row (児童名 | 保護者名 | 連絡先 | メール, a PTA 連絡網; 生徒氏名 | 口座名義人, a
    cram school's direct debits; a learning app's display_name | mail | grade): the phone
    and mail columns, the account holder and who came to school (来校者) are a parent's, not
    the child's, named or not (siblings signed in with their mother's mail were one person
    with her); so is the account the holder's name goes with."""
    held = any(category == "person_name" and _HOLDER.search(label or "")
               for label, category in zip(labels, categories, strict=True))
    return tuple(GUARDIAN if not suffix and ((
        category in _CONTACTS and not _CHILD.search(label or "")) or (  # (a 生徒携帯 is theirs)
        category == "person_name" and _HOLDER.search(label or "")) or (
        _VISITOR.search(label or "")) or (held and category == "bank_account")) else suffix
        for suffix, label, category in zip(suffixes, labels, categories, strict=True))


def _name_columns(labels: tuple[str | None, ...], suffixes: tuple[str, ...]
                  ) -> list[tuple[str, int]]:
    """(suffix, column) of each person's first name column that is not a reading."""
    from leakscope.pii.context import label_category  # the detectors' label vocabulary

    first: dict[str, int] = {}
    for column, (label, suffix) in enumerate(zip(labels, suffixes, strict=True)):
        if label_category(label) == "person_name" and not READING.search(label or ""):
            first.setdefault(suffix, column)
    return list(first.items())


@lru_cache(maxsize=256)
def namesake_columns(labels: tuple[str | None, ...], suffixes: tuple[str, ...]
                     ) -> tuple[tuple[str, int], ...] | None:
    """Each person's (suffix, name column) in a row, the row's own first: in a row where two
    of them write one name they are one person, the first's (a policy whose 契約者 is its
    被保険者; a guarantor who is also the emergency contact). None with fewer than two."""
    columns = sorted(_name_columns(labels, suffixes), key=lambda person: person[0] != "")
    return tuple(columns) if len(columns) > 1 else None


def row_suffixes(names: list[str], people: tuple[tuple[str, int], ...]) -> dict[str, str]:
    """Per person of a row whose name an earlier person of the row writes (``names``, in
    ``people``'s order), that person's record suffix (``namesake_columns``); the row's own
    ("") where the name says it is (``SELF``)."""
    out: dict[str, str] = {}
    for i, (suffix, _) in enumerate(people):
        if suffix and _SELF.match(names[i].translate(_SPACES)):
            out[suffix] = ""
            continue
        first = next((j for j in range(i) if same_name(names[j], names[i])), None)
        if first is not None:
            out[suffix] = people[first][0]
    return out


# Another person's name cell that says it is the row's own (a 合宿 list's 緊急連絡先氏名
# 「（本人実家）」 before the family home's phone, 「本人」, 「同上」): RE2 and Python alike
SELF = r"^[(（]?(?:ご?本人|同上)(?:の?(?:実家|自宅|携帯|宅))?[)）]?$"
_SELF = re.compile(SELF)


def same_name(own: str, other: str) -> bool:
    """Whether two name cells write one name (spaces aside)."""
    own, other = own.translate(_SPACES), other.translate(_SPACES)
    return bool(own) and own == other


_SPACES = str.maketrans("", "", " \u3000")


def reading_order(suffixes: tuple[str, ...]) -> list[int]:
    """Columns in the order their cells are read: the row's own, then each other person's
    (in the order their first column comes), each in column order."""
    first = {}
    for column, suffix in enumerate(suffixes):
        first.setdefault(suffix, column if suffix else -1)
    return sorted(range(len(suffixes)), key=lambda c: (first[suffixes[c]], c))


def role_suffix(label: str | None) -> str:
    """The record suffix of the person a column (or a JSON object's key) is about by its
    label (``/保護者``, ``/扶養親族2``), "" for the row's own."""
    if not label:
        return ""
    text = unicodedata.normalize("NFKC", label).lower()
    for suffix, words in _ROLES:
        found = words.search(text)
        if found:
            return suffix + "".join(number for number in found.groups() if number)
    return ""


def household_row(record: str) -> str | None:
    """The row's own record of a household member's (``#row5`` of ``#row5/保護者``)."""
    for suffix in HOUSEHOLD:
        if record.endswith(suffix):
            return record[: -len(suffix)]
    return None
