"""Serve a replay corpus (feeds and pages, round by round) on 127.0.0.1 for the demo and tests.

A corpus directory holds `replay.json`:

    {"rounds": [
       {"name": "morning of 29 June",
        "files": {"/kyiv-wire/rss.xml": "feeds/kyiv-wire.r0.rss.xml",
                  "/feed.xml": {"file": "f.xml", "content_type": "application/xml"},
                  "/gone.html": {"status": 410},
                  "/moved": {"status": 301, "headers": {"Location": "{{base}}/new"}}}},
       {"name": "...", "files": {"/kyiv-wire/rss.xml": "feeds/kyiv-wire.r1.rss.xml",
                                 "/old.html": null}}]}

Round N serves the union of rounds 0..N, a later round overriding a path (`null` removes it).
In text files (.xml, .html, .htm, .json, .txt) and header values every `{{base}}` becomes the
server's base URL, so a corpus can hold absolute links while the port is random. Responses carry
an ETag (hash of the served bytes) and a Last-Modified that moves only when those bytes change, and
conditional requests get 304. `/robots.txt` allows everything unless the corpus has its own.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import mimetypes
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple, Self
from urllib.parse import unquote, urlsplit

PLACEHOLDER = b"{{base}}"
TEXT_SUFFIXES = (".xml", ".html", ".htm", ".json", ".txt")
DEFAULT_ROBOTS = b"User-agent: *\nDisallow:\n"
CONTENT_TYPES = (  # by the end of the corpus file's name, first match wins
    (".rss.xml", "application/rss+xml; charset=utf-8"),
    (".atom.xml", "application/atom+xml; charset=utf-8"),
    (".xml", "application/xml; charset=utf-8"),
    (".html", "text/html; charset=utf-8"),
    (".htm", "text/html; charset=utf-8"),
    (".json", "application/json"),
    (".txt", "text/plain; charset=utf-8"),
)


class ReplayError(ValueError):
    """The corpus directory or its replay.json is not usable."""


@dataclass(frozen=True)
class Entry:
    """What one path serves: a corpus file, a status, extra headers."""

    file: Path | None
    content_type: str | None = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)

    def media_type(self) -> str:
        """The Content-Type: the override, else by the file's extension."""
        if self.content_type:
            return self.content_type
        if self.file is None:
            return "text/plain; charset=utf-8"
        name = self.file.name.lower()
        for suffix, media in CONTENT_TYPES:
            if name.endswith(suffix):
                return media
        return mimetypes.guess_type(name)[0] or "application/octet-stream"


@dataclass(frozen=True)
class Round:
    """One round of replay.json: its name and the paths it adds, overrides or removes."""

    name: str
    files: dict[str, Entry | None]


class Request(NamedTuple):
    """One request the server answered."""

    method: str
    path: str  # without the query string
    target: str  # as sent: path and query
    status: int
    headers: dict[str, str]


def load_rounds(corpus_dir: Path) -> list[Round]:
    """Read and check `replay.json`: every referenced file must exist inside the corpus."""
    manifest = corpus_dir / "replay.json"
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ReplayError(f"{manifest}: no such file") from exc
    except (OSError, json.JSONDecodeError) as exc:
        raise ReplayError(f"{manifest}: {exc}") from exc
    raw_rounds = data.get("rounds") if isinstance(data, dict) else None
    if not isinstance(raw_rounds, list) or not raw_rounds:
        raise ReplayError(f"{manifest}: needs a non-empty list under 'rounds'")
    root = corpus_dir.resolve()
    rounds = []
    for index, raw in enumerate(raw_rounds):
        if not isinstance(raw, dict) or not isinstance(raw.get("files", {}), dict):
            raise ReplayError(f"{manifest}: round {index} must be an object with 'files'")
        files = {
            path: _entry(root, manifest, index, path, spec)
            for path, spec in raw.get("files", {}).items()
        }
        rounds.append(Round(str(raw.get("name") or f"round {index}"), files))
    return rounds


