"""本人の数 from whole tables (``absorb_table``) equals the count of the same findings one by one.

The oracle is the linker as it was before the table path (Python hash of each key tuple, a dict
union-find, namesake lists per romanized key), fed every finding through ``GroupCollector``.
"""

from __future__ import annotations

import random

import pyarrow as pa
import pytest
from faker import Faker
from subject_paths import linker_path  # noqa: F401  (every test on both paths)

from leakscope.pii.finding import Finding
from leakscope.pii.finding_table import SCHEMA, FindingTable
from leakscope.pii.name_lexicon import is_full_name, readings_of
from leakscope.pii.normalize import is_kanji
from leakscope.pii.romaji import name_keys
from leakscope.pii.subject_compatible import TELLING, compatible, key_mask
from leakscope.pii.subject_graph import StringHasher
from leakscope.pii.subject_names import kanji_name, people_named
from leakscope.pii.subject_namesakes import KEPT, THIN_KEPT
from leakscope.pii.subject_readings import full_reading
from leakscope.pii.subjects import GroupCollector, GroupSummary, SubjectLinker

_PRIORITY = StringHasher()


def _kept(entries: list[tuple]) -> list[tuple]:
    """A name's entries (node, thin, mask, source, where) kept: the first substantial and
    thin ones by the hash of where each group is, whenever it came."""
    priority = dict(zip(entries, _PRIORITY(pa.array([e[4] for e in entries])).tolist(),
                        strict=True))
    ranked = sorted(entries, key=priority.__getitem__)
    thin = [e for e in ranked if e[1]][:THIN_KEPT]
    substantial = [e for e in ranked if not e[1]][:KEPT]
    return [e for e in entries if e in thin or e in substantial]


