"""`scrapy crawl feed -a url=URL`: fetch a feed, then the page of each new or changed entry."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import asdict
from typing import Any

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from monitor.errors import ParseError
from monitor.feeds import FeedEntry, discover_feeds, parse_feed
from monitor.urls import check_followed_url
from spiders.fetching import content_type, describe_failure, note_fresh_for, response_text
from spiders.items import FeedListing, FetchFailure, PageItem


class FeedSpider(scrapy.Spider):
    name = "feed"

    def __init__(
        self,
        url: str,
        source: str | None = None,
        known: dict[str, str | None] | None = None,
        validators: tuple[str | None, str | None] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.url = url
        self.source = source or url
        # Entry key -> fingerprint already stored; unchanged entries are not fetched again.
        self.known = known or {}
        # (ETag, Last-Modified) of the last answer: the server may say 304 instead of resending.
        self.validators = validators or (None, None)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        etag, last_modified = self.validators
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        yield scrapy.Request(
            self.url,
            headers=headers,
            callback=self.parse,
            errback=self.feed_failed,
            dont_filter=True,
            meta={"handle_httpstatus_list": [304]},
        )

    def parse(self, response: Response, discovered_from: str | None = None) -> Any:
        if response.status == 304:
            note_fresh_for(self.crawler, response)
            yield FeedListing(self.source, response.url, None, not_modified=True)
            return
        try:
            feed = parse_feed(response.body, response.url)
        except ParseError as exc:
            discovered = None if discovered_from else self._announced_feed(response)
            if discovered:
                # A home page where a feed was expected: `salvo poll https://outlet/` polls the
                # feed the page announces (<link rel="alternate">), one hop, never more.
                yield response.follow(
                    discovered,
                    callback=self.parse,
                    errback=self.feed_failed,
                    cb_kwargs={"discovered_from": response.url},
                    dont_filter=True,
                )
                return
            yield FetchFailure(self.source, self.url, str(exc))
            return
        note_fresh_for(self.crawler, response, feed.ttl)
        listing = FeedListing(
            self.source,
            response.url,
            feed.title,
            etag=_header(response, b"ETag"),
            last_modified=_header(response, b"Last-Modified"),
        )
        for entry in feed.entries:
            listing.listed_keys.append(entry.key)
            if self.known.get(entry.key) == entry.entry_hash:
                listing.unchanged_keys.append(entry.key)
                continue
            if not entry.link:
                yield self._entry_item(entry, None, error="entry has no link")
                continue
            link = response.urljoin(entry.link)
            # The feed chose this URL, not the user: checked before any request (robots.txt too).
            reason = check_followed_url(
                link, self.url, self.settings.getbool("SALVO_ALLOW_PRIVATE_URLS")
            )
            if reason:
                yield self._entry_item(entry, None, error=f"refused: {reason}")
                continue
            yield response.follow(
                link,
                callback=self.parse_entry,
                errback=self.entry_failed,
                cb_kwargs={"entry": entry},
                dont_filter=True,
            )
        yield listing

    def _announced_feed(self, response: Response) -> str | None:
        if "html" not in content_type(response):
            return None
        allow_private = self.settings.getbool("SALVO_ALLOW_PRIVATE_URLS")
        for url in discover_feeds(response.body, response.url):
            if not check_followed_url(url, self.url, allow_private):
                return url
        return None

    def _entry_item(
        self, entry: FeedEntry, response: Response | None, error: str | None = None
    ) -> PageItem:
        body = response_text(response) if response is not None else None
        return PageItem(
            source=self.source,
            kind="feed-entry",
            url=response.url if response is not None else (entry.link or self.url),
            body=body,
            content_type=content_type(response) if response is not None else "text/html",
            status=response.status if response is not None else None,
            entry=asdict(entry),
            error=error if body is None and error else (None if body else "not a text page"),
        )

    def parse_entry(self, response: Response, entry: FeedEntry) -> Any:
        yield self._entry_item(entry, response)

    def entry_failed(self, failure: Failure) -> Any:
        entry = failure.request.cb_kwargs["entry"]
        yield self._entry_item(entry, None, error=describe_failure(failure))

    def feed_failed(self, failure: Failure) -> Any:
        yield FetchFailure(self.source, self.url, describe_failure(failure))


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
