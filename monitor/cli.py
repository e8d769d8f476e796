"""The `salvo` command: parses arguments, calls the library, turns errors into one line."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import click
from w3lib.encoding import html_to_unicode

from monitor import __version__
from monitor.errors import SalvoError
from storage import StorageError, Store

log = logging.getLogger("salvo")
HISTORY_SOURCE = "history"  # updates.source of imported attacks


@dataclass
class Context:
    db: Path
    config: Path
    verbosity: int

    @property
    def log_level(self) -> str:
        return {-1: "ERROR", 0: "WARNING", 1: "INFO"}.get(self.verbosity, "DEBUG")

    def open_store(self) -> Store:
        return Store(self.db)


class BadUsage(click.ClickException):
    """Bad usage said in one line, without click's usage block."""

    exit_code = 2


def fail(message: str) -> click.ClickException:
    return click.ClickException(message)


def _iso_date(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option
        ) from None


class JsonLogFormatter(logging.Formatter):
    """One JSON object a line: time (UTC), level, logger, message."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info).splitlines()[-1]
        return json.dumps(entry, ensure_ascii=False)


def _only_salvo_logs(record: logging.LogRecord) -> bool:
    # Library logs (Scrapy retries, robots.txt, Twisted tracebacks) repeat what the one-line
    # error already says; -v shows them.
    return record.name == "salvo" or record.name.startswith(("salvo.", "monitor.", "storage."))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="SALVO_DB",
    default="salvo.db",
    show_default="$SALVO_DB or ./salvo.db",
    help="The SQLite database file.",
)
@click.option(
    "--config",
    type=click.Path(dir_okay=False, path_type=Path),
    default="salvo.toml",
    show_default=True,
    help="The configuration file (sources, notifiers).",
)
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv: debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
@click.version_option(__version__, prog_name="salvo")
@click.pass_context
def cli(ctx: click.Context, db: Path, config: Path, verbose: int, quiet: bool) -> None:
    """Salvo watches news feeds and live blogs about air attacks, reads the attack counts in
    each new update, stores everything in one SQLite file and alerts on records.

    \b
    Start with:  salvo demo
    """
    ctx.obj = Context(db=db, config=config, verbosity=-1 if quiet else verbose)
    # One handler, filtered at the chosen level; Scrapy is told not to install its own.
    handler = logging.StreamHandler()
    handler.setLevel(getattr(logging, ctx.obj.log_level))
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    if ctx.obj.verbosity < 1:
        handler.addFilter(_only_salvo_logs)
    logging.getLogger().addHandler(handler)
    if ctx.obj.verbosity >= 1:
        # The root logger stops at WARNING by default: -v must let Salvo's INFO through too.
        logging.getLogger().setLevel(handler.level)
    logging.captureWarnings(True)


def _run(ctx: Context, jobs: Sequence[Any], ingestor: Any) -> list[Any]:
    from monitor.crawl import CrawlSettings, run_jobs

    try:
        return run_jobs(jobs, ingestor, CrawlSettings(log_level=ctx.log_level))
    finally:
        ingestor.close()


def _notifiers(ctx: Context, config: Any | None) -> list[Any]:
    """stdout, plus the config's Apprise URLs (the config is optional for poll and crawl)."""
    from monitor.config import load_config
    from monitor.errors import ConfigError
    from monitor.notify import StdoutNotifier, notifier_for

    if config is None and ctx.config.exists():
        config = load_config(ctx.config)
    notifiers: list[Any] = [StdoutNotifier()]
    for url in config.notify if config else ():
        try:
            notifiers.append(notifier_for(url))
        except ValueError as exc:
            raise ConfigError(f"{ctx.config}: [[notify]] url: {exc}") from None
    return notifiers


def _ingestor(ctx: Context) -> Any:
    from monitor.pipeline import Ingestor

    return Ingestor(ctx.open_store, _notifiers(ctx, None))


def _report(outcomes: Sequence[Any]) -> None:
    failures = [outcome for outcome in outcomes if outcome.failure]
    for outcome in outcomes:
        if not outcome.failure:
            click.echo(outcome.summary())
        for error in outcome.errors:
            click.echo(f"  warning: {error}", err=True)
    if failures:
        first = failures[0]
        more = f" (and {len(failures) - 1} more failed)" if len(failures) > 1 else ""
        raise fail(f"{first.url}: {first.failure}{more}")


def _check_urls(urls: Sequence[str]) -> None:
    for url in urls:
        if not url.lower().startswith(("http://", "https://")):
            raise BadUsage(f"{url!r} is not an http(s) URL")


