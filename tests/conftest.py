"""Shared fixtures: the replay server on 127.0.0.1, a scripted one (`Server`, answers chosen per
request), and `salvo` in a subprocess, run to the end (`Salvo`) or in the background
(`Background`, for the daemon).

Scrapy's reactor cannot be restarted within one process, so every crawl runs the real command
in its own process, exactly as a user would.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

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


def dump(db: Path) -> str:
    """Every row of the file, as SQL: equal dumps, equal contents."""
    conn = sqlite3.connect(db)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def site():
    with ReplayServer(FIXTURES / "site") as server:
        yield server


def salvo_env() -> dict[str, str]:
    """The environment of a `salvo` subprocess: this checkout importable, no $SALVO_DB."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SALVO_DB", None)
    return env


def salvo_command(db: Path | None, *args: str) -> list[str]:
    """The command line of `salvo [--db DB] ARGS`."""
    options = ["--db", str(db)] if db is not None else []
    return [sys.executable, "-m", "monitor", *options, *args]


class Salvo:
    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.db = workdir / "salvo.db"

    def __call__(self, *args: str, input: str | None = None, timeout: float = 120, db: bool = True):
        """Run `salvo ARGS` in the work folder; `db=False` leaves --db to the command's default."""
        return subprocess.run(
            salvo_command(self.db if db else None, *args),
            cwd=self.workdir,
            env=salvo_env(),
            input=input,
            capture_output=True,
            text=True,
            timeout=timeout,
        )


class Background:
    """A command (`salvo run`, see `start`) in the background: stdout read line by line as it
    comes, stderr kept in a file, so that no pipe left unread can ever block the process."""

    def __init__(self, command: list[str], workdir: Path, db: Path | None = None) -> None:
        self.db = db  # the database it works on, when the caller wants to read it after
        self.stderr_path = workdir / f"stderr.{time.monotonic_ns()}.log"
        with self.stderr_path.open("w") as stderr:
            self.process = subprocess.Popen(
                command,
                cwd=workdir,
                env=salvo_env(),
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
            )
        self.lines: list[str] = []
        self.stop_seconds: float | None = None  # how long the last stop() took
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    @classmethod
    def start(cls, workdir: Path, config: str | None, *args: str) -> Background:
        """`salvo run ARGS` on WORKDIR/salvo.db, with `config` written to WORKDIR/salvo.toml."""
        if config is not None:
            (workdir / "salvo.toml").write_text(config)
        db = workdir / "salvo.db"
        return cls(salvo_command(db, "run", *args), workdir, db)

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def wait_for(self, text: str, timeout: float = 60, after: int = 0) -> int:
        """Index of the first line from `after` on that contains text; the bound only stops a
        hung test, it is never what a test measures."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for index, line in enumerate(self.lines[after:], start=after):
                if text in line:
                    return index
            if self.process.poll() is not None and not self._reader.is_alive():
                break
            time.sleep(0.02)
        raise AssertionError(f"{text!r} not seen; output: {self.lines}; stderr: {self.stderr}")

    @property
    def stderr(self) -> str:
        return self.stderr_path.read_text()

    def wait(self, timeout: float = 60) -> int:
        """The exit status of a command that ends by itself (`run --for`), its output all read."""
        code = self.process.wait(timeout=timeout)
        self._reader.join(timeout=10)
        return code

    def stop(self, signum: int = signal.SIGTERM, timeout: float = 60) -> int:
        """Send a stop signal; the exit status once the process is gone."""
        started = time.monotonic()
        self.process.send_signal(signum)
        code = self.process.wait(timeout=timeout)
        self.stop_seconds = time.monotonic() - started
        self._reader.join(timeout=10)
        return code

    def kill9(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.wait(timeout=30)

    def close(self) -> None:
        """Whatever happened in the test, the process is gone after this."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def salvo(tmp_path) -> Salvo:
    return Salvo(tmp_path)


class Server:
    """A threaded HTTP server on 127.0.0.1; `hits` holds (path, arrived, left, status)."""

    def __init__(self) -> None:
        self.http = HTTPServer(host="127.0.0.1", port=0, threaded=True)
        self.hits: list[tuple[str, float, float, int]] = []
        self._lock = threading.Lock()
        self.http.expect_request("/robots.txt").respond_with_data("", status=404)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http.port}"

    def route(self, path: str, respond: Callable[[int], Response], delay: float = 0) -> None:
        """Serve `path` with `respond(n)`, n being how many requests it had before this one."""

        def handle(request: Request) -> Response:
            arrived = time.time()
            with self._lock:
                count = sum(1 for hit in self.hits if hit[0] == path)
                self.hits.append((path, arrived, arrived, 0))  # counted while it runs
                index = len(self.hits) - 1
            if delay:
                time.sleep(delay)
            response = respond(count)
            with self._lock:
                self.hits[index] = (path, arrived, time.time(), response.status_code)
            return response

        self.http.expect_request(path).respond_with_handler(handle)

    def of(self, path: str) -> list[tuple[str, float, float, int]]:
        with self._lock:
            return [hit for hit in self.hits if hit[0] == path]


@pytest.fixture
def server():
    server = Server()
    server.http.start()
    try:
        yield server
    finally:
        server.http.clear()
        server.http.stop()
