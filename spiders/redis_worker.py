"""`salvo worker`: one long-running Scrapy crawl that takes its requests from Redis (scrapy-redis'
shared queue and duplicate filter) and puts each response's prepared updates on the item stream.

A request is leased, not popped: scrapy-redis' FIFO queue hands it over with LMOVE onto this
worker's processing list, where it stays until its result is on the stream (one Lua script:
XADD, and the lease dropped). A worker killed meanwhile stops renewing its heartbeat; any other
worker, the scheduler or the writer then puts its leased requests back on the queue.
"""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterable
from types import SimpleNamespace
from typing import Any

import scrapy
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import FifoQueue
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task
from twisted.python.failure import Failure

from monitor import distributed as keys
from monitor.models import Update
from monitor.pipeline import prepare, read_reports
from spiders.fetching import FRESH_FOR_STAT, describe_failure
from spiders.items import FetchFailure
from spiders.pipelines import sort_items

log = logging.getLogger("salvo.worker")

HEARTBEAT = 3  # seconds between heartbeats; a worker silent for keys.ALIVE_TTL is dead


def worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


class JobStats:
    """The stats one response's spider code writes (fresh-for), apart from the worker's own:
    a worker's crawl serves every source and never ends."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def max_value(self, key: str, value: Any, spider: Any = None) -> None:
        self.values[key] = max(self.values.get(key, value), value)

    def get_value(self, key: str, default: Any = None, spider: Any = None) -> Any:
        return self.values.get(key, default)


def source_spider(job: dict[str, Any], settings: Any) -> tuple[scrapy.Spider, JobStats]:
    """The one-source spider (feed or page) whose callbacks read the job's responses."""
    from spiders.feed import FeedSpider
    from spiders.liveblog import LiveblogSpider

    cls = FeedSpider if job["spider"] == FeedSpider.name else LiveblogSpider
    spider = cls(**job["arguments"])
    stats = JobStats()
    spider.crawler = SimpleNamespace(stats=stats, settings=settings, spider=spider)
    spider.settings = settings
    return spider, stats


def wrap(worker: scrapy.Spider, request: Request, job: dict[str, Any], poll: str) -> Request:
    """A one-source spider's request made a worker's: the source spider's callback names and
    the job travel in meta, so any worker can read the response."""
    callback = request.callback.__name__ if callable(request.callback) else "parse"
    errback = request.errback.__name__ if request.errback else None
    meta = {
        **request.meta,
        "salvo_poll": poll,
        "salvo_token": uuid.uuid4().hex,
        "salvo_job": job,
        "salvo_call": [callback, errback],
        "salvo_source_url": job["url"],
    }
    # Filtered per poll: a page listed twice, or reached again by a retried parent, is fetched
    # once per poll across all workers.
    return request.replace(
        callback=worker.parse, errback=worker.failed, meta=meta, dont_filter=False
    )