@cli.command()
@click.argument("urls", nargs=-1, required=True, metavar="URL...")
@click.pass_obj
def poll(ctx: Context, urls: tuple[str, ...]) -> None:
    """Poll feeds once: fetch each RSS or Atom feed, then the page of every new or changed
    entry; extract, store, flag records and print the alerts raised.

    Prints one line per feed; exits 1 if a feed could not be fetched or read.

    \b
    Example:
      salvo poll https://kyivindependent.com/news-archive/rss/
    """
    from monitor.crawl import poll_job

    _check_urls(urls)
    ingestor = _ingestor(ctx)
    jobs = [poll_job(url, ingestor, ctx.db.exists) for url in urls]
    _report(_run(ctx, jobs, ingestor))


@cli.command()
@click.argument("urls", nargs=-1, required=True, metavar="URL...")
@click.option(
    "--kind",
    type=click.Choice(["auto", "liveblog", "page", "telegram"]),
    default="auto",
    show_default=True,
    help="What the URL is; auto recognises it from the markup (JSON-LD, a known outlet,"
    " Telegram's preview), so a saved or mirrored page works too.",
)
@click.option(
    "--backfill",
    type=click.IntRange(min=1),
    default=3,
    show_default=True,
    help="Pages a first crawl reads: a live blog's older pages (rel=next, 'Load more',"
    " ?page=2), a channel's older messages (?before=). Later crawls read the newest only.",
)
@click.pass_obj
def crawl(ctx: Context, urls: tuple[str, ...], kind: str, backfill: int) -> None:
    """Crawl pages once with the Scrapy spider; same processing as poll. A live blog gives one
    update per post (JSON-LD, an outlet adapter, or repeated timestamped blocks), a Telegram
    channel page (t.me/s/NAME) one per message; any other page is one article.

    \b
    Examples:
      salvo crawl https://www.theguardian.com/world/live/2025/jul/04/russia-ukraine-war-live
      salvo crawl https://t.me/s/kpszsu
    """
    from monitor.crawl import crawl_job

    _check_urls(urls)
    ingestor = _ingestor(ctx)
    jobs = [crawl_job(url, ingestor, ctx.db.exists, backfill, kind) for url in urls]
    _report(_run(ctx, jobs, ingestor))


def _read_document(ctx: Context, where: str) -> tuple[str, str | None, str]:
    """(body, content type, url) of a file, stdin or URL."""
    if where == "-":
        return sys.stdin.read(), None, "stdin"
    if where.lower().startswith(("http://", "https://")):
        return _fetch_one(ctx, where)
    path = Path(where)
    if not path.is_file():
        raise fail(f"{where}: no such file")
    # As a browser would: BOM, then <meta charset>, then UTF-8, then a guess (cp1251 pages exist).
    _, text = html_to_unicode(None, path.read_bytes())
    return text, None, path.resolve().as_uri()


def _fetch_one(ctx: Context, url: str) -> tuple[str, str | None, str]:
    from monitor.crawl import CrawlSettings, crawl_job, run_jobs
    from spiders.items import FetchFailure, PageItem

    collected: list[Any] = []
    options = CrawlSettings(
        log_level=ctx.log_level,
        overrides={"ITEM_PIPELINES": {"spiders.pipelines.CollectPipeline": 300}},
    )
    job = crawl_job(url)
    job.arguments = lambda: {"url": url, "salvo_collected": collected}
    job.shared = False  # the collecting list is the spider's own argument, not a target's
    run_jobs([job], ingestor=None, options=options)
    for item in collected:
        if isinstance(item, PageItem) and item.body is not None:
            return item.body, item.content_type, item.url
        if isinstance(item, FetchFailure):
            raise fail(f"{url}: {item.message}")
    raise fail(f"{url}: nothing fetched")


@cli.command()
@click.argument("source", default="-", metavar="[PATH|URL|-]")
@click.option("--lang", help="Language of the text (en, fr, uk, ru); detected when omitted.")
@click.option(
    "--published",
    metavar="YYYY-MM-DD",
    help="Publication date, to resolve 'overnight' or 'on Sunday'; read from the page if omitted.",
)
@click.option(
    "--no-screen",
    is_flag=True,
    help="Keep the reports the rules read in a text that the report screen (a model trained on"
    " the labelled corpus) finds holds none: a forecast, history, a month's sum.",
)
@click.pass_obj
def extract(
    ctx: Context, source: str, lang: str | None, published: str | None, no_screen: bool
) -> None:
    """Print the attack reports found in one document as JSON; stores nothing.

    HTML goes through trafilatura first; plain text is read as is.

    \b
    Examples:
      salvo extract article.html
      echo "Russia launched 539 drones and 11 missiles overnight" | \\
          salvo extract - --published 2025-07-04
    """
    from monitor.counts import read_reports
    from monitor.extract import main_text
    from monitor.plausible import implausible

    published = _iso_date(published, "--published")
    body, content_type, url = _read_document(ctx, source)
    extracted = main_text(body, url=url, content_type=content_type)
    reading = {
        "published": published or extracted.published,
        "lang": lang or extracted.lang,
    }
    reports = read_reports(extracted.text, **reading, screen=not no_screen)
    if not reports and not no_screen and read_reports(extracted.text, **reading, screen=False):
        click.echo(
            "note: the report screen finds this text holds no attack report and dropped what the"
            " rules read in it (--no-screen shows it)",
            err=True,
        )
    today = datetime.now(UTC).date()
    # An extra field, only where it applies: the design's fields stay as they are.
    found = [
        {**r.to_json(), "implausible": True} if implausible(r, today) else r.to_json()
        for r in reports
    ]
    click.echo(json.dumps({"reports": found}, ensure_ascii=False, indent=1))


