"""Source health (issue 11): rolling numbers per source, one `source` alert per incident and one
recovery, pause after too many failures, adaptive polling.

The rules are tested as pure functions; the incidents with the real daemon (`salvo run`) against
a threaded pytest-httpserver on 127.0.0.1 that fails, goes quiet and changes its markup, on a
real SQLite file. Assertions are on what was printed and stored, never on how long it took.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from werkzeug import Response

from monitor import health
from monitor.config import Source, parse_config
from monitor.errors import ConfigError
from monitor.feeds import parse_feed
from spiders.fetching import fresh_seconds
from tests.conftest import Background, dump, rows
from tests.test_politeness import source

NOW = datetime(2025, 7, 4, 6, 0, 0, tzinfo=UTC)
SOURCE = Source("wire", "https://wire.example/live", interval=60)


def at(seconds: float) -> str:
    return (NOW + timedelta(seconds=seconds)).isoformat(timespec="seconds")


# The rules, as pure functions


def settled(found: float = 20.0, **changes) -> health.Rolling:
    """A source polled often enough for its usual to mean something."""
    values = {"found_avg": found, "found_polls": 5, "last_success_at": at(-60)} | changes
    return health.Rolling(**values)


def test_a_failing_source_is_an_incident_from_fail_after_on_and_paused_at_pause_after():
    source = Source("wire", "https://wire.example/", fail_after=3, pause_after=5)
    judged = [
        health.judge(
            health.Rolling(), health.Poll(ok=False, failures=n, error="HTTP 500"), source, NOW
        )
        for n in range(1, 7)
    ]
    assert [sorted(j) for j in judged] == [
        [],
        [],
        ["failing"],
        ["failing"],
        *[["failing", "paused"]] * 2,
    ]
    assert judged[2]["failing"].message == "3 polls failed in a row: HTTP 500"
    assert "salvo sources resume wire" in judged[4]["paused"].message
    # Only a successful poll ends it; a failed one says nothing of the markup or the pace.
    ok = health.judge(settled(), health.Poll(ok=True, failures=0, found=20), source, NOW)
    assert ok["failing"] is None


def test_pause_after_0_never_pauses():
    source = Source("wire", "https://wire.example/", pause_after=0)
    judged = health.judge(health.Rolling(), health.Poll(ok=False, failures=99), source, NOW)
    assert "paused" not in judged


@pytest.mark.parametrize(
    ("found", "expected"),
    [(20, None), (10, None), (8, "unknown"), (6, "markup"), (1, "markup"), (0, "markup")],
)
def test_a_drop_in_items_found_is_the_markup_with_a_margin_before_recovery(found, expected):
    judged = health.judge(settled(), health.Poll(ok=True, failures=0, found=found), SOURCE, NOW)
    if expected == "unknown":
        assert "markup" not in judged  # between the two thresholds: nothing changes
    elif expected is None:
        assert judged["markup"] is None
    else:
        assert judged["markup"].kind == "markup" and judged["markup"].usual == 20


def test_no_drop_is_judged_before_the_usual_is_known_or_on_few_items():
    poll = health.Poll(ok=True, failures=0, found=0)
    assert "markup" not in health.judge(settled(found_polls=2), poll, SOURCE, NOW)
    assert "markup" not in health.judge(settled(found=2.0), poll, SOURCE, NOW)
    # A 304 reads nothing: no count, no judgement.
    assert "markup" not in health.judge(settled(), health.Poll(ok=True, failures=0), SOURCE, NOW)


def test_the_usual_rolls_on_but_stays_frozen_during_a_drop_and_ignores_the_first_poll():
    first = health.roll(health.Rolling(), health.Poll(ok=True, failures=0, found=60, new=60), at(0))
    assert first.found_avg is None and first.found_last == 60  # a backfill is not usual
    second = health.roll(first, health.Poll(ok=True, failures=0, found=20, new=1), at(60))
    assert second.found_avg == 20 and second.found_polls == 1
    third = health.roll(second, health.Poll(ok=True, failures=0, found=30), at(120))
    assert third.found_avg == pytest.approx(23.0)
    frozen = health.roll(third, health.Poll(ok=True, failures=0, found=1), at(180), frozen=True)
    assert frozen.found_avg == third.found_avg and frozen.found_last == 1
    assert health.roll(third, health.Poll(ok=False, failures=1), at(240)) == third


def test_quiet_after_set_per_source():
    source = Source("wire", "https://wire.example/", quiet_after=3600)
    before = settled(last_new_at=at(-3000))
    still = health.judge(before, health.Poll(ok=True, failures=0, found=20), source, NOW)
    assert still["quiet"] is None
    later = NOW + timedelta(seconds=1000)
    quiet = health.judge(before, health.Poll(ok=True, failures=0), source, later)["quiet"]
    assert quiet.value == 4000 and quiet.usual == 3600
    assert quiet.message == "no new item for 67 min (usually within 60 min)"
    news = health.judge(before, health.Poll(ok=True, failures=0, new=1), source, later)
    assert news["quiet"] is None


def test_quiet_learned_from_the_gaps_between_new_items():
    recent = tuple(at(-600 * k) for k in range(6, 0, -1))  # one new item every 10 minutes
    assert health.quiet_limit(SOURCE, recent) == 5 * 600
    assert health.quiet_limit(SOURCE, recent[:5]) is None  # four gaps: not known yet
    slow = Source("wire", "https://wire.example/", interval=3600)
    assert health.quiet_limit(slow, recent) == 3 * 3600  # never less than three polls
    off = Source("wire", "https://wire.example/", quiet_after=0)
    assert health.quiet_limit(off, recent) is None
    judged = health.judge(settled(last_new_at=at(-10)), health.Poll(ok=True, failures=0), off, NOW)
    assert judged["quiet"] is None  # "off" ends an incident still open


def test_reports_that_stop_coming():
    before = settled(items_seen=100, reports_seen=10, new_since_report=95)
    poll = health.Poll(ok=True, failures=0, found=20, new=5)
    problem = health.judge(before, poll, SOURCE, NOW)["reports"]
    assert problem.value == 100 and problem.usual == 100
    assert "reports" not in health.judge(
        before, health.Poll(ok=True, failures=0, found=20), SOURCE, NOW
    )
    back = health.Poll(ok=True, failures=0, found=20, new=1, reports=2)
    assert health.judge(before, back, SOURCE, NOW)["reports"] is None
    rolled = health.roll(before, back, at(0))
    assert rolled.new_since_report == 0 and rolled.reports_seen == 12


def test_one_incident_per_problem_and_one_end():
    problem = health.Problem("markup", 1, 20, "…")
    assert health.incidents(set(), {"markup": problem, "failing": None}) == ([problem], [])
    assert health.incidents({"markup"}, {"markup": problem}) == ([], [])
    assert health.incidents({"markup"}, {"markup": None}) == ([], ["markup"])
    assert health.incidents({"markup"}, {}) == ([], [])


def test_adaptive_interval_within_bounds_and_never_below_the_servers_freshness():
    source = Source("live", "https://wire.example/", interval=120, adaptive=True)
    assert source.interval_bounds == (30, 480)
    busy = health.Poll(ok=True, failures=0, new=3)
    calm = health.Poll(ok=True, failures=0)
    assert health.next_interval(120, busy, source) == 60
    assert health.next_interval(40, busy, source) == 30
    assert health.next_interval(120, calm, source) == 180
    assert health.next_interval(400, calm, source) == 480
    ttl = health.Poll(ok=True, failures=0, new=3, fresh_for=900)
    assert health.next_interval(120, ttl, source) == 900


@pytest.mark.parametrize(
    ("cache_control", "ttl", "expected"),
    [
        ("max-age=300", None, 300),
        ("public, max-age=60, must-revalidate", 600, 600),
        ('Max-Age="120"', None, 120),
        ("s-maxage=900", None, None),
        ("no-cache, max-age=300", None, None),
        ("no-store", 60, 60),
        ("max-age=0", None, None),
        (None, None, None),
    ],
)
def test_how_long_an_answer_stays_fresh(cache_control, ttl, expected):
    assert fresh_seconds(cache_control, ttl) == expected


def test_a_feeds_ttl_is_read_in_minutes():
    rss = '<rss version="2.0"><channel><title>t</title><ttl>{}</ttl></channel></rss>'
    assert parse_feed(rss.format("15").encode(), "https://a.example/").ttl == 900
    assert parse_feed(rss.format("soon").encode(), "https://a.example/").ttl is None


# Config


def config(source_keys: str = "", defaults: str = "") -> tuple[dict, str]:
    import tomllib

    text = (
        f'[defaults]\n{defaults}\n[[source]]\nname = "a"\nurl = "https://a.example/"\n{source_keys}'
    )
    return tomllib.loads(text), text


def test_health_keys_are_read_over_the_defaults(tmp_path):
    data, text = config(
        'quiet_after = "2h"\nadaptive = true\nmin_interval = "1m"',
        'fail_after = 2\npause_after = 0\ninterval = "5m"',
    )
    (source,) = parse_config(data, tmp_path / "salvo.toml", text).sources
    assert (source.fail_after, source.pause_after, source.quiet_after) == (2, 0, 7200)
    assert source.adaptive and source.interval_bounds == (60, 1200)
    data, text = config('quiet_after = "off"')
    assert parse_config(data, tmp_path / "salvo.toml", text).sources[0].quiet_after == 0


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        ("fail_after = 0", r"fail_after: a whole number of failed polls, 1 or more"),
        ("pause_after = -1", r"pause_after: a whole number of failed polls, 0 or more"),
        ('quiet_after = "soon"', r"quiet_after: 'soon' is not a duration .*, or 'off'"),
        ('adaptive = "yes"', r"adaptive: true or false"),
        ('adaptive = true\ncron = "*/5 * * * *"', r"adaptive: adaptive polling needs an interval"),
        ('min_interval = "10m"\nmax_interval = "1m"', r"min_interval: longer than max_interval"),
    ],
)
def test_bad_health_keys_are_refused_with_line_and_key(tmp_path, keys, message):
    data, text = config(keys)
    with pytest.raises(ConfigError, match=r"salvo.toml:\d+: \[\[source\]\] #1 " + message):
        parse_config(data, tmp_path / "salvo.toml", text)


# The daemon against a local server


def live_blog(posts: int) -> Response:
    """A live blog whose posts are in schema.org JSON-LD, as most outlets publish them."""
    updates = [
        {
            "@type": "BlogPosting",
            "url": f"https://wire.example/live#post-{n}",
            "headline": f"Update {n}",
            "articleBody": f"Update number {n}: crews are clearing debris in the city centre.",
            "datePublished": f"2025-07-04T0{n % 10}:00:00+00:00",
        }
        for n in range(1, posts + 1)
    ]
    data = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "liveBlogUpdate": updates}
    body = (
        '<!doctype html><html><head><title>Live</title><script type="application/ld+json">'
        f"{json.dumps(data)}</script></head><body><h1>Live</h1></body></html>"
    )
    return Response(body, content_type="text/html; charset=utf-8")


# The outlet's redesign: the posts now come from a script, the page holds one paragraph.
REDESIGNED = """<!doctype html><html><head><title>Live</title></head><body><article>
<h1>Live: the city after the night of strikes</h1><p>Crews are clearing debris in the city
centre after the night, officials said, and the metro runs as usual again this morning.</p>
<div id="app"></div></article></body></html>"""


def feed(items: int, ttl: int | None = None) -> Response:
    entries = "".join(
        f"<item><title>Entry {n}</title><link>http://127.0.0.1/e{n}</link><guid>e{n}</guid>"
        f"<description>Entry {n}: the day was calm in the region.</description></item>"
        for n in range(1, items + 1)
    )
    extra = f"<ttl>{ttl}</ttl>" if ttl else ""
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<link>http://127.0.0.1/</link><description>t</description>{extra}{entries}"
        "</channel></rss>"
    )
    return Response(body, content_type="application/rss+xml")


def start_logged(tmp_path: Path, defaults: str, name: str, url: str, kind: str) -> Background:
    """`salvo run` on one source, its alerts also pushed to a log file (a durable notifier)."""
    config = (
        f'[defaults]\ninterval = "1s"\n{defaults}\n'
        + source(name, url, kind)
        + f'[[notify]]\nurl = "file://{tmp_path / "alerts.log"}"\n'
    )
    return Background.start(tmp_path, config)


def logged(tmp_path: Path) -> list[str]:
    """What the log-file notifier received: each line's alert up to its first colon."""
    lines = (tmp_path / "alerts.log").read_text().splitlines()
    return [line.split(" ", 1)[1].split(":")[0] for line in lines]


