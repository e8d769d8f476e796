"""Pipeline benchmark (issue 9): Salvo end to end against its floor and a naive peer.

    python bench/pipeline.py                          # 2,000 pages, 40 feeds (a few minutes)
    python bench/pipeline.py --pages 200 --feeds 10   # a short run
    python bench/pipeline.py --feeds 500 --incremental  # second polls of 500 unchanged feeds
    SALVO_PROCESSES=1 python bench/pipeline.py        # without the worker process
    python bench/pipeline.py --repeat 3               # the ratio as the median of 3 runs

Generates a corpus (bench/corpus.py) in a temporary folder and serves it with
monitor.replay.ReplayServer, from this process, on --hosts loopback addresses (127.0.0.1, .2,
...; default 8): the outlets are spread over them, as real outlets are different sites.
Every measured part then runs in a subprocess of its own (`--part NAME`, JSON back on
stdout's last line), because Scrapy's reactor cannot be restarted in one process, and so
that each is timed after its own start-up (imports, reactor):

- salvo: `run_jobs` over one poll_job per feed plus one crawl_job per live blog (the feeds do not
  list them), on a fresh SQLite file, no notifiers; after each job `Ingestor.record_poll`, as
  the daemon does. CPU by stage from Outcome.cpu; fetch = the rest (Scrapy, feed parsing,
  handing pages to the worker). Its CPU is this process's plus its worker processes' (read in
  /proc), which are started and warmed before the clock.
- again, again-304: the same jobs on the same database, nothing changed. `again` is the
  daemon's poll of a server that sends no validators (each feed fetched; the same bytes as
  at the last poll, kept as `source_state.body_hash`, are not parsed); `again-304` also sends
  the stored validators, as the daemon does, and the server answers 304.
- fetch: a bare Scrapy spider fetching the same feeds and pages and doing nothing with them
  (settings module spiders.settings, ITEM_PIPELINES off).
- extract: trafilatura.extract alone on each page body, read from the corpus files.
- peer: a naive pipeline: feedparser.parse(feed URL), then per entry urllib + trafilatura.extract
  + monitor.counts.read_reports, sequentially, storing nothing (the live blogs too, as pages).

The server's own CPU is measured in this process while each part runs. The last line printed is
`ratio_vs_floor=X.XX`: Salvo's CPU / (bare fetch CPU + trafilatura CPU). With `--repeat N`, salvo,
fetch and extract run N times in turn (each salvo on a fresh database) and the ratio printed
last is the median of the N runs' ratios: on a shared machine the same part's CPU time moves by
10-25% between runs, and a run's pair, measured a minute apart, shares most of that drift. Not
part of the tests.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PYTHONPATH = os.environ.get("PYTHONPATH")
sys.path.insert(0, str(ROOT))

REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
TIMELINE_STEP = 0.5  # seconds between --timeline samples
STAGES = ("split", "extract", "counts", "store", "records", "poll_state")


def _rss_mib() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _worker_cpu(pids: list[int]) -> float:
    """CPU seconds (user + system) the worker processes have used so far."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total


def _kib_field_mib(pids: Sequence[int | str], file: str, field: str) -> float:
    """A "Field:  N kB" line of /proc/PID/FILE, in MiB, added up over the processes (a process
    gone meanwhile counts nothing)."""
    total = 0.0
    for pid in pids:
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{pid}/{file}").read_text().splitlines():
                if line.startswith(f"{field}:"):
                    total += int(line.split()[1]) / 1024
    return total


def _peak_rss_mib(pids: list[int]) -> float:
    """The peak resident memory of these processes, added up."""
    return _kib_field_mib(pids, "status", "VmHWM")


def _pss_mib(pids: list[int]) -> float:
    """Proportional set size, added up: pages shared by processes counted once in all."""
    return _kib_field_mib(pids, "smaps_rollup", "Pss")


