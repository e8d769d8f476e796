"""`salvo demo`: the bundled replay corpus, served on 127.0.0.1, through the whole pipeline."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from monitor.crawl import CrawlJob, CrawlSettings, crawl_job, poll_job, run_jobs
from monitor.notify import StdoutNotifier
from monitor.pipeline import Ingestor, Outcome
from monitor.replay import ReplayServer
from storage import Store

CORPUS = Path(__file__).parent / "corpus"
FEEDS = ("/kyiv-wire/rss.xml", "/le-direct/atom.xml")
# Pages crawled directly (not through a feed), by the round in which they appear.
PAGES = {1: ("/noticias/2025/07/04/rusia-ucrania.html",)}


def demo_jobs(
    server: ReplayServer,
    ingestor: Ingestor,
    db_exists: Callable[[], bool],
    say: Callable[[str], None],
) -> list[CrawlJob]:
    """Each round: poll both feeds, crawl that round's pages, then move the replay on."""
    jobs: list[CrawlJob] = []
    rounds = server.round_names

    def report(outcome: Outcome) -> None:
        say(f"  {outcome.summary()}")

    def announce(index: int) -> Callable[[Outcome], None]:
        def then(outcome: Outcome) -> None:
            report(outcome)
            if index + 1 < len(rounds):
                server.advance()
                say(f"\nround {index + 2}/{len(rounds)}: {rounds[index + 1]}")

        return then

    for index in range(len(rounds)):
        round_jobs = [poll_job(server.base_url + path, ingestor, db_exists) for path in FEEDS]
        round_jobs += [crawl_job(server.base_url + path) for path in PAGES.get(index, ())]
        for job in round_jobs[:-1]:
            job.then = report
        round_jobs[-1].then = announce(index)
        jobs += round_jobs
    return jobs


def run_demo(
    open_store: Callable[[], Store], log_level: str, say: Callable[[str], None]
) -> list[Outcome]:
    """Serve the corpus, run every round through the pipeline, print as it goes."""
    with ReplayServer(CORPUS) as server:
        store_path: list[Path] = []

        def opener() -> Store:
            store = open_store()
            store_path.append(store.path)
            return store

        ingestor = Ingestor(opener, [StdoutNotifier()])
        say(f"serving the demo corpus on {server.base_url}")
        say(f"\nround 1/{len(server.round_names)}: {server.round_names[0]}")
        jobs = demo_jobs(server, ingestor, lambda: bool(store_path), say)
        try:
            return run_jobs(jobs, ingestor, CrawlSettings(log_level=log_level))
        finally:
            ingestor.close()
