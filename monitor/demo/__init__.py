"""`salvo demo`: the real daemon against the bundled corpus, replayed on 127.0.0.1.

The replay publishes three mornings of June and July 2025, one round every `round_seconds`;
the daemon polls two outlets' feeds and, once it is published, a content-farm page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from monitor.config import Config, Source
from monitor.notify import StdoutNotifier
from monitor.pipeline import Ingestor
from monitor.replay import ReplayServer
from monitor.schedule import Daemon, RunState
from storage import Store

CORPUS = Path(__file__).parent / "corpus"
FEEDS = (("kyiv-wire", "/kyiv-wire/rss.xml"), ("le-direct", "/le-direct/atom.xml"))
# Pages watched directly (not through a feed), by the round in which they are published.
PAGES = {1: (("noticias", "/noticias/2025/07/04/rusia-ucrania.html"),)}


def run_demo(
    store: Store, say: Callable[[str], None], log_level: str = "WARNING", round_seconds: float = 10
) -> RunState:
    """Serve the corpus, run the daemon over it round by round, stop after the last round."""
    interval = max(1, int(round_seconds / 4))
    with ReplayServer(CORPUS) as server:
        rounds = server.round_names

        def sources_until(index: int) -> tuple[Source, ...]:
            feeds = [Source(name, server.url(path), "feed", interval) for name, path in FEEDS]
            pages = [
                Source(name, server.url(path), "page", interval)
                for published in range(index + 1)
                for name, path in PAGES.get(published, ())
            ]
            return tuple(feeds + pages)

        def publish_next(daemon: Daemon) -> None:
            index = server.advance()
            say(f"\nreplay: round {index + 1}/{len(rounds)} published ({rounds[index]})")
            daemon.apply(replace(daemon.config, sources=sources_until(index)))

        say(f"replaying the demo corpus on {server.base_url}: {len(rounds)} rounds,")
        say(f"one every {round_seconds:g}s; polling every {interval}s")
        say(f"\nreplay: round 1/{len(rounds)} published ({rounds[0]})")
        daemon = Daemon(
            Config(path=None, sources=sources_until(0)),
            Ingestor(lambda: store, [StdoutNotifier()]),
            say,
            log_level,
            run_for=round_seconds * len(rounds) + 2 * interval,
            timers=[
                (round_seconds * (index + 1), publish_next) for index in range(len(rounds) - 1)
            ],
        )
        return daemon.run()
