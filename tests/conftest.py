"""Shared fixtures: the replay server on 127.0.0.1 and a `salvo` runner in a subprocess.

Scrapy's reactor cannot be restarted within one process, so every crawl runs the real command
in its own process, exactly as a user would.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.replay import ReplayServer

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent


def rows(db: Path, sql: str, *params: object) -> list[tuple]:
    """Query a database file as another tool would: its own connection, closed after."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.fixture
def site():
    with ReplayServer(FIXTURES / "site") as server:
        yield server


class Salvo:
    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.db = workdir / "salvo.db"

    def __call__(self, *args: str, input: str | None = None, timeout: float = 120, db: bool = True):
        """Run `salvo ARGS` in the work folder; `db=False` leaves --db to the command's default."""
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        env.pop("SALVO_DB", None)
        options = ["--db", str(self.db)] if db else []
        return subprocess.run(
            [sys.executable, "-m", "monitor", *options, *args],
            cwd=self.workdir,
            env=env,
            input=input,
            capture_output=True,
            text=True,
            timeout=timeout,
        )


@pytest.fixture
def salvo(tmp_path) -> Salvo:
    return Salvo(tmp_path)