@cli.command()
@click.option("--since", metavar="YYYY-MM-DD", help="Only alerts for attacks on or after DATE.")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
@click.option("--atom", is_flag=True, help="An Atom feed, for feed readers to subscribe to.")
@click.pass_obj
def alerts(ctx: Context, since: str | None, as_json: bool, atom: bool) -> None:
    """List the alerts raised, newest first.

    \b
    Examples:
      salvo alerts
      salvo alerts --since 2025-07-01 --json
      salvo alerts --atom > alerts.xml
    """
    from monitor.notify import describe_alert

    since = _iso_date(since, "--since")
    with _existing_store(ctx) as store:
        rows = store.list_alerts(since)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if atom:
        from monitor.notify import alerts_atom

        now = datetime.now(UTC).isoformat(timespec="seconds")
        click.echo(alerts_atom(rows, ctx.db.resolve().as_uri(), now))
        return
    if not rows:
        click.echo("no alerts")
    for row in rows:
        click.echo(describe_alert(row))


def _config(ctx: Context) -> Any:
    from monitor.config import load_config

    return load_config(ctx.config)


_FOR_OPTION = click.option(
    "--for",
    "run_for",
    type=click.FloatRange(min=1),
    metavar="SECONDS",
    help="Stop by itself after SECONDS (default: run until SIGINT or SIGTERM).",
)


@cli.command()
@_FOR_OPTION
@click.option("--log-json", is_flag=True, help="Log to stderr as JSON lines (for log shippers).")
@click.option(
    "--redis",
    "redis_url",
    metavar="URL",
    callback=lambda ctx, param, value: _redis_url(value),
    help="Distributed: enqueue due sources for `salvo worker`s instead of crawling here.",
)
@click.option(
    "--ingest/--no-ingest",
    default=True,
    help="With --redis: also be the writer (default), or leave it to `salvo ingest`.",
)
@click.pass_obj
def run(
    ctx: Context, run_for: float | None, log_json: bool, redis_url: str | None, ingest: bool
) -> None:
    """Run the daemon: poll every source of the config on its schedule until stopped.

    Prints one line per poll (new, revised, reports, alerts) and each alert as it is raised.
    SIGINT or SIGTERM stops it cleanly: the poll in progress is stored whole or not at all.
    With --redis the polls are fetched by `salvo worker` processes (docs/scaling.md).

    \b
    Example:
      salvo --config salvo.toml --db salvo.db run
      salvo run --redis redis://10.0.0.5:6379/0
    """
    from monitor.pipeline import Ingestor
    from monitor.schedule import Daemon, DaemonLock

    if log_json:
        for handler in logging.getLogger().handlers:
            handler.setFormatter(JsonLogFormatter())
    config = _config(ctx)
    if not config.sources:
        raise fail(f"{ctx.config}: no [[source]] to watch")
    notifiers = _notifiers(ctx, config)
    if redis_url is not None:
        _run_distributed(ctx, config, notifiers, run_for, redis_url, ingest)
        return
    lock = DaemonLock(ctx.db)
    lock.acquire()
    try:
        # Opened now: a bad database is an error at start, not at the first poll.
        store = ctx.open_store()
        ingestor = Ingestor(lambda: store, notifiers, sources=config.sources)
        try:
            # A read-only file or mount would refuse every poll's write: one line now instead.
            ingestor.store.check_writable()
            state = Daemon(config, ingestor, click.echo, ctx.log_level, run_for).run()
        finally:
            ingestor.close()
    finally:
        lock.release()
    click.echo(f"stopped after {state.polls} polls, {state.failures} failed, {state.alerts} alerts")


@cli.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
@click.pass_context
def sources(click_ctx: click.Context, as_json: bool) -> None:
    """List the sources of the config file with their kind, schedule and health (from the
    database, when there is one): last success, failures in a row and last error, items found
    per poll (last and usual), open health alerts, PAUSED, when the next poll is due.

    `salvo sources pause NAME` and `salvo sources resume NAME` stop and restart the polls of
    one source (a source that failed `pause_after` polls in a row is paused by the daemon).

    \b
    Examples:
      salvo --config salvo.toml sources
      salvo sources resume kyiv-independent
    """
    if click_ctx.invoked_subcommand is None:
        _list_sources(click_ctx.obj, as_json)


