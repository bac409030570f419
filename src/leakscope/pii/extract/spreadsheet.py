"""Excel workbooks (.xlsx via python-calamine, .xls via xlrd): one row = one record.

Each sheet finds its own header row (title rows above it are common in Japanese ledgers)
and fails on its own: a corrupt sheet is an error, the other sheets are still read.
calamine (Rust) reads a workbook ~13x faster than openpyxl; a workbook ``xlsx_guard`` does
not trust it with (a sheet whose used range would be absurd, a part that inflates past its
size) is streamed by openpyxl instead. Both give values ``cell_text`` writes alike (but
error cells: openpyxl gives their code, #N/A, calamine nothing; neither holds PII) and skip
the phonetic guides (ふりがな) Excel keeps beside Japanese text.
"""

from __future__ import annotations

import itertools
import os
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path

import xlrd

from leakscope.pii.extract.archive import check_container
from leakscope.pii.extract.base import Context, Item
from leakscope.pii.extract.calamine_child import Rows, Sheets, SheetUnreadable, child_worksheets
from leakscope.pii.extract.forms import sheet_units
from leakscope.pii.extract.samples import as_samples, sample_sheet
from leakscope.pii.extract.xlsx_guard import calamine_refusal
from leakscope.pii.units import ExtractError

# calamine picks its reader by the suffix (case and all): these, and only these, go to its
# .xlsx reader, the one ``xlsx_guard`` vouches for (an .ods or .xlsb one it does not read).
_XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xlam")


def extract_xlsx(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    check_container(path, ctx)
    yield from _workbook_units(display, worksheets(path))


def _workbook_units(display: str, sheets: Sheets) -> Iterator[Item]:
    for title, rows in sheets:
        try:
            if isinstance(rows, Exception):
                raise rows
            first = list(itertools.islice(rows, 3))
            units = sheet_units(display, itertools.chain(first, rows), f"{display}#{title}!",
                                {"sheet": title})
            yield from as_samples(units) if sample_sheet(title, first) else units
        except Exception as error:  # one broken sheet must not lose the others
            yield ExtractError(display, sheet_error(title, error))


def sheet_error(title: str, error: Exception) -> str:
    return f"sheet {title!r} unreadable: {error}"


def worksheets(path: Path) -> Sheets:
    """Each worksheet's title and rows (from column A and row 1, as Excel numbers them), or
    why the sheet cannot be read; by calamine when the guard allows, else by openpyxl."""
    if calamine_refusal(path) is None:
        try:
            return calamine_worksheets(path)
        except Exception:  # what calamine cannot open, openpyxl may; else it says why not
            pass
    return _openpyxl_worksheets(path)


def calamine_worksheets(path: Path) -> Sheets:
    """``worksheets`` for a workbook ``calamine_refusal`` passed, read in a forked child where
    there is fork (``calamine_child``: should calamine abort all the same, that child ends).

    Opens the workbook at once (raising if calamine cannot), then yields sheet by sheet; a
    sheet's rows raise ``CalamineDied`` if the child dies while they are read."""
    if hasattr(os, "fork"):
        return child_worksheets(path, _calamine_in_process)
    return _calamine_in_process(path)


def _calamine_in_process(path: Path) -> Sheets:
    from python_calamine import CalamineWorkbook

    if path.suffix in _XLSX_SUFFIXES:
        return _calamine_sheets(CalamineWorkbook.from_path(str(path)))
    with tempfile.TemporaryDirectory() as folder:  # an alias with the suffix; calamine keeps
        alias = Path(folder) / "workbook.xlsx"  # the file open once it has opened it
        alias.symlink_to(path.resolve())
        book = CalamineWorkbook.from_path(str(alias))
    return _calamine_sheets(book)


def _calamine_sheets(book) -> Sheets:
    from python_calamine import SheetTypeEnum

    try:
        for sheet in book.sheets_metadata:
            if sheet.typ != SheetTypeEnum.WorkSheet:
                continue  # chart and macro sheets hold no cells (openpyxl skips them too)
            try:
                cells = book.get_sheet_by_name(sheet.name)
            except Exception as error:
                yield sheet.name, error
                continue
            yield sheet.name, _calamine_rows(cells)
    finally:
        book.close()


def _calamine_rows(sheet) -> Rows:
    """Rows from row 1; calamine starts each row at the used range's first column."""
    start = sheet.start
    if start is None:
        return
    pad = [""] * start[1]
    for row in sheet.iter_rows():
        yield pad + row if pad else row


def _openpyxl_worksheets(path: Path) -> Sheets:
    import openpyxl

    with path.open("rb") as stream:  # a file, not a name: openpyxl refuses .ods, .xlsb names
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles it cannot read
            book = openpyxl.load_workbook(stream, read_only=True, data_only=True)
        try:
            for sheet in book.worksheets:
                try:
                    sheet.reset_dimensions()  # a bogus A1:XFD1048576 must not pad every row
                except Exception as error:
                    yield sheet.title, error
                    continue
                yield sheet.title, sheet.iter_rows(values_only=True)
        finally:
            book.close()


def _xls_cell(cell: xlrd.sheet.Cell, datemode: int) -> object:
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate_as_datetime(cell.value, datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return cell.value
    if cell.ctype in (xlrd.XL_CELL_ERROR, xlrd.XL_CELL_BOOLEAN):
        return None
    return cell.value


def extract_xls(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    yield from _workbook_units(display, xls_worksheets(path))


def xls_worksheets(path: Path) -> Sheets:
    """``worksheets`` of an Excel 97-2003 workbook (xlrd, a sheet in memory at a time).

    Opens the workbook at once (raising if xlrd cannot); a sheet's rows raise
    ``SheetUnreadable`` where xlrd fails in them."""
    book = xlrd.open_workbook(str(path), on_demand=True, logfile=_Quiet())
    return _xls_sheets(book)


def _xls_sheets(book: xlrd.Book) -> Sheets:
    try:
        for index, name in enumerate(book.sheet_names()):
            try:
                sheet = book.sheet_by_index(index)
            except Exception as error:
                yield name, error
                continue
            try:
                yield name, _xls_rows(sheet, book.datemode)
            finally:
                book.unload_sheet(index)
    finally:
        book.release_resources()


def _xls_rows(sheet: xlrd.sheet.Sheet, datemode: int) -> Rows:
    try:
        for r in range(sheet.nrows):
            yield [_xls_cell(cell, datemode) for cell in sheet.row(r)]
    except Exception as error:  # xlrd's own, or a struct/index error on a damaged sheet
        raise SheetUnreadable(error) from error


class _Quiet:
    """xlrd writes warnings to a log file object; evidence noise is not ours to print."""

    def write(self, _text: str) -> None:
        pass
