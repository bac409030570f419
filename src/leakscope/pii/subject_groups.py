"""Free text and records cut into groups (one person each) for the people count.

A record (table row, JSON object) is one group. Free text without records is cut where a
second, different name appears, where another value of a strong identifier the group holds
appears (a list exported as text or PDF, one person a row; a named person keeps a second one
on the next lines: TEL and FAX), where the place changes (another mail, page, sheet; a mail's
recipients are grouped apart) or after a long gap. A closed group leaves only its keys (a
``GroupSummary``), which ``subjects.SubjectLinker`` links into people.

``GroupCollector.add`` runs once per finding of a scan (a finding every ~100 bytes of prose),
so it reads each finding once, into locals, and builds nothing for a finding that neither
opens nor closes a group.
"""

from __future__ import annotations

from collections.abc import Callable

from .address_keys import address_key
from .extract.mail_headers import RECIPIENTS
from .extract.row_people import GUARDIAN, HOUSEHOLD, household_row
from .finding import Finding
from .household_identifiers import is_landline
from .name_lexicon import is_given_read_as, is_surname, readings_of, surname_readings
from .normalize import as_katakana, is_kanji
from .recognizers.email import QUOTED_RECIPIENT
from .recognizers.labeled_names import DECEASED_NAME, QUOTED_SENDER
from .recognizers.name_layouts import MENTIONED
from .recognizers.phone import RELATIVES_PHONE
from .recognizers.town_block_address import TOWN_BLOCK
from .romaji import full_name_keys, name_keys
from .shared_identifiers import SHARED, is_shared
from .subject_businesses import AT_COMPANY, BARE, CARD, COMPANY_ROW, CORPORATE, IN_BLOCK
from .subject_group_keys import (
    PERSON_CATEGORIES,
    STRONG,
    SUBSTANTIAL,
    Group,
    GroupSummary,
    group_summary,
    numbers_only,
)
from .subject_places import document_of, free_place, is_letter
from .subject_senders import SignedSenders

_GAP_LINES = 40
# free text's findings that are a group of their own (a relative's phone: 「娘さんの携帯 080-…」)
_APART = (MENTIONED, QUOTED_RECIPIENT, RELATIVES_PHONE)
_GREETING_LINES = 3  # a mail's first lines: where it names whom it is written to
_QUOTED_HEAD_LINES = 7  # a quoted mail's From: to its greeting (Date, Subject, To, Cc, blank)
_PAIR_LINES = 2
_NAMED_VALUES = 3  # of one identifier a named person may hold side by side: TEL, FAX, 携帯
# Headers that name other people than the sender: their groups are filled beside the mail's
# (the sender's group goes on into the body: the signature).


def _same_name(name: str, names: set[str], beside: bool) -> bool:
    """山田 and 山田太郎 in one mail are one person (surname-only mentions), not 山田太郎 and
    山田花子 (a 山田 between them notwithstanding); a name and its reading on the line beside
    it are one person (a form's 氏名 and フリガナ: ヤマダ タロウ)."""
    for other in names:  # (a loop, not all() of a generator: once per name in a list)
        if name not in other and other not in name:
            break
    else:
        return True
    if _read_alike(name, names):
        return True
    if not beside:
        return False
    kana = "ぁ" <= name[0] <= "ヺ"  # (names are normalized: a reading starts with kana)
    written_alike = [other for other in names if ("ぁ" <= other[0] <= "ヺ") == kana]
    return len(written_alike) < len(names) and all(
        name in other or other in name for other in written_alike) and all(
        _may_read(other, name) if kana else _may_read(name, other)
        for other in names if other not in written_alike)


def _may_read(kanji: str, kana: str) -> bool:
    """Whether ``kana`` may be ``kanji``'s reading: it begins with its surname's, when
    that is known, or it is its given name's (a form's 佐藤 桃子 beside モモコ; a POS log's
    「ワンハイ」 on the line above 「山口翔太」 is no reading of it)."""
    spoken = surname_readings(kanji) if is_kanji(kanji[0]) else ()
    katakana = as_katakana(kana)
    return not spoken or katakana.startswith(spoken) or is_given_read_as(kanji, katakana)


