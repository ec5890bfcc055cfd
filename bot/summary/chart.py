"""A small PNG chart: reflections per day, and the weekly scaling trend.

Drawn with Pillow alone (a few MB) rather than a plotting library (matplotlib and numpy are
about 170 MB installed). Pillow is imported inside `render_chart`, so importing `bot.summary`
stays cheap. Every call draws on its own image, so it can run in worker threads.
"""

from __future__ import annotations

import io
import itertools
import math
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from bot.summary.week import MONTHS

if TYPE_CHECKING:
    from PIL import ImageDraw, ImageFont

    Font = ImageFont.FreeTypeFont | ImageFont.ImageFont

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WIDTH, HEIGHT = 800, 300
BAR, LINE, AXIS, TEXT, GRID = "#e0a526", "#3b6ea8", "#444444", "#222222", "#e6e6e6"
PANEL_TOP, PANEL_BOTTOM = 40, HEIGHT - 50  # plot area, in pixels


def _nice_ceiling(value: int) -> int:
    """A round top for the count axis: 1, 2, 5, 10, 20, 50…, at least `value`."""
    top = 1
    while top < value:
        top = top * 5 // 2 if str(top)[0] == "2" else top * 2
    return top


def _text(
    draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, font: Font, anchor: str
) -> None:
    draw.text(xy, text, fill=TEXT, font=font, anchor=anchor)


def _bars(
    draw: ImageDraw.ImageDraw,
    per_day: Sequence[int],
    font: Font,
    small: Font,
    left: int,
    right: int,
) -> None:
    _text(draw, ((left + right) / 2, 14), "Reflections per day", font, "mt")
    top = _nice_ceiling(max(1, *per_day))
    height = PANEL_BOTTOM - PANEL_TOP
    for tick in range(0, top + 1, max(1, top // 5)):
        y = PANEL_BOTTOM - height * tick / top
        draw.line([(left, y), (right, y)], fill=GRID)
        _text(draw, (left - 6, y), str(tick), small, "rm")
    slot = (right - left) / len(per_day)
    for i, count in enumerate(per_day):
        x0, x1 = left + slot * i + slot * 0.18, left + slot * (i + 1) - slot * 0.18
        if count:
            draw.rectangle(
                [(x0, PANEL_BOTTOM - height * count / top), (x1, PANEL_BOTTOM)], fill=BAR
            )
        _text(draw, ((x0 + x1) / 2, PANEL_BOTTOM + 8), DAYS[i], small, "mt")
    draw.line([(left, PANEL_BOTTOM), (right, PANEL_BOTTOM)], fill=AXIS, width=1)


def _trend(
    draw: ImageDraw.ImageDraw,
    trend: Sequence[tuple[date, float | None]],
    font: Font,
    small: Font,
    left: int,
    right: int,
) -> None:
    _text(draw, ((left + right) / 2, 14), "How often it happens (0-10), by week", font, "mt")
    height = PANEL_BOTTOM - PANEL_TOP
    for tick in (0, 5, 10):
        y = PANEL_BOTTOM - height * tick / 10
        draw.line([(left, y), (right, y)], fill=GRID)
        _text(draw, (left - 6, y), str(tick), small, "rm")
    slot = (right - left) / max(len(trend), 1)
    points: list[tuple[float, float] | None] = []
    for i, (day, value) in enumerate(trend):
        x = left + slot * (i + 0.5)
        label = f"{day.day} {MONTHS[day.month - 1][:3]}"
        _text(draw, (x, PANEL_BOTTOM + 8), label, small, "mt")
        if value is None or math.isnan(value):
            points.append(None)
        else:
            points.append((x, PANEL_BOTTOM - height * min(max(value, 0.0), 10.0) / 10))
    for a, b in itertools.pairwise(points):
        if a is not None and b is not None:  # a week without answers leaves a gap
            draw.line([a, b], fill=LINE, width=2)
    for point in points:
        if point is not None:
            x, y = point
            draw.ellipse([(x - 4, y - 4), (x + 4, y + 4)], fill=LINE)
    draw.line([(left, PANEL_BOTTOM), (right, PANEL_BOTTOM)], fill=AXIS, width=1)


ALT_TEXT_MAX = 1024  # Discord's limit for an attachment's description


def describe_chart(per_day: Sequence[int], trend: Sequence[tuple[date, float | None]]) -> str:
    """The chart in words, for screen readers: what `render_chart` draws, panel by panel."""
    days = ", ".join(f"{day} {count}" for day, count in zip(DAYS, per_day, strict=True))
    weeks = [
        f"week of {day.day} {MONTHS[day.month - 1]}: "
        + ("no answers" if value is None or math.isnan(value) else f"{value:.1f}")
        for day, value in trend
    ]
    text = f"Chart. Reflections per day: {days}."
    if weeks:
        text += " How often it happens (0-10), average by week: " + "; ".join(weeks) + "."
    return text[:ALT_TEXT_MAX]


def render_chart(per_day: Sequence[int], trend: Sequence[tuple[date, float | None]]) -> bytes:
    """A PNG with two panels: entries per day (Mon..Sun) and the scaling trend (gaps for None)."""
    if len(per_day) != len(DAYS):
        raise ValueError(f"per_day needs {len(DAYS)} values, got {len(per_day)}")
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=14)
    small = ImageFont.load_default(size=11)
    _bars(draw, per_day, font, small, left=40, right=WIDTH // 2 - 20)
    _trend(draw, trend, font, small, left=WIDTH // 2 + 30, right=WIDTH - 15)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