class OracleLinker:
    """The one-by-one linker (before the table path), kept here as the reference."""

    def __init__(self) -> None:
        self._parent: dict[int, int] = {}
        self._singletons = 0
        self._collector = GroupCollector(self.absorb)
        self._namesakes: dict[str, list[tuple[int, bool]]] = {}
        self._next_node = -1
        self._landlines: dict[tuple, set[int]] = {}  # a phone's key: nodes named beside it

    def add(self, finding: Finding) -> None:
        self._collector.add(finding)

    def count(self) -> int:
        self._collector.flush()
        for key, owners in self._landlines.items():  # a number without a name: its owner
            roots = {self._find(node) for node in owners}
            if len(roots) == 1 and hash(key) in self._parent:
                self._union(roots.pop(), hash(key))
        several = self._join_thin(self._namesakes)
        for key, entries in self._namesakes.items():  # subject_compatible, as written there
            if not is_full_name(key):
                continue
            people: dict[int, tuple[int, set]] = {}
            for node, _, mask, source, _ in _kept(entries):
                kinds, files = people.get(self._find(node), (0, set()))
                people[self._find(node)] = (kinds | mask, files | {source})
            holding = [held for held in people.values() if held[0]]
            asked = holding if len(holding) > 1 else list(people.values())
            if len(people) > 1 and not any(a[0] & b[0] & TELLING or a[1] & b[1]
                                           for i, a in enumerate(asked)
                                           for b in asked[i + 1:]):
                first, *others = people
                for other in others:
                    self._union(first, other)
            elif len(people) > 1:  # told apart: who holds nothing telling is one of them
                told = [(root, held) for root, held in people.items() if held[0] & TELLING]
                for root, held in people.items() if len(told) > 1 else ():
                    same = sorted((bin(held[0] & theirs[0]).count("1"), i, other)
                                  for i, (other, theirs) in enumerate(told)
                                  if not held[0] & TELLING and not held[1] & theirs[1])
                    if same:
                        self._union(same[0][2], root)
        self._join_readings()
        several += self._join_thin(self._guessed())
        settled = {self._find(node) for entries in self._namesakes.values()
                   for node, thin, *_ in entries if not thin}
        alone = {self._find(node) for node in several} - settled  # one of several people
        names: dict[int, list[str]] = {}  # subject_names: per person, the names held
        for key, entries in self._namesakes.items():
            for node, *_ in _kept(entries):
                names.setdefault(self._find(node), []).append(key)
        return self._singletons + len({self._find(k) for k in self._parent}) + sum(
            people_named(held) - 1 for held in names.values()) - len(alone)

    def _join_readings(self) -> None:
        """subject_readings, as written there: the people of one reading are one when
        nothing tells them apart and at most one has a kanji name."""
        kanji = {self._find(node) for key, entries in self._namesakes.items()
                 if kanji_name(key) for node, *_ in _kept(entries)}
        for key, entries in self._namesakes.items():
            if is_kanji(key[:1]) or not full_reading(key):
                continue
            people: dict[int, tuple[int, set]] = {}
            for node, _, mask, source, _ in _kept(entries):
                kinds, files = people.get(self._find(node), (0, set()))
                people[self._find(node)] = (kinds | mask, files | {source})
            named = [root for root in people if self._find(root) in kanji]
            if len(people) > 1 and len(named) <= 1 and compatible(list(people.values())):
                first, *others = people
                for other in others:
                    self._union(first, other)
                if named:
                    kanji.add(self._find(first))

    def _join_thin(self, namesakes: dict[str, list[tuple]]) -> list[int]:
        several = []
        for entries in namesakes.values():
            kept = _kept(entries)
            substantial = {self._find(node) for node, thin, *_ in kept if not thin}
            if len(substantial) > 1:
                several += (node for node, thin, *_ in kept if thin)
            elif substantial:
                (target,) = substantial
                for node, thin, *_ in kept:
                    if thin:
                        self._union(target, node)
        return several

    def _guessed(self) -> dict[str, list[tuple]]:
        """The namesakes with each kanji name also under SudachiDict's reading of it, and
        without the thin records a substantial person already has."""
        settled = {self._find(node) for entries in self._namesakes.values()
                   for node, thin, *_ in _kept(entries) if not thin}
        guessed = {key: [e for e in entries if not e[1] or self._find(e[0]) not in settled]
                   for key, entries in self._namesakes.items()}
        for key in self._namesakes:
            readings = readings_of(key) if is_kanji(key[0]) else ()
            for read in (k for reading in readings for k in name_keys(reading)):
                guessed.setdefault(read, []).extend(e for e in guessed[key]
                                                    if e not in guessed[read])
        return guessed

    def absorb(self, group: GroupSummary) -> None:
        if not group.keys and not group.named:
            self._singletons += 1
            return
        ids = [hash(k) for k in group.keys]
        if not ids:
            ids, self._next_node = [self._next_node], self._next_node - 1
        for other in ids[1:]:
            self._union(ids[0], other)
        self._find(ids[0])
        for key in group.keys:
            if key[0] == "name+phone":
                self._landlines.setdefault(("phone_number", key[2]), set()).add(ids[0])
        for key in group.name_keys:
            self._namesakes.setdefault(key, []).append(
                (ids[0], group.thin, key_mask(group.keys), group.source, group.at))

    def _find(self, x: int) -> int:
        root = self._parent.setdefault(x, x)
        while self._parent[root] != root:
            root = self._parent[root]
        return root

    def _union(self, a: int, b: int) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[rb] = ra


