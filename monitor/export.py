"""Rows to CSV, JSON or JSON Lines on a text stream. Pure: the storage layer supplies the rows."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

FORMATS = ("csv", "json", "jsonl")


class ExportError(Exception):
    """The export cannot be written as asked; the message is one line meant for the user."""


def export_rows(
    rows: Iterable[Mapping[str, Any]], columns: Sequence[str], fmt: str, out: TextIO
) -> int:
    """Write `rows` (only `columns`, in that order) to `out` as `fmt`; return how many rows."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    columns = list(columns)
    if len(set(columns)) != len(columns):
        # A repeated name would silently lose a value in a JSON object.
        raise ExportError(f"repeated column names in {', '.join(columns)}")
    if fmt == "csv":
        return _write_csv(rows, columns, out)
    return _write_json(rows, columns, out, lines=fmt == "jsonl")


def _values(row: Mapping[str, Any], columns: list[str]) -> list[Any]:
    # Index by name rather than .get() so sqlite3.Row works as well as dicts.
    values = []
    for name in columns:
        try:
            values.append(row[name])
        except (KeyError, IndexError) as exc:  # sqlite3.Row raises IndexError
            raise ExportError(f"a row has no column {name!r}") from exc
    return values


def _write_csv(rows: Iterable[Mapping[str, Any]], columns: list[str], out: TextIO) -> int:
    # csv's defaults are RFC 4180: CRLF line ends, quotes doubled, fields quoted when needed.
    # None becomes an empty field. Files should be opened with newline="" so CRLF stays CRLF.
    writer = csv.writer(out)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow(_values(row, columns))
        count += 1
    return count


def _dumps(row: Mapping[str, Any], columns: list[str]) -> str:
    try:
        # allow_nan=False: NaN and Infinity are not JSON and other tools choke on them.
        return json.dumps(
            dict(zip(columns, _values(row, columns), strict=True)),
            ensure_ascii=False,
            allow_nan=False,
        )
    except (TypeError, ValueError) as exc:
        raise ExportError(f"a row cannot be written as JSON: {exc}") from exc


def _write_json(
    rows: Iterable[Mapping[str, Any]], columns: list[str], out: TextIO, *, lines: bool
) -> int:
    # The array is written by hand, one object a line, so no format holds all rows in memory.
    count = 0
    for row in rows:
        text = _dumps(row, columns)
        if lines:
            out.write(text + "\n")
        else:
            out.write(("[\n" if count == 0 else ",\n") + text)
        count += 1
    if not lines:
        out.write("[]\n" if count == 0 else "\n]\n")
    return count
