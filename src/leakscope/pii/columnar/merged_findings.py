"""One batch's findings as one table, the column rules' and the engine's together, so a
table source reports its rows in the order and records the cell-by-cell path gives them.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..finding import Finding
from ..finding_lines import dense_codes
from ..finding_table import SCHEMA
from ..lonely_sensitive import LABELLED, NOT_ANCHORS, TERM
from ..recognizers.name_forms import joint_of
from . import kernels
from .people_order import people_order
from .rules import Found


def merged_findings(found: list[tuple[int, Found]],
                    engine_found: list[tuple[int, int, Finding]],
                    numbers: np.ndarray, record_prefix: str, fields: list[str],
                    suffixes: tuple[str, ...] | None, same: dict[str, tuple[str, ...]],
                    pointing: np.ndarray) -> tuple[pa.Table, np.ndarray]:
    """One table of both kinds of findings, rows in order, cells in column order (a record
    per row, and one more per distinct column ``suffixes`` names, but where ``same`` says that
    row's person is another of its people), and each row's ``FindingTable.kinds``; a 要配慮
    word is kept beside personal data in its record, or in a row ``pointing`` at a person.

    Built in numpy: per finding only positions, values and a code for its (category,
    detector, personal) kind; strings repeat by ``take`` from a few distinct ones.
    """
    parts = [(c, f) for c, f in found if len(f.index)]
    kinds: dict[tuple[str, str, bool], int] = {}
    sure: dict[float, int] = {}  # a code per distinct confidence
    position = [f.index for _, f in parts]
    column = [np.full(len(f.index), c, dtype=np.int32) for c, f in parts]
    confidence = [np.full(len(f.index), f.confidence) for _, f in parts]
    sure_code = [np.full(len(f.index), sure.setdefault(f.confidence, len(sure))) for _, f in parts]
    kind = [np.full(len(f.index), kinds.setdefault((f.category, f.detector, True), len(kinds)))
            for _, f in parts]
    values = [f.values for _, f in parts]
    if engine_found:
        position.append(np.array([pos for pos, _, _ in engine_found]))
        column.append(np.array([c for _, c, _ in engine_found], dtype=np.int32))
        confidence.append(np.array([f.confidence for _, _, f in engine_found]))
        sure_code.append(np.array([sure.setdefault(f.confidence, len(sure))
                                   for _, _, f in engine_found]))
        kind.append(np.array([kinds.setdefault((f.category, f.detector, f.personal), len(kinds))
                              for _, _, f in engine_found]))
        values.append(pa.array([f.value for _, _, f in engine_found], pa.string()))
    if not kinds:
        return SCHEMA.empty_table(), np.empty(0, np.int64)
    at, col, code = np.concatenate(position), np.concatenate(column), np.concatenate(kind)
    engine_start = at.size - len(engine_found)  # (a joint name's people: the engine's)
    joint = {engine_start + i: person for i, (_, _, f) in enumerate(engine_found)
             if (person := joint_of(f.record))}
    # a row's cells in reading order (``people_order``: another person's last, each
    # person's cells together, a namesake's with the person they are); stable: a cell's
    # findings keep the engine's order
    order, people = people_order(at, col, len(fields), suffixes, same, joint)
    at, col, code = at[order], col[order], code[order]
    suffix = None if people is None else people.suffix
    keep = _not_lonely_sensitive(at if people is None else at * len(people.names) + suffix,
                                 code, list(kinds), pointing if people is None else
                                 pointing * len(people.names) + people.own)
    if keep is not None:
        order, at, col, code = order[keep], at[keep], col[keep], code[keep]
        suffix = None if suffix is None else suffix[keep]
    # a row's kind (category, field, confidence, detector, personal) as one number
    line_kinds, _ = dense_codes(
        (code * len(fields) + col) * len(sure) + np.concatenate(sure_code)[order])
    categories, detectors, personal = (pa.array(k) for k in zip(*kinds, strict=True))
    records = kernels.take(pc.binary_join_element_wise(
        record_prefix, pc.cast(pa.array(numbers), pa.string()), ""), at)
    if people is not None:
        records = pc.binary_join_element_wise(
            records, kernels.take(pa.array(people.names), suffix), "")
    return pa.table([
        kernels.take(categories, code),
        kernels.take(pa.concat_arrays([v.cast(pa.string()) for v in values]), order),
        pa.array(numbers[at], pa.int64()), kernels.take(pa.array(fields, pa.string()), col),
        pa.array(np.concatenate(confidence)[order]), kernels.take(detectors, code), records,
        personal.take(code),
    ], schema=SCHEMA), line_kinds


def _not_lonely_sensitive(at: np.ndarray, code: np.ndarray,
                          kinds: list[tuple[str, str, bool]], anchored: np.ndarray
                          ) -> np.ndarray | None:
    """``drop_lonely_sensitive`` for whole records (``at``: each finding's): a 要配慮 word
    needs personal data in its record.

    The mask of findings to keep, or None when there is no such word."""
    lonely = [i for i, (_, detector, _) in enumerate(kinds) if detector in (TERM, LABELLED)]
    if not lonely:
        return None
    anchors = [i for i, (category, _, personal) in enumerate(kinds)
               if personal and category not in NOT_ANCHORS]
    anchored_rows = np.concatenate([at[np.isin(code, anchors)], anchored])
    return ~np.isin(code, lonely) | np.isin(at, anchored_rows)
