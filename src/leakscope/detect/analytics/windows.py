"""Sliding per-key time windows shared by the burst analytics (brute force, scanners, ...)."""

from __future__ import annotations

from collections import deque
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


def event_time(event: Any) -> float | None:
    return epoch(event.get("@timestamp"))
