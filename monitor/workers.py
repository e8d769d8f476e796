"""Preparing pages (split, extract, counts) in worker processes, so that a second core works
while the reactor fetches and the single writer stores.

One `Preparer` per salvo process, reused by every crawl. With no worker it prepares in-process,
through the same calls, and reads counts later, at commit, only for new or revised updates.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import select
import signal
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from monitor.errors import SalvoError
from monitor.models import Document, Report, Update
from monitor.pipeline import Prepared, prepare, read_reports

log = logging.getLogger("salvo.workers")

ENV = "SALVO_PROCESSES"
AUTO_MAX = 4  # processes, the main one included, when left to the machine
# Under "auto", pages a run prepares in-process before it starts a worker: a one-page command
# (and a test) never pays for a process start.
AUTO_AFTER = 24

_WARM_PAGE = (
    "<html><head><title>Warm-up</title></head><body><article><p>At night Russia launched"
    " 12 Shahed drones; air defence shot down 10 of them over the Kyiv region.</p>"
    "<p>A second paragraph, so that the extractor has something to keep.</p></article>"
    "</body></html>"
)


class WorkerError(SalvoError):
    """The worker process preparing a source's pages ended abruptly (killed, out of memory)."""


def processes_setting(value: str | int | None) -> int | None:
    """`SALVO_PROCESSES`: a whole number of processes, the main one included (1: no worker),
    or "auto" (None)."""
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "auto")):
        return None
    try:
        count = int(value)
    except (TypeError, ValueError):
        count = 0
    if isinstance(value, bool) or count < 1:
        raise SalvoError(f"{ENV}={value!r}: expected 'auto' or a whole number, 1 or more")
    return count


def _worker_init(main_pid: int) -> None:
    # Ctrl-C reaches the whole process group: the main process decides what stops, not this.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    watch = threading.Thread(target=_exit_with, args=(main_pid,), name="watch-main", daemon=True)
    watch.start()


def _exit_with(main_pid: int) -> None:
    """End this worker when the main process ends, however it ends.

    A main process killed outright (SIGKILL, the OOM killer) never shuts the pool down, and a
    worker holds both ends of its own task pipe, so it would wait for work forever, and keep
    the forkserver alive with it."""
    try:
        handle = os.pidfd_open(main_pid)
    except (AttributeError, OSError):  # no pidfd (not Linux 5.3+): ask every second
        while _alive(main_pid):
            time.sleep(1.0)
    else:
        select.select([handle], [], [])  # readable once the process has exited
    os._exit(0)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # the pid is there (another user's process by now, at worst)
    return True


def _warm() -> int:
    """Imports and first-use set-up done before any real page; the worker's pid."""
    prepare_part([Document(url="http://warm.invalid/", body=_WARM_PAGE)], {}, None, None)
    return os.getpid()


def prepare_part(
    documents: Sequence[Document],
    known: Mapping[str, str],
    lang: str | None,
    attribution: str | None,
    count: bool = True,
) -> Prepared:
    """Run in a worker: `prepare`, with the counts read here too unless `count` is False
    (then the main process reads them at commit)."""

    def read(update: Update) -> list[Report]:
        return read_reports(update, lang, attribution)

    return prepare(documents, known=lambda: known, read=read if count else None)


class Preparer:
    """Hands pages to the worker processes as they arrive; `processes` counts the main one."""

    def __init__(self, processes: int | None = None) -> None:
        # None: $SALVO_PROCESSES, else auto.
        self.processes = (
            processes if processes is not None else processes_setting(os.environ.get(ENV))
        )
        self._pool: ProcessPoolExecutor | None = None
        self._inline = 0  # pages prepared in-process, for "auto"

    @property
    def workers(self) -> int:
        if self.processes is None:
            return min(os.cpu_count() or 1, AUTO_MAX) - 1
        return self.processes - 1

    def start(self) -> list[int]:
        """Start the workers and wait until each is warm; their pids (none without workers)."""
        if self.workers < 1:
            return []
        pool = self._ensure_pool()
        return sorted({pool.submit(_warm).result() for _ in range(self.workers)})

    def pids(self) -> list[int]:
        """The worker processes now running (for the benchmark's CPU accounting)."""
        return sorted(getattr(self._pool, "_processes", None) or {})

    def submit(
        self,
        documents: Sequence[Document],
        known: Callable[[], Mapping[str, str]],
        lang: str | None,
        attribution: str | None,
        count: bool = True,
    ) -> Future[Prepared]:
        """Prepare documents of one source: in a worker (counts read there unless `count` is
        False), or here (counts read at commit)."""
        if self._use_pool(len(documents)):
            # Only a page of many items needs the stored posts; the store is read here.
            posts = known() if any(d.entry_key is None for d in documents) else {}
            pool = self._ensure_pool()
            try:
                return pool.submit(
                    prepare_part, list(documents), dict(posts), lang, attribution, count
                )
            except (BrokenProcessPool, RuntimeError) as exc:
                failed: Future[Prepared] = Future()
                failed.set_exception(self._died(exc, pool))
                return failed
        future: Future[Prepared] = Future()
        try:
            future.set_result(prepare(documents, known=known))
        except Exception as exc:  # raised where the result is awaited, as from a worker
            future.set_exception(exc)
        return future

    async def result(self, future: Future[Prepared]) -> Prepared:
        """A submitted part, awaited without blocking the reactor."""
        pool = self._pool
        try:
            return future.result() if future.done() else await asyncio.wrap_future(future)
        except BrokenProcessPool as exc:
            raise self._died(exc, pool) from None

    def close(self) -> None:
        """Stop the workers now, even in the middle of a page: never wait on them at exit."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=5)

    def _use_pool(self, pages: int) -> bool:
        if self.workers < 1:
            return False
        if self._pool is not None or self.processes is not None:
            return True
        self._inline += pages
        return self._inline > AUTO_AFTER

    def _ensure_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # forkserver: a clean process, modules loaded once, forked per worker; a fork of
            # this one would copy the reactor's threads mid-flight.
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["monitor.workers"])
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=context,
                initializer=_worker_init,
                initargs=(os.getpid(),),
            )
        return self._pool

    def _died(self, exc: BaseException, pool: ProcessPoolExecutor | None) -> WorkerError:
        # The broken pool is dropped (not a fresh one a later poll started): the next poll
        # starts a new worker.
        log.error("worker process died: %s", exc)
        if pool is not None and pool is self._pool:
            self.close()
        return WorkerError("the worker process preparing the pages died; the next poll starts anew")