def _descendants(pid: int) -> list[int]:
    """Every process started from `pid`, however deep (the worker, the forkserver it was
    forked from, multiprocessing's resource tracker)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
    found, frontier = [], [pid]
    while frontier:
        children = [child for child, parent in parents.items() if parent in frontier]
        found += children
        frontier = children
    return found


def _base(args: argparse.Namespace, path: str) -> str:
    """The server of a path's outlet ("/outlet007-uk/..."): outlets are spread over the hosts,
    and a feed's links ({{base}}) stay on the host that serves it."""
    bases = args.base.split(",")
    outlet = path.strip("/").split("/", 1)[0]
    number = int("".join(char for char in outlet.split("-", 1)[0] if char.isdigit()) or 0)
    return bases[number % len(bases)]


def _url(args: argparse.Namespace, path: str) -> str:
    return _base(args, path) + path


def _index(corpus: Path) -> dict[str, Any]:
    return json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))


def _install_reactor() -> None:
    """Installed before the clock starts: it is start-up, not work."""
    from scrapy.utils.reactor import install_reactor

    install_reactor(REACTOR)


# The parts, each run in its own process.


def part_salvo(args: argparse.Namespace) -> dict[str, Any]:
    """Salvo end to end: the polls and crawls `salvo poll` / `salvo crawl` / the daemon run."""
    _install_reactor()
    import scrapy.crawler  # noqa: F401  (start-up: imported before the clock starts)
    import trafilatura  # noqa: F401

    import spiders.feed  # noqa: F401
    import spiders.liveblog  # noqa: F401
    from monitor.crawl import CrawlJob, crawl_job, poll_job, run_jobs
    from monitor.language import detect_language
    from monitor.pipeline import Ingestor, Outcome
    from storage import Store

    index = _index(Path(args.corpus))
    db = Path(args.db)
    ingestor = Ingestor(lambda: Store(db))
    ingestor.store  # noqa: B018  (opened, and on a fresh file the schema made, before timing)
    ingestor.preparer.start()  # the worker processes (SALVO_PROCESSES), warm, before timing
    detect_language("Loaded on first use: the language model is start-up, not work.")
    marks: list[tuple[str, float]] = []  # (job kind, CPU clock when it finished)

    def then_for(kind: str) -> Any:
        def then(outcome: Outcome) -> None:
            started = time.process_time()
            ingestor.record_poll(outcome)  # validators and health, as the daemon keeps them
            outcome.cpu["poll_state"] += time.process_time() - started
            marks.append((kind, time.process_time() + _worker_cpu(pids)))

        return then

    def with_validators(job: CrawlJob, url: str) -> CrawlJob:
        plain = job.arguments
        # What the daemon adds (monitor/schedule.py): the ETag and Last-Modified it kept.
        job.arguments = lambda: {**plain(), "validators": ingestor.store.validators(url)}
        return job

    jobs = []
    for path in index["feeds"]:
        url = _url(args, path)
        job = poll_job(url, ingestor, db.exists)
        if args.validators:
            job = with_validators(job, url)
        job.then = then_for("feed")
        jobs.append(job)
    for path in index["liveblogs"]:
        job = crawl_job(_url(args, path), ingestor, db.exists)
        job.then = then_for("liveblog")
        jobs.append(job)

    pids = ingestor.preparer.pids()
    wall_start, cpu_start = time.perf_counter(), time.process_time()
    sys_start = resource.getrusage(resource.RUSAGE_SELF).ru_stime
    workers_start = _worker_cpu(pids)
    timeline: list[tuple[float, float, float, float]] = []
    sampling = threading.Event()
    if args.timeline:
        threading.Thread(
            target=_sample, args=(timeline, sampling, pids, wall_start), daemon=True
        ).start()
    outcomes = run_jobs(jobs, ingestor)
    sampling.set()
    main_cpu = time.process_time() - cpu_start
    main_sys = resource.getrusage(resource.RUSAGE_SELF).ru_stime - sys_start
    wall = time.perf_counter() - wall_start
    workers_cpu = _worker_cpu(pids) - workers_start
    workers_rss = _peak_rss_mib(pids)
    helpers = [pid for pid in _descendants(os.getpid()) if pid not in pids]
    helpers_rss = _peak_rss_mib(helpers)
    tree_pss = _pss_mib([os.getpid(), *pids, *helpers])
    cpu = main_cpu + workers_cpu
    ingestor.close()

    by_kind: Counter[str] = Counter()
    previous = cpu_start + workers_start
    for kind, mark in marks:
        by_kind[kind] += mark - previous
        previous = mark
    stages: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    errors: list[str] = []
    counted: set[int] = set()  # jobs polled in one crawl share its fetch stats
    for outcome in outcomes:
        stages.update(outcome.cpu)
        stats = outcome.fetch_stats if id(outcome.fetch_stats) not in counted else {}
        counted.add(id(outcome.fetch_stats))
        totals.update(
            documents=outcome.documents,
            new=outcome.new,
            revised=outcome.revised,
            seen=outcome.seen,
            reports=outcome.reports,
            alerts=len(outcome.alerts),
            errors=len(outcome.errors),
            failures=int(outcome.failure is not None),
            not_modified=int(outcome.not_modified),
            responses=stats.get("downloader/response_count", 0),
            response_bytes=stats.get("downloader/response_bytes", 0),
        )
        errors.extend(outcome.errors[:2])
        if outcome.failure:
            errors.append(f"{outcome.source}: {outcome.failure}")
    return {
        "cpu": cpu,
        "main_cpu": main_cpu,
        "main_sys": main_sys,
        "workers_cpu": workers_cpu,
        "workers": len(pids),
        "workers_rss_mib": workers_rss,
        "helpers_rss_mib": helpers_rss,
        "tree_pss_mib": tree_pss,
        "wall": wall,
        "stages": dict(stages),
        "by_kind": dict(by_kind),
        "totals": dict(totals),
        "errors": errors[:5],
        "rss_mib": _rss_mib(),
        "timeline": timeline,
    }


