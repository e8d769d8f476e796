"""Scrapy settings: politeness and limits live here, read by every spider and by `salvo`."""

import os

BOT_NAME = "salvo"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

USER_AGENT = "Salvo/0.1 (air-attack news monitor; +https://github.com/salvo-monitor/salvo)"
ROBOTSTXT_OBEY = True

# Politeness: few parallel requests per host, adapting to the server's latency.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.25
AUTOTHROTTLE_MAX_DELAY = 30
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

# Limits: a monitor must not hang on a slow server nor swallow a huge page.
# A server that sends nothing, or trickles a body, is given up after 30 s per attempt (the whole
# download, not each read); `scrapy crawl ... -s DOWNLOAD_TIMEOUT=2` lowers it.
DOWNLOAD_TIMEOUT = 30
# The largest live blog seen is a few MB: 32 MiB leaves room and still bounds memory. A body
# announced larger (Content-Length) is refused before it is read, one that grows larger is cut
# off; Scrapy's HttpCompressionMiddleware (2.11+) applies the same cap to the decompressed size,
# so a gzip, deflate, brotli or zstd bomb stops at 32 MiB inflated, not at its compressed size.
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024
# 5xx and dropped connections are tried twice more; after that the source fails this round.
RETRY_ENABLED = True
RETRY_TIMES = 2
# Scrapy's default list without 429: a host that says "too many requests" is not asked again in
# the same crawl (spiders.fetching.RetryAfterGuard); the daemon waits out its Retry-After.
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408]
# Real sites redirect once or twice (http -> https, a trailing slash); a loop stops at the 6th.
REDIRECT_MAX_TIMES = 5
# Only http(s) is ever fetched: Scrapy would otherwise read file://, data:, ftp:// and s3://
# URLs, and a feed or a redirect must never make it read a local file.
DOWNLOAD_HANDLERS = {"file": None, "data": None, "ftp": None, "s3": None}
# Redirects are checked like links found in content (monitor.urls): before robots.txt (100),
# so a refused host is never contacted at all. A 429 or a Retry-After is read at 560, i.e.
# before RetryMiddleware (550) sees the response, so it is never retried at once.
DOWNLOADER_MIDDLEWARES = {
    "spiders.fetching.FollowedUrlGuard": 50,
    "spiders.fetching.RetryAfterGuard": 560,
}
# Links and redirects into loopback or private ranges are refused unless on the source's host;
# True lets a monitor on a private network follow them.
SALVO_ALLOW_PRIVATE_URLS = False

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19 starts, by default, an HTTP server on localhost that runs any Python code sent
# with a token it writes to the user's profile: a door into a daemon that runs for months.
REMOTE_CONTROL_ENABLED = False
EXTENSIONS = {
    # Off, and not even imported: its module loads aiohttp (~10 MiB, ~0.2 s at each start).
    "scrapy.extensions.remote_control.RemoteControl": None,
    # The same AutoThrottle, but a 304 may lower a host's delay as a 200 does.
    "scrapy.extensions.throttle.AutoThrottle": None,
    "spiders.fetching.NotModifiedThrottle": 0,
}
LOG_LEVEL = "WARNING"
FEED_EXPORT_ENCODING = "utf-8"

ITEM_PIPELINES = {"spiders.pipelines.IngestPipeline": 300}

# Where `scrapy crawl` stores what it finds; `salvo --db` overrides it.
SALVO_DB = os.environ.get("SALVO_DB", "salvo.db")

# Scrapy reads each callback's source to warn about generators that return a value; our
# callbacks are bound methods, new objects each time, so its cache never hits: ~0.6 ms a page.
WARN_ON_GENERATOR_RETURN_VALUE = False
# Each thing a callback yields passes every spider middleware (an async generator each). Not
# these two: depth is never limited here (follow-ups are bounded by the spiders themselves),
# and the meta-copy check warns about a mistake our spiders do not make.
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
}
# A response yields one item or a few; Scrapy starts this many tasks for each response
# (default 100), ~0.5 ms a page for nothing: our item pipeline waits only for a busy worker.
CONCURRENT_ITEMS = 4
# Requests are queued per host and taken from the least busy host first, by priority within a
# host (Scrapy's choice for crawls over many sites): one feed's pages never fill the downloader
# while other hosts wait, and a poll's feeds complete in their order (spiders/feed.py).
SCHEDULER_PRIORITY_QUEUE = "scrapy.pqueues.DownloaderAwarePriorityQueue"
