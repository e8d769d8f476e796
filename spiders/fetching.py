"""What spiders share: turning responses and failures into raw items."""

from __future__ import annotations

from scrapy.exceptions import (
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TimeoutError
from twisted.python.failure import Failure

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
    if failure.check(DownloadFailedError):
        return f"download failed ({failure.value})"
    if failure.check(IgnoreRequest):
        return str(failure.value) or "request refused (robots.txt or size limit)"
    return str(failure.value) or type(failure.value).__name__


def response_text(response: Response) -> str | None:
    """The decoded body of a textual response; None for binary content."""
    if isinstance(response, TextResponse):
        return response.text
    return None


def content_type(response: Response) -> str:
    raw = response.headers.get(b"Content-Type") or b""
    return raw.decode("latin-1").split(";")[0].strip().lower() or "application/octet-stream"
