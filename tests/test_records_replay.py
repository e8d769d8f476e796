"""A dozen attacks told by four outlets in four languages, polled with `salvo poll` in rounds.

Whatever the order the reports arrive in (date order, or later nights first and the older
ones backfilled), the active record alerts are the same, and they are the ones a brute-force
computation over the figures gives. A poll that finds nothing new adds nothing.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime

import pytest
from werkzeug import Request, Response

from tests.conftest import rows

# (night, drones, missiles): the figures the Ukrainian Air Force gave for each night.
ATTACKS = [
    ("2025-06-01", 472, 7),
    ("2025-06-03", 112, 0),
    ("2025-06-06", 407, 45),
    ("2025-06-09", 479, 20),
    ("2025-06-12", 80, 3),
    ("2025-06-17", 440, 32),
    ("2025-06-29", 477, 60),
    ("2025-07-04", 539, 11),
    ("2025-07-09", 728, 13),
    ("2025-07-12", 597, 26),
    ("2025-07-20", 344, 35),
    ("2025-07-31", 309, 8),
]
MONTHS = {
    "uk": ("червня", "липня"),
    "ru": ("июня", "июля"),
}


def english(drones: int, missiles: int) -> str:
    weapons = f"{drones} drones" + (f" and {missiles} missiles" if missiles else "")
    return (
        f"Russia launched {weapons} at Ukraine overnight, the Ukrainian air force said on"
        " its Telegram channel. Explosions were heard in several regions."
    )


def french(drones: int, missiles: int) -> str:
    # An early, lower count: the outlet wrote before the final figures.
    return (
        f"Dans la nuit, la Russie a lancé {drones - 40} drones contre l'Ukraine, selon"
        " l'armée de l'air ukrainienne, qui précise que le bilan est provisoire."
    )


def ukrainian(day: date, drones: int, missiles: int) -> str:
    month = MONTHS["uk"][day.month - 6]
    if missiles:
        return (
            f"У ніч на {day.day} {month} противник атакував {drones + missiles} засобами"
            f" повітряного нападу: {drones} ударними БпЛА типу Shahed та дронами-імітаторами"
            f" і {missiles} ракетами різних типів. Повітряний напад відбивали авіація, ЗРВ"
            " та мобільні вогневі групи."
        )
    return (
        f"У ніч на {day.day} {month} противник атакував {drones} ударними БпЛА типу Shahed"
        " та дронами-імітаторами різних типів. Повітряний напад відбивали мобільні вогневі"
        " групи."
    )


def russian(day: date, drones: int) -> str:
    month = MONTHS["ru"][day.month - 6]
    return (
        f"В ночь на {day.day} {month} Россия атаковала Украину {drones} беспилотниками,"
        " сообщили Воздушные силы ВСУ."
    )


class Outlets:
    """Four feeds on one local server; each round lists more of their entries."""

    def __init__(self) -> None:
        self.entries: dict[str, list[tuple[str, str, str, str]]] = {}  # feed -> listed entries
        self.pages: dict[str, str] = {}  # path -> text

    def publish(self, night: str, drones: int, missiles: int) -> None:
        day = date.fromisoformat(night)
        stories = {
            "wire": ("en", english(drones, missiles)),
            "kyiv": ("uk", ukrainian(day, drones, missiles)),
            "paris": ("fr", french(drones, missiles)),
            "moscow": ("ru", russian(day, drones)),
        }
        morning = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=7)
        for feed, (lang, text) in stories.items():
            path = f"/{feed}/{night}.html"
            self.pages[path] = (
                f'<html lang="{lang}"><head><title>{feed} {night}</title></head><body>'
                f"<article><h1>{feed} {night}</h1><p>{text}</p></article></body></html>"
            )
            self.entries.setdefault(feed, []).append(
                (path, f"{feed} {night}", format_datetime(morning), lang)
            )

    def feed(self, name: str, base: str) -> str:
        items = "".join(
            f"<item><title>{title}</title><link>{base}{path}</link><guid>{base}{path}</guid>"
            f"<pubDate>{when}</pubDate></item>"
            for path, title, when, _ in reversed(self.entries.get(name, []))
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{name}</title><link>{base}/{name}/</link>{items}</channel></rss>"
        )


def expected_active_records() -> set[tuple[str, str, int]]:
    """Brute force from the figures: the largest launched count per night and series."""
    values = {}
    for night, drones, missiles in ATTACKS:
        values[night] = {"drone": drones, "missile": missiles, "total": drones + missiles}
    out = set()
    for weapon in ("drone", "missile", "total"):
        for night, parts in values.items():
            earlier = [v[weapon] for n, v in values.items() if n < night]
            if earlier and parts[weapon] > max(earlier):
                out.add((weapon, night, parts[weapon]))
    return out


def serve(httpserver, outlets: Outlets) -> str:
    base = httpserver.url_for("").rstrip("/")

    def handle(request: Request) -> Response:
        path = request.path
        if path.endswith("/feed.xml"):
            body = outlets.feed(path.split("/")[1], base)
            return Response(body, content_type="application/rss+xml; charset=utf-8")
        if path in outlets.pages:
            return Response(outlets.pages[path], content_type="text/html; charset=utf-8")
        return Response("not found", status=404)

    httpserver.expect_request("").respond_with_handler(handle)
    return base


def active_records(db) -> set[tuple[str, str, int]]:
    found = rows(
        db, "SELECT weapon, date, value FROM alerts WHERE kind='record' AND status='active'"
    )
    return set(found)


@pytest.mark.parametrize("order", ["dated", "shuffled"])
def test_a_dozen_attacks_give_the_same_alerts_in_any_order(httpserver, salvo, order):
    outlets = Outlets()
    base = serve(httpserver, outlets)
    feeds = [f"{base}/{name}/feed.xml" for name in ("wire", "kyiv", "paris", "moscow")]
    arrivals = list(ATTACKS)
    if order == "shuffled":
        random.Random(7).shuffle(arrivals)
    half = len(arrivals) // 2
    for round_attacks in (arrivals[:half], arrivals[half:]):
        for attack in round_attacks:
            outlets.publish(*attack)
        result = salvo("poll", *feeds)
        assert result.returncode == 0, result.stderr

    assert active_records(salvo.db) == expected_active_records()
    # One record alert per (series, night), one claim per night at most: nothing twice.
    assert rows(salvo.db, "SELECT count(*) - count(DISTINCT kind||weapon||date) FROM alerts") == [
        (0,)
    ]
    stored = rows(salvo.db, "SELECT count(*) FROM updates")[0][0]
    assert stored == 4 * len(ATTACKS)
    alerts_before = rows(salvo.db, "SELECT id, value, status FROM alerts ORDER BY id")

    again = salvo("poll", *feeds)
    assert again.returncode == 0, again.stderr
    assert again.stdout.count("0 new, 0 revised") == 4
    assert rows(salvo.db, "SELECT id, value, status FROM alerts ORDER BY id") == alerts_before
    assert rows(salvo.db, "SELECT count(*) FROM updates")[0][0] == stored