class WorkerSpider(scrapy.Spider):
    name = keys.SPIDER

    def __init__(self, worker: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.worker = worker or worker_id()
        # token -> encoded requests of it on this worker's processing list
        self.leases: dict[str, list[bytes]] = {}
        self.server: Any = None
        self._beat: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> WorkerSpider:
        from scrapy_redis import connection

        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.server = connection.from_settings(crawler.settings)
        crawler.signals.connect(spider._opened, signal=signals.spider_opened)
        crawler.signals.connect(spider._idle, signal=signals.spider_idle)
        crawler.signals.connect(spider._closed, signal=signals.spider_closed)
        return spider

    async def start(self) -> AsyncIterator[Request]:
        # Requests come from the shared queue (the scheduler's polls), never from here.
        return
        yield

    def _opened(self) -> None:
        self._beat = task.LoopingCall(self._heartbeat)
        self._beat.start(HEARTBEAT)

    def _heartbeat(self) -> None:
        keys.heartbeat(self.server, self.worker)
        keys.reap(self.server)

    def _idle(self) -> None:
        raise DontCloseSpider  # a worker waits for the next poll

    def _closed(self) -> None:
        if self._beat is not None and self._beat.running:
            self._beat.stop()
        # Stopped on purpose: what it had leased goes back at once, for the others.
        keys.release(self.server, self.worker)

    def parse(self, response: Response, **kwargs: Any) -> list[Any]:
        request = response.request
        name = request.meta["salvo_call"][0]
        return self._handle(request, lambda spider: getattr(spider, name)(response, **kwargs))

    def failed(self, failure: Failure) -> list[Any]:
        request = failure.request
        name = request.meta["salvo_call"][1]
        job = request.meta["salvo_job"]

        def run(spider: scrapy.Spider) -> Iterable[Any]:
            if name is None:
                return [FetchFailure(job["source"], request.url, describe_failure(failure))]
            return getattr(spider, name)(failure)

        return self._handle(request, run)

    def _handle(self, request: Request, run: Callable[[scrapy.Spider], Any]) -> list[Any]:
        """Queue the follow-ups, prepare the items, hand the result to the stream: in that
        order, so that a poll's last result is never written before its follow-ups exist."""
        job, poll = request.meta["salvo_job"], request.meta["salvo_poll"]
        spider, stats = source_spider(job, self.settings)
        items = []
        try:
            for output in run(spider) or ():
                if isinstance(output, Request):
                    self.crawler.engine.crawl(wrap(self, output, follow_job(job), poll))
                else:
                    items.append(output)
        except Exception as exc:  # any crash still ends the request, or its poll never would
            log.error("%s: %s failed", job["source"], request.url, exc_info=True)
            items.append(FetchFailure(job["source"], request.url, f"{type(exc).__name__}: {exc}"))

        def read(update: Update) -> list[Any]:
            return read_reports(update, job.get("lang"), job.get("attribution"))

        crawled = sort_items(items, lambda documents: prepare(documents, read=read))
        seconds = request.meta.get("salvo_retry_after")
        part = keys.encode_part(
            job,
            crawled,
            fresh_for=stats.get_value(FRESH_FOR_STAT),
            retry_after=time.time() + seconds if seconds else None,
        )
        token = request.meta["salvo_token"]
        keys.finish(self.server, self.worker, poll, token, part, self.leases.pop(token, []))
        return []  # nothing for Scrapy's item pipelines: the writer stores


def follow_job(job: dict[str, Any]) -> dict[str, Any]:
    """A job as its follow-up requests carry it: without the feed's known entries and
    validators, which only its first request needs."""
    arguments = {k: v for k, v in job["arguments"].items() if k not in ("known", "validators")}
    return {**job, "arguments": arguments}


class LeasedQueue(FifoQueue):
    """scrapy-redis' FIFO queue whose pop leases: the request moves atomically onto this
    worker's processing list and stays there until its result is on the stream."""

    def pop(self, timeout: int = 0) -> Request | None:
        raw = self.server.lmove(self.key, keys.processing_key(self.spider.worker), "RIGHT", "LEFT")
        if raw is None:
            return None
        request = self._decode_request(raw)
        token = request.meta.get("salvo_token")
        if token:
            self.spider.leases.setdefault(token, []).append(raw)
        return request


class PollDupeFilter(RFPDupeFilter):
    """scrapy-redis' duplicate filter, one fingerprint set per poll: each URL is fetched once
    per poll across workers, and again at the next poll."""

    def request_seen(self, request: Request) -> bool:
        poll = request.meta.get("salvo_poll")
        key = f"{self.key}:{poll}" if poll else self.key
        with self.server.pipeline() as pipe:
            pipe.sadd(key, self.request_fingerprint(request))
            pipe.expire(key, keys.POLL_TTL)
            added, _ = pipe.execute()
        return added == 0


class PollScheduler(Scheduler):
    """scrapy-redis' scheduler that also counts a request in its poll's open set (so the
    writer learns when the poll is complete) and hands a retried request's lease over."""

    def enqueue_request(self, request: Request) -> bool:
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        token = request.meta.get("salvo_token")
        poll = request.meta.get("salvo_poll")
        held = self.spider.leases.pop(token, []) if token else []
        with self.server.pipeline() as pipe:  # MULTI: counted and queued, or neither
            if poll and token:
                pipe.sadd(keys.open_key(poll), token)
                pipe.expire(keys.open_key(poll), keys.POLL_TTL)
            pipe.lpush(self.queue.key, self.queue._encode_request(request))
            for raw in held:  # a retry replaces the request this worker had leased
                pipe.lrem(keys.processing_key(self.spider.worker), 0, raw)
            pipe.execute()
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis", spider=self.spider)
        return True


def worker_settings(redis_url: str, concurrency: int) -> dict[str, Any]:
    """Scrapy settings that make a crawl a worker (on top of spiders.settings)."""
    return {
        "REDIS_URL": redis_url,
        "SCHEDULER": "spiders.redis_worker.PollScheduler",
        "SCHEDULER_QUEUE_CLASS": "spiders.redis_worker.LeasedQueue",
        "DUPEFILTER_CLASS": "spiders.redis_worker.PollDupeFilter",
        # The queue and filters are shared: a worker that leaves must not empty them.
        "SCHEDULER_PERSIST": True,
        "ITEM_PIPELINES": {},
        "CONCURRENT_REQUESTS": concurrency,
    }
