"""The web app: a read-only view over one case folder, for people who prefer a browser.

It binds to loopback by default, refuses other Host headers (DNS rebinding), sends a strict
Content-Security-Policy, and shows values masked exactly as the CLI does.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from starlette.middleware.trustedhost import TrustedHostMiddleware

from leakscope import __version__
from leakscope.assess import assess_case
from leakscope.assess.labels import category_label
from leakscope.case import Case
from leakscope.detect import case_detections
from leakscope.pii import case_summary

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "[::1]", "::1", "testserver"]
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def create_app(case_root: Path, allowed_hosts: list[str] | None = None) -> FastAPI:
    """One app per case; each request opens the case afresh so it sees the latest state."""
    Case.open(case_root).close()  # fail at start, naming the folder, if it is not a case
    app = FastAPI(title="leakscope", version=__version__, docs_url=None, redoc_url=None)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or LOOPBACK_HOSTS)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    @contextmanager
    def opened() -> Iterator[Case]:
        with Case.open(case_root, actor="web") as case:
            yield case

    def page(request: Request, case: Case, template: str, **context) -> HTMLResponse:
        """Every page names its case; only the overview pays for the full summary."""
        context.update(case_name=case.info().name, case_path=str(case.root))
        return TEMPLATES.TemplateResponse(request, template, context)

    @app.get("/", response_class=HTMLResponse)
    def overview(request: Request) -> HTMLResponse:
        with opened() as case:
            return page(request, case, "overview.html", summary=case.summary(),
                        active="overview")

    @app.get("/evidence", response_class=HTMLResponse)
    def evidence(request: Request) -> HTMLResponse:
        with opened() as case:
            return page(request, case, "evidence.html",
                        items=case.evidence.items(), active="evidence")

    @app.get("/ledger", response_class=HTMLResponse)
    def ledger(request: Request) -> HTMLResponse:
        with opened() as case:
            return page(request, case, "ledger.html",
                        entries=list(case.ledger.entries()), problems=case.ledger.verify(),
                        active="ledger")

    @app.get("/leaked", response_class=HTMLResponse)
    def leaked(request: Request) -> HTMLResponse:
        with opened() as case:
            pii = case_summary(case)
            rows = [
                (category_label(code, "ja"), category_label(code, "en"), count)
                for code, count in sorted(pii["categories"].items(), key=lambda kv: -kv[1])
            ]
            return page(request, case, "leaked.html", pii=pii, rows=rows,
                        active="leaked")

    @app.get("/detections", response_class=HTMLResponse)
    def detections(request: Request) -> HTMLResponse:
        with opened() as case:
            return page(request, case, "detections.html",
                        detections=case_detections(case), active="detections")

    @app.get("/duties", response_class=HTMLResponse)
    def duties(request: Request) -> HTMLResponse:
        """Assessed afresh from what the case knows now; viewing records nothing."""
        with opened() as case:
            assessment, _ = assess_case(case, record=False)
            return page(request, case, "duties.html",
                        obligations=assessment.obligations, active="duties")

    return app
