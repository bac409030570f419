"""A mail's sender named by a surname alone in its From (「伊藤 <ito@san-ei.jp>」) who signs its
body in full (「工事部 伊藤 京助 / 携帯 080-…」): one person, not two. So too a reply's bare To
(zsato60@…) greeted 「佐々木 様」, whose quoted mail the customer signed 佐々木直人.

The From's group is held until the mail's body names someone of that surname in full; it
then takes that name's key in the mail (``name@document``), which the body's group holds.
A mail whose body names no one so lets it go as it was, at the end of the file.
"""

from __future__ import annotations

from collections.abc import Callable

from .name_lexicon import is_surname
from .subject_group_keys import Group, GroupSummary


class SignedSenders:
    """The From groups of a file's mails held for their bodies' signatures (and a bare To
    greeted by a surname alone, for the name of the one it was written to)."""

    def __init__(self, sink: Callable[[GroupSummary], None]) -> None:
        self._sink = sink
        # per mail: the surname, the group, and whether it is the mail's To
        self._held: dict[tuple, list[tuple[str, GroupSummary, bool]]] = {}

    def holds(self, group: Group, summary: GroupSummary, greeted: str | None = None) -> bool:
        """Whether ``group`` is a mail's From of a surname alone, or its To greeted by the
        surname ``greeted`` (then held)."""
        if group.document is None:
            return False
        addressed = greeted is not None
        if greeted is None:
            if not group.sender or len(group.names) != 1:
                return False
            (greeted,) = group.names
            if not is_surname(greeted):
                return False
        self._held.setdefault(group.document, []).append((greeted, summary, addressed))
        return True

    def signed(self, group: Group) -> None:
        """Let each held group of ``group``'s mail go, keyed as the one full name of its
        surname ``group`` names (the signature's, the addressee's), if it names one; not a
        To by its own mail's sender (佐藤 一郎 writing to 「佐藤 様」)."""
        held = self._held.get(group.document) if group.document is not None else None
        if not held:
            return
        for entry in list(held):
            surname, summary, addressed = entry
            if addressed and group.sender:
                continue
            full = [name for name in group.names if name.startswith(surname) and name != surname]
            if len(full) == 1:
                held.remove(entry)
                self._sink(summary._replace(keys=(
                    *summary.keys, ("name@document", repr(group.document), full[0]))))

    def flush(self) -> None:
        """Let every held group go as it was (the end of a file)."""
        for held in self._held.values():
            for _, summary, _ in held:
                self._sink(summary)
        self._held.clear()
