"""The /whatworks chart: one practitioner's 0-10 scale over time, drawn with Pillow alone.

The same approach as the weekly summary's chart (bot/summary/chart.py): Pillow imported inside
the function, a fresh image per call, so it runs in a worker thread off the event loop.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from bot.summary.chart import AXIS, GRID, LINE, TEXT

WIDTH, HEIGHT = 800, 300
LEFT, RIGHT, TOP, BOTTOM = 45, WIDTH - 20, 40, HEIGHT - 45


def render_scale_chart(points: Sequence[tuple[date, float]]) -> bytes:
    """A PNG line chart of (day, 0-10) points, placed by date."""
    if not points:
        raise ValueError("no points to draw")
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=14)
    small = ImageFont.load_default(size=11)
    draw.text(
        ((LEFT + RIGHT) / 2, 12), "My 0-10 scale over time", fill=TEXT, font=font, anchor="mt"
    )
    height = BOTTOM - TOP
    for tick in (0, 2, 4, 6, 8, 10):
        y = BOTTOM - height * tick / 10
        draw.line([(LEFT, y), (RIGHT, y)], fill=GRID)
        draw.text((LEFT - 6, y), str(tick), fill=TEXT, font=small, anchor="rm")
    first, last = points[0][0], points[-1][0]
    span = max((last - first).days, 1)

    def x_of(day: date) -> float:
        if first == last:
            return (LEFT + RIGHT) / 2
        return LEFT + 10 + (RIGHT - LEFT - 20) * (day - first).days / span

    xy = [(x_of(d), BOTTOM - height * v / 10) for d, v in points]
    if len(xy) > 1:
        draw.line(xy, fill=LINE, width=2)
    for x, y in xy:
        draw.ellipse([(x - 4, y - 4), (x + 4, y + 4)], fill=LINE)
    for day in sorted({first, last}):
        draw.text((x_of(day), BOTTOM + 8), day.isoformat(), fill=TEXT, font=small, anchor="mt")
    draw.line([(LEFT, BOTTOM), (RIGHT, BOTTOM)], fill=AXIS, width=1)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
