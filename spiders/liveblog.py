"""`scrapy crawl liveblog -a url=URL`: fetch one live-blog page, channel page or article."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from monitor.liveblog.pages import older_page_url
from monitor.telegram import is_channel_page, parse_channel_page
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
class PageTarget:
    """One page of a crawl: its URL, its source name, how to read it."""

    url: str
    source: str
    # How many pages to read: older pages of a live blog or channel, on a backfill.
    pages: int = 1
    kind: str = "auto"  # what the user says the page is; auto lets the markup decide
    # (ETag, Last-Modified) of its last answer: the server may say 304 instead of resending.
    validators: tuple[str | None, str | None] = (None, None)


class LiveblogSpider(SourcesOfOneCrawl, scrapy.Spider):
    """Crawls one page (`url`), or several (`targets`, one dict of PageTarget's fields each):
    one crawler start-up and one robots.txt per host for all of them, each still stored apart."""

    name = "liveblog"
    shared_argument = "targets"  # several sources in one crawl (monitor.crawl)

    def __init__(
        self,
        url: str | None = None,
        source: str | None = None,
        pages: int | str = 1,
        kind: str = "auto",
        validators: tuple[str | None, str | None] | None = None,
        targets: list[dict[str, Any]] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if targets is None:
            targets = [
                {
                    "url": url,
                    "source": source,
                    "pages": pages,
                    "kind": kind,
                    "validators": validators,
                }
            ]
        self._keep_targets(
            PageTarget(
                given["url"],
                given.get("source") or given["url"],
                max(1, int(given.get("pages") or 1)),
                given.get("kind") or "auto",
                given.get("validators") or (None, None),
            )
            for given in targets
        )

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for target in self.targets.values():
            yield scrapy.Request(
                target.url,
                headers=conditional_headers(target.validators),
                callback=self.parse,
                errback=self.failed,
                dont_filter=True,
                cb_kwargs={"target": target.source},
                meta={"handle_httpstatus_list": [304], **poll_scope(target)},
            )

    def parse(self, response: Response, page: int = 1, target: str | None = None) -> Any:
        crawled = self._target(target)
        if response.status == 304:
            note_fresh_for(self.crawler, response)
            yield FeedListing(crawled.source, response.url, None, not_modified=True)
            return
        body = response_text(response)
        if body is None:
            message = f"not a text page ({content_type(response)})"
            yield FetchFailure(crawled.source, crawled.url, message)
            return
        if page == 1:
            note_fresh_for(self.crawler, response)
        yield PageItem(
            source=crawled.source,
            kind="page",
            url=response.url,
            body=body,
            content_type=content_type(response),
            status=response.status,
            hint=crawled.kind,
            etag=header(response, b"ETag") if page == 1 else None,
            last_modified=header(response, b"Last-Modified") if page == 1 else None,
        )
        if page >= crawled.pages:
            return
        older = self._older_page(crawled, body, response.url)
        if older is None:
            return
        # After a redirect response.url is the server's choice: checked like a link.
        reason = check_followed_url(
            older, crawled.url, self.settings.getbool("SALVO_ALLOW_PRIVATE_URLS")
        )
        if reason:
            yield FetchFailure(crawled.source, older, f"refused: {reason}")
            return
        yield response.follow(
            older,
            callback=self.parse,
            cb_kwargs={"page": page + 1, "target": crawled.source},
            meta=poll_scope(crawled),
            dont_filter=True,
        )

    @staticmethod
    def _older_page(target: PageTarget, body: str, url: str) -> str | None:
        """The page with the posts just older: a channel's ?before=, a live blog's next page."""
        if target.kind in ("auto", "telegram") and is_channel_page(body, url):
            before = parse_channel_page(body, url).before
            # Built on the URL fetched, so a mirror or a saved copy's host is kept.
            return urljoin(url, f"?before={before}") if before is not None else None
        if target.kind == "page":
            return None  # an article has no older posts
        return older_page_url(body, url)

    def failed(self, failure: Failure) -> Any:
        target = self._target(failure.request.cb_kwargs.get("target"))
        yield FetchFailure(target.source, target.url, describe_failure(failure))