def _list_sources(ctx: Context, as_json: bool) -> None:
    from datetime import timedelta

    config = _config(ctx)
    states: dict[str, dict[str, Any]] = {}
    health: dict[str, dict[str, Any]] = {}
    if ctx.db.exists():
        with ctx.open_store() as store:
            states = store.source_states()
            health = store.source_health()
    listed = []
    for source in config.sources:
        state = states.get(source.name, {})
        seen = health.get(source.name, {})
        interval = (state.get("interval") or source.interval) if source.adaptive else None
        next_due = None
        if state.get("last_poll_at") and not source.cron:
            last = datetime.fromisoformat(state["last_poll_at"])
            wait = timedelta(seconds=interval or source.interval)
            next_due = (last + wait).isoformat(timespec="seconds")
        waiting = _waiting_until(state)
        if waiting and (next_due is None or waiting > next_due):
            next_due = waiting
        listed.append(
            {
                "name": source.name,
                "url": source.url,
                "kind": source.kind,
                "schedule": _schedule(source, interval),
                "lang": source.lang,
                "last_success": state.get("last_success_at"),
                "failures": state.get("failures", 0),
                "last_error": state.get("last_error") if state.get("failures") else None,
                "next_run": None if state.get("paused") else next_due,
                "items_seen": state.get("items_seen", 0),
                "not_before": waiting,
                "paused": bool(state.get("paused")),
                "paused_at": state.get("paused_at"),
                "found_last": state.get("found_last"),
                "found_avg": seen.get("found_avg"),
                "new_avg": seen.get("new_avg"),
                "interval": interval,
                "problems": (seen.get("problems") or "").split(",") if seen.get("problems") else [],
            }
        )
    if as_json:
        click.echo(json.dumps(listed, ensure_ascii=False, indent=1))
        return
    for row in listed:
        click.echo(
            f"{row['name']:24} {row['kind']:8} {row['schedule']:16} {_health_line(row)}"
            f"  {row['url']}"
        )


def _schedule(source: Any, interval: int | None) -> str:
    if source.cron:
        return f"cron {source.cron}"
    if interval is not None:
        return f"every {interval}s (adaptive)"
    return f"every {source.interval}s"


def _health_line(row: dict[str, Any]) -> str:
    """never polled | ok ..., N items, found per poll | FAILING xN: error, with PAUSED,
    WAITING and the open health alerts before it."""
    if not row["last_success"] and not row["failures"]:
        health = "never polled"
    elif row["failures"]:
        health = f"FAILING x{row['failures']}: {row['last_error']}"
    else:
        health = f"ok {row['last_success'][:16]}, {row['items_seen']} items"
        if row["found_last"] is not None:
            usual = f" (usual {row['found_avg']:.0f})" if row["found_avg"] is not None else ""
            health += f", {row['found_last']} found last poll{usual}"
    if row["problems"]:
        health = f"ALERT {', '.join(row['problems'])}; {health}"
    if row["not_before"]:
        health = f"WAITING until {row['not_before'][:19]} (Retry-After); {health}"
    if row["paused"]:
        since = (row["paused_at"] or "")[:16]
        health = f"PAUSED since {since} (salvo sources resume {row['name']}); {health}"
    return health


@sources.command(name="pause")
@click.argument("name")
@click.pass_obj
def sources_pause(ctx: Context, name: str) -> None:
    """Stop polling one source until `salvo sources resume NAME`, also across restarts; a
    running daemon skips it from its next turn on.

    \b
    Example:
      salvo sources pause kyiv-independent
    """
    _pause(ctx, name, True)


@sources.command(name="resume")
@click.argument("name")
@click.pass_obj
def sources_resume(ctx: Context, name: str) -> None:
    """Poll a paused source again, with all its tries before the next pause; its `paused`
    alert is resolved (one recovery message). A running daemon polls it at its next turn.

    \b
    Example:
      salvo sources resume kyiv-independent
    """
    _pause(ctx, name, False)


def _pause(ctx: Context, name: str, paused: bool) -> None:
    from monitor.pipeline import Ingestor

    config = _config(ctx)
    source = config.source(name)
    ingestor = Ingestor(ctx.open_store, _notifiers(ctx, config), sources=config.sources)
    try:
        changed = ingestor.set_paused(source, paused)
    finally:
        ingestor.close()
    if paused:
        click.echo(f"{name}: paused" if changed else f"{name}: paused already")
    else:
        click.echo(f"{name}: resumed" if changed else f"{name}: not paused")


def _waiting_until(state: dict[str, Any]) -> str | None:
    """When a source's Retry-After runs out, if it has not yet (UTC, ISO 8601)."""
    until = state.get("not_before")
    return until if until and until > datetime.now(UTC).isoformat(timespec="seconds") else None


