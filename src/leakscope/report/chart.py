"""The timeline chart: events per hour by source and detections on top, as a PNG.

Rendered offline with matplotlib's Agg backend; Japanese labels use Noto Sans CJK when it is
installed (Debian fonts-noto-cjk) and fall back to English labels when it is not, so a
missing font never prints boxes.
"""

from __future__ import annotations

import io
from collections import Counter
from datetime import datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

CJK_FAMILY = "Noto Sans CJK JP"
LEVEL_COLORS = {"critical": "#8b0000", "high": "#d62728", "medium": "#ff7f0e",
                "low": "#1f77b4", "informational": "#7f7f7f"}
LABELS = {
    "ja": {"title": "タイムライン（1時間あたりのイベント数と検知）", "events": "イベント数",
           "detections": "検知", "time": "時刻"},
    "en": {"title": "Timeline (events per hour and detections)", "events": "events",
           "detections": "detections", "time": "time"},
}


@cache
def _pyplot():
    """matplotlib costs ~0.3 s to import: only a report that draws a chart pays for it."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    return pyplot


def cjk_font_available() -> bool:
    from matplotlib import font_manager

    try:
        font_manager.findfont(font_manager.FontProperties(family=CJK_FAMILY),
                              fallback_to_default=False)
    except ValueError:
        return False
    return True


def timeline_png(
    event_hours: list[tuple[datetime, str, int]], detections: list[dict[str, Any]],
    timezone: str, lang: str,
) -> bytes | None:
    """Events per hour (stacked by source) and detections; None when there is nothing."""
    zone = ZoneInfo(timezone)
    hours: dict[str, Counter] = {}
    for hour, source, count in event_hours:
        when = _moment(hour, zone)
        if when is not None:
            hours.setdefault(source, Counter())[when] += count
    marks = [(m, str(d.get("level") or "informational").lower(), str(d.get("title") or ""))
             for d in detections if (m := _moment(d.get("@timestamp"), zone)) is not None]
    if not hours and not marks:
        return None
    if lang == "ja" and not cjk_font_available():
        lang = "en"
    labels = LABELS.get(lang, LABELS["en"])
    family = [CJK_FAMILY, "DejaVu Sans"] if lang == "ja" else ["DejaVu Sans"]
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    plt = _pyplot()
    with plt.rc_context({"font.family": family, "axes.unicode_minus": False}):
        fig, ax = plt.subplots(figsize=(9.5, 3.6), dpi=110)
        bottom: Counter = Counter()
        for source, counts in sorted(hours.items()):
            xs = sorted(counts)
            ax.bar(xs, [counts[x] for x in xs], width=1 / 24, align="edge", label=_text(source),
                   bottom=[bottom[x] for x in xs], alpha=.85)
            bottom.update(counts)
        top = max(bottom.values(), default=1)
        for level in LEVEL_COLORS:
            points = [m for m, lvl, _ in marks if lvl == level]
            if points:
                ax.scatter(points, [top * 1.08] * len(points), marker="v", s=40,
                           color=LEVEL_COLORS[level], label=f"{labels['detections']}: {level}",
                           zorder=3)
        locator = AutoDateLocator(tz=zone)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator, tz=zone))
        ax.set_ylim(0, top * 1.2)
        ax.set_ylabel(labels["events"])
        ax.set_xlabel(f"{labels['time']} ({timezone})")
        ax.set_title(labels["title"])
        ax.legend(loc="upper left", fontsize=7, ncol=3, framealpha=.8)
        ax.grid(axis="y", alpha=.3)
        fig.tight_layout()
        out = io.BytesIO()
        fig.savefig(out, format="png")
        plt.close(fig)
    return out.getvalue()


def _text(label: str) -> str:
    """A label from the evidence drawn as written: '$' is not mathtext, a leading '_' is
    not matplotlib's 'leave out of the legend'."""
    label = label.replace("$", r"\$")
    return f" {label}" if label.startswith("_") else label


def _moment(value: Any, zone: ZoneInfo) -> datetime | None:
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str) and value:
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    else:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo("UTC"))
    return moment.astimezone(zone)
