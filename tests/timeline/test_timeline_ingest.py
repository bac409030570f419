"""Ingest into a case: evidence first, an immutable Parquet batch, ledger, DuckDB view."""

from __future__ import annotations

import json
import stat

from leakscope.timeline import events_relation, ingest


def test_ingest_preserves_then_writes_a_batch(case, samples):
    paths = [samples["auth.log"], samples["nginx_access.log"], samples["cloudtrail.json.gz"]]
    result = ingest(case, paths)
    assert result.events == 6 + 4 + 2
    assert result.errors == []
    items = {item.original_path: item for item in case.evidence.items()}
    assert set(items) == {str(p) for p in paths}
    assert result.file.parent == case.events_dir
    assert stat.S_IMODE(result.file.stat().st_mode) & 0o222 == 0  # immutable
    con = events_relation(case)
    rows = con.execute('SELECT "leakscope.provenance.path", "leakscope.provenance.evidence_sha256"'
                       ", count(*) FROM events GROUP BY ALL").fetchall()
    for path, sha, _ in rows:
        assert items[path].sha256 == sha
    raw = con.execute('SELECT "leakscope.raw" FROM events WHERE "event.action" = \'GetObject\''
                      ).fetchone()[0]
    assert json.loads(raw)["requestParameters.key"] == "export/all.csv"
    first = con.execute('SELECT min(ts) FROM events WHERE "event.module" = \'linux\''
                        ).fetchone()[0]
    assert first.year == 2024  # year of the original's mtime, not of the copy's


def test_ingest_is_in_the_ledger(case, samples):
    result = ingest(case, [samples["mail.log"]])
    entries = [e for e in case.ledger.entries() if e.action == "timeline.ingest"]
    assert len(entries) == 1
    details = entries[0].details
    assert details["events"] == 5 and details["batch"] == result.batch_id
    assert details["sources"][0]["path"] == str(samples["mail.log"])


def test_second_ingest_skips_content_already_in_the_timeline(case, samples):
    first = ingest(case, [samples["auth.log"]])
    second = ingest(case, [samples["auth.log"], samples["journal.json"]])
    assert [s.skipped for s in second.sources] == [first.batch_id, None]
    assert len(list(case.events_dir.glob("*.parquet"))) == 2
    assert len(case.evidence.items()) == 2
    count = events_relation(case).execute("SELECT count(*) FROM events").fetchone()[0]
    assert count == 6 + 2
    ingest(case, [samples["auth.log"]], again=True)
    count = events_relation(case).execute("SELECT count(*) FROM events").fetchone()[0]
    assert count == 6 + 2 + 6


def test_folder_with_bad_files_keeps_the_good(case, samples, tmp_path):
    (samples["auth.log"].parent / "junk.bin").write_bytes(b"\x00\x01garbage" * 100)
    result = ingest(case, [samples["auth.log"].parent])
    by_path = {s.path: s for s in result.sources}
    junk = by_path[str(samples["auth.log"].parent / "junk.bin")]
    assert junk.events == 0 and "unknown log format" in junk.errors[0].message
    assert by_path[str(samples["auth.log"])].events == 6
    errors = case.db.execute("SELECT count(*) FROM timeline_errors").fetchone()[0]
    assert errors == len(result.errors) > 0


def test_empty_case_has_an_empty_events_view(case):
    con = events_relation(case)
    assert con.execute('SELECT count(*), count("user.name") FROM events').fetchone() == (0, 0)


def test_parallel_workers_build_the_same_batch(case, samples, tmp_path):
    from leakscope.case import Case

    names = ["auth.log", "nginx_access.log", "cloudtrail.json.gz", "evtx_export.xml"]
    parallel = ingest(case, [samples[n] for n in names], workers=2)
    with Case.init(tmp_path / "serial") as serial_case:
        serial = ingest(serial_case, [samples[n] for n in names], workers=1)
        query = ('SELECT * EXCLUDE (ts) FROM events ORDER BY "leakscope.provenance.path", '
                 '"leakscope.provenance.record"')
        expected = events_relation(serial_case).execute(query).fetchall()
    assert parallel.events == serial.events == 13
    assert events_relation(case).execute(query).fetchall() == expected
    assert [s.path for s in parallel.sources] == [str(samples[n]) for n in names]
    assert not list(case.events_dir.glob("*.part*"))


def test_progress_is_reported_while_a_large_evtx_is_read(case, evtx_dir):
    path = evtx_dir / "DeepBlueCLI" / "Powershell-Invoke-Obfuscation-many.evtx"
    totals: list[int] = []
    steps: list[int] = []
    result = ingest(case, [path], on_total=totals.append, on_progress=steps.append)
    assert result.events > 0
    assert totals == [path.stat().st_size]
    assert sum(steps) == path.stat().st_size
    assert len(steps) > 10  # chunk by chunk, not once at the end
