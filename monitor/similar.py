"""Near-duplicate texts: the same wire report, rewritten a little by several outlets.

A pure module. A text's MinHash signature (datasketch) over its word 3-grams estimates the
Jaccard similarity of two texts; its LSH bands (BANDS groups of ROWS hash values, each folded
into one integer) are what the store indexes, so that candidates are found by lookup: two texts
of similarity s share at least one band with probability 1 - (1 - s**ROWS)**BANDS (0.88 at
s = 0.5, 0.97 at s = 0.6). Candidates are then compared on their whole signatures, and must
give the same figures: two nights' Air Force summaries share most of their words, not their
numbers, while a rewrite keeps the numbers and changes the words.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash

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

_WORD = re.compile(r"\w+")
_FIGURE = re.compile(r"\d+(?:[ \u00a0\u202f,.]\d{3})*")
# One permutation set for every signature: signatures are only comparable with the same one.
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=1)


def shingles(text: str) -> set[bytes]:
    """The overlapping word 3-grams of the text's first MAX_WORDS words, case and
    punctuation ignored."""
    return _shingles(_WORD.findall(text.casefold()))


def _shingles(words: list[str]) -> set[bytes]:
    words = words[:MAX_WORDS]
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode()
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def signature(text: str) -> bytes | None:
    """The MinHash signature as bytes (NUM_PERM uint32), or None for a text too short to judge."""
    words = _WORD.findall(text.casefold())  # one scan serves the length check and the shingles
    if len(words) < MIN_WORDS:
        return None
    minhash = _TEMPLATE.copy()
    minhash.update_batch(sorted(_shingles(words)))
    return minhash.hashvalues.astype("<u4").tobytes()


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


def figures(text: str) -> set[str]:
    """The numbers a text gives, thousands separators removed ("1 200" -> "1200")."""
    return {re.sub(r"\D", "", match) for match in _FIGURE.findall(text)}


def same_report(text: str, sig: bytes, other_text: str, other_sig: bytes) -> bool:
    """Whether two texts are one report told twice: similar words and the same figures."""
    if similarity(sig, other_sig) < THRESHOLD:
        return False
    mine, theirs = figures(text), figures(other_text)
    fewer = min(mine, theirs, key=len)
    if not fewer:
        return not (mine or theirs)
    return len(mine & theirs) >= FIGURES_SHARED * len(fewer)
