"""The merge's own MinHash (:func:`kg.resolve.blocking.minhash_signatures`) gives
datasketch's hash values, value for value: the LSH candidates, and so the corpus
allegations, are those of datasketch's ``MinHash.bulk``."""

from __future__ import annotations

import random
import sys

import numpy as np
import pytest

from kg.resolve.blocking import NUM_PERM, _banded, _hashed_terms, minhash_signatures


def test_signatures_are_datasketchs() -> None:
    datasketch = pytest.importorskip("datasketch")
    rng = random.Random(0)
    batches = [
        [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 12))) for _ in range(size)]
        for size in [rng.randrange(0, 30) for _ in range(300)]
    ]
    batches.append([])  # no term: every value at its maximum
    batches.append(_hashed_terms(["shell", "hospit", "kharkiv", "@ua"]))
    ours = minhash_signatures(batches, num_perm=NUM_PERM, seed=1)
    theirs = datasketch.MinHash.bulk(batches, num_perm=NUM_PERM, seed=1)
    for mine, reference in zip(ours, theirs, strict=True):
        assert mine.dtype == reference.hashvalues.dtype
        assert np.array_equal(mine, reference.hashvalues)
        assert _banded(mine) == _banded(reference.hashvalues)


def test_signatures_import_no_scipy() -> None:
    """The reason for computing them here: datasketch's package imports SciPy."""
    import subprocess

    code = (
        "import sys; from kg.resolve.corpus import merge_allegations; "
        "from kg.resolve.blocking import minhash_signatures; minhash_signatures([[b'x']]); "
        "print('scipy' in sys.modules, 'datasketch' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
