"""`scrapy crawl feed -a url=URL`: fetch a feed, then the page of each new or changed entry."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass, field
from typing import Any

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from monitor.errors import ParseError
from monitor.feeds import FeedEntry, discover_feeds, parse_feed
from monitor.urls import check_followed_url
from spiders.fetching import (
    SourcesOfOneCrawl,
    conditional_headers,
    content_type,
    describe_failure,
    header,
    note_fresh_for,
    poll_scope,
    response_text,
)
from spiders.items import FeedListing, FetchFailure, PageItem


@dataclass
class FeedTarget:
    """One feed of a poll: its URL, its source name, what the store knows of it."""

    url: str
    source: str
    # Entry key -> fingerprint already stored; unchanged entries are not fetched again.
    known: dict[str, str | None] = field(default_factory=dict)
    # (ETag, Last-Modified) of the last answer: the server may say 304 instead of resending.
    validators: tuple[str | None, str | None] = (None, None)
    # Hash of the feed's bytes at the last poll that stored them all: the same bytes again are
    # not parsed, as if the server had said 304 (many send no validators).
    body_hash: str | None = None


class FeedSpider(SourcesOfOneCrawl, scrapy.Spider):
    """Polls one feed (`url`), or several (`feeds`, one dict of FeedTarget's fields each): one
    crawler start-up and one robots.txt per host for all of them, each feed still stored apart."""

    name = "feed"
    shared_argument = "feeds"  # several sources in one crawl (monitor.crawl)

    def __init__(
        self,
        url: str | None = None,
        source: str | None = None,
        known: dict[str, str | None] | None = None,
        validators: tuple[str | None, str | None] | None = None,
        body_hash: str | None = None,
        feeds: list[dict[str, Any]] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if feeds is None:
            feeds = [
                {
                    "url": url,
                    "source": source,
                    "known": known,
                    "validators": validators,
                    "body_hash": body_hash,
                }
            ]
        self._keep_targets(
            FeedTarget(
                feed["url"],
                feed.get("source") or feed["url"],
                feed.get("known") or {},
                feed.get("validators") or (None, None),
                feed.get("body_hash"),
            )
            for feed in feeds
        )
        # A feed's pages go before those of the feeds after it (per host; the scheduler spreads
        # the hosts): feeds complete in their order, and each is stored as soon as it is.
        self.priorities = {name: -rank for rank, name in enumerate(self.targets)}

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for target in self.targets.values():
            yield scrapy.Request(
                target.url,
                headers=conditional_headers(target.validators),
                callback=self.parse,
                errback=self.feed_failed,
                dont_filter=True,
                cb_kwargs={"feed": target.source},
                meta={"handle_httpstatus_list": [304], **poll_scope(target)},
            )

    def parse(
        self, response: Response, discovered_from: str | None = None, feed: str | None = None
    ) -> Any:
        target = self._target(feed)
        if response.status == 304:
            note_fresh_for(self.crawler, response)
            yield FeedListing(target.source, response.url, None, not_modified=True)
            return
        body_hash = hashlib.blake2b(response.body, digest_size=16).hexdigest()
        if body_hash == target.body_hash:
            note_fresh_for(self.crawler, response)
            yield FeedListing(target.source, response.url, None, not_modified=True, same_body=True)
            return
        try:
            parsed = parse_feed(response.body, response.url)
        except ParseError as exc:
            discovered = None if discovered_from else self._announced_feed(response, target)
            if discovered:
                # A home page where a feed was expected: `salvo poll https://outlet/` polls the
                # feed the page announces (<link rel="alternate">), one hop, never more.
                yield response.follow(
                    discovered,
                    callback=self.parse,
                    errback=self.feed_failed,
                    cb_kwargs={"discovered_from": response.url, "feed": target.source},
                    meta=poll_scope(target),
                    dont_filter=True,
                )
                return
            yield FetchFailure(target.source, target.url, str(exc))
            return
        note_fresh_for(self.crawler, response, parsed.ttl)
        listing = FeedListing(
            target.source,
            response.url,
            parsed.title,
            etag=header(response, b"ETag"),
            last_modified=header(response, b"Last-Modified"),
            body_hash=body_hash,
        )
        for entry in parsed.entries:
            listing.listed_keys.append(entry.key)
            if target.known.get(entry.key) == entry.entry_hash:
                listing.unchanged_keys.append(entry.key)
                continue
            if not entry.link:
                yield self._entry_item(target, entry, None, error="entry has no link")
                continue
            link = response.urljoin(entry.link)
            # The feed chose this URL, not the user: checked before any request (robots.txt too).
            reason = check_followed_url(
                link, target.url, self.settings.getbool("SALVO_ALLOW_PRIVATE_URLS")
            )
            if reason:
                yield self._entry_item(target, entry, None, error=f"refused: {reason}")
                continue
            yield response.follow(
                link,
                callback=self.parse_entry,
                errback=self.entry_failed,
                cb_kwargs={"entry": entry, "feed": target.source},
                meta=poll_scope(target),
                dont_filter=True,
                priority=self.priorities.get(target.source, 0),
            )
        yield listing

    def _announced_feed(self, response: Response, target: FeedTarget) -> str | None:
        if "html" not in content_type(response):
            return None
        allow_private = self.settings.getbool("SALVO_ALLOW_PRIVATE_URLS")
        for url in discover_feeds(response.body, response.url):
            if not check_followed_url(url, target.url, allow_private):
                return url
        return None

    def _entry_item(
        self,
        target: FeedTarget,
        entry: FeedEntry,
        response: Response | None,
        error: str | None = None,
    ) -> PageItem:
        body = response_text(response) if response is not None else None
        return PageItem(
            source=target.source,
            kind="feed-entry",
            url=response.url if response is not None else (entry.link or target.url),
            body=body,
            content_type=content_type(response) if response is not None else "text/html",
            status=response.status if response is not None else None,
            entry=asdict(entry),
            error=error if body is None and error else (None if body else "not a text page"),
        )

    def parse_entry(self, response: Response, entry: FeedEntry, feed: str | None = None) -> Any:
        yield self._entry_item(self._target(feed), entry, response)

    def entry_failed(self, failure: Failure) -> Any:
        kwargs = failure.request.cb_kwargs
        target = self._target(kwargs.get("feed"))
        yield self._entry_item(target, kwargs["entry"], None, error=describe_failure(failure))

    def feed_failed(self, failure: Failure) -> Any:
        target = self._target(failure.request.cb_kwargs.get("feed"))
        yield FetchFailure(target.source, target.url, describe_failure(failure))
