"""Post times: ISO datetimes as given, or clock labels ("10:42 GMT") resolved on the page date."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from lxml import html

# Fixed offsets for the zone names outlets print next to a clock time.
_ZONES = {
    "gmt": 0,
    "utc": 0,
    "bst": 1,
    "cet": 1,
    "cest": 2,
    "eet": 2,
    "eest": 3,
    "msk": 3,
}
_CLOCK = re.compile(
    r"^\s*(?:(?:updated|mis à jour|оновлено|обновлено)\s*(?:at|à)?\s*)?"
    r"(?P<h>[01]?\d|2[0-3])\s*[:.h]\s*(?P<m>[0-5]\d)\s*(?P<ampm>[ap]\.?m\.?)?"
    r"\s*(?P<zone>gmt|utc|bst|cet|cest|eet|eest|msk)?\s*$",
    re.IGNORECASE,
)
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_PAGE_TIME_XPATH = (
    "//meta[@property='article:modified_time' or @itemprop='dateModified'"
    " or @property='og:updated_time' or @name='last-modified']/@content",
    "//meta[@property='article:published_time' or @itemprop='datePublished'"
    " or @name='pubdate' or @name='date']/@content",
)


def parse_iso(value: str | None) -> datetime | None:
    """A datetime from an ISO 8601 string ("Z" allowed), or None."""
    if not value or not _ISO.match(value.strip()):
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def iso_or_none(value: str | None) -> str | None:
    """The string itself when it is an ISO 8601 datetime, else None: times are kept as given."""
    return value.strip() if parse_iso(value) else None


def parse_clock(text: str) -> tuple[int, int, timezone | None] | None:
    """Hour, minute and zone of a short clock label ("10:42", "10.42 BST", "3:05pm GMT")."""
    if len(text) > 40:
        return None
    match = _CLOCK.match(text)
    if not match:
        return None
    hour, minute = int(match["h"]), int(match["m"])
    ampm = (match["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    zone = match["zone"]
    tz = timezone(timedelta(hours=_ZONES[zone.lower()])) if zone else None
    return hour, minute, tz


def page_time(tree: html.HtmlElement) -> datetime | None:
    """The page's last-modified (else published) time from its metadata, the anchor for clocks."""
    for xpath in _PAGE_TIME_XPATH:
        for value in tree.xpath(xpath):
            parsed = parse_iso(value)
            if parsed and parsed.tzinfo:
                return parsed
    return None


def resolve_clocks(
    clocks: list[tuple[int, int, timezone | None] | None], anchor: datetime | None
) -> list[str | None]:
    """ISO times for clock labels listed newest first; a later clock below an earlier one
    means the list crossed midnight, so the day goes back by one."""
    if anchor is None:
        return [None] * len(clocks)
    resolved: list[str | None] = []
    day_shift = 0
    previous: int | None = None
    for clock in clocks:
        if clock is None:
            resolved.append(None)
            continue
        hour, minute, tz = clock
        tz = tz or anchor.tzinfo
        minutes = hour * 60 + minute
        if previous is not None and minutes > previous:
            day_shift += 1
        previous = minutes
        day = anchor.astimezone(tz).date() - timedelta(days=day_shift)
        moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)
        resolved.append(moment.isoformat())
    return resolved