def _entry(root: Path, manifest: Path, index: int, path: str, spec: Any) -> Entry | None:
    where = f"{manifest}: round {index}, {path!r}"
    if not path.startswith("/"):
        raise ReplayError(f"{where}: a path must start with '/'")
    if spec is None:
        return None
    if isinstance(spec, str):
        spec = {"file": spec}
    if not isinstance(spec, dict) or not ({"file", "status"} & spec.keys()):
        raise ReplayError(f"{where}: give a file name or an object with 'file' or 'status'")
    unknown = spec.keys() - {"file", "content_type", "status", "headers"}
    if unknown:
        raise ReplayError(f"{where}: unknown keys {sorted(unknown)}")
    file = None
    if spec.get("file") is not None:
        file = (root / spec["file"]).resolve()
        if not file.is_relative_to(root):
            raise ReplayError(f"{where}: {spec['file']} is outside the corpus")
        if not file.is_file():
            raise ReplayError(f"{where}: {spec['file']} does not exist")
    status = spec.get("status", 200)
    headers = spec.get("headers", {})
    if not isinstance(status, int) or not 100 <= status <= 599:
        raise ReplayError(f"{where}: bad status {status!r}")
    if not isinstance(headers, dict):
        raise ReplayError(f"{where}: 'headers' must be an object")
    extra = {str(name): str(value) for name, value in headers.items()}
    return Entry(file, spec.get("content_type"), status, extra)


class ReplayServer:
    """A corpus served over HTTP on a daemon thread; rounds replay how the sites changed."""

    def __init__(
        self,
        corpus_dir: Path | str,
        host: str = "127.0.0.1",
        port: int = 0,
        verbose: bool = False,
    ) -> None:
        """Load the corpus (errors surface here, not at the first request); do not listen yet."""
        self.corpus_dir = Path(corpus_dir)
        self.host = host
        self.port = port
        self.verbose = verbose
        self._rounds = load_rounds(self.corpus_dir)
        self._round = 0
        self._lock = threading.Lock()
        self._log: list[Request] = []
        # path -> (etag, last-modified epoch): Last-Modified moves only when the bytes change.
        self._stamps: dict[str, tuple[str, int]] = {}
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._base_url: str | None = None

    # lifecycle

    def start(self) -> Self:
        """Bind and serve from a daemon thread; returns self."""
        if self._httpd is not None:
            return self
        httpd = _Server((self.host, self.port), _handler_for(self))
        host, port = httpd.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else host
        self._base_url = f"http://{f'[{host}]' if ':' in host else host}:{port}"
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, args=(0.05,), name=f"replay-{self.base_url}", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket (idempotent)."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        httpd.shutdown()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> Self:
        """Start serving."""
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop serving."""
        self.stop()

    @property
    def running(self) -> bool:
        """Whether the server is listening."""
        return self._httpd is not None

    @property
    def base_url(self) -> str:
        """Like http://127.0.0.1:PORT (kept after stop); RuntimeError before start."""
        if self._base_url is None:
            raise RuntimeError("ReplayServer is not started")
        return self._base_url

    def url(self, path: str) -> str:
        """The absolute URL of a corpus path."""
        return self.base_url + path

    # rounds

    @property
    def round(self) -> int:
        """The current round, from 0."""
        return self._round

    @property
    def round_names(self) -> list[str]:
        """The name of every round, in order."""
        return [r.name for r in self._rounds]

    @property
    def round_name(self) -> str:
        """The name of the current round."""
        return self._rounds[self._round].name

    def advance(self) -> int:
        """Move to the next round (no-op at the last one); returns the current round."""
        with self._lock:
            self._round = min(self._round + 1, len(self._rounds) - 1)
            return self._round

    def set_round(self, index: int) -> None:
        """Jump to round `index` (0-based); IndexError when there is no such round."""
        if not 0 <= index < len(self._rounds):
            raise IndexError(f"round {index} out of range 0..{len(self._rounds) - 1}")
        with self._lock:
            self._round = index

    def files(self, index: int | None = None) -> dict[str, Entry]:
        """The paths served in a round (default: the current one) and what each serves."""
        index = self._round if index is None else index
        if not 0 <= index < len(self._rounds):
            raise IndexError(f"round {index} out of range 0..{len(self._rounds) - 1}")
        served: dict[str, Entry] = {}
        for rnd in self._rounds[: index + 1]:
            for path, entry in rnd.files.items():
                if entry is None:
                    served.pop(path, None)
                else:
                    served[path] = entry
        return served

    # requests seen

    @property
    def requests(self) -> list[str]:
        """The paths requested so far (query strings dropped), in order; a copy."""
        with self._lock:
            return [r.path for r in self._log]

    @property
    def request_log(self) -> list[Request]:
        """Every request answered so far with its method, status and headers; a copy."""
        with self._lock:
            return list(self._log)

    def hits(self) -> Counter[str]:
        """How many times each path was requested."""
        return Counter(self.requests)

    def clear_requests(self) -> None:
        """Forget the requests seen so far."""
        with self._lock:
            self._log.clear()

    # serving

    def render(self, path: str) -> tuple[Entry, bytes] | None:
        """What `path` serves in the current round, with `{{base}}` substituted; None if absent."""
        with self._lock:
            entry = self.files().get(path)
        if entry is None and path == "/robots.txt":
            return Entry(None, "text/plain; charset=utf-8"), DEFAULT_ROBOTS
        if entry is None:
            return None
        body = entry.file.read_bytes() if entry.file is not None else b""
        if entry.file is not None and entry.file.name.lower().endswith(TEXT_SUFFIXES):
            body = body.replace(PLACEHOLDER, self.base_url.encode("ascii"))
        return entry, body

    def _stamp(self, path: str, body: bytes) -> tuple[str, int]:
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        with self._lock:
            previous = self._stamps.get(path)
            if previous is None or previous[0] != etag:
                modified = int(time.time())
                if previous is not None:
                    modified = max(modified, previous[1] + 1)
                previous = (etag, modified)
                self._stamps[path] = previous
            return previous

    def _record(self, request: Request) -> None:
        with self._lock:
            self._log.append(request)


