"""Turning the many timestamp styles of logs into one ISO 8601 UTC string."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

_MONTHS = {m: i for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    start=1)}


def iso(dt: datetime) -> str:
    """ISO 8601 UTC with microseconds and a Z: the one form stored in the timeline."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def zone(name: str | None) -> tzinfo:
    """A tzinfo for a case time zone name (None means UTC)."""
    return ZoneInfo(name) if name and name != "UTC" else UTC


def parse_iso(value: str | None, default_tz: tzinfo = UTC) -> str | None:
    """Normalize an ISO-like timestamp (``Z``, offsets, space separator, 7-digit fractions)."""
    if not value:
        return None
    if len(value) == 27 and value[26] == "Z" and value[19] == "." and value[10] == "T":
        return value  # already the stored form (EVTX, most JSON exports)
    text = value.strip().replace(" ", "T", 1)
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    dot = text.find(".")
    if dot != -1:  # Windows writes 7 fractional digits; Python takes at most 6
        end = dot + 1
        while end < len(text) and text[end].isdigit():
            end += 1
        text = text[:dot + 1] + text[dot + 1:end][:6].ljust(6, "0") + text[end:]
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=default_tz)
    return iso(dt)


def parse_clf(value: str) -> str | None:
    """Apache/Nginx ``10/Oct/2000:13:55:36 -0700``."""
    try:
        return iso(datetime.strptime(value, "%d/%b/%Y:%H:%M:%S %z"))
    except ValueError:
        return None


def month_number(name: str) -> int | None:
    return _MONTHS.get(name[:3].title())


class YearGuesser:
    """Adds the missing year to RFC 3164 ``Mmm dd hh:mm:ss`` stamps.

    The log is assumed to end at (or before) its reference time, usually the file's mtime: a
    month/day later than that belongs to the previous year, so a log running from December
    into January gets both years right.
    """

    def __init__(self, reference: datetime, tz: tzinfo) -> None:
        self.reference = reference.astimezone(tz)
        self.tz = tz

    def stamp(self, month: int, day: int, clock: str) -> str | None:
        try:
            hour, minute, second = clock.split(":")
            frac = 0
            if "." in second:
                second, digits = second.split(".", 1)
                frac = int(digits[:6].ljust(6, "0"))
            dt = datetime(self.reference.year, month, day, int(hour), int(minute),
                          int(second), frac, tzinfo=self.tz)
        except ValueError:
            return None
        if dt > self.reference + timedelta(days=2):
            try:
                dt = dt.replace(year=dt.year - 1)
            except ValueError:  # 29 Feb
                return None
        return iso(dt)