def polls(daemon: Background, name: str) -> int:
    return sum(f"poll {name}:" in line for line in daemon.lines)


def wait_polls(daemon: Background, name: str, count: int) -> None:
    """Until the daemon has printed `count` more polls of a source (bounded only for a hang)."""
    target = polls(daemon, name) + count
    deadline = time.monotonic() + 60
    while polls(daemon, name) < target:
        assert time.monotonic() < deadline, (daemon.lines, daemon.stderr)
        assert daemon.process.poll() is None, (daemon.lines, daemon.stderr)
        time.sleep(0.05)


def source_alerts(db: Path, name: str) -> list[tuple]:
    return rows(
        db,
        "SELECT weapon, status, value, previous, message, resolved_at IS NOT NULL FROM alerts"
        " WHERE kind = 'source' AND source = ? ORDER BY id",
        name,
    )


def test_a_live_blog_whose_markup_changes_gives_one_alert_and_one_recovery(server, tmp_path):
    page = {"now": live_blog(6)}
    server.route("/live.html", lambda n: page["now"])
    daemon = start_logged(tmp_path, "", "live", f"{server.base}/live.html", "liveblog")
    try:
        wait_polls(daemon, "live", 5)  # the first poll, then enough to know the usual
        page["now"] = Response(REDESIGNED, content_type="text/html; charset=utf-8")
        raised = daemon.wait_for("SOURCE live markup:", timeout=60)
        wait_polls(daemon, "live", 4)  # still broken: no second alert
        page["now"] = live_blog(6)
        daemon.wait_for("RECOVERED live: markup", timeout=60, after=raised)
        wait_polls(daemon, "live", 3)
        code = daemon.stop()
    finally:
        daemon.close()
    assert code == 0, daemon.stderr
    assert "Traceback" not in daemon.stderr
    assert sum("SOURCE live" in line for line in daemon.lines) == 1
    assert sum("RECOVERED live" in line for line in daemon.lines) == 1
    line = next(line for line in daemon.lines if "SOURCE live markup" in line)
    assert "1 items found where about 6 are usual" in line and f"<{server.base}/live.html>" in line
    [(problem, status, value, usual, message, resolved)] = source_alerts(daemon.db, "live")
    assert (problem, status, value, usual, resolved) == ("markup", "resolved", 1, 6, True)
    # The usual was kept through the incident, not dragged down by the broken page.
    [(found_last, found_avg, health_state)] = rows(
        daemon.db, "SELECT found_last, found_avg, health FROM source_health"
    )
    assert found_last == 6 and found_avg == 6 and health_state == "ok"
    # The same two messages went to the durable notifier, once each.
    assert logged(tmp_path) == ["SOURCE live markup", "RECOVERED live"]


