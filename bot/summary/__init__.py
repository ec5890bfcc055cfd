"""The weekly group summary: Discord-free building, rendering and charting.

Pillow is only imported when a chart is drawn (`bot.summary.chart.render_chart`).
"""

from bot.summary.build import NotEnough, Theme, WeekSummary, build_weekly_summary, scaling_average
from bot.summary.chart import describe_chart, render_chart
from bot.summary.render import render_not_enough, render_summary_text, summary_sections
from bot.summary.week import previous_week, week_bounds, week_of

__all__ = [
    "NotEnough",
    "Theme",
    "WeekSummary",
    "build_weekly_summary",
    "describe_chart",
    "previous_week",
    "render_chart",
    "render_not_enough",
    "render_summary_text",
    "scaling_average",
    "summary_sections",
    "week_bounds",
    "week_of",
]
