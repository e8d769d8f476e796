"""`salvo.toml`: defaults in code, the user's file over them, validated once into frozen values.

Unknown keys and bad values are refused with the file, line and key named, so a typo never
silently turns a source off.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor.errors import ConfigError

KINDS = ("auto", "feed", "liveblog", "page", "telegram")
DEFAULT_INTERVAL = 300  # seconds: every five minutes
MIN_INTERVAL = 1  # seconds; a poll that outlasts its interval is coalesced, never doubled
DEFAULT_PER_HOST = 1  # crawls at once whose start URL is on one host, across sources
DEFAULT_BACKFILL = 3  # pages of a live blog or channel read on a source's first crawl
DEFAULT_FAIL_AFTER = 3  # failed polls in a row before a `source` alert
DEFAULT_PAUSE_AFTER = 10  # failed polls in a row before the source is paused (0: never)
ADAPTIVE_RANGE = 4  # an adaptive source's default bounds: interval / 4 to interval x 4
_DURATION = re.compile(r"^\s*(\d+)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


@dataclass(frozen=True)
class Source:
    name: str
    url: str
    kind: str = "auto"
    interval: int = DEFAULT_INTERVAL  # seconds; ignored when cron is set
    cron: str | None = None
    lang: str | None = None
    adapter: str | None = None
    attribution: str | None = None  # who the figures come from, when the outlet is primary
    backfill: int = DEFAULT_BACKFILL  # older pages followed on the first crawl, this one included
    headers: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    fail_after: int = DEFAULT_FAIL_AFTER
    pause_after: int = DEFAULT_PAUSE_AFTER
    quiet_after: int | None = None  # seconds; None: learned from the source's pace; 0: off
    adaptive: bool = False  # interval shortened while new items come, lengthened while quiet
    min_interval: int | None = None  # adaptive bounds; None: interval / 4 and interval x 4
    max_interval: int | None = None

    @property
    def interval_bounds(self) -> tuple[int, int]:
        """(shortest, longest) interval of an adaptive source, in seconds."""
        low = self.min_interval or max(MIN_INTERVAL, self.interval // ADAPTIVE_RANGE)
        return low, max(low, self.max_interval or self.interval * ADAPTIVE_RANGE)


@dataclass(frozen=True)
class Config:
    path: Path | None
    sources: tuple[Source, ...] = ()
    notify: tuple[str, ...] = ()  # Apprise URLs; stdout is always on
    contact: str | None = None  # URL or e-mail put in the User-Agent
    per_host: int = DEFAULT_PER_HOST

    def source(self, name: str) -> Source:
        for source in self.sources:
            if source.name == name:
                return source
        raise ConfigError(f"no source named {name!r} in {self.path}")


# Health watch and adaptive polling: per source, or for all in [defaults].
_HEALTH_KEYS = {
    "fail_after",
    "pause_after",
    "quiet_after",
    "adaptive",
    "min_interval",
    "max_interval",
}
_SOURCE_KEYS = {
    "name",
    "url",
    "kind",
    "interval",
    "cron",
    "lang",
    "adapter",
    "attribution",
    "headers",
    "backfill",
    *_HEALTH_KEYS,
}
_DEFAULT_KEYS = {"interval", "cron", "lang", "kind", "contact", "per_host", "backfill"}
_DEFAULT_KEYS |= _HEALTH_KEYS
_NOTIFY_KEYS = {"url"}
_TOP_KEYS = {"defaults", "source", "notify"}


def parse_duration(value: Any) -> int:
    """'30s', '5m', '1h', '1d' or an integer number of seconds."""
    if isinstance(value, bool):
        raise ValueError("a duration, not true/false")
    if isinstance(value, int):
        seconds = value
    elif isinstance(value, str) and (match := _DURATION.match(value)):
        seconds = int(match.group(1)) * _UNITS[match.group(2)]
    else:
        raise ValueError(f"{value!r} is not a duration like '30s', '5m', '1h' or seconds")
    if seconds < MIN_INTERVAL:
        raise ValueError(f"{value!r} is shorter than the minimum of {MIN_INTERVAL} seconds")
    return seconds


def _check_cron(value: Any) -> str:
    from apscheduler.triggers.cron import CronTrigger

    if not isinstance(value, str):
        raise ValueError("a cron expression in quotes, like '*/10 * * * *'")
    try:
        CronTrigger.from_crontab(value)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a cron expression ({exc})") from None
    return value


class _Locator:
    """Finds the line of a key in the raw text, for error messages (tomllib gives none)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def line_of(self, table: str | None, index: int | None, key: str | None) -> int | None:
        current, count, wanted = None, -1, table
        for number, raw in enumerate(self.lines, start=1):
            line = raw.strip()
            header = re.match(r"^\[\[?\s*([A-Za-z0-9_.-]+)\s*\]\]?", line)
            if header:
                current = header.group(1)
                if current == wanted:
                    count += 1
                    if key is None and (index is None or count == index):
                        return number
                continue
            in_table = current == wanted and (index is None or count == index)
            if key and in_table and re.match(rf"^{re.escape(key)}\s*=", line):
                return number
        return None


