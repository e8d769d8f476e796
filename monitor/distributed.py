"""Distributed mode: workers fetch, extract, split and count; one writer stores.

    salvo run --redis URL     schedule: each due source becomes a poll, its first request
                              pushed on scrapy-redis' shared queue
    salvo worker --redis URL  any number, anywhere: requests from the queue, one prepared
                              result per response onto the item stream (spiders/redis_worker.py)
    salvo ingest --redis URL  the single writer (or `run` itself): reads the stream in a consumer
                              group, stores each complete poll in one transaction through the
                              Ingestor, then XACKs it

A poll is complete when its open set (tokens of its requests not yet done) is empty: a request
is added to it when queued, and removed by the same Lua script that puts its result on the
stream, which marks the result that emptied the set `last`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from monitor.config import Source
from monitor.errors import SalvoError
from monitor.models import Report, Update
from monitor.pipeline import Ingestor, Outcome, PollHealth, Prepared
from monitor.schedule import Daemon
from storage import StorageError, WriteError

log = logging.getLogger("salvo.distributed")

SPIDER = "salvo"  # the worker spider's name: scrapy-redis keys are "salvo:requests", ...
QUEUE = f"{SPIDER}:requests"
ITEMS = "salvo:items"  # the stream of prepared results
GROUP = "writer"
WORKERS = "salvo:workers"
POLL_TTL = 24 * 3600  # a poll's open set and duplicate filter outlive any poll
ALIVE_TTL = 15  # seconds without a heartbeat after which a worker is dead
FORMAT = 2  # of a stream entry's `data` (2: updates carry their signature)


def open_key(poll: str) -> str:
    return f"salvo:open:{poll}"


def processing_key(worker: str) -> str:
    return f"salvo:processing:{worker}"


def result_key(poll: str) -> str:
    return f"salvo:result:{poll}"


def connect(url: str) -> Any:
    """A Redis client on `url`, checked: an unreachable server is a one-line error."""
    import redis

    try:
        server = redis.Redis.from_url(url, socket_connect_timeout=5, socket_timeout=30)
        server.ping()
    except ValueError as exc:
        raise SalvoError(f"bad Redis URL {url!r}: {exc}") from None
    except redis.RedisError as exc:
        raise SalvoError(f"Redis at {url} unreachable: {exc}") from None
    version = server.info("server").get("redis_version", "0")
    if tuple(int(part) for part in version.split(".")[:2]) < (6, 2):
        raise SalvoError(f"Redis at {url} is {version}; 6.2 or later is needed (XAUTOCLAIM)")
    return server


# Lua, so that each step is atomic: a worker killed between two commands loses nothing.
_FINISH = """
redis.call('SREM', KEYS[2], ARGV[1])
for i = 4, #ARGV do redis.call('LREM', KEYS[3], 0, ARGV[i]) end
local last = '0'
if redis.call('SCARD', KEYS[2]) == 0 then last = '1' end
redis.call('XADD', KEYS[1], '*', 'poll', ARGV[2], 'last', last, 'data', ARGV[3])
return last
"""
# Puts the leased requests of dead workers (or of ARGV[2], leaving) back on the queue.
_REAP = """
local moved = 0
for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  if id == ARGV[2] or redis.call('EXISTS', ARGV[1] .. 'alive:' .. id) == 0 then
    local key = ARGV[1] .. 'processing:' .. id
    while redis.call('LMOVE', key, KEYS[2], 'RIGHT', 'RIGHT') do moved = moved + 1 end
    redis.call('SREM', KEYS[1], id)
  end
