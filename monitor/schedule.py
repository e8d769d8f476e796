"""The daemon: one APScheduler job per source, on the same asyncio loop as Scrapy's reactor.

No thread fights the reactor: jobs are coroutines on the loop that Twisted's asyncio reactor
drives, and every crawl goes through one AsyncCrawlerRunner, so the reactor starts once.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import signal
import sqlite3
from collections import Counter
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from monitor.config import Config, Source
from monitor.crawl import CrawlSettings, crawl_outcome, scrapy_settings
from monitor.errors import SalvoError
from monitor.pipeline import Ingestor, Outcome, PollHealth
from storage import StorageError, WriteError

log = logging.getLogger("salvo.daemon")

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
MAX_BACKOFF = 3600  # seconds
JITTER = 0.1  # of the interval: sources polled together drift apart instead of bursting


@dataclass
class RunState:
    """Counters the daemon keeps while it runs (the database keeps the lasting ones)."""

    polls: int = 0
    failures: int = 0
    alerts: int = 0
    stopping: bool = False


class HostLimit:
    """At most `per_host` crawls at once whose start URL is on one host, across sources.

    Each crawl has its own Scrapy downloader, whose per-domain limits and AutoThrottle know
    nothing of the others: without this, two sources on one host polled together hit it at once.
    """

    def __init__(self, per_host: int) -> None:
        self.per_host = per_host
        self._slots: dict[str, asyncio.Semaphore] = {}
        self._users: Counter[str] = Counter()  # holding or waiting, per host

    @asynccontextmanager
    async def hold(self, url: str) -> AsyncIterator[None]:
        host = (urlsplit(url).hostname or "").lower()
        slot = self._slots.setdefault(host, asyncio.Semaphore(self.per_host))
        self._users[host] += 1
        try:
            async with slot:
                yield
        finally:
            self._users[host] -= 1
            if not self._users[host]:  # idle: forgotten, so the table never outgrows the config
                del self._users[host]
                del self._slots[host]


class DaemonLock:
    """One daemon per database: an exclusive lock on `<db>.lock`, released when the process ends.

    flock, not a pid file: the kernel drops it on any exit, kill -9 included, so a crash never
    leaves a stale lock behind.
    """

    def __init__(self, db_path: Path) -> None:
        self.path = Path(f"{db_path}.lock")
        self._file: Any = None

    def acquire(self) -> None:
        import fcntl

        handle = self.path.open("a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "?"
            handle.close()
            raise SalvoError(
                f"another salvo daemon (pid {holder}) is running on {self.path.name[:-5]}"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._file = handle

    def holder(self) -> str | None:
        """The pid of the daemon holding the lock, or None when no daemon runs."""
        import fcntl

        if not self.path.exists():
            return None
        with self.path.open("r") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                return handle.read().strip() or "?"
        return None

    def release(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def spider_for(source: Source) -> tuple[type, dict[str, Any]]:
    """The spider class and arguments that poll one configured source."""
    from spiders.feed import FeedSpider
    from spiders.liveblog import LiveblogSpider

    if source.kind == "feed":
        return FeedSpider, {"url": source.url, "source": source.name}
    if source.kind in ("liveblog", "page", "telegram"):
        return LiveblogSpider, {"url": source.url, "source": source.name, "kind": source.kind}
    # auto: a feed URL is polled as a feed; anything else is crawled as a page.
    looks_like_feed = any(part in source.url.lower() for part in ("rss", "atom", "feed", ".xml"))
    cls = FeedSpider if looks_like_feed else LiveblogSpider
    return cls, {"url": source.url, "source": source.name}


class Daemon:
    """`salvo run`: polls every source on its schedule until SIGINT or SIGTERM."""

    def __init__(
        self,
        config: Config,
        ingestor: Ingestor,
        say: Callable[[str], None],
        log_level: str = "WARNING",
        run_for: float | None = None,
        timers: Sequence[tuple[float, Callable[[Daemon], None]]] = (),
    ) -> None:
        self.config = config
        self.ingestor = ingestor
        self.say = say
        self.log_level = log_level
        self.run_for = run_for  # seconds, for demos and tests; None runs until a signal
        self.timers = list(timers)  # (seconds after start, callback): the demo's script
        self.state = RunState()
        self._runner: Any = None
        self._scheduler: Any = None
        self.hosts = HostLimit(config.per_host)
        self._stopped: asyncio.Event | None = None

    def run(self) -> RunState:
        """Start the reactor, schedule the sources, block until stopped."""
        from scrapy.crawler import AsyncCrawlerRunner
        from scrapy.utils.defer import deferred_from_coro
        from scrapy.utils.log import configure_logging
        from scrapy.utils.reactor import install_reactor

        install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
        from twisted.internet import reactor

        settings = scrapy_settings(CrawlSettings(log_level=self.log_level))
        if self.config.contact:
            settings.set(
                "USER_AGENT", f"{settings['USER_AGENT'][:-1]}; {self.config.contact})", "cmdline"
            )
        configure_logging(settings)
        self._runner = AsyncCrawlerRunner(settings)
        errors: list[BaseException] = []

        async def main() -> None:
            try:
                await self._main()
            except BaseException as exc:  # re-raised once the reactor has stopped
                errors.append(exc)
            finally:
                reactor.callLater(0, reactor.stop)

        reactor.callWhenRunning(lambda: deferred_from_coro(main()))
        reactor.run(installSignalHandlers=False)
        if errors:
            raise errors[0]
        return self.state

    async def _main(self) -> None:
        from apscheduler.schedulers.asyncio import AsyncIOScheduler

        loop = asyncio.get_running_loop()
        self._stopped = asyncio.Event()
        for signum in STOP_SIGNALS:
            loop.add_signal_handler(signum, self._on_signal, signum)
        if self.config.path is not None:
            loop.add_signal_handler(signal.SIGHUP, self.reload)
        self._scheduler = AsyncIOScheduler(event_loop=loop, timezone=UTC)
        self._scheduler.start()
        sources, self.config = self.config.sources, replace(self.config, sources=())
        self.apply(replace(self.config, sources=sources))
        names = ", ".join(source.name for source in self.config.sources)
        self.say(f"watching {len(self.config.sources)} sources: {names}")
        paused = sorted(self.ingestor.store.paused_sources() & {s.name for s in sources})
        if paused:
            self.say(f"paused, not polled until `salvo sources resume NAME`: {', '.join(paused)}")
        self._deliver()  # what a previous run could not push
        if self.run_for is not None:
            loop.call_later(self.run_for, self._stopped.set)
        for delay, callback in self.timers:
            loop.call_later(delay, callback, self)
        await self._stopped.wait()
        await self._shutdown()

    def apply(self, config: Config) -> None:
        """Bring the jobs in line with a config: add, remove and reschedule sources."""
        old = {source.name: source for source in self.config.sources}
        new = {source.name: source for source in config.sources}
        self.hosts.per_host = config.per_host  # a busy host keeps the old limit until idle
        self.ingestor.configure(config.sources)  # attribution and language of each source
        for name in old.keys() - new.keys():
            self._scheduler.remove_job(name)
        for name, source in new.items():
            if name in old and old[name] == source:
                continue
            if name in old:
                self._scheduler.remove_job(name)
            self._scheduler.add_job(
                self.poll,
                trigger=self._trigger(source),
                args=[source],
                id=name,
                name=name,
                max_instances=1,  # never two polls of one source at once
                coalesce=True,  # after a sleep or suspend: one catch-up poll, not a hundred
                misfire_grace_time=None,
                next_run_time=self._first_run(source),
            )
        self.config = config

    def _first_run(self, source: Source) -> datetime:
        """A new or changed source is polled at once, unless a Retry-After it got (before a
        restart, say) has not run out yet."""
        now = datetime.now(UTC)
        stored = self.ingestor.store.not_before(source.name)
        if stored and (not_before := datetime.fromisoformat(stored)) > now:
            log.info("%s: server asked to wait; first poll at %s", source.name, stored)
            return not_before
        return now

    def _trigger(self, source: Source) -> Any:
        from apscheduler.triggers.cron import CronTrigger

        if source.cron:
            return CronTrigger.from_crontab(source.cron, timezone=UTC)
        seconds = source.interval
        if source.adaptive:
            # Where its pace had brought it before a restart, within its present bounds.
            stored = (self.ingestor.store.source_row(source.name) or {}).get("interval")
            low, high = source.interval_bounds
            seconds = min(max(stored, low), high) if stored else seconds
        return self._interval_trigger(seconds)

    def _interval_trigger(self, seconds: int) -> Any:
        from apscheduler.triggers.interval import IntervalTrigger

        return IntervalTrigger(seconds=seconds, jitter=max(1, int(seconds * JITTER)))

    def _back_off(self, source: Source, failures: int, not_before: datetime | None) -> None:
        """A failing source waits twice as long after each failure, up to an hour (or its own
        interval, if longer); the first success brings back its normal schedule. A server's
        Retry-After (`not_before`) pushes the next poll later still, never sooner."""
        job = self._scheduler.get_job(source.name) if self._scheduler else None
        if job is None:
            return
        now = datetime.now(UTC)
        if failures:
            wait = min(source.interval * 2**failures, max(MAX_BACKOFF, source.interval))
            log.info("%s failed %d times in a row: next poll in %ds", source.name, failures, wait)
            due = now + timedelta(seconds=wait)
        else:
            due = job.next_run_time or now
        if not_before is not None and not_before > due:
            log.info("%s: server asked to wait; next poll at %s", source.name, not_before)
            due = not_before
        if due != job.next_run_time:
            job.modify(next_run_time=due)

    def reload(self) -> None:
        """SIGHUP: read the config file again; a bad file is reported and the old one kept."""
        from monitor.config import load_config
        from monitor.errors import ConfigError

        try:
            config = load_config(self.config.path)
        except ConfigError as exc:
            self.say(f"SIGHUP: config not reloaded, keeping the running one: {exc}")
            return
        old = {source.name: source for source in self.config.sources}
        new = {source.name: source for source in config.sources}
        added = sorted(new.keys() - old.keys())
        removed = sorted(old.keys() - new.keys())
        changed = sorted(name for name in new.keys() & old.keys() if new[name] != old[name])
        self.apply(replace(config, notify=self.config.notify))
        self.say(
            f"SIGHUP: config reloaded: {len(added)} added {added}, {len(removed)} removed"
            f" {removed}, {len(changed)} changed {changed}"
        )

    def _deliver(self) -> None:
        sent, failed = self.ingestor.deliver()
        if sent or failed:
            log.info("notifiers: %d alerts delivered, %d to retry", sent, failed)

    def _on_signal(self, signum: int) -> None:
        if self.state.stopping:
            return
        self.say(f"{signal.Signals(signum).name}: stopping (finishing the poll in progress)")
        if self._stopped is not None:
            self._stopped.set()

    async def _shutdown(self) -> None:
        self.state.stopping = True
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
        # Stopping the crawlers closes their spiders: whatever was fetched is stored in one
        # transaction or not at all.
        await asyncio.wait_for(self._runner.stop(), timeout=8)

    async def poll(self, source: Source) -> Outcome | None:
        """One poll of one source; its errors are counted and logged, the others go on."""
        if self.state.stopping:
            return None
        if source.name in self.ingestor.store.paused_sources():
            # Paused after too many failures, or by hand: `salvo sources resume` (read here at
            # each tick, so the running daemon sees it) polls it again.
            log.info("%s is paused: not polled", source.name)
            return None
        async with self.hosts.hold(source.url):
            if self.state.stopping:
                return None
            try:
                return await self._poll(source)
            except (StorageError, sqlite3.Error) as exc:
                # Raised out of a job, APScheduler would log it where nobody looks and the poll
                # would go uncounted: one line, and a failure of this source like any other.
                log.error("poll of %s failed: %s", source.name, exc)
                self.state.polls += 1
                self.state.failures += 1
                outcome = Outcome(source.name, source.url, failure=str(exc))
                try:
                    self._back_off(source, self.ingestor.record_poll(outcome).failures, None)
                except sqlite3.Error as again:
                    log.error("%s: poll not recorded: %s", source.name, again)
                self.say(f"{datetime.now(UTC):%H:%M:%S} poll {outcome.summary()}")
                return outcome

    def poll_arguments(self, source: Source) -> tuple[type, dict[str, Any]]:
        """The spider that polls a source now, and its arguments (what the store knows)."""
        spider, arguments = spider_for(source)
        if spider.name == "feed":
            arguments["known"] = self.ingestor.store.known_entries(source.name)
            arguments["validators"] = self.ingestor.store.validators(source.name)
            arguments["body_hash"] = self.ingestor.store.feed_body_hash(source.name)
        else:
            # A live blog's or channel's first poll follows its older pages; afterwards the
            # newest page is enough.
            seen = self.ingestor.store.has_source(source.name)
            arguments["pages"] = 1 if seen else source.backfill
            if seen:  # a page answers 304 too, when its server keeps validators
                arguments["validators"] = self.ingestor.store.validators(source.name)
        return spider, arguments

    async def _poll(self, source: Source) -> Outcome | None:
        spider, arguments = self.poll_arguments(source)
        started = datetime.now(UTC)
        crawler = self._runner.create_crawler(spider)
        try:
            await self._runner.crawl(crawler, salvo_ingestor=self.ingestor, **arguments)
        except Exception as exc:  # one source's trouble must never stop the daemon
            # The poll's line says it; the traceback only with -v.
            if logging.getLevelNamesMapping().get(self.log_level, 0) <= logging.INFO:
                log.error("poll of %s failed", source.name, exc_info=True)
            outcome = Outcome(source.name, source.url, failure=f"{type(exc).__name__}: {exc}")
        else:
            try:
                outcome = crawl_outcome(crawler)
            except StorageError as exc:
                # Met while storing (recording a delivery, say): this source's failed poll.
                log.error("poll of %s failed: %s", source.name, exc)
                outcome = Outcome(source.name, source.url, failure=str(exc))
            if outcome is None:
                if self.state.stopping:
                    log.info("poll of %s interrupted by the shutdown", source.name)
                    return None
                outcome = Outcome(source.name, source.url, failure="stopped before storing")
        self.state.polls += 1
        self.state.alerts += len(outcome.alerts)
        self.state.failures += bool(outcome.failure)
        recorded = self.ingestor.record_poll(outcome, self._fresh_for(crawler))
        self.reschedule(source, recorded, self._retry_after(source, crawler))
        self._deliver()
        took = (datetime.now(UTC) - started) / timedelta(seconds=1)
        self.say(f"{started:%H:%M:%S} poll {outcome.summary()} ({took:.1f}s)")
        return outcome

    def reschedule(self, source: Source, recorded: PollHealth, not_before: datetime | None) -> None:
        """The next poll after this one: backed off, waiting out a Retry-After, or paced."""
        if recorded.paused:
            pass  # its ticks only look whether it was resumed: no back-off to wait out
        elif recorded.failures or not_before is not None:
            self._back_off(source, recorded.failures, not_before)
        elif recorded.interval is not None:
            self._adapt(source, recorded.interval)

    def _adapt(self, source: Source, seconds: int) -> None:
        """An adaptive source's new pace: the next poll comes `seconds` after this one."""
        job = self._scheduler.get_job(source.name) if self._scheduler else None
        if job is None or getattr(job.trigger, "interval", None) == timedelta(seconds=seconds):
            return
        log.info("%s: next polls every %ds", source.name, seconds)
        job.reschedule(trigger=self._interval_trigger(seconds))

    @staticmethod
    def _fresh_for(crawler: Any) -> int | None:
        """Seconds the source's server said its answer stays fresh (<ttl>, max-age)."""
        from spiders.fetching import FRESH_FOR_STAT

        return crawler.stats.get_value(FRESH_FOR_STAT) if crawler.stats else None

    def _retry_after(self, source: Source, crawler: Any) -> datetime | None:
        """The end of a Retry-After a host of this crawl sent, kept so a restart honours it."""
        from spiders.fetching import RETRY_AFTER_STAT

        until = crawler.stats.get_value(RETRY_AFTER_STAT) if crawler.stats else None
        if until is None:
            return None
        # Rounded up, as it is stored to the second: never a moment early.
        not_before = datetime.fromtimestamp(math.ceil(until), UTC)
        try:
            with self.ingestor.store.write():
                self.ingestor.store.set_not_before(
                    source.name, source.url, not_before.isoformat(timespec="seconds")
                )
        except WriteError as exc:
            # Honoured by this run all the same; only a restart would not know of it.
            log.error("%s: Retry-After not kept: %s", source.name, exc)
        return not_before
