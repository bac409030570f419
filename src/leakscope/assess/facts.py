"""FACTS.yaml: what the organisation knows about the incident, validated field by field.

Every legal rule reads these facts and nothing else, so a wrong or missing field is reported
with its name before any duty is decided.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from leakscope.assess import aliases
from leakscope.assess.labels import CATEGORY_LABELS

CAUSES = (
    "unauthorized_access", "malware", "phishing", "insider", "theft", "loss", "mis_sent",
    "misconfiguration", "vulnerability", "contractor", "unknown",
)
JURISDICTIONS = ("JP", "EU", "US-CA", "US-NY")
ORGANIZATION_TYPES = ("private", "public")
ENTRUSTMENT_ROLES = ("none", "principal", "contractor")
# Categories of DESIGN.md that are not about a person and never count as personal data.
NON_PERSONAL = frozenset({"corporate_number"})
# A FACTS.yaml is a short hand-written record: anything bigger is a mistake or an attack.
MAX_FACTS_BYTES = 1 << 20
MAX_FACTS_NODES = 100_000  # after aliases are expanded (a "billion laughs" stays out)
# The holiday rules (and the dates the laws apply from) hold for these years only.
YEARS = range(1980, 2100)


class FactsError(ValueError):
    """A field of FACTS.yaml is missing or wrong; the message names the field."""

    def __init__(self, source: str, field_name: str, problem: str) -> None:
        super().__init__(f"{source}: field '{field_name}': {problem}")
        self.source = source
        self.field = field_name
        self.problem = problem


@dataclass(frozen=True)
class Encryption:
    strong: bool = False  # 高度な暗号化 (e.g. AES-256, full-disk encryption)
    key_compromised: bool = False

    @property
    def protects(self) -> bool:
        """高度な暗号化 with the key safe: the data is unintelligible to whoever holds it."""
        return self.strong and not self.key_compromised


@dataclass(frozen=True)
class Entrustment:
    role: str = "none"  # none | principal (委託元) | contractor (委託先)
    counterpart: str | None = None  # the other party's name


@dataclass(frozen=True)
class Facts:
    discovered_at: datetime
    organization_type: str = "private"
    persons: int = 0
    persons_by_jurisdiction: dict[str, int] = field(default_factory=dict)
    # People whose My Number is involved (番号法's 100-person line); default: `persons`.
    my_number_persons: int | None = None
    data_items: tuple[str, ...] = ()
    cause: str = "unknown"
    certain: bool = True
    encrypted: Encryption = Encryption()
    recipient_deleted_unread: bool = False
    jurisdictions: tuple[str, ...] = ("JP",)
    sector: str = "general"
    entrustment: Entrustment = Entrustment()
    # 規則7条3号 since 2024-04: personal information being acquired (web skimming, fake forms).
    being_acquired: bool = False
    # 番号法規則2条3号: published to 不特定多数 (on the internet, an open share).
    publicly_exposed: bool = False
    # 番号法規則2条1号: data in 情報提供ネットワークシステム or a 個人番号利用事務 system.
    numbering_system: bool = False
    # GDPR Art. 34: the controller's own judgement of high risk overrides the derived one.
    high_risk: bool | None = None
    organization: str = ""
    summary: str = ""
    contact: str = ""
    # Which fields came from the case or defaults rather than from the user.
    derived: tuple[str, ...] = ()
    # Fields of FACTS.yaml that no rule reads (typos show up here, with a warning).
    ignored: tuple[str, ...] = ()

    @property
    def personal_items(self) -> tuple[str, ...]:
        return tuple(item for item in self.data_items if item not in NON_PERSONAL)

    @property
    def encryption_protects(self) -> bool:
        """Strong encryption with a safe key, unless the data was taken as it was being
        entered (web skimming, 規則7条3号): that copy was never encrypted."""
        return self.encrypted.protects and not self.being_acquired

    @property
    def involves_personal_data(self) -> bool:
        """Personal items named, or none named yet while people are counted (items unknown)."""
        return bool(self.personal_items) or (not self.data_items and self.persons > 0)

    def persons_in(self, jurisdiction: str) -> int:
        """Residents of a jurisdiction; without any breakdown, everyone may be one."""
        if self.persons_by_jurisdiction:
            return self.persons_by_jurisdiction.get(jurisdiction, 0)
        return self.persons if jurisdiction in self.jurisdictions else 0

    def may_include(self, jurisdiction: str) -> bool:
        """Whether residents of a jurisdiction may be affected; an unknown count (0) may."""
        if self.persons_by_jurisdiction:
            return self.persons_by_jurisdiction.get(jurisdiction, 0) > 0
        return jurisdiction in self.jurisdictions

    def as_dict(self) -> dict[str, Any]:
        record = {f.name: getattr(self, f.name) for f in fields(self)}
        record["discovered_at"] = self.discovered_at.isoformat()
        record["encrypted"] = vars(self.encrypted).copy()
        record["entrustment"] = vars(self.entrustment).copy()
        record["data_items"] = list(self.data_items)
        record["jurisdictions"] = list(self.jurisdictions)
        record["derived"] = list(self.derived)
        record["ignored"] = list(self.ignored)
        return record


def facts_template() -> str:
    """A commented FACTS.yaml to start from (`leakscope assess --template`)."""
    return (Path(__file__).with_name("FACTS.template.yaml")).read_text(encoding="utf-8")


def load_facts_file(path: Path) -> dict[str, Any]:
    """Read FACTS.yaml into a plain mapping; errors name the file."""
    source = str(path)
    try:
        with Path(path).open("rb") as handle:
            raw = handle.read(MAX_FACTS_BYTES + 1)
    except OSError as exc:
        raise FactsError(source, "-", f"cannot read: {exc.strerror or exc}") from exc
    if len(raw) > MAX_FACTS_BYTES:
        raise FactsError(source, "-", f"larger than {MAX_FACTS_BYTES:,} bytes; not a FACTS file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FactsError(source, "-", "not UTF-8 text") from exc
    try:
        _check_expanded_size(source, yaml.compose(text, Loader=yaml.SafeLoader))
        data = yaml.load(text, Loader=_FactsLoader)  # a SafeLoader: no Python objects
    except yaml.YAMLError as exc:
        raise FactsError(source, "-", f"not valid YAML: {exc}") from exc
    except RecursionError as exc:
        raise FactsError(source, "-", "nested too deeply; not a FACTS file") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FactsError(source, "-", "must be a mapping of field: value")
    return data


class _FactsLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text: a date that does not exist (2026-02-30) is then
    reported by its field's check, naming the field, instead of a bare ValueError."""


_FactsLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _check_expanded_size(source: str, root: yaml.Node | None) -> None:
    """Refuse YAML whose aliases expand past MAX_FACTS_NODES (an alias bomb)."""
    sizes: dict[int, int] = {}

    def size(node: yaml.Node) -> int:
        if id(node) in sizes:  # an alias: the same node object again
            return sizes[id(node)]
        sizes[id(node)] = 1  # a recursive alias counts once
        total = 1
        if isinstance(node, yaml.SequenceNode):
            total += sum(size(child) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            total += sum(size(key) + size(value) for key, value in node.value)
        sizes[id(node)] = min(total, MAX_FACTS_NODES + 1)
        return sizes[id(node)]

    if root is not None and size(root) > MAX_FACTS_NODES:
        raise FactsError(source, "-", f"expands to more than {MAX_FACTS_NODES:,} values "
                         "through YAML aliases (an alias bomb?); write the facts out plainly")


def parse_facts(
    data: dict[str, Any], source: str = "facts", timezone: str = "Asia/Tokyo",
    derived: tuple[str, ...] = (),
) -> Facts:
    """Validate a mapping into Facts; naive times are in the case's time zone."""
    known = {f.name for f in fields(Facts)} - {"derived", "ignored"}
    ignored = tuple(str(key) for key in data if key not in known)
    if data.get("discovered_at") in (None, ""):
        raise FactsError(source, "discovered_at", "required (when the organisation knew)")
    check = _Checker(source)
    values: dict[str, Any] = {
        "discovered_at": check.moment("discovered_at", data["discovered_at"], timezone),
        "derived": tuple(derived),
        "ignored": ignored,
    }
    for name in ("certain", "recipient_deleted_unread", "being_acquired", "publicly_exposed",
                 "numbering_system"):
        if name in data:
            values[name] = check.boolean(name, data[name])
    if data.get("high_risk") is not None:
        values["high_risk"] = check.boolean("high_risk", data["high_risk"])
    if "organization_type" in data:
        values["organization_type"] = check.choice(
            "organization_type", str(data["organization_type"]).strip().lower(),
            ORGANIZATION_TYPES)
    if data.get("sector"):  # free text; only the known sectors change where reports go
        values["sector"] = aliases.canonical(aliases.SECTORS,
                                             check.text("sector", data["sector"]).lower())
    if "cause" in data:
        written = str(data["cause"]).strip().lower()
        values["cause"] = check.choice("cause", aliases.canonical(aliases.CAUSES, written), CAUSES)
        if written in aliases.ACQUIRING and "being_acquired" not in data:
            values["being_acquired"] = True
    for name in ("persons", "my_number_persons"):
        if data.get(name) is not None:
            values[name] = check.count(name, data[name])
    if "persons_by_jurisdiction" in data:
        values["persons_by_jurisdiction"] = check.by_jurisdiction(data["persons_by_jurisdiction"])
    if "data_items" in data:
        values["data_items"] = check.items(data["data_items"],
                                           typo_check="data_items" not in derived)
    if "jurisdictions" in data:
        values["jurisdictions"] = check.jurisdictions(data["jurisdictions"])
    elif values.get("persons_by_jurisdiction"):  # leakscope's user is bound by the APPI
        values["jurisdictions"] = tuple(
            j for j in JURISDICTIONS if j == "JP" or j in values["persons_by_jurisdiction"]
        )
    if "encrypted" in data:
        values["encrypted"] = check.encryption(data["encrypted"])
    if "entrustment" in data:
        values["entrustment"] = check.entrustment(data["entrustment"])
    for name in ("organization", "summary", "contact"):
        if data.get(name) is not None:
            values[name] = check.text(name, data[name])
    facts = Facts(**values)
    residents = sum(facts.persons_by_jurisdiction.values())
    if "persons" in derived and residents > facts.persons:  # the user's breakdown wins
        facts = replace(facts, persons=residents)
    if facts.persons and residents > facts.persons:
        raise check.fail("persons_by_jurisdiction",
                         f"adds up to {residents:,}, more than persons ({facts.persons:,})")
    if not facts.persons and facts.persons_by_jurisdiction:
        facts = replace(facts, persons=sum(facts.persons_by_jurisdiction.values()))
    return facts


def _yaml_timestamp(text: str) -> datetime | None:
    try:
        value = yaml.safe_load(text)
    except (yaml.YAMLError, ValueError):  # ValueError: a day that does not exist
        return None
    if isinstance(value, datetime):
        return value
    return datetime.combine(value, time(0, 0)) if isinstance(value, date) else None


class _Checker:
    """Small validators; each raises FactsError naming the field and what was wrong."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, name: str, problem: str) -> FactsError:
        return FactsError(self.source, name, problem)

    def moment(self, name: str, value: Any, timezone: str) -> datetime:
        if isinstance(value, datetime):
            moment = value
        elif isinstance(value, date):
            moment = datetime.combine(value, time(0, 0))
        elif isinstance(value, str):
            try:
                moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
            except ValueError:
                moment = _yaml_timestamp(value)  # YAML's looser forms (2026-5-1)
            if moment is None:
                raise self.fail(name, f"not an ISO 8601 date or time (or no such day): "
                                f"{value!r}")
        else:
            raise self.fail(name, f"not a date or time: {value!r}")
        if moment.year not in YEARS:
            raise self.fail(name, f"year {moment.year} is outside {YEARS.start}-{YEARS.stop - 1}")
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=ZoneInfo(timezone))
        return moment

    def text(self, name: str, value: Any) -> str:
        if isinstance(value, dict | list):  # str() would print "{'a': 1}" into the drafts
            raise self.fail(name, f"must be text, got a {type(value).__name__}")
        return str(value)

    def boolean(self, name: str, value: Any) -> bool:
        if isinstance(value, bool):
            return value
        raise self.fail(name, f"must be true or false, got {value!r}")

    def choice(self, name: str, value: Any, choices: tuple[str, ...]) -> str:
        if value not in choices:
            raise self.fail(name, f"{value!r} is not one of {', '.join(choices)}")
        return value

    def count(self, name: str, value: Any) -> int:
        if isinstance(value, str) and value.replace(",", "").strip().isdigit():
            value = int(value.replace(",", ""))  # "1,200" as people write it
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.fail(name, f"must be a whole number >= 0, got {value!r}")
        return value

    def by_jurisdiction(self, value: Any) -> dict[str, int]:
        name = "persons_by_jurisdiction"
        if not isinstance(value, dict):
            raise self.fail(name, "must be a mapping like {JP: 1200, US-CA: 600}")
        out: dict[str, int] = {}
        for key, count in value.items():
            code = aliases.canonical(aliases.JURISDICTIONS, str(key))
            if code not in JURISDICTIONS:
                raise self.fail(f"{name}.{key}", f"unknown jurisdiction (known: {JURISDICTIONS})")
            out[code] = out.get(code, 0) + self.count(f"{name}.{key}", count)
        return out

    def items(self, value: Any, typo_check: bool = True) -> tuple[str, ...]:
        """Categories; free words (purchase_history) are fine, a near miss of a known code
        (credit_card_numbers) is an error: it would silently lose its trigger."""
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail("data_items", "must be a list of categories (e.g. [person_name])")
        items = tuple(dict.fromkeys(aliases.canonical(aliases.ITEMS, v) for v in value))
        for item in items if typo_check else ():
            if item not in CATEGORY_LABELS:
                near = difflib.get_close_matches(item, CATEGORY_LABELS, n=1, cutoff=0.8)
                if near:
                    raise self.fail("data_items", f"{item!r} is not a category; "
                                    f"did you mean {near[0]!r}?")
        return items

    def jurisdictions(self, value: Any) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value:  # none would assess nothing at all
            raise self.fail("jurisdictions", f"must be a list of {', '.join(JURISDICTIONS)}")
        codes = [aliases.canonical(aliases.JURISDICTIONS, str(item)) for item in value]
        for code in codes:
            self.choice("jurisdictions", code, JURISDICTIONS)
        return tuple(dict.fromkeys(codes))

    def encryption(self, value: Any) -> Encryption:
        if isinstance(value, bool):
            return Encryption(strong=value)
        if isinstance(value, str) and value in ("strong", "none", "weak", "key_compromised"):
            return Encryption(strong=value in ("strong", "key_compromised"),
                              key_compromised=value == "key_compromised")
        if not isinstance(value, dict):
            raise self.fail("encrypted", "must be {strong: bool, key_compromised: bool}")
        for key in value:
            if key not in ("strong", "key_compromised"):
                raise self.fail(f"encrypted.{key}", "unknown (known: strong, key_compromised)")
        return Encryption(
            strong=self.boolean("encrypted.strong", value.get("strong", False)),
            key_compromised=self.boolean(
                "encrypted.key_compromised", value.get("key_compromised", False)
            ),
        )

    def entrustment(self, value: Any) -> Entrustment:
        if isinstance(value, str):
            value = {"role": value}
        if not isinstance(value, dict):
            raise self.fail("entrustment", "must be {role: principal|contractor, counterpart}")
        for key in value:
            if key not in ("role", "counterpart"):
                raise self.fail(f"entrustment.{key}", "unknown (known: role, counterpart)")
        role = aliases.canonical(aliases.ROLES, str(value.get("role", "none")).lower())
        role = self.choice("entrustment.role", role, ENTRUSTMENT_ROLES)
        counterpart = value.get("counterpart")
        return Entrustment(role, None if counterpart is None else str(counterpart))
