"""Parquet batches: typed columns whatever a parser slipped in, bounded row groups."""

from __future__ import annotations

import json

import pyarrow.parquet as pq

from leakscope.timeline import normalize
from leakscope.timeline.parsers.windows_map import windows_event
from leakscope.timeline.schema import COLUMNS
from leakscope.timeline.storage import EventWriter, events_relation


def test_windows_events_carry_exactly_the_schema_columns():
    assert list(windows_event({"EventID": 4624, "Channel": "Security"})) == list(COLUMNS)


def test_writer_fixes_wrong_types_instead_of_failing(tmp_path):
    writer = EventWriter(tmp_path / "events" / "batch.parquet")
    good = normalize({"user.name": "sato", "leakscope.provenance.record": 1,
                      "leakscope.raw": {"n": 1}})
    bad = dict(good, **{"user.name": 1234, "leakscope.provenance.record": "0x10"})
    writer.add(good)
    writer.add(bad)
    path = writer.close()
    rows = events_relation(None, files=[path]).execute(
        'SELECT "user.name", "leakscope.provenance.record", "leakscope.raw" FROM events'
    ).fetchall()
    assert rows == [("sato", 1, '{"n":1}'), ("1234", 16, '{"n":1}')]
    assert json.loads(rows[0][2]) == {"n": 1}


def test_row_groups_are_bounded_by_raw_bytes(tmp_path, monkeypatch):
    monkeypatch.setattr("leakscope.timeline.storage.GROUP_BYTES", 10_000)
    writer = EventWriter(tmp_path / "batch.parquet")
    for index in range(100):
        writer.add(normalize({"message": str(index), "leakscope.raw": {"x": "y" * 1000}}))
    path = writer.close()
    meta = pq.ParquetFile(path).metadata
    assert meta.num_rows == 100
    assert meta.num_row_groups >= 10
    assert not list(tmp_path.glob("*.partial"))
