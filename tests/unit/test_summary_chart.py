"""The weekly chart: a PNG, drawable from worker threads."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

import pytest

from bot.summary import describe_chart, render_chart

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


def test_the_alt_text_says_what_the_chart_draws() -> None:
    trend = [(date(2026, 1, 5), 6.5), (date(2026, 1, 12), None), (date(2026, 1, 19), 7.0)]
    alt = describe_chart([0, 2, 0, 1, 0, 0, 3], trend)
    assert alt == (
        "Chart. Reflections per day: Mon 0, Tue 2, Wed 0, Thu 1, Fri 0, Sat 0, Sun 3. "
        "How often it happens (0-10), average by week: week of 5 January: 6.5; "
        "week of 12 January: no answers; week of 19 January: 7.0."
    )


def test_the_alt_text_fits_discords_limit_however_long_the_trend() -> None:
    trend = [(date(2026, 1, 1) + timedelta(days=7 * i), 5.0) for i in range(200)]
    assert len(describe_chart([1] * 7, trend)) <= 1024
