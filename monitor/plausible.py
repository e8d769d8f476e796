"""Whether a report can be taken at its word. Pure: a report and today's date in, a reason out.

An implausible report is stored like any other (nothing read is lost) but marked, and it never
enters a record series: a misread figure ("53900 drones") or a date still to come must not set a
record, nor make the real attacks that follow look like backfill.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Protocol


class ReportLike(Protocol):
    weapon: str
    launched: int | None
    destroyed: int | None
    date: str | None
    period: str | None


# Most of one weapon in one attack: several times the largest attacks reported so far (hundreds
# of drones, about a hundred missiles), so that a real new record is never refused.
CEILINGS = {"drone": 5000, "missile": 1000, "any": 6000}
# A total over a period (`period` set) may hold that many days of attacks.
PERIOD_DAYS = {"week": 7, "month": 31, "year": 366}
OTHER_PERIOD_DAYS = 3660  # the war so far, or a period not named above: ten years
# Shot down more than launched happens (a late count, two sources mixed in one sentence), but
# more than twice as many, and by more than this, is a misreading.
DESTROYED_SLACK = 10
# An attack dated ahead of today (UTC) by up to a day is a timezone east of UTC, not the future.
FUTURE_SLACK = timedelta(days=1)


def implausible(report: ReportLike, today: str | date | None = None) -> str | None:
    """Why the report cannot be taken at its word, or None when it can.

    `today` (a date, or an ISO date or timestamp whose first ten characters are the date) enables
    the check on dates in the future; without it only the figures are judged."""
    ceiling = CEILINGS.get(report.weapon, CEILINGS["any"])
    if report.period is not None:
        ceiling *= PERIOD_DAYS.get(report.period, OTHER_PERIOD_DAYS)
    what = report.weapon if report.period is None else f"{report.weapon} ({report.period})"
    for name in ("launched", "destroyed"):
        value = getattr(report, name)
        if value is not None and value > ceiling:
            return f"{name} {value} {what}: more than {ceiling}"
    launched, destroyed = report.launched, report.destroyed
    if launched is not None and destroyed is not None:
        if destroyed > 2 * launched and destroyed - launched > DESTROYED_SLACK:
            return f"destroyed {destroyed} {what} of {launched} launched"
    if today is not None and report.date:
        if isinstance(today, datetime):
            day = today.date()
        else:
            day = today if isinstance(today, date) else date.fromisoformat(today[:10])
        try:
            attack = date.fromisoformat(report.date)
        except ValueError:
            return f"date {report.date!r} is not a date"
        if attack > day + FUTURE_SLACK:
            return f"dated {report.date}, after {day.isoformat()}"
    return None