end
return moved
"""


def finish(server: Any, worker: str, poll: str, token: str, part: str, leases: list[bytes]) -> bool:
    """Put one response's result on the stream and end its request; whether it was its poll's
    last."""
    keys = [ITEMS, open_key(poll), processing_key(worker)]
    return server.eval(_FINISH, len(keys), *keys, token, poll, part, *leases) == b"1"


def heartbeat(server: Any, worker: str) -> None:
    with server.pipeline() as pipe:
        pipe.set(f"salvo:alive:{worker}", 1, ex=ALIVE_TTL)
        pipe.sadd(WORKERS, worker)
        pipe.execute()


def reap(server: Any, leaving: str = "") -> int:
    """Requests of dead workers back on the queue; how many."""
    moved = int(server.eval(_REAP, 2, WORKERS, QUEUE, "salvo:", leaving))
    if moved and not leaving:
        log.warning("%d requests of a dead worker put back on the queue", moved)
    return moved


def release(server: Any, worker: str) -> None:
    """A worker leaving on purpose: its leases back at once, its heartbeat gone."""
    reap(server, worker)
    server.delete(f"salvo:alive:{worker}")


# The stream entry: what a worker made of one response.


def _update(row: dict[str, Any]) -> Update:
    signature = row.pop("signature", None)
    return Update(**row, signature=bytes.fromhex(signature) if signature else None)


def _update_row(update: Update) -> dict[str, Any]:
    row = asdict(update)
    row["signature"] = update.signature.hex() if update.signature else None  # JSON has no bytes
    return row


def encode_part(
    job: dict[str, Any], crawled: Any, fresh_for: int | None, retry_after: float | None
) -> str:
    """One response's result as JSON: updates with their reports read, listed items (only what
    marking the gone ones needs), feed listings, failures and errors."""
    prepared = crawled.prepared
    listed = [
        {
            "key": u.key,
            "url": u.url,
            "title": None,
            "text": "",
            "published": u.published,
            "content_hash": "",
            "kind": u.kind,
        }
        for u in prepared.listed
    ]
    return json.dumps(
        {
            "format": FORMAT,
            "source": job["source"],
            "url": job["url"],
            "pages": crawled.pages,
            "documents": prepared.documents,
            "method": prepared.method,
            "updates": [
                [_update_row(update), None if found is None else [r.to_json() for r in found]]
                for update, found in prepared.updates
            ],
            "listed": listed,
            "unchanged": prepared.unchanged,
            "errors": prepared.errors + crawled.errors,
            "listings": [asdict(listing) for listing in crawled.listings],
            "failures": [asdict(failure) for failure in crawled.failures],
            "fresh_for": fresh_for,
            "retry_after": retry_after,
        },
        ensure_ascii=False,
    )


@dataclass
class Part:
    source: str
    url: str
    crawled: Any  # spiders.pipelines.Crawled
    fresh_for: int | None
    retry_after: float | None


def decode_part(data: str | bytes) -> Part:
    from spiders.items import FeedListing, FetchFailure
    from spiders.pipelines import Crawled

    raw = json.loads(data)
    if raw.get("format") != FORMAT:
        raise ValueError(f"stream entry of format {raw.get('format')!r}, not {FORMAT}")
    prepared = Prepared(
        documents=raw["documents"],
        updates=[
            (_update(u), None if found is None else [Report(**r) for r in found])
            for u, found in raw["updates"]
        ],
        listed=[_update(u) for u in raw["listed"]],
        unchanged=raw["unchanged"],
        method=raw["method"],
    )
    crawled = Crawled(
        prepared,
        pages=raw["pages"],
        listings=[FeedListing(**listing) for listing in raw["listings"]],
        failures=[FetchFailure(**failure) for failure in raw["failures"]],
        errors=raw["errors"],
    )
    return Part(raw["source"], raw["url"], crawled, raw["fresh_for"], raw["retry_after"])


# The scheduler's side.


def poll_job(source: Source, spider: type, arguments: dict[str, Any]) -> dict[str, Any]:
    """What workers need to know of a source: its spider and arguments, and how to read it."""
    return {
        "spider": spider.name,
        "arguments": arguments,
        "source": source.name,
        "url": source.url,
        "lang": source.lang,
        "attribution": source.attribution,
    }


async def enqueue(server: Any, job: dict[str, Any]) -> str:
    """Start a poll: its first request on the shared queue, counted open. Returns its id."""
    from scrapy_redis.queue import FifoQueue

    from spiders.redis_worker import WorkerSpider, source_spider, wrap

    poll = uuid.uuid4().hex
    worker = WorkerSpider(worker="scheduler")  # only names the callbacks in the encoding
    spider, _ = source_spider(job, None)
    async for first in spider.start():  # a source spider starts with one request
        request = wrap(worker, first, job, poll)
        break
    else:
        raise RuntimeError(f"the {spider.name} spider made no request")
    encoded = FifoQueue(server, worker, QUEUE)._encode_request(request)
    with server.pipeline() as pipe:
        pipe.sadd(open_key(poll), request.meta["salvo_token"])
        pipe.expire(open_key(poll), POLL_TTL)
        pipe.lpush(QUEUE, encoded)
        pipe.execute()
    return poll


def take_result(server: Any, poll: str) -> dict[str, Any] | None:
    raw = server.lpop(result_key(poll))
    return json.loads(raw) if raw else None


# The writer.


@dataclass
class Batch:
    """A poll's results read so far, not yet stored, not yet acknowledged."""

    part: Part
    ids: list[bytes] = field(default_factory=list)


