"""Which rule reads a column: one per category label, the engine for the rest."""

from __future__ import annotations

from .date_rules import BirthDateRule
from .number_rules import CardRule, ExpiryRule, MyNumberRule, SecurityCodeRule
from .rules import (
    AddressRule,
    CellRule,
    EmailRule,
    EngineOnlyRule,
    NameRule,
    NegativeRule,
    PhoneRule,
    PostalRule,
)

_RULES: dict[str, type[CellRule]] = {
    "negative": NegativeRule, "phone_number": PhoneRule, "postal_code": PostalRule,
    "date_of_birth": BirthDateRule, "email_address": EmailRule, "person_name": NameRule,
    "address": AddressRule, "my_number": MyNumberRule, "credit_card_number": CardRule,
    "card_security_code": SecurityCodeRule, "card_expiry": ExpiryRule,
}


def rule_for(category: str | None, engine_only: bool = False) -> CellRule:
    """The rule for a column labelled with ``category``; ``engine_only`` for labels without
    a rule of their own whose every filled cell the engine must read."""
    dedicated = _RULES.get(category) if category else None
    rule = dedicated() if dedicated else EngineOnlyRule() if engine_only else CellRule()
    rule.category = category
    rule.values_repeat = rule.__class__ is CellRule  # 支払方法, ステータス, 備考: a few values
    return rule
