"""`scrapy crawl liveblog -a url=URL`: fetch one live-blog page, channel page or article."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urljoin

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from monitor.liveblog.pages import older_page_url
from monitor.telegram import is_channel_page, parse_channel_page
from monitor.urls import check_followed_url
from spiders.fetching import content_type, describe_failure, note_fresh_for, response_text
from spiders.items import FetchFailure, PageItem


class LiveblogSpider(scrapy.Spider):
    name = "liveblog"

    def __init__(
        self,
        url: str,
        source: str | None = None,
        pages: int | str = 1,
        kind: str = "auto",
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.url = url
        self.source = source or url
        self.kind = kind  # what the user says the page is; auto lets the markup decide
        # How many pages to read: older pages of a live blog or channel, on a backfill.
        self.pages = max(1, int(pages))

    async def start(self) -> AsyncIterator[scrapy.Request]:
        yield scrapy.Request(self.url, callback=self.parse, errback=self.failed, dont_filter=True)

    def parse(self, response: Response, page: int = 1) -> Any:
        body = response_text(response)
        if body is None:
            yield FetchFailure(self.source, self.url, f"not a text page ({content_type(response)})")
            return
        if page == 1:
            note_fresh_for(self.crawler, response)
        yield PageItem(
            source=self.source,
            kind="page",
            url=response.url,
            body=body,
            content_type=content_type(response),
            status=response.status,
            hint=self.kind,
        )
        if page >= self.pages:
            return
        older = self._older_page(body, response.url)
        if older is None:
            return
        # After a redirect response.url is the server's choice: checked like a link.
        reason = check_followed_url(
            older, self.url, self.settings.getbool("SALVO_ALLOW_PRIVATE_URLS")
        )
        if reason:
            yield FetchFailure(self.source, older, f"refused: {reason}")
            return
        yield response.follow(
            older, callback=self.parse, cb_kwargs={"page": page + 1}, dont_filter=True
        )

    def _older_page(self, body: str, url: str) -> str | None:
        """The page with the posts just older: a channel's ?before=, a live blog's next page."""
        if self.kind in ("auto", "telegram") and is_channel_page(body, url):
            before = parse_channel_page(body, url).before
            # Built on the URL fetched, so a mirror or a saved copy's host is kept.
            return urljoin(url, f"?before={before}") if before is not None else None
        if self.kind == "page":
            return None  # an article has no older posts
        return older_page_url(body, url)

    def failed(self, failure: Failure) -> Any:
        yield FetchFailure(self.source, self.url, describe_failure(failure))
