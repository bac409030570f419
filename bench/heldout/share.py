"""Writing a corpus's leaked share: files/ under the corpus folder, the same bytes on every run.

Office containers (xlsx, docx, zip) carry the share's one timestamp and mails a boundary drawn
from their own text, so two runs of a seed differ in nothing.
"""

from __future__ import annotations

import csv
import hashlib
import io
import random
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import Any, Protocol, Self

import openpyxl
from faker import Faker
from openpyxl.styles import Font

from .truth import Truth

_CORE_TIMES = re.compile(rb"(<dcterms:(created|modified)\b[^>]*>)[^<]*(</dcterms:\2>)")
_MODIFIED = re.compile(rb"(<dcterms:(modified)\b[^>]*>)[^<]*(</dcterms:\2>)")
_MODIFIED_TAG = re.compile(rb"<dcterms:modified\b[^>]*>")


def csv_text(rows: Iterable[Iterable[Any]], delimiter: str = ",", end: str = "\r\n") -> str:
    """CSV as Excel writes it (CRLF line ends, unless `end` says otherwise)."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=end).writerows(rows)
    return buffer.getvalue()


def padded(text: str, width: int) -> str:
    """A fixed-width record's field (a 全銀 file's): `text` padded with spaces or cut to `width`."""
    return text.ljust(width)[:width]


def sql_create(table: str, columns: str, options: str = "", key: str = "", *,
               lines: bool = False, foreign: Iterable[tuple[str, str, str]] = ()) -> str:
    """A mysqldump CREATE TABLE from "name type, name type": every name back-quoted; key: the
    column a PRIMARY KEY clause names; foreign: (column, table, its column) FOREIGN KEY clauses
    after it; lines: one column a line, indented two spaces."""
    quoted = []
    for column in columns.split(","):
        name, kind = column.strip().split(" ", 1)
        quoted.append(f"`{name}` {kind}")
    if key:
        quoted.append(f"PRIMARY KEY (`{key}`)")
    quoted += [f"FOREIGN KEY (`{c}`) REFERENCES `{t}`(`{r}`)" for c, t, r in foreign]
    body = ("(\n" + ",\n".join(f"  {q}" for q in quoted) + "\n)" if lines
            else f"({', '.join(quoted)})")
    return f"CREATE TABLE `{table}` {body}{' ' + options if options else ''};"


def sql_quote(value: object) -> str:
    """A value as an SQL string literal, its quotes doubled."""
    return "'" + str(value).replace("'", "''") + "'"


def mysqldump_head(distrib: str, host: str, database: str) -> list[str]:
    """The lines mysqldump begins a dump with, through SET NAMES and a blank line."""
    return [f"-- MySQL dump 10.13  Distrib {distrib}, for Linux (x86_64)",
            f"-- Host: {host}    Database: {database}", "-- " + "-" * 54, "SET NAMES utf8mb4;", ""]


def workbook(sheet: str, banner: str = "", span: str = "", *,
             bold: bool = False, size: float | None = None) -> tuple[openpyxl.Workbook, Any]:
    """A new workbook and its first sheet, named `sheet`, with `banner` in A1 merged over
    `span` (where one is given); bold: the banner set in bold type, in `size` points where
    given (corpus 58's 14; else the default)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    if banner:
        if span:
            ws.merge_cells(span)
        ws["A1"] = banner
        if bold:
            ws["A1"].font = Font(bold=True, size=size)
    return wb, ws


def mail_bytes(sender: str, to: str, subject: str, date: str, body: str,
               attachments: Iterable[tuple[str, bytes | str, str, str]] = (),
               message_id: str = "", cc: str = "", charset: str = "utf-8",
               boundary: str = "", linesep: str = "\n", smtp: bool = False,
               cte: str | None = None) -> bytes:
    """An .eml; attachments are (filename, data, maintype, subtype), text data attached as
    UTF-8 text/subtype (maintype unused); cc: a Cc header after To; charset: the body's;
    boundary: a multipart's where the generator drew one (else one drawn from the text);
    linesep: "\\r\\n" where the generator wrote with policy.SMTP (corpus 49); smtp: built
    under policy.SMTP, a base64 body's lines ending CRLF whatever linesep (corpus 55); cte:
    the body's transfer encoding where the generator named one (corpus 64's 7bit JIS)."""
    message = EmailMessage(policy=SMTP) if smtp else EmailMessage()
    message["From"] = sender
    message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = subject
    message["Date"] = date
    if message_id:
        message["Message-ID"] = message_id
    message.set_content(body, charset=charset, cte=cte)
    for filename, data, maintype, subtype in attachments:
        if isinstance(data, str):
            message.add_attachment(data, subtype=subtype, filename=filename, charset="utf-8")
        else:
            message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    if message.is_multipart():  # (email would draw the boundary from the unseeded random)
        digest = int.from_bytes(hashlib.sha256((subject + body).encode()).digest()[:8], "big")
        message.set_boundary(boundary or f"{'=' * 15}{digest % 10**19:019d}==")
    return message.as_bytes(policy=message.policy.clone(linesep=linesep))


class Share:
    """The folder of leaked files; refuses one that already holds files (a stale seed's).
    keep_modes: a container's members keep the file modes their library gave them (else the
    mode a fresh zip entry gets, as generators that re-zipped their office files wrote them).
    keep_created: docProps/core.xml's created date stays as the document gave it, only its
    modified date pinned (corpus 48's, created 1 April). member_mode: the mode a member gets
    where keep_modes is off (0o644 where the generator gave its re-zipped members one, corpus
    54; 0: none). modified_tag: where given, docProps/core.xml's whole <dcterms:modified ...>
    opening tag becomes it (corpus 59's gen.py rewrote openpyxl's with its xsi:type alone,
    the namespace declarations dropped); b"": kept."""

    keep_modes = True
    keep_created = False
    member_mode = 0
    modified_tag = b""

    def __init__(self, root: Path, stamp: datetime) -> None:
        if root.is_dir() and any(root.iterdir()):
            raise FileExistsError(f"{root} is not empty")
        self.root = root
        self.stamp = stamp

    def path(self, rel: str) -> Path:
        """Where `rel` goes, its folder made."""
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def write(self, rel: str, data: str | bytes, encoding: str = "utf-8") -> None:
        """Write text in `encoding` with its line ends as given, or bytes as they are."""
        self.path(rel).write_bytes(data if isinstance(data, bytes) else data.encode(encoding))

    def save(self, rel: str, document: Any, core: bool | datetime = True, *,
             when: datetime | None = None) -> None:
        """Save an openpyxl Workbook or a python-docx Document, its times pinned (core: its
        docProps/core.xml dates too, to that date where one is given; else kept as the library
        wrote them; when: its members dated so, not the share's stamp, corpus 66's documents)."""
        self.write(rel, self.document_bytes(document, core, when=when))

    def document_bytes(self, document: Any, core: bool | datetime = True, *,
                       stored: bool = False, when: datetime | None = None) -> bytes:
        """An openpyxl Workbook or a python-docx Document as saved, its times pinned (core: its
        docProps/core.xml dates too; stored and when: as pinned's)."""
        buffer = io.BytesIO()
        document.save(buffer)
        return self.pinned(buffer.getvalue(), core, when, stored=stored)

    def write_zip(self, rel: str, members: Iterable[tuple[str, bytes]],
                  compression: int = zipfile.ZIP_STORED, when: datetime | None = None) -> None:
        """A zip archive of (name, data) members, dated with the share's stamp (or `when`)."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression) as archive:
            for name, data in members:
                archive.writestr(name, data)
        self.write(rel, self.pinned(buffer.getvalue(), when=when))

    def pinned(self, data: bytes, core: bool | datetime = True,
               when: datetime | None = None, *, stored: bool = False) -> bytes:
        """The zip container `data` with every member dated `when` (else `stamp`) and (where
        core) docProps/core.xml dated `stamp`, or core where it is a date (corpus 46's 1
        October); python-docx's template dates, where not core, kept; stored: every member
        left uncompressed (a generator that re-zipped with bare ZipInfos, corpus 58's mail
        attachment; else each keeps its compression)."""
        when = when or self.stamp
        iso = (core if isinstance(core, datetime) else self.stamp).strftime(
            "%Y-%m-%dT%H:%M:%SZ").encode()
        buffer = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w") as out:
            for info in source.infolist():
                body = source.read(info)
                if core and info.filename == "docProps/core.xml":
                    times = _MODIFIED if self.keep_created else _CORE_TIMES
                    body = times.sub(rb"\g<1>" + iso + rb"\g<3>", body)
                    if self.modified_tag:
                        body = _MODIFIED_TAG.sub(self.modified_tag, body)
                member = zipfile.ZipInfo(info.filename, when.timetuple()[:6])
                member.compress_type = zipfile.ZIP_STORED if stored else info.compress_type
                if self.keep_modes:
                    member.external_attr = info.external_attr
                elif self.member_mode:
                    member.external_attr = self.member_mode << 16
                out.writestr(member, body)
        return buffer.getvalue()


def sign(document: Any, author: str, creator: str, when: datetime) -> None:
    """A python-docx Document's author (an openpyxl Workbook's creator) set, and its created
    and modified dates `when`, as a generator set them before saving."""
    if hasattr(document, "core_properties"):
        props = document.core_properties
        props.author = author
    else:
        props = document.properties
        props.creator = creator
    props.created = props.modified = when


def label_table(document: Any, rows: Iterable[Sequence[str]], style: str = "",
                cols: int = 2) -> None:
    """A python-docx table of label | value rows (in `style` where given); cols: more cells a
    row, label | value | label | value."""
    table = document.add_table(rows=0, cols=cols)
    if style:
        table.style = style
    for row in rows:
        add_row(table, *row)


def header_table(document: Any, header: Sequence[str], style: str = "") -> Any:
    """A python-docx table of its header row (in `style` where given), for add_row's rows."""
    table = document.add_table(rows=1, cols=len(header))
    if style:
        table.style = style
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    return table


