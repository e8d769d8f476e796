"""Past attacks read from the public daily dataset "Massive Missile Attacks on Ukraine" (CSV).

Pure: text in, attack reports out; no database, no network. The dataset (compiled from Ukrainian
Air Force posts) has one row per weapon model per attack window, local Kyiv time; `salvo history
import FILE` stores what this module returns so that records are judged against real history.

Decisions:
- Rows are grouped into attacks by their `source` (one Air Force post = one attack), not by date:
  a night's drone row often starts the evening before its missile rows. Within one source the
  rows are further split where their time windows do not overlap, because upstream sometimes
  pastes one post id onto two consecutive nights (summing those would invent a bigger attack).
  Rows without a source are grouped by the date of their `time_end`.
- An attack's key is its source post id ("kpszsu/posts/pfbid..."), or "POST#YYYY-MM-DD" when one
  post id holds several separate windows, or "date:YYYY-MM-DD" without a source: the same file
  always gives the same keys, so an importer can upsert by key as upstream revises its values.
- An attack's date is the day (Kyiv local, as the file gives it) its latest row ended.
- `model` maps to drone or missile; reconnaissance UAVs and guided bombs are skipped and counted,
  as are unknown models and rows joining drone and missile models (their count cannot be split).
- Per attack and weapon, launched and destroyed are the sums of the rows: launched is null when
  any row leaves it empty (the sum would understate it), destroyed only when every row does.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path

from monitor.errors import ParseError
from monitor.models import Report

SOURCE = "Ukrainian Air Force (dataset)"
REQUIRED = ("time_start", "time_end", "model", "launched", "destroyed")

DRONE, MISSILE, RECON, BOMB = "drone", "missile", "reconnaissance", "guided bomb"

# First match wins, so the order matters: named strike drones before reconnaissance ("ZALA
# Lancet" is a Lancet), reconnaissance before the generic "unknown/other UAV" entries ("unknown
# reconnaissance UAV" is still reconnaissance). Patterns are matched against the lowercased part.
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        # Guided aerial bombs (KAB, FAB with UMPK kits, GBU) are not missiles.
        (BOMB, r"\b(?:kab|gbu|umpk|fab|каб|умпк|фаб)\b|\bbombs?\b|бомб"),
        # Missiles. X- is the Latin spelling the dataset uses for Kh-; Cyrillic Х too.
        (MISSILE, r"(?<![a-zа-яіїє])(?:x|kh|х)-?\s?\d{2,3}"),
        (MISSILE, r"kinzhal|кинжал|кинджал|kalibr|калибр|калібр|iskander|искандер|іскандер"),
        (MISSILE, r"\bkn-?23\b|кн-?23|oni[kx]s|onyx|оникс|онікс|zircon|tsirkon|циркон"),
        (MISSILE, r"banderol|бандерол|tochka|точка-у|oreshnik|орешник|орєшнік|\b3m-?(?:14|22)\b"),
        (MISSILE, r"(?<![a-zа-яіїє])(?:s|c|с)-?[34]00\b|\bp-?800\b|п-800|\b9m7\d\d"),
        (MISSILE, r"missile|icbm|ракет"),
        # Strike drones: Shahed/Geran family, decoys, loitering munitions, small kamikaze UAVs.
        (DRONE, r"shahed|шахед|geran|герань|gerbera|гербер|decoy|imitat|імітатор|имитатор"),
        (DRONE, r"parodi|пароди|lancet|ланцет|\bkub\b|\bкуб\b|italmas|итальмас|scalpel|скальпел"),
        # Molniya: a cheap fixed-wing kamikaze drone used on the southern front.
        (DRONE, r"molni|молні|молни|garpi|гарпі|гарпи|harpy|privet|привет-82"),
        # Reconnaissance UAVs (Orion and Mohajer are armed types, used and reported as recon).
        (RECON, r"orlan|орлан|supercam|суперкам|\bzala\b|\bзала\b|merlin|мерлин|мерлін"),
        (RECON, r"forpost|форпост|orion|оріон|орион|eleron|элерон|елерон|granat|гранат"),
        (RECON, r"mohajer|мохаджер|tachyon|тахион|тахіон|kartograf|картограф"),
        (RECON, r"reconnaiss|\brecon\b|розвід|развед"),
        # Generic strike entries: "Unknown UAV", "other drones", "strike UAVs", Ukrainian "ударні".
        (DRONE, r"\b(?:unknown|unidentified|other|strike|attack|kamikaze)\b.*\b(?:uav|drone)s?\b"),
        (DRONE, r"\b(?:uav|drone)s? of (?:unknown|other)\b|невстановлен|неустановлен|ударн"),
    )
)

# Joined models: "X-101/X-555 and Kalibr", "Молнія та Lancet". A slash stays inside a name.
_JOIN = re.compile(r"\s+(?:and|та|і|и|&|\+)\s+|\s*[,;+&]\s*", re.IGNORECASE)
_WHEN = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}:\d{2})(?::\d{2})?)?")
_NO_SOURCE = {"", "nan", "none", "null"}
_POST = re.compile(r"^[\w.-]+/posts/[\w-]+$")


@dataclass(frozen=True)
class HistoryAttack:
    """One attack of the dataset: the rows of one Air Force post, as reports per weapon."""

    key: str  # source post id, "POST#YYYY-MM-DD", or "date:YYYY-MM-DD" (see module docstring)
    date: str  # YYYY-MM-DD, the day its latest row ended
    reports: list[Report]
    source: str | None = None  # the `source` column, when given
    started: str = ""  # earliest time_start of its rows, as written in the file
    ended: str = ""  # latest time_end of its rows, as written in the file
    rows: int = 0  # how many rows of the file made its reports

    @property
    def url(self) -> str | None:
        """The Facebook post the figures come from, when the source is a post id."""
        if self.source and _POST.match(self.source):
            return f"https://www.facebook.com/{self.source}"
        return None


@dataclass
class HistoryImport:
    """What a dataset file gives: its attacks, how many rows it had, and what was skipped why."""

    attacks: list[HistoryAttack] = field(default_factory=list)
    rows: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class _Row:
    """One usable row: its window, weapon and figures."""

    source: str | None
    start: datetime
    end: datetime
    start_text: str
    end_text: str
    model: str
    weapon: str
    launched: int | None
    destroyed: int | None


def classify_model(model: str) -> tuple[str | None, str | None]:
    """(weapon, None) for a drone or missile model, else (None, the reason to skip the row)."""
    parts = [part.strip() for part in _JOIN.split(model.strip()) if part.strip()]
    if not parts:
        return None, "no model"
    kinds = set()
    for part in parts:
        kind = _kind(part)
        if kind is None:
            return None, f"unknown model: {model.strip()}"
        kinds.add(kind)
    if kinds == {DRONE} or kinds == {MISSILE}:
        return kinds.pop(), None
    if kinds == {RECON}:
        return None, "reconnaissance UAV"
    if kinds == {BOMB}:
        return None, "guided bomb"
    if {DRONE, MISSILE} <= kinds:
        return None, "mixed drone and missile models"
    # Strike drones with recon ones, or missiles with bombs: one count for both, so no figure.
    return None, "mixed " + " and ".join(sorted(kinds)) + " models"


def _kind(part: str) -> str | None:
    lowered = part.lower()
    for kind, pattern in _RULES:
        if pattern.search(lowered):
            return kind
    return None


def _number(text: str | None) -> int | None:
    """'60.0' -> 60, '' or 'nan' -> None; ValueError for anything else."""
    text = (text or "").strip().replace(",", "")
    if text.lower() in ("", "nan", "none", "null"):
        return None
    value = float(text)
    if value < 0 or not value.is_integer():
        raise ValueError(text)
    return int(value)


def _when(text: str | None, end_of_day: bool) -> datetime | None:
    """'YYYY-MM-DD HH:MM' or 'YYYY-MM-DD' (the whole day: its start or its end) as a datetime."""
    match = _WHEN.fullmatch((text or "").strip())
    if not match:
        return None
    try:
        day = datetime.strptime(match[1], "%Y-%m-%d")
        if match[2]:
            return datetime.combine(day.date(), datetime.strptime(match[2], "%H:%M").time())
    except ValueError:
        return None
    return datetime.combine(day.date(), time.max if end_of_day else time.min)


def _records(lines: Iterable[str]) -> Iterator[dict[str, str]]:
    """The CSV rows as dicts keyed by the stripped header names; ParseError if columns lack."""
    reader = csv.reader(lines)
    header = next(reader, None)
    if header is None:
        raise ParseError("history file is empty: expected the CSV of daily missile attacks")
    names = [name.strip().lstrip("\ufeff") for name in header]
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        raise ParseError(
            f"history file lacks column(s) {', '.join(missing)}: expected the daily CSV of "
            '"Massive Missile Attacks on Ukraine"'
        )
    for values in reader:
        if not any(value.strip() for value in values):
            continue
        yield dict(zip(names, values, strict=False))


def _row(record: dict[str, str]) -> tuple[_Row | None, str | None]:
    """A usable row, or the reason it is skipped."""
    end_text = (record.get("time_end") or "").strip()
    start_text = (record.get("time_start") or "").strip()
    end = _when(end_text, end_of_day=True)
    if end is None:
        return None, "bad date"
    # The attack's date only needs time_end; a missing or broken start is read as the end.
    start = _when(start_text, end_of_day=False) or end
    start = min(start, end)
    model = (record.get("model") or "").strip()
    weapon, reason = classify_model(model)
    if weapon is None:
        return None, reason
    try:
        launched = _number(record.get("launched"))
        destroyed = _number(record.get("destroyed"))
    except ValueError:
        return None, "bad number"
    if launched is None and destroyed is None:
        return None, "no launched or destroyed"
    source = (record.get("source") or "").strip()
    return (
        _Row(
            None if source.lower() in _NO_SOURCE else source,
            start,
            end,
            start_text,
            end_text,
            model,
            weapon,
            launched,
            destroyed,
        ),
        None,
    )


def _windows(rows: list[_Row]) -> list[list[_Row]]:
    """Rows of one post split into runs of overlapping time windows, in time order."""
    runs: list[list[_Row]] = []
    run_end: datetime | None = None
    for row in sorted(rows, key=lambda row: (row.start, row.end, row.model)):
        if run_end is not None and row.start <= run_end:
            runs[-1].append(row)
            run_end = max(run_end, row.end)
        else:
            runs.append([row])
            run_end = row.end
    return runs


def _figures(rows: list[_Row]) -> tuple[int | None, int | None]:
    launched = (
        None if any(row.launched is None for row in rows) else sum(r.launched or 0 for r in rows)
    )
    given = [row.destroyed for row in rows if row.destroyed is not None]
    return launched, (sum(given) if given else None)


def _evidence(row: _Row) -> str:
    launched = "launched not given" if row.launched is None else f"{row.launched} launched"
    destroyed = "destroyed not given" if row.destroyed is None else f"{row.destroyed} destroyed"
    return f"{row.model}: {launched}, {destroyed}"


def _attack(key: str, rows: list[_Row]) -> HistoryAttack:
    last = max(rows, key=lambda row: row.end)
    first = min(rows, key=lambda row: row.start)
    date = last.end.date().isoformat()
    reports = []
    for weapon in (DRONE, MISSILE):
        mine = [row for row in rows if row.weapon == weapon]
        if not mine:
            continue
        launched, destroyed = _figures(mine)
        reports.append(
            Report(
                attacker="RU",
                target="UA",
                weapon=weapon,
                launched=launched,
                destroyed=destroyed,
                date=date,
                claims_record=False,
                source=SOURCE,
                evidence="; ".join(_evidence(row) for row in mine),
            )
        )
    return HistoryAttack(
        key, date, reports, rows[0].source, first.start_text, last.end_text, len(rows)
    )


def read_history(lines: Iterable[str]) -> HistoryImport:
    """Read the dataset's CSV text (lines, or the whole text as one string) into attacks."""
    if isinstance(lines, str):
        lines = lines.splitlines(keepends=True)
    result = HistoryImport()
    by_source: dict[str, list[_Row]] = {}
    by_date: dict[str, list[_Row]] = {}
    for record in _records(lines):
        result.rows += 1
        row, reason = _row(record)
        if row is None:
            result.skipped[reason or "unknown"] += 1
        elif row.source is None:
            by_date.setdefault(row.end.date().isoformat(), []).append(row)
        else:
            by_source.setdefault(row.source, []).append(row)
    attacks = [_attack(f"date:{day}", rows) for day, rows in by_date.items()]
    for source, rows in by_source.items():
        runs = _windows(rows)
        if len(runs) == 1:
            attacks.append(_attack(source, runs[0]))
            continue
        # One post id on separate windows: tell them apart by day, then by order within a day.
        seen: Counter[str] = Counter()
        for run in runs:
            day = max(row.end for row in run).date().isoformat()
            seen[day] += 1
            suffix = day if seen[day] == 1 else f"{day}.{seen[day]}"
            attacks.append(_attack(f"{source}#{suffix}", run))
    result.attacks = sorted(attacks, key=lambda attack: (attack.date, attack.key))
    return result


def load_history(path: Path) -> HistoryImport:
    """Read a dataset CSV file (UTF-8, with or without a byte-order mark)."""
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return read_history(stream)
