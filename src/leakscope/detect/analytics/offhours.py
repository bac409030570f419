"""Off-hours bulk access by insiders: many reads by one user at night or on a weekend.

Hours are judged in the case's time zone (default Asia/Tokyo): an insider copies the customer
list when the office is empty.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from leakscope.detect.analytics.base import Event, analytic_detection, raw_of
from leakscope.detect.analytics.transfer import M365_DOWNLOADS
from leakscope.detect.model import Detection

TAGS = ["attack.collection", "attack.t1005", "attack.exfiltration"]
ACCESS_ACTIONS = M365_DOWNLOADS | {"FileAccessed", "MailItemsAccessed", "GetObject",
                                   "object-accessed", "network-share-accessed"}


def is_access(event: Event) -> bool:
    return event.get("event.action") in ACCESS_ACTIONS or \
        raw_of(event).get("eventName") == "GetObject"


class OffHoursAccess:
    id = "leakscope.offhours"

    def __init__(self, timezone: str = "Asia/Tokyo", start: int = 22, end: int = 6,
                 threshold: int = 50) -> None:
        self.zone = ZoneInfo(timezone)
        self.start, self.end, self.threshold = start, end, threshold
        self._counts: dict[tuple[str, str], list[Event]] = defaultdict(list)
        self._reported: set[tuple[str, str]] = set()

    def off_hours(self, local: datetime) -> bool:
        return local.weekday() >= 5 or local.hour >= self.start or local.hour < self.end

    def feed(self, event: Event) -> Iterable[Detection]:
        user = event.get("user.name")
        stamp = event.get("@timestamp")
        if not user or not isinstance(stamp, str) or not is_access(event):
            return ()
        try:
            local = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(self.zone)
        except ValueError:
            return ()
        if not self.off_hours(local):
            return ()
        key = (str(user).lower(), local.date().isoformat())
        if key in self._reported:
            return ()
        rows = self._counts[key]
        rows.append(event)
        if len(rows) < self.threshold:
            return ()
        self._reported.add(key)
        return [analytic_detection(
            "leakscope.offhours.bulk-access", "Off-hours bulk access", "medium", TAGS, event,
            rows, f"{user} made {len(rows)} accesses outside office hours on {key[1]} "
            f"({self.zone.key})")]

    def finish(self) -> Iterable[Detection]:
        return ()
