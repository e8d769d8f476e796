"""Running Scrapy crawls in this process, one after another, on the asyncio reactor; polls of
several feeds share one crawl, and so do crawls of several pages."""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

# Scrapy imports its HTTP handler at the first download, and that module's deprecation shim
# walks the stack's source files (~0.2 s): paid at start-up here, not in the middle of a poll.
import scrapy.core.downloader.handlers.http11  # noqa: F401
from scrapy import Spider
from scrapy.settings import Settings

from monitor.pipeline import Ingestor, Outcome


@dataclass
class CrawlJob:
    """One spider run. `arguments` is called just before the run, so it sees the store as it is."""

    spider: type[Spider]
    arguments: Callable[[], dict[str, Any]]
    then: Callable[[Outcome], None] | None = None  # called after the run, before the next one
    label: str = ""
    # Jobs in a row with this set run as one crawl of their spider, given their arguments as
    # one list (the spider's `shared_argument`: a FeedSpider's `feeds`, a LiveblogSpider's
    # `targets`): one start-up and one robots.txt per host instead of one per job.
    shared: bool = False


@dataclass
class CrawlSettings:
    log_level: str = "WARNING"
    overrides: dict[str, Any] = field(default_factory=dict)


def scrapy_settings(options: CrawlSettings) -> Settings:
    settings = Settings()
    settings.setmodule("spiders.settings", priority="project")
    settings.set("LOG_LEVEL", options.log_level, priority="cmdline")
    # The CLI has set up logging already; under `scrapy crawl` Scrapy does it.
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    # Salvo hands Scrapy its spider classes: no need to import every module of spiders/ (the
    # Redis worker's imports scrapy-redis) at each start. `scrapy crawl NAME` still finds them.
    settings.set("SPIDER_MODULES", [], priority="cmdline")
    for name, value in options.overrides.items():
        settings.set(name, value, priority="cmdline")
    return settings


def crawl_outcome(crawler: Any, source: str | None = None) -> Outcome | None:
    """What a finished crawl stored for a source (its spider's own by default), or None if it
    stopped before storing it; a database error met while storing (which Scrapy would have
    swallowed) is raised here."""
    fatal = getattr(crawler.spider, "salvo_fatal", None)
    if fatal is not None:
        raise fatal
    outcomes = getattr(crawler.spider, "salvo_outcomes", {})
    return outcomes.get(source if source is not None else crawler.spider.source)


def batches(jobs: Sequence[CrawlJob]) -> list[list[CrawlJob]]:
    """Jobs grouped into crawls: shared jobs in a row, of one spider and distinct labels (each
    feed is stored under its own name), make one crawl; any other job is a crawl of its own."""
    groups: list[list[CrawlJob]] = []
    labels: set[str] = set()  # of the last group
    for job in jobs:
        last = groups[-1] if groups else None
        if (
            last is not None
            and job.shared
            and last[0].shared
            and last[0].spider is job.spider
            and job.label not in labels
        ):
            last.append(job)
        else:
            groups.append([job])
            labels = set()
        labels.add(job.label)
    return groups


# Objects made and dropped between two collections of the youngest generation. Scrapy and
# Twisted make many short-lived containers per request, nearly all freed by reference
# counting; collecting every 700 (Python's default) walked them anyway.
YOUNG_COLLECTION_EVERY = 20_000
_heap_settled = False


def settle_heap() -> None:
    """Once per process, before its first crawl: what start-up made (modules, models, config)
    lives as long as the process, so the collector stops walking it. 2,000 pages: garbage
    collection 0.46 s of CPU before, 0.07 s after."""
    global _heap_settled
    if _heap_settled:
        return
    _heap_settled = True
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_EVERY, middle, oldest)


def run_jobs(
    jobs: Sequence[CrawlJob], ingestor: Ingestor | None, options: CrawlSettings | None = None
) -> list[Outcome]:
    """Run the jobs in order in one reactor; return one Outcome per job."""
    from scrapy.crawler import AsyncCrawlerProcess

    settle_heap()
    options = options or CrawlSettings()
    process = AsyncCrawlerProcess(scrapy_settings(options))
    from scrapy.utils.defer import deferred_from_coro
    from twisted.internet import reactor

    outcomes: list[Outcome] = []
    errors: list[BaseException] = []

    async def run_all() -> None:
        try:
            for group in batches(jobs):
                crawler = process.create_crawler(group[0].spider)
                if group[0].shared:
                    each = [job.arguments() for job in group]
                    arguments: dict[str, Any] = {group[0].spider.shared_argument: each}
                    sources = [given.get("source") or given["url"] for given in each]
                else:
                    arguments, sources = group[0].arguments(), [None]
                # Passed to the spider, not in settings: settings are deep-copied per crawler.
                await process.crawl(crawler, salvo_ingestor=ingestor, **arguments)
                stats = crawler.stats.get_stats() if crawler.stats else {}
                for job, source in zip(group, sources, strict=True):
                    outcome = crawl_outcome(crawler, source)
                    if outcome is None:
                        failure = "the crawl stopped before anything was stored (see the log)"
                        outcome = Outcome(job.label, job.label, failure=failure)
                    outcome.fetch_stats = stats  # the whole crawl's: shared by its jobs
                    outcomes.append(outcome)
                    if job.then is not None:
                        job.then(outcome)
        except BaseException as exc:  # re-raised below, once the reactor has stopped
            errors.append(exc)
        finally:
            reactor.callLater(0, reactor.stop)

    deferred_from_coro(run_all())
    process.start(stop_after_crawl=False)
    if errors:
        raise errors[0]
    return outcomes


def poll_job(url: str, ingestor: Ingestor, db_exists: Callable[[], bool]) -> CrawlJob:
    """A poll of one feed; entries already stored and unchanged are not fetched again."""
    from spiders.feed import FeedSpider

    def arguments() -> dict[str, Any]:
        if not db_exists():
            return {"url": url, "known": {}}
        store = ingestor.store
        return {
            "url": url,
            "known": store.known_entries(url),
            "body_hash": store.feed_body_hash(url),
        }

    return CrawlJob(FeedSpider, arguments, label=url, shared=True)


def crawl_job(
    url: str,
    ingestor: Ingestor | None = None,
    db_exists: Callable[[], bool] = lambda: False,
    backfill: int = 1,
    kind: str = "auto",
) -> CrawlJob:
    """A crawl of one page (article, live blog, channel); on the first crawl of a source,
    `backfill` pages of older channel messages are followed too."""
    from spiders.liveblog import LiveblogSpider

    def arguments() -> dict[str, Any]:
        seen = ingestor is not None and db_exists() and ingestor.store.has_source(url)
        return {"url": url, "pages": 1 if seen else backfill, "kind": kind}

    return CrawlJob(LiveblogSpider, arguments, label=url, shared=True)
