"""The bridge from Scrapy to the monitor: items of one crawl go to the Ingestor as one batch."""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from scrapy.crawler import Crawler

from monitor.errors import SalvoError
from monitor.models import Document
from monitor.notify import StdoutNotifier
from monitor.pipeline import Ingestor, Outcome, Prepared
from spiders.items import FeedListing, FetchFailure, PageItem
from storage import StorageError, Store

log = logging.getLogger("salvo.ingest")


def page_document(item: PageItem) -> Document | None:
    """The document an item stands for; a feed entry whose page failed falls back on its summary."""
    entry = item.entry or {}
    body = item.body
    content_type = item.content_type
    if body is None:
        body = entry.get("summary")
        content_type = "text/html"
    if not body:
        return None
    return Document(
        url=item.url,
        body=body,
        content_type=content_type,
        title=entry.get("title"),
        published=entry.get("published"),
        entry_key=entry.get("key"),
        entry_hash=entry.get("entry_hash"),
        summary=entry.get("summary"),
        kind_hint=item.hint,
    )


class CollectPipeline:
    """Keeps the items in the spider's `salvo_collected` list instead of storing them."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CollectPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        self.crawler.spider.salvo_collected.append(item)
        return item


# Pages of one source handed to the preparer together: one task for the worker process per
# batch, not per page (each task costs pickling, pipe writes and wake-ups on both sides).
BATCH_PAGES = 8
# Batches handed over and not yet prepared before an item waits (setting SALVO_PARTS_IN_FLIGHT).
# When the worker is the slower side, pages then wait in Scrapy, which stops fetching (its
# scraper's backout), instead of piling up here: ~700 pages did in a 2,000-page poll. 16
# batches are ~0.5 s of the worker's work, so it is not left idle while more are fetched.
PARTS_IN_FLIGHT = 16
# From this many batches waiting for the worker, it is the slower of the two processes: it
# leaves the counts of the next batch to this process, which reads them at commit.
COUNT_HERE_FROM = 12


@dataclass
class _SourceCrawl:
    """One source's part of a crawl: its items sorted, its pages' prepared parts to come."""

    crawled: Crawled = field(default_factory=lambda: Crawled(Prepared()))
    parts: list[Future[Prepared]] = field(default_factory=list)
    waiting: list[Document] = field(default_factory=list)  # not yet handed to the preparer
    # Page items the feed's listing promised (an entry not seen before gives exactly one,
    # fetched or failed); None until the listing, or for a crawl with no listing.
    expected: int | None = None
    stored: asyncio.Task[Outcome | None] | None = None

    def complete(self) -> bool:
        return self.expected is not None and self.crawled.pages >= self.expected


class IngestPipeline:
    """Hands pages to the Ingestor's preparer as they arrive (a worker process when there is
    one) and stores each source of the crawl in its own transaction: a feed as soon as every
    page its listing promised is in, the rest when the spider closes. Stores run while the
    crawl goes on, and what a source's pages held is let go.

    `salvo` hands its Ingestor to the spider (`salvo_ingestor`); under a plain `scrapy crawl`
    one is built on the `SALVO_DB` file, printing alerts to stdout.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.db_path: str = crawler.settings.get("SALVO_DB")
        self.ingestor: Ingestor | None = None
        self.standalone = False
        self.crawls: dict[str, _SourceCrawl] = {}
        self.late: dict[str, _SourceCrawl] = {}  # items after their source was stored
        self._urls: dict[str, str] | None = None
        self._last: asyncio.Future[Any] | None = None  # the store scheduled last
        self._order: list[str] | None = None  # the crawl's sources, in its order
        self._next = 0  # in that order, the first source not yet stored
        # Handed over and not yet back, oldest first; failures are raised where they are stored.
        self._in_flight: deque[asyncio.Future[Prepared]] = deque()
        self.parts_in_flight = max(
            1, crawler.settings.getint("SALVO_PARTS_IN_FLIGHT", PARTS_IN_FLIGHT)
        )
        self.count_here_from = crawler.settings.getint("SALVO_COUNT_HERE_FROM", COUNT_HERE_FROM)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IngestPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.ingestor = getattr(self.crawler.spider, "salvo_ingestor", None)
        if self.ingestor is None:
            db_path = self.db_path
            self.ingestor = Ingestor(lambda: Store(db_path), [StdoutNotifier()])
            self.standalone = True

    async def process_item(self, item: Any) -> Any:
        state = self.crawls.setdefault(item.source, _SourceCrawl())
        if state.stored is not None:
            # Not promised by the listing (a feed listed twice?): stored at close, apart.
            log.warning("%s: an item came after its source was stored: %s", item.source, item.url)
            state = self.late.setdefault(item.source, _SourceCrawl())
        document = sort_item(item, state.crawled)
        if document is not None:
            state.waiting.append(document)
            # A worker with nothing to do takes what there is: the first pages of a poll
            # would otherwise wait until one source had a batch, the worker idle.
            if len(state.waiting) >= BATCH_PAGES or not self._parts_waiting():
                self._hand_over(item.source, state)
        if isinstance(item, FeedListing):
            state.expected = (
                (state.expected or 0) + len(item.listed_keys) - len(item.unchanged_keys)
            )
        if state.stored is None and state.complete():
            self._store_ready()
        await self._keep_pace()
        return item

    async def _keep_pace(self) -> None:
        """Wait while the preparer is more than `parts_in_flight` batches behind the fetch."""
        in_flight = self._in_flight
        if self._parts_waiting() > self.parts_in_flight:
            # The batch that brings the count back to the bound: one wake-up per waiting item,
            # not one per batch (a worker takes its batches in order).
            await asyncio.wait([in_flight[-self.parts_in_flight - 1]])
            self._resume_fetching()

    def _parts_waiting(self) -> int:
        """Batches handed over and not yet prepared."""
        in_flight = self._in_flight
        while in_flight and in_flight[0].done():
            in_flight.popleft()
        return len(in_flight)

    def _resume_fetching(self) -> None:
        """Ask the engine for its next requests now. Once its scraper is full it stops asking,
        and only a finished download or its 5-second heartbeat makes it look again: with every
        download done while items waited, nothing else would wake it for up to 5 s."""
        slot = getattr(self.crawler.engine, "_slot", None)  # private: if gone, the heartbeat
        nextcall = getattr(slot, "nextcall", None)
        if nextcall is not None:
            nextcall.schedule()

    def _store_ready(self) -> None:
        """Store the complete sources at the head of the crawl's order. The order is the
        crawl's list of feeds, whatever order they complete in: records are judged as the
        reports come in, so a poll stores the same rows every time it is run."""
        if self._order is None:
            self._order = list(self._url_map())
        order = self._order
        while self._next < len(order):  # from the first not yet stored: 500 feeds, not 500**2
            source = order[self._next]
            state = self.crawls.get(source)
            if state is None or not state.complete():
                return
            if state.stored is None:
                self._schedule(source, state)
            self._next += 1

    def _schedule(self, source: str, state: _SourceCrawl) -> None:
        """Store a source after those scheduled before it (their parts may come back later)."""
        self._hand_over(source, state)
        state.stored = asyncio.ensure_future(self._store_source(source, state, self._last))
        self._last = state.stored

    def _hand_over(self, source: str, state: _SourceCrawl) -> None:
        if state.waiting and self.ingestor is not None:
            count = self._parts_waiting() < self.count_here_from
            part = self.ingestor.submit(source, state.waiting, count=count)
            state.parts.append(part)
            if not part.done():
                pending = asyncio.wrap_future(part)
                pending.add_done_callback(_seen)
                self._in_flight.append(pending)
            state.waiting = []

    def _url_map(self) -> dict[str, str]:
        """Source -> URL, in the crawl's order (asked once: a poll of 500 feeds would make the
        map 500 times)."""
        if self._urls is None:
            spider = self.crawler.spider
            self._urls = dict(
                getattr(spider, "source_urls", None)
                or {getattr(spider, "source", spider.name): getattr(spider, "url", "")}
            )
        return self._urls

    async def _store_source(
        self, source: str, state: _SourceCrawl, after: asyncio.Future[Any] | None
    ) -> Outcome | None:
        assert self.ingestor is not None
        url = self._url_map().get(source) or getattr(self.crawler.spider, "url", "")
        outcome = await self._store(self.ingestor, source, url, state, after)
        state.crawled, state.parts = Crawled(Prepared()), []  # stored: its texts are let go
        if outcome is not None and self.standalone:
            print(outcome.summary())
        return outcome

    async def close_spider(self) -> None:
        spider = self.crawler.spider
        ingestor = self.ingestor
        if ingestor is None:
            return
        urls = self._url_map()
        sources = [*urls, *(name for name in self.crawls if name not in urls)]
        spider.salvo_outcomes = outcomes = {}
        try:
            for source in sources:
                state = self.crawls.setdefault(source, _SourceCrawl())
                if state.stored is None:
                    self._schedule(source, state)
            for source, state in self.late.items():
                self._schedule(source, state)
            for source in sources:
                outcome = await self.crawls[source].stored
                late = self.late.get(source)
                if late is not None and late.stored is not None and outcome is not None:
                    outcome = _added(outcome, await late.stored)
                if outcome is None:
                    return
                outcomes[source] = outcome
        finally:
            if self.standalone:
                ingestor.close()

    async def _store(
        self,
        ingestor: Ingestor,
        source: str,
        url: str,
        state: _SourceCrawl,
        after: asyncio.Future[Any] | None,
    ) -> Outcome | None:
        """One source's outcome, stored once `after` (the store before it) is done; None when
        the database itself is unusable."""
        crawled = state.crawled
        try:
            for part in state.parts:  # prepared meanwhile, in whatever order
                crawled.prepared.merge(await ingestor.preparer.result(part))
            if after is not None:
                await asyncio.wait([after])  # done, however it ended
            return store_crawled(ingestor, source, url, crawled)
        except StorageError as exc:
            # The database itself is unusable: Scrapy would log and swallow this, so whoever
            # runs the crawl re-raises it after, and stops.
            self.crawler.spider.salvo_fatal = exc
            if self.standalone:
                log.error("%s", exc)
            return None
        except Exception as exc:
            # This source's trouble, or a bug of ours: a failed poll of this source, said in one
            # line by whoever reports the outcome (the others go on); the traceback only with -v.
            # Nothing was stored.
            if self._verbose():
                log.error("storing %s failed", url, exc_info=True)
            detail = str(exc) if isinstance(exc, SalvoError) else f"{type(exc).__name__}: {exc}"
            return Outcome(source, url, failure=f"not stored: {detail} (-v for details)")

    def _verbose(self) -> bool:
        """Whether the crawl logs INFO (`salvo -v`, or a plain `scrapy crawl`)."""
        level = self.crawler.settings.get("LOG_LEVEL") or "DEBUG"
        if not isinstance(level, int):
            level = logging.getLevelNamesMapping().get(str(level).upper(), logging.DEBUG)
        return level <= logging.INFO


