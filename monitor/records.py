"""Records: series maxima over stored reports, and the alerts they imply. Pure functions.

A series is (attacker, weapon) for weapon in drone, missile, total; an attack is (attacker, date).
An attack sets a record when its value beats every earlier-dated attack of the series; the
earliest attack of a series is its silent baseline. The alerts are a function of the reports alone,
so arrival order never matters: `judge` recomputes, `reconcile` turns the difference into changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

# The weapons whose figures make each series.
SERIES_WEAPONS = {
    "drone": ("drone",),
    "missile": ("missile",),
    "total": ("drone", "missile", "any"),
}
WEAPONS = SERIES_WEAPONS["total"]


class ReportLike(Protocol):
    update_id: int
    weapon: str
    date: str
    launched: int | None
    destroyed: int | None
    claims_record: bool


@dataclass
class Attack:
    """One attacker's attack on one date: per weapon the best figure and the update giving it."""

    date: str
    values: dict[str, int] = field(default_factory=dict)  # drone | missile | any -> value
    sources: dict[str, int] = field(default_factory=dict)  # same keys -> update_id
    claimed_by: int | None = None  # an update whose text claims a record

    def value(self, series: str) -> int | None:
        if series != "total":
            return self.values.get(series)
        parts = self.values.get("drone", 0) + self.values.get("missile", 0)
        combined = max(parts, self.values.get("any", 0))
        return combined if self.values else None

    def source(self, series: str) -> int | None:
        if series != "total":
            return self.sources.get(series)
        if self.values.get("any", 0) > self.values.get("drone", 0) + self.values.get("missile", 0):
            return self.sources.get("any")
        return self.sources.get("drone") or self.sources.get("missile") or self.sources.get("any")


@dataclass(frozen=True)
class AlertSpec:
    """An alert that the stored reports call for."""

    kind: str  # record | claim
    weapon: str  # drone | missile | total
    date: str
    value: int | None
    previous: int | None
    previous_date: str | None
    update_id: int | None

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.kind, self.weapon, self.date)


def _report_value(report: ReportLike) -> tuple[int, int] | None:
    # Rank launched figures above destroyed ones: a downed count is only a lower bound.
    if report.launched is not None:
        return (1, report.launched)
    if report.destroyed is not None:
        return (0, report.destroyed)
    return None


def attacks_from_reports(reports: Iterable[ReportLike]) -> dict[str, Attack]:
    """Group one attacker's reports into attacks by date, keeping the best figure per weapon."""
    attacks: dict[str, Attack] = {}
    ranks: dict[tuple[str, str], tuple[int, int]] = {}
    for report in reports:
        attack = attacks.setdefault(report.date, Attack(report.date))
        if report.claims_record and attack.claimed_by is None:
            attack.claimed_by = report.update_id
        ranked = _report_value(report)
        if ranked is None:
            continue
        slot = (report.date, report.weapon)
        if slot not in ranks or ranked > ranks[slot]:
            ranks[slot] = ranked
            attack.values[report.weapon] = ranked[1]
            attack.sources[report.weapon] = report.update_id
    return attacks


def judge(
    attacks: Mapping[str, Attack], before: Mapping[str, tuple[int, str]] | None = None
) -> list[AlertSpec]:
    """Every alert the attacks call for: records in each series, and record claims.

    `before`: per series, the best value and its date among the attacks older than these,
    when only the tail of a series is judged again (None: the attacks are the whole series).
    """
    specs: list[AlertSpec] = []
    ordered = sorted(attacks.values(), key=lambda attack: attack.date)
    for series in ("drone", "missile", "total"):
        best, best_date = (before or {}).get(series, (None, None))
        for attack in ordered:
            value = attack.value(series)
            if value is None:
                continue
            if best is not None and value > best:
                specs.append(
                    AlertSpec(
                        "record", series, attack.date, value, best, best_date, attack.source(series)
                    )
                )
            if best is None or value > best:
                best, best_date = value, attack.date
    for attack in ordered:
        if attack.claimed_by is not None:
            specs.append(
                AlertSpec(
                    "claim",
                    "total",
                    attack.date,
                    attack.value("total"),
                    None,
                    None,
                    attack.claimed_by,
                )
            )
    return specs


@dataclass(frozen=True)
class CurrentRecord:
    weapon: str  # drone | missile | total
    date: str
    value: int
    update_id: int | None
    attacks: int  # how many attacks the series holds


def current_records(attacks: Mapping[str, Attack]) -> list[CurrentRecord]:
    """The record holder of each series: the first attack to reach the series' maximum."""
    holders = []
    ordered = sorted(attacks.values(), key=lambda attack: attack.date)
    for series in ("drone", "missile", "total"):
        valued = [(attack, attack.value(series)) for attack in ordered]
        valued = [(attack, value) for attack, value in valued if value is not None]
        if not valued:
            continue
        best, value = max(valued, key=lambda pair: pair[1])  # max() keeps the earliest tie
        holders.append(CurrentRecord(series, best.date, value, best.source(series), len(valued)))
    return holders


@dataclass
class Plan:
    """What to write so that the stored alerts match the judged ones."""

    inserts: list[AlertSpec] = field(default_factory=list)
    changes: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (alert id, fields)


def reconcile(specs: Iterable[AlertSpec], stored: Mapping[tuple[str, str, str], Mapping]) -> Plan:
    """Compare judged alerts with stored ones; alerts are never deleted, only withdrawn."""
    plan = Plan()
    wanted = {spec.key: spec for spec in specs}
    for key, spec in wanted.items():
        row = stored.get(key)
        if row is None:
            plan.inserts.append(spec)
            continue
        changes: dict[str, Any] = {}
        if row["status"] != "active":
            changes["status"] = "active"
        for name in ("value", "previous", "previous_date", "update_id"):
            if row[name] != getattr(spec, name):
                changes[name] = getattr(spec, name)
        if changes:
            plan.changes.append((row["id"], changes))
    for key, row in stored.items():
        if key not in wanted and row["status"] == "active":
            plan.changes.append((row["id"], {"status": "withdrawn"}))
    return plan
