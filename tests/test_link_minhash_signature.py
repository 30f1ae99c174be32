"""``minhash.signature`` reduces modulo the Mersenne prime without a division: the same
signature as the plain ``((A outer h) + B) % p`` minimum, for shingle hashes (< p), for
hashes whose value is 0 or 1 (mod p) in some row (where the partly reduced value is p or
p + 1), and for any 64-bit input."""
from __future__ import annotations

import numpy as np

from newsdesk.link import minhash
from newsdesk.link.features import words
from newsdesk.link.minhash import _A, _B, _PRIME, NUM_PERM, SIGNATURE_BLOCK, shingle_hashes, signature


def _plain(hashes: np.ndarray) -> np.ndarray:
    if len(hashes) == 0:
        return np.full(NUM_PERM, int(_PRIME), dtype=np.uint64)
    return ((np.outer(_A, hashes) + _B[:, None]) % _PRIME).min(axis=1)


def test_signature_is_the_plain_minimum() -> None:
    p = int(_PRIME)
    rng = np.random.default_rng(19)
    edge = []  # a hash that makes row k's value 0, 1 or p - 1 (mod p)
    for k in range(NUM_PERM):
        inverse = pow(int(_A[k]), -1, p)
        edge += [((target - int(_B[k])) * inverse) % p for target in (0, 1, p - 1)]
    cases = [np.zeros(0, dtype=np.uint64), np.array([0], dtype=np.uint64), np.array([p - 1], dtype=np.uint64)]
    for n in (1, 2, SIGNATURE_BLOCK - 1, SIGNATURE_BLOCK, SIGNATURE_BLOCK + 1, 3 * SIGNATURE_BLOCK + 7, 2000):
        cases.append(np.unique(rng.integers(0, p, size=n, dtype=np.uint64)))
        picked = rng.choice(len(edge), size=min(n, 40), replace=False)
        cases.append(np.unique(np.array([edge[i] for i in picked] + rng.integers(0, p, size=n).tolist(), dtype=np.uint64)))
        cases.append(rng.integers(0, 2**64 - 1, size=n, dtype=np.uint64, endpoint=True))  # any 64-bit value
    cases += [np.array([e], dtype=np.uint64) for e in edge]
    text = "The Velmora Tidewater Trust raised $4.5 million on Tuesday, its chair Brannoch Heale said. " * 20
    cases.append(shingle_hashes(words(text)))
    for hashes in cases:
        got = signature(hashes)
        assert got.dtype == np.uint64 and got.tolist() == _plain(hashes).tolist()


def test_other_dtypes_take_the_plain_formula() -> None:
    hashes = np.array([5, 17, 2**30], dtype=np.int64)
    assert signature(hashes).tolist() == _plain(hashes).tolist()
    assert minhash.signatures([hashes])[0].tolist() == _plain(hashes).tolist()
