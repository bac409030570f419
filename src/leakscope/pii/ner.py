"""GiNZA (spaCy ``ja_ginza``) person-name NER, loaded once per process and only when asked.

NER is the slowest thing in the pipeline (~ms per sentence), so the name recognizer calls it
only on short windows around a cheap signal (an honorific, a name label). If the model cannot
be loaded, ``person_spans`` returns None and the caller falls back to its heuristics; the load
error is kept so a scan can report it once.
"""

from __future__ import annotations

import threading
from typing import Any

_lock = threading.Lock()
_nlp: Any = None
_error: str | None = None
_loaded = False


def load_error() -> str | None:
    """Why GiNZA could not be loaded (None if it loaded or was never needed)."""
    return _error


def _model() -> Any:
    global _nlp, _error, _loaded
    with _lock:
        if not _loaded:
            _loaded = True
            try:
                import spacy

                _nlp = spacy.load("ja_ginza", disable=["compound_splitter", "bunsetu_recognizer"])
            except Exception as exc:  # any import/model failure degrades to heuristics
                _error = f"GiNZA (ja_ginza) unavailable: {type(exc).__name__}: {exc}"
    return _nlp


def person_spans(text: str) -> list[tuple[int, int]] | None:
    """Character spans of person names GiNZA finds in ``text``; None if GiNZA is unavailable."""
    nlp = _model()
    if nlp is None:
        return None
    doc = nlp(text)
    return [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "Person"]
