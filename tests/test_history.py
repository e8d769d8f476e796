"""The dataset parser: rows of "Massive Missile Attacks on Ukraine" into attack reports."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from monitor.errors import ParseError
from monitor.history import HistoryAttack, classify_model, load_history, read_history

HEADER = (
    "time_start,time_end,model,launch_place,target,target_main,launched,destroyed,not_reach_goal,"
    "still_attacking,border_crossing,is_shahed,num_hit_location,num_fall_fragment_location,carrier,"
    "turbojet,turbojet_destroyed,affected region,destroyed_details,launched_details,"
    "launch_place_details,source"
).split(",")

SAMPLE = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "corpus"
    / "history"
    / "missile_attacks_daily.sample.csv"
)

# (time_start, time_end, model, launched, destroyed, source): written by hand for these tests.
ROWS = [
    # One post, one night: the drone window starts the evening before the missile rows.
    ("2025-07-03 18:00", "2025-07-04 06:00", "Shahed-136/131", "539.0", "268.0", "kpszsu/posts/a1"),
    ("2025-07-04 02:00", "2025-07-04 06:00", "Iskander-M/KN-23", "6.0", "0.0", "kpszsu/posts/a1"),
    (
        "2025-07-04 03:00",
        "2025-07-04 05:00",
        "X-101/X-555 and Kalibr",
        "4.0",
        "2.0",
        "kpszsu/posts/a1",
    ),
    ("2025-07-04 00:20", "2025-07-04 00:30", "X-47 Kinzhal", "1.0", "0.0", "kpszsu/posts/a1"),
    # A southern command post: reconnaissance rows and a joined pair of small strike drones.
    ("2025-07-04", "2025-07-04", "Orlan-10", "1.0", "1.0", "PvKPivden/posts/b2"),
    (
        "2025-07-04",
        "2025-07-04",
        "Orlan-10 and ZALA and Supercam",
        "3.0",
        "3.0",
        "PvKPivden/posts/b2",
    ),
    ("2025-07-04", "2025-07-04", "Молнія and Lancet", "5.0", "5.0", "PvKPivden/posts/b2"),
    ("2025-07-05", "2025-07-05", "KAB", "12.0", "", "kpszsu/posts/c3"),
    # Launched left empty on one row: the night's launched sum is unknown, destroyed is not.
    ("2025-07-05 20:00", "2025-07-06 08:00", "Shahed-136/131", "", "50.0", "kpszsu/posts/d4"),
    (
        "2025-07-05 22:00",
        "2025-07-06 07:00",
        "Shahed-136/131 and other drones",
        "10",
        "5",
        "kpszsu/posts/d4",
    ),
    # No source: grouped by the day time_end falls on.
    ("2025-07-07", "2025-07-07", "X-59/X-69", "2.0", "", ""),
    ("2025-07-06 23:00", "2025-07-07 04:00", "Iskander-M", "1.0", "0.0", ""),
    ("2025-07-07 01:00", "2025-07-07 05:00", "Shahed-136/131 and X-101/X-555", "30", "20", "e5"),
    ("2025-07-07 01:00", "07/08/2025", "Shahed-136/131", "30.0", "20.0", "kpszsu/posts/f6"),
    ("2025-07-07 01:00", "2025-07-07 05:00", "Hermelin-9", "3.0", "3.0", "kpszsu/posts/f6"),
    ("2025-07-07 01:00", "2025-07-07 05:00", "Shahed-136/131", "", "", "kpszsu/posts/f6"),
    # One post id pasted onto two separate nights upstream: two attacks, not one of 180.
    ("2025-07-08 22:00", "2025-07-09 08:00", "Shahed-136/131", "100.0", "60.0", "kpszsu/posts/g7"),
    ("2025-07-09 22:00", "2025-07-10 08:00", "Shahed-136/131", "80.0", "40.0", "kpszsu/posts/g7"),
]


def csv_text(rows: list[tuple[str, ...]], header: list[str] = HEADER) -> str:
    """The rows written in the dataset's layout, other columns left empty."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for start, end, model, launched, destroyed, source in rows:
        row = dict.fromkeys(header, "")
        row.update(time_start=start, time_end=end, model=model, launched=launched)
        row.update(destroyed=destroyed, source=source, target="Ukraine")
        writer.writerow([row[name] for name in header])
    return out.getvalue()


def by_key(attacks: list[HistoryAttack]) -> dict[str, HistoryAttack]:
    return {attack.key: attack for attack in attacks}


def figures(attack: HistoryAttack) -> dict[str, tuple[int | None, int | None]]:
    return {report.weapon: (report.launched, report.destroyed) for report in attack.reports}


@pytest.fixture
def history():
    return read_history(io.StringIO(csv_text(ROWS)))


def test_one_post_is_one_attack_dated_by_its_last_row(history):
    attack = by_key(history.attacks)["kpszsu/posts/a1"]
    assert attack.date == "2025-07-04"
    assert figures(attack) == {"drone": (539, 268), "missile": (11, 2)}
    assert attack.started == "2025-07-03 18:00" and attack.ended == "2025-07-04 06:00"
    assert attack.rows == 4
    assert attack.url == "https://www.facebook.com/kpszsu/posts/a1"
    drone = attack.reports[0]
    assert (drone.attacker, drone.target, drone.date) == ("RU", "UA", "2025-07-04")
    assert drone.claims_record is False and drone.period is None
    assert drone.source == "Ukrainian Air Force (dataset)"
    assert drone.evidence == "Shahed-136/131: 539 launched, 268 destroyed"


def test_reconnaissance_rows_are_skipped_and_joined_strike_drones_kept(history):
    attack = by_key(history.attacks)["PvKPivden/posts/b2"]
    assert figures(attack) == {"drone": (5, 5)}
    assert history.skipped["reconnaissance UAV"] == 2


