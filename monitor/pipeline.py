"""The orchestrator: the only module that knows the order of the stages.

documents -> extract -> split -> diff against the store -> language and near-duplicate link
-> counts -> store -> records -> notify
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from monitor import counts, health, records, similar
from monitor.config import Source
from monitor.diff import Change, classify, content_hash
from monitor.extract import main_text
from monitor.history import HistoryAttack
from monitor.language import detect_language
from monitor.models import Document, Report, Update
from monitor.notify import Notifier, deliver_due
from monitor.plausible import implausible
from monitor.split import page_updates, split_document
from monitor.telegram import channel_attribution
from storage import Store, WriteError

log = logging.getLogger("salvo.pipeline")

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class Outcome:
    """What one poll or crawl of one source did; the CLI prints it as one line."""

    source: str
    url: str
    documents: int = 0
    new: int = 0
    revised: int = 0
    seen: int = 0
    reports: int = 0
    alerts: list[dict[str, Any]] = field(default_factory=list)  # raised by this run
    errors: list[str] = field(default_factory=list)  # per-document problems, the rest went on
    failure: str | None = None  # the source itself could not be fetched or read
    gone: int = 0  # items no longer on their page (deleted posts)
    method: str | None = None  # how a page of many items was split (jsonld, adapter:..., ...)
    not_modified: bool = False  # the server answered 304: nothing was fetched or parsed
    validators: tuple[str | None, str | None] | None = None  # (ETag, Last-Modified) to keep
    same_body: bool = False  # not modified: the feed's bytes were those of the last poll
    body_hash: str | None = None  # of a feed whose entries were all stored, to keep
    fetch_stats: dict[str, Any] = field(default_factory=dict)  # Scrapy's stats of the crawl
    cpu: Counter[str] = field(default_factory=Counter)  # CPU seconds per stage
    # A dry run's detail: (update, new|revised|seen, reports read from it).
    items: list[tuple[Update, str, list[Report]]] = field(default_factory=list)

    def summary(self) -> str:
        if self.failure:
            return f"{self.source}: FAILED {self.failure}"
        if self.not_modified and self.same_body:
            return f"{self.source}: not modified (the same feed as at the last poll)"
        if self.not_modified:
            return f"{self.source}: not modified (304)"
        text = (
            f"{self.source}: {self.documents} fetched, {self.new} new, {self.revised} revised,"
            f" {self.seen} unchanged, {self.reports} reports, {len(self.alerts)} alerts"
        )
        if self.gone:
            text += f", {self.gone} gone"
        if self.method:
            text += f" [{self.method}]"
        if self.errors:
            text += f", {len(self.errors)} errors"
        return text


@contextmanager
def timed(outcome: Outcome | Prepared, stage: str) -> Iterator[None]:
    """CPU seconds spent in a stage, for the benchmarks; stages nested in 'store' are
    subtracted from it, so the figures add up."""
    started = time.process_time()
    try:
        yield
    finally:
        spent = time.process_time() - started
        outcome.cpu[stage] += spent
        # Only an Outcome's counts and records are timed inside its store stage.
        if stage in ("counts", "records") and isinstance(outcome, Outcome):
            outcome.cpu["store"] -= spent


@dataclass(frozen=True)
class PollHealth:
    """What a recorded poll means for the source's schedule."""

    failures: int  # in a row, 0 after a success
    paused: bool = False  # paused by this poll: too many failures
    interval: int | None = None  # an adaptive source's next interval, in seconds


@dataclass
class Prepared:
    """Documents through the CPU-heavy stages (split, extract; counts when a reader is given),
    ready for `Ingestor.commit` to diff and store. Workers of the distributed mode make these;
    the single writer commits them."""

    documents: int = 0
    # Each update with the reports read from it, or None: read at commit, if new or revised.
    updates: list[tuple[Update, list[Report] | None]] = field(default_factory=list)
    listed: list[Update] = field(default_factory=list)  # items of pages of many items
    unchanged: list[str] = field(default_factory=list)  # keys of posts whose markup is stored
    method: str | None = None
    errors: list[str] = field(default_factory=list)
    cpu: Counter[str] = field(default_factory=Counter)

    def merge(self, other: Prepared) -> None:
        """Add another part of the same poll (pages fetched by other workers)."""
        self.documents += other.documents
        self.updates += other.updates
        self.listed += other.listed
        self.unchanged += other.unchanged
        self.method = other.method or self.method
        self.errors += other.errors
        self.cpu.update(other.cpu)


