"""One event as a Sigma rule sees it: rule field names resolved through the logsource mapping.

Values are looked up lazily and cached per event, because a candidate rule set asks for the
same few fields (Image, CommandLine, ...) many times.  A missing field is simply absent: every
matcher treats it as "no match", never as an error.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from leakscope.detect.sigma.messages import render

RAW = "leakscope.raw"
MISSING: Any = object()
_SKIP_PREFIX = "leakscope."


def as_strings(value: Any) -> tuple[str, ...]:
    """Every scalar inside `value` as text (lists are OR-ed by Sigma, so they are flattened);
    a Windows value with `%%` message codes also as Event Viewer renders it."""
    if value is None or value is MISSING:
        return ()
    if isinstance(value, str):
        rendered = render(value)
        return (value,) if rendered is None else (value, rendered)
    if isinstance(value, bool):
        return ("true" if value else "false",)
    if isinstance(value, list | tuple):
        out: list[str] = []
        for item in value:
            out.extend(as_strings(item))
        return tuple(out)
    if isinstance(value, dict):
        out = []
        for item in value.values():
            out.extend(as_strings(item))
        return tuple(out)
    return (str(value),)


class EventView:
    """Field access for rule predicates; `mapping` maps a Sigma field to candidate names."""

    __slots__ = ("_ci", "_lows", "_strs", "_text", "_text_cased", "event", "mapping", "nested",
                 "raw", "windows")

    def __init__(self, event: Mapping[str, Any], mapping: Mapping[str, tuple[str, ...]],
                 nested: bool = False, windows: bool = False) -> None:
        self.event = event
        raw = event.get(RAW)
        self.raw: Mapping[str, Any] = raw if isinstance(raw, dict) else {}
        self.mapping = mapping
        self.nested = nested
        self.windows = windows
        self._lows: dict[str, tuple[str, ...]] = {}
        self._strs: dict[str, tuple[str, ...]] = {}
        self._text: str | None = None
        self._text_cased: str | None = None
        self._ci: dict[str, str] | None = None

    def get(self, field: str) -> Any:
        """The value of a Sigma field, or MISSING."""
        raw = self.raw
        event = self.event
        for name in self.mapping.get(field, (field,)):
            if name in raw:
                return raw[name]
            if name in event and event[name] is not None:
                return event[name]
        if self._ci is None:
            # Defender writes "Threat Name" where rules say ThreatName
            self._ci = {key.lower().replace(" ", ""): key for key in raw}
        key = self._ci.get(field.lower().replace(" ", ""))
        if key is not None:
            return raw[key]
        if self.nested:
            prefix = field + "."
            children = [value for key, value in raw.items() if key.startswith(prefix)]
            if children:
                return children
        return MISSING

    def strs(self, field: str) -> tuple[str, ...]:
        """The field's values as text, original case (for cased strings, regexes, numbers)."""
        cached = self._strs.get(field)
        if cached is None:
            value = self.get(field)
            plain = value.__class__ is str and "%%" not in value  # the common case, fast
            cached = self._strs[field] = (value,) if plain else as_strings(value)
        return cached

    def lows(self, field: str) -> tuple[str, ...]:
        """The field's values lower-cased (Sigma strings match case-insensitively)."""
        cached = self._lows.get(field)
        if cached is None:
            values = self.strs(field)
            cached = self._lows[field] = (values[0].lower(),) if len(values) == 1 else \
                tuple(s.lower() for s in values)
        return cached

    def text_cased(self) -> str:
        """Every string value of the event, NUL-separated: what keyword rules search."""
        if self._text_cased is None:
            values = list(self.raw.values())
            if not self.windows:  # Windows ECS fields are all copies of raw ones
                values += [v for k, v in self.event.items()
                           if v is not None and not k.startswith(_SKIP_PREFIX)]
            parts = [v for v in values if v.__class__ is str]  # order is irrelevant here
            for value in values:
                if value.__class__ is not str and value is not None:
                    parts.extend(as_strings(value))
            text = "\x00".join(parts)
            if "%%" in text:  # Windows message codes, rendered as Event Viewer shows them
                text += "\x00" + "\x00".join(r for p in parts if (r := render(p)))
            self._text_cased = text
        return self._text_cased

    def text(self) -> str:
        """`text_cased()` lower-cased (the NUL separators keep lower() per value)."""
        if self._text is None:
            self._text = self.text_cased().lower()
        return self._text