@cli.command()
@click.argument("query")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
@click.pass_obj
def search(ctx: Context, query: str, limit: int, as_json: bool) -> None:
    """Full-text search over the titles and texts of the updates, best match first.

    Words are matched as given (no query syntax to learn, nothing to escape).

    \b
    Example:
      salvo search "Shahed Kyiv"
    """
    with _existing_store(ctx) as store:
        hits = store.search(query, limit)
    if as_json:
        click.echo(json.dumps(hits, ensure_ascii=False, indent=1))
        return
    if not hits:
        click.echo("no match")
    for hit in hits:
        when = (hit["published"] or hit["first_seen"] or "")[:16]
        click.echo(f"{when:16}  {hit['source']:20.20}  {hit['title'] or ''}  <{hit['url']}>")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="JSON instead of text.")
@click.pass_obj
def status(ctx: Context, as_json: bool) -> None:
    """Summarise the database and the daemon working on it: whether it runs, what is stored,
    and each source's health (last poll, last success, failures in a row, last error).

    \b
    Example:
      salvo --db salvo.db status
    """
    from monitor.schedule import DaemonLock

    with _existing_store(ctx) as store:
        summary = {
            "database": str(ctx.db.resolve()),
            "schema_version": store.schema_version(),
            "daemon_pid": DaemonLock(ctx.db).holder(),
            "counts": {
                table: store.count(table)
                for table in ("updates", "update_revisions", "reports", "alerts")
            },
            "sources": list(store.source_states().values()),
        }
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, indent=1))
        return
    pid = summary["daemon_pid"]
    click.echo(f"database {summary['database']} (schema {summary['schema_version']})")
    click.echo(f"daemon: running, pid {pid}" if pid else "daemon: not running")
    click.echo(", ".join(f"{count} {table}" for table, count in summary["counts"].items()))
    for state in summary["sources"]:
        health = "ok" if not state["failures"] else f"FAILING x{state['failures']}"
        if state["paused"]:
            health = f"PAUSED {health}"
        click.echo(
            f"{state['source']:24} {health:12} polls {state['polls']:>5}"
            f" (not modified: {state['not_modified']})"
            f"  last ok {state['last_success_at'] or '-'}"
            f"  new items {state['items_seen']}"
            + (f"  last error: {state['last_error']}" if state["failures"] else "")
            + (f"  WAITING (Retry-After) until {until}" if (until := _waiting_until(state)) else "")
        )


@cli.group()
def history() -> None:
    """Past attacks, so that records are judged against real history."""


@history.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE.csv")
@click.pass_obj
def history_import(ctx: Context, file: Path) -> None:
    """Load past attacks from the public daily dataset of missile and drone attacks on Ukraine
    (compiled from Ukrainian Air Force reports; CSV with time_start, time_end, model, launched,
    destroyed, source, ...).

    Rows are grouped into attacks by Air Force post, weapon models mapped to drone or missile
    (reconnaissance UAVs and guided bombs are skipped and counted). Importing again, or a newer
    download, updates the same attacks instead of adding them twice. Imported attacks are
    marked as history (source 'history'); the alerts they imply are stored, never pushed.

    \b
    Example:
      salvo history import missile_attacks_daily.csv
    """
    from monitor.history import load_history
    from monitor.pipeline import Ingestor

    if not file.is_file():
        raise fail(f"{file}: no such file")
    try:
        read = load_history(file)
    except UnicodeDecodeError:
        raise fail(f"{file}: not a UTF-8 CSV file") from None
    ingestor = Ingestor(ctx.open_store)
    try:
        outcome = ingestor.ingest_history(HISTORY_SOURCE, read.attacks)
    finally:
        ingestor.close()
    if outcome.failure:
        raise fail(f"{file}: {outcome.failure}")
    click.echo(
        f"{file}: {read.rows} rows, {len(read.attacks)} attacks ({outcome.new} new,"
        f" {outcome.revised} revised, {outcome.seen} unchanged), {outcome.reports} reports"
    )
    skipped = sum(read.skipped.values())
    if skipped:
        reasons = ", ".join(f"{count} {reason}" for reason, count in read.skipped.most_common())
        click.echo(f"skipped {skipped} rows: {reasons}")
    with ctx.open_store() as store:
        stored = store.count("alerts")
    click.echo(f"{stored} alerts stored in all (history is never pushed to notifiers)")


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "json", "jsonl"]),
    default="csv",
    show_default=True,
)
@click.option(
    "--table",
    default="attacks",
    show_default=True,
    help="Any table or view: attacks, records_current, latest_updates, updates, reports, alerts.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File (default stdout)."
)
@click.pass_obj
def export(ctx: Context, fmt: str, table: str, output: Path | None) -> None:
    """Export a table or view as CSV, JSON or JSON lines, streamed row by row.

    \b
    Examples:
      salvo export --table attacks > attacks.csv
      salvo export --format jsonl --table alerts -o alerts.jsonl
    """
    from monitor.export import ExportError, export_rows

    with _existing_store(ctx) as store:
        columns, rows = store.view_rows(table)
        mappings = (dict(zip(columns, row, strict=True)) for row in rows)
        try:
            if output is None:
                count = export_rows(mappings, columns, fmt, sys.stdout)
            else:
                with output.open("w", encoding="utf-8", newline="") as out:
                    count = export_rows(mappings, columns, fmt, out)
        except ExportError as exc:
            raise fail(str(exc)) from None
        except OSError as exc:
            raise fail(f"{output}: {exc.strerror}") from None
    if output is not None:
        click.echo(f"{count} rows of {table} written to {output}", err=True)


