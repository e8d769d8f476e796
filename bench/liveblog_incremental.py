"""A live blog that gained one post among 500: what its re-crawl costs (issue 9).

    python bench/liveblog_incremental.py [--posts 500] [--rounds 5]

Builds a JSON-LD live blog of N posts with bench/corpus.py's generator, then feeds it to
`Ingestor.ingest` (no fetching: that is the same for any page of this size) on a fresh SQLite
file: first without its newest post (every post new), then whole (one post new), then whole
again (nothing new). Prints the CPU of each, median of the rounds, and the same re-crawl with
the markup hashes ignored (every post's text cleaned and compared again, as before they were
kept) for comparison.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import datetime
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import liveblog_page  # noqa: E402
from monitor.models import Document  # noqa: E402
from monitor.pipeline import Ingestor  # noqa: E402
from storage import Store  # noqa: E402

URL = "http://127.0.0.1/outlet/live/today.html"
_SCRIPT = re.compile(r'(<script type="application/ld\+json">)(.*?)(</script>)', re.S)


def pages(posts: int) -> tuple[str, str]:
    """(the page without its newest post, the whole page), `posts` posts in the whole one."""
    rng = random.Random(1)
    while True:
        page = liveblog_page(rng, "en", "outlet", "today", datetime(2025, 7, 4)).replace(
            "{{base}}", "http://127.0.0.1"
        )
        match = _SCRIPT.search(page)
        data = json.loads(match.group(2).replace("<\\/", "</"))
        if len(data["liveBlogUpdate"]) >= posts:
            break
    data["liveBlogUpdate"] = data["liveBlogUpdate"][-posts:]
    whole = _with_data(page, match, data)
    data["liveBlogUpdate"] = data["liveBlogUpdate"][1:]  # newest first: drop the newest
    return _with_data(page, match, data), whole


def _with_data(page: str, match: re.Match, data: dict) -> str:
    script = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return page[: match.start(2)] + script + page[match.end(2) :]


def cpu(ingestor: Ingestor, page: str) -> tuple[float, str]:
    started = time.process_time()
    outcome = ingestor.ingest(URL, URL, [Document(url=URL, body=page)])
    return time.process_time() - started, outcome.summary()


class FullReading(Ingestor):
    """The re-crawl as it was before markup hashes: every post read and compared again."""

    def _known_posts(self, source: str) -> dict[str, str]:
        return {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    before, whole = pages(args.posts)
    figures: dict[str, list[float]] = {"first": [], "one_new": [], "none_new": [], "full": []}
    for _ in range(args.rounds):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "salvo.db"
            ingestor = Ingestor(partial(Store, path))
            seconds, first = cpu(ingestor, before)
            figures["first"].append(seconds)
            seconds, one = cpu(ingestor, whole)
            figures["one_new"].append(seconds)
            seconds, none = cpu(ingestor, whole)
            figures["none_new"].append(seconds)
            ingestor.close()
            full = FullReading(partial(Store, path))
            figures["full"].append(cpu(full, whole)[0])
            full.close()
    median = {name: statistics.median(values) * 1000 for name, values in figures.items()}
    print(f"page: posts={args.posts} size_kib={len(whole.encode()) // 1024}")
    print(f"first crawl ({args.posts - 1} new): {first}")
    print(f"re-crawl (1 new): {one}")
    print(f"re-crawl (none new): {none}")
    print(
        f"cpu_ms: first={median['first']:.1f} one_new={median['one_new']:.1f}"
        f" none_new={median['none_new']:.1f} one_new_reading_every_post={median['full']:.1f}"
    )
    per_post = median["first"] / (args.posts - 1)
    print(
        f"per_post_ms_first={per_post:.2f} new_post_ms={median['one_new'] - median['none_new']:.2f}"
        f" fixed_ms_per_page={median['none_new']:.1f}"
    )
    print(f"recrawl_pct_of_first={100 * median['one_new'] / median['first']:.1f}%")


if __name__ == "__main__":
    main()