def _seen(pending: asyncio.Future[Any]) -> None:
    """A part's failure is raised where its source is stored, not logged as never retrieved."""
    if not pending.cancelled():
        pending.exception()


def _added(outcome: Outcome, later: Outcome | None) -> Outcome | None:
    """A source's outcome with that of its late items added."""
    if later is None:
        return None
    for name in ("documents", "new", "revised", "seen", "reports", "gone"):
        setattr(outcome, name, getattr(outcome, name) + getattr(later, name))
    outcome.alerts += later.alerts
    outcome.errors += later.errors + ([later.failure] if later.failure else [])
    return outcome


@dataclass
class Crawled:
    """A crawl's items sorted, its pages prepared. A worker of the distributed mode makes one
    per response and the writer merges those of a poll; `salvo poll`/`crawl` make one per source
    of a crawl."""

    prepared: Prepared
    pages: int = 0
    listings: list[FeedListing] = field(default_factory=list)
    failures: list[FetchFailure] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    # A crawled page's (ETag, Last-Modified), for the next crawl's conditional GET.
    validators: tuple[str | None, str | None] | None = None

    def merge(self, other: Crawled) -> None:
        self.prepared.merge(other.prepared)
        self.pages += other.pages
        self.listings += other.listings
        self.failures += other.failures
        self.errors += other.errors
        self.validators = other.validators or self.validators


