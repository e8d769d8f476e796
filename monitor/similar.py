"""Near-duplicate texts: the same wire report, rewritten a little by several outlets.

A pure module. A text's MinHash signature over its word 3-grams estimates the Jaccard
similarity of two texts; its LSH bands (BANDS groups of ROWS hash values, each folded
into one integer) are what the store indexes, so that candidates are found by lookup: two texts
of similarity s share at least one band with probability 1 - (1 - s**ROWS)**BANDS (0.88 at
s = 0.5, 0.97 at s = 0.6). Candidates are then compared on their whole signatures, and must
give the same figures: two nights' Air Force summaries share most of their words, not their
numbers, while a rewrite keeps the numbers and changes the words.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

NUM_PERM = 64
BANDS, ROWS = 16, 3  # the first 48 hash values make the bands; all 64 estimate similarity
SHINGLE_WORDS = 3
# Shorter texts share 3-grams by chance ("Russia launched 40 drones overnight"): not compared.
MIN_WORDS = 25
# Only the opening words are signed: a retold report keeps its opening, and a 2,000-word
# article costs no more than a short one.
MAX_WORDS = 400
# Estimated Jaccard similarity from which two texts are the same report.
THRESHOLD = 0.5
# Share of the figures of the text with fewer that the other text must also give.
FIGURES_SHARED = 0.75
# Figures are read from the opening too: more characters than MAX_WORDS words take.
OPENING_CHARS = 4000

_WORD = re.compile(r"\w+")
_SPACE = re.compile(b" ")
_FIGURE = re.compile(r"\d+(?:[ \u00a0\u202f,.]\d{3})*")
_SEPARATORS = str.maketrans("", "", " \u00a0\u202f,.")
# MinHash by affine permutations: a shingle's SHA-1 (first 4 bytes) is mixed by MurmurHash3's
# 32-bit finalizer, then permutation i maps it to a_i * h + b_i mod 2**32 (a_i odd: a
# bijection). Parameters drawn as datasketch 2.0 draws them for seed 1, which made the
# signatures stored before: old and new ones compare. Our own numpy lines spare its scipy import.
_U32 = np.uint32


def _mix(hashes: np.ndarray) -> np.ndarray:
    """MurmurHash3's fmix32 on uint32s (products wrap around: arithmetic mod 2**32)."""
    hashes = hashes ^ (hashes >> _U32(16))
    hashes = hashes * _U32(0x85EBCA6B)
    hashes = hashes ^ (hashes >> _U32(13))
    hashes = hashes * _U32(0xC2B2AE35)
    return hashes ^ (hashes >> _U32(16))


def _permutations(count: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    draw = np.random.RandomState(seed)
    a = draw.randint(0, 1 << 31, count, dtype=_U32) * _U32(2) + _U32(1)
    b = draw.randint(0, 1 << 32, count, dtype=_U32)
    return a, b


# One permutation set for every signature: signatures are only comparable with the same one.
_A, _B = _permutations(NUM_PERM, seed=1)


def _opening_words(text: str) -> list[str]:
    """The first MAX_WORDS words, casefolded, read from as little of the text as will do."""
    # ~10 characters a word: a cut word at the end is past the MAX_WORDS-th (more were found).
    words = _WORD.findall(text[: MAX_WORDS * 10].casefold())
    if len(words) <= MAX_WORDS and len(text) > MAX_WORDS * 10:
        words = _WORD.findall(text.casefold())
    return words[:MAX_WORDS]


def _shingles(words: list[str]) -> list[bytes]:
    """The overlapping word 3-grams, each once per place it comes: a repeat does not move a
    minimum."""
    # The words joined and encoded once (a word holds no space): each 3-gram is a slice.
    joined = " ".join(words).encode()
    gaps = [match.start() for match in _SPACE.finditer(joined)]
    starts = [0, *(gap + 1 for gap in gaps)]
    ends = [*gaps, len(joined)]
    last = SHINGLE_WORDS - 1
    return [joined[starts[i] : ends[i + last]] for i in range(len(words) - last)]


def signature(text: str) -> bytes | None:
    """The MinHash signature as bytes (NUM_PERM uint32), or None for a text too short to judge."""
    words = _opening_words(text)  # one scan serves the length check and the shingles
    if len(words) < MIN_WORDS:
        return None
    sha1 = hashlib.sha1
    digests = b"".join([sha1(gram).digest() for gram in _shingles(words)])
    # The first 4 of each 20-byte SHA-1, read as one little-endian uint32.
    hashes = _mix(np.frombuffer(digests, dtype="<u4").reshape(-1, 5)[:, 0].astype(_U32))
    permuted = hashes[:, None] * _A + _B  # one row per shingle, one column per permutation
    return permuted.min(axis=0).astype("<u4").tobytes()


def bands(signature: bytes) -> list[int]:
    """One signed 64-bit integer per LSH band (SQLite's INTEGER), the band's index mixed in."""
    size = ROWS * 4
    return [
        int.from_bytes(
            hashlib.blake2b(
                bytes([band]) + signature[band * size : (band + 1) * size], digest_size=8
            ).digest(),
            "little",
            signed=True,
        )
        for band in range(BANDS)
    ]


def similarity(first: bytes, second: bytes) -> float:
    """Estimated Jaccard similarity of the two texts behind these signatures."""
    a = np.frombuffer(first, dtype="<u4")
    b = np.frombuffer(second, dtype="<u4")
    if a.shape != b.shape:
        return 0.0
    return float(np.mean(a == b))


def similarities(signature: bytes, others: Sequence[bytes]) -> list[float]:
    """`similarity` of one signature to each of many, in one numpy comparison."""
    if not others:
        return []
    mine = np.frombuffer(signature, dtype="<u4")
    if any(len(other) != len(signature) for other in others):
        return [similarity(signature, other) for other in others]
    theirs = np.frombuffer(b"".join(others), dtype="<u4").reshape(len(others), len(mine))
    return [float(share) for share in (theirs == mine).mean(axis=1)]


def figures(text: str) -> set[str]:
    """The numbers the opening of a text gives, thousands separators removed ("1 200" ->
    "1200")."""
    return {match.translate(_SEPARATORS) for match in _FIGURE.findall(text, 0, OPENING_CHARS)}


def same_report(text: str, sig: bytes, other_text: str, other_sig: bytes) -> bool:
    """Whether two texts are one report told twice: similar words and the same figures."""
    return similarity(sig, other_sig) >= THRESHOLD and same_figures(
        figures(text), figures(other_text)
    )


def same_figures(mine: set[str], theirs: set[str]) -> bool:
    """Whether two texts' figures agree: most of those of the text with fewer are in the other."""
    fewer = min(mine, theirs, key=len)
    if not fewer:
        return not (mine or theirs)
    return len(mine & theirs) >= FIGURES_SHARED * len(fewer)
