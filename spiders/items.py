"""What spiders yield: raw fetched documents and fetch failures, nothing interpreted."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class PageItem:
    """A fetched page (or a feed entry whose page could not be fetched: then `body` is None)."""

    source: str
    kind: str  # "page" for a crawled URL, "feed-entry" for an entry of a polled feed
    url: str
    body: str | None
    content_type: str = "text/html"
    status: int | None = None
    entry: dict[str, Any] | None = None  # the feed entry, for feed-entry items
    error: str | None = None  # why the page could not be fetched, when body is None
    hint: str = "auto"  # what the user said the page is: auto, liveblog, page or telegram
    # A crawled page's validators (its first page only), for the next crawl's conditional GET.
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class FeedListing:
    """A fetched feed: what it lists, so that entries seen again are marked as seen. A crawled
    page that answered 304 is a listing of nothing, not modified."""

    source: str
    url: str
    title: str | None
    listed_keys: list[str] = field(default_factory=list)
    unchanged_keys: list[str] = field(default_factory=list)
    not_modified: bool = False  # answered 304 to a conditional GET: nothing was parsed
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None  # of the feed's bytes
    same_body: bool = False  # not modified: the bytes of the last poll, so not parsed


@dataclass
class FetchFailure:
    """A source URL that could not be fetched or read; one line for the user."""

    source: str
    url: str
    message: str
