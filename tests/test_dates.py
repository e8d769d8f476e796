"""Resolving the attack day from the report's words and the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.dates import (
    attack_date,
    evening_night,
    evening_then_night,
    find_date,
    parse_published,
    weekday_span,
)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("dans la nuit du jeudi 3 au vendredi 4 juillet", "2025-07-04", "2025-07-04"),
        ("dans la nuit du 3 au 4", "2025-07-04", "2025-07-04"),
        ("Dans la nuit de mardi à mercredi, la Russie", "2025-07-09", "2025-07-09"),
        ("dans la nuit de mardi à mercredi", "2025-07-11", "2025-07-09"),
        ("у ніч на 4 липня", "2025-07-04", "2025-07-04"),
        ("У ніч на 13 серпня (з 18:00 12 серпня)", "2026-08-13", "2026-08-13"),
        ("В ночь на 1 июня", "2025-06-02", "2025-06-01"),
        ("в ночь с 5 на 6 июля", "2025-07-06", "2025-07-06"),
        ("в ночь на субботу", "2025-06-09", "2025-06-07"),
        ("overnight", "2025-07-04", "2025-07-04"),
        ("last night", "2025-07-04", "2025-07-04"),
        ("cette nuit", "2025-07-04", "2025-07-04"),
        ("за ночь", "2025-07-04", "2025-07-04"),
        ("вночі", "2025-07-04", "2025-07-04"),
        ("yesterday", "2025-07-04", "2025-07-03"),
        ("on Sunday", "2025-07-09", "2025-07-06"),
        ("on Wednesday", "2025-07-09", "2025-07-09"),
        ("on Sunday night into Monday", "2025-05-26", "2025-05-26"),
        # An evening and the night after it: the night's day.
        ("46 drones on Saturday evening and another 89 overnight", "2025-10-26", "2025-10-26"),
        (
            "samedi entre 20 heures et minuit, puis 57 autres pendant la nuit",
            "2026-11-29",
            "2026-11-29",
        ),
        ("46 drones on Saturday evening", "2025-10-26", "2025-10-25"),
        ("overnight into Saturday", "2025-11-08", "2025-11-08"),
        ("on 4 July", "2025-07-09", "2025-07-04"),
        ("July 4", "2025-07-09", "2025-07-04"),
        ("on December 30", "2025-01-02", "2024-12-30"),
        ("night of 7 to 8 July 2024", "2025-01-02", "2024-07-08"),
        ("on the night of July 7-8", "2025-07-09", "2025-07-08"),
        ("Протягом дня 27 серпня (із 7.00 по 19.00)", "2026-08-28", "2026-08-27"),
        ("since July 4, Russia launched", "2025-07-09", "2025-07-09"),
        ("between 8 p.m. and 11 p.m. Moscow time on Saturday", "2026-10-04", "2026-10-04"),
        ("no date words at all", "2025-07-09", "2025-07-09"),
    ],
)
def test_attack_date(text: str, published: str, day: str) -> None:
    assert attack_date(text, published) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("overnight", None),
        ("on Sunday", None),
        ("4 July", None),  # a day and a month, but no year to put them in
        ("night of 7 to 8 July 2024", "2024-07-08"),
    ],
)
def test_without_a_publication_date(text: str, day: str | None) -> None:
    assert attack_date(text, None) == day


def test_publication_time_is_read_as_kyiv_day() -> None:
    assert parse_published("2025-07-03T23:30:00Z") == date(2025, 7, 4)
    assert parse_published("2025-07-04T09:12:44+00:00") == date(2025, 7, 4)
    assert parse_published("2025-07-04") == date(2025, 7, 4)
    assert parse_published("2025-07-04T01:00:00") == date(2025, 7, 4)
    assert parse_published("not a date") is None


def test_find_date_names_nothing() -> None:
    assert find_date("russia launched 539 drones", date(2025, 7, 4)) is None


def test_impossible_day_is_ignored() -> None:
    assert attack_date("on 31 June", "2025-07-04") == "2025-07-04"


def test_weekday_night_ends_the_next_morning() -> None:
    assert find_date("on saturday night, russia launched", date(2025, 7, 7)) == date(2025, 7, 6)
    assert find_date("saturday night into sunday", date(2025, 7, 7)) == date(2025, 7, 6)


@pytest.mark.parametrize(
    "text",
    [
        "the barrage began late saturday and lasted into sunday morning",
        "from 8 p.m. moscow time on saturday to 7 a.m. on sunday",
    ],
)
def test_weekday_range_is_dated_by_its_end(text: str) -> None:
    assert find_date(text, date(2025, 10, 5)) == date(2025, 10, 5)


def test_between_two_weekdays_is_dated_by_the_second() -> None:
    text = "détruit 389 drones entre samedi soir et dimanche matin"
    assert find_date(text, date(2025, 5, 11)) == date(2025, 5, 11)


def test_the_day_a_source_spoke_is_not_the_attack_day() -> None:
    assert (
        find_date("збито 51 бпла, повідомили повітряні сили в понеділок", date(2025, 4, 7)) is None
    )
    text = "la frappe d'hier soir a fait trois morts, ont annoncé mercredi les autorités"
    assert find_date(text, date(2026, 4, 22)) == date(2026, 4, 21)


def test_that_day_dates_the_count_by_the_day_it_was_said() -> None:
    text = "the ministry said on june 13 that 46 drones were downed from 3 p.m. to 9 p.m. that day"
    assert find_date(text, date(2026, 6, 14)) == date(2026, 6, 13)
    assert find_date("the ministry said on june 13 that 46 drones were downed", None) is None


def test_a_window_between_two_weekdays_is_dated_by_its_end() -> None:
    text = "between 6 p.m. on monday and 8 a.m. on tuesday, russia launched 230 drones"
    assert find_date(text, date(2026, 12, 8)) == date(2026, 12, 8)


def test_a_day_to_come_is_not_the_attack_day() -> None:
    text = "une délégation doit se rendre lundi à istanbul"
    assert find_date(text, date(2025, 6, 1)) is None


def test_an_evening_window_in_12_hour_time() -> None:
    text = "air defences downed 46 ukrainian drones between 8 p.m. and 11:55 p.m. on tuesday."
    assert evening_night(text, date(2025, 11, 12)) == (date(2025, 11, 11), date(2025, 11, 12))


def test_an_evening_said_that_evening_in_french_hours() -> None:
    text = (
        "le ministère a annoncé vendredi soir avoir détruit 19 drones entre 20 heures et"
        " 23 heures, heure de moscou."
    )
    assert evening_night(text, date(2026, 4, 4)) == (date(2026, 4, 3), date(2026, 4, 4))


def test_a_night_said_to_have_no_count_leaves_the_evening_alone() -> None:
    text = (
        "between 8 p.m. and 11 p.m. on monday, air defences downed 20 ukrainian drones, the"
        " ministry said on tuesday, without giving a figure for the night."
    )
    assert evening_night(text, date(2026, 3, 10)) == (date(2026, 3, 9), date(2026, 3, 10))


def test_an_evening_then_the_night_told_by_its_hours_is_the_night() -> None:
    text = (
        "the ministry said it had destroyed 27 ukrainian drones between 8pm and 11.59pm on"
        " saturday, and a further 84 between midnight and 7am on sunday."
    )
    assert evening_night(text, date(2026, 2, 8)) is None
    assert evening_then_night(text, date(2026, 2, 8)) == date(2026, 2, 8)
    text = "уничтожены 27 беспилотников с 20:00 до 23:59 в субботу и еще 84 с 00:00 до 07:00."
    assert evening_then_night(text, date(2026, 2, 8)) == date(2026, 2, 8)


def test_the_day_after_the_clock_that_ends_a_window_is_the_attack_day() -> None:
    text = "сбиты 40 беспилотников с 23:00 9 марта до 7:00 10 марта."
    assert find_date(text, date(2026, 3, 11)) == date(2026, 3, 10)


def test_overnight_on_two_days_is_dated_by_the_second() -> None:
    text = "russia launched 120 drones overnight on march 3 to 4, the air force said."
    assert find_date(text, date(2026, 3, 4)) == date(2026, 3, 4)


def test_an_evening_that_runs_on_to_dawn_is_the_night_after_it() -> None:
    text = "the drones came in waves between friday evening and dawn."
    assert find_date(text, date(2026, 3, 7)) == date(2026, 3, 7)  # a Saturday


def test_a_day_the_source_will_publish_on_is_not_the_attack_day() -> None:
    text = "итоговую сводку мы опубликуем в понедельник."
    assert find_date(text, date(2026, 3, 8)) is None


def test_a_nights_summary_header_is_the_night_before_publication() -> None:
    assert find_date("📊 итоги ночи", date(2026, 3, 8)) == date(2026, 3, 8)


def test_a_span_of_weekdays_counts_its_days() -> None:
    assert weekday_span("from monday to saturday russia launched 900 drones") == 5
    assert weekday_span("з понеділка по суботу ворог випустив 900 дронів") == 5
    assert weekday_span("в ночь с субботы на воскресенье") == 0
    assert weekday_span("du samedi au dimanche") == 1
    assert weekday_span("tuesday to saturday") == 0  # no "from": not a span


def test_the_eve_of_a_feast_is_not_yesterday() -> None:
    text = "la russie a tiré 300 drones, à la veille de noël."
    assert find_date(text, date(2025, 12, 24)) != date(2025, 12, 23)
    assert find_date("la veille, la russie a tiré 300 drones.", date(2025, 12, 24)) == date(
        2025, 12, 23
    )


def test_the_month_the_invasion_began_is_not_the_attacks_day() -> None:
    text = "du jamais vu depuis le début de l'invasion à grande échelle en février 2022"
    assert find_date(text, date(2026, 10, 12)) is None


def test_a_year_opening_the_sentence_is_the_year_of_its_day() -> None:
    text = "в 2025 году самая масштабная атака пришлась на ночь на 11 марта"
    assert find_date(text, date(2026, 10, 4)) == date(2025, 3, 11)
    published = date(2026, 10, 4)
    assert find_date("in 2025, the largest came on march 11", published) == date(2025, 3, 11)
    assert find_date("the largest came on march 11", published) == date(2026, 3, 11)


def test_a_year_ago_today_is_todays_date_a_year_back() -> None:
    published = date(2026, 7, 9)
    assert find_date("a year ago today, russia launched 728 drones", published) == date(2025, 7, 9)
    assert find_date("il y a deux ans aujourd'hui, la russie a lancé", published) == date(
        2024, 7, 9
    )
    assert find_date("рік тому цієї ночі росія випустила", published) == date(2025, 7, 9)
    assert find_date("russia launched 40 drones overnight", published) == published
