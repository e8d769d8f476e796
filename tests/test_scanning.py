"""The reader's patterns keep a first-character scan.

Python's regex engine skips ahead to the characters that can start a pattern only when it can
tell them from the compiled pattern: a literal start, a class, or a branch whose alternatives all
start with a literal. One alternative that starts otherwise (a look-behind, a group, "\\d" beside
letters) makes it try the whole pattern at every position of every text: no match changes, the
reader slows down. These tests keep the patterns searched over whole texts and sentences fast.
"""

from __future__ import annotations

import re
from re import _compiler, _constants, _parser  # private, but the only way to see the scan

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor import counts, dates, numbers
from monitor.numbers import by_first_letter

# Searched over whole texts or every sentence with weapons: most of the reader's regex time.
SCANNED = [
    (counts, "_WEAPON_WORD"), (counts, "_RARE_HINTS"), (counts, "_RECORD_HINT"),
    (counts, "_REFERS_BACK"), (counts, "_BENCHMARK_HINT"), (dates, "EVENING_CLOCK"),
    (counts, "_CUES"), (counts, "_MENTION"), (counts, "_LATE_HINTS"), (counts, "_NONE_HINT"),
    (counts, "_NOT_AN_ATTACK"), (counts, "_PERIOD_HINT"), (counts, "_PERIOD"),
    (counts, "_RU_DEFENDS"), (counts, "_REGIONAL_SOURCE"), (counts, "_REGIONAL_PLACE"),
    (counts, "_BEFORE_HINTS"), (counts, "_ONE_ATTACK"), (counts, "_SUBJECT"), (counts, "_ALL_OF"),
    (counts, "_OPENING_WORDS"), (counts, "_EN_DOWNED"), (counts, "_ONE_MISSILE"),
    (counts, "_TWO_KINDS"), (counts, "_LABEL_NUMBER"), (counts, "_PARTICIPLE_PLACE"),
    (counts, "_HAS_DIGIT"), (counts, "_SENTENCE_END"), (counts, "_STOPWORDS"),
    (numbers, "_EN_FR_NUMBER_WORD"), (numbers, "_CYR_RUN"), (numbers, "_GROUPED"),
    (numbers, "_CASE_SUFFIX"), (numbers, "_MAY_BE_GROUPED"),
    (dates, "_ANY_WEEKDAY"), (dates, "_EXPLICIT_DM"), (dates, "_TODAY"),
]


def skips_ahead(pattern: re.Pattern[str]) -> bool:
    """Whether the compiled pattern tells the engine which characters can start a match."""
    code = _compiler._code(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    assert code[0] == _constants.INFO
    return bool(code[2] & (_constants.SRE_INFO_PREFIX | _constants.SRE_INFO_CHARSET))


@pytest.mark.parametrize(("module", "name"), SCANNED, ids=[name for _, name in SCANNED])
def test_scanned_patterns_skip_to_their_first_characters(module: object, name: str) -> None:
    assert skips_ahead(getattr(module, name))


def test_the_check_tells_a_slow_pattern() -> None:
    # What _LATE_HINTS was for a while: "\d" beside literal alternatives.
    assert not skips_ahead(re.compile(r"another|\d\s[–—-]?\s?подавлен"))
    assert not skips_ahead(re.compile(r"(?<![\w-])drones?"))
    assert skips_ahead(re.compile(r"another|подавлен(?<=\d\sподавлен)"))
    assert skips_ahead(re.compile(by_first_letter(r"[ув]\s+ночі|[2-5]\s+jours|drones?")))


CLASS_WORDS = ["у", "в", "ночі", "2", "6", "jours", "drones", "-", "x"]


@given(st.lists(st.sampled_from(CLASS_WORDS), min_size=1))
def test_a_leading_class_is_regrouped_alike(words: list[str]) -> None:
    alternatives = r"[ув]\s+ночі|[2-5]\s+jours|у\s+\w+|[-x]\s*\d|drones?"
    plain = re.compile(alternatives)
    grouped = re.compile(by_first_letter(alternatives))
    text = " ".join(words)
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in grouped.finditer(text)]


def test_digits_other_than_0_to_9_read_as_0_to_9() -> None:
    # The patterns start at [0-9]; styled, full-width and Arabic-Indic digits are read as those.
    from monitor.counts import read_reports

    plain = "Russia launched 539 drones and 11 missiles. Air defences downed 490 drones."
    styled = "Russia launched 𝟓𝟑𝟗 drones and １１ missiles. Air defences downed ٤٩٠ drones."
    cyrillic = "Вночі ворог атакував 𝟓𝟑𝟗 ударними БпЛА та １１ ракетами. Збито ４９０ БпЛА."
    expected = [("drone", 539, 490), ("missile", 11, None)]
    for text in (plain, styled, cyrillic):
        found = read_reports(text, published="2026-07-04")
        assert [(r.weapon, r.launched, r.destroyed) for r in found] == expected, text
