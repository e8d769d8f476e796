"""Whether a text holds an attack report at all: a screen over the count reader's output.

The reader's rules say what a figure counts; they read a report wherever a figure, a weapon and
a verb meet unless some rule says otherwise. Texts that hold none (a forecast, history recalled,
a fact-check, a governor's tally, a month's sum) each fail it on a construction of their own,
so on texts written after the rules most of its wrong reports came from such texts. A linear
model over a text's words, trained on the labelled corpus, tells those texts apart better than
another rule would: the reader's reports of a text it finds very unlikely to hold one, as a
whole and in each of its runs of paragraphs, are dropped.

The model: hashed word unigrams, bigrams and 5-letter word stems (Ukrainian and Russian
inflect), sublinear TF-IDF, L2-normalised, logistic regression; trained by
`python -m monitor.gate` (needs scikit-learn: `pip install -e .[train]`), which writes
gate_model.npz beside this file. Reading it needs only numpy: the weights are applied here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import zlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

MODEL_PATH = Path(__file__).with_name("gate_model.npz")
TRAINING_FILES = ("tests/corpus/reports.jsonl", "tests/corpus/airforce_uk.jsonl")
BITS = 18  # 2**18 buckets: as good as 2**20 by cross-validation, a quarter of the size
STEM = 5
C = 4.0
# Below this probability the reader's reports are dropped. Chosen by 5-fold cross-validation
# over the corpus grouped by batch (the table `python -m monitor.gate` prints): none of the
# 4,703 report texts falls under it (3 under 0.15), and 3 of the 11 no-report texts the reader
# still misreads do.
THRESHOLD = 0.1
# The corpus' texts (and the held-out sets') are at most ~3,000 characters: a longer page, an
# article with much else in it, is outside what the model was trained and checked on, and is
# left to the rules (which also keeps the screen's cost off long pages).
LONGEST = 4_000
# Judged in runs of paragraphs this long: about the corpus' median text (~500 characters).
WINDOW = 500

# The letters of the four languages (and their neighbours'), lowercase: three times faster than
# "any letter" ([^\W\d_]), and the same words in the corpus but for "km²" and "𝕏".
_WORD = re.compile(r"[a-zß-öø-ÿ\u0100-\u017f\u02bc\u0400-\u04ff]+")


# word -> its hash, its bucket and its stem's bucket (-1: too short to stem). Words recur, and
# hashing them was most of the screen's cost. Emptied when full, to bound memory: ~270 bytes a
# word, ~5 MB (the corpus and the held-out sets hold 23,456 words).
_HASHES: dict[str, tuple[int, int, int]] = {}
_MOST_WORDS = 20_000
_MASK = (1 << BITS) - 1
_PAIR = 1_000_003  # mixes two words' hashes into the bigram's


def _hashes(word: str) -> tuple[int, int, int]:
    # crc32: stable between runs and machines, unlike hash(); collisions are few at 2**18.
    whole = zlib.crc32(word.encode())
    stem = (zlib.crc32(f"~{word[:STEM]}".encode()) >> 1) & _MASK if len(word) > STEM else -1
    if len(_HASHES) >= _MOST_WORDS:
        _HASHES.clear()
    found = _HASHES[word] = (whole, whole & _MASK, stem)
    return found


def features(text: str) -> np.ndarray:
    """The hashed features of a text: bucket numbers of its words, of each pair of words in
    a row and of its words' stems, repeated as often as they occur."""
    known = _HASHES.get
    words = [known(word) or _hashes(word) for word in _WORD.findall(text.lower())]
    if not words:
        return np.zeros(0, dtype=np.int64)
    columns = zip(*words, strict=True)
    wholes, buckets, stems = (np.array(column, dtype=np.int64) for column in columns)
    pairs = ((wholes[:-1] * _PAIR) ^ wholes[1:]) & _MASK
    return np.concatenate([buckets, pairs, stems[stems >= 0]])


Model = tuple[np.ndarray, np.ndarray, float]  # idf, coefficients, intercept


@cache
def _model() -> Model:
    with np.load(MODEL_PATH) as model:
        return model["idf"], model["coef"], float(model["intercept"])


def report_probability(text: str, model: Model | None = None) -> float:
    """How likely the text is to hold at least one attack report, by the model (0 to 1);
    `model`: other weights than the shipped ones (cross-validation)."""
    buckets, counts = np.unique(features(text), return_counts=True)
    if not len(buckets):
        return 0.0
    idf, coef, intercept = model or _model()
    tf = 1.0 + np.log(counts)
    weights = tf * idf[buckets]
    norm = float(np.sqrt(weights @ weights))
    score = intercept + (float(weights @ coef[buckets]) / norm if norm else 0.0)
    return 1.0 / (1.0 + math.exp(-score))


