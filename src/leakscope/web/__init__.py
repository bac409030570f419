"""`leakscope serve`: a local, read-only web view of a case (FastAPI + Jinja2, no CDN)."""

from leakscope.web.app import create_app

__all__ = ["create_app"]
