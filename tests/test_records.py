"""Records and alerts: a function of what is stored, whatever the order it arrived in."""

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor import records
from monitor.models import Document
from monitor.pipeline import Ingestor
from storage import Store


class Clock:
    def __init__(self) -> None:
        self.tick = 0

    def __call__(self) -> str:
        self.tick += 1
        return f"2025-08-01T00:00:{self.tick:02d}+00:00"


def report_text(drones: int, missiles: int, record: bool = False) -> str:
    claim = " It was the largest attack of the war." if record else ""
    return (
        f"Russia launched {drones} drones and {missiles} missiles at Ukraine overnight,"
        f" the Ukrainian air force said.{claim}"
    )


def document(key: str, day: str, drones: int, missiles: int, record: bool = False) -> Document:
    return Document(
        url=f"https://wire.example/{key}",
        body=report_text(drones, missiles, record),
        content_type="text/plain",
        published=f"{day}T06:30:00+00:00",
        entry_key=key,
    )


def expected_records(values: dict[str, dict[str, int]]) -> set[tuple[str, str, int]]:
    """Brute force, independent of monitor.records: (weapon, date, value) of every record."""
    out = set()
    for weapon in ("drone", "missile", "total"):
        series = {}
        for day, parts in values.items():
            series[day] = parts["drone"] + parts["missile"] if weapon == "total" else parts[weapon]
        for day, value in series.items():
            earlier = [v for d, v in series.items() if d < day]
            if earlier and value > max(earlier):
                out.add((weapon, day, value))
    return out


def active_records(store: Store) -> set[tuple[str, str, int]]:
    rows = store.db.execute(
        "SELECT weapon, date, value FROM alerts WHERE kind = 'record' AND status = 'active'"
    ).fetchall()
    return {tuple(row) for row in rows}