def windows(text: str) -> list[str]:
    """The text in runs of whole paragraphs of at least WINDOW characters (the last may be
    shorter): a report told in one paragraph of a longer text is judged on its own words, not
    drowned in an aftermath story's (the corpus labels a city's aftermath as no report)."""
    found: list[str] = []
    run: list[str] = []
    size = 0
    for paragraph in text.splitlines():
        if paragraph.strip():
            run.append(paragraph)
            size += len(paragraph) + 1
        if size >= WINDOW:
            found.append("\n".join(run))
            run, size = [], 0
    if run:
        found.append("\n".join(run))
    return found


def _scores(text: str, model: Model | None = None) -> Iterator[float]:
    """The text's probability as a whole, then each window's when it has more than one:
    scored lazily, so a caller that stops at the first high one scores no more."""
    yield report_probability(text, model)
    parts = windows(text)
    if len(parts) > 1:
        yield from (report_probability(part, model) for part in parts)


def text_probability(text: str, model: Model | None = None) -> float:
    """The probability of the text as a whole or of its most report-like window, whichever
    is higher."""
    return max(_scores(text, model))


def holds_no_report(text: str) -> bool:
    """Whether the text is all but surely not a report of an attack (a forecast, history, ...).
    Texts longer than the model ever saw are not judged."""
    # (most texts with reports score high as a whole: their windows need no scoring)
    return len(text) <= LONGEST and all(score < THRESHOLD for score in _scores(text))


# Training (a developer's step, not run by Salvo itself).


def corpus_digest(root: Path) -> str:
    """SHA-256 of the training files: the model records the corpus it was trained on."""
    digest = hashlib.sha256()
    for name in TRAINING_FILES:
        digest.update((root / name).read_bytes())
    return digest.hexdigest()


def training_rows(root: Path) -> list[dict[str, Any]]:
    rows = []
    for name in TRAINING_FILES:
        for line in (root / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def _matrix(texts: list[str]) -> Any:
    from scipy import sparse

    found = [features(text) for text in texts]
    rows = np.repeat(np.arange(len(texts)), [len(buckets) for buckets in found])
    cols = np.concatenate(found)
    matrix = sparse.csr_matrix((np.ones(len(cols)), (rows, cols)), shape=(len(texts), 1 << BITS))
    matrix.sum_duplicates()
    return matrix


def fit(texts: list[str], labels: list[bool]) -> dict[str, Any]:
    """Train on texts labelled 'holds a report'; the arrays that gate_model.npz keeps."""
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression

    counts = _matrix(texts)
    tfidf = TfidfTransformer(sublinear_tf=True).fit(counts)
    model = LogisticRegression(C=C, max_iter=5000).fit(tfidf.transform(counts), labels)
    return {
        "idf": tfidf.idf_.astype(np.float64),
        "coef": model.coef_[0].astype(np.float64),
        "intercept": np.float64(model.intercept_[0]),
    }


def cross_validate(rows: list[dict[str, Any]], fired: list[bool], folds: int = 5) -> list[str]:
    """Out-of-fold figures, folds grouped by batch (the id's prefix): what each threshold
    would cost and bring, for the reader's output `fired` (whether it read any report)."""
    from sklearn.model_selection import GroupKFold

    labels = np.array([bool(row["expected"]) for row in rows])
    groups = [row["id"].split("-")[0] for row in rows]
    texts = [row["text"] for row in rows]
    probability = np.zeros(len(rows))
    for train, test in GroupKFold(folds).split(texts, labels, groups):
        arrays = fit([texts[i] for i in train], list(labels[train]))
        model = (arrays["idf"], arrays["coef"], float(arrays["intercept"]))
        probability[test] = [text_probability(texts[i], model) for i in test]
    read = np.array(fired)
    lines = [f"out-of-fold accuracy {((probability >= 0.5) == labels).mean():.4f}"]
    for threshold in (0.02, 0.05, 0.1, 0.15, 0.2):
        dropped = read & (probability < threshold)
        lines.append(
            f"threshold {threshold}: drops the reports of {int((dropped & labels).sum())}"
            f" of {int(labels.sum())} report texts and of {int((dropped & ~labels).sum())}"
            f" of the {int((read & ~labels).sum())} no-report texts the reader misreads"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description="Train the report screen on the corpus.")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--folds", type=int, default=5, help="0: no cross-validation")
    args = parser.parse_args()
    rows = training_rows(args.root)
    if args.folds:
        from monitor.counts import read_reports

        fired = [
            bool(read_reports(row["text"], published=row.get("published"), screen=False))
            for row in rows
        ]
        print("\n".join(cross_validate(rows, fired, args.folds)))
    arrays = fit([row["text"] for row in rows], [bool(row["expected"]) for row in rows])
    np.savez_compressed(MODEL_PATH, **arrays, corpus=np.str_(corpus_digest(args.root)))
    print(f"{MODEL_PATH}: trained on {len(rows)} texts")


if __name__ == "__main__":
    main()
