"""Attacks over time: a terminal sparkline, and a PNG chart drawn with matplotlib on demand."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

BLOCKS = "▁▂▃▄▅▆▇█"

WIDTH_PX, HEIGHT_PX, DPI = 1200, 600, 100


class ChartError(Exception):
    """The chart cannot be drawn or written; the message is one line meant for the user."""


def _resample(values: Sequence[int | None], width: int) -> list[int | None]:
    # Max per bucket so a record attack never vanishes between its neighbours.
    n = len(values)
    if n <= width:
        return list(values)
    buckets: list[int | None] = []
    for i in range(width):
        known = [v for v in values[i * n // width : (i + 1) * n // width] if v is not None]
        buckets.append(max(known) if known else None)
    return buckets


def sparkline(values: Sequence[int | None], width: int = 40) -> str:
    """Values as block characters, at most `width` long, scaled from 0; None is a space."""
    if width < 1:
        raise ValueError(f"sparkline width must be at least 1, not {width}")
    buckets = _resample(values, width)
    known = [v for v in buckets if v is not None]
    if not known:
        return " " * len(buckets)
    # Scale from 0, not from the minimum: bar heights stay proportional to the counts.
    low, high = min(0, min(known)), max(known)
    span = high - low
    top = len(BLOCKS) - 1
    chars = []
    for v in buckets:
        if v is None:
            chars.append(" ")
        elif span == 0:
            chars.append(BLOCKS[0])
        else:
            chars.append(BLOCKS[round((v - low) * top / span)])
    return "".join(chars)


def _parse(day: str) -> date:
    try:
        return date.fromisoformat(day)
    except (TypeError, ValueError) as exc:
        raise ChartError(f"not a date (YYYY-MM-DD): {day!r}") from exc


def _place_labels(fig: Any, ax: Any, labels: list[Any], xs: list[date], ys: list[int]) -> None:
    """Move each record label to a spot clear of the data and of other labels, else hide it."""
    renderer = fig.canvas.get_renderer()
    # Data points in pixels: a label covering one would hide the line there.
    points = ax.transData.transform(list(zip(_numbers(xs), ys, strict=True)))
    # The legend counts as taken: a label under it would be hidden.
    legend = ax.get_legend()
    kept: list[Any] = [legend.get_window_extent(renderer)] if legend else []
    inside = ax.get_window_extent(renderer)
    # Offsets in points, tried in order: above, above-left, above-right, higher, below.
    spots = [
        ((0, 9), "center", "bottom"),
        ((-5, 9), "right", "bottom"),
        ((5, 9), "left", "bottom"),
        ((0, 22), "center", "bottom"),
        ((-5, 22), "right", "bottom"),
        ((5, 22), "left", "bottom"),
        ((0, -9), "center", "top"),
    ]
    # The latest record matters most, so it is placed first.
    for label in reversed(labels):
        for offset, halign, valign in spots:
            label.set_position(offset)
            label.set_horizontalalignment(halign)
            label.set_verticalalignment(valign)
            box = label.get_window_extent(renderer).expanded(1.1, 1.15)
            clear = not any(box.overlaps(other) for other in kept)
            within = inside.contains(box.x0, box.y0) and inside.contains(box.x1, box.y1)
            if clear and within and not box.count_contains(points):
                kept.append(box)
                break
        else:
            label.set_visible(False)


def _numbers(days: list[date]) -> list[float]:
    from matplotlib.dates import date2num

    return [float(date2num(day)) for day in days]


def attack_chart(
    points: Sequence[tuple[str, int]],
    records: Sequence[tuple[str, int]],
    path: Path,
    title: str,
) -> Path:
    """Draw launched per attack over time with records and the running record into a PNG."""
    if not points:
        raise ChartError("no attacks to chart")
    ordered = sorted((_parse(day), value) for day, value in points)
    marked = sorted((_parse(day), value) for day, value in records)
    xs = [day for day, _ in ordered]
    ys = [value for _, value in ordered]
    running: list[int] = []
    for value in ys:
        running.append(max(value, running[-1]) if running else value)

    # Agg needs no display, and importing here keeps `import monitor.chart` cheap for the CLI.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    path = Path(path)
    fig, ax = plt.subplots(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI)
    try:
        ax.plot(
            xs,
            ys,
            color="tab:blue",
            linewidth=0.8,
            marker="o",
            markersize=3,
            alpha=0.85,
            label="launched per attack",
            zorder=2,
        )
        ax.step(
            xs,
            running,
            where="post",
            color="tab:orange",
            linewidth=1.4,
            label="running record",
            zorder=3,
        )
        labels = []
        if marked:
            ax.scatter(
                [day for day, _ in marked],
                [value for _, value in marked],
                color="red",
                s=36,
                edgecolors="darkred",
                label="record",
                zorder=4,
            )
            for day, value in marked:
                labels.append(
                    ax.annotate(
                        str(value),
                        (day, value),
                        xytext=(0, 9),
                        textcoords="offset points",
                        ha="center",
                        va="bottom",
                        fontsize=8,
                        color="darkred",
                        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none"},
                        zorder=5,
                    )
                )

        top = max([*ys, *(value for _, value in marked)])
        # Headroom above the highest value so its label stays inside the axes.
        ax.set_ylim(0, top * 1.15 if top > 0 else 1)
        if (xs[-1] - xs[0]).days < 10:
            # A few days only: pad a day each side and tick whole days, never hours,
            # since an attack has a date and no time.
            ax.set_xlim(xs[0] - timedelta(days=1), xs[-1] + timedelta(days=1))
            locator: Any = mdates.DayLocator()
        else:
            locator = mdates.AutoDateLocator(minticks=4, maxticks=12)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.set_xlabel("date of attack")
        ax.set_ylabel("launched per attack")
        ax.set_title(title)
        ax.grid(True, color="0.9", linewidth=0.6)
        ax.set_axisbelow(True)
        # "best" keeps the legend off the data, wherever a series peaks.
        ax.legend(loc="best", frameon=True, framealpha=0.9)
        fig.tight_layout()
        if labels:
            _place_labels(fig, ax, labels, xs, ys)
        try:
            fig.savefig(path, dpi=DPI, format="png")
        except OSError as exc:
            raise ChartError(f"cannot write chart {path}: {exc.strerror or exc}") from exc
    finally:
        # A daemon draws many charts: pyplot keeps every figure alive until it is closed.
        plt.close(fig)
    return path
