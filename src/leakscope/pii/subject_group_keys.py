"""What a closed group of the people count leaves: its keys (a ``GroupSummary``).

A group (``Group``) is one person's findings at one place: a record, or a stretch of free
text (``subject_groups.GroupCollector`` cuts them). Its summary keeps only what linking needs:
strong identifiers, a name with a birth date, an address or a landline, romanized name keys.
"""

from __future__ import annotations

from typing import NamedTuple

from .extract.deceased import DECEASED
from .extract.row_people import STAFF
from .household_identifiers import is_landline
from .name_lexicon import (
    is_full_name,
    is_given_name,
    is_name_part_alone,
    is_partial_staff_name,
    is_surname,
    joined_name,
)
from .romaji import full_name_keys, name_keys, without_middle_name
from .subject_names import is_parent_of, kanji_name
from .subject_places import is_letter, list_of
from .surnames import starts_with_written_reading

STRONG = frozenset({
    "my_number", "email_address", "phone_number", "credit_card_number", "passport_number",
    "drivers_license_number", "residence_card_number", "basic_pension_number", "us_ssn",
})  # not a health insurance number: the 保険者番号 is the insurer's, the same for thousands
# Identifiers that make a record more than a name: such a record is never "thin".
SUBSTANTIAL = STRONG - {"credit_card_number"} | {"date_of_birth", "address"}
# The key of a name written with nothing else (``full_name_alone``): all such are one person.
NAME_ALONE = "name-alone"
# The key of a guardian's record by the child of its row: the child's name and birth date.
GUARDIAN_OF = "guardian-of"
# ... and by its own kanji full name where the child bears its surname: one parent of siblings,
# each a row (a 国保連 claim's 林 優子 over 林 大和 and over 林 花音, nothing else of hers)
PARENT_NAMED = "parent-named"
# A bank account is a household's as often as one person's (a parent pays the children's
# fees from it): it links only with a name, a transfer file's payee ｲｼｶﾜ ﾐﾂﾙ to the ledger's
# row of 石川 充 (イシカワ ミツル) that holds the same account.
ACCOUNTS = ("bank_account", "iban")
NAME_ACCOUNT = "name+account"
# Categories that on their own mean a person is in the data.
PERSON_CATEGORIES = STRONG | {"person_name", "date_of_birth", "address", *ACCOUNTS}


class Group:
    """The group being filled at one place (a plain slotted class: one is made per person
    of a list in text, and a dataclass's default factories cost twice as much)."""

    __slots__ = (
        "accounts",
        "addresses",
        "beyond_names",
        "business",
        "deceased",
        "dobs",
        "document",
        "first_line",
        "free",
        "greeted",
        "greeting",
        "home",
        "keys",
        "last_line",
        "members",
        "name_line",
        "names",
        "own",
        "place",
        "sender",
        "strong",
        "thin",
    )

    def __init__(self, place: tuple, free: bool, document: tuple | None,
                 home: tuple | None = None, first_line: int = 0) -> None:
        self.place = place
        self.first_line = first_line
        self.free = free  # free text, not a record
        self.document = document  # the letter or mail it is in (``subject_places.document_of``)
        # a household member's: the row's (addresses, landline keys, a guardian's child's
        # (name, birth date) pairs)
        self.home = home
        self.business = False  # a record with a corporate number
        self.last_line = 0
        self.name_line = 0  # the line of the last name it took (a reading beside it is its)
        self.members: dict[str, Group] | None = None  # 連名's people met inside the row
        self.names: set[str] = set()
        self.dobs: set[str] = set()
        self.addresses: set[str] = set()
        self.keys: set[tuple] = set()  # strong identifiers (category, value)
        self.strong: dict[str, list[int]] = {}  # category: [values, last line]
        self.thin = True
        self.accounts: set[str] = set()  # bank accounts and IBANs: paired with the names
        # whether it holds anything personal (a company's row holds only its contacts, which
        # tell its staff apart from namesakes but are no one by themselves)
        self.own = False
        self.beyond_names = False  # whether it holds anything personal but names
        self.greeted = False  # a mail's recipients: the body's first name was read
        # ... and the surname alone it was (a reply's 「佐々木 様」 to a bare zsato60@…)
        self.greeting: str | None = None
        self.deceased = False  # free text naming one who died (被相続人：…)
        self.sender = False  # a mail's From (``subject_senders``)



class GroupSummary(NamedTuple):
    """What linking needs of one closed group: small, cheap to pickle, made where files are read."""

    keys: tuple[tuple, ...]  # strong identifiers, name+dob, name+address
    name_keys: tuple[str, ...]  # romanized name keys (kana / Latin names), kanji names
    thin: bool  # nothing but a name (and a card): may join its one namesake
    named: bool
    source: str = ""  # its file or list (``subject_compatible``: namesakes of other lists)
    # where in it: a record, or a place of free text and its first line; the same whichever
    # worker read it and when (``subject_namesakes``: which namesakes are kept)
    at: str = ""