class _Reader:
    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.locate = _Locator(text)

    def error(self, table: str | None, index: int | None, key: str | None, message: str) -> None:
        line = self.locate.line_of(table, index, key)
        where = f"{self.path}:{line}" if line else str(self.path)
        what = f"[{table}]" if index is None else f"[[{table}]] #{index + 1}"
        if key:
            what += f" {key}"
        raise ConfigError(f"{where}: {what}: {message}")

    def check_keys(self, table: str, index: int | None, data: dict, allowed: set[str]) -> None:
        for key in data:
            if key not in allowed:
                self.error(table, index, key, f"unknown key (known: {', '.join(sorted(allowed))})")

    def string(self, table: str, index: int | None, data: dict, key: str) -> str | None:
        value = data.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            self.error(table, index, key, "must be a non-empty string")
        return value


def load_config(path: Path) -> Config:
    """Read and validate a config file; ConfigError names the file, line and key at fault."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return parse_config(data, path, text)


def parse_config(data: dict, path: Path, text: str = "") -> Config:
    reader = _Reader(path, text)
    for key in data:
        if key not in _TOP_KEYS:
            reader.error(None, None, key, "unknown top-level key (known: defaults, source, notify)")
    defaults = data.get("defaults", {})
    if not isinstance(defaults, dict):
        reader.error("defaults", None, None, "must be a table")
    reader.check_keys("defaults", None, defaults, _DEFAULT_KEYS)
    base = _source_settings(reader, "defaults", None, defaults, {})
    contact = reader.string("defaults", None, defaults, "contact")
    per_host = defaults.get("per_host", DEFAULT_PER_HOST)
    if isinstance(per_host, bool) or not isinstance(per_host, int) or per_host < 1:
        reader.error("defaults", None, "per_host", "a whole number of crawls, 1 or more")

    sources: list[Source] = []
    raw_sources = data.get("source", [])
    if not isinstance(raw_sources, list):
        reader.error("source", None, None, "sources are written [[source]]")
    for index, raw in enumerate(raw_sources):
        reader.check_keys("source", index, raw, _SOURCE_KEYS)
        for key in ("name", "url"):
            if key not in raw:
                reader.error("source", index, None, f"missing key {key!r}")
        name = reader.string("source", index, raw, "name")
        if not _NAME.match(name):
            reader.error("source", index, "name", "letters, digits, '.', '_' and '-' only")
        if any(source.name == name for source in sources):
            reader.error("source", index, "name", f"{name!r} is used by another source")
        url = reader.string("source", index, raw, "url")
        if not url.lower().startswith(("http://", "https://")):
            reader.error("source", index, "url", f"{url!r} is not an http(s) URL")
        headers = raw.get("headers", {})
        if not isinstance(headers, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
        ):
            reader.error("source", index, "headers", "must be a table of strings")
        settings = _source_settings(reader, "source", index, raw, base)
        sources.append(
            Source(
                name=name,
                url=url,
                adapter=reader.string("source", index, raw, "adapter"),
                attribution=reader.string("source", index, raw, "attribution"),
                headers=dict(headers),
                **settings,
            )
        )

    notify: list[str] = []
    raw_notify = data.get("notify", [])
    if not isinstance(raw_notify, list):
        reader.error("notify", None, None, "notifiers are written [[notify]]")
    for index, raw in enumerate(raw_notify):
        reader.check_keys("notify", index, raw, _NOTIFY_KEYS)
        url = reader.string("notify", index, raw, "url")
        if url is None or "://" not in url:
            reader.error("notify", index, "url", "an Apprise URL like 'ntfy://topic' is needed")
        notify.append(url)
    return Config(
        path=path,
        sources=tuple(sources),
        notify=tuple(notify),
        contact=contact,
        per_host=per_host,
    )


def _source_settings(
    reader: _Reader, table: str, index: int | None, raw: dict, base: dict[str, Any]
) -> dict[str, Any]:
    """kind, interval, cron, lang, backfill and the health keys of a source, over the
    defaults."""
    settings = {
        "kind": base.get("kind", "auto"),
        "interval": base.get("interval", DEFAULT_INTERVAL),
        "cron": base.get("cron"),
        "lang": base.get("lang"),
        "backfill": base.get("backfill", DEFAULT_BACKFILL),
    }
    if "kind" in raw:
        if raw["kind"] not in KINDS:
            reader.error(table, index, "kind", f"must be one of {', '.join(KINDS)}")
        settings["kind"] = raw["kind"]
    if "interval" in raw:
        try:
            settings["interval"] = parse_duration(raw["interval"])
        except ValueError as exc:
            reader.error(table, index, "interval", str(exc))
        settings["cron"] = None  # an interval given here overrides a default cron
    if "cron" in raw:
        try:
            settings["cron"] = _check_cron(raw["cron"])
        except ValueError as exc:
            reader.error(table, index, "cron", str(exc))
    if "backfill" in raw:
        pages = raw["backfill"]
        if isinstance(pages, bool) or not isinstance(pages, int) or not 1 <= pages <= 100:
            reader.error(table, index, "backfill", "a number of pages from 1 to 100")
        settings["backfill"] = pages
    if "lang" in raw:
        lang = raw["lang"]
        if not isinstance(lang, str) or not re.fullmatch(r"[a-z]{2}", lang):
            reader.error(table, index, "lang", "a two-letter language code like 'uk'")
        settings["lang"] = lang
    settings.update(_health_settings(reader, table, index, raw, base))
    if settings["adaptive"] and settings["cron"]:
        reader.error(table, index, "adaptive", "adaptive polling needs an interval, not cron")
    return settings


def _health_settings(
    reader: _Reader, table: str, index: int | None, raw: dict, base: dict[str, Any]
) -> dict[str, Any]:
    """fail_after, pause_after, quiet_after and the adaptive polling keys, over the defaults."""
    settings = {
        "fail_after": base.get("fail_after", DEFAULT_FAIL_AFTER),
        "pause_after": base.get("pause_after", DEFAULT_PAUSE_AFTER),
        "quiet_after": base.get("quiet_after"),
        "adaptive": base.get("adaptive", False),
        "min_interval": base.get("min_interval"),
        "max_interval": base.get("max_interval"),
    }
    for key, least in (("fail_after", 1), ("pause_after", 0)):
        if key in raw:
            count = raw[key]
            if isinstance(count, bool) or not isinstance(count, int) or count < least:
                reader.error(table, index, key, f"a whole number of failed polls, {least} or more")
            settings[key] = count
    if "quiet_after" in raw:
        if raw["quiet_after"] == "off":
            settings["quiet_after"] = 0
        else:
            try:
                settings["quiet_after"] = parse_duration(raw["quiet_after"])
            except ValueError as exc:
                reader.error(table, index, "quiet_after", f"{exc}, or 'off'")
    if "adaptive" in raw:
        if not isinstance(raw["adaptive"], bool):
            reader.error(table, index, "adaptive", "true or false")
        settings["adaptive"] = raw["adaptive"]
    for key in ("min_interval", "max_interval"):
        if key in raw:
            try:
                settings[key] = parse_duration(raw[key])
            except ValueError as exc:
                reader.error(table, index, key, str(exc))
    low, high = settings["min_interval"], settings["max_interval"]
    if low is not None and high is not None and low > high:
        reader.error(table, index, "min_interval", "longer than max_interval")
    return settings
