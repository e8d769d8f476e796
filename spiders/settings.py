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
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 5

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "WARNING"
FEED_EXPORT_ENCODING = "utf-8"

ITEM_PIPELINES = {"spiders.pipelines.IngestPipeline": 300}

# Where `scrapy crawl` stores what it finds; `salvo --db` overrides it.
SALVO_DB = os.environ.get("SALVO_DB", "salvo.db")
