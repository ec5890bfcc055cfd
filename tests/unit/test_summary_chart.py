"""The weekly chart: a PNG, drawable from worker threads."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

import pytest

from bot.summary import render_chart

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
TREND = [
    (date(2026, 2, 2) + timedelta(weeks=i), v)
    for i, v in enumerate([None, 4.5, 5.0, None, 6.2, 6.0, 7.1, 6.8])
]


def test_chart_is_a_png() -> None:
    png = render_chart([3, 0, 5, 2, 1, 0, 4], TREND)
    assert png.startswith(PNG_MAGIC)
    assert len(png) < 200_000


def test_chart_with_no_data_still_draws() -> None:
    assert render_chart([0] * 7, [(date(2026, 3, 23), None)]).startswith(PNG_MAGIC)


def test_chart_needs_seven_days() -> None:
    with pytest.raises(ValueError, match="7 values"):
        render_chart([1, 2, 3], TREND)


async def test_charts_render_concurrently_in_threads() -> None:
    days = [[i, i + 1, 0, 2, 3, 1, i] for i in range(6)]
    pngs = await asyncio.gather(*(asyncio.to_thread(render_chart, d, TREND) for d in days))
    assert all(p.startswith(PNG_MAGIC) for p in pngs)
    assert len(set(pngs)) == len(days)