def prepare(
    documents: Iterable[Document],
    known: Callable[[], Mapping[str, str]] = dict,
    read: Callable[[Update], list[Report]] | None = None,
) -> Prepared:
    """Split, extract (and, with `read`, count) documents: no store, no network.

    `known()`: markup hash -> key of the posts already stored, asked for once, only if a page
    of many items comes."""
    prepared = Prepared()
    posts: Mapping[str, str] | None = None
    for document in documents:
        prepared.documents += 1
        with timed(prepared, "split"):
            if posts is None and document.entry_key is None:
                posts = known()
            split = split_document(document, posts)
        if split is not None:
            prepared.method = split[0]
            prepared.listed.extend(split[1])
            prepared.unchanged.extend(item.key for item in split[1] if item.unchanged)
            fresh = [item for item in split[1] if not item.unchanged]
        else:
            with timed(prepared, "extract"):
                extracted = main_text(
                    document.body,
                    url=document.url,
                    content_type=document.content_type,
                    metadata=not (document.title and document.published),
                    title=document.title,
                )
            if not extracted.text:
                prepared.errors.append(f"{document.url}: no main text found")
                continue
            fresh = page_updates(document, extracted)
        for update in fresh:
            with timed(prepared, "store"):  # the store's own work, done here for it
                update = replace(update, signature=similar.signature(update.text), signed=True)
            if read is None:
                prepared.updates.append((update, None))
                continue
            with timed(prepared, "counts"):
                prepared.updates.append((update, read(update)))
    return prepared


def read_reports(update: Update, lang: str | None, attribution: str | None) -> list[Report]:
    """The attack reports of one update, credited to `attribution` (a primary source's own
    posts) or to the channel they were posted on when the text names no source."""
    found = counts.read_reports(update.text, published=update.published, lang=lang)
    # A primary source's own post (the Air Force's channel) rarely says who is speaking.
    speaker = attribution or channel_attribution(update.url)
    if speaker is None:
        return found
    return [report if report.source else replace(report, source=speaker) for report in found]


def report_row(report: Report, today: str | None = None) -> dict[str, Any]:
    row = report.to_json()
    row["claims_record"] = int(report.claims_record)
    # Stored but marked: an absurd figure or a date to come never enters a record series.
    row["implausible"] = int(implausible(report, today) is not None)
    return row