@cli.command()
@click.option(
    "--weapon",
    type=click.Choice(["drone", "missile", "total"]),
    default="drone",
    show_default=True,
)
@click.option("--attacker", default="RU", show_default=True, help="RU or UA.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default="attacks.png",
    show_default=True,
)
@click.pass_obj
def chart(ctx: Context, weapon: str, attacker: str, output: Path) -> None:
    """Draw a PNG of how many were launched in each attack over time, records marked.

    \b
    Example:
      salvo chart --weapon drone -o drones.png
    """
    from monitor.chart import ChartError, attack_chart

    with _existing_store(ctx) as store:
        points = store.series_points(attacker, weapon)
        records = store.record_points(attacker, weapon)
    words = {"drone": "drones", "missile": "missiles", "total": "drones and missiles"}
    title = f"{words[weapon].capitalize()} launched per attack by {attacker}"
    try:
        path = attack_chart(points, records, output, title)
    except ChartError as exc:
        raise fail(str(exc)) from None
    click.echo(f"{len(points)} attacks, {len(records)} records: {path}")


@cli.command()
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; 0.0.0.0 exposes the file to your network.",
)
@click.pass_obj
def serve(ctx: Context, port: int, host: str) -> None:
    """Browse and query the database in Datasette (read-only), with canned queries: current
    records, attacks by month, latest alerts. Runs until Ctrl-C.

    \b
    Example:
      salvo serve --port 8001   # then open http://127.0.0.1:8001/
    """
    import tempfile

    from datasette.cli import cli as datasette

    from monitor.serve import datasette_arguments

    _existing_store(ctx).close()  # migrated and valid before Datasette opens it read-only
    with tempfile.TemporaryDirectory() as folder:
        arguments = datasette_arguments(ctx.db, host, port, Path(folder) / "metadata.json")
        click.echo(f"serving {ctx.db} read-only on http://{host}:{port}/ (Ctrl-C stops)")
        datasette.main(arguments, prog_name="salvo serve", standalone_mode=False)


@cli.command()
@click.argument("target", metavar="URL|SOURCE")
@click.option(
    "--kind",
    type=click.Choice(["auto", "feed", "liveblog", "page", "telegram"]),
    default=None,
    help="What the URL is (a configured source has its own kind).",
)
@click.pass_obj
def check(ctx: Context, target: str, kind: str | None) -> None:
    """Dry-run the whole pipeline on one URL or configured source; store nothing.

    Prints what was fetched (status, bytes, time), how it was split (method, items with their
    times and first words), the reports read, and the alerts it would raise against what the
    database holds. The first thing to run after adding a source.

    \b
    Examples:
      salvo check https://t.me/s/kpszsu
      salvo --config salvo.toml check kyiv-independent
    """
    import dataclasses
    import tempfile
    import time

    from monitor.config import Source, load_config
    from monitor.crawl import CrawlJob, CrawlSettings, run_jobs
    from monitor.notify import describe_alert
    from monitor.pipeline import Ingestor
    from monitor.schedule import spider_for

    source = None
    if ctx.config.exists() and not target.lower().startswith(("http://", "https://")):
        source = load_config(ctx.config).source(target)
    if source is None:
        _check_urls([target])
        source = Source(name=target, url=target, kind=kind or "auto")
    elif kind:
        source = dataclasses.replace(source, kind=kind)
    with tempfile.TemporaryDirectory() as scratch:
        # Against the real database (rolled back) when there is one, else an empty one.
        db = ctx.db if ctx.db.exists() else Path(scratch) / "check.db"
        ingestor = Ingestor(lambda: Store(db), dry_run=True, sources=[source])
        spider, arguments = spider_for(source)
        if spider.name == "feed" and ctx.db.exists():
            arguments["known"] = ingestor.store.known_entries(source.name)
        started = time.monotonic()
        try:
            (outcome,) = run_jobs(
                [CrawlJob(spider, lambda: arguments, label=source.url)],
                ingestor,
                CrawlSettings(log_level=ctx.log_level),
            )
        finally:
            ingestor.close()
    took = time.monotonic() - started
    stats = outcome.fetch_stats
    statuses = ", ".join(
        f"{key.rsplit('/', 1)[-1]} x{count}"
        for key, count in sorted(stats.items())
        if key.startswith("downloader/response_status_count/")
    )
    click.echo(f"{source.name}: {source.url} (kind {source.kind})")
    click.echo(
        f"fetched: {stats.get('downloader/response_count', 0)} responses ({statuses or '-'}),"
        f" {stats.get('downloader/response_bytes', 0)} bytes, {took:.1f}s"
    )
    if outcome.failure:
        raise fail(f"{source.url}: {outcome.failure}")
    if outcome.not_modified:
        click.echo("not modified since the last poll (304)")
    click.echo(
        f"split: {outcome.method or 'one update per page or entry'}; {len(outcome.items)} items:"
        f" {outcome.new} new, {outcome.revised} revised, {outcome.seen} unchanged"
    )
    for update, change, found in outcome.items:
        words = " ".join(update.text.split()[:12])
        click.echo(f"  [{change}] {(update.published or '?')[:16]}  {words}")
        for report in found:
            click.echo(
                f"      {report.attacker or '?'} {report.weapon}: launched {report.launched},"
                f" destroyed {report.destroyed}, date {report.date}"
                + (", claims a record" if report.claims_record else "")
            )
    for error in outcome.errors:
        click.echo(f"  warning: {error}")
    click.echo(f"reports: {outcome.reports}; would alert: {len(outcome.alerts)}")
    for alert in outcome.alerts:
        click.echo(f"  {describe_alert(alert)}")
    click.echo("nothing was stored")


