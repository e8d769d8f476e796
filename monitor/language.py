"""The language of an update's text: a pure function over text (py3langid's naive Bayes model,
the identifier trafilatura's author maintains).

Texts too short to tell, or where the model is unsure, get no language rather than a guess:
a one-line alert ("Увага! Загроза") is as likely Russian as Ukrainian to a character model.
"""

from __future__ import annotations

import re
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Fewer letters than this and the model's guess is noise.
MIN_LETTERS = 20
# Below this probability the update is stored without a language.
MIN_CONFIDENCE = 0.8
# The model's answer settles within a few sentences: on the 2,061 labelled corpus texts and
# the benchmark's articles, 400 characters decide as 1,500 do (300 leave one more text
# undecided). Each 100 more cost ~0.02 ms.
SAMPLE_CHARS = 400
_LETTER = re.compile(r"[^\W\d_]")


@cache
def _identifier() -> LanguageIdentifier:
    # Loaded once per process, on first use: the model takes ~0.2 s to unpack.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, title: str | None = None) -> str | None:
    """ISO 639-1 code of the text's language ("uk", "en"), or None when it cannot be told."""
    sample = f"{title}\n{text}" if title else text
    sample = sample[:SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    lang, probability = _identifier().classify(sample)
    return str(lang) if probability >= MIN_CONFIDENCE else None