class World:
    """People with shared identifiers, few distinct readings (namesakes), and files of them."""

    def __init__(self, seed: int, people: int = 60) -> None:
        self.rng = random.Random(seed)
        fake = Faker("ja_JP")
        fake.seed_instance(seed)
        surnames = [fake.last_kana_name() for _ in range(4)]
        given = [fake.first_kana_name() for _ in range(4)]
        self.people = []
        for _ in range(people):
            kana = f"{self.rng.choice(surnames)} {self.rng.choice(given)}"
            self.people.append({
                "person_name": fake.name(), "kana": kana,
                "latin": (name_keys(kana) or ("x",))[0].capitalize(),
                # (its mailbox spells no name: ``subject_initials`` is no rule of the oracle's)
                "email_address": "0" + fake.email(),  # digits, as the scan normalizes them:
                "phone_number": fake.phone_number().replace("-", ""),  # landlines among them
                "date_of_birth": str(fake.date_of_birth()), "address": fake.address(),
                "credit_card_number": fake.credit_card_number(),
                "bank_account": str(self.rng.randrange(10**6, 10**7)),
            })

    def customer_row(self) -> list[tuple[str, str, bool]]:
        """(category, value, personal) cells of one customer row, some cells missing."""
        p, rng = self.rng.choice(self.people), self.rng
        kind = rng.random()
        if kind < 0.08:  # nothing personal
            return [("ip_address", f"203.0.113.{rng.randrange(255)}", True),
                    ("corporate_number", "7000012050002", False)]
        if kind < 0.14:  # corporate contact: the number is not personal data
            return [("corporate_number", "7000012050002", False), ("email_address",
                    p["email_address"], False)]
        if kind < 0.30:  # a thin card row with a romanized name (or a name alone)
            cells = [("person_name", rng.choice([p["latin"], p["kana"], p["person_name"]]),
                      True)]
            if rng.random() < 0.7:
                cells.append(("credit_card_number", p["credit_card_number"], True))
            return cells
        cells = []
        for category in ("person_name", "kana", "email_address", "phone_number",
                         "date_of_birth", "address", "bank_account"):
            if rng.random() < 0.6:
                cells.append(("person_name" if category == "kana" else category, p[category],
                              True))
        if rng.random() < 0.2:
            cells.append(("ip_address", "198.51.100.7", True))
        return cells

    def table_findings(self, path: str, rows: int, first_row: int = 1) -> list[Finding]:
        findings = []
        for row in range(first_row, first_row + rows):
            for column, (category, value, personal) in enumerate(self.customer_row()):
                findings.append(Finding(category, value, path, {"row": row, "field": f"c{column}"},
                                        0.9, "t", f"{path}#{row}", personal))
        return findings

    def mail_findings(self, path: str) -> list[Finding]:
        """Free text: a few people per mail, cut into groups by names, places and gaps."""
        findings, line = [], 1
        for _ in range(self.rng.randrange(1, 4)):
            p = self.rng.choice(self.people)
            for category in ("person_name", "phone_number", "email_address", "address"):
                if self.rng.random() < 0.7:
                    value = p["kana"] if category == "person_name" and self.rng.random() < 0.5 \
                        else p[category]
                    findings.append(Finding(category, value, path, {"line": line}, 0.9, "t"))
                line += self.rng.choice((1, 2, 50))
        return findings


def blocks(findings: list[Finding], rng: random.Random) -> list[list[Finding]]:
    """Cut a file's findings into whole-row blocks of random size (1 row and up)."""
    out, current, last_row = [], [], None
    for f in findings:
        row = f.location["row"]
        if current and row != last_row and rng.random() < 0.3:
            out.append(current)
            current = []
        current.append(f)
        last_row = row
    return [*out, current] if current else out


def run_both(seed: int, steps: int = 30) -> tuple[list[int], list[int]]:
    """A random mix of tables, single findings and worker summaries, counted at random points."""
    world, rng = World(seed), random.Random(seed + 1)
    linker, oracle = SubjectLinker(), OracleLinker()
    counts, expected = [], []
    for step in range(steps):
        kind = rng.random()
        if kind < 0.5:  # a table file, in blocks of whole rows
            path = f"customers{rng.randrange(4)}.csv"
            findings = world.table_findings(path, rng.randrange(1, 40), step * 100)
            for block in blocks(findings, rng):
                linker.absorb_table(FindingTable.from_findings(path, block))
                for f in block:
                    oracle.add(f)
        elif kind < 0.75:  # a mail, finding by finding
            for f in world.mail_findings(f"mail{rng.randrange(3)}.eml"):
                linker.add(f)
                oracle.add(f)
        else:  # a file a worker grouped: summaries absorbed by the parent
            summaries: list[GroupSummary] = []
            collector = GroupCollector(summaries.append)
            path = f"worker{step}.csv" if rng.random() < 0.5 else f"worker{step}.txt"
            findings = world.table_findings(path, rng.randrange(1, 20)) if path.endswith(
                ".csv") else world.mail_findings(path)
            for f in findings:
                collector.add(f)
            collector.flush()
            for summary in summaries:
                linker.absorb(summary)
                oracle.absorb(summary)
        if rng.random() < 0.15:
            counts.append(linker.count())
            expected.append(oracle.count())
    counts.append(linker.count())
    expected.append(oracle.count())
    return counts, expected


@pytest.mark.parametrize("seed", range(24))
def test_tables_in_any_mix_count_the_same_people_as_findings_one_by_one(seed):
    counts, expected = run_both(seed)
    assert counts == expected


