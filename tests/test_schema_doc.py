"""docs/schema.md is checked against a live database, so the documentation cannot drift."""

from __future__ import annotations

import re
from pathlib import Path

from storage import Store

DOC = Path(__file__).parent.parent / "docs" / "schema.md"
README = Path(__file__).parent.parent / "README.md"


def documented() -> dict[str, list[tuple[str, str]]]:
    """Section name -> [(column, type)] from the tables of the page."""
    sections: dict[str, list[tuple[str, str]]] = {}
    current = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        header = re.match(r"^## `([a-z_]+)`", line)
        if header:
            current = header.group(1)
            sections[current] = []
            continue
        row = re.match(r"^\| `([a-z_]+)` \| ([A-Z]+) \|", line)
        if row and current:
            sections[current].append((row.group(1), row.group(2)))
    return sections


def test_every_table_and_view_is_documented_with_its_columns(tmp_path):
    with Store(tmp_path / "salvo.db") as store:
        db = store.db
        live = {
            name: [(column.name, column.type or "") for column in db[name].columns]
            for name in db.table_names() + db.view_names()
            if not name.startswith("updates_fts_") and not name.startswith("sqlite_")
        }
    doc = documented()
    assert set(doc) == set(live)
    for name, columns in live.items():
        assert [c for c, _ in doc[name]] == [c for c, _ in columns], name
        for (column, doc_type), (_, live_type) in zip(doc[name], columns, strict=True):
            if live_type:  # views and FTS columns carry no declared type
                assert doc_type == live_type, (name, column)


def test_readme_names_every_table():
    readme = README.read_text(encoding="utf-8")
    for name in documented():
        assert f"`{name}`" in readme, name
