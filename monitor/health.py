"""Source health: the rolling numbers kept per source, what they say after each poll, and the
next interval of an adaptive source.

Pure: values in, values out; no database, no clock (`now` is passed in). The orchestrator keeps
the numbers in `source_state` and turns the judgements into `source` alerts, one per incident.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from monitor.config import Source

# What can be wrong with a source; stored as the alert's `weapon`.
FAILING = "failing"  # polls fail in a row
PAUSED = "paused"  # failed so often that the daemon stopped polling it
QUIET = "quiet"  # no new item for longer than usual
MARKUP = "markup"  # the page answers, but yields far fewer items than usual
REPORTS = "reports"  # new items keep coming, attack reports no longer do
PROBLEMS = (FAILING, PAUSED, QUIET, MARKUP, REPORTS)

WEIGHT = 0.3  # of the newest poll in a rolling mean: a few polls make the usual
HISTORY = 12  # times a poll found new items, kept to learn the source's pace
MIN_POLLS = 3  # polls in the usual before a drop is judged
MIN_USUAL = 3.0  # items per poll; fewer is too few to tell a drop from chance
DROP = 1 / 3  # found below this share of the usual: the markup changed
RECOVER = 1 / 2  # back at this share of it: over (between the two, nothing changes)
QUIET_FACTOR = 5  # quiet for this many times the median gap between new items...
QUIET_GAPS = 5  # ...once that many gaps are known, and never less than
QUIET_POLLS = 3  # this many poll intervals
REPORTS_KNOWN = 5  # reports read from a source before their absence means anything
REPORTS_FACTOR = 10  # new items without a report, in times the usual items per report,
REPORTS_FLOOR = 30  # and never fewer than this
MAX_FRESH = 6 * 3600  # a server's <ttl> or max-age is honoured up to this many seconds


@dataclass(frozen=True)
class Poll:
    """What one poll said of a source, as far as its health goes."""

    ok: bool
    failures: int  # in a row, this one included; 0 after a success
    error: str | None = None
    found: int | None = None  # items on the page or in the feed; None when nothing was read
    new: int = 0
    reports: int = 0
    fresh_for: int | None = None  # seconds the server says its answer stays fresh


@dataclass(frozen=True)
class Rolling:
    """The health numbers of a source kept between polls (columns of `source_state`)."""

    found_last: int | None = None
    found_avg: float | None = None
    found_polls: int = 0
    new_avg: float | None = None
    recent_new: tuple[str, ...] = ()
    reports_seen: int = 0
    new_since_report: int = 0
    last_report_at: str | None = None
    interval: int | None = None
    # Kept by the poll count itself, read here:
    items_seen: int = 0
    last_new_at: str | None = None
    last_success_at: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any] | None) -> Rolling:
        row = row or {}
        return cls(
            found_last=row.get("found_last"),
            found_avg=row.get("found_avg"),
            found_polls=row.get("found_polls") or 0,
            new_avg=row.get("new_avg"),
            recent_new=tuple(json.loads(row.get("recent_new") or "[]")),
            reports_seen=row.get("reports_seen") or 0,
            new_since_report=row.get("new_since_report") or 0,
            last_report_at=row.get("last_report_at"),
            interval=row.get("interval"),
            items_seen=row.get("items_seen") or 0,
            last_new_at=row.get("last_new_at"),
            last_success_at=row.get("last_success_at"),
        )

    def columns(self) -> dict[str, Any]:
        """The values this module keeps, by `source_state` column."""
        return {
            "found_last": self.found_last,
            "found_avg": self.found_avg,
            "found_polls": self.found_polls,
            "new_avg": self.new_avg,
            "recent_new": json.dumps(list(self.recent_new)),
            "reports_seen": self.reports_seen,
            "new_since_report": self.new_since_report,
            "last_report_at": self.last_report_at,
            "interval": self.interval,
        }


@dataclass(frozen=True)
class Problem:
    kind: str  # one of PROBLEMS
    value: int | None  # what was seen: failures, items found, seconds quiet, items
    usual: int | None  # what was expected
    message: str


# A judgement per kind: a Problem (it is there), None (it is not), or no entry (this poll
# cannot tell: a failed poll says nothing of the markup).
Judgement = dict[str, Problem | None]


def _mean(previous: float | None, value: float) -> float:
    return float(value) if previous is None else previous + WEIGHT * (value - previous)


def roll(before: Rolling, poll: Poll, now: str, frozen: bool = False) -> Rolling:
    """The numbers after a poll. `frozen`: a drop is under way, so the usual stays what it was
    (else the broken page would become the new normal and the incident end by itself)."""
    if not poll.ok:
        return before
    after = before
    # A source's first good poll reads its older pages too (backfill): not a usual poll.
    usual_poll = before.last_success_at is not None
    if poll.found is not None:
        after = replace(after, found_last=poll.found)
        if usual_poll and not frozen:
            after = replace(
                after,
                found_avg=_mean(before.found_avg, poll.found),
                found_polls=before.found_polls + 1,
            )
    if usual_poll:
        after = replace(after, new_avg=_mean(before.new_avg, poll.new))
    if poll.new:
        after = replace(
            after,
            recent_new=(*before.recent_new, now)[-HISTORY:],
            items_seen=before.items_seen + poll.new,
            last_new_at=now,
        )
    if poll.reports:
        after = replace(
            after,
            reports_seen=before.reports_seen + poll.reports,
            new_since_report=0,
            last_report_at=now,
        )
    else:
        after = replace(after, new_since_report=before.new_since_report + poll.new)
    return replace(after, last_success_at=now)


def quiet_limit(source: Source, recent_new: tuple[str, ...]) -> int | None:
    """Seconds without a new item after which a source is quiet: its `quiet_after`, else
    QUIET_FACTOR times the median gap between its new items (once known); None: not yet
    known, or never (`quiet_after = "off"`)."""
    if source.quiet_after is not None:
        return source.quiet_after or None
    times = [datetime.fromisoformat(stamp) for stamp in recent_new]
    gaps = [(b - a).total_seconds() for a, b in zip(times, times[1:], strict=False)]
    if len(gaps) < QUIET_GAPS:
        return None
    floor = QUIET_POLLS * (source.interval if not source.cron else 0)
    return int(max(QUIET_FACTOR * statistics.median(gaps), floor))


def judge(before: Rolling, poll: Poll, source: Source, now: datetime) -> Judgement:
    """What this poll says of each problem, judged against the numbers before it."""
    found: Judgement = {}
    if not poll.ok:
        if poll.failures >= source.fail_after:
            found[FAILING] = Problem(
                FAILING,
                poll.failures,
                source.fail_after,
                f"{poll.failures} polls failed in a row: {poll.error}",
            )
        if source.pause_after and poll.failures >= source.pause_after:
            found[PAUSED] = Problem(
                PAUSED,
                poll.failures,
                source.pause_after,
                f"paused after {poll.failures} polls failed in a row ({poll.error});"
                f" `salvo sources resume {source.name}` polls it again",
            )
        return found  # a failed poll says nothing of the rest
    found[FAILING] = None
    found.update(_judge_markup(before, poll))
    found.update(_judge_quiet(before, poll, source, now))
    found.update(_judge_reports(before, poll))
    return found


def _judge_markup(before: Rolling, poll: Poll) -> Judgement:
    usual = before.found_avg
    if poll.found is None or usual is None or before.found_polls < MIN_POLLS or usual < MIN_USUAL:
        return {}
    if poll.found < DROP * usual:
        message = (
            f"{poll.found} items found where about {usual:.0f} are usual: the page answers,"
            " but its markup may have changed"
        )
        return {MARKUP: Problem(MARKUP, poll.found, round(usual), message)}
    if poll.found >= RECOVER * usual:
        return {MARKUP: None}
    return {}


def _judge_quiet(before: Rolling, poll: Poll, source: Source, now: datetime) -> Judgement:
    if poll.new or source.quiet_after == 0:
        return {QUIET: None}  # "off": an incident still open ends
    limit = quiet_limit(source, before.recent_new)
    if limit is None or before.last_new_at is None:
        return {}
    quiet = int((now - datetime.fromisoformat(before.last_new_at)).total_seconds())
    if quiet <= limit:
        return {QUIET: None}
    message = f"no new item for {_span(quiet)} (usually within {_span(limit)})"
    return {QUIET: Problem(QUIET, quiet, limit, message)}


def _judge_reports(before: Rolling, poll: Poll) -> Judgement:
    if poll.reports:
        return {REPORTS: None}
    if poll.found is None or before.reports_seen < REPORTS_KNOWN:
        return {}
    per_report = before.items_seen / before.reports_seen
    limit = max(REPORTS_FLOOR, round(REPORTS_FACTOR * per_report))
    without = before.new_since_report + poll.new
    if without < limit:
        return {}
    message = (
        f"{without} new items without an attack report (about one report per"
        f" {per_report:.0f} items is usual): the reader may no longer understand this source"
    )
    return {REPORTS: Problem(REPORTS, without, limit, message)}


def incidents(open_kinds: set[str], judged: Judgement) -> tuple[list[Problem], list[str]]:
    """(problems that begin, kinds that end): one alert per incident, not one per poll."""
    begin = [p for kind, p in judged.items() if p is not None and kind not in open_kinds]
    end = [kind for kind, p in judged.items() if p is None and kind in open_kinds]
    return begin, end


def next_interval(current: int, poll: Poll, source: Source) -> int:
    """An adaptive source's next interval: halved while it gains items, half as long again
    while it is quiet, within its bounds; never shorter than the server says its answer stays
    fresh (a feed's <ttl>, Cache-Control max-age)."""
    low, high = source.interval_bounds
    seconds = current / 2 if poll.new else current * 1.5
    seconds = min(max(seconds, low), high)
    if poll.fresh_for:
        seconds = max(seconds, min(poll.fresh_for, MAX_FRESH))
    return round(seconds)


def _span(seconds: float) -> str:
    """'45 s', '12 min', '3.5 h', '2.0 d'."""
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 2 * 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} d"
