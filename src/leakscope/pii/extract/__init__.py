"""Extractors: evidence files of every format a leaked share holds -> `TextUnit`s.

    for item in extract(path, "share/顧客.csv"):
        if isinstance(item, ExtractError): ...   # names the file and the problem
        else: detect(item.text, label=item.label) ...

The format is chosen by magic bytes first, then extension, then content. `extract` never
raises for bad input: every failure is an `ExtractError` naming the display path, after the
units read so far, and the rest of the file (other sheets, members, parts) is still read.

Field units hold one value, its column/key as ``label`` and its row as ``record`` (same
record = same person; record ids are unique across files, they start with the path):

    CSV/TSV             {"row": 3, "field": "氏名"}            record "a.csv#row3"
    .xlsx/.xls/.ods     {"sheet": "社員", "row": 4, "field": "電話"}
    .docx/.pptx/.odt    {"table": 1, "row": 2, "field": ...} (+ "slide")
    SQL dump, SQLite    {"table": "customers", "row": 7, "field": "email"}
    JSON, JSON Lines    {"record": "3", "key": "contact.email"}  label "email"
    mail headers        {"header": "To"} (+ "message" in an mbox; + "forwarded": 1 in the
                        first forwarded message/rfc822, "1.2" in its own first)  label "To"
    HL7 v2 messages     {"message": 2, "segment_line": 9, "field": "PID-5"}  label "氏名",
                        record "adt.hl7#msg2" (a next of kin "adt.hl7#msg2/NK1-1")

A form (申込書, 履歴書: a table or small sheet whose rows start with a label cell) is one
record, "form.docx#table1" / "form.xlsx#申込書", each value labelled by the label before it.

Text units hold many lines; the location names the first, `locate(unit, start)` gives the
exact line/column of a match, `is_repeat(unit, start)` says a match lies in the overlap a
window of a huge line shares with the previous one (already reported there):

    text, HTML, RTF     {"line": 1} / {"line": 9, "column": 4194305, "overlap": 4096}
    mail bodies         {"body": "text/plain", "line": 1} (+ "message"; .eml mbox .msg
                        winmail.dat)
    PDF pages, slides   {"page": 2, "line": 1} / {"slide": 3, "line": 1}
    .docx/.odt prose    {"part": "body" | "text boxes" | "header 1", "paragraph": 1}
    SQL/JSON as text    {"line": 12} (UPDATE statements, invalid JSON documents/lines)
    binary strings      {"offset": 1234} (unknown binaries, legacy .doc/.ppt)

Archive members and attachments carry the display path ``outer.zip!inner/a.csv``,
``mail.eml!添付.xlsx``; `ArchiveLimits` bounds what one top-level file may expand to.
"""

from leakscope.pii.extract.base import ArchiveLimits
from leakscope.pii.extract.location import is_repeat, locate
from leakscope.pii.extract.registry import extract

__all__ = ["ArchiveLimits", "extract", "is_repeat", "locate"]
