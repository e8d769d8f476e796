"""Salvo: a scraper and feed monitor for news about air attacks."""

__version__ = "0.1.0"
