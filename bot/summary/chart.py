"""A small PNG chart: reflections per day, and the weekly scaling trend.

matplotlib is imported inside `render_chart`, so importing `bot.summary` stays cheap. The
chart uses a bare `Figure` on the Agg canvas (no pyplot, no global backend switch), and a
lock serialises rendering, so it can run in worker threads via `asyncio.to_thread`.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from datetime import date

from bot.summary.week import MONTHS

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SIZE_INCHES = (8.0, 3.0)
DPI = 100
_LOCK = threading.Lock()


def render_chart(per_day: Sequence[int], trend: Sequence[tuple[date, float | None]]) -> bytes:
    """A PNG with two panels: entries per day (Mon..Sun) and the scaling trend (gaps for None)."""
    if len(per_day) != len(DAYS):
        raise ValueError(f"per_day needs {len(DAYS)} values, got {len(per_day)}")
    # The ignores cover a type checker run outside the venv, where matplotlib is absent.
    from matplotlib.backends.backend_agg import (  # pyright: ignore[reportMissingImports]
        FigureCanvasAgg,
    )
    from matplotlib.figure import Figure  # pyright: ignore[reportMissingImports]

    with _LOCK:
        fig = Figure(figsize=SIZE_INCHES, dpi=DPI, layout="constrained")
        FigureCanvasAgg(fig)
        bars, line = fig.subplots(1, 2)
        bars.bar(DAYS, list(per_day), color="#e0a526")
        bars.set_title("Reflections per day", fontsize=10)
        bars.yaxis.get_major_locator().set_params(integer=True)
        bars.set_ylim(bottom=0, top=max(1, *per_day) * 1.15)

        labels = [f"{d.day} {MONTHS[d.month - 1][:3]}" for d, _ in trend]
        values = [float("nan") if v is None else v for _, v in trend]
        line.plot(range(len(values)), values, marker="o", color="#3b6ea8")
        line.set_xticks(range(len(labels)), labels, fontsize=8, rotation=30)
        line.set_ylim(0, 10)
        line.set_xlim(-0.5, max(len(values), 1) - 0.5)
        line.set_title("How often it happens (0-10), by week", fontsize=10)
        for axes in (bars, line):
            axes.spines[["top", "right"]].set_visible(False)
            axes.tick_params(labelsize=8)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
    return buffer.getvalue()