def test_a_failing_source_alerts_once_is_paused_and_resumed_by_the_cli(server, tmp_path, salvo):
    up = {"now": False}
    server.route("/down.xml", lambda n: feed(1) if up["now"] else Response("gone", status=404))
    server.route("/e1", lambda n: Response("<p>Entry one, the day was calm.</p>"))
    url = f"{server.base}/down.xml"
    daemon = start_logged(tmp_path, "fail_after = 2\npause_after = 3", "down", url, "feed")
    try:
        daemon.wait_for("SOURCE down paused:", timeout=60)
        asked = len(server.of("/down.xml"))
        time.sleep(3)  # ticks of its 1 s schedule, all skipped
        code = daemon.stop()
    finally:
        daemon.close()
    assert code == 0, daemon.stderr
    assert asked == 3 and len(server.of("/down.xml")) == 3
    assert (
        sum("SOURCE down failing: 2 polls failed in a row: HTTP 404" in x for x in daemon.lines)
        == 1
    )
    assert sum("SOURCE down" in line for line in daemon.lines) == 2  # failing, then paused

    listed = salvo("sources")
    assert listed.returncode == 0, listed.stderr
    assert "PAUSED since" in listed.stdout and "(salvo sources resume down)" in listed.stdout
    assert "ALERT failing, paused" in listed.stdout
    (state,) = json.loads(salvo("sources", "--json").stdout)
    assert state["paused"] is True and state["next_run"] is None and state["failures"] == 3
    assert "PAUSED FAILING x3" in salvo("status").stdout

    # Paused across a restart too.
    again = Background.start(tmp_path, None, "--for", "3")
    try:
        assert again.wait(timeout=60) == 0
    finally:
        again.close()
    assert "paused, not polled until `salvo sources resume NAME`: down" in again.lines
    assert len(server.of("/down.xml")) == 3

    up["now"] = True
    resumed = salvo("sources", "resume", "down")
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout.splitlines()[-1] == "down: resumed"
    assert "RECOVERED down: paused since" in resumed.stdout
    assert salvo("sources", "resume", "down").stdout.strip() == "down: not paused"
    unknown = salvo("sources", "resume", "nope")
    assert unknown.returncode == 1 and unknown.stderr.strip().endswith(
        "no source named 'nope' in salvo.toml"
    )
    last = Background.start(tmp_path, None)
    try:
        last.wait_for("poll down: 1 fetched, 1 new", timeout=60)
        last.wait_for("RECOVERED down: failing", timeout=30)
        code = last.stop()
    finally:
        last.close()
    assert code == 0, last.stderr
    kinds = [(problem, status) for problem, status, *_ in source_alerts(last.db, "down")]
    assert kinds == [("failing", "resolved"), ("paused", "resolved")]
    assert logged(tmp_path) == [
        "SOURCE down failing",
        "SOURCE down paused",
        "RECOVERED down",
        "RECOVERED down",
    ]
    listed = salvo("sources").stdout
    assert "PAUSED" not in listed and "ALERT" not in listed and listed.split()[4] == "ok"


