"""Charts: the terminal sparkline and the PNG of attacks over time."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from monitor.chart import BLOCKS, ChartError, attack_chart, sparkline

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# sparkline


def test_empty() -> None:
    assert sparkline([]) == ""


def test_flat() -> None:
    assert sparkline([5, 5, 5]) == "███"  # scaled from 0: equal counts, full bars


def test_all_zero() -> None:
    assert sparkline([0, 0]) == "▁▁"


def test_rising() -> None:
    assert sparkline(list(range(8))) == BLOCKS
    line = sparkline([100, 200, 400, 800])
    assert line[-1] == "█"
    assert list(line) == sorted(line)


def test_none_is_a_space() -> None:
    assert sparkline([None, 8, None, 0]) == " █ ▁"
    assert sparkline([None, None]) == "  "


def test_short_series_not_stretched() -> None:
    assert len(sparkline([1, 2, 3], width=40)) == 3


def test_resampled_to_width_by_max() -> None:
    values = [1] * 100
    values[37] = 100  # a lone record survives resampling
    line = sparkline(values, width=10)
    assert len(line) == 10
    assert line.count("█") == 1
    assert line[3] == "█"
    assert set(line) - {"█"} == {"▁"}


def test_resampled_bucket_of_none() -> None:
    line = sparkline([None, None, 4, 4], width=2)
    assert line == " █"


@pytest.mark.parametrize("width", [1, 7, 40, 99])
def test_width(width: int) -> None:
    assert len(sparkline(list(range(100)), width=width)) == width


def test_bad_width() -> None:
    with pytest.raises(ValueError):
        sparkline([1], width=0)


# attack_chart


def series(days: int = 120) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    start = date(2025, 3, 1)
    points = [
        ((start + timedelta(days=i)).isoformat(), 100 + (i * 37) % 250 + i * 2) for i in range(days)
    ]
    records, best = [], None
    for day, value in points:
        if best is not None and value > best:
            records.append((day, value))
        best = value if best is None else max(best, value)
    return points, records


def read_back(path: Path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.image

    assert path.read_bytes()[:8] == PNG_SIGNATURE
    return matplotlib.image.imread(path)


def test_png_written(tmp_path: Path) -> None:
    import matplotlib.pyplot as plt

    points, records = series()
    assert records
    out = attack_chart(points, records, tmp_path / "attacks.png", "Russian drones per attack")
    assert out == tmp_path / "attacks.png"
    assert read_back(out).shape in {(600, 1200, 4), (600, 1200, 3)}
    assert plt.get_fignums() == []  # the figure was closed


def test_one_point_no_records(tmp_path: Path) -> None:
    out = attack_chart([("2025-07-04", 539)], [], tmp_path / "one.png", "One attack")
    assert read_back(out).shape[:2] == (600, 1200)


def test_unsorted_points_and_str_path(tmp_path: Path) -> None:
    points, records = series(30)
    out = attack_chart(points[::-1], records, str(tmp_path / "r.png"), "Reversed")  # type: ignore[arg-type]
    assert read_back(Path(out)).shape[:2] == (600, 1200)


def test_no_points(tmp_path: Path) -> None:
    with pytest.raises(ChartError, match="no attacks"):
        attack_chart([], [], tmp_path / "none.png", "Nothing")
    assert not (tmp_path / "none.png").exists()


def test_bad_date(tmp_path: Path) -> None:
    with pytest.raises(ChartError, match="not a date"):
        attack_chart([("04/07/2025", 1)], [], tmp_path / "bad.png", "Bad")


def test_unwritable_path_closes_figure(tmp_path: Path) -> None:
    import matplotlib.pyplot as plt

    points, records = series(10)
    with pytest.raises(ChartError, match="cannot write chart"):
        attack_chart(points, records, tmp_path / "missing" / "x.png", "Nowhere")
    assert plt.get_fignums() == []


def test_import_is_cheap() -> None:
    code = "import sys, monitor.chart; print('matplotlib' in sys.modules)"
    root = Path(__file__).parent.parent
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
