"""One HTTP request -> ECS fields and the W3C-style raw names Sigma ``webserver`` rules use."""

from __future__ import annotations

from typing import Any

from leakscope.timeline.schema import RAW, Event


def web_event(*, module: str, stamp: str | None, client: str | None, user: str | None,
              method: str | None, uri: str | None, status: Any, size: Any,
              agent: str | None, referer: str | None = None, version: str | None = None,
              host: str | None = None, raw: dict[str, Any]) -> Event:
    """Sigma webserver rules match ``c-uri``, ``cs-method``, ``sc-status``, ``cs-user-agent``."""
    path, _, query = (uri or "").partition("?")
    ext = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else None
    raw.update({
        "c-ip": client, "cs-username": user, "cs-method": method, "c-uri": uri,
        "c-uri-stem": path, "c-uri-query": query or None, "c-uri-extension": ext,
        "cs-uri-stem": path, "cs-uri-query": query or None, "sc-status": _int(status),
        "sc-bytes": _int(size), "cs-user-agent": agent, "c-useragent": agent,
        "cs-referer": referer, "cs-version": version, "cs-host": host,
    })
    code = _int(status)
    return {
        "@timestamp": stamp,
        "event.action": method,
        "event.category": "web",
        "event.outcome": "unknown" if code is None else (
            "failure" if code >= 400 else "success"),
        "event.module": module,
        "event.dataset": f"{module}.access",
        "host.name": host,
        "source.ip": client,
        "user.name": user,
        "http.request.method": method,
        "url.original": uri,
        "url.path": path or None,
        "url.query": query or None,
        "http.response.status_code": code,
        "http.response.body.bytes": _int(size),
        "user_agent.original": agent,
        "leakscope.logsource.category": "webserver",
        "leakscope.logsource.product": module,
        RAW: raw,
    }


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
