"""``nearest_labels`` (many values at once, numpy) is ``nearest_label`` (one at a time) for
every value: random words packed densely (more than it walks per step, ties of distance and
weight, words glued to a number, words straddling a unit's start or end)."""

from __future__ import annotations

import random
from types import SimpleNamespace

import numpy as np

from leakscope.pii.nearest_label import (
    Hits,
    WordsAfter,
    WordsBefore,
    nearest_label,
    nearest_labels,
)

NAMES = ["address", "email_address", "negative", "phone_number"]


def _hits(rng: random.Random, size: int) -> Hits:
    words = []
    for _ in range(rng.randint(0, 40)):
        start = rng.randint(0, size - 2)
        words.append((start, min(size, start + rng.randint(1, 6)), rng.randrange(len(NAMES)),
                      rng.choice((2, 3, 4))))
    words.sort(key=lambda w: w[1])  # in end order, as the engine sorts them
    starts, ends, codes, weights = (list(column) for column in zip(*words, strict=True)) \
        if words else ([], [], [], [])
    return Hits(starts, ends, [NAMES[c] for c in codes], weights,
                tuple(np.array(column, np.int64) for column in (starts, ends, codes, weights)))


def test_nearest_labels_is_nearest_label_for_each_value():
    rng = random.Random(7)
    names = np.array([*NAMES, None], object)
    for _ in range(400):
        size = rng.randint(20, 90)
        buffer = "".join(rng.choice("ab 12-\n：") for _ in range(size))
        hits = _hits(rng, size)
        if rng.random() < 0.5:  # where each word's own value is (Hits.taken), once known
            taken = [rng.randint(end, size + 5) for end in hits.ends]
            hits = hits._replace(taken=(taken, np.array(taken, np.int64)))
        rec = SimpleNamespace(window=rng.choice((4, 16, 32)), after_window=rng.choice((0, 6, 12)),
                              category=rng.choice(NAMES))
        relevant = frozenset(rng.sample(NAMES, rng.randint(1, 3)))
        values = []
        for _ in range(rng.randint(1, 12)):
            unit_start = rng.randint(0, size // 2)
            unit_end = rng.randint(unit_start + 2, size)
            start = rng.randint(unit_start, unit_end - 1)
            values.append((start, rng.randint(start + 1, unit_end), unit_start, unit_end))
        found = nearest_labels(buffer, rec, relevant,
                               np.array([n in relevant for n in NAMES]), names,
                               np.array(values, np.int64).T, hits,
                               WordsAfter.unknown(len(hits.ends)),
                               WordsBefore.unknown(len(hits.ends)))
        expected = [nearest_label(buffer, rec, relevant, *v, hits) for v in values]
        assert found.tolist() == expected