class _Server(ThreadingHTTPServer):
    """One thread per connection; a deep backlog so bursts of crawler requests are not dropped."""

    daemon_threads = True
    request_queue_size = 128


def _not_modified(headers: Any, etag: str, modified: int) -> bool:
    """RFC 9110 conditional GET: If-None-Match wins over If-Modified-Since."""
    if_none_match = headers.get("If-None-Match")
    if if_none_match is not None:
        tags = [t.strip() for t in if_none_match.split(",")]
        return "*" in tags or any(t.removeprefix("W/") == etag for t in tags)
    if_modified_since = headers.get("If-Modified-Since")
    if if_modified_since:
        try:
            since = email.utils.parsedate_to_datetime(if_modified_since).timestamp()
        except (TypeError, ValueError, IndexError, OverflowError):
            return False
        return modified <= since
    return False


def _handler_for(server: ReplayServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        """GET and HEAD over the current round of the corpus."""

        protocol_version = "HTTP/1.1"
        server_version = "SalvoReplay/1.0"
        sys_version = ""
        timeout = 30

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            """Serve a path with its body."""
            self._serve(with_body=True)

        def do_HEAD(self) -> None:  # noqa: N802
            """Serve a path's headers only."""
            self._serve(with_body=False)

        def _serve(self, with_body: bool) -> None:
            parts = urlsplit(self.path)
            path = unquote(parts.path) or "/"
            # A manifest path may name a query ("/s/channel?before=100"): it wins when it matches.
            found = server.render(f"{path}?{parts.query}") if parts.query else None
            found = found or server.render(path)
            if found is None:
                status, body = 404, b"Not found\n"
                headers = {"Content-Type": "text/plain; charset=utf-8"}
            else:
                entry, body = found
                status = entry.status
                etag, modified = server._stamp(path, body)
                headers = {
                    "Content-Type": entry.media_type(),
                    "ETag": etag,
                    "Last-Modified": email.utils.formatdate(modified, usegmt=True),
                }
                base = server.base_url
                headers |= {k: v.replace("{{base}}", base) for k, v in entry.headers.items()}
                if status == 200 and _not_modified(self.headers, etag, modified):
                    status, body = 304, b""
            server._record(Request(self.command, path, self.path, status, dict(self.headers)))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if with_body and status != 304:
                self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            """Quiet unless the server is verbose."""
            if server.verbose:
                sys.stderr.write(f"replay {self.address_string()} - {format % args}\n")

    return Handler
