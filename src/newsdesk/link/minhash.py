"""MinHash signatures over word shingles and LSH banding, in numpy (deterministic).

A signature of ``NUM_PERM`` minima estimates the Jaccard similarity of two shingle sets;
cutting it into ``BANDS`` bands of ``ROWS`` values and bucketing each band finds pairs
with high Jaccard without comparing every pair. With 42 bands of 3 rows a pair with
Jaccard 0.5 (the syndication threshold) becomes a candidate with probability
1 - (1 - 0.5³)^42 ≈ 0.996, one with 0.3 with ≈ 0.68, while two unrelated articles of the
same story (Jaccard ≈ 0.02) collide with probability ≈ 0.0003, which keeps the number of
candidates near-linear in the number of articles.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterable

import numpy as np

SHINGLE_WORDS = 3  # word 3-grams: robust to single-word edits, rare across independent texts
NUM_PERM = 126  # signature length
BANDS = 42  # BANDS * ROWS == NUM_PERM
ROWS = 3
SEED = 20251214  # fixed so that candidates (and therefore results) never vary between runs
_PRIME = np.uint64((1 << 31) - 1)

_rng = np.random.default_rng(SEED)
_A = _rng.integers(1, int(_PRIME), size=NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, int(_PRIME), size=NUM_PERM, dtype=np.uint64)


def shingle_hashes(tokens: list[str], size: int = SHINGLE_WORDS) -> np.ndarray:
    """Distinct 32-bit hashes of the word ``size``-grams of ``tokens``."""
    if not tokens:
        return np.zeros(0, dtype=np.uint64)
    ids = np.fromiter((zlib.crc32(t.encode("utf-8")) for t in tokens), dtype=np.uint64, count=len(tokens))
    if len(ids) < size:
        size = len(ids)
    h = np.zeros(len(ids) - size + 1, dtype=np.uint64)
    for k in range(size):
        h = h * np.uint64(1_000_003) + ids[k : len(ids) - size + 1 + k]  # wraps mod 2^64: fine for hashing
    h %= _PRIME
    h.sort()  # np.unique(h) by sorting and dropping repeats (np.unique's set-up cost ~5x more here)
    keep = np.empty(len(h), dtype=bool)
    keep[:1] = True
    np.not_equal(h[1:], h[:-1], out=keep[1:])
    return h[keep]


_B_COLUMN = _B[:, None]
_SHIFT = np.uint64(31)
# Hashes per block of the signature: NUM_PERM x 256 values (256 KiB) stay in the CPU cache
# through the block's passes (measured: 128 0.44 s, 256 0.35 s, 1,024 0.42 s on the 1,696 real texts).
SIGNATURE_BLOCK = 256


def signature(hashes: np.ndarray) -> np.ndarray:
    """MinHash signature (``NUM_PERM`` values) of a set of shingle hashes: per row k, the
    minimum of ``(_A[k] * h + _B[k]) % _PRIME`` (uint64 arithmetic) over the hashes.

    The modulo is by the Mersenne prime 2^31 - 1, without a division: since 2^31 = 1 (mod p),
    ``(v & p) + (v >> 31)`` keeps v's residue, and twice brings any 64-bit v to at most
    p + 7. Such a value x is its residue when x < p, else x - p; so a row's minimum residue
    is the smaller of min(x) and min(x - p) taken with unsigned wrap-around (x - p wraps to
    a huge number exactly when x < p). The same values as ``(outer + _B) % p`` then ``min``
    (``tests/test_link_minhash_signature.py``), ~35 % less time."""
    if len(hashes) == 0:
        return np.full(NUM_PERM, int(_PRIME), dtype=np.uint64)
    if hashes.dtype != np.uint64:  # (another dtype promotes differently: the plain formula)
        return ((np.outer(_A, hashes) + _B_COLUMN) % _PRIME).min(axis=1)
    best = None
    for i in range(0, len(hashes), SIGNATURE_BLOCK):
        x = np.multiply.outer(_A, hashes[i: i + SIGNATURE_BLOCK])
        x += _B_COLUMN
        high = x >> _SHIFT
        x &= _PRIME
        x += high
        np.right_shift(x, _SHIFT, out=high)
        x &= _PRIME
        x += high
        low = x.min(axis=1)
        x -= _PRIME
        np.minimum(low, x.min(axis=1), out=low)
        best = low if best is None else np.minimum(best, low, out=best)
    return best


def signatures(shingles: list[np.ndarray]) -> list[np.ndarray]:
    """:func:`signature` of each shingle set. (One matrix over many articles was tried: the
    modulo over the large block is memory-bound and came out ~3x slower than this loop.)"""
    return [signature(h) for h in shingles]


def lsh_candidates(signatures: Iterable[np.ndarray], max_bucket: int) -> set[tuple[int, int]]:
    """Index pairs (i < j) that agree on at least one band.

    A bucket holding more than ``max_bucket`` articles (mass duplicates or boilerplate) is
    chained in index order instead of paired all-with-all: its members still end up in one
    copy group, in linear time.
    """
    buckets: dict[tuple[int, bytes], list[int]] = {}
    for i, sig in enumerate(signatures):
        raw = sig.astype(np.uint32).tobytes()
        width = ROWS * 4
        for band in range(BANDS):
            buckets.setdefault((band, raw[band * width : (band + 1) * width]), []).append(i)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) < 2:
            continue
        if len(members) > max_bucket:
            pairs.update(zip(members, members[1:]))
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    return pairs


class LshIndex:
    """The buckets of :func:`lsh_candidates`, kept as arrays so that candidate pairs can be
    listed for a few articles at a time (``pairs``) instead of all at once.

    For each band: the bucket of every article, the members of every bucket in index order
    and each article's place among them. The pairs are those of :func:`lsh_candidates`:
    every later member of the same bucket, or only the next one in a bucket larger than
    ``max_bucket`` (chained).
    """

    def __init__(self, signatures: np.ndarray, max_bucket: int):
        self.n = n = len(signatures)
        self.max_bucket = max_bucket
        self.bands: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
        if n == 0:
            return
        sigs = np.asarray(signatures, dtype=np.uint32)
        for band in range(BANDS):
            cols = np.ascontiguousarray(sigs[:, band * ROWS : (band + 1) * ROWS])
            _, inverse = np.unique(cols, axis=0, return_inverse=True)
            bucket = inverse.reshape(-1).astype(np.int64)
            order = np.argsort(bucket, kind="stable")  # members of each bucket, in index order
            counts = np.bincount(bucket)
            starts = np.cumsum(counts) - counts
            rank = np.empty(n, dtype=np.int64)
            rank[order] = np.arange(n) - starts[bucket[order]]
            self.bands.append((bucket.astype(np.int32), order.astype(np.int32), counts.astype(np.int32),
                               starts.astype(np.int64), rank.astype(np.int32)))

    def pairs(self, lo: int, hi: int) -> np.ndarray:
        """Candidate pairs (i, j), ``lo <= i < hi``, i < j, as codes ``i * n + j`` (unsorted, repeated)."""
        firsts = np.arange(lo, hi, dtype=np.int64)
        out = [np.zeros(0, dtype=np.int64)]
        for bucket, order, counts, starts, rank in self.bands:
            b = bucket[lo:hi]
            size = counts[b].astype(np.int64)
            r = rank[lo:hi].astype(np.int64)
            later = size - r - 1
            take = np.where(size > self.max_bucket, np.minimum(later, 1), later)
            total = int(take.sum())
            if not total:
                continue
            first = np.repeat(starts[b] + r + 1, take)
            step = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(take) - take, take)
            out.append(np.repeat(firsts, take) * self.n + order[first + step])
        return np.concatenate(out)