def test_pause_and_resume_by_hand(server, tmp_path, salvo):
    server.route("/calm.xml", lambda n: feed(1))
    (tmp_path / "salvo.toml").write_text(source("calm", f"{server.base}/calm.xml", "feed"))
    assert salvo("sources", "pause", "calm").stdout.strip() == "calm: paused"
    assert salvo("sources", "pause", "calm").stdout.strip() == "calm: paused already"
    daemon = Background.start(tmp_path, None, "--for", "3")
    try:
        assert daemon.wait(timeout=60) == 0
    finally:
        daemon.close()
    assert server.of("/calm.xml") == []
    resumed = salvo("sources", "resume", "calm")
    assert resumed.stdout.strip() == "calm: resumed"  # no incident was open: nothing to recover
    assert rows(salvo.db, "SELECT count(*) FROM alerts") == [(0,)]


def test_a_quiet_source_alerts_once_and_recovers_and_check_changes_nothing(server, tmp_path, salvo):
    items = {"now": 1}
    server.route("/calm.xml", lambda n: feed(items["now"]))
    for n in (1, 2):
        server.route(f"/e{n}", lambda n: Response("<p>An entry: the day was calm.</p>"))
    config = '[defaults]\ninterval = "1s"\n\n' + source("calm", f"{server.base}/calm.xml", "feed")
    config += 'quiet_after = "2s"\n'
    daemon = Background.start(tmp_path, config)
    try:
        raised = daemon.wait_for("SOURCE calm quiet: no new item for", timeout=60)
        wait_polls(daemon, "calm", 3)
        items["now"] = 2
        daemon.wait_for("RECOVERED calm: quiet", timeout=60, after=raised)
        code = daemon.stop()
    finally:
        daemon.close()
    assert code == 0, daemon.stderr
    assert sum("SOURCE calm" in line for line in daemon.lines) == 1
    assert sum("RECOVERED calm" in line for line in daemon.lines) == 1
    [(problem, status, _, usual, _, _)] = source_alerts(daemon.db, "calm")
    assert (problem, status, usual) == ("quiet", "resolved", 2)

    listed = salvo("alerts")
    assert "SOURCE calm quiet: no new item for" in listed.stdout and "[resolved" in listed.stdout
    atom = salvo("alerts", "--atom").stdout
    assert "tag:salvo,2025:source/calm/" in atom

    # A dry run of the source stores nothing: not its updates, not its health.
    before = dump(daemon.db)
    items["now"] = 3
    server.route("/e3", lambda n: Response("<p>A third entry.</p>"))
    check = salvo("check", "calm")
    assert check.returncode == 0, check.stderr
    assert "1 new" in check.stdout and check.stdout.rstrip().endswith("nothing was stored")
    assert dump(daemon.db) == before


