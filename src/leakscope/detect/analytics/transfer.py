"""Unusual data transfer per principal: who took much more than everyone else.

Channels: HTTP response bytes per client, S3 GetObject per IAM principal (objects and bytes),
SharePoint / OneDrive downloads and MailItemsAccessed per user; bulk export operations are
reported each time.  A principal is flagged when its total passes an absolute floor and is
`factor` times the median of the other principals (or is alone above the floor).

The detection is stamped with the first *large* transfer and names the last one: a client
that scanned the site at 02:10 and downloaded the database at 02:52 exfiltrated at 02:52.
Large means at least 1/LARGE_DIVISOR of the principal's biggest single transfer; the
evidence rows are its biggest transfers (plus its first one), in time order.
"""

from __future__ import annotations

import heapq
import itertools
import statistics
from collections import defaultdict
from collections.abc import Iterable

from leakscope.detect.analytics.base import Event, analytic_detection, raw_of
from leakscope.detect.model import Detection

TAGS = ["attack.exfiltration", "attack.collection"]
PER_PRINCIPAL = 10  # biggest transfers kept per principal and channel (bounded memory)
LARGE_DIVISOR = 100
M365_DOWNLOADS = {"FileDownloaded", "FileSyncDownloadedFull", "FileSyncDownloadedPartial"}
EXPORTS = {"New-ComplianceSearchAction", "SearchExported", "ExportReport",
           "CreateExportTask", "StartExportTask", "CreateInstanceExportTask",
           "ExportSnapshot", "New-MailboxExportRequest", "DataExported"}
# channel -> (title, unit, floor)
CHANNELS = {
    "http_bytes": ("HTTP bytes sent to one client", "bytes", 100 * 1024 * 1024),
    "s3_objects": ("S3 objects read by one principal", "objects", 100),
    "s3_bytes": ("S3 bytes read by one principal", "bytes", 1024 * 1024 * 1024),
    "m365_downloads": ("SharePoint / OneDrive files downloaded by one user", "files", 100),
    "mail_items": ("Mailbox items accessed by one user", "items", 500),
}


def _int(value: object) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0


def transfer_of(event: Event) -> list[tuple[str, str, int]]:
    """(channel, principal, amount) contributions of one event."""
    raw = raw_of(event)
    action = event.get("event.action")
    out: list[tuple[str, str, int]] = []
    if event.get("event.category") == "web" and event.get("source.ip"):
        out.append(("http_bytes", str(event["source.ip"]),
                    _int(event.get("http.response.body.bytes"))))
    elif raw.get("eventName") == "GetObject":
        who = str(raw.get("userIdentity.arn") or event.get("user.name") or "?")
        out.append(("s3_objects", who, 1))
        out.append(("s3_bytes", who, _int(raw.get("additionalEventData.bytesTransferredOut"))))
    elif action in M365_DOWNLOADS:
        out.append(("m365_downloads", str(event.get("user.name") or "?"), 1))
    elif action == "MailItemsAccessed":
        count = _int(raw.get("OperationCount")) or 1
        out.append(("mail_items", str(event.get("user.name") or "?"), count))
    return out


class DataTransfer:
    id = "leakscope.transfer"

    def __init__(self, factor: float = 10.0, floors: dict[str, int] | None = None) -> None:
        self.factor = factor
        self.floors = {k: v[2] for k, v in CHANNELS.items()} | (floors or {})
        self._totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        # (channel, principal) -> min-heap of (amount, order, event): the biggest transfers;
        # on equal amounts the later one stays, and the first one is kept apart
        self._biggest: dict[tuple[str, str], list[tuple[int, int, Event]]] = defaultdict(list)
        self._first: dict[tuple[str, str], tuple[int, int, Event]] = {}
        self._order = itertools.count()

    def feed(self, event: Event) -> Iterable[Detection]:
        for channel, who, amount in transfer_of(event):
            self._totals[channel][who] += amount
            item = (amount, next(self._order), event)
            self._first.setdefault((channel, who), item)
            heap = self._biggest[(channel, who)]
            if len(heap) < PER_PRINCIPAL:
                heapq.heappush(heap, item)
            elif item[:2] > heap[0][:2]:
                heapq.heapreplace(heap, item)
        action = event.get("event.action")
        if action in EXPORTS:
            return [analytic_detection(
                "leakscope.transfer.bulk-export", f"Bulk export: {action}", "medium", TAGS,
                event, [event], f"{action} by {event.get('user.name') or '?'}")]
        return ()

    def finish(self) -> Iterable[Detection]:
        for channel, totals in self._totals.items():
            title, unit, _ = CHANNELS[channel]
            for who, amount in totals.items():
                if amount < self.floors[channel]:
                    continue
                others = [v for k, v in totals.items() if k != who]
                baseline = statistics.median(others) if others else 0
                if others and amount < self.factor * max(baseline, 1):
                    continue
                rows = self._large_transfers(channel, who)
                first, last = rows[0].get("@timestamp"), rows[-1].get("@timestamp")
                yield analytic_detection(
                    f"leakscope.transfer.{channel}", f"Unusual data transfer: {title}", "high",
                    TAGS, rows[0], rows,
                    f"{who}: {amount} {unit} (median of {len(others)} other principal(s): "
                    f"{baseline}); large transfers from {first} to {last}",
                    entity={"principal": who})

    def _large_transfers(self, channel: str, who: str) -> list[Event]:
        """The principal's large transfers in time order (never empty)."""
        kept = {order: (amount, event) for amount, order, event in
                [*self._biggest[(channel, who)], self._first[(channel, who)]]}
        biggest = max(amount for amount, _ in kept.values())
        large = [(order, event) for order, (amount, event) in kept.items()
                 if amount * LARGE_DIVISOR >= biggest]
        large.sort(key=lambda item: (str(item[1].get("@timestamp") or ""), item[0]))
        return [event for _, event in large]
