"""Landline owners for 本人の数: a home number mentioned without a name is its one named owner.

A landline links people only together with a name (``household_identifiers``), so a call log
or a mail signature that holds a customer's home number and no name would count as a person of
its own. The linker keeps, per landline, the people who were named beside it; at count time a
name-less mention joins them when they are one person. A family's shared number has several
owners and joins no one: which member called is not in the data.
"""

from __future__ import annotations

import numpy as np

from .subject_graph import PeopleGraph

_COMPACT_AT = 1 << 16  # entries; then whenever they have doubled since the last compaction


class LandlineOwners:
    """Entries (landline key, node of a named group that held it), deduplicated as they grow.

    The key is the one a name-less group links by (a phone number's), so the graph's key table
    says whether a name-less mention exists at all.
    """

    def __init__(self) -> None:
        self._keys: list[np.ndarray] = []
        self._nodes: list[np.ndarray] = []
        self._rows = 0
        self._compacted = 0

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in self._keys) + sum(a.nbytes for a in self._nodes)

    def add(self, keys: np.ndarray, nodes: np.ndarray) -> None:
        """Named groups' landlines: ``keys[i]`` was held by the group of node ``nodes[i]``."""
        if keys.size == 0:
            return
        self._keys.append(np.asarray(keys, np.uint64))
        self._nodes.append(np.asarray(nodes, np.int64))
        self._rows += keys.size
        if self._rows >= max(_COMPACT_AT, 2 * self._compacted):
            self._compact()

    def _compact(self) -> tuple[np.ndarray, np.ndarray]:
        """One entry per (key, node)."""
        keys = np.concatenate(self._keys) if self._keys else np.empty(0, np.uint64)
        nodes = np.concatenate(self._nodes) if self._nodes else np.empty(0, np.int64)
        keys, nodes = _distinct(keys, nodes)
        self._keys, self._nodes = [keys], [nodes]
        self._rows = self._compacted = keys.size
        return keys, nodes

    def link(self, graph: PeopleGraph) -> None:
        """Join each landline's name-less mentions to its owner, where it has exactly one."""
        keys, nodes = self._compact()
        if keys.size == 0:
            return
        keys, roots = _distinct(keys, graph.find(nodes))
        first = np.flatnonzero(np.append(True, keys[1:] != keys[:-1]))
        owners = np.diff(np.append(first, keys.size))
        sole = first[owners == 1]
        mention = graph.node_of(keys[sole])
        found = mention >= 0
        graph.join(roots[sole[found]], mention[found])


def _distinct(keys: np.ndarray, nodes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct (key, node) pairs, sorted by key."""
    if keys.size == 0:
        return keys, nodes
    order = np.lexsort((nodes, keys))
    keys, nodes = keys[order], nodes[order]
    new = np.append(True, (keys[1:] != keys[:-1]) | (nodes[1:] != nodes[:-1]))
    return keys[new], nodes[new]
