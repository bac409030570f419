"""A string array's raw buffers, as the C kernels read them (no copy of the text)."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

try:
    from . import _keys as KERNEL
except ImportError:  # built without a compiler: numpy does it
    KERNEL = None


def string_buffers(values: pa.Array | pa.ChunkedArray) -> tuple[np.ndarray, pa.Buffer | bytes]:
    """The offsets (int32, one more than the strings: each string's end) and the data of a
    string array; a null is an empty string."""
    if isinstance(values, pa.ChunkedArray):
        values = values.chunk(0) if values.num_chunks == 1 else values.combine_chunks()
    if values.null_count:
        values = pc.fill_null(values, "")
    if values.type != pa.string():
        values = values.cast(pa.string())
    _, offsets, data = values.buffers()
    if offsets is None:  # an empty array may have no buffers at all
        return np.zeros(1, np.int32), b""
    return (np.frombuffer(offsets, np.int32, len(values) + 1, values.offset * 4),
            b"" if data is None else data)


def leading_bytes(values: pa.Array | pa.ChunkedArray, rows: np.ndarray, count: int
                  ) -> tuple[np.ndarray, np.ndarray]:
    """The first ``count`` bytes of each of ``values[rows]`` (0 past a string's end) and each
    one's length in bytes: how values start, told for a table's findings at once (by the C
    kernel ``_keys`` where it was built, else in numpy)."""
    offsets, data = string_buffers(values)
    if KERNEL is not None:
        first, length = np.empty((rows.size, count), np.uint8), np.empty(rows.size, np.int32)
        KERNEL.leading_bytes(np.ascontiguousarray(rows, np.int64), offsets, data, first, length)
        return first, length
    data = np.frombuffer(data, np.uint8)
    start = offsets[rows]
    length = offsets[rows + 1] - start
    if not data.size:  # every value empty
        return np.zeros((rows.size, count), np.uint8), length
    at = start[:, None] + np.arange(count, dtype=start.dtype)
    first = np.where(at < (start + length)[:, None], data[np.minimum(at, len(data) - 1)], 0)
    return first, length
