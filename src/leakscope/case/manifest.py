"""Evidence manifests in the formats examiners' tools read: CSV, JSON and hashdeep's."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

from leakscope.case.case import Case
from leakscope.case.evidence import EvidenceItem
from leakscope.case.private_fs import write_private

MANIFEST_FORMATS = ("csv", "json", "hashdeep")
CSV_COLUMNS = (
    "id", "sha256", "md5", "sha1", "size", "kind", "original_path", "stored", "link_target",
    "mtime", "atime", "ctime", "mode", "added_at", "added_by", "acquired_by",
    "source_description", "note", "ledger_seq",
)


def format_for(path: Path, explicit: str | None) -> str:
    """The manifest format: given, or guessed from the file's suffix (hashdeep otherwise)."""
    if explicit:
        return explicit
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in ("csv", "json") else "hashdeep"


def render_csv(items: list[EvidenceItem]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for item in items:
        writer.writerow(item.as_dict())
    return out.getvalue()


def render_json(case: Case, items: list[EvidenceItem]) -> str:
    info = case.info()
    document = {
        "case": {"name": info.name, "examiner": info.examiner, "created_at": info.created_at},
        "items": [{k: item.as_dict()[k] for k in CSV_COLUMNS} for item in items],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def render_hashdeep(items: list[EvidenceItem]) -> str:
    """hashdeep's audit format: `hashdeep -a -k manifest.txt -r DIR` checks the originals."""
    lines = [
        "%%%% HASHDEEP-1.0",
        "%%%% size,md5,sha1,sha256,filename",
        f"## Invoked from: {os.getcwd()}",
        "## $ leakscope evidence export --manifest",
        "##",
    ]
    for item in items:
        if item.kind == "symlink":
            continue
        lines.append(f"{item.size},{item.md5},{item.sha1},{item.sha256},{item.original_path}")
    return "\n".join(lines) + "\n"


def export_manifest(case: Case, destination: Path, fmt: str | None = None) -> str:
    """Write the manifest (0600) and record the export, with the manifest's own hash."""
    fmt = format_for(destination, fmt)
    if fmt not in MANIFEST_FORMATS:
        raise ValueError(f"{fmt}: unknown manifest format (use {', '.join(MANIFEST_FORMATS)})")
    items = case.evidence.items()
    text = {
        "csv": lambda: render_csv(items),
        "json": lambda: render_json(case, items),
        "hashdeep": lambda: render_hashdeep(items),
    }[fmt]()
    write_private(destination, text)
    return case.record_output(
        destination, "exported", {"format": fmt, "items": len(items), "what": "evidence manifest"}
    )