def test_every_thin_namesake_joins_the_one_substantial_person_wherever_it_is():
    """A card holder and six customers read イノウエ ソウタロウ, one of them substantial (an
    e-mail): every thin one joins that one, wherever it is among them (when only the first
    four groups of a reading were kept, the thin ones past them stayed apart); with a second
    substantial one (another e-mail), each thin one is one of the two (whose, no one can
    tell), not a third."""
    def row(path, r, **cells):
        return [Finding(c, v, path, {"row": r, "field": c}, 0.9, "t", f"{path}#{r}")
                for c, v in cells.items()]

    for substantial in (*({r} for r in range(6)), {0, 5}):
        rows = []
        for r in range(6):
            if r in substantial:
                rows += row("c.csv", r, person_name="イノウエ ソウタロウ",
                            email_address=f"i{r}@x.jp")
            else:
                rows += row("c.csv", r, person_name="イノウエ ソウタロウ")
        card = row("cards.csv", 1, person_name="SotaroInoue",
                   credit_card_number="4111111111111111")
        linker, oracle = SubjectLinker(), OracleLinker()
        linker.absorb_table(FindingTable.from_findings("cards.csv", card))
        for f in card:
            oracle.add(f)
        assert linker.count() == oracle.count() == 1  # closes the card's group: absorbed first
        linker.absorb_table(FindingTable.from_findings("c.csv", rows))
        for f in rows:
            oracle.add(f)
        assert linker.count() == oracle.count() == len(substantial)


def test_a_phone_in_a_table_and_in_a_mail_is_one_person():
    linker = SubjectLinker()
    linker.absorb_table(FindingTable.from_findings("a.csv", [
        Finding("person_name", name, "a.csv", {"row": r, "field": "n"}, 0.9, "t", f"a#{r}")
        for r, name in enumerate(("山田太郎", "佐藤花子", "鈴木一郎"))
    ] + [Finding("phone_number", "09012345678", "a.csv", {"row": 2, "field": "p"}, 0.9, "t",
                 "a#2")]))
    linker.add(Finding("phone_number", "09012345678", "m.eml", {"line": 1}, 0.9, "t"))
    linker.add(Finding("email_address", "t@x.jp", "m.eml", {"line": 2}, 0.9, "t"))
    summaries: list[GroupSummary] = []
    worker = GroupCollector(summaries.append)
    worker.add(Finding("email_address", "t@x.jp", "w.txt", {"line": 1}, 0.9, "t"))
    worker.flush()
    linker.absorb(summaries[0])
    # rows 0 and 1 are name-only (two people); row 2 = the mail's phone = the worker's e-mail
    assert linker.count() == 3


def test_tables_with_nothing_personal_count_no_one():
    linker = SubjectLinker()
    linker.absorb_table(FindingTable("x.csv", SCHEMA.empty_table()))
    linker.absorb_table(FindingTable("x.csv", pa.table({
        "category": ["corporate_number", "ip_address"], "value": ["7000012050002", "1.2.3.4"],
        "row": [1, 2], "field": ["a", "b"], "confidence": [0.9, 0.9], "detector": ["t", "t"],
        "record": ["x#1", "x#2"], "personal": [False, True]}, schema=SCHEMA)))
    assert linker.count() == 0


def _cell(path, record, category, value, personal=True):
    return Finding(category, value, path, {"row": record, "field": category}, 0.9, "t",
                   f"{path}#{record}", personal)


def test_a_table_continues_the_record_a_single_finding_opened():
    """A finding added alone and a table starting with the same record: one group."""
    opened = _cell("t.csv", 1, "person_name", "ヤマダ タロウ")
    rows = [_cell("t.csv", 1, "date_of_birth", "1980-01-01"),
            _cell("t.csv", 2, "person_name", "ヤマダ タロウ"),
            _cell("t.csv", 2, "date_of_birth", "1980-01-01"),
            _cell("t.csv", 3, "person_name", "SUZUKITARO"),  # (SUZUKI alone: a surname, no one)
            _cell("t.csv", 4, "bank_account", "1")]
    linker, oracle = SubjectLinker(), OracleLinker()
    linker.add(opened)
    linker.absorb_table(FindingTable.from_findings("t.csv", rows))
    for f in [opened, *rows]:
        oracle.add(f)
    assert linker.count() == oracle.count() == 3  # rows 1+2 (name + dob), 3, 4


