"""What spiders share: turning responses and failures into raw items."""

from __future__ import annotations

from typing import Self

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
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TimeoutError
from twisted.python.failure import Failure

from monitor.urls import check_followed_url

try:  # Scrapy >= 2.14 wraps Twisted's network errors in its own
    from scrapy.exceptions import CannotResolveHostError
except ImportError:  # pragma: no cover
    CannotResolveHostError = DNSLookupError


def describe_failure(failure: Failure) -> str:
    """A short reason a person can read, instead of a Twisted traceback."""
    if failure.check(HttpError):
        return f"HTTP {failure.value.response.status}"
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
        source = getattr(self.crawler.spider, "url", None) or redirected_from[0]
        reason = check_followed_url(request.url, source, self.allow_private)
        if reason:
            raise IgnoreRequest(f"redirect to {request.url} refused: {reason}")


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
