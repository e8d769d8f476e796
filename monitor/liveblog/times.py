"""Post times: ISO datetimes as given, or clock labels ("10:42 GMT") resolved on the page date."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from lxml import html

# A clock with no zone, on a page that gives none, is read in the zone of the events Salvo
# watches (the air-raid sirens, the Air Force's nights): right for Ukrainian and Russian
# outlets (both UTC+3 in summer), and for foreign ones that print Kyiv time.
DEFAULT_ZONE = ZoneInfo("Europe/Kyiv")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# News URLs often carry their day: /2025/08/28/, /2025/jul/09/, /2025-08-28/.
_URL_DAY = re.compile(
    r"/(?P<y>20\d\d)[/-](?P<m>0?[1-9]|1[0-2]|" + "|".join(_MONTHS) + r")"
    r"[/-](?P<d>[0-3]?\d)(?:/|$|-)",
    re.IGNORECASE,
)
_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")

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


def day_of(value: str | None) -> date | None:
    """The day of a date-only value ("2025-10-10", a `<time datetime>` without a time)."""
    match = _DAY.match(value or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def url_day(url: str) -> date | None:
    """The day a news URL carries in its path, if any."""
    match = _URL_DAY.search(url)
    if not match:
        return None
    month = match["m"].lower()
    number = _MONTHS.index(month) + 1 if month in _MONTHS else int(month)
    try:
        return date(int(match["y"]), number, int(match["d"]))
    except ValueError:
        return None


def page_time(tree: html.HtmlElement, url: str = "") -> datetime | None:
    """The anchor for clock labels: the page's last-modified (else published) time from its
    metadata; else the end of the day its URL names, in the default zone."""
    for xpath in _PAGE_TIME_XPATH:
        for value in tree.xpath(xpath):
            parsed = parse_iso(value)
            if parsed and parsed.tzinfo:
                return parsed
    day = url_day(url)
    if day is not None:
        return datetime.combine(day, time(23, 59, 59), tzinfo=DEFAULT_ZONE)
    return None


def resolve_clocks(
    clocks: list[tuple[int, int, timezone | None] | None],
    anchor: datetime | None,
    days: list[date | None] | None = None,
) -> list[str | None]:
    """ISO times for clock labels listed newest first; a later clock below an earlier one
    means the list crossed midnight, so the day goes back by one. `days`: a post's own day
    where the page gives it (a date-only `<time datetime>`), which wins over counting back."""
    days = days or [None] * len(clocks)
    resolved: list[str | None] = []
    day_shift = 0
    previous: int | None = None
    for clock, own_day in zip(clocks, days, strict=True):
        if clock is None or (anchor is None and own_day is None):
            resolved.append(None)
            continue
        hour, minute, tz = clock
        tz = tz or (anchor.tzinfo if anchor is not None else None) or DEFAULT_ZONE
        minutes = hour * 60 + minute
        if previous is not None and minutes > previous:
            day_shift += 1
        previous = minutes
        if own_day is not None:
            day = own_day
        else:
            day = anchor.astimezone(tz).date() - timedelta(days=day_shift)
        moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)
        resolved.append(moment.isoformat())
    return resolved