def test_rows_of_one_record_split_by_findings_that_do_not_count_stay_one_group():
    rows = [_cell("s.csv", 1, "email_address", "a@x.jp"),
            _cell("s.csv", 2, "corporate_number", "7000012050002", personal=False),
            _cell("s.csv", 1, "phone_number", "0312345678"),
            _cell("s.csv", 3, "phone_number", "0312345678"),
            _cell("s.csv", 4, "email_address", "b@x.jp"), _cell("s.csv", 5, "iban", "DE00")]
    linker, oracle = SubjectLinker(), OracleLinker()
    linker.absorb_table(FindingTable.from_findings("s.csv", rows))
    for f in rows:
        oracle.add(f)
    assert linker.count() == oracle.count() == 3


def _summaries(findings: list[Finding]) -> list[GroupSummary]:
    """What a worker process sends: its file's findings grouped into summaries."""
    out: list[GroupSummary] = []
    collector = GroupCollector(out.append)
    for f in findings:
        collector.add(f)
    collector.flush()
    return out


def test_summaries_from_worker_processes_meet_tables_in_the_parent():
    """Keys are hashed in the parent: str hashes differ between processes."""
    import multiprocessing

    world = World(99)
    files = [world.table_findings(f"w{i}.csv", 30) for i in range(4)]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        summaries = pool.map(_summaries, files)
    table = world.table_findings("main.csv", 60)
    linker, oracle = SubjectLinker(), OracleLinker()
    linker.absorb_table(FindingTable.from_findings("main.csv", table))
    for f in table:
        oracle.add(f)
    for part in summaries:
        for summary in part:
            linker.absorb(summary)
            oracle.absorb(summary)
    assert linker.count() == oracle.count()


def test_a_table_with_null_values_counts_the_findings_that_have_one():
    table = pa.table({
        "category": ["person_name", "email_address", "person_name", "phone_number"],
        "value": ["ヤマダ タロウ", None, None, "0312345678"], "row": [1, 1, 2, 3],
        "field": ["n", "e", "n", "p"], "confidence": [0.9] * 4, "detector": ["t"] * 4,
        "record": ["x#1", "x#1", "x#2", "x#3"], "personal": [True, None, True, True],
    }, schema=SCHEMA)
    linker = SubjectLinker()
    linker.absorb_table(FindingTable("x.csv", table))
    assert linker.count() == 2  # x#1 (a name), x#3 (a phone); x#2 has no value


def test_a_table_with_null_categories_and_personal_flags_counts_the_rest():
    """Not what the scan makes, but a FindingTable anyone can build: nulls count no one."""
    table = pa.table({
        "category": ["person_name", "email_address", None, "phone_number", "person_name",
                     "email_address", "email_address"],
        "value": ["A", "a@x.jp", "zzz", "0311112222", "B", "b@x.jp", "a@x.jp"],
        "row": [1, 1, 2, 2, 3, 3, 4], "field": ["f"] * 7, "confidence": [0.9] * 7,
        "detector": ["t"] * 7, "record": ["x#1", "x#1", "x#2", "x#2", "x#3", "x#3", "x#4"],
        "personal": [True, True, True, True, None, True, True],
    }, schema=SCHEMA)
    linker = SubjectLinker()
    linker.absorb_table(FindingTable("x.csv", table))
    assert linker.count() == 3  # x#1 = x#4 (a@x.jp), x#2 (a phone), x#3 (b@x.jp)


@pytest.mark.parametrize("seed", range(6))
def test_growing_key_tables_and_compacted_namesakes_keep_the_count(seed, monkeypatch):
    """The same mixes with tiny first sizes: the key table is rebuilt (in chunks) and the
    namesake entries compacted many times within one run."""
    from leakscope.pii import subject_graph, subject_namesakes

    monkeypatch.setattr(subject_graph, "_FIRST_SIZE", 8)
    monkeypatch.setattr(subject_graph, "_CHUNK", 5)
    monkeypatch.setattr(subject_namesakes, "_COMPACT_AT", 6)
    counts, expected = run_both(1000 + seed, steps=40)
    assert counts == expected