def _read_alike(name: str, names: set[str]) -> bool:
    """A Latin full name and a kanji name that reads as it (a mail's 「From: Hideki FUJITA」 and
    its body's 「藤田英樹です」): one person's."""
    if name.isascii():
        latin, kanji = [name], [other for other in names if is_kanji(other[0])]
    elif is_kanji(name[0]):
        latin, kanji = [other for other in names if other.isascii()], [name]
    else:
        return False
    if not latin or not kanji:
        return False
    keys = {key for other in latin for key in full_name_keys(other)}
    return bool(keys) and any(key in keys for other in kanji for reading in readings_of(other)
                              for key in name_keys(reading))



class GroupCollector:
    """Cuts findings into groups (records, or stretches of free text) and hands out summaries.

    Runs where the findings are made (a worker process), so the parent only unions keys.
    """

    def __init__(self, sink: Callable[[GroupSummary], None]) -> None:
        self._sink = sink
        # per path (and per path's mail recipients): the group being filled
        self._open: dict[str | tuple[str, str], Group | None] = {}
        # per letter or form (``subject_places.LETTERS``): the key of the first full name it
        # gave, and the groups with no name that came before it
        self._first_named: dict[tuple, tuple] = {}
        self._nameless: dict[tuple, list[GroupSummary]] = {}
        # records holding a company's contact (``subject_businesses.COMPANY_ROW``)
        self._company_rows: set[tuple[str, str]] = set()
        # per mail body, the line of its last quoted or forwarded mail's sender
        # (``QUOTED_SENDER``)
        self._quoted: dict[tuple, int] = {}
        self._senders = SignedSenders(sink)

    def add(self, finding: Finding) -> None:
        category = finding.category
        if category not in PERSON_CATEGORIES or not (
                finding.personal or finding.detector.endswith(AT_COMPANY)):
            if category == CORPORATE and finding.record is not None \
                    and finding.detector == BARE:
                self._business(finding)
            elif category in COMPANY_ROW and finding.record is not None:
                self._company_rows.add((finding.path, finding.record))
            elif finding.record is None and finding.detector.endswith(IN_BLOCK):
                self.close(finding.path)  # (a letter's footer ends the letter's person)
            return
        if finding.detector == TOWN_BLOCK:
            return  # (where someone lives, without its city: ``town_block_address``)
        value = finding.value
        if category in SHARED and is_shared(category, value):
            self._drop_desk_name(finding)
            return
        path, location, record = finding.path, finding.location, finding.record
        free = record is None
        if free and finding.detector in _APART:  # (not the writer's: a group of its own)
            apart = Group((path, (finding.detector, value)), True, None)
            if category == "person_name":
                apart.names.add(value)
            else:  # (a quoted mail's addressee)
                apart.keys.add((category, value))
                apart.thin = False
            apart.own = True
            self._close(apart)
            return
        if free and category == "person_name" and self._greets_quoted(finding, value):
            return
        if not free:
            place, line = (path, record), 0  # records never span lines
        else:
            place = (path, ()) if len(location) <= 2 and "line" in location \
                else free_place(path, location)
            line = location.get("line")
            if not line or type(line) is not int:
                line = int(line or location.get("paragraph") or 0)
        slot = (path, "recipients") if location.get("header") in RECIPIENTS else path
        group = self._open.get(slot)
        if not free and group is not None and group.place[0] == path \
                and type(row := group.place[1]) is str and record.startswith(f"{row}/"):
            group = _member(group, record, location)  # (its row goes on after it: a form's
            # 施設担当者 between its patient's 施設 and 施設電話)
        elif group is None or group.place != place or (free and (
                line - group.last_line > _GAP_LINES or finding.detector == QUOTED_SENDER
                or (category == "person_name" and (not _same_name(
                    value, group.names, line - group.name_line <= _PAIR_LINES)
                    if group.names else line > group.last_line and numbers_only(group)))
                or (category in group.strong
                    and _new_identifier(group, category, value, line))
                or (slot != path and category == "email_address"  # (To: a, Cc: b: two people)
                    and category in group.strong and (category, value) not in group.keys))):
            home = _home(group, record) if group is not None and not free \
                and record.endswith(HOUSEHOLD) else None
            group = self._reopen(slot, group, place, free, location, home, line)
        group.last_line = line
        if location.get("header") == "From":
            group.sender = True
        if finding.personal:
            group.own = True
            if category != "person_name":
                group.beyond_names = True
        if category in SUBSTANTIAL:
            group.thin = False
        if category in STRONG:
            held = group.strong.get(category)
            if held is None:
                held = group.strong[category] = [0, line]
            key = (category, value)
            if key not in group.keys:
                group.keys.add(key)
                held[0] += 1
            held[1] = line
        elif category == "person_name":
            group.names.add(value)
            group.name_line = line
            if free and finding.detector == DECEASED_NAME:  # (a record's own: its row's)
                group.deceased = True
            if line <= _GREETING_LINES and "body" in location:
                self._greeted(path, place, value)
        elif category == "date_of_birth":
            group.dobs.add(value)
        elif category == "address":
            group.addresses.add(address_key(value))  # one home however it is written
        else:
            group.accounts.add(value)

    def _greets_quoted(self, finding: Finding, name: str) -> bool:
        """A surname that greets atop a quoted or forwarded mail (「From: OLIVEIRA ANA PAULA <…>」
        …「山田さん」): its addressee's, nobody of its own, and the lines after it are still the
        sender's."""
        location = finding.location
        line, body = location.get("line"), (finding.path, location.get("message"),
                                            location.get("body"))
        if finding.detector == QUOTED_SENDER:
            self._quoted[body] = line or 0
            return False
        since = self._quoted.get(body)
        return since is not None and type(line) is int \
            and 0 < line - since <= _QUOTED_HEAD_LINES and is_surname(name)

    def _reopen(self, slot: str | tuple[str, str], group: Group | None, place: tuple,
                free: bool, location: dict, home: tuple | None = None,
                line: int = 0) -> Group:
        """Close ``group`` (if any) and open the one of ``place`` at ``slot``."""
        if group is not None:
            self._close(group)
        group = self._open[slot] = Group(place, free, document_of(place[0], location), home,
                                          line)
        return group

    def _business(self, finding: Finding) -> None:
        """A corporate number in a record: the record is a company's (``subject_businesses``)."""
        place = (finding.path, finding.record)
        group = self._open.get(finding.path)
        if group is None or group.place != place:
            group = self._reopen(finding.path, group, place, False, finding.location)
        group.business = True

    def _greeted(self, path: str, place: tuple, name: str) -> None:
        """「阿部 学様」 atop a mail to one bare address (To: manabu_abe@…): the addressee's name,
        so the address and the name are one person, not two. Only the body's first name is
        (after 「三浦さん」, a patient's 「サントス・マリアさん」 is no addressee)."""
        recipients = self._open.get((path, "recipients"))
        if recipients is None or recipients.place != place or recipients.greeted:
            return
        recipients.greeted = True
        if recipients.names or len(recipients.keys) != 1:
            return
        if not is_surname(name):
            recipients.names.add(name)
        else:  # (a reply's 「佐々木 様」 to zsato60@…: held till the mail names one in full)
            recipients.greeting = name

    def _drop_desk_name(self, finding: Finding) -> None:
        """A desk's identifier in a header (``サポート窓口 <support@…>``): the names just
        before it, alone in their group, are the desk's, not a person's."""
        if "header" not in finding.location:
            return
        header = finding.location["header"]
        slot = (finding.path, "recipients") if header in RECIPIENTS else finding.path
        group = self._open.get(slot)
        if group is not None and group.names and not (group.keys or group.dobs
                                                        or group.addresses):
            self._open[slot] = None  # dropped: its summary never reaches the count

    def close(self, path: str) -> None:
        """Close the open groups of ``path`` (the next finding there starts a new one)."""
        for slot in (path, (path, "recipients")):
            group = self._open.get(slot)
            if group is not None:
                self._close(group)
                self._open[slot] = None  # the slot keeps its place in the flush order

    def flush(self) -> None:
        """Close every open group (end of a file, end of the scan)."""
        for group in self._open.values():
            if group is not None:
                self._close(group)
        self._open.clear()
        for waiting in self._nameless.values():
            for summary in waiting:
                self._sink(summary)
        self._nameless.clear()
        self._senders.flush()
        self._first_named.clear()
        self._company_rows.clear()  # (records are a file's: the set is bounded by one file)

    def _close(self, group: Group) -> None:
        if group.members:  # (the row's home is whole now)
            for record, member in group.members.items():
                member.home = _home(group, record)
                self._close(member)
        summary = group_summary(group) if group.own else None
        if summary is None or (group.place in self._company_rows and not summary.named
                               and summary.keys and all(key[0] == CARD for key in summary.keys)):
            return  # (a creditor's row: the card in it is the debtor's account there)
        if self._senders.holds(group, summary, group.greeting):
            return  # (a mail's From of a surname alone, till its body signs in full; its To)
        self._senders.signed(group)
        if group.document is not None and is_letter(group.document[0]) \
                and not _in_list_table(group.place):
            self._in_letter(group.document, summary)
        else:
            self._sink(summary)

    def _in_letter(self, document: tuple, summary: GroupSummary) -> None:
        """A form's identifier with no name beside it (「本人確認書類：運転免許証 番号 …」 in
        its body, its tables read after) is the form's first named person's, not someone
        else's: it waits for that name until the file ends."""
        first = self._first_named.get(document)
        if summary.named:
            self._sink(summary)
            if first is None:
                first = next((key for key in summary.keys if key[0] == "name@document"), None)
                if first is not None:
                    self._first_named[document] = first
                    for waiting in self._nameless.pop(document, ()):
                        self._sink(waiting._replace(keys=(*waiting.keys, first)))
        elif first is not None:
            self._sink(summary._replace(keys=(*summary.keys, first)))
        else:
            self._nameless.setdefault(document, []).append(summary)