attack_strategy = st.lists(
    st.tuples(st.integers(0, 9), st.integers(1, 900), st.integers(1, 60)),
    min_size=1,
    max_size=12,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(attacks=attack_strategy, data=st.data())
def test_alerts_match_a_from_scratch_computation(tmp_path_factory, attacks, data):
    """Random reports (several outlets per attack, revisions), random arrival order and batches."""
    db = tmp_path_factory.mktemp("prop") / "salvo.db"
    start = date(2025, 6, 1)
    docs = []
    for index, (offset, drones, missiles) in enumerate(attacks):
        day = (start + timedelta(days=offset)).isoformat()
        docs.append(document(f"e{index}", day, drones, missiles))
    # Some entries come back revised with other figures; the latest text is what counts.
    revised = data.draw(st.lists(st.sampled_from(range(len(docs))), max_size=3, unique=True))
    arrivals = list(docs)
    for index in revised:
        offset, _, _ = attacks[index]
        day = (start + timedelta(days=offset)).isoformat()
        new = document(
            f"e{index}", day, data.draw(st.integers(1, 900)), data.draw(st.integers(1, 60))
        )
        arrivals.append(new)
    ordered = data.draw(st.permutations(arrivals))
    final = {}
    for doc in ordered:
        final[doc.entry_key] = doc  # the text that arrives last is the current revision
    cuts = sorted(data.draw(st.lists(st.integers(0, len(ordered)), max_size=4)))
    batches, previous = [], 0
    for cut in [*cuts, len(ordered)]:
        batches.append(ordered[previous:cut])
        previous = cut

    ingestor = Ingestor(lambda: Store(db), clock=Clock())
    try:
        for batch in batches:
            ingestor.ingest("wire", "https://wire.example/feed", batch)
        # A re-poll of everything raises nothing new.
        again = ingestor.ingest("wire", "https://wire.example/feed", list(final.values()))
        assert again.alerts == [] and again.new == 0 and again.revised == 0

        values: dict[str, dict[str, int]] = {}
        for doc in final.values():
            day = doc.published[:10]
            numbers = [int(w) for w in doc.body.replace(",", " ").split() if w.isdigit()]
            parts = values.setdefault(day, {"drone": 0, "missile": 0})
            parts["drone"] = max(parts["drone"], numbers[0])
            parts["missile"] = max(parts["missile"], numbers[1])
        assert active_records(ingestor.store) == expected_records(values)
        alert_keys = ingestor.store.db.execute(
            "SELECT count(*), count(DISTINCT kind || weapon || date) FROM alerts"
        ).fetchone()
        assert alert_keys[0] == alert_keys[1]
    finally:
        ingestor.close()


def test_same_alerts_in_date_order_and_shuffled(tmp_path):
    story = [
        ("a", "2025-06-01", 472, 7),
        ("b", "2025-06-06", 407, 45),
        ("c", "2025-06-09", 479, 20),
        ("d", "2025-06-29", 477, 60),
        ("e", "2025-07-04", 539, 11),
        ("f", "2025-07-09", 728, 13),
    ]
    outcomes = {}
    for name, order in (("dated", story), ("shuffled", [story[i] for i in (5, 2, 0, 4, 1, 3)])):
        ingestor = Ingestor(lambda name=name: Store(tmp_path / f"{name}.db"), clock=Clock())
        pushed = []
        for key, day, drones, missiles in order:
            outcome = ingestor.ingest("wire", "feed", [document(key, day, drones, missiles)])
            pushed += [(a["kind"], a["weapon"], a["date"]) for a in outcome.alerts]
        outcomes[name] = (active_records(ingestor.store), pushed)
        ingestor.close()
    dated_records, dated_pushed = outcomes["dated"]
    shuffled_records, shuffled_pushed = outcomes["shuffled"]
    assert (
        dated_records
        == shuffled_records
        == {
            ("drone", "2025-06-09", 479),
            ("drone", "2025-07-04", 539),
            ("drone", "2025-07-09", 728),
            ("missile", "2025-06-06", 45),
            ("missile", "2025-06-29", 60),
            ("total", "2025-06-09", 499),
            ("total", "2025-06-29", 537),
            ("total", "2025-07-04", 550),
            ("total", "2025-07-09", 741),
        }
    )
    # In date order every record is live news; shuffled, the backfilled ones stay quiet.
    assert len(dated_pushed) == 9
    assert len(shuffled_pushed) < len(dated_pushed)


def test_backfill_withdraws_a_disproved_record(tmp_path):
    ingestor = Ingestor(lambda: Store(tmp_path / "s.db"), clock=Clock())
    ingestor.ingest("wire", "feed", [document("a", "2025-06-01", 100, 1)])
    first = ingestor.ingest("wire", "feed", [document("b", "2025-06-03", 200, 1)])
    assert [(a["weapon"], a["date"]) for a in first.alerts] == [
        ("drone", "2025-06-03"),
        ("total", "2025-06-03"),
    ]
    late = ingestor.ingest("wire", "feed", [document("c", "2025-06-02", 300, 1)])
    assert late.alerts == []  # older news: stored, not pushed
    rows = ingestor.store.db.execute(
        "SELECT weapon, date, status, pushed FROM alerts"
        " WHERE kind = 'record' ORDER BY date, weapon"
    ).fetchall()
    assert rows == [
        ("drone", "2025-06-02", "active", 0),
        ("total", "2025-06-02", "active", 0),
        ("drone", "2025-06-03", "withdrawn", 1),
        ("total", "2025-06-03", "withdrawn", 1),
    ]
    ingestor.close()


def test_higher_figure_updates_the_alert_and_claims_once(tmp_path):
    ingestor = Ingestor(lambda: Store(tmp_path / "s.db"), clock=Clock())
    ingestor.ingest("wire", "feed", [document("a", "2025-06-01", 100, 0)])
    raised = ingestor.ingest("wire", "feed", [document("b", "2025-06-02", 300, 0, record=True)])
    kinds = sorted((a["kind"], a["weapon"]) for a in raised.alerts)
    assert kinds == [("claim", "total"), ("record", "drone"), ("record", "total")]
    more = ingestor.ingest(
        "other",
        "feed2",
        [document("x", "2025-06-02", 320, 0, record=True), document("y", "2025-06-02", 310, 0)],
    )
    assert more.alerts == []
    rows = ingestor.store.db.execute(
        "SELECT kind, weapon, value, previous FROM alerts ORDER BY kind, weapon"
    ).fetchall()
    assert rows == [
        ("claim", "total", 320, None),
        ("record", "drone", 320, 100),
        ("record", "total", 320, 100),
    ]
    ingestor.close()


def test_judge_baseline_is_silent():
    attacks = records.attacks_from_reports([])
    assert records.judge(attacks) == []


def test_current_record_is_the_first_to_reach_the_maximum():
    class Row:
        def __init__(self, day, weapon, launched, update_id):
            self.date, self.weapon, self.launched, self.update_id = day, weapon, launched, update_id
            self.destroyed, self.claims_record = None, False

    attacks = records.attacks_from_reports(
        [
            Row("2025-06-01", "drone", 500, 1),
            Row("2025-06-05", "drone", 700, 2),
            Row("2025-06-09", "drone", 700, 3),
            Row("2025-06-09", "missile", 10, 3),
        ]
    )
    held = {
        r.weapon: (r.date, r.value, r.update_id, r.attacks)
        for r in records.current_records(attacks)
    }
    assert held == {
        "drone": ("2025-06-05", 700, 2, 3),
        "missile": ("2025-06-09", 10, 3, 1),
        "total": ("2025-06-09", 710, 3, 3),
    }
