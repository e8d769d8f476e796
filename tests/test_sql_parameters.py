"""The SQL of every CLI filter is parameterised: hostile values are refused or matched as text,
and the database is never changed by a command that only reads.

Two views of it: the real `salvo` command on a real file (clear errors, nothing injected, the file
as it was), and the storage reads themselves, traced: the SQL they run has the same shape
whatever value a filter carries, which is what a bound parameter means.
"""

from __future__ import annotations

import pytest

from monitor.pipeline import Ingestor
from storage import StorageError, Store
from tests.conftest import dump
from tests.test_views import STORY

HOSTILE = [
    "2025' OR 1=1 --",
    "RU' OR '1'='1",
    '"; DROP TABLE updates; --',
    "x; DROP TABLE updates",
    "updates] ; DROP TABLE alerts; --",
    "') UNION SELECT sql, 1 FROM sqlite_master --",
]


@pytest.fixture
def filled(salvo):
    """A database of four attacks and three alerts, and its dump before any command."""
    ingestor = Ingestor(lambda: Store(salvo.db))
    ingestor.ingest("wire", "feed", STORY)
    ingestor.close()
    return dump(salvo.db)


def one_line(result, code: int, *words: str) -> None:
    """A clear error: its last line says it (bad usage, 2, is preceded by click's usage line)."""
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == code, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 or code == 2, lines
    assert lines[-1].startswith("Error: ") and all(word in lines[-1] for word in words), lines


@pytest.mark.parametrize("value", HOSTILE)
def test_alerts_since_takes_only_a_date(salvo, filled, value):
    one_line(salvo("alerts", "--since", value), 2, "--since", "is not a date (YYYY-MM-DD)")
    assert dump(salvo.db) == filled


def test_alerts_since_a_date_filters(salvo, filled):
    listed = salvo("alerts", "--since", "2025-06-07").stdout.splitlines()
    assert len(listed) == 2 and all("2025-06-09" in line for line in listed)


@pytest.mark.parametrize(
    "query",
    [
        *HOSTILE,
        "'",
        '"',
        "drones OR 1=1",
        "NEAR(drones missiles)",
        "title:drones",
        "drones*",
        "-drones",
        "(drones",
        "drones AND",
        "^drones",
    ],
)
def test_search_reads_any_query_as_words(salvo, filled, query):
    result = salvo("search", "--json", "--", query)  # `--`: "-drones" is not an option
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    assert dump(salvo.db) == filled


def test_search_syntax_is_not_obeyed(salvo, filled):
    # FTS5 would read these as operators; here they are words, so each matches what its
    # words match and no more.
    assert salvo("search", "drones").stdout.count("\n") == 5
    assert "no match" in salvo("search", "drones OR nothingatall").stdout
    assert "no match" in salvo("search", "text:drones").stdout  # no column filter


@pytest.mark.parametrize("value", HOSTILE)
def test_export_table_must_be_a_table_or_view(salvo, filled, value):
    one_line(salvo("export", "--table", value), 1, f"no table or view named {value!r}")
    assert dump(salvo.db) == filled


@pytest.mark.parametrize("value", HOSTILE)
def test_chart_attacker_is_a_value(salvo, filled, value, tmp_path):
    result = salvo("chart", "--attacker", value, "-o", str(tmp_path / "x.png"))
    one_line(result, 1, "Error:")  # no attack of that attacker: nothing to draw
    assert not (tmp_path / "x.png").exists()
    assert dump(salvo.db) == filled


# The storage reads behind the filters, traced.


def traced(store: Store, read) -> list[str]:
    """The SQL statements a read runs, as SQLite expands them."""
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        read()
    finally:
        store.db.conn.set_trace_callback(None)
    return statements


def literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


READS = {
    "list_alerts": lambda store, value: store.list_alerts(value),
    "series_points": lambda store, value: store.series_points(value, "drone"),
    "record_points": lambda store, value: store.record_points(value, "total"),
    "report_rows": lambda store, value: store.report_rows(value),
    "update_state": lambda store, value: store.update_state(value, value),
    "known_entries": lambda store, value: store.known_entries(value),
    "validators": lambda store, value: store.validators(value),
}


@pytest.mark.parametrize("read", sorted(READS))
@pytest.mark.parametrize("value", HOSTILE)
def test_a_filter_value_is_one_bound_literal(tmp_path, read, value):
    with Store(tmp_path / "salvo.db") as store:
        benign = traced(store, lambda: READS[read](store, "RU"))
        hostile = traced(store, lambda: READS[read](store, value))
        tables = set(store.db.table_names())
    # Put back in place of the hostile value's literal, the benign one gives the same SQL.
    assert [sql.replace(literal(value), literal("RU")) for sql in hostile] == benign
    assert tables >= {"updates", "alerts", "reports"}


@pytest.mark.parametrize("value", HOSTILE)
def test_a_table_name_is_checked_before_any_sql_names_it(tmp_path, value):
    with Store(tmp_path / "salvo.db") as store:
        for read in (store.view_rows, store.count):
            statements: list[str] = []
            store.db.conn.set_trace_callback(statements.append)
            with pytest.raises(StorageError, match="no table or view named"):
                read(value)
            store.db.conn.set_trace_callback(None)
            assert not any(value in sql for sql in statements), statements