def _in_list_table(place: tuple) -> bool:
    """A row of a list in a letter's table (a 面談記録's 生徒 | 来校者 | 連絡先): its person is
    the row's, not the letter's first named one (the teacher who wrote it)."""
    return isinstance(place[1], str) and "!row" in place[1]


def _member(row: Group, record: str, location: dict) -> Group:
    """The group of another person a cell of ``row`` names (a 連名's, a note's emergency
    contact) met among its cells; closed with the row, when its home is known."""
    if row.members is None:
        row.members = {}
    member = row.members.get(record)
    if member is None:
        member = row.members[record] = Group((row.place[0], record), False,
                                              document_of(row.place[0], location))
    return member


def _home(row: Group, record: str) -> tuple | None:
    """The home a household member's record (``#row5/保護者``) shares with its row: the row's
    addresses and landlines, taken from the row's group (or from another member's of it)."""
    own = household_row(record)
    if row.place[1] == own:
        wards = tuple((name, dob) for name in row.names if not is_surname(name)
                      for dob in row.dobs) if record.endswith(GUARDIAN) else ()
        return (frozenset(row.addresses),
                tuple(key for key in row.keys if key[0] == "phone_number" and is_landline(key[1])),
                wards)
    if row.home is not None and household_row(row.place[1]) == own:
        return row.home
    return None


def _new_identifier(group: Group, category: str, value: str, line: int) -> bool:
    """Another value of a strong identifier (``category``) the group holds, not one of the
    named person's few side by side (TEL, FAX and 携帯 in a signature): a fourth, or one further
    away, is the next person's (a list in text), as is a second mobile on a later line (a log's
    next caller: one person has one mobile, a landline and a FAX)."""
    held = group.strong[category]
    if (category, value) in group.keys:
        return False
    if not group.names or held[0] >= _NAMED_VALUES or line - held[1] > _PAIR_LINES:
        return True
    return category == "phone_number" and line != held[1] and not is_landline(value) \
        and any(key[0] == category and not is_landline(key[1]) for key in group.keys)

