"""Sliding per-key time windows shared by the burst analytics (brute force, scanners, ...)."""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterator
from typing import Any

from leakscope.detect.correlation import epoch


class Window:
    """Events of one key within the last `span` seconds."""

    __slots__ = ("items", "span")

    def __init__(self, span: float) -> None:
        self.span = span
        self.items: deque[tuple[float, Any]] = deque()

    def add(self, when: float, item: Any) -> None:
        self.items.append((when, item))
        while self.items and when - self.items[0][0] > self.span:
            self.items.popleft()

    def values(self) -> Iterator[Any]:
        return (item for _, item in self.items)

    def __len__(self) -> int:
        return len(self.items)


class DistinctWindow:
    """Distinct values of a few fields over the last `span` seconds, kept incrementally
    (a burst of 100,000 failures costs O(1) per event, not a rescan of the window)."""

    __slots__ = ("counts", "items", "span")

    def __init__(self, span: float, fields: int) -> None:
        self.span = span
        self.items: deque[tuple[float, tuple[str, ...]]] = deque()
        self.counts: list[Counter[str]] = [Counter() for _ in range(fields)]

    def add(self, when: float, values: tuple[str, ...]) -> None:
        self.items.append((when, values))
        for counter, value in zip(self.counts, values, strict=True):
            counter[value] += 1
        while self.items and when - self.items[0][0] > self.span:
            _, old = self.items.popleft()
            for counter, value in zip(self.counts, old, strict=True):
                counter[value] -= 1
                if not counter[value]:
                    del counter[value]

    def distinct(self, field: int) -> int:
        return len(self.counts[field])

    def clear(self) -> None:
        self.items.clear()
        for counter in self.counts:
            counter.clear()

    def __len__(self) -> int:
        return len(self.items)


def event_time(event: Any) -> float | None:
    return epoch(event.get("@timestamp"))
