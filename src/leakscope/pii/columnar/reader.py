"""A delimited file as Arrow record batches of string columns, row-numbered like ``csv.reader``.

The file is decoded exactly as the row-by-row extractor decodes it (same encoding, bad bytes
become U+FFFD) and handed to Arrow's C++ CSV parser as UTF-8. A row Arrow cannot take (a
ragged row; the last row of a file cut mid-row) stops the reading there: the batch it is in
is cut before it and ``RaggedRow`` says how many rows were read, so the caller reads the rest
row by row.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv

from .sjis import utf8_decoder

READ_BYTES = 4 << 20
# One Arrow block: ~4 MB of rows per batch, so memory stays flat; ~30 Arrow calls a column
# a batch cost ~10% of the scan at 1 MB.
BLOCK_BYTES = 1 << 22


class RaggedRow(Exception):
    """A row with another number of fields than the header; ``rows_done`` rows were read."""

    def __init__(self, rows_done: int) -> None:
        super().__init__(f"ragged row after row {rows_done}")
        self.rows_done = rows_done


class _Utf8Transcoder(io.RawIOBase):
    """The file decoded like ``open_text`` (errors -> U+FFFD) and re-encoded as UTF-8."""

    def __init__(self, path: Path, encoding: str) -> None:
        self._raw = path.open("rb", buffering=0)
        self._decoder = utf8_decoder(encoding)
        self.valid_utf8 = self._decoder.valid_utf8
        self._pending = b""
        self._at = 0  # bytes of _pending already read
        self._done = False

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes; what is left of a decoded chunk is sliced, never shifted."""
        while not self._done and (size < 0 or len(self._pending) - self._at < size):
            chunk = self._raw.read(READ_BYTES)
            self._pending = self._pending[self._at:] + self._decoder.decode(chunk, not chunk)
            self._at = 0
            self._done = not chunk
        end = len(self._pending) if size < 0 else min(self._at + size, len(self._pending))
        out, self._at = self._pending[self._at:end], end
        return out

    def readinto(self, buffer) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


def read_batches(path: Path, encoding: str, delimiter: str, columns: int, skip: int = 0
                 ) -> Iterator[pa.RecordBatch]:
    """Record batches of ``columns`` string columns from the header row on (the first row
    after ``skip`` title lines), up to the first row of another width; then raises
    ``RaggedRow`` (``rows_done`` counts from the header row). A ragged row in the first batch
    stops before it (that batch decides the date order, as a whole table's first rows)."""
    ragged: list[int | None] = []  # each one's number (1: the file's first row), if known

    def on_invalid(row) -> str:
        ragged.append(row.number)  # (Arrow parses blocks ahead of the batch it gives)
        return "skip"

    names = [f"c{i}" for i in range(columns)]
    source = _Utf8Transcoder(path, encoding)
    try:
        reader = pacsv.open_csv(
            source,
            read_options=pacsv.ReadOptions(column_names=names, block_size=BLOCK_BYTES,
                                           use_threads=False, skip_rows=skip),
            parse_options=pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True,
                                             ignore_empty_lines=False,
                                             invalid_row_handler=on_invalid),
            convert_options=pacsv.ConvertOptions(column_types=dict.fromkeys(names, pa.string()),
                                                 strings_can_be_null=False,
                                                 quoted_strings_can_be_null=False,
                                                 # (checking costs Arrow 40 % of its parse)
                                                 check_utf8=not source.valid_utf8),
        )
        rows = 0
        for batch in reader:
            if ragged:  # the rows of this batch before the ragged row, if not all of them
                clean = -1 if ragged[0] is None or not rows else ragged[0] - skip - 1 - rows
                if clean < batch.num_rows:
                    if clean > 0:
                        yield batch.slice(0, clean)
                    raise RaggedRow(rows + max(clean, 0))
            rows += batch.num_rows
            yield batch
        if ragged:
            raise RaggedRow(rows)
    finally:
        source.close()
