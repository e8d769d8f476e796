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
_FIGURE = re.compile(r"\d+(?:[ \u00a0\u202f,.]\d{3})*")
_SEPARATORS = str.maketrans("", "", " \u00a0\u202f,.")
# MinHash by affine permutations: a shingle's 64-bit hash, its high 32 bits, then permutation i
# maps them to a_i * h + b_i mod 2**32 (a_i odd: a bijection). The shingle hash is polynomial
# over the UTF-8 bytes of the 3-gram, mixed by MurmurHash3's 64-bit finalizer: all shingles of a
# text at once from one prefix sum, in numpy (one SHA-1 call per shingle, as before schema 13,
# took half of a signature's time). Arithmetic on uint64 wraps: everything is mod 2**64.
_U32, _U64 = np.uint32, np.uint64
_BASE = 0x100000001B3  # odd, so invertible mod 2**64
_BASE_INVERSE = pow(_BASE, -1, 1 << 64)


def _powers(base: int, count: int) -> np.ndarray:
    """base**0 .. base**(count - 1), mod 2**64."""
    powers = np.empty(count, dtype=_U64)
    powers[0] = 1
    powers[1:] = np.cumprod(np.full(count - 1, base, dtype=_U64), dtype=_U64)
    return powers


# Bytes of the joined opening words the tables cover (400 words of 40 bytes); a longer join,
# of a few huge "words", makes its own.
_TABLE_BYTES = 1 << 14
_POWERS = _powers(_BASE, _TABLE_BYTES)
_INVERSE_POWERS = _powers(_BASE_INVERSE, _TABLE_BYTES)


def _mix64(hashes: np.ndarray) -> np.ndarray:
    """MurmurHash3's fmix64 on uint64s."""
    hashes = hashes ^ (hashes >> _U64(33))
    hashes = hashes * _U64(0xFF51AFD7ED558CCD)
    hashes = hashes ^ (hashes >> _U64(33))
    hashes = hashes * _U64(0xC4CEB9FE1A85EC53)
    return hashes ^ (hashes >> _U64(33))


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


def shingle_hashes(words: list[str]) -> np.ndarray:
    """A uint32 hash of each overlapping word 3-gram (its words joined by one space), once per
    place it comes: a repeat does not move a minimum."""
    joined = np.frombuffer(" ".join(words).encode(), dtype=np.uint8)  # a word holds no space
    size = len(joined)
    powers, inverse_powers = _POWERS, _INVERSE_POWERS
    if size > _TABLE_BYTES:
        powers, inverse_powers = _powers(_BASE, size), _powers(_BASE_INVERSE, size)
    gaps = np.flatnonzero(joined == 32)
    last = SHINGLE_WORDS - 1
    starts = np.concatenate(([0], gaps + 1))[: len(words) - last]
    ends = np.concatenate((gaps[last:], [size]))
    # prefix[k] = sum of byte j * BASE**j for j < k; a slice's sum divided by BASE**start is
    # its polynomial hash, whatever its place.
    prefix = np.zeros(size + 1, dtype=_U64)
    np.cumsum(joined * powers[:size], dtype=_U64, out=prefix[1:])
    hashes = (prefix[ends] - prefix[starts]) * inverse_powers[starts]
    hashes += (ends - starts).astype(_U64)  # "ab" and "\0ab" apart
    return (_mix64(hashes) >> _U64(32)).astype(_U32)


def signature(text: str) -> bytes | None:
    """The MinHash signature as bytes (NUM_PERM uint32), or None for a text too short to judge."""
    words = _opening_words(text)  # one scan serves the length check and the shingles
    if len(words) < MIN_WORDS:
        return None
    hashes = shingle_hashes(words)
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