def _sample(
    timeline: list[tuple[float, float, float, float]],
    done: threading.Event,
    pids: list[int],
    wall_start: float,
) -> None:
    """Every half second: (seconds in, main CPU, workers' CPU, main's resident MiB), to see
    which side waits and when memory grows."""
    while not done.wait(TIMELINE_STEP):
        seconds = time.perf_counter() - wall_start
        timeline.append((seconds, time.process_time(), _worker_cpu(pids), _resident_mib()))


def _resident_mib() -> float:
    return _kib_field_mib(["self"], "status", "VmRSS")


def part_fetch(args: argparse.Namespace) -> dict[str, Any]:
    """The fetch floor: the same URLs through Scrapy with the same settings, nothing done."""
    _install_reactor()
    import scrapy
    from scrapy.crawler import AsyncCrawlerProcess

    from monitor.crawl import CrawlSettings, scrapy_settings

    class BareSpider(scrapy.Spider):
        name = "bare"

        def __init__(self, urls: list[str], **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.urls = urls
            self.fetched = 0

        async def start(self) -> Any:
            for url in self.urls:
                yield scrapy.Request(url, callback=self.parse, dont_filter=True)

        def parse(self, response: Any) -> None:
            self.fetched += 1

    index = _index(Path(args.corpus))
    paths = index["feeds"] + index["articles"] + index["liveblogs"]
    urls = [_url(args, path) for path in paths]
    settings = scrapy_settings(CrawlSettings(overrides={"ITEM_PIPELINES": {}}))

    wall_start, cpu_start = time.perf_counter(), time.process_time()
    sys_start = resource.getrusage(resource.RUSAGE_SELF).ru_stime
    process = AsyncCrawlerProcess(settings)
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler, urls=urls)
    process.start()
    cpu = time.process_time() - cpu_start
    sys_cpu = resource.getrusage(resource.RUSAGE_SELF).ru_stime - sys_start
    wall = time.perf_counter() - wall_start
    stats = crawler.stats.get_stats() if crawler.stats else {}
    return {
        "cpu": cpu,
        "sys": sys_cpu,
        "wall": wall,
        "fetched": crawler.spider.fetched,
        "responses": stats.get("downloader/response_count", 0),
        "rss_mib": _rss_mib(),
    }


def _bodies(args: argparse.Namespace, paths: list[str]) -> list[str]:
    corpus = Path(args.corpus)
    files = _index(corpus)["files"]
    return [
        (corpus / files[path]).read_text(encoding="utf-8").replace("{{base}}", _base(args, path))
        for path in paths
    ]