@cli.command(name="records")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
@click.pass_obj
def records_command(ctx: Context, as_json: bool) -> None:
    """Show the current record of each series (attacker x drone, missile, total).

    \b
    Examples:
      salvo records
      salvo records --json
    """
    from monitor.chart import sparkline
    from monitor.records import attacks_from_reports, current_records

    with _existing_store(ctx) as store:
        table = []
        for attacker in store.attackers():
            attacks = attacks_from_reports(store.report_rows(attacker))
            for held in current_records(attacks):
                url = store.update_url(held.update_id) if held.update_id else None
                values = [value for _, value in store.series_points(attacker, held.weapon)]
                table.append(
                    {"attacker": attacker, **asdict(held), "url": url, "trend": sparkline(values)}
                )
    if as_json:
        click.echo(json.dumps(table, ensure_ascii=False, indent=1))
        return
    if not table:
        click.echo("no attacks stored yet")
    for row in table:
        click.echo(
            f"{row['attacker']:3} {row['weapon']:8} {row['value']:>6} on {row['date']}"
            f"  ({row['attacks']:>3} attacks)  {row['trend']:40}  {row['url'] or ''}".rstrip()
        )


def _existing_store(ctx: Context) -> Store:
    if not ctx.db.exists():
        raise fail(f"{ctx.db}: no such database (run `salvo poll` or `salvo demo` first)")
    return ctx.open_store()


@cli.command()
@click.option(
    "--keep", is_flag=True, help="Keep an existing demo database instead of starting afresh."
)
@click.option(
    "--round-seconds",
    type=click.FloatRange(min=2),
    default=10,
    show_default=True,
    help="Seconds between the replay's rounds (the demo lasts about three rounds).",
)
@click.pass_context
def demo(click_ctx: click.Context, keep: bool, round_seconds: float) -> None:
    """Watch the daemon at work on a bundled corpus replayed on 127.0.0.1 (no network needed).

    The replay publishes two outlets' feeds as they were on three mornings of June and July
    2025, one round every --round-seconds, and a content-farm page with the second round. The
    real daemon polls them: you see each poll, the new updates and the record alerts as they
    appear. It stops by itself after the last round and leaves the database
    (./salvo-demo.db unless --db is given) for you to query.

    \b
    Example:
      salvo demo && salvo --db salvo-demo.db records
    """
    from monitor.demo import run_demo

    ctx: Context = click_ctx.obj
    explicit = click_ctx.parent.get_parameter_source("db").name not in ("DEFAULT",)
    db = ctx.db if explicit else Path("salvo-demo.db")
    if db.exists() and not keep:
        if explicit:
            raise fail(f"{db} exists; the demo needs a new database (or pass --keep)")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    ctx.db = db
    with ctx.open_store() as store:
        state = run_demo(store, click.echo, ctx.log_level, round_seconds)
        count = store.count("alerts")
    click.echo(f"\nthe demo is over: {state.polls} polls, {count} alerts.")
    click.echo(f"database: {db.resolve()}")
    click.echo(f"try: salvo --db {db} alerts")
    click.echo(f"     salvo --db {db} records")
    click.echo(f"     sqlite3 {db} 'select kind, attacker, weapon, date, value from alerts'")


