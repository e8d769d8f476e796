"""Language detection over the labelled corpus: never wrong, silent only on short texts."""

from __future__ import annotations

import json
from pathlib import Path

from monitor.language import detect_language

CORPUS = Path(__file__).parent / "corpus" / "reports.jsonl"


def test_the_corpus_languages_are_detected_and_never_mistaken():
    texts = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    detected = [(t, detect_language(t["text"])) for t in texts]
    wrong = [(t["id"], t["lang"], lang) for t, lang in detected if lang and lang != t["lang"]]
    assert wrong == []
    long_unknown = [t["id"] for t, lang in detected if lang is None and len(t["text"]) >= 200]
    assert long_unknown == []
    assert sum(lang is None for _, lang in detected) <= len(texts) * 0.02


def test_ukrainian_and_russian_are_told_apart():
    ukrainian = "Сили протиповітряної оборони збили 48 ворожих безпілотників над областями."
    russian = "Средства противовоздушной обороны перехватили и уничтожили 48 беспилотников."
    assert detect_language(ukrainian) == "uk"
    assert detect_language(russian) == "ru"


def test_too_short_or_empty_text_has_no_language():
    assert detect_language("") is None
    assert detect_language("Увага! Загроза") is None
    assert detect_language("12:40 — 1 200") is None
