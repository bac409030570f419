"""Excel workbooks (.xlsx via openpyxl read-only, .xls via xlrd): one row = one record.

Each sheet finds its own header row (title rows above it are common in Japanese ledgers)
and fails on its own: a corrupt sheet is an error, the other sheets are still read.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import xlrd

from leakscope.pii.extract.archive import check_container
from leakscope.pii.extract.base import Context, Item
from leakscope.pii.extract.tables import sheet_units
from leakscope.pii.units import ExtractError


def extract_xlsx(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    check_container(path, ctx)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about styles it cannot read
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        for sheet in book.worksheets:
            try:
                sheet.reset_dimensions()  # a bogus A1:XFD1048576 must not pad every row
                yield from sheet_units(
                    display, sheet.iter_rows(values_only=True), f"{display}#{sheet.title}!",
                    {"sheet": sheet.title},
                )
            except Exception as error:  # one broken sheet must not lose the others
                yield ExtractError(display, f"sheet {sheet.title!r} unreadable: {error}")
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
    book = xlrd.open_workbook(str(path), on_demand=True, logfile=_Quiet())
    try:
        for index in range(book.nsheets):
            name = book.sheet_names()[index]
            try:
                sheet = book.sheet_by_index(index)
                rows = (
                    [_xls_cell(cell, book.datemode) for cell in sheet.row(r)]
                    for r in range(sheet.nrows)
                )
                yield from sheet_units(display, rows, f"{display}#{name}!", {"sheet": name})
            except Exception as error:
                yield ExtractError(display, f"sheet {name!r} unreadable: {error}")
            finally:
                book.unload_sheet(index)
    finally:
        book.release_resources()


class _Quiet:
    """xlrd writes warnings to a log file object; evidence noise is not ours to print."""

    def write(self, _text: str) -> None:
        pass
