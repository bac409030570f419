"""Questions asked of the timeline: free SQL, and per-entity summaries ("who, what, when")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from leakscope.timeline.storage import events_relation

ENTITY_COLUMNS = {"user": '"user.name"', "source_ip": '"source.ip"', "host": '"host.name"'}


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]


def query(case: Any, sql: str, *, limit: int | None = None) -> QueryResult:
    """Run SQL against the view ``events`` of a case (DuckDB dialect)."""
    con = events_relation(case)
    try:
        cursor = con.execute(sql)
        columns = [d[0] for d in cursor.description or []]
        rows = cursor.fetchmany(limit) if limit else cursor.fetchall()
        return QueryResult(columns, rows)
    finally:
        con.close()


_ENTITY_SQL = """
WITH e AS (SELECT *, {entity} AS entity, coalesce("file.path", "url.path") AS object
           FROM events WHERE {entity} IS NOT NULL AND {entity} NOT IN ('-', '')),
objects AS (SELECT entity, object, count(*) AS n FROM e WHERE object IS NOT NULL
            GROUP BY ALL),
top AS (SELECT entity, list(object ORDER BY n DESC, object)[1:3] AS top_objects
        FROM objects GROUP BY entity),
summary AS (
    SELECT entity,
           min(ts) AS first_seen,
           max(ts) AS last_seen,
           count(*) AS events,
           count(*) FILTER (WHERE "event.category" = 'authentication'
                            AND "event.outcome" = 'success') AS logons,
           count(*) FILTER (WHERE "event.outcome" = 'failure') AS failures,
           coalesce(sum("http.response.body.bytes"), 0) AS bytes_out,
           count(DISTINCT "source.ip") AS source_ips,
           count(DISTINCT "user.name") AS users,
           count(DISTINCT "host.name") AS hosts,
           count(DISTINCT object) AS objects,
           list(DISTINCT "event.module" ORDER BY "event.module") AS modules
    FROM e GROUP BY entity)
SELECT summary.*, top.top_objects
FROM summary LEFT JOIN top USING (entity)
ORDER BY failures DESC, bytes_out DESC, events DESC, entity
"""


def entities(case: Any, by: str = "user") -> list[dict[str, Any]]:
    """One summary per user / source IP / host: first & last seen, logons, failures, bytes out,
    and the objects (files, URLs) it touched most."""
    if by not in ENTITY_COLUMNS:
        raise ValueError(f"--by must be one of {', '.join(ENTITY_COLUMNS)}")
    result = query(case, _ENTITY_SQL.format(entity=ENTITY_COLUMNS[by]))
    return [dict(zip(result.columns, row, strict=True)) for row in result.rows]
