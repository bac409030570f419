"""A mail's sender named by a surname alone in its From (「伊藤 <ito@san-ei.jp>」) who signs its
body in full (「工事部 伊藤 京助 / 携帯 080-…」): one person, not two.

The From's group is held until the mail's body names someone of that surname in full; it
then takes that name's key in the mail (``name@document``), which the body's group holds.
A mail whose body names no one so lets it go as it was, at the end of the file.
"""

from __future__ import annotations

from collections.abc import Callable

from .name_lexicon import is_surname
from .subject_group_keys import Group, GroupSummary


class SignedSenders:
    """The From groups of a file's mails held for their bodies' signatures."""

    def __init__(self, sink: Callable[[GroupSummary], None]) -> None:
        self._sink = sink
        self._held: dict[tuple, tuple[str, GroupSummary]] = {}  # per mail: surname, summary

    def holds(self, group: Group, summary: GroupSummary) -> bool:
        """Whether ``group`` is a mail's From of a surname alone (then held)."""
        if not group.sender or group.document is None or len(group.names) != 1:
            return False
        (name,) = group.names
        if not is_surname(name):
            return False
        self._held[group.document] = (name, summary)
        return True

    def signed(self, group: Group) -> None:
        """Let the held From of ``group``'s mail go, keyed as the body's full name of its
        surname (the signature's), if ``group`` names one."""
        held = self._held.get(group.document) if group.document is not None else None
        if held is None:
            return
        surname, summary = held
        full = [name for name in group.names if name.startswith(surname) and name != surname]
        if len(full) == 1:
            del self._held[group.document]
            self._sink(summary._replace(keys=(
                *summary.keys, ("name@document", repr(group.document), full[0]))))

    def flush(self) -> None:
        """Let every held From go as it was (the end of a file)."""
        for _, summary in self._held.values():
            self._sink(summary)
        self._held.clear()