def add_row(table: Any, *values: str) -> None:
    """A python-docx table's new row, a value a cell."""
    for cell, text in zip(table.add_row().cells, values, strict=True):
        cell.text = text


def draw_labels(sheet: Any, rows: Iterable[tuple[str, str]], y: float, value_x: float,
                step: float, label_x: float = 60) -> float:
    """A form's label | value lines from `y` down by `step`; the y below the last."""
    for label, value in rows:
        sheet.drawString(label_x, y, label)
        sheet.drawString(value_x, y, value)
        y -= step
    return y


def pdf_bytes(draw: Callable[[Any, str], None]) -> bytes:
    """A PDF drawn by draw(canvas, font) with reportlab's Japanese CID font, its creation date
    and document ID fixed (reportlab's invariant mode), so a seed always makes the same bytes."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font = "HeiseiKakuGo-W5"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, invariant=1)
    draw(sheet, font)
    sheet.save()
    return buffer.getvalue()


def lines_pdf(lines: Iterable[str], size: float, x: float, step: float, *,
              font_each: bool = False, top: float = 800, title: str = "",
              title_size: float = 16, first_step: float = 0) -> bytes:
    """A PDF of text lines in `size`-point type at `x`, from y `top` (800) down by `step`, a
    new page once a line has reached below 60 (pdf_bytes's font and fixed dates); font_each:
    the font set before every line instead of at each page's top (corpus 55's gen.py); title:
    a heading in `title_size`-point type at `top`, the lines from 40 below it (corpus 67);
    first_step: the step below the first line where the rest are `step` apart (corpus 73's
    heading in the list's type, 20 above it)."""
    def draw(sheet: Any, font: str) -> None:
        y = top
        if title:
            sheet.setFont(font, title_size)
            sheet.drawString(x, y, title)
            y -= 40
        if not font_each:
            sheet.setFont(font, size)
        for k, line in enumerate(lines):
            if font_each:
                sheet.setFont(font, size)
            sheet.drawString(x, y, line)
            y -= first_step if first_step and k == 0 else step
            if y < 60:
                sheet.showPage()
                if not font_each:
                    sheet.setFont(font, size)
                y = 800
    return pdf_bytes(draw)


def age_on(born: date, on: date) -> int:
    """Someone's age on `on`: the years since `born`, less one before the birthday."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


@dataclass(eq=False)
class Street:
    """An address down to 丁目, 番 and 号 (c, b, g); a corpus adds the building and 〒."""

    pref: str
    city: str
    town: str
    c: int
    b: int
    g: int

    def banchi(self) -> str:
        """東京都目黒区中目黒2丁目5番14号."""
        return f"{self.pref}{self.city}{self.town}{self.c}丁目{self.b}番{self.g}号"

    def dashed(self, pref: bool = False, hyphen: str = "-") -> str:
        """目黒区中目黒2-5-14, 都道府県 first where pref; hyphen: what a memo types for "-"."""
        h = hyphen
        return f"{self.pref if pref else ''}{self.city}{self.town}{self.c}{h}{self.b}{h}{self.g}"


def fresh_name(rng: random.Random, used: set[tuple[str, str]], lasts: Sequence[tuple],
               firsts: dict[str, Sequence[tuple]], *, last: tuple | None = None, sex: str = "",
               tries: int = 200) -> tuple[tuple, str, tuple]:
    """A surname (`last` where given), a sex (a key of `firsts`, drawn where not given) and a
    given name whose pair of kanji is not yet in `used`, then added to it: Faker's (kanji, kana,
    roman) name pairs drawn again until fresh, and after `tries` draws whatever came."""
    for _ in range(tries):
        surname = last or rng.choice(lasts)
        drawn = sex or rng.choice(list(firsts))
        given = rng.choice(firsts[drawn])
        if (surname[0], given[0]) not in used:
            break
    used.add((surname[0], given[0]))
    return surname, drawn, given


@dataclass(eq=False)
class Named:
    """Someone with a name in kanji (or Latin letters) and in kana: what every corpus's people
    have in common; a corpus adds the rest."""

    id: str
    role: str
    sex: str
    last: str
    first: str
    last_kana: str
    first_kana: str

    def name(self, sep: str = " ") -> str:
        return f"{self.last}{sep}{self.first}"

    def kana(self, sep: str = " ") -> str:
        return f"{self.last_kana}{sep}{self.first_kana}"


class Extras:
    """A person dataclass's mixin: an attribute it lacks is read from its dict field named
    `extras` (a role's own: a patient's diagnosis, a staff member's bank)."""

    extras = "ext"

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__[self.extras][name]
        except KeyError:
            raise AttributeError(name) from None


@dataclass(eq=False)
class Resident(Named):
    """A Named with a romanized name, a birth date and a home, reached by mobile and mail."""

    last_roman: str
    first_roman: str
    born: date
    addr: Street
    mobile: str = ""
    email: str = ""


@dataclass(eq=False)
class Population:
    """A seed's random streams, share and truth, which a corpus's world extends with its people
    (a dataclass whose further fields all have defaults)."""

    seed: int
    rng: random.Random
    faker: Any
    share: Share
    truth: Truth

    @classmethod
    def seeded(cls, seed: int, share: Share, truth: Truth, stream: int, names: int,
               **fields: Any) -> Self:
        """The population of a blind generator that drew from random.Random(stream) and a
        Faker("ja_JP") seeded with `names`; fields: the corpus's own."""
        faker = Faker("ja_JP")
        faker.seed_instance(names)
        return cls(seed, random.Random(stream), faker, share, truth, **fields)

    def between(self, first: date, last: date) -> date:
        """A day from `first` to `last`, both included."""
        return first + timedelta(days=self.rng.randint(0, (last - first).days))

    def write_truth(self, outdir: Path) -> None:
        """outdir/truth.jsonl, its people those some file really exposes (a corpus that counts
        or merges otherwise says so in its own)."""
        self.truth.write(outdir, len(self.truth.people()))


class World(Protocol):
    """A corpus's people and output, as its writers share them."""

    def write_truth(self, outdir: Path) -> None: ...


@dataclass(frozen=True)
class Corpus:
    """A corpus: who is in it, the files written about them in order (each draws on the one
    random stream in turn) and when the share was copied."""

    populate: Callable[[int, Share], World]
    writers: Sequence[Callable[[Any], None]]
    stamp: datetime

    def generate(self, seed: int, outdir: Path) -> None:
        """Write outdir/files/ and outdir/truth.jsonl for `seed` (outdir/files must be empty)."""
        world = self.populate(seed, Share(outdir / "files", self.stamp))
        for write in self.writers:
            write(world)
        world.write_truth(outdir)