def test_adaptive_polling_honours_a_feeds_ttl(server, tmp_path, salvo):
    server.route("/slow.xml", lambda n: feed(1, ttl=1))  # <ttl> in minutes
    server.route("/fast.xml", lambda n: feed(1))
    server.route("/e1", lambda n: Response("<p>An entry.</p>"))
    adaptive = 'adaptive = true\nmax_interval = "2s"\n\n'
    config = (
        '[defaults]\ninterval = "1s"\nper_host = 2\n\n'
        + source("slow", f"{server.base}/slow.xml", "feed")
        + adaptive
        + source("fast", f"{server.base}/fast.xml", "feed")
        + adaptive
    )
    daemon = Background.start(tmp_path, config)
    try:
        # Run until the other feed has been polled again, however slow the machine is.
        deadline = time.monotonic() + 60
        while len(server.of("/fast.xml")) < 3 and time.monotonic() < deadline:
            time.sleep(0.2)
        code = daemon.stop()
    finally:
        daemon.close()
    assert code == 0, daemon.stderr
    # The feed said its answer holds a minute: asked once, whatever max_interval says.
    assert len(server.of("/slow.xml")) == 1
    assert len(server.of("/fast.xml")) >= 3
    stored = dict(rows(daemon.db, "SELECT source, interval FROM source_state"))
    assert stored["slow"] == 60 and 1 <= stored["fast"] <= 2
    listed = {s["name"]: s for s in json.loads(salvo("sources", "--json").stdout)}
    assert listed["slow"]["schedule"] == "every 60s (adaptive)"
    assert listed["slow"]["interval"] == 60
