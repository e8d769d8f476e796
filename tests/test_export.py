"""Export: every format round-trips through the standard csv and json readers."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator

import pytest

from monitor.export import FORMATS, ExportError, export_rows

COLUMNS = ["id", "title", "launched", "evidence"]
ROWS = [
    {"id": 1, "title": "Plain", "launched": 539, "evidence": "simple"},
    {"id": 2, "title": 'Quote "here", comma', "launched": None, "evidence": "line one\nline two"},
    {
        "id": 3,
        "title": "Росія атакувала Україну",
        "launched": 728,
        "evidence": "Сили ППО збили 296 «шахедів»; 'лапки' й кома,\r\nкінець",
    },
]


def export(rows, fmt: str, columns=COLUMNS) -> tuple[int, str]:
    out = io.StringIO(newline="")
    count = export_rows(rows, columns, fmt, out)
    return count, out.getvalue()


def test_csv_round_trip() -> None:
    count, text = export(ROWS, "csv")
    assert count == 3
    assert text.startswith("id,title,launched,evidence\r\n")  # RFC 4180 line ends
    parsed = list(csv.reader(io.StringIO(text, newline="")))
    assert parsed[0] == COLUMNS
    expected = [["" if row[c] is None else str(row[c]) for c in COLUMNS] for row in ROWS]
    assert parsed[1:] == expected  # None becomes an empty field


def test_json_round_trip() -> None:
    count, text = export(ROWS, "json")
    assert count == 3
    assert json.loads(text) == ROWS
    assert "Росія" in text  # written as UTF-8 text, not \u escapes


def test_jsonl_round_trip() -> None:
    count, text = export(ROWS, "jsonl")
    assert count == 3
    lines = text.splitlines()
    assert len(lines) == 3  # embedded newlines stay escaped inside each object
    assert [json.loads(line) for line in lines] == ROWS
    assert "«шахедів»" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_only_the_given_columns_in_their_order(fmt: str) -> None:
    rows = [{"b": 2, "a": 1, "extra": "dropped"}]
    _, text = export(rows, fmt, columns=["a", "b"])
    if fmt == "csv":
        assert text == "a,b\r\n1,2\r\n"
    elif fmt == "json":
        assert list(json.loads(text)[0]) == ["a", "b"]
    else:
        assert text == '{"a": 1, "b": 2}\n'


@pytest.mark.parametrize(
    ("fmt", "expected"), [("csv", "id,title\r\n"), ("json", "[]\n"), ("jsonl", "")]
)
def test_no_rows(fmt: str, expected: str) -> None:
    assert export([], fmt, columns=["id", "title"]) == (0, expected)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_streams_without_holding_rows(fmt: str) -> None:
    seen = []

    def rows() -> Iterator[dict[str, int]]:
        for i in range(1000):
            # Each row is written before the next one is asked for.
            seen.append(out.getvalue().count("\n"))
            yield {"n": i}

    out = io.StringIO(newline="")
    assert export_rows(rows(), ["n"], fmt, out) == 1000
    header = 1 if fmt == "csv" else 0
    assert seen == [i + header for i in range(1000)]


def test_large_json_count() -> None:
    count, text = export(({"n": i} for i in range(5000)), "json", columns=["n"])
    assert count == 5000
    assert [row["n"] for row in json.loads(text)] == list(range(5000))


def test_sqlite_rows() -> None:
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    conn.execute("CREATE TABLE t (id INTEGER, text TEXT)")
    conn.execute("INSERT INTO t VALUES (1, 'Київ'), (2, NULL)")
    cursor = conn.execute("SELECT id, text FROM t ORDER BY id")
    columns = [d[0] for d in cursor.description]
    count, text = export(cursor, "json", columns=columns)
    assert count == 2
    assert json.loads(text) == [{"id": 1, "text": "Київ"}, {"id": 2, "text": None}]


def test_unknown_format_writes_nothing() -> None:
    out = io.StringIO()
    with pytest.raises(ExportError, match="unknown export format 'xml'"):
        export_rows(ROWS, COLUMNS, "xml", out)
    assert out.getvalue() == ""


@pytest.mark.parametrize("fmt", FORMATS)
def test_missing_column(fmt: str) -> None:
    with pytest.raises(ExportError, match="no column 'nope'"):
        export([{"id": 1}], fmt, columns=["id", "nope"])


def test_repeated_column() -> None:
    with pytest.raises(ExportError, match="repeated"):
        export(ROWS, "json", columns=["id", "id"])


def test_value_json_cannot_hold() -> None:
    with pytest.raises(ExportError, match="cannot be written as JSON"):
        export([{"x": float("nan")}], "jsonl", columns=["x"])