def sort_item(item: Any, crawled: Crawled) -> Document | None:
    """Files a listing or a failure in `crawled`; a page's document, to prepare, is returned."""
    if isinstance(item, FetchFailure):
        crawled.failures.append(item)
        crawled.errors.append(f"{item.url}: {item.message}")
    elif isinstance(item, FeedListing):
        crawled.listings.append(item)
    elif isinstance(item, PageItem):
        crawled.pages += 1
        if item.etag or item.last_modified:
            crawled.validators = (item.etag, item.last_modified)
        document = page_document(item)
        if document is None:
            crawled.errors.append(f"{item.url}: {item.error or 'empty page'}")
        elif item.error:
            crawled.errors.append(f"{item.url}: {item.error}, used the feed's summary")
        return document
    return None


def sort_items(items: Sequence[Any], prepare: Callable[[list[Document]], Prepared]) -> Crawled:
    """Pages become documents, prepared by `prepare`; listings and failures are kept for
    `store_crawled`."""
    crawled = Crawled(Prepared())
    documents = [document for item in items if (document := sort_item(item, crawled))]
    crawled.prepared = prepare(documents)
    return crawled


def store_crawled(ingestor: Ingestor, source: str, url: str, crawled: Crawled) -> Outcome:
    """Store one poll or crawl of a source in one transaction (a fetch failure stores nothing)."""
    if crawled.failures and not crawled.pages and not crawled.listings:
        return Outcome(source, url, failure=crawled.failures[0].message)
    listings = crawled.listings
    if listings and all(listing.not_modified for listing in listings):
        same_body = all(listing.same_body for listing in listings)
        return Outcome(source, url, not_modified=True, same_body=same_body)
    unchanged = [key for listing in listings for key in listing.unchanged_keys]
    outcome = ingestor.commit(source, url, crawled.prepared, unchanged, crawled.errors)
    outcome.validators = crawled.validators
    for listing in listings:
        if listing.etag or listing.last_modified:
            outcome.validators = (listing.etag, listing.last_modified)
        if not outcome.errors and not outcome.failure:
            # Every entry stored: the same bytes next time need not be read again.
            outcome.body_hash = listing.body_hash
    return outcome