def part_extract(args: argparse.Namespace) -> dict[str, Any]:
    """The extraction floor: trafilatura.extract, default options, on every page body."""
    import trafilatura

    index = _index(Path(args.corpus))
    articles = _bodies(args, index["articles"])
    liveblogs = _bodies(args, index["liveblogs"])
    cpu_start = time.process_time()
    empty = sum(not trafilatura.extract(body) for body in articles)
    articles_cpu = time.process_time() - cpu_start
    empty += sum(not trafilatura.extract(body) for body in liveblogs)
    cpu = time.process_time() - cpu_start
    return {
        "cpu": cpu,
        "articles_cpu": articles_cpu,
        "liveblogs_cpu": cpu - articles_cpu,
        "empty": empty,
        "rss_mib": _rss_mib(),
    }


def part_peer(args: argparse.Namespace) -> dict[str, Any]:
    """A naive pipeline: feedparser, urllib, trafilatura.extract, read_reports, one by one."""
    import urllib.request

    import feedparser
    import trafilatura

    from monitor.counts import read_reports

    def page(url: str, published: str | None) -> int:
        # trafilatura.fetch_url refuses loopback addresses: urllib instead.
        with urllib.request.urlopen(url, timeout=30) as response:
            html = response.read().decode("utf-8", errors="replace")
        text = trafilatura.extract(html)
        return len(read_reports(text, published=published)) if text else 0

    index = _index(Path(args.corpus))
    wall_start, cpu_start = time.perf_counter(), time.process_time()
    pages = reports = 0
    for path in index["feeds"]:
        feed = feedparser.parse(_url(args, path))
        for entry in feed.entries:
            stamp = entry.get("published_parsed")
            published = time.strftime("%Y-%m-%d", stamp) if stamp else None
            reports += page(entry.link, published)
            pages += 1
    for path in index["liveblogs"]:
        reports += page(_url(args, path), None)
        pages += 1
    cpu = time.process_time() - cpu_start
    wall = time.perf_counter() - wall_start
    return {"cpu": cpu, "wall": wall, "pages": pages, "reports": reports, "rss_mib": _rss_mib()}


PARTS = {
    "salvo": part_salvo,
    "fetch": part_fetch,
    "extract": part_extract,
    "peer": part_peer,
}


# The driver.


def run_part(name: str, extra: list[str], corpus: Path, base: str) -> dict[str, Any]:
    """Run one part in a fresh interpreter; its figures, with the server's CPU meanwhile."""
    command = [sys.executable, __file__, "--part", name, "--corpus", str(corpus), "--base", base]
    server_cpu = time.process_time()  # this process only serves while the part runs
    done = subprocess.run(
        command + extra,
        cwd=ROOT,
        # The caller's PYTHONPATH kept after ours: a probe (a sitecustomize) reaches the part.
        env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), PYTHONPATH]))},
        capture_output=True,
        text=True,
        check=False,
    )
    server_cpu = time.process_time() - server_cpu
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        sys.stderr.write(done.stderr[-4000:])
        raise SystemExit(f"part {name} failed (exit {done.returncode})")
    result = json.loads(lines[-1])
    result["server_cpu"] = server_cpu
    return result


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return "unknown"


