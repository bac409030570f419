"""Web attacks in access logs: scanners, SQL injection / XSS, and webshells.

- Scanner: one client with a burst of requests (rate) or of 4xx answers in a minute.
- Injection: each query parameter value, URL-decoded, checked with libinjection (the C
  library that ModSecurity uses; the `libinjection-python` wheel), not with home-made regexes.
- Webshell: a script (.php/.asp/.aspx/.jsp/...) that receives POSTs answered 2xx, from at most
  two clients, and that almost nobody else requests: planted, then driven by its owner.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import parse_qsl, unquote_plus

import libinjection

from leakscope.detect.analytics.base import MAX_EVIDENCE, Event, analytic_detection, raw_of
from leakscope.detect.analytics.windows import Window, event_time
from leakscope.detect.model import Detection

SCRIPT_SUFFIXES = (".php", ".asp", ".aspx", ".ashx", ".jsp", ".jspx", ".cfm", ".cgi", ".pl")


def _query(event: Event) -> str:
    query = event.get("url.query") or raw_of(event).get("cs-uri-query")
    if not query or query == "-":
        url = str(event.get("url.original") or "")
        query = url.partition("?")[2]
    return str(query)


def query_values(query: str) -> list[str]:
    """Each parameter value, URL-decoded twice (double encoding is a classic evasion); the
    whole query when it is not key=value pairs.  Values are tested one by one, like a WAF's
    ARGS, so `price<100` next to other parameters is not read as markup."""
    pairs = parse_qsl(query, keep_blank_values=True)
    values = [v or k for k, v in pairs] if pairs else [unquote_plus(query)]
    return [unquote_plus(v) for v in values]


def injection_kind(text: str) -> str | None:
    """'sqli' / 'xss' when libinjection flags the text, else None."""
    if not text:
        return None
    if libinjection.is_sql_injection(text)["is_sqli"]:
        return "sqli"
    if libinjection.is_xss(text)["is_xss"]:
        return "xss"
    return None


def _is_web(event: Event) -> bool:
    return event.get("event.category") == "web" or \
        event.get("leakscope.logsource.category") == "webserver"


class WebAttacks:
    id = "leakscope.web"

    def __init__(self, window: float = 60, rate: int = 300, errors: int = 30,
                 webshell_max_clients: int = 2, webshell_min_posts: int = 3) -> None:
        self.rate, self.errors = rate, errors
        self.max_clients, self.min_posts = webshell_max_clients, webshell_min_posts
        self._span = window
        self._requests: dict[str, Window] = {}
        self._errors: dict[str, Window] = {}
        self._reported: set[tuple[str, str]] = set()
        self._clients: dict[str, set[str]] = defaultdict(set)
        self._posts: dict[str, list[Event]] = defaultdict(list)

    def feed(self, event: Event) -> Iterable[Detection]:
        if not _is_web(event):
            return ()
        out: list[Detection] = []
        source = str(event.get("source.ip") or "")
        kind = next((k for v in query_values(_query(event)) if (k := injection_kind(v))), None)
        if kind is not None:
            title = "SQL injection attempt" if kind == "sqli" else "Cross-site scripting attempt"
            tags = ["attack.initial-access", "attack.t1190"]
            out.append(analytic_detection(f"leakscope.web.{kind}", title, "high", tags, event,
                                          [event], f"libinjection flags the query of "
                                          f"{event.get('url.original')}"))
        when = event_time(event)
        if when is not None and source:
            out.extend(self._burst(event, when, source))
        self._track_script(event, source)
        return out

    def _burst(self, event: Event, when: float, source: str) -> list[Detection]:
        out = []
        status = event.get("http.response.status_code") or 0
        checks = [("rate", self._requests, self.rate, True),
                  ("errors", self._errors, self.errors, 400 <= int(status) < 500)]
        for name, windows, threshold, applies in checks:
            if not applies:
                continue
            window = windows.setdefault(source, Window(self._span))
            window.add(when, event)
            if len(window) >= threshold and (source, name) not in self._reported:
                self._reported.add((source, name))
                what = "requests" if name == "rate" else "4xx answers"
                out.append(analytic_detection(
                    f"leakscope.web.scanner-{name}", f"Web scanner ({what} burst)", "medium",
                    ["attack.reconnaissance", "attack.t1595"], event, list(window.values()),
                    f"{len(window)} {what} for {source} within {int(self._span)} s",
                    entity={"source_ip": source}))
        return out

    def _track_script(self, event: Event, source: str) -> None:
        path = str(event.get("url.path") or event.get("url.original") or "").partition("?")[0]
        if not path.lower().endswith(SCRIPT_SUFFIXES):
            return
        clients = self._clients[path]
        if len(clients) <= self.max_clients:  # more than that is all we need to know
            clients.add(source)
        status = event.get("http.response.status_code") or 0
        if str(event.get("http.request.method") or "").upper() == "POST" and \
                200 <= int(status) < 300:
            posts = self._posts[path]
            posts.append(event)
            del posts[:-MAX_EVIDENCE]

    def finish(self) -> Iterable[Detection]:
        for path, posts in self._posts.items():
            posters = {str(e.get("source.ip") or "") for e in posts}
            if len(posts) < self.min_posts or len(posters) > self.max_clients or \
                    len(self._clients[path]) > self.max_clients:
                continue
            yield analytic_detection(
                "leakscope.web.webshell", "Possible webshell (rare script receiving POSTs)",
                "high", ["attack.persistence", "attack.t1505.003"], posts[0], posts,
                f"{path} received {len(posts)} POST(s) from {', '.join(sorted(posters))} and "
                f"no other client requested it")