def group_summary(group: Group) -> GroupSummary | None:
    """The keys of a closed group (its sets are taken over: a closed group is dropped), or
    None for one that is nobody of its own (``_nobody``). A named group's landlines are keys
    only with its names (``household_identifiers``); in a mail or a letter, a full name is a
    key of its own there (the greeting, the quoted mail, the signature and a form in it are
    one person)."""
    keys, names = group.keys, group.names
    if (_nobody(group) if group.free else _surname_alone(group)) \
            or (group.business and not names):
        return None
    if group.home is not None and group.home[2] and (
            not names or any(map(kanji_name, names))):
        # a guardian of the row's child, whom the child's name and birth date tell: the
        # mobile a health form gives under 緊急連絡先（保護者携帯） is the guardian a roster
        # names for that child (a second guardian, kanji-named, stays a person of their own:
        # ``subject_names``)
        keys.update((GUARDIAN_OF, name, dob) for name, dob in group.home[2])
        keys.update((PARENT_NAMED, name) for name in names
                    if any(is_parent_of(name, ward) for ward, _ in group.home[2]))
    if not names:  # (a row's: where, as the table path has it: ``subject_rows``, 故人)
        if not keys and not group.free and is_letter(group.place[0]):
            return None  # (a report's table row 「預貯金 | 城南信用金庫 … 8077361」: its
            # person's, whom its text names)
        at = "" if group.free else group.place[1]
        return GroupSummary(tuple(keys), (), group.thin, False, at=at)
    thin = group.thin and not (group.home and any(group.home[:2]))  # (it pairs with its home)
    if not keys and thin:  # a name alone (a chat's sender): one person, however often
        keys.update((NAME_ALONE, key) for name in names for key in alone_keys(name))
    if group.document is not None:
        where = repr(group.document)
        keys.update(("name@document", where, name) for name in names if not is_surname(name))
        keys.update(("name@document", where, short) for name in names
                    if (short := without_middle_name(name)))
    dobs, addresses = group.dobs, group.addresses
    phones = group.strong.get("phone_number")
    landlines = [key for key in keys if key[0] == "phone_number" and is_landline(key[1])] \
        if phones else []
    keys.difference_update(landlines)
    if group.home is not None:  # a guardian's name pairs with the home of the row
        addresses = addresses | group.home[0]
        landlines = [*landlines, *group.home[1]]
    accounts = group.accounts
    if dobs or addresses or landlines or accounts:
        # a surname beside the full name (「鈴木様の会員証」 in 鈴木 太郎's letter) pairs with
        # nothing: two 鈴木 at one shop's address are not one person
        paired = [name for name in names if not is_surname(name)] or list(names)
        # (a foreign name's 「・」 left out too: a mail's ワン・リー is a ward list's ワン リー;
        # and a PNR's slash: a ticket's YAMAZAKI/MOMOKO is a ledger's YAMAZAKI MOMOKO)
        paired += [name.replace("・", "").replace("/", "") for name in paired
                   if "・" in name or "/" in name]
        for name in paired:
            if dobs:  # (a generator made only for what there is: once per person of a list)
                keys.update(("name+dob", name, d) for d in dobs)
            if addresses:
                keys.update(("name+address", name, a) for a in addresses)
            if landlines:
                keys.update(("name+phone", name, phone) for _, phone in landlines)
            if accounts:
                keys.update((NAME_ACCOUNT, name, account) for account in accounts)
    if not group.free and len(names) == 2:  # (a chat message's display name and signature)
        names = names | _joined(names)
    readings = {k for name in names for k in name_keys(name)}
    place = group.place
    at = f"{place[0]}\x1f{place[1]!r}\x1f{group.first_line}" if group.free else place[1]
    if group.deceased:
        at += DECEASED
    source = place[0] if group.free else list_of(place[1])
    return GroupSummary(tuple(keys), tuple(readings), thin, True, source, at)


def _joined(names: set[str]) -> set[str]:
    """A record's surname and given name, held apart, as one full name (``joined_name``)."""
    first, second = sorted(names, key=is_surname, reverse=True)
    full = joined_name(first, second)
    return {full} if full else set()


def alone_keys(name: str) -> tuple[str, ...]:
    """The ``NAME_ALONE`` keys of a full name written with nothing else, which is one person:
    in kanji, or in kana (ヤマダタロウ: a known surname's reading and more, a direct debit's
    payer), each as written; a kana one by its reading too, and a Latin one by its reading
    only (an OTA's companion Tsubasa Takahashi is a register's companion タカハシ ツバサ)."""
    if is_full_name(name):
        return (name,)
    if starts_with_written_reading(name):
        return (name, *name_keys(name))
    return full_name_keys(name)



def _nobody(group: Group) -> bool:
    """Free text that names no one of its own: no name but a surname (「渡辺様」, 「…の渡辺で
    ございます」) or a given name (「長女の舞様が週２回訪問」): someone the text names in full
    elsewhere, or no one it identifies; and nothing that is one person's, such as a
    business's footer (an address, a landline and its FAX) under a staff member's surname."""
    return not group.dobs and all(is_surname(name) or _given_alone(name)
                                  for name in group.names) and all(
        key[0] == "phone_number" and is_landline(key[1]) for key in group.keys)


def _given_alone(name: str) -> bool:
    return is_given_name(name) and not is_full_name(name)



def _surname_alone(group: Group) -> bool:
    """A record that names no one of its own: a surname or a given name and nothing else of a
    person's (an order list's 山口 row after row, a day service's record of 「樹くん」: someone
    named in full elsewhere, or no one it identifies; a supplier list's 「渡辺様」 beside the
    company's phone); in a staff column, any name that is not a full one (四月一日, a surname
    no dictionary knows, a foreign colleague's ワン)."""
    record = group.place[1]
    alone = is_partial_staff_name if isinstance(record, str) and record.endswith(STAFF) \
        else is_name_part_alone
    return bool(group.names) and not (group.beyond_names or group.home) \
        and all(map(alone, group.names))



def numbers_only(group: Group) -> bool:
    """Landlines and nothing else, no name (「学校代表 045-… FAX 045-…」): a name on a later
    line is not theirs (a list under them). An address block with them is a letter's
    addressee's, whose name comes after it."""
    return bool(group.keys) and not group.addresses and _nobody(group)