def test_empty_launched_makes_the_sum_unknown_but_destroyed_still_adds_up(history):
    attack = by_key(history.attacks)["kpszsu/posts/d4"]
    assert attack.date == "2025-07-06"
    assert figures(attack) == {"drone": (None, 55)}
    assert "launched not given" in attack.reports[0].evidence


def test_rows_without_source_are_grouped_by_end_date(history):
    attack = by_key(history.attacks)["date:2025-07-07"]
    assert attack.source is None and attack.url is None
    assert figures(attack) == {"missile": (3, 0)}


def test_one_post_id_on_two_nights_gives_two_attacks(history):
    attacks = by_key(history.attacks)
    assert figures(attacks["kpszsu/posts/g7#2025-07-09"]) == {"drone": (100, 60)}
    assert figures(attacks["kpszsu/posts/g7#2025-07-10"]) == {"drone": (80, 40)}
    assert "kpszsu/posts/g7" not in attacks


def test_skipped_rows_are_counted_by_reason(history):
    assert history.rows == len(ROWS)
    assert history.skipped == {
        "reconnaissance UAV": 2,
        "guided bomb": 1,
        "mixed drone and missile models": 1,
        "bad date": 1,
        "unknown model: Hermelin-9": 1,
        "no launched or destroyed": 1,
    }
    assert "kpszsu/posts/c3" not in by_key(history.attacks)  # only a bomb row
    assert "kpszsu/posts/f6" not in by_key(history.attacks)  # nothing usable
    assert "e5" not in by_key(history.attacks)


def test_attacks_are_in_date_order(history):
    dates = [attack.date for attack in history.attacks]
    assert dates == sorted(dates)
    assert len(history.attacks) == 6


def test_the_same_file_gives_the_same_keys_even_when_values_are_revised():
    first = read_history(csv_text(ROWS).splitlines(keepends=True))
    # Upstream revises figures, not which rows exist: bump every launched figure given.
    revised = [(*row[:3], "999", *row[4:]) if row[3] else row for row in ROWS]
    second = read_history(csv_text(revised))
    assert [a.key for a in first.attacks] == [a.key for a in second.attacks]
    assert [a.date for a in first.attacks] == [a.date for a in second.attacks]
    assert figures(by_key(second.attacks)["kpszsu/posts/a1"])["drone"] == (999, 268)


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        ("Shahed-136/131", ("drone", None)),
        ("Geran-2", ("drone", None)),
        ("Gerbera", ("drone", None)),
        ("Unknown UAV", ("drone", None)),
        ("Молнія", ("drone", None)),
        ("X-101/X-555 and Kalibr and Iskander-K", ("missile", None)),
        ("Iskander-M/KN-23", ("missile", None)),
        ("C-300/C-400 and Iskander-M", ("missile", None)),
        ("Kh-47M2 Kinzhal", ("missile", None)),
        ("Х-22", ("missile", None)),  # Cyrillic Kha
        ("P-800 Oniks", ("missile", None)),
        ("Unknown Missile", ("missile", None)),
        ("Supercam", (None, "reconnaissance UAV")),
        ("Orion", (None, "reconnaissance UAV")),
        ("Merlin-VR", (None, "reconnaissance UAV")),
        ("GBU", (None, "guided bomb")),
        ("Shahed-136/131 and Kalibr", (None, "mixed drone and missile models")),
        ("Shahed-136/131 and Orlan-10", (None, "mixed drone and reconnaissance models")),
        ("", (None, "no model")),
    ],
)
def test_models_map_to_weapons(model, expected):
    assert classify_model(model) == expected


def test_missing_columns_are_a_one_line_parse_error():
    header = [name for name in HEADER if name not in ("launched", "destroyed")]
    text = ",".join(header) + "\n" + ",".join("" for _ in header) + "\n"
    with pytest.raises(ParseError) as error:
        read_history(text)
    message = str(error.value)
    assert "launched" in message and "destroyed" in message and "\n" not in message


def test_an_empty_file_is_a_parse_error():
    with pytest.raises(ParseError):
        read_history([])


def test_load_history_reads_a_file_with_a_byte_order_mark(tmp_path):
    path = tmp_path / "attacks.csv"
    path.write_text("\ufeff" + csv_text(ROWS[:4]), encoding="utf-8")
    result = load_history(path)
    assert [attack.key for attack in result.attacks] == ["kpszsu/posts/a1"]


def test_the_sample_of_the_real_dataset():
    if not SAMPLE.exists():
        pytest.skip(f"no dataset sample at {SAMPLE}")
    result = load_history(SAMPLE)
    assert result.rows == 239
    assert result.skipped == {"reconnaissance UAV": 49}
    # Night of 3 to 4 July 2025: 539 drones from 18:00 on the 3rd, 11 missiles on the 4th.
    night = [a for a in result.attacks if a.date == "2025-07-04" and a.key.startswith("kpszsu/")]
    assert len(night) == 1
    assert night[0].key.endswith("zrYH5wel")
    assert figures(night[0]) == {"drone": (539, 268), "missile": (11, 2)}
    drones = [
        (report.launched, attack.date)
        for attack in result.attacks
        for report in attack.reports
        if report.weapon == "drone" and report.launched is not None
    ]
    assert max(drones) == (728, "2025-07-09")
    # Upstream pasted one post id onto the nights of 26-27 and 27-28 June: kept apart.
    june = {a.date: figures(a) for a in result.attacks if a.key.endswith("4PtGjMil#" + a.date)}
    assert june == {
        "2025-06-27": {"drone": (363, 211), "missile": (8, 6)},
        "2025-06-28": {"drone": (23, 21)},
    }
