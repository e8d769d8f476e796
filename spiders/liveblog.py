"""`scrapy crawl liveblog -a url=URL`: fetch one live-blog page, channel page or article."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from spiders.fetching import content_type, describe_failure, response_text
from spiders.items import FetchFailure, PageItem


class LiveblogSpider(scrapy.Spider):
    name = "liveblog"

    def __init__(self, url: str, source: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.url = url
        self.source = source or url

    async def start(self) -> AsyncIterator[scrapy.Request]:
        yield scrapy.Request(self.url, callback=self.parse, errback=self.failed, dont_filter=True)

    def parse(self, response: Response) -> Any:
        body = response_text(response)
        if body is None:
            yield FetchFailure(self.source, self.url, f"not a text page ({content_type(response)})")
            return
        yield PageItem(
            source=self.source,
            kind="page",
            url=response.url,
            body=body,
            content_type=content_type(response),
            status=response.status,
        )

    def failed(self, failure: Failure) -> Any:
        yield FetchFailure(self.source, self.url, describe_failure(failure))
