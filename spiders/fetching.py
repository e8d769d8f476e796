"""What spiders share: turning responses and failures into raw items."""

from __future__ import annotations

import math
import re
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import Any, Self

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import (
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.extensions.throttle import AutoThrottle
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import CancelledError
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TimeoutError
from twisted.python.failure import Failure

from monitor.urls import check_followed_url

try:  # Scrapy >= 2.14 wraps Twisted's network errors in its own
    from scrapy.exceptions import CannotResolveHostError
except ImportError:  # pragma: no cover
    CannotResolveHostError = DNSLookupError


# A server's Retry-After is obeyed up to this many seconds: a typo or a hostile header must not
# silence a source for months.
MAX_RETRY_AFTER = 6 * 3600
# Statuses whose Retry-After means "this host asks you to wait" (RFC 9110 10.2.3).
WAIT_STATUSES = (429, 503)
# Crawler stat: the latest time (Unix seconds) a host of this crawl asked it to wait until.
RETRY_AFTER_STAT = "salvo/retry_after_until"
# Crawler stat: seconds the source's answer stays fresh (Cache-Control max-age, RSS <ttl>);
# an adaptive source is not polled more often than that.
FRESH_FOR_STAT = "salvo/fresh_for"
_MAX_AGE = re.compile(r"(?:^|,)\s*max-age\s*=\s*\"?(\d+)", re.IGNORECASE)


class SourcesOfOneCrawl:
    """What a spider that crawls several sources at once (feeds, pages) tells the pipeline
    that stores each apart, and how its callbacks find theirs."""

    targets: dict[str, Any]  # source name -> its target (a dataclass with url and source)
    url: str  # the first target's
    source: str

    def _keep_targets(self, targets: Iterable[Any]) -> None:
        self.targets = {target.source: target for target in targets}
        first = next(iter(self.targets.values()))
        self.url, self.source = first.url, first.source

    @property
    def source_urls(self) -> dict[str, str]:
        """Source name -> URL, in the crawl's order."""
        return {target.source: target.url for target in self.targets.values()}

    def _target(self, name: str | None) -> Any:
        # Requests name their source; one queued before that field existed has none.
        return self.targets[name] if name is not None else self.targets[self.source]


class NotModifiedThrottle(AutoThrottle):
    """AutoThrottle that learns from a 304 as from a 200. Scrapy lets any other status only
    raise a host's delay (error pages are quick and would pull it down), so a poll of feeds
    that all answer 304 kept the start delay: 500 unchanged feeds took 11.8 s of wall, against
    3.8 s when the same feeds were sent in full. A 304 is the server's real answer to a
    conditional request, and the cheapest one it can give."""

    def _adjust_delay(self, slot: Any, latency: float, response: Response) -> None:
        if response.status == HTTPStatus.NOT_MODIFIED:
            response = response.replace(status=HTTPStatus.OK)
        super()._adjust_delay(slot, latency, response)


def poll_scope(target: Any) -> dict[str, str]:
    """Request meta that makes a host's 429 stop this source's requests only, as when each
    source was a crawl of its own (RetryAfterGuard); a distributed worker puts its poll id
    there instead."""
    return {"salvo_poll": target.source}


def conditional_headers(validators: tuple[str | None, str | None]) -> dict[str, str]:
    """The headers of a conditional GET from the last answer's (ETag, Last-Modified)."""
    etag, last_modified = validators
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def header(response: Response, name: bytes) -> str | None:
    """A response header as text (latin-1, as HTTP has it), or None."""
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def fresh_seconds(cache_control: str | None, ttl: int | None = None) -> int | None:
    """How long the server says an answer stays fresh: its Cache-Control max-age (none with
    no-store or no-cache), or a feed's <ttl> in seconds, whichever is longer."""
    control = (cache_control or "").lower()
    match = _MAX_AGE.search(control)
    max_age = 0
    if match and "no-store" not in control and "no-cache" not in control:
        max_age = int(match.group(1))
    return max(max_age, ttl or 0) or None


def note_fresh_for(crawler: Crawler, response: Response, ttl: int | None = None) -> None:
    """Keep in the crawl's stats how long this answer stays fresh (see fresh_seconds)."""
    raw = response.headers.get(b"Cache-Control")
    fresh = fresh_seconds(raw.decode("latin-1") if raw else None, ttl)
    if fresh and crawler.stats is not None:
        crawler.stats.max_value(FRESH_FOR_STAT, fresh)


def parse_retry_after(
    value: str | bytes | None, now: datetime, cap: float = MAX_RETRY_AFTER
) -> float | None:
    """Seconds to wait from a Retry-After value: delay-seconds ("120") or an HTTP-date.

    None when absent, unreadable, or not in the future; at most `cap`."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if not text:
        return None
    if text.isascii() and text.isdigit():
        seconds = float(text)
    else:
        try:
            when = parsedate_to_datetime(text)
        except (ValueError, TypeError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:  # asctime dates carry no zone: HTTP dates are GMT
            when = when.replace(tzinfo=UTC)
        seconds = (when - now).total_seconds()
    if seconds <= 0:
        return None
    return min(seconds, cap)


def wait_message(status: int, seconds: float | None) -> str:
    """'HTTP 429 Too Many Requests, retry after 120 s'."""
    try:
        text = f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        text = f"HTTP {status}"
    if seconds is not None:
        text += f", retry after {math.ceil(seconds)} s"
    return text


def describe_failure(failure: Failure) -> str:
    """A short reason a person can read, instead of a Twisted traceback."""
    if failure.check(HttpError):
        response = failure.value.response
        if response.status in WAIT_STATUSES:
            return wait_message(response.status, response.meta.get("salvo_retry_after"))
        return f"HTTP {response.status}"
    if failure.check(DNSLookupError, CannotResolveHostError):
        return "host not found"
    if failure.check(ConnectionRefusedError, DownloadConnectionRefusedError):
        return "connection refused"
    if failure.check(TimeoutError, DownloadTimeoutError):
        return "timed out"
    if failure.check(DownloadCancelledError, CancelledError):
        # Scrapy cancels a download whose Content-Length, or whose body, passes DOWNLOAD_MAXSIZE.
        return "response larger than the size limit (DOWNLOAD_MAXSIZE); not read"
    if failure.check(ResponseDataLossError):
        return "connection closed before the whole body arrived"
    if failure.check(DownloadFailedError):
        return f"download failed ({failure.value})"
    if failure.check(IgnoreRequest):
        message = str(failure.value)
        if "during decompression" in message:  # HttpCompressionMiddleware's size cap
            return "response larger than the size limit once decompressed (DOWNLOAD_MAXSIZE)"
        if message == "max redirections reached":
            return "too many redirects"
        return message or "request refused (robots.txt or size limit)"
    # One line whatever the exception says: some carry a multi-line repr.
    text = str(failure.value) or type(failure.value).__name__
    return " ".join(text.split())


class FollowedUrlGuard:
    """Downloader middleware: a redirect's target is chosen by the server, so it is checked like
    a link found in content (monitor.urls) before anything, robots.txt included, is sent to it."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.allow_private = crawler.settings.getbool("SALVO_ALLOW_PRIVATE_URLS")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        redirected_from = request.meta.get("redirect_urls")
        if not redirected_from:
            return  # the spider's own request: the user's URL, or a link the spider checked
        # The user's URL is the spider's; a robots.txt or other request falls back on the first
        # URL of its redirect chain.
        source = (
            request.meta.get("salvo_source_url")  # a distributed worker's request (many sources)
            or getattr(self.crawler.spider, "url", None)
            or redirected_from[0]
        )
        reason = check_followed_url(request.url, source, self.allow_private)
        if reason:
            raise IgnoreRequest(f"redirect to {request.url} refused: {reason}")


class RetryAfterGuard:
    """Downloader middleware: a host that answers 429 (or 503 with Retry-After) is asked
    nothing more in this crawl, and its Retry-After is kept in the crawl's stats for the daemon.

    Placed after RetryMiddleware (550) so it sees the response first: retrying at once would
    hammer a host that has just asked us to slow down. A 503 without Retry-After is an ordinary
    server error and is retried as before.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.refused: dict[tuple[str | None, str], str] = {}  # -> why it is asked nothing more

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        host = urlparse_cached(request).hostname or ""
        if (key := _wait_scope(request)) in self.refused:
            raise IgnoreRequest(f"not sent: {host} asked to wait ({self.refused[key]})")

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status not in WAIT_STATUSES:
            return response
        seconds = parse_retry_after(response.headers.get(b"Retry-After"), datetime.now(UTC))
        if response.status == 503 and seconds is None:
            return response
        request.meta["dont_retry"] = True
        request.meta["salvo_retry_after"] = seconds
        self.refused[_wait_scope(request)] = wait_message(response.status, seconds)
        if seconds is not None and self.crawler.stats is not None:
            self.crawler.stats.max_value(RETRY_AFTER_STAT, time.time() + seconds)
        return response


def _wait_scope(request: Request) -> tuple[str | None, str]:
    """(poll, host): a distributed worker's crawl never ends, so a host's "wait" holds for the
    rest of that poll only; a plain crawl has no poll id and is one poll."""
    return request.meta.get("salvo_poll"), urlparse_cached(request).hostname or ""


# Content types whose body is text. Scrapy guesses a text response from the URL or the first
# bytes when the server says application/octet-stream, so the header alone is not enough.
TEXT_TYPES = ("text/", "application/xhtml", "application/xml", "application/json")
TEXT_SUFFIXES = ("+xml", "+json")


def response_text(response: Response) -> str | None:
    """The decoded body of a textual response; None for binary content."""
    if not isinstance(response, TextResponse):
        return None
    declared = content_type(response)
    if response.headers.get(b"Content-Type") and not (
        declared.startswith(TEXT_TYPES) or declared.endswith(TEXT_SUFFIXES)
    ):
        return None  # an image or a download behind an .html URL
    encoding = response.encoding.lower().replace("_", "-")
    if b"\x00" in response.body[:1024] and not encoding.startswith(("utf-16", "utf-32")):
        return None  # NUL bytes: binary, whatever the URL or the header claims
    return response.text


def content_type(response: Response) -> str:
    raw = response.headers.get(b"Content-Type") or b""
    return raw.decode("latin-1").split(";")[0].strip().lower() or "application/octet-stream"