def _redis_url(value: str | None) -> str | None:
    if value is not None and not value.startswith(("redis://", "rediss://", "unix://")):
        raise click.BadParameter(
            f"{value!r} is not a Redis URL (redis://HOST:6379/0)", param_hint="--redis"
        )
    return value


_REDIS_OPTION = click.option(
    "--redis",
    "redis_url",
    required=True,
    metavar="URL",
    callback=lambda ctx, param, value: _redis_url(value),
    help="The Redis shared by the scheduler, the workers and the writer.",
)


def _redis_failed(exc: Exception) -> click.ClickException:
    return fail(f"Redis: {' '.join(str(exc).split()) or type(exc).__name__}")


def _writer_lock(ctx: Context) -> Any:
    """One writer per database: a second `salvo ingest` (or `run --redis`) stops at once."""
    from monitor.schedule import DaemonLock

    lock = DaemonLock(Path(f"{ctx.db}.writer"))
    try:
        lock.acquire()
    except SalvoError:
        raise fail(f"another salvo writer (pid {lock.holder()}) stores into {ctx.db}") from None
    return lock


def _run_distributed(
    ctx: Context,
    config: Any,
    notifiers: list[Any],
    run_for: float | None,
    redis_url: str,
    ingest: bool,
) -> None:
    """`salvo run --redis`: the schedule here, the fetching on workers, and (with --ingest)
    the writer in this process too."""
    import redis

    from monitor.distributed import DistributedDaemon, Writer, connect
    from monitor.pipeline import Ingestor
    from monitor.schedule import DaemonLock

    server = connect(redis_url)
    lock = DaemonLock(ctx.db)
    lock.acquire()
    writer_lock = _writer_lock(ctx) if ingest else None
    try:
        store = ctx.open_store()
        # Without --ingest this process only reads the store: no notifier, nothing to deliver.
        ingestor = Ingestor(lambda: store, notifiers if ingest else [], sources=config.sources)
        try:
            writer = None
            if ingest:
                ingestor.store.check_writable()
                writer = Writer(server, ingestor)
            daemon = DistributedDaemon(
                config, ingestor, click.echo, ctx.log_level, run_for, server=server, writer=writer
            )
            state = daemon.run()
        except redis.RedisError as exc:
            raise _redis_failed(exc) from None
        finally:
            ingestor.close()
    finally:
        if writer_lock is not None:
            writer_lock.release()
        lock.release()
    click.echo(f"stopped after {state.polls} polls, {state.failures} failed, {state.alerts} alerts")


@cli.command()
@_REDIS_OPTION
@click.option(
    "--concurrency",
    type=click.IntRange(min=1),
    default=16,
    show_default=True,
    help="Requests in flight in this worker.",
)
@click.pass_obj
def worker(ctx: Context, redis_url: str, concurrency: int) -> None:
    """Fetch, extract, split and count for `salvo run --redis`, on any machine.

    Takes requests from the shared queue (scrapy-redis), puts each response's updates and
    reports on the item stream for the writer. Start and stop workers at any time; a killed
    worker's requests are fetched again by the others.

    \b
    Example:
      salvo worker --redis redis://10.0.0.5:6379/0
    """
    import redis

    from monitor.distributed import run_worker

    try:
        run_worker(redis_url, ctx.log_level, concurrency, click.echo)
    except redis.RedisError as exc:
        raise _redis_failed(exc) from None


@cli.command()
@_REDIS_OPTION
@_FOR_OPTION
@click.pass_obj
def ingest(ctx: Context, redis_url: str, run_for: float | None) -> None:
    """Be the single writer of a distributed setup (`salvo run --redis URL --no-ingest`).

    Reads the workers' results from the Redis stream and stores each complete poll in one
    transaction (diff, reports, records, alerts), acknowledging it only once committed.

    \b
    Example:
      salvo --db salvo.db ingest --redis redis://10.0.0.5:6379/0
    """
    import redis

    from monitor.distributed import connect, run_writer
    from monitor.pipeline import Ingestor

    server = connect(redis_url)
    config = _config(ctx) if ctx.config.exists() else None
    lock = _writer_lock(ctx)
    try:
        store = ctx.open_store()
        sources = config.sources if config else ()
        ingestor = Ingestor(lambda: store, _notifiers(ctx, config), sources=sources)
        try:
            ingestor.store.check_writable()
            stored = run_writer(server, ingestor, click.echo, run_for)
        except redis.RedisError as exc:
            raise _redis_failed(exc) from None
        finally:
            ingestor.close()
    finally:
        lock.release()
    click.echo(f"stopped after {stored} polls stored")


def main() -> None:
    """Entry point of the console script: domain errors become one line and exit 1."""
    try:
        cli.main(prog_name="salvo", standalone_mode=True)
    except (SalvoError, StorageError) as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
