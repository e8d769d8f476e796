"""Number parsing: digit groups and number words in English, French, Ukrainian, Russian."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.numbers import (
    by_first_letter,
    cyrillic_to_digits,
    digitise,
    hint,
    join_digit_groups,
    parse_number,
    words_value,
)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("1 200", "fr", 1200),
        ("1\u00a0200", "fr", 1200),
        ("1\u202f200", "fr", 1200),
        ("1\u2009200", "fr", 1200),
        ("1,200", "en", 1200),
        ("1.200", "de", 1200),
        ("12 345 678", "fr", 12345678),
        ("539", "en", 539),
        ("two", "en", 2),
        ("eleven", "en", 11),
        ("thirty-four", "en", 34),
        ("deux", "fr", 2),
        ("cent dix-sept", "fr", 117),
        ("quatre-vingt-trois", "fr", 83),
        ("семью", "ru", 7),
        ("девять", "ru", 9),
        ("девятью", "ru", 9),
        ("сорок восемь", "ru", 48),
        ("двумя", "ru", 2),
        ("двома", "uk", 2),
        ("шістьма", "uk", 6),
        ("однією", "uk", 1),
        ("сорок вісім", "uk", 48),
        ("дев’ять", "uk", 9),
        ("п'ятьма", "uk", 5),
        ("двісті сорок вісім", "uk", 248),
        ("дві тисячі триста", "uk", 2300),
        ("вісімнадцятьма", "uk", 18),
    ],
)
def test_parse_number(text: str, lang: str, value: int) -> None:
    assert parse_number(text, lang) == value


@pytest.mark.parametrize("text", ["", "drones", "4.5", "4,5", "hier"])
def test_not_a_number(text: str) -> None:
    assert parse_number(text, "fr") is None


def test_decimals_and_codes_are_left_alone() -> None:
    assert join_digit_groups("4.5 million drones, Kh-101, 18:00") == (
        "4.5 million drones, Kh-101, 18:00"
    )
    assert join_digit_groups("Х-59/69 101 БпЛА") == "Х-59/69 101 БпЛА"


def test_words_in_a_sentence() -> None:
    assert digitise("la défense a abattu 268 drones et deux missiles", "fr") == (
        "la défense a abattu 268 drones et 2 missiles"
    )
    assert digitise("россия атаковала украину 472 беспилотниками и семью ракетами", "ru") == (
        "россия атаковала украину 472 беспилотниками и 7 ракетами"
    )
    assert digitise("8-ма крилатими ракетами", "uk") == "8 крилатими ракетами"
    assert digitise("более 60 тысяч беспилотников", "ru") == "более 60000 беспилотников"


def test_runs_that_do_not_compose_split() -> None:
    assert words_value(["два", "три"]) == [2, 3]
    assert words_value(["сорок", "вісім"]) == [48]
    assert words_value(["сім", "сорок"]) == [7, 40]


def test_number_word_inside_a_longer_word_is_not_read() -> None:
    assert cyrillic_to_digits("підсилення сорокавосьми") == "підсилення сорокавосьми"


@given(st.integers(min_value=1000, max_value=999_999), st.sampled_from([" ", "\u00a0", ",", "."]))
def test_grouped_digits_round_trip(value: int, separator: str) -> None:
    grouped = f"{value:,}".replace(",", separator)
    assert join_digit_groups(f"launched {grouped} drones") == f"launched {value} drones"


@given(st.lists(st.sampled_from(["launch", "lance", "lancé", "lost", "l'une", "x-1"]), min_size=1))
def test_first_letter_grouping_matches_the_same(words: list[str]) -> None:
    alternatives = "launch\\w*|lanc\\w*|lost|l'une|x-\\d+|(?:fired|fire)"
    plain = re.compile(alternatives)
    grouped = re.compile(by_first_letter(alternatives))
    text = " ".join(words)
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in grouped.finditer(text)]


WORDS = ["в", "за", "вмісті", "all", "ball", "all-out", "in", "x"]


@given(st.lists(st.sampled_from(WORDS), min_size=1), st.booleans())
def test_leading_groups_and_word_starts_are_regrouped_alike(words: list[str], start: bool) -> None:
    # A leading group or \b is rewritten to start with a letter: the matches stay the same.
    alternatives = "(?:за|в)\\s+(?:в|за)|\\ball\\b|alla|(?:in|x)"
    plain = re.compile(rf"\b(?:{alternatives})" if start else alternatives)
    grouped = re.compile(by_first_letter(alternatives, word_start=start))
    text = " ".join(words)
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in grouped.finditer(text)]


def test_sentences_without_number_words_are_left_alone() -> None:
    assert digitise("russia launched drones overnight", "en") == "russia launched drones overnight"
    assert digitise("russia launched two drones", "en") == "russia launched 2 drones"


def test_language_asked_only_for_a_number_word() -> None:
    asked: list[str] = []

    def french() -> str:
        asked.append("fr")
        return "fr"

    assert digitise("la russie a lancé des drones", french) == "la russie a lancé des drones"
    assert asked == []
    assert digitise("la russie a lancé deux missiles", french) == "la russie a lancé 2 missiles"
    assert asked == ["fr"]


def test_a_hundred_is_one_number() -> None:
    assert digitise("more than a hundred drones", "en") == "more than 100 drones"
    assert digitise("a 100-strong unit", "en") == "a 100-strong unit"


HINT_WORDS = ["record", "rec", "larger", "ова", "нова", "[", ":", "(", "3", "jours", "ex", "expect"]
HINT_PATTERN = (
    r"records?\b|larg|\bова\b|[:(]|[2-5]\s+jours|ex(?:pects?\s+\w+|emple)"
    r"|(?P<day>\d)\s+jours"
)


@given(st.lists(st.sampled_from(HINT_WORDS), min_size=1))
def test_a_hint_finds_a_match_where_the_pattern_does(words: list[str]) -> None:
    text = " ".join(words)
    plain = re.compile(HINT_PATTERN)
    assert bool(hint(HINT_PATTERN).search(text)) == bool(plain.search(text))


def test_a_hint_starts_at_a_rare_letter() -> None:
    # "record": tried where a "c" stands, the letters before checked behind it.
    assert hint("record").pattern == "(?:c(?<=rec)ord)"
    assert hint("record").search("a new record") and not hint("record").search("recorder"[:5])


def test_tens_of_thousands_is_no_figure() -> None:
    assert digitise("десятки тисяч дронів", "uk") == "десятки тисяч дронів"
    assert digitise("несколько тысяч дронов", "ru") == "несколько тысяч дронов"
    assert digitise("дві тисячі дронів", "uk") == "2000 дронів"


def test_elided_one_before_a_number_of_them_is_one() -> None:
    assert digitise("ainsi qu'un des cinq drones", "fr") == "ainsi qu' 1 des 5 drones"
    assert digitise("l'une des deux roquettes", "fr") == "l' 1 des 2 roquettes"
    # Not before a figure: an article, left alone.
    assert digitise("qu'un des drones", "fr") == "qu'un des drones"


def test_a_thousand_in_the_accusative_joins_its_hundreds() -> None:
    assert digitise("випустила тисячу двісті дронів", "uk") == "випустила 1200 дронів"
    assert digitise("выпустила тысячу сто дронов", "ru") == "выпустила 1100 дронов"


def test_several_hundred_is_no_figure() -> None:
    text = "russia used several hundred drones"
    assert digitise(text, "en") == text
    assert digitise("some hundred drones", "en") == "some 100 drones"


def test_hundreds_in_the_instrumental_and_dative() -> None:
    assert digitise("атакувала сімомастами п'ятьма дронами", "uk", spaced=True) == (
        "атакувала 705 дронами"
    )
    assert digitise("ударила девятьюстами дронами", "ru", spaced=True) == "ударила 900 дронами"
    assert digitise("по дев'ятистам цілях", "uk", spaced=True) == "по 900 цілях"
def test_one_before_a_night_or_a_day_is_a_span_not_a_count() -> None:
    assert cyrillic_to_digits("рекорд за одну ніч: одна ракета") == "рекорд за одну ніч: 1 ракета"
    assert cyrillic_to_digits("за одни сутки сбиты два дрона") == "за одни сутки сбиты 2 дрона"


def test_one_and_a_half_hundreds_or_thousands() -> None:
    assert cyrillic_to_digits("полутора сотнями беспилотников") == "150 беспилотников"
    assert cyrillic_to_digits("более полутора сотен дронов") == "более 150 дронов"
    assert cyrillic_to_digits("півтори тисячі дронів") == "1500 дронів"
    # Not a count of hundreds or thousands: left alone.
    assert cyrillic_to_digits("в полтора раза больше") == "в полтора раза больше"
