"""`salvo history import`: past attacks stored once, as history, never pushed; live news judged
against them."""

from __future__ import annotations

import sqlite3

from monitor.models import Document
from monitor.pipeline import Ingestor
from storage import Store

HEADER = (
    "time_start,time_end,model,launch_place,target,target_main,launched,destroyed,"
    "not_reach_goal,still_attacking,border_crossing,is_shahed,num_hit_location,"
    "num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,affected region,"
    "destroyed_details,launched_details,launch_place_details,source"
)


def row(start: str, end: str, model: str, launched: str, destroyed: str, source: str) -> str:
    return f"{start},{end},{model},,Ukraine,,{launched},{destroyed},,,{{}},,,,,,,,,,,{source}"


def dataset(drones_on_june_2: str = "300.0") -> str:
    return "\n".join(
        [
            HEADER,
            row(
                "2025-05-31 18:00",
                "2025-06-01 08:00",
                "Shahed-136/131",
                "200.0",
                "150.0",
                "kpszsu/posts/a",
            ),
            row(
                "2025-06-01 03:00",
                "2025-06-01 05:00",
                "X-101/X-555",
                "10.0",
                "8.0",
                "kpszsu/posts/a",
            ),
            row("2025-06-01", "2025-06-01", "Orlan-10", "3.0", "3.0", "kpszsu/posts/a"),
            row(
                "2025-06-01 18:00",
                "2025-06-02 08:00",
                "Shahed-136/131",
                drones_on_june_2,
                "250.0",
                "kpszsu/posts/b",
            ),
            row("2025-06-02 18:00", "2025-06-03 08:00", "KAB", "20.0", "", "kpszsu/posts/c"),
        ]
    )


def test_import_is_history_repeatable_and_never_pushed(salvo, tmp_path):
    csv_file = tmp_path / "attacks.csv"
    csv_file.write_text(dataset())
    first = salvo("history", "import", str(csv_file))
    assert first.returncode == 0, first.stderr
    assert "5 rows, 2 attacks (2 new, 0 revised, 0 unchanged), 3 reports" in first.stdout
    assert "skipped 2 rows: 1 reconnaissance UAV, 1 guided bomb" in first.stdout
    assert "RECORD" not in first.stdout  # history is never pushed

    conn = sqlite3.connect(salvo.db)
    updates = conn.execute("SELECT source, key, kind, url FROM updates ORDER BY key").fetchall()
    assert updates == [
        ("history", "kpszsu/posts/a", "history", "https://www.facebook.com/kpszsu/posts/a"),
        ("history", "kpszsu/posts/b", "history", "https://www.facebook.com/kpszsu/posts/b"),
    ]
    alerts = conn.execute("SELECT kind, weapon, date, value, pushed FROM alerts").fetchall()
    assert set(alerts) == {
        ("record", "drone", "2025-06-02", 300, 0),
        ("record", "total", "2025-06-02", 300, 0),
    }

    csv_file.write_text(dataset("320.0"))  # upstream revised a figure
    again = salvo("history", "import", str(csv_file))
    assert "(0 new, 1 revised, 1 unchanged)" in again.stdout
    assert conn.execute("SELECT count(*) FROM updates").fetchone() == (2,)
    assert conn.execute("SELECT value FROM alerts WHERE weapon = 'drone'").fetchone() == (320,)
    conn.close()


def test_live_news_is_judged_against_history(tmp_path):
    from monitor.history import read_history

    ingestor = Ingestor(lambda: Store(tmp_path / "salvo.db"))
    try:
        ingestor.ingest_history("history", read_history(dataset()).attacks)
        below = Document(
            url="https://wire.example/a",
            body="Russia launched 280 drones at Ukraine overnight, the air force said.",
            content_type="text/plain",
            published="2025-06-05T06:00:00+00:00",
        )
        assert ingestor.ingest("wire", "feed", [below]).alerts == []
        above = Document(
            url="https://wire.example/b",
            body="Russia launched 350 drones at Ukraine overnight, the air force said.",
            content_type="text/plain",
            published="2025-06-06T06:00:00+00:00",
        )
        raised = ingestor.ingest("wire", "feed", [above]).alerts
        assert {(a["weapon"], a["value"], a["previous"], a["previous_date"]) for a in raised} == {
            ("drone", 350, 300, "2025-06-02"),
            ("total", 350, 300, "2025-06-02"),
        }
    finally:
        ingestor.close()


def test_import_errors_are_one_line(salvo, tmp_path):
    missing = salvo("history", "import", str(tmp_path / "nope.csv"))
    assert missing.returncode == 1 and "no such file" in missing.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("date,count\n2025-06-01,5\n")
    result = salvo("history", "import", str(bad))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "time_start" in result.stderr
    assert not salvo.db.exists()
