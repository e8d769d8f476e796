"""Pushing alerts to Apprise URLs: each alert once, retried across restarts, no secret leaked."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from monitor.models import Document
from monitor.notify import AppriseNotifier, StdoutNotifier, redact
from monitor.pipeline import Ingestor
from storage import Store


class Receiver:
    """A webhook on 127.0.0.1 that answers 500 to its first `failures` posts, then 200;
    `on_post` runs before each answer (a test's fault to inject at that moment)."""

    def __init__(self, failures: int, on_post: Callable[[], object] | None = None) -> None:
        self.failures = failures
        self.on_post = on_post
        self.accepted: list[dict] = []
        self.attempts = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.attempts += 1
                if receiver.on_post is not None:
                    receiver.on_post()
                if receiver.attempts <= receiver.failures:
                    self.send_response(500)
                else:
                    receiver.accepted.append(json.loads(body))
                    self.send_response(200)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"json://127.0.0.1:{self.server.server_address[1]}/hook?secret=hunter2"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    hook = Receiver(failures=2)
    yield hook
    hook.close()


def attack(key: str, day: str, drones: int) -> Document:
    return Document(
        url=f"https://wire.example/{key}",
        body=f"Russia launched {drones} drones at Ukraine overnight, the air force said.",
        content_type="text/plain",
        published=f"{day}T06:00:00+00:00",
        entry_key=key,
    )


def test_each_alert_reaches_the_webhook_once_across_a_restart(tmp_path, receiver, capsys):
    db = tmp_path / "salvo.db"
    first = Ingestor(lambda: Store(db), [StdoutNotifier(), AppriseNotifier(receiver.url)])
    first.ingest("wire", "feed", [attack("a", "2025-06-01", 100)])
    raised = first.ingest("wire", "feed", [attack("b", "2025-06-02", 300)]).alerts
    assert len(raised) == 2  # drone and total records
    assert receiver.attempts == 2 and receiver.accepted == []  # both attempts got a 500
    first.close()

    # A restart: a new process, the same database. The failures are retried after their wait.
    second = Ingestor(lambda: Store(db), [AppriseNotifier(receiver.url)])
    assert second.deliver(datetime.now(UTC)) == (0, 0)  # still backing off
    later = datetime.now(UTC) + timedelta(minutes=5)
    assert second.deliver(later) == (2, 0)
    assert len(receiver.accepted) == 2
    assert {m["title"].split(":")[1].strip() for m in receiver.accepted} == {
        "RECORD RU drones",
        "RECORD RU drones and missiles",
    }
    assert "previous record 100 on 2025-06-01" in receiver.accepted[0]["message"]
    assert "https://wire.example/b" in receiver.accepted[0]["message"]
    # Delivered means never again: more polls, more restarts, nothing more arrives.
    assert second.deliver(later + timedelta(hours=1)) == (0, 0)
    second.ingest("wire", "feed", [attack("b", "2025-06-02", 300)])
    assert len(receiver.accepted) == 2
    rows = second.store.db.execute(
        "SELECT notifier, status, attempts, last_error FROM alert_deliveries"
    ).fetchall()
    second.close()
    assert {row[1:3] for row in rows} == {("sent", 2)}
    # The secret in the URL is in no table and in no output.
    dump = "\n".join(Store(db).db.conn.iterdump())
    assert "hunter2" not in dump and "hunter2" not in capsys.readouterr().out
    assert rows[0][0] == redact(receiver.url)


def test_redacted_names_hide_tokens():
    name = redact("tgram://123456:ABCDEF/987654")
    assert name.startswith("tgram://…#") and "ABCDEF" not in name and "123456" not in name
    assert redact("tgram://123456:ABCDEF/987654") == name
    assert redact("tgram://other/1") != name


def test_unusable_apprise_url_is_refused():
    with pytest.raises(ValueError, match="not an Apprise URL"):
        AppriseNotifier("nonsense://hunter2")


def test_log_file_notifier_writes_each_alert_once(tmp_path):
    from monitor.notify import LogFileNotifier, notifier_for

    log = tmp_path / "alerts.log"
    notifier = notifier_for(log.as_uri())
    assert isinstance(notifier, LogFileNotifier)
    db = tmp_path / "salvo.db"
    ingestor = Ingestor(lambda: Store(db), [notifier])
    ingestor.ingest("wire", "feed", [attack("a", "2025-06-01", 100)])
    ingestor.ingest("wire", "feed", [attack("b", "2025-06-02", 300)])
    ingestor.ingest("wire", "feed", [attack("b", "2025-06-02", 300)])  # again: nothing new
    ingestor.close()
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert any("RECORD RU drones: 300 on 2025-06-02, previous record 100" in line for line in lines)
    # A file that cannot be written is a failed delivery, retried later: the alert is not lost.
    blocked = Ingestor(
        lambda: Store(tmp_path / "b.db"), [notifier_for("file:///nonexistent/x.log")]
    )
    blocked.ingest("wire", "feed", [attack("a", "2025-06-01", 100)])
    blocked.ingest("wire", "feed", [attack("b", "2025-06-02", 300)])
    statuses = blocked.store.db.execute("SELECT status FROM alert_deliveries").fetchall()
    blocked.close()
    assert statuses == [("failed",), ("failed",)]