def report(
    index: dict[str, Any], size_mib: float, results: dict[str, Any], hosts: int
) -> None:
    salvo, again, again304 = results["salvo"], results["again"], results["again-304"]
    pages = len(index["articles"]) + len(index["liveblogs"])
    ms = 1000 / pages
    print(
        f"corpus: pages={pages} articles={len(index['articles'])}"
        f" liveblogs={len(index['liveblogs'])} feeds={len(index['feeds'])}"
        f" size_mib={size_mib:.1f} seed={index['seed']} hosts={hosts}"
    )
    print(f"machine: nproc={os.cpu_count()} cpu={cpu_model()!r} python={sys.version.split()[0]}")
    totals = salvo["totals"]
    print(
        "salvo: "
        + " ".join(f"{key}={totals.get(key, 0)}" for key in ("documents", "new", "reports"))
        + f" alerts={totals.get('alerts', 0)} errors={totals.get('errors', 0)}"
        + f" failures={totals.get('failures', 0)} responses={totals.get('responses', 0)}"
    )
    for error in salvo["errors"]:
        print(f"  error: {error}")
    print(
        f"salvo_wall_s={salvo['wall']:.2f} salvo_cpu_s={salvo['cpu']:.2f}"
        f" pages_per_second={pages / salvo['wall']:.1f}"
    )
    stages = salvo["stages"]
    fetch_rest = salvo["cpu"] - sum(stages.get(stage, 0.0) for stage in STAGES)
    per_stage = {"fetch": fetch_rest, **{stage: stages.get(stage, 0.0) for stage in STAGES}}
    print(
        "cpu_ms_per_page: "
        + " ".join(f"{stage}={seconds * ms:.2f}" for stage, seconds in per_stage.items())
        + f" total={salvo['cpu'] * ms:.2f}"
    )
    inner = {stage: seconds for stage, seconds in stages.items() if stage not in STAGES}
    if inner:  # timed inside "store" (the near-duplicate link), already counted there
        print(
            "within_store_ms_per_page: "
            + " ".join(f"{stage}={seconds * ms:.2f}" for stage, seconds in sorted(inner.items()))
        )
    print(
        "cpu_share: "
        + " ".join(f"{stage}={seconds / salvo['cpu']:.0%}" for stage, seconds in per_stage.items())
    )
    kinds = salvo["by_kind"]
    print(
        f"cpu_by_job_kind_s: feeds={kinds.get('feed', 0):.2f}"
        f" liveblogs={kinds.get('liveblog', 0):.2f}"
    )
    print(
        f"processes: workers={salvo['workers']} main_cpu_s={salvo['main_cpu']:.2f}"
        f" (system {salvo['main_sys']:.2f})"
        f" workers_cpu_s={salvo['workers_cpu']:.2f}"
    )
    print(
        f"cores: salvo_cpu/wall={salvo['cpu'] / salvo['wall']:.2f}"
        f" server_cpu_s={salvo['server_cpu']:.2f}"
        f" (salvo+server)/wall={(salvo['cpu'] + salvo['server_cpu']) / salvo['wall']:.2f}"
        f" of {os.cpu_count()}"
    )
    print(
        f"peak_rss_mib={salvo['rss_mib'] + salvo['workers_rss_mib']:.0f} (target < 300;"
        f" main {salvo['rss_mib']:.0f}, workers {salvo['workers_rss_mib']:.0f});"
        f" idle helpers, not counted: {salvo['helpers_rss_mib']:.0f} (multiprocessing's"
        " forkserver, which shares most of its pages with the worker, and resource tracker)"
    )
    print(
        f"pss_at_end_mib={salvo['tree_pss_mib']:.0f}"
        " (all of salvo's processes, pages they share counted once)"
    )
    if salvo["timeline"]:
        print("timeline (s in: cores the main process and the worker kept busy; main's MiB):")
        previous = None
        for seconds, main_cpu, workers_cpu, resident in salvo["timeline"]:
            if previous is not None:
                main_busy = (main_cpu - previous[1]) / TIMELINE_STEP
                workers_busy = (workers_cpu - previous[2]) / TIMELINE_STEP
                print(
                    f"  {seconds:5.1f}: main {main_busy:.2f} worker {workers_busy:.2f}"
                    f" rss {resident:.0f}"
                )
            previous = (seconds, main_cpu, workers_cpu)
    for name, run in (("again", again), ("again_304", again304)):
        feeds_cpu = run["by_kind"].get("feed", 0.0)
        live_cpu = run["by_kind"].get("liveblog", 0.0)
        print(
            f"incremental_{name}: cpu_s={run['cpu']:.2f} wall_s={run['wall']:.2f}"
            f" pct_of_first={run['cpu'] / salvo['cpu']:.1%}"
            f" feeds_cpu_s={feeds_cpu:.2f}"
            f" feeds_pct_of_first={feeds_cpu / max(kinds.get('feed', 0), 1e-9):.1%}"
            f" liveblogs_cpu_s={live_cpu:.2f}"
            f" liveblogs_pct_of_first={live_cpu / max(kinds.get('liveblog', 0), 1e-9):.1%}"
            f" new={run['totals'].get('new', 0)} seen={run['totals'].get('seen', 0)}"
            f" not_modified={run['totals'].get('not_modified', 0)}"
            f" responses={run['totals'].get('responses', 0)}"
        )
    if "fetch" not in results:
        return  # --incremental: no floor, no peer
    fetch, extract, peer = results["fetch"], results["extract"], results["peer"]
    floor = fetch["cpu"] + extract["cpu"]
    print(
        f"floor: fetch_cpu_s={fetch['cpu']:.2f} (system {fetch['sys']:.2f})"
        f" fetch_wall_s={fetch['wall']:.2f}"
        f" fetched={fetch['fetched']} extract_cpu_s={extract['cpu']:.2f}"
        f" (articles {extract['articles_cpu']:.2f}, liveblogs {extract['liveblogs_cpu']:.2f})"
    )
    print(
        f"peer: wall_s={peer['wall']:.2f} cpu_s={peer['cpu']:.2f} pages={peer['pages']}"
        f" reports={peer['reports']} rss_mib={peer['rss_mib']:.0f}"
        f" wall_vs_salvo={peer['wall'] / salvo['wall']:.2f}x"
        f" cpu_vs_salvo={peer['cpu'] / salvo['cpu']:.2f}x"
    )
    print(f"floor_cpu={floor:.2f}")
    runs = [(salvo["cpu"], floor)] + [
        (rerun["salvo"]["cpu"], rerun["fetch"]["cpu"] + rerun["extract"]["cpu"])
        for rerun in results.get("repeats", [])
    ]
    if len(runs) > 1:
        for number, (salvo_cpu, floor_cpu) in enumerate(runs, 1):
            print(
                f"run {number}: salvo_cpu_s={salvo_cpu:.2f} floor_cpu_s={floor_cpu:.2f}"
                f" ratio={salvo_cpu / floor_cpu:.2f}"
            )
    print(f"ratio_vs_floor={statistics.median(s / f for s, f in runs):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--feeds", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--hosts", type=int, default=8, help="loopback addresses the outlets are spread over"
    )
    parser.add_argument(
        "--incremental",
        action="store_true",
        help="only the first poll and the two second polls (no floor, no peer)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        metavar="N",
        help="run salvo, fetch and extract N times in turn; the ratio is the median",
    )
    parser.add_argument(
        "--timeline",
        action="store_true",
        help="print how busy the main process and the worker were, each half second",
    )
    parser.add_argument("--part", choices=sorted(PARTS), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--base", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--validators", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.part:
        print(json.dumps(PARTS[args.part](args)))
        return

    from bench.corpus import generate
    from monitor.replay import ReplayServer

    with tempfile.TemporaryDirectory(prefix="salvo-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        generate(corpus, args.pages, args.feeds, args.seed)
        index = _index(corpus)
        size_mib = sum((corpus / name).stat().st_size for name in index["files"].values()) / 2**20
        db = ["--db", str(Path(tmp) / "bench.db")]
        timeline = ["--timeline"] if args.timeline else []
        plan = [
            ("salvo", "salvo", [*db, *timeline]),
            ("again", "salvo", db),
            ("again-304", "salvo", [*db, "--validators"]),
        ]
        if not args.incremental:
            plan += [("fetch", "fetch", []), ("extract", "extract", []), ("peer", "peer", [])]
        results: dict[str, Any] = {}
        # One server per host (127.0.0.1, .2, ...): outlets are different sites, each with
        # its own politeness slot in Scrapy, as when real outlets are polled.
        with contextlib.ExitStack() as stack:
            servers = [
                stack.enter_context(ReplayServer(corpus, host=f"127.0.0.{number + 1}"))
                for number in range(args.hosts)
            ]
            bases = ",".join(server.base_url for server in servers)
            for label, part, extra in plan:
                print(f"running {label}...", file=sys.stderr, flush=True)
                results[label] = run_part(part, extra, corpus, bases)
            for number in range(2, 1 if args.incremental else args.repeat + 1):
                rerun: dict[str, Any] = {}
                fresh_db = ["--db", str(Path(tmp) / f"bench-{number}.db")]
                for part, extra in (("salvo", fresh_db), ("fetch", []), ("extract", [])):
                    print(f"running {part} ({number} of {args.repeat})...", file=sys.stderr)
                    rerun[part] = run_part(part, extra, corpus, bases)
                results.setdefault("repeats", []).append(rerun)
    report(index, size_mib, results, args.hosts)


if __name__ == "__main__":
    main()
