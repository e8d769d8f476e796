"""Coverage-guided fuzzing of the parsers with atheris (libFuzzer), beside bench/fuzz.py.

    pip install atheris          # not a dependency of Salvo: only this script needs it
    python bench/atheris_fuzz.py feed   -max_total_time=300
    python bench/atheris_fuzz.py split  -runs=200000
    python bench/atheris_fuzz.py counts -max_total_time=60 my-corpus/

Targets, with the properties tests/test_fuzz.py checks:
  feed    monitor.feeds.parse_feed on raw bytes: a Feed whose entries all have a key and a
          fingerprint, or a one-line ParseError; never anything else.
  split   monitor.split.split_document on a page (auto, liveblog, telegram hints), then
          split_liveblog and parse_channel_page directly: unique keys, or a ParseError.
  counts  monitor.counts.read_reports on text: sane reports (known weapon and attacker, no
          negative figure, a YYYY-MM-DD date or none).
Seeds are the project's own fixtures and labelled texts. Arguments after the target go to
libFuzzer (-runs, -max_total_time, corpus folders; without a folder, a temporary one holding the
seeds is used and its path printed: pass it next time to go on from there). A failing input is
saved as crash-<sha1> in the current folder, with its traceback on stderr;
`python bench/atheris_fuzz.py TARGET crash-<sha1>` runs it again.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

try:
    import atheris
except ImportError:
    sys.exit("atheris is not installed: pip install atheris (Linux or macOS, CPython 3.8-3.12)")

# Instrumented for coverage: our parsers, and the libraries they feed untrusted bytes to.
with atheris.instrument_imports(include=["monitor", "feedparser", "defusedxml"]):
    from monitor.counts import read_reports
    from monitor.errors import ParseError
    from monitor.feeds import parse_feed
    from monitor.liveblog import split_liveblog
    from monitor.models import WEAPONS, Document
    from monitor.split import split_document
    from monitor.telegram import parse_channel_page

URL = "http://127.0.0.1/fuzz"
PUBLISHED = [None, "2025-07-04", "2025-07-04T23:30:00+00:00", "garbage"]
HINTS = ["auto", "liveblog", "telegram"]


def fuzz_feed(data: bytes) -> None:
    try:
        feed = parse_feed(data, URL)
    except ParseError as error:
        assert "\n" not in str(error), str(error)
        return
    for entry in feed.entries:
        assert entry.key and entry.entry_hash, entry


def first_byte_and_text(data: bytes) -> tuple[int, str]:
    """A choice from the first byte, and the rest as a fetched page would be decoded (UTF-8,
    errors replaced), so that the seeds' non-ASCII text stays what it was."""
    return (data[0] if data else 0), data[1:].decode("utf-8", "replace")


def fuzz_split(data: bytes) -> None:
    choice, page = first_byte_and_text(data)
    hint = HINTS[choice % len(HINTS)]
    split = split_document(Document(url=URL, body=page, kind_hint=hint))
    if split is not None:
        method, updates = split
        assert method and len({update.key for update in updates}) == len(updates), method
    blog = split_liveblog(page, URL)
    if blog is not None:
        assert len({post.key for post in blog.posts}) == len(blog.posts)
    try:
        channel = parse_channel_page(page, URL)
    except ParseError:
        return
    assert all(message.post_id >= 0 for message in channel.messages)


def fuzz_counts(data: bytes) -> None:
    choice, text = first_byte_and_text(data)
    published = PUBLISHED[choice % len(PUBLISHED)]
    for report in read_reports(text, published=published):
        assert report.weapon in WEAPONS, report
        assert report.attacker in (None, "RU", "UA"), report
        for figure in (report.launched, report.destroyed):
            assert figure is None or figure >= 0, report
        assert report.date is None or len(report.date) == 10, report


def feed_seeds() -> Iterator[bytes]:
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*.xml")):
        yield path.read_bytes()


def page_seeds() -> Iterator[bytes]:
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*.htm*")):
        yield b"\x00" + path.read_bytes()  # the first byte picks the hint: auto


def text_seeds() -> Iterator[bytes]:
    for path in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield b"\x01" + json.loads(line)["text"].encode()  # published 2025-07-04


TARGETS: dict[str, tuple[Callable[[bytes], None], Callable[[], Iterator[bytes]]]] = {
    "feed": (fuzz_feed, feed_seeds),
    "split": (fuzz_split, page_seeds),
    "counts": (fuzz_counts, text_seeds),
}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: python bench/atheris_fuzz.py {{{','.join(TARGETS)}}} [libFuzzer args]")
    target, seeds = TARGETS[sys.argv[1]]
    arguments = [sys.argv[0], *sys.argv[2:]]
    if not any(not arg.startswith("-") for arg in arguments[1:]):
        corpus = Path(tempfile.mkdtemp(prefix=f"salvo-atheris-{sys.argv[1]}-"))
        for seed in seeds():
            (corpus / hashlib.sha1(seed).hexdigest()).write_bytes(seed)
        print(f"corpus: {corpus}", file=sys.stderr)
        arguments.append(str(corpus))
    atheris.Setup(arguments, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
