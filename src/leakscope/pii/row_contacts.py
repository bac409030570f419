"""A row's note that gives another person's contact (a vet's ledger's 備考 「既往：腎不全 緊急連絡先
零様（息子）070-…」): what follows the label is that person's, not the row's own, as in an
emergency contact's column (``extract.row_people``): the son is someone, not a second phone of
the row's client. Only when the note names them or says who they are: 「緊急連絡先 勤務先
03-…」 is the row's own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .extract.row_people import GUARDIAN
from .recognizers.name_forms import NOTE_CONTACT
from .recognizers.name_words import RELATION
from .units import TextUnit

_EMERGENCY = re.compile(r"緊急時?連絡先")
_RELATION = re.compile(RELATION)


def others_in_note(unit: TextUnit, buffer: str, start: int, end: int, found: list) -> list:
    """``found`` (confidence, candidate, recognizer) of a table cell at [start, end) of
    ``buffer``, those after an emergency contact's label in it made that contact's."""
    record = unit.record
    if record is None or record.endswith(GUARDIAN):
        return found
    label = _EMERGENCY.search(buffer, start, end)
    if label is None:
        return found
    after = label.end()
    if _RELATION.search(buffer, after, end) is None and not any(
            cand.start >= after and rec.category == "person_name" for _, cand, rec in found):
        return found
    return [(conf, replace(cand, person=NOTE_CONTACT), rec)
            if cand.start >= after and not cand.person else (conf, cand, rec)
            for conf, cand, rec in found]
