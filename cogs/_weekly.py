"""Building one server's weekly summary from storage, and turning it into a message."""

from __future__ import annotations

import asyncio
import io
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import discord

from bot.conversation.library import ScriptLibrary
from bot.conversation.script import Script
from bot.log import keep_out_of_log
from bot.models import EntryRecord, ServerSettings
from bot.summary import (
    NotEnough,
    WeekSummary,
    build_weekly_summary,
    describe_chart,
    render_chart,
    render_not_enough,
    render_summary_text,
    scaling_average,
    week_bounds,
)
from cogs._render import ACCENT
from storage.repos import Repositories

TREND_WEEKS = 8
WEEK = timedelta(days=7)


async def build_for(
    repos: Repositories, scripts: ScriptLibrary, settings: ServerSettings, week_start: date
) -> WeekSummary | NotEnough:
    zone = ZoneInfo(settings.timezone)
    first = week_start - WEEK * (TREND_WEEKS - 1)
    window_start, _ = week_bounds(first, zone)
    _, window_end = week_bounds(week_start, zone)
    entries = await repos.summaries.consented_entries(settings.guild_id, window_start, window_end)
    # A failure while summarizing them, here or in whoever logs it, quotes none of them.
    keep_out_of_log(text for entry in entries for text in entry.answers.values())
    # Each entry is read with the script version it was written with.
    versions = {(e.kind, e.script_version) for e in entries}
    written_with = {key: await scripts.version(settings.guild_id, *key) for key in sorted(versions)}

    def script_of(entry: EntryRecord) -> Script | None:
        return written_with.get((entry.kind, entry.script_version))

    def compute() -> WeekSummary | NotEnough:
        def in_week(start: date) -> list[EntryRecord]:
            lo, hi = week_bounds(start, zone)
            return [e for e in entries if lo <= e.created_at < hi]

        history = {
            first + WEEK * i: scaling_average(
                in_week(first + WEEK * i), week_start=first + WEEK * i, tz=zone, script_of=script_of
            )
            for i in range(TREND_WEEKS - 1)
        }
        return build_weekly_summary(
            in_week(week_start),
            week_start=week_start,
            tz=zone,
            min_contributors=settings.min_contributors,
            previous=in_week(week_start - WEEK),
            history=history,
            script_of=script_of,
        )

    return await asyncio.to_thread(compute)


async def message_for(
    result: WeekSummary | NotEnough, *, ref: str | None = None
) -> tuple[str, discord.Embed | None, discord.File | None]:
    """(content, embed, chart) ready to send; nothing but a sentence when too few took part
    (that sentence is for the facilitator's private preview only, never for a channel).
    `ref` goes in the footer of a post, so that a post whose record was lost can be found."""
    if isinstance(result, NotEnough):
        return render_not_enough(result), None, None
    rendered = render_summary_text(result)
    embed = discord.Embed(
        title=rendered["title"], description=rendered["description"], colour=ACCENT
    )
    for name, value in rendered["fields"]:
        embed.add_field(name=name, value=value, inline=False)
    embed.set_footer(text=f"{rendered['footer']} · ref {ref}" if ref else rendered["footer"])
    png = await asyncio.to_thread(render_chart, result.per_day, result.trend)
    embed.set_image(url="attachment://weekly-summary.png")
    alt = describe_chart(result.per_day, result.trend)
    chart = discord.File(io.BytesIO(png), filename="weekly-summary.png", description=alt)
    return "", embed, chart
