"""Scrapy spiders: they fetch and yield raw items; everything after fetching lives in monitor/."""