class Writer:
    """Reads finished results from the stream and stores each complete poll through the
    Ingestor in one transaction; XACK (and XDEL) only once it is committed, so a writer killed
    at any moment re-reads the poll on restart (the diff makes a second store a no-op)."""

    def __init__(
        self,
        server: Any,
        ingestor: Ingestor,
        say: Callable[[str], None] = lambda line: None,
        consumer: str | None = None,
    ) -> None:
        self.server = server
        self.ingestor = ingestor
        self.say = say
        self.consumer = consumer or f"{socket.gethostname()}-{uuid.uuid4().hex[:6]}"
        self.batches: dict[str, Batch] = {}
        self.stored = 0  # polls

    def start(self) -> int:
        """Join the consumer group and take over what earlier writers left unacknowledged."""
        import redis

        try:
            self.server.xgroup_create(ITEMS, GROUP, id="0", mkstream=True)
        except redis.ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise
        taken, cursor = 0, "0-0"
        while True:
            # One writer at a time (a file lock on the database): whatever is pending is ours.
            cursor, entries, *_ = self.server.xautoclaim(ITEMS, GROUP, self.consumer, 0, cursor)
            for entry_id, fields in entries:
                taken += 1
                self._take(entry_id, fields)
            if cursor in (b"0-0", "0-0"):
                break
        for consumer in self.server.xinfo_consumers(ITEMS, GROUP):
            name = consumer["name"]
            name = name.decode() if isinstance(name, bytes) else name
            if name != self.consumer and not consumer["pending"]:
                self.server.xgroup_delconsumer(ITEMS, GROUP, name)
        return taken

    def step(self, block_ms: int | None = None, count: int = 200) -> int:
        """Read what the stream holds (waiting up to `block_ms`); the number of entries."""
        answer = self.server.xreadgroup(
            GROUP, self.consumer, {ITEMS: ">"}, count=count, block=block_ms
        )
        entries = [entry for _, stream in answer or () for entry in stream]
        for entry_id, fields in entries:
            self._take(entry_id, fields)
        return len(entries)

    def _take(self, entry_id: bytes, fields: dict[bytes, bytes]) -> None:
        poll = fields[b"poll"].decode()
        try:
            part = decode_part(fields[b"data"])
        except (ValueError, KeyError, TypeError) as exc:
            # Not ours to read (another version?): said and dropped, never retried forever.
            log.error("stream entry %s unreadable, dropped: %s", entry_id, exc)
            self._ack([entry_id])
            return
        batch = self.batches.get(poll)
        if batch is None:
            batch = self.batches[poll] = Batch(part)
        else:
            batch.part.crawled.merge(part.crawled)
            batch.part.fresh_for = max(batch.part.fresh_for or 0, part.fresh_for or 0) or None
            batch.part.retry_after = max(batch.part.retry_after or 0, part.retry_after or 0) or None
        batch.ids.append(entry_id)
        if fields.get(b"last") == b"1":
            self._store(poll, self.batches.pop(poll))

    def _store(self, poll: str, batch: Batch) -> None:
        from spiders.pipelines import store_crawled

        part = batch.part
        try:
            outcome = store_crawled(self.ingestor, part.source, part.url, part.crawled)
        except StorageError:
            raise  # the database is unusable: stop, the poll stays pending for the next writer
        except Exception as exc:  # this poll's trouble: a failed poll, the others go on
            log.error("storing %s failed", part.url, exc_info=True)
            outcome = Outcome(part.source, part.url, failure=f"not stored: {exc}")
        recorded = self.ingestor.record_poll(outcome, part.fresh_for)
        not_before = self._not_before(part)
        self.ingestor.deliver()
        result = {
            "summary": outcome.summary(),
            "alerts": len(outcome.alerts),
            "failure": outcome.failure,
            "failures": recorded.failures,
            "paused": recorded.paused,
            "interval": recorded.interval,
            "not_before": not_before,
        }
        with self.server.pipeline() as pipe:
            pipe.rpush(result_key(poll), json.dumps(result))
            pipe.expire(result_key(poll), 3600)
            pipe.xack(ITEMS, GROUP, *batch.ids)
            pipe.xdel(ITEMS, *batch.ids)  # stored: the texts need not stay in memory
            pipe.execute()
        self.stored += 1
        self.say(f"{datetime.now(UTC):%H:%M:%S} stored {outcome.summary()}")

    def _ack(self, ids: list[bytes]) -> None:
        self.server.xack(ITEMS, GROUP, *ids)
        self.server.xdel(ITEMS, *ids)

    def _not_before(self, part: Part) -> str | None:
        """A host's Retry-After, kept so that the scheduler, and a restart, honour it."""
        if not part.retry_after:
            return None
        # Rounded up, as it is stored to the second: never a moment early.
        when = datetime.fromtimestamp(int(part.retry_after) + 1, UTC).isoformat(timespec="seconds")
        try:
            with self.ingestor.store.write():
                self.ingestor.store.set_not_before(part.source, part.url, when)
        except WriteError as exc:
            log.error("%s: Retry-After not kept: %s", part.source, exc)
        return when


