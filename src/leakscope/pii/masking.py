"""Masking of PII values for display: enough to recognise, not enough to use."""

from __future__ import annotations

_STAR = "*"


def mask(value: str, category: str) -> str:
    """Masked ``value``: last 4 digits of numbers, first char of names, domain of e-mails."""
    if not value:
        return value
    if category == "email_address" and "@" in value:
        local, _, domain = value.partition("@")
        return f"{local[:1]}{_STAR * max(len(local) - 1, 1)}@{domain}"
    if category in ("person_name",):
        return value[:1] + _STAR * max(len(value) - 1, 1)
    if category == "address":
        return value[:3] + _STAR * max(len(value) - 3, 1)  # the prefecture is not identifying
    if category == "date_of_birth":
        return value[:4] + "-**-**" if len(value) == 10 else _STAR * len(value)
    if category in ("credential", "card_security_code", "sensitive", "card_expiry"):
        return _STAR * 8
    if category == "ip_address":
        sep = ":" if ":" in value else "."
        parts = value.split(sep)
        return sep.join(parts[:2] + [_STAR] * (len(parts) - 2))
    if category == "postal_code":
        return value[:3] + _STAR * (len(value) - 3)
    keep = 4 if len(value) > 6 else max(len(value) // 3, 0)
    return _STAR * (len(value) - keep) + value[-keep:] if keep else _STAR * len(value)
