"""Logons from a new country or network (ASN), and impossible travel, per user.

Needs a MaxMind-format database the user supplies (`--geoip GeoLite2-City.mmdb`, optionally an
ASN database too): leakscope makes no network calls and ships no geo data.
"""

from __future__ import annotations

import ipaddress
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import maxminddb

from leakscope.detect.analytics.auth import logon_outcome
from leakscope.detect.analytics.base import Event, analytic_detection
from leakscope.detect.analytics.windows import event_time
from leakscope.detect.model import Detection

TAGS = ["attack.initial-access", "attack.t1078"]
EARTH_KM = 6371.0


@dataclass
class Place:
    country: str | None
    asn: int | None
    lat: float | None
    lon: float | None


def km_between(a: Place, b: Place) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)  # type: ignore[arg-type]
    dp = p2 - p1
    dl = math.radians(b.lon - a.lon)  # type: ignore[operator]
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


class GeoLookup:
    """City/Country and ASN records from one or more .mmdb files."""

    def __init__(self, paths: Iterable[Path]) -> None:
        self.readers = [maxminddb.open_database(str(p)) for p in paths]

    def place(self, ip: str) -> Place | None:
        try:
            address = ipaddress.ip_address(ip)
        except ValueError:
            return None
        if not address.is_global:
            return None
        merged: dict[str, Any] = {}
        for reader in self.readers:
            found = reader.get(str(address))
            if isinstance(found, dict):
                merged.update(found)
        if not merged:
            return None
        location = merged.get("location") or {}
        return Place(country=(merged.get("country") or {}).get("iso_code"),
                     asn=merged.get("autonomous_system_number"),
                     lat=location.get("latitude"), lon=location.get("longitude"))


@dataclass
class _History:
    countries: set[str] = field(default_factory=set)
    asns: set[int] = field(default_factory=set)
    last: tuple[float, Place, Event] | None = None


class GeoLogons:
    id = "leakscope.geo"

    def __init__(self, lookup: GeoLookup, max_kmh: float = 900.0, min_km: float = 500.0) -> None:
        self.lookup = lookup
        self.max_kmh, self.min_km = max_kmh, min_km
        self._users: dict[str, _History] = {}

    def feed(self, event: Event) -> Iterable[Detection]:
        if logon_outcome(event) != "success" or not event.get("source.ip"):
            return ()
        user = str(event.get("user.name") or "").lower()
        when = event_time(event)
        place = self.lookup.place(str(event["source.ip"]))
        if not user or when is None or place is None:
            return ()
        history = self._users.setdefault(user, _History())
        out: list[Detection] = []
        known = bool(history.countries or history.asns)
        if known and place.country and place.country not in history.countries:
            out.append(analytic_detection(
                "leakscope.geo.new-country", f"Logon from a new country ({place.country})",
                "medium", TAGS, event, [event],
                f"{user} logged on from {place.country}; before only from "
                f"{', '.join(sorted(history.countries))}"))
        elif known and place.asn and history.asns and place.asn not in history.asns:
            out.append(analytic_detection(
                "leakscope.geo.new-asn", f"Logon from a new network (AS{place.asn})", "low",
                TAGS, event, [event], f"{user} logged on from AS{place.asn}"))
        if history.last is not None:
            out.extend(self._travel(user, history.last, when, place, event))
        if place.country:
            history.countries.add(place.country)
        if place.asn:
            history.asns.add(place.asn)
        history.last = (when, place, event)
        return out

    def _travel(self, user: str, last: tuple[float, Place, Event], when: float, place: Place,
                event: Event) -> list[Detection]:
        then, before, previous = last
        km = km_between(before, place)
        if km is None or km < self.min_km:
            return []
        hours = max(when - then, 1.0) / 3600
        speed = km / hours
        if speed <= self.max_kmh:
            return []
        return [analytic_detection(
            "leakscope.geo.impossible-travel", "Impossible travel between logons", "high",
            TAGS, event, [previous, event],
            f"{user}: {km:.0f} km in {hours * 60:.0f} min ({speed:.0f} km/h) from "
            f"{before.country} to {place.country}")]

    def finish(self) -> Iterable[Detection]:
        return ()