class DistributedDaemon(Daemon):
    """`salvo run --redis`: the same schedule, but a due source becomes a poll on the shared
    queue; the result comes back from the writer (this process, or `salvo ingest`)."""

    REAP_EVERY = 5.0  # seconds

    def __init__(
        self,
        *args: Any,
        server: Any,
        writer: Writer | None = None,
        poll_timeout: float = 600,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.server = server
        self.writer = writer
        self.poll_timeout = poll_timeout
        self.failure: BaseException | None = None

    def run(self) -> Any:
        state = super().run()
        if self.failure is not None:
            raise self.failure
        return state

    async def _main(self) -> None:
        if self.writer is not None:
            self.writer.start()
        loop = asyncio.ensure_future(self._keep_writing())
        try:
            await super()._main()
        finally:
            await loop

    async def _keep_writing(self) -> None:
        """Store finished polls (as the writer) and put dead workers' requests back."""
        reaped = 0.0
        try:
            while not self.state.stopping:
                read = self.writer.step() if self.writer is not None else 0
                if time.monotonic() - reaped > self.REAP_EVERY:
                    reaped = time.monotonic()
                    reap(self.server)
                if not read:
                    await asyncio.sleep(0.1)
        except Exception as exc:  # the store or Redis failed: the daemon stops and says why
            self.failure = exc
            if self._stopped is not None:
                self._stopped.set()

    async def _poll(self, source: Source) -> Outcome | None:
        import redis

        spider, arguments = self.poll_arguments(source)
        started = datetime.now(UTC)
        try:
            poll = await enqueue(self.server, poll_job(source, spider, arguments))
            result = await self._result(poll)
        except redis.RedisError as exc:
            self.say(f"{started:%H:%M:%S} poll {source.name}: FAILED Redis: {exc}")
            return None
        if result is None:
            if not self.state.stopping:
                self.say(
                    f"{started:%H:%M:%S} poll {source.name}: no result after"
                    f" {self.poll_timeout:.0f}s (are workers and the writer running?)"
                )
            return None
        self.state.polls += 1
        self.state.alerts += result["alerts"]
        self.state.failures += bool(result["failure"])
        recorded = PollHealth(result["failures"], result["paused"], result["interval"])
        not_before = result["not_before"]
        self.reschedule(
            source, recorded, datetime.fromisoformat(not_before) if not_before else None
        )
        took = (datetime.now(UTC) - started).total_seconds()
        self.say(f"{started:%H:%M:%S} poll {result['summary']} ({took:.1f}s)")
        return Outcome(source.name, source.url, failure=result["failure"])

    async def _result(self, poll: str) -> dict[str, Any] | None:
        deadline = time.monotonic() + self.poll_timeout
        while time.monotonic() < deadline and not self.state.stopping:
            result = take_result(self.server, poll)
            if result is not None:
                return result
            await asyncio.sleep(0.2)
        return None


def run_worker(url: str, log_level: str, concurrency: int, say: Callable[[str], None]) -> None:
    """`salvo worker`: one Scrapy crawl serving the shared queue until SIGINT or SIGTERM."""
    from scrapy.crawler import AsyncCrawlerProcess

    from monitor.crawl import CrawlSettings, scrapy_settings
    from spiders.redis_worker import WorkerSpider, worker_id, worker_settings

    connect(url)
    settings = scrapy_settings(CrawlSettings(log_level, worker_settings(url, concurrency)))
    process = AsyncCrawlerProcess(settings)
    name = worker_id()
    process.crawl(WorkerSpider, worker=name)
    say(f"worker {name} waiting for requests on {redact(url)}")
    process.start()  # SIGINT or SIGTERM: Scrapy stops the crawl; the leases go back
    say(f"worker {name} stopped")


def redact(url: str) -> str:
    """A Redis URL without its password, for logs."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return parts._replace(netloc=f"{parts.username or ''}:…@{host}{port}").geturl()


def run_writer(
    server: Any,
    ingestor: Ingestor,
    say: Callable[[str], None],
    run_for: float | None = None,
) -> int:
    """`salvo ingest`: store finished polls until SIGINT or SIGTERM (or `run_for` seconds);
    the number of polls stored. A signal lets the poll being stored finish."""
    import signal

    stop: list[int] = []
    previous = {
        signum: signal.signal(signum, lambda signum, frame: stop.append(signum))
        for signum in (signal.SIGINT, signal.SIGTERM)
    }
    writer = Writer(server, ingestor, say)
    try:
        taken = writer.start()
        say(f"writer ready ({taken} results left by an earlier writer taken over)")
        deadline = time.monotonic() + run_for if run_for else None
        reaped = 0.0
        while not stop and (deadline is None or time.monotonic() < deadline):
            writer.step(block_ms=500)
            if time.monotonic() - reaped > DistributedDaemon.REAP_EVERY:
                reaped = time.monotonic()
                reap(server)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return writer.stored
