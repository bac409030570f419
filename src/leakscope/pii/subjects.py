"""本人の数: link findings into people and count distinct people, not records.

A record (table row, JSON object) is one person. Free text without records is cut into
groups: a new group starts where a second, different name appears, where another value of a
strong identifier the group holds appears (a list exported as text or PDF, one person a row;
a named person keeps a second one on the next lines: TEL and FAX), where the place changes
(another mail, page, sheet; a mail's recipients are grouped apart) or after a long gap,
so a mail with one name and one phone number is one person. Groups are the same person when
they share a strong identifier (My Number, e-mail, phone, card, passport, licence, ...) or
name + date of birth or name + address (the address's key, ``address_keys``: 西新宿二丁目8番1号
and 西新宿2-8-1 are one home); a landline is a household's, so it links only with a name too
where the group has one (``household_identifiers``).
Only keys are kept (not groups), so memory grows with identifiers, not rows: ~32 bytes per
distinct identifier key (``subject_graph``: 64-bit hashes in an open-addressing table, an int32
union-find) plus, per distinct name, at most 8 substantial and 32 thin namesake entries
(``subject_namesakes``, ~65 bytes each).

Three ways in, one count: ``add`` (findings in scan order, cut into groups by
``subject_groups.GroupCollector``), ``absorb`` (a ``GroupSummary`` made
in a worker process) and ``absorb_table`` (a ``FindingTable`` of whole rows, linked by the C
kernel ``_keys``, or in numpy where it was not built, without a Python object per row). Keys
are hashed in this process whatever the way in, so a phone in a CSV and the same phone in a
mail are one person.

A "thin" record (a name and a card, as in a payment export with romanized names; a greeting
「山田 太郎 様」 with nothing beside it) has nothing to link it; it joins the one person elsewhere
whose name reads the same (Sotaro Inoue = イノウエ ソウタロウ) or is the same kanji, and only when
exactly one such person exists. People of one full name whom nothing they hold tells apart
are one (``subject_compatible``), and so are people of one reading of whom at most one has a
kanji name (``subject_readings``); then a thin record may also meet a kanji name as
SudachiDict reads it (a bank's payer ｷﾑﾗ ﾖｳｽｹ, 木村洋介), and a mailbox nothing names that
spells a surname and an initial (nakajima.h@) the one person who reads so
(``subject_initials``). Last, a linked person is as many people as the kanji full names it
holds (``subject_names``: a family under one mail), and one fewer where a record says they
died (``extract.deceased``: a 死亡退院 list's row, a 被相続人). A database row that names no one
and points at a row that names someone (``payment_methods.user_id``) is that row's person
(``subject_rows``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .arrow_strings import string_buffers
from .extract.deceased import DECEASED
from .extract.row_people import STAFF
from .finding import Finding
from .household_identifiers import landline_at
from .name_lexicon import one_given_reading
from .recognizers.town_block_address import TOWN_BLOCK
from .shared_identifiers import shared_at
from .subject_alone import name_alone_keys, names_alone, paid_alone
from .subject_businesses import AT_COMPANY, BusinessMail, business_rows, surnames_alone
from .subject_codes import (
    CATEGORY_OF_CODE,
    GROUP_NAMED,
    GROUP_THIN,
    LANDLINE,
    PERSON_ARRAY,
    PERSON_BUFFERS,
    PERSON_CATEGORY,
    PHONE,
    SHARED_CODES,
    Codes,
    address_hashes,
    record_starts,
    table_keys,
)
from .subject_compatible import join_compatible, key_mask
from .subject_graph import PeopleGraph, StringHasher, combine
from .subject_group_keys import GroupSummary
from .subject_groups import GroupCollector
from .subject_homes import guardian_keys, home_keys, household_members
from .subject_initials import MAILBOXES_MOST, join_initials, may_spell, table_mailboxes
from .subject_landlines import LandlineOwners
from .subject_names import kanji_name, people_apart
from .subject_namesakes import Namesakes, first_kept, table_idents
from .subject_places import RECORD_IN_LIST
from .subject_readings import join_readings
from .subject_rows import RowReferences

if TYPE_CHECKING:
    from .finding_table import FindingTable
    from .row_keys import RowKeys

EMAIL = PERSON_CATEGORY.index("email_address")
ADDRESS = PERSON_CATEGORY.index("address")


class SubjectLinker:
    """Feed findings in scan order (``add``), group summaries (``absorb``) or whole table rows
    (``absorb_table``) in any mix; read ``count()``.

    Every path ends in one ``PeopleGraph`` (identifier keys hashed in this process, so a phone
    in a CSV and the same phone in a mail are one node) and one ``Namesakes`` store; a group's
    namesake priority is the hash of where it is, so the namesakes kept are the same whatever
    path a group took and whenever it came.
    """

    def __init__(self) -> None:
        self._hashes = StringHasher()
        self._kernel = self._hashes.kernel
        self._graph = PeopleGraph(self._kernel)
        self._namesakes = Namesakes(self._hashes.connection)
        self._landlines = LandlineOwners()
        self._collector = GroupCollector(self.absorb)
        self.add = self._collector.add  # once per finding of a scan: no call in between
        self._pending = _Pending()  # absorbed, not yet in the graph
        self._singletons = 0  # people no key or namesake can ever join
        self._business_mail = BusinessMail()
        self._codes: Codes | None = None
        self._deceased: list[np.ndarray] = []  # nodes of people who died (``deceased``)
        self._mailboxes: list[tuple[int, str]] = []  # (``subject_initials``)
        self._rows = RowReferences(self._hashes)  # database rows pointing at rows

    @property
    def nbytes(self) -> int:
        """Memory held for the count (key table, union-find, namesake entries)."""
        return self._graph.nbytes + self._namesakes.nbytes + self._landlines.nbytes

    def add(self, finding: Finding) -> None:  # (bound to the collector's in __init__)
        self._collector.add(finding)

    def row_keys(self, keys: RowKeys) -> None:
        """A database's rows' own keys and the rows they point at, before their findings."""
        self._rows.add(keys)

    def business_mail(self, address: str) -> None:
        """A mail header gave ``address`` under a business's name: alone, it is no one."""
        self._business_mail.addresses.add(address)

    def absorb(self, group: GroupSummary) -> None:
        """One closed group (from the collector here or from a worker process)."""
        if self._business_mail.waits(group):
            return
        self._absorb(group)

    def _absorb(self, group: GroupSummary) -> None:
        deceased = group.at.endswith(DECEASED)
        if not group.keys and not (group.named and group.name_keys) \
                and not (self._rows.active and self._rows.waits(group.at)):
            if not deceased:
                self._singletons += 1  # nothing can ever join it
            return
        pending = self._pending
        i = len(pending.at)
        if deceased:
            pending.deceased.append(i)
        if not group.named:  # (a mailbox alone may spell its owner: nakajima.h@)
            pending.mailboxes += ((i, key[1]) for key in group.keys
                                  if key[0] == "email_address" and may_spell(key[1]))
        pending.at.append(group.at)
        pending.thin.append(group.thin)
        if self._rows.active and self._rows.keyed(group.at):
            pending.rows.append((i, group.named))
        pending.mask.append(key_mask(group.keys))
        pending.source.append(group.source)
        first, second = pending.first, pending.second
        for key in group.keys:
            if len(key) > 2:
                if key[0] == "name+phone":
                    pending.landlines.append(len(pending.third))
                pending.triple.append(len(first))
                pending.third.append(key[2])
            first.append(key[0])
            second.append(key[1])
        pending.owner.extend([i] * len(group.keys))
        if group.name_keys:
            pending.name_owner.extend([i] * len(group.name_keys))
            pending.names.extend(group.name_keys)
        if i + 1 >= _PENDING:
            self._settle()

    def absorb_table(self, table: FindingTable) -> None:
        """Whole table rows at once: the same count as adding the findings one by one.

        One group per run of one record. The first and last group go through the collector
        (the first closes the file's open group, the last stays open as it would), the groups
        between are linked in bulk. A finding with a null value (not made by the scan)
        identifies no one and is left out.
        """
        data = table.table
        rows, code = self._person_rows(data)
        if rows.size == 0:
            return
        values, records = data.column("value"), data.column("record")
        starts = np.append(self._record_starts(records, rows), rows.size)
        members = household_members(records, rows, starts)
        # a row and its household members' records (``#row5/保護者``) are not cut apart
        runs = np.flatnonzero(~members)
        path, first_end = table.path, starts[runs[1]] if runs.size > 1 else rows.size
        if self._rows.active:  # (the collector closes these two after later batches' keys)
            self._rows.hold(records.take(rows[[0, starts[runs[-1]]]]).to_pylist())
        self._feed(path, code[:first_end], values, records, rows[:first_end])
        if runs.size == 1:
            return
        self._collector.close(path)
        if runs.size > 2:
            low, high = runs[1], runs[-1]
            middle = slice(starts[low], starts[high])
            self._absorb_groups(code[middle], values, records, rows[middle],
                                starts[low:high + 1] - starts[low], members[low:high])
        self._feed(path, code[starts[runs[-1]]:], values, records, rows[starts[runs[-1]]:])

    def _person_rows(self, data: pa.Table) -> tuple[np.ndarray, np.ndarray]:
        """The findings that count (personal, of a person's category, with a value, not a
        desk's: ``shared_identifiers``, not a company's: ``subject_businesses``, not an address
        without its city: ``town_block_address``) and their codes (index in
        ``PERSON_CATEGORY``; a landline's ``LANDLINE``)."""
        rows, code = self._categorized_rows(data)
        keep = None
        for category, category_code in SHARED_CODES:
            at = np.flatnonzero(code == category_code)
            if at.size:
                shared = shared_at(category, data.column("value"), rows[at])
                if shared.any():
                    keep = np.ones(rows.size, bool) if keep is None else keep
                    keep[at[shared]] = False
        business = business_rows(data, rows, code == PERSON_CATEGORY.index("person_name"))
        if business is not None:
            keep = ~business if keep is None else keep & ~business
        detectors = data.column("detector")
        if pc.any(pc.equal(detectors, TOWN_BLOCK)).as_py():  # (most tables hold none: one pass)
            at = np.flatnonzero(code == ADDRESS)
            town = pc.equal(detectors.take(rows[at]), TOWN_BLOCK).to_numpy(zero_copy_only=False)
            keep = np.ones(rows.size, bool) if keep is None else keep
            keep[at[town]] = False
        if keep is not None:
            rows, code = rows[keep], code[keep]
        phones = np.flatnonzero(code == PHONE)
        if phones.size:
            code[phones[landline_at(data.column("value"), rows[phones])]] = LANDLINE
        return rows, code

    def _categorized_rows(self, data: pa.Table) -> tuple[np.ndarray, np.ndarray]:
        category = data.column("category")
        personal = pc.fill_null(data.column("personal"), False).to_numpy(zero_copy_only=False)
        if not personal.all():  # (a company's contact in its row tells its staff apart,
            # in a row that holds something personal but a surname alone: else the row is the
            # company's, no one)
            company = pc.fill_null(pc.ends_with(data.column("detector"), AT_COMPANY), False)
            if pc.any(company).as_py():
                if "record" in data.column_names:
                    records = data.column("record")
                    own = personal & ~surnames_alone(data)
                    company = pc.and_(company, pc.fill_null(pc.is_in(records, value_set=pc.unique(
                        records.filter(pa.array(own)))), False))
                personal = personal | company.to_numpy(zero_copy_only=False)
        valid = pc.is_valid(data.column("value")).to_numpy(zero_copy_only=False)
        if self._kernel is None or category.null_count:
            code = pc.fill_null(pc.index_in(category, value_set=PERSON_ARRAY), -1).to_numpy()
            rows = np.flatnonzero(personal & valid & (code >= 0))
            return rows, code[rows].astype(np.int8)
        rows, code = np.empty(len(category), np.int64), np.empty(len(category), np.int8)
        found = self._kernel.person_rows(*string_buffers(category), *PERSON_BUFFERS, personal,
                                         valid, rows, code)
        return rows[:found], code[:found]

    def _record_starts(self, records: pa.ChunkedArray, rows: np.ndarray) -> np.ndarray:
        """Where a new group starts among ``rows``: a record other than the previous kept
        row's (null records, which the table path never makes, are left to Arrow)."""
        if self._kernel is None or records.null_count:
            return record_starts(records, rows)
        out = np.empty(rows.size, np.int64)
        return out[: self._kernel.record_starts(rows, *string_buffers(records), out)]

    def _feed(self, path: str, code: np.ndarray, values: pa.ChunkedArray,
              records: pa.ChunkedArray, rows: np.ndarray) -> None:
        for c, value, record in zip(code, values.take(rows).to_pylist(),
                                    records.take(rows).to_pylist(), strict=True):
            self._collector.add(Finding(CATEGORY_OF_CODE[c], value, path, {}, 1.0, "", record))

    def _absorb_groups(self, code: np.ndarray, values: pa.ChunkedArray,
                       records: pa.ChunkedArray, rows: np.ndarray, starts: np.ndarray,
                       members: np.ndarray) -> None:
        """Groups of table rows: finding ``rows[i]`` (category ``code[i]``) is in group ``g``
        when ``starts[g] <= i < starts[g + 1]`` (groups 0, 1, ... in row order); ``members``:
        the groups that are a household member's of the row before (``household_members``)."""
        codes = self._codes = self._codes or Codes(self._hashes)
        n = starts.size - 1
        hashes = address_hashes(codes, code, values, rows, self._hashes)
        if self._kernel is None:
            group = np.repeat(np.arange(n), np.diff(starts))
            key_groups, keys, flags = table_keys(codes, code, values, rows, group, hashes,
                                                 self._hashes)
        else:
            flags = np.empty(n, np.uint8)
            keys, key_groups = self._kernel.table_keys(
                code, rows, starts, *string_buffers(values), codes.roles,
                codes.hash, codes.pairs, hashes, flags)
            keys, key_groups = np.frombuffer(keys, np.uint64), np.frombuffer(key_groups, np.int64)
        paid = paid_alone(codes, code, starts, flags)
        if paid.size:  # a name with only an account is a name alone all the same
            groups, alone, _, _ = name_alone_keys(codes, self._hashes, paid, code, values, rows,
                                                  starts)
            keys, key_groups = np.append(keys, alone), np.append(key_groups, paid[groups])
        home = home_keys(codes, code, starts, hashes, members) if members.any() else None
        if home is not None:  # (a member that pairs with its home is not thin)
            keys, key_groups = np.append(keys, home.keys), np.append(key_groups, home.groups)
            flags[home.groups] &= ~np.uint8(GROUP_THIN)
            ward, wards = guardian_keys(codes, code, starts, hashes, members, records, values,
                                        rows)
            keys, key_groups = np.append(keys, wards), np.append(key_groups, ward)
        node = self._graph.link_keys(key_groups, keys, n)
        group_records = records.take(rows[starts[:-1]])
        self._own_landlines(codes, code, starts, hashes, node)
        if home is not None:  # the members own the home's landline with the row
            self._landlines.add(combine(codes.hash[code[home.lines]], hashes[home.lines]),
                                node[home.sharers])
        named = (flags & GROUP_NAMED).astype(bool)
        lone = np.flatnonzero((node < 0) & named)
        if lone.size:
            named_only = np.logical_and.reduceat(code == codes.name, starts[:-1])[lone]
            staff = pc.ends_with(group_records.take(pa.array(lone)), STAFF).to_numpy(
                zero_copy_only=False)
            node[lone] = names_alone(self._graph, codes, self._hashes, lone,
                                     named_only & ~staff, named_only & staff, code, values,
                                     rows, starts)
        self._mailboxes += table_mailboxes(np.flatnonzero(code == EMAIL), values, rows, starts,
                                           node, named, MAILBOXES_MOST - len(self._mailboxes))
        group_hash = self._hashes(group_records)
        if self._rows.active:  # a row pointing at a person's row is someone, with no key of its own
            waiting = np.flatnonzero((node < 0) & ~named & self._rows.pointing(group_hash))
            node[waiting] = self._graph.fresh_nodes(waiting.size)
            self._rows.seen(group_hash, node, named)
        deceased = pc.ends_with(group_records, DECEASED).to_numpy(zero_copy_only=False)
        self._singletons += int(np.count_nonzero((node < 0) & ~named & ~deceased))
        if deceased.any():
            self._deceased.append(node[deceased & (node >= 0)])
        readable = np.flatnonzero(code == codes.name)  # every name may be a namesake
        owner = np.searchsorted(starts, readable, "right") - 1
        someone = node[owner] >= 0  # (not a surname alone)
        readable, owner = readable[someone], owner[someone]
        names = values.take(rows[readable])
        ident = table_idents(names, hashes[readable], self._hashes)
        thin = (flags[owner] & GROUP_THIN).astype(bool)
        priority = group_hash[owner]  # (a group's record)
        kept = first_kept(ident, priority, thin)
        owner, names, ident = owner[kept], names.filter(pa.array(kept)), ident[kept]
        held = np.bitwise_or.reduceat(codes.bits[code], starts[:-1]) if n else codes.bits[:0]
        self._namesakes.add(priority[kept], names, ident,
                            node[owner], thin[kept], raw=True,
                            mask=held[owner],
                            source=self._hashes(pc.replace_substring_regex(
                                group_records, RECORD_IN_LIST, "", max_replacements=1))[owner])

    def _own_landlines(self, codes: Codes, code: np.ndarray, starts: np.ndarray,
                       hashes: np.ndarray, node: np.ndarray) -> None:
        """Keep the landlines of the named table groups, with their nodes."""
        lines = np.flatnonzero(code == codes.landline)
        if lines.size == 0:
            return
        group = np.searchsorted(starts, lines, "right") - 1
        named = np.isin(group, np.searchsorted(starts, np.flatnonzero(code == codes.name),
                                               "right") - 1)
        self._landlines.add(combine(codes.hash[code[lines[named]]], hashes[lines[named]]),
                            node[group[named]])

    def _settle(self) -> None:
        """Put the pending summaries into the graph (their strings hashed in one batch)."""
        pending, self._pending = self._pending, _Pending()
        if not pending.at:
            return
        node = np.full(len(pending.at), -1, np.int64)
        if pending.owner:
            owner = np.array(pending.owner)
            hashed = combine(self._strings(pending.first), self._strings(pending.second))
            triple = np.array(pending.triple, np.int64)
            third = self._strings(pending.third)
            hashed[triple] = combine(hashed[triple], third)
            node = self._graph.link_keys(owner, hashed, len(pending.at))
            if pending.landlines:
                at = np.array(pending.landlines, np.int64)
                self._landlines.add(combine(self._phone_hash(at.size), third[at]),
                                    node[owner[triple[at]]])
        lone = np.flatnonzero(node < 0)
        node[lone] = self._graph.fresh_nodes(lone.size)
        if pending.rows:
            at, named = np.array(pending.rows, np.int64).T
            self._rows.seen(self._strings([pending.at[i] for i in at]), node[at],
                            named.astype(bool), np.ones(at.size, bool))
        if pending.deceased:
            self._deceased.append(node[pending.deceased])
        self._mailboxes += [(int(node[i]), address) for i, address in pending.mailboxes][
            :max(MAILBOXES_MOST - len(self._mailboxes), 0)]
        if pending.names:
            owner = np.array(pending.name_owner)
            text = pa.array(pending.names, pa.string())
            self._namesakes.add(self._strings(pending.at)[owner], text, self._hashes(text),
                                node[owner], np.array(pending.thin)[owner], raw=False,
                                mask=np.array(pending.mask, np.uint16)[owner],
                                source=self._strings(pending.source)[owner])

    def _strings(self, strings: list[str]) -> np.ndarray:
        return self._hashes(pa.array(strings, pa.string()))

    def _phone_hash(self, size: int) -> np.ndarray:
        """The hash of the category of the key a phone number links by, ``size`` times."""
        codes = self._codes = self._codes or Codes(self._hashes)
        return np.full(size, codes.hash[PHONE], np.uint64)

    def count(self) -> int:
        """Distinct people so far (closes the open groups)."""
        self._collector.flush()
        for group in self._business_mail.people():
            self._absorb(group)
        self._settle()
        self._landlines.link(self._graph)
        self._rows.link(self._graph)
        several = self._link_namesakes()
        join_compatible(self._graph, self._namesakes.shared())
        join_readings(self._graph, self._namesakes.entries())
        several += self._link_namesakes(guess=True)
        join_initials(self._graph, self._mailboxes, self._namesakes.entries())
        return self._singletons + self._graph.roots + people_apart(
            self._graph, self._namesakes.entries()) - self._one_of_several(several) \
            - self._people_who_died()

    def _people_who_died(self) -> int:
        """The people a record that says its person died links to: one each, however many
        names they hold (a 届出人 written in the deceased's row is still someone)."""
        nodes = np.concatenate([np.empty(0, np.int64), *self._deceased]).astype(np.int64)
        return int(np.unique(self._graph.find(nodes)).size) if nodes.size else 0

    def _link_namesakes(self, guess: bool = False) -> list[int]:
        """Join thin records to the single substantial person whose name reads the same
        (``guess``: or as SudachiDict reads a kanji name, once people of one kanji name
        are joined); returns the thin records whose name several people write."""
        graph = self._graph
        only = None
        if guess:  # (only the thin records still alone, and the substantial ones)
            entries = self._namesakes.entries()
            roots, thin = graph.find(entries["node"].astype(np.int64)), entries["thin"]
            only = ~thin | ~np.isin(roots, roots[~thin])
            if not (thin & only).any():
                return []
        several = []
        for nodes, thins, texts in self._namesakes.kept(guess, only):
            substantial = {graph.root(node) for node, thin in zip(nodes, thins, strict=True)
                           if not thin}
            if not substantial:  # (guessing: thin records alone, no one substantial)
                self._join_reading_pair(nodes, texts)
                continue
            if len(substantial) > 1:
                several += (node for node, thin in zip(nodes, thins, strict=True) if thin)
                continue
            (target,) = substantial
            for node, thin in zip(nodes, thins, strict=True):
                if thin:
                    graph.union(target, node)
        return several

    def _join_reading_pair(self, nodes: list[int], texts: list[str]) -> None:
        """Two people of one reading, each a name and nothing substantial: one kanji name whose
        given name SudachiDict reads one way, one kana or Latin (a care list's 田中健一, a
        refund file's payee ﾀﾅｶ ｹﾝｲﾁ) are one person; more, or two kanji names, may be two."""
        graph = self._graph
        names: dict[int, set[str]] = {}
        for node, text in zip(nodes, texts, strict=True):
            names.setdefault(graph.root(node), set()).add(text)
        written = {root: [name for name in map(kanji_name, held) if name]
                   for root, held in names.items()}
        kanji = [root for root, held in written.items() if held]
        if len(names) != 2 or len(kanji) != 1 \
                or not all(map(one_given_reading, written[kanji[0]])):
            return
        graph.union(*names)

    def _one_of_several(self, several: list[int]) -> int:
        """The people still alone who are only a name several people write (a gift list's
        「山田 太郎」 beside two customers of that name): each is one of those (which one, no
        one can tell), more likely than one more person."""
        if not several:
            return 0
        entries = self._namesakes.entries()
        settled = self._graph.find(entries["node"][~entries["thin"]].astype(np.int64))
        roots = np.unique(self._graph.find(np.array(several, np.int64)))
        return int(np.count_nonzero(~np.isin(roots, settled)))


_PENDING = 1 << 12  # summaries settled in one batch


class _Pending:
    """Absorbed summaries waiting for the graph, as flat lists of strings and numbers.

    Not the summaries themselves: thousands of held tuples kept the garbage collector
    rescanning them (``add`` was 25 % slower than the old linker); strings it does not track.
    """

    def __init__(self) -> None:
        self.at: list[str] = []  # per summary: where it is, thin, kinds of keys held
        self.thin: list[bool] = []
        self.rows: list[tuple[int, bool]] = []  # database rows with keys: summary, named
        self.mask: list[int] = []
        self.source: list[str] = []  # per summary: its file
        self.owner: list[int] = []  # per key: its summary, its parts
        self.first: list[str] = []
        self.second: list[str] = []
        self.triple: list[int] = []  # the keys with a third part, and that part
        self.third: list[str] = []
        self.name_owner: list[int] = []  # per romanized name key: its summary, the key
        self.landlines: list[int] = []  # which of ``third`` are landlines held with a name
        self.deceased: list[int] = []  # the summaries of people who died
        self.mailboxes: list[tuple[int, str]] = []  # summaries of a mailbox alone, its address
        self.names: list[str] = []
