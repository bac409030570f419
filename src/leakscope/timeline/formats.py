"""Format auto-detection: which parser reads a file, and the list of what was tried.

Each parser module exposes ``NAME``, ``sniff(head: bytes, path) -> bool`` (``head`` is the
first 64 KiB, gzip already undone) and ``parse(path, display, *, tz, mapping, ...)``; one
that sets ``NORMALIZED = True`` yields events already complete, typed and with their
provenance (it is given ``evidence_sha256``), which spares the hot path a second pass.  Sniffers
are tried in a fixed order, most specific first, so a CloudTrail file is never taken for a
generic JSON Lines file.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from leakscope.timeline.parsers import (
    cloudtrail,
    entra,
    evtx,
    evtx_export,
    journald,
    m365,
    mailtrack,
    syslog,
    w3c,
    webaccess,
)
from leakscope.timeline.textio import read_head

PARSERS: tuple[ModuleType, ...] = (
    evtx, evtx_export, cloudtrail, m365, entra, journald, mailtrack, w3c, webaccess, syslog,
)


def tried_names() -> list[str]:
    return [parser.NAME for parser in PARSERS]


def detect(path: Path) -> ModuleType | None:
    """The parser module whose sniffer accepts this file, or None."""
    head = read_head(path)
    if not head.strip():
        return None
    for parser in PARSERS:
        if parser.sniff(head, path):
            return parser
    return None
