"""salvo.toml: defaults overlaid by the user's file, bad keys refused with file, line and key."""

from pathlib import Path

import pytest

from monitor.config import DEFAULT_INTERVAL, load_config, parse_duration
from monitor.errors import ConfigError

GOOD = """
[defaults]
interval = "10m"
contact = "mailto:desk@example.org"

[[source]]
name = "kyiv-independent"
url = "https://kyivindependent.com/news-archive/rss/"
kind = "feed"
interval = "2m"

[[source]]
name = "guardian-live"
url = "https://www.theguardian.com/world/live"
kind = "liveblog"
cron = "*/10 * * * *"
lang = "en"
headers = { "Accept-Language" = "en" }

[[source]]
name = "plain"
url = "https://example.org/article"

[[notify]]
url = "ntfy://salvo-alerts"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "salvo.toml"
    path.write_text(text)
    return path


def test_good_config_with_defaults(tmp_path):
    config = load_config(write(tmp_path, GOOD))
    kyiv, guardian, plain = config.sources
    assert (kyiv.kind, kyiv.interval, kyiv.cron) == ("feed", 120, None)
    assert (guardian.kind, guardian.cron, guardian.lang) == ("liveblog", "*/10 * * * *", "en")
    assert guardian.headers == {"Accept-Language": "en"}
    assert (plain.kind, plain.interval) == ("auto", 600)
    assert config.notify == ("ntfy://salvo-alerts",)
    assert config.contact == "mailto:desk@example.org"
    assert config.source("plain") is plain


def test_empty_config_takes_code_defaults(tmp_path):
    config = load_config(write(tmp_path, "[[source]]\nname = 'a'\nurl = 'https://a.example/'\n"))
    assert config.sources[0].interval == DEFAULT_INTERVAL


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            GOOD.replace('kind = "liveblog"', 'kinds = "liveblog"'),
            ":15: [[source]] #2 kinds: unknown key",
        ),
        (
            GOOD.replace('interval = "2m"', 'interval = "2 minutes"'),
            ":10: [[source]] #1 interval: ",
        ),
        (GOOD.replace('"*/10 * * * *"', '"every ten minutes"'), ":16: [[source]] #2 cron: "),
        (GOOD.replace('kind = "feed"', 'kind = "blog"'), ":9: [[source]] #1 kind: must be one of"),
        (GOOD.replace('name = "plain"', 'name = "guardian-live"'), "is used by another source"),
        (GOOD.replace("https://example.org/article", "file:///etc/passwd"), "not an http(s) URL"),
        (GOOD.replace('url = "ntfy://salvo-alerts"', 'url = "salvo-alerts"'), "[[notify]] #1 url"),
        (GOOD.replace('interval = "10m"', 'interval = "0s"'), ":3: [defaults] interval: "),
        (GOOD + "\n[extra]\nx = 1\n", "unknown top-level key"),
        (GOOD.replace('[[source]]\nname = "plain"\n', "[[source]]\n"), "#3: missing key 'name'"),
        ("[[source]\nname = 1", "not valid TOML"),
    ],
)
def test_bad_config_names_file_line_and_key(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value).startswith(str(path))
    assert message in str(error.value)


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "nope.toml")


@pytest.mark.parametrize(("value", "seconds"), [("30s", 30), ("5m", 300), ("1h", 3600), (90, 90)])
def test_durations(value, seconds):
    assert parse_duration(value) == seconds


def test_shipped_config_is_valid():
    config = load_config(Path(__file__).parent.parent / "salvo.toml")
    assert len(config.sources) >= 5
    assert all(source.url.startswith("https://") for source in config.sources)