class Ingestor:
    """Runs fetched documents of one source through every stage after fetching."""

    def __init__(
        self,
        open_store: Callable[[], Store],
        notifiers: Sequence[Notifier] = (),
        clock: Callable[[], str] = utc_now,
        dry_run: bool = False,
        sources: Iterable[Source] = (),
        processes: int | None = None,
    ) -> None:
        from monitor.workers import Preparer

        self._open_store = open_store
        # Splits, extracts and reads counts in worker processes (None: as the machine allows).
        self.preparer = Preparer(processes)
        # Everything is computed and nothing kept: `salvo check`. Outcome.items has the detail.
        self.dry_run = dry_run
        self._store: Store | None = None
        self.notifiers = list(notifiers)
        self.clock = clock
        # Update id -> the figures of its text's opening, for near-duplicate candidates: a
        # wire story retold by many outlets is compared with the same few texts again and again.
        self._figures: dict[int, set[str]] = {}
        self.configure(sources)

    def configure(self, sources: Iterable[Source]) -> None:
        """What the config says of each source that the reader cannot see in the text: who
        speaks (`attribution`, for a primary source) and in which language (`lang`)."""
        sources = list(sources)
        self.attributions = {s.name: s.attribution for s in sources if s.attribution}
        self.langs = {s.name: s.lang for s in sources if s.lang}
        # How each source's health is judged (fail_after, quiet_after, adaptive, ...).
        self.sources = {s.name: s for s in sources}

    @property
    def store(self) -> Store:
        # Opened on first use: a run that fetches nothing leaves the database file untouched.
        if self._store is None:
            self._store = self._open_store()
        return self._store

    def close(self) -> None:
        self.preparer.close()
        if self._store is not None:
            self._store.close()
            self._store = None

    def ingest(
        self,
        source: str,
        url: str,
        documents: Iterable[Document],
        unchanged_keys: Iterable[str] = (),
        errors: Iterable[str] = (),
    ) -> Outcome:
        return self.commit(source, url, self.prepare(source, documents), unchanged_keys, errors)

    def prepare(self, source: str, documents: Iterable[Document]) -> Prepared:
        """Split and extract here; counts are read at commit, only for new or revised updates."""
        return prepare(documents, known=lambda: self._known_posts(source))

    def submit(
        self, source: str, documents: Sequence[Document], count: bool = True
    ) -> Future[Prepared]:
        """Start preparing a source's documents, in a worker process when there is one;
        `Preparer.result` gives the part to merge and commit. `count=False`: the worker leaves
        the counts to the commit, here."""
        return self.preparer.submit(
            documents,
            lambda: self._known_posts(source),
            self.langs.get(source),
            self.attributions.get(source),
            count,
        )

    def commit(
        self,
        source: str,
        url: str,
        prepared: Prepared,
        unchanged_keys: Iterable[str] = (),
        errors: Iterable[str] = (),
    ) -> Outcome:
        """Diff, store and judge what `prepare` made of a source's documents (here, or on a
        worker of the distributed mode): one transaction."""
        outcome = Outcome(
            source,
            url,
            documents=prepared.documents,
            method=prepared.method,
            errors=[*errors, *prepared.errors],
            cpu=Counter(prepared.cpu),
        )
        unchanged = [*unchanged_keys, *prepared.unchanged]
        return self._commit(source, prepared.updates, outcome, unchanged, listed=prepared.listed)

    def _known_posts(self, source: str) -> dict[str, str]:
        """Markup hash -> key of the posts stored from this source. A dry run reads every post
        again, to show them all."""
        if self.dry_run:
            return {}
        return {
            markup_hash: key
            for key, markup_hash in self.store.known_entries(source).items()
            if markup_hash
        }

    def ingest_history(self, source: str, attacks: Sequence[HistoryAttack]) -> Outcome:
        """Store past attacks read from a dataset; their alerts are stored, never pushed."""
        outcome = Outcome(source, source, documents=len(attacks))
        updates = []
        for attack in attacks:
            text = "; ".join(report.evidence for report in attack.reports)
            title = f"Attack of {attack.date} (dataset)"
            update = Update(
                key=attack.key,
                url=attack.url or f"history:{attack.key}",
                title=title,
                text=text,
                published=attack.date,
                content_hash=content_hash(title, text),
                kind="history",
            )
            updates.append((update, attack.reports))
        return self._commit(source, updates, outcome, (), push=False)

    def _commit(
        self,
        source: str,
        updates: Sequence[tuple[Update, Sequence[Report] | None]],
        outcome: Outcome,
        unchanged: Sequence[str],
        push: bool = True,
        listed: Sequence[Update] = (),
    ) -> Outcome:
        """Diff, count and store the updates, then judge records: one transaction, then notify."""
        now = self.clock()
        touched: dict[str, set[str]] = {}
        # A dry run goes through every step in a transaction that is rolled back.
        transaction = self.store.dry_run() if self.dry_run else self.store.write()
        committed = False
        try:
            with timed(outcome, "store"), transaction:
                # What was newest before this batch: an alert for anything older is backfill.
                latest_before = self.store.latest_attack_dates()
                for update, reports in updates:
                    self._store_update(source, update, reports, now, outcome, touched)
                self.store.touch_entries(source, unchanged, now)
                outcome.seen += len(unchanged)
                # All pages of one crawl together: an older page's span covers the newer ones.
                outcome.gone += self._mark_gone(source, listed, now)
                with timed(outcome, "records"):
                    outcome.alerts = self._judge(touched, latest_before if push else None, now)
            committed = not self.dry_run
        except WriteError as exc:
            # A full disk or a read-only file refused the batch, rolled back whole: this run of
            # the source failed like a fetch (the daemon counts it and tries again later).
            return Outcome(source, outcome.url, errors=outcome.errors, failure=str(exc))
        finally:
            if not committed:  # ids of a batch rolled back are given again: forget them
                self._figures.clear()
        if not self.dry_run:
            self._notify(outcome.alerts)
        return outcome

    def _store_update(
        self,
        source: str,
        update: Update,
        given: Sequence[Report] | None,
        now: str,
        outcome: Outcome,
        touched: dict[str, set[str]],
    ) -> None:
        stored = self.store.update_state(source, update.key)
        change = classify(stored.content_hash if stored else None, update.content_hash)
        if change is Change.SEEN:
            outcome.seen += 1
            self.store.touch_update(
                stored.id, now, update.entry_hash, views=update.views, edited=update.edited
            )
            if self.dry_run:
                outcome.items.append((update, change.value, []))
            return
        fields = {
            "url": update.url,
            "title": update.title,
            "text": update.text,
            "published": update.published,
            "content_hash": update.content_hash,
            "entry_hash": update.entry_hash,
            "kind": update.kind,
            "lang": detect_language(update.text, update.title),
            "views": update.views,
            "edited": int(update.edited),
            "forwarded_from": update.forwarded_from,
        }
        if change is Change.NEW:
            outcome.new += 1
            update_id = self.store.insert_update(source, {**fields, "key": update.key}, now)
            revision = 1
        else:
            outcome.revised += 1
            update_id, revision = stored.id, stored.revision + 1
            self.store.revise_update(update_id, revision, fields, now)
        with timed(outcome, "link"):
            sig = update.signature if update.signed else similar.signature(update.text)
            self._link(source, update_id, update, now, sig, fresh=stored is None)
        if stored is not None:
            # A revision may drop an attack: its attacker's series must be judged again.
            # ("": a report without a date, so the whole series is judged again.)
            for attacker, day in self.store.report_attacks(update_id):
                touched.setdefault(attacker, set()).add(day or "")
        with timed(outcome, "counts"):
            found = list(given) if given is not None else self._read(source, update)
        rows = [report_row(r, now) for r in found]
        self.store.replace_reports(update_id, revision, rows, fresh=stored is None)
        outcome.reports += len(found)
        if self.dry_run:
            outcome.items.append((update, change.value, found))
        for report in found:
            if report.attacker and report.date and report.period is None:
                touched.setdefault(report.attacker, set()).add(report.date)

    def _link(
        self,
        source: str,
        update_id: int,
        update: Update,
        now: str,
        sig: bytes | None,
        fresh: bool = False,
    ) -> None:
        """Link a new or changed text to the earlier update of another source it repeats
        (`fresh`: inserted in this transaction, with no fingerprint or link to replace)."""
        self._figures.pop(update_id, None)  # of its text before this revision
        day = update.published[:10] if update.published and _DAY.match(update.published) else None
        day = day or now[:10]
        bands = similar.bands(sig) if sig is not None else []
        self.store.replace_fingerprint(update_id, sig, bands, day, fresh=fresh)
        original = None
        if sig is not None:
            # Signatures first (cheap); a text is read only for the few that come close.
            candidates = self.store.near_candidates(update_id, source, bands, day)
            scores = similar.similarities(sig, [other_sig for _, _, other_sig in candidates])
            close = sorted(
                (candidate, root)
                for (candidate, root, _), score in zip(candidates, scores, strict=True)
                if score >= similar.THRESHOLD
            )
            if close:
                mine = self._keep_figures(update_id, similar.figures(update.text))
            for candidate, root in close:
                if similar.same_figures(mine, self._figures_of(candidate)):
                    original = root or candidate
                    break
        if original is not None or not fresh:  # (a new row's duplicate_of is NULL already)
            self.store.set_duplicate_of(update_id, original)

    def _figures_of(self, update_id: int) -> set[str]:
        figures = self._figures.get(update_id)
        if figures is None:
            opening = self.store.update_opening(update_id, similar.OPENING_CHARS)
            figures = self._keep_figures(update_id, similar.figures(opening))
        return figures

    def _keep_figures(self, update_id: int, figures: set[str], most: int = 50_000) -> set[str]:
        self._figures[update_id] = figures
        while len(self._figures) > most:
            del self._figures[next(iter(self._figures))]  # the oldest kept
        return figures

    def _read(self, source: str, update: Update) -> list[Report]:
        return read_reports(update, self.langs.get(source), self.attributions.get(source))

    def _judge(
        self, touched: dict[str, set[str]], latest_before: dict[str, str] | None, now: str
    ) -> list[dict[str, Any]]:
        """Bring the stored alerts in line with the reports; return those to push.

        `latest_before` is the newest attack date per attacker before the batch, or None when
        nothing of the batch is news (a history import)."""
        raised: list[dict[str, Any]] = []
        for attacker, dates in sorted(touched.items()):
            # Only the attacks from the earliest touched date on are judged again: what came
            # before is unchanged, and summed up by the series' best value before that date.
            since = min(dates) if dates else ""
            before = self._best_before(attacker, since) if since else None
            attacks = records.attacks_from_reports(self.store.report_rows(attacker, since))
            plan = records.reconcile(
                records.judge(attacks, before), self.store.alerts_of(attacker, since)
            )
            for alert_id, changes in plan.changes:
                self.store.change_alert(alert_id, {**changes, "updated_at": now})
            for spec in plan.inserts:
                # Live news is pushed; a backfilled older attack is stored silently.
                live = (
                    latest_before is not None
                    and spec.date in dates
                    and spec.date >= latest_before.get(attacker, "")
                )
                alert = {
                    "kind": spec.kind,
                    "attacker": attacker,
                    "weapon": spec.weapon,
                    "date": spec.date,
                    "value": spec.value,
                    "previous": spec.previous,
                    "previous_date": spec.previous_date,
                    "update_id": spec.update_id,
                    "created_at": now,
                    "updated_at": now,
                    "status": "active",
                    "pushed": int(live),
                }
                alert["id"] = self.store.insert_alert(alert)
                if live:
                    raised.append(alert)
                    self._queue_deliveries(alert["id"], now)
        return raised

    def _queue_deliveries(self, alert_id: int, now: str, event: str = "raised") -> None:
        for notifier in self.notifiers:
            if notifier.durable:
                self.store.queue_delivery(alert_id, notifier.name, now, event)

    def _best_before(self, attacker: str, since: str) -> dict[str, tuple[int, str]]:
        """Per series, the best value before `since` and its date: the newest active record
        alert before it (records only rise), else the series' first attack (its baseline)."""
        best: dict[str, tuple[int, str]] = {}
        firsts: dict[str, str] | None = None  # weapon -> date of its first attack
        attacks: dict[str, records.Attack] = {}  # date -> that attack, read once
        for series, weapons in records.SERIES_WEAPONS.items():
            last = self.store.last_record_before(attacker, series, since)
            if last is not None:
                best[series] = last
                continue
            if firsts is None:
                firsts = self.store.first_attack_dates(attacker, records.WEAPONS, since)
            days = [firsts[weapon] for weapon in weapons if weapon in firsts]
            if not days:
                continue
            first = min(days)
            if first not in attacks:
                rows = self.store.attack_rows(attacker, first)
                attacks[first] = records.attacks_from_reports(rows)[first]
            value = attacks[first].value(series)
            if value is not None:
                best[series] = (value, first)
        return best

    def _notify(self, alerts: list[dict[str, Any]]) -> None:
        for alert in alerts:
            if alert["update_id"]:
                alert["url"] = self.store.update_url(alert["update_id"])
            else:
                alert.setdefault("url", None)  # a source alert carries the source's URL
            for notifier in self.notifiers:
                if not notifier.durable:
                    notifier.send(alert)
        if alerts:
            self.deliver()

    def _mark_gone(self, source: str, items: Sequence[Update], now: str) -> int:
        """Items stored from this page, within the time span it still shows, but no longer on
        it, were deleted: they are kept, marked gone. Older ones have only scrolled off."""
        times = [item.published for item in items if item.published]
        if not items or not times:
            return 0
        kinds = {item.kind for item in items}
        keys = [item.key for item in items]
        return self.store.mark_gone(source, kinds, keys, min(times), now)

    def record_poll(self, outcome: Outcome, fresh_for: int | None = None) -> PollHealth:
        """Keep a poll's validators and health, raise or end the source's health incidents
        (one alert each), and say what the daemon needs to schedule the source.

        `fresh_for`: seconds the server said its answer stays fresh (<ttl>, max-age)."""
        now = self.clock()
        try:
            with self.store.write():
                before = self.store.source_row(outcome.source)
                failures = self.store.record_poll(
                    outcome.source,
                    outcome.url,
                    now,
                    error=outcome.failure,
                    not_modified=outcome.not_modified,
                    new_items=outcome.new,
                    validators=outcome.validators,
                    body_hash=outcome.body_hash,
                )
                result, changed = self._watch_health(outcome, before, failures, fresh_for, now)
        except WriteError as exc:
            # The daemon goes on: said in one line, and counted as a failure for the back-off.
            log.error("%s: poll not recorded: %s", outcome.source, exc)
            return PollHealth(failures=1)
        self._notify(changed)
        return result

    # source health: rolling numbers and incidents (the judging is monitor.health's)

    def _watch_health(
        self,
        outcome: Outcome,
        before_row: dict[str, Any] | None,
        failures: int,
        fresh_for: int | None,
        now: str,
    ) -> tuple[PollHealth, list[dict[str, Any]]]:
        """Roll a source's health numbers on by one poll; the alerts raised and resolved."""
        source = self.sources.get(outcome.source) or Source(outcome.source, outcome.url)
        before = health.Rolling.from_row(before_row)
        if before_row and before_row["url"] != outcome.url:
            # Pointed at another page (SIGHUP): its usual count is learned afresh.
            before = replace(before, found_avg=None, found_polls=0, last_success_at=None)
        read = outcome.failure is None and not outcome.not_modified
        poll = health.Poll(
            ok=outcome.failure is None,
            failures=failures,
            error=outcome.failure,
            found=outcome.new + outcome.revised + outcome.seen if read else None,
            new=outcome.new,
            reports=outcome.reports,
            fresh_for=fresh_for,
        )
        opened = self.store.open_source_alerts(source.name)
        begin, end = health.incidents(
            set(opened), health.judge(before, poll, source, datetime.fromisoformat(now))
        )
        # While the markup incident lasts, the usual count stays what it was before it.
        frozen = any(p.kind == health.MARKUP for p in begin) or (
            health.MARKUP in opened and health.MARKUP not in end
        )
        after = health.roll(before, poll, now, frozen)
        if source.adaptive and poll.ok and not source.cron:
            interval = health.next_interval(before.interval or source.interval, poll, source)
            after = replace(after, interval=interval)
        self.store.set_source_health(source.name, after.columns())
        changed = [self._end_incident(opened[kind], source.url, now) for kind in end]
        changed += [self._raise_incident(source, problem, now) for problem in begin]
        paused = any(problem.kind == health.PAUSED for problem in begin)
        if paused:
            self.store.set_paused(source.name, source.url, True, now)
        interval = after.interval if source.adaptive else None
        return PollHealth(failures, paused, interval), changed

    def _raise_incident(self, source: Source, problem: health.Problem, now: str) -> dict[str, Any]:
        alert = {
            "kind": "source",
            "attacker": None,
            "weapon": problem.kind,  # NOT NULL: a source alert's weapon is its problem
            "date": now[:10],
            "value": problem.value,
            "previous": problem.usual,
            "update_id": None,
            "created_at": now,
            "updated_at": now,
            "status": "active",
            "pushed": 1,
            "source": source.name,
            "message": problem.message,
        }
        alert["id"] = self.store.insert_alert(alert)
        self._queue_deliveries(alert["id"], now)
        return {**alert, "url": source.url, "event": "raised"}

    def _end_incident(self, alert: dict[str, Any], url: str, now: str) -> dict[str, Any]:
        changes = {"status": "resolved", "resolved_at": now, "updated_at": now}
        self.store.change_alert(alert["id"], changes)
        self._queue_deliveries(alert["id"], now, "resolved")
        return {**alert, **changes, "url": url, "event": "resolved"}

    def set_paused(self, source: Source, paused: bool) -> bool:
        """Pause or resume a source by hand (`salvo sources pause|resume`); resuming ends its
        `paused` incident, said once like any recovery. Whether anything changed."""
        now = self.clock()
        with self.store.write():
            changed = self.store.set_paused(source.name, source.url, paused, now)
            opened = self.store.open_source_alerts(source.name)
            ended = []
            if not paused and health.PAUSED in opened:
                ended.append(self._end_incident(opened[health.PAUSED], source.url, now))
        self._notify(ended)
        return changed

    def deliver(self, now: datetime | None = None) -> tuple[int, int]:
        """Push what durable notifiers still owe: new alerts, and failures whose wait is over."""
        if not any(notifier.durable for notifier in self.notifiers):
            return (0, 0)
        return deliver_due(self.store, self.notifiers, now or datetime.now(UTC))
