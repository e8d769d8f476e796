"""The language of an update's text: a pure function over text (py3langid's naive Bayes model,
the identifier trafilatura's author maintains).

Texts too short to tell, or where the model is unsure, get no language rather than a guess:
a one-line alert ("Увага! Загроза") is as likely Russian as Ukrainian to a character model.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
from py3langid.modelio import load_model

# Fewer letters than this and the model's guess is noise.
MIN_LETTERS = 20
# Below this probability the update is stored without a language.
MIN_CONFIDENCE = 0.8
# The model's answer settles within a few sentences: on the 2,061 labelled corpus texts and
# the benchmark's articles, 400 characters decide as 1,500 do (300 leave one more text
# undecided). Each 100 more cost ~0.02 ms.
SAMPLE_CHARS = 400
QUICK_CHARS, QUICK_CONFIDENCE = 200, 0.99
_LETTER = re.compile(r"[^\W\d_]")

# The languages told apart: those of the outlets, agencies and officials that report on the
# war and its neighbours, Europe's, and the world's largest. The model knows 142; scoring only
# these keeps a fifth of its weight matrix in memory (27 -> 11 MiB) and classifies ~30% faster.
# A text in another language goes to the closest of these, or below MIN_CONFIDENCE to none.
# "zxx" is the model's "no language" (code, markup), kept so such text is not forced into one.
LANGUAGES = frozenset(
    "uk ru be en fr de pl cs sk hu ro bg lt lv et fi sv no nn da is nl lb it es pt ca el tr ka hy"
    " az kk ky uz tg tk tt mn sr hr bs sl mk sq mt ga he ar fa ur hi ja zh ko zxx".split()
)


@cache
def _identifier() -> LanguageIdentifier:
    # Loaded once per process, on first use: the model takes ~0.2 s to unpack.
    weights, priors, classes, transitions, rows, outputs = load_model(MODEL_DIR / MODEL_FILE)
    kept = [index for index, code in enumerate(classes) if code in LANGUAGES]
    return LanguageIdentifier(
        np.ascontiguousarray(weights[:, kept]),  # a copy: the full matrix is let go
        priors[kept],
        [classes[index] for index in kept],
        transitions,
        outputs,
        norm_probs=True,
        tk_row=rows,
    )


def detect_language(text: str, title: str | None = None) -> str | None:
    """ISO 639-1 code of the text's language ("uk", "en"), or None when it cannot be told."""
    sample = f"{title}\n{text}" if title else text
    # Most texts are told by their opening: the model reads every byte in a Python loop, so
    # the first QUICK_CHARS are read alone and kept when the model is all but sure (on 3,361
    # corpus and benchmark texts, the same answers as SAMPLE_CHARS give, in two thirds of the
    # time).
    quick = sample[:QUICK_CHARS]
    if len(_LETTER.findall(quick)) >= MIN_LETTERS:
        lang, probability = _identifier().classify(quick)
        if probability >= QUICK_CONFIDENCE:
            return str(lang)
    sample = sample[:SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    lang, probability = _identifier().classify(sample)
    return str(lang) if probability >= MIN_CONFIDENCE else None
