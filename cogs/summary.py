"""/summary for facilitators, and the weekly post at each server's local day and time."""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import discord
from discord import app_commands, ui
from discord.ext import commands

from bot.models import ServerSettings
from bot.schedule import last_weekly, next_weekly, week_monday
from bot.summary import NotEnough
from cogs._buttons import Tracked
from cogs._loop import OwnedLoop
from cogs._weekly import build_for, message_for

if TYPE_CHECKING:
    from bot.app import SparkleBot

log = logging.getLogger(__name__)
Interaction = discord.Interaction["SparkleBot"]
NOT_FACILITATOR = "Only the server's facilitators can pull the weekly summary."
CATCH_UP = timedelta(days=7)
IDLE_WAKE = 6 * 3600.0  # re-read the schedules at least this often


def is_facilitator(user: discord.abc.User, settings: ServerSettings) -> bool:
    if not isinstance(user, discord.Member):
        return False
    if user.guild_permissions.manage_guild:
        return True
    return settings.facilitator_role_id is not None and any(
        role.id == settings.facilitator_role_id for role in user.roles
    )


def parse_week(text: str, today: date) -> date | None:
    """'this week', 'last week' or a date (YYYY-MM-DD) → that week's Monday."""
    cleaned = text.strip().lower()
    if cleaned in ("", "this", "this week"):
        day = today
    elif cleaned in ("last", "last week", "previous"):
        day = today - timedelta(days=7)
    else:
        try:
            day = date.fromisoformat(cleaned)
        except ValueError:
            return None
    return day - timedelta(days=day.weekday())


class PostSummary(
    Tracked, ui.DynamicItem[ui.Button[Any]], template=r"sk:sumpost:(?P<guild>\d+):(?P<week>\d{8})"
):
    def __init__(self, guild_id: int, week: date) -> None:
        super().__init__(
            ui.Button(
                label="Post to the summary channel",
                style=discord.ButtonStyle.primary,
                custom_id=f"sk:sumpost:{guild_id}:{week:%Y%m%d}",
            )
        )
        self.guild_id, self.week = guild_id, week

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: ui.Item[Any], match: re.Match[str], /
    ) -> PostSummary:
        return cls(int(match["guild"]), datetime.strptime(match["week"], "%Y%m%d").date())  # noqa: DTZ007

    async def callback(self, interaction: Interaction) -> None:  # pyright: ignore[reportIncompatibleMethodOverride]
        cog = interaction.client.get_cog("Summary")
        assert isinstance(cog, Summary)
        await cog.post_pulled(interaction, self.guild_id, self.week)


class Summary(commands.Cog):
    def __init__(self, bot: SparkleBot) -> None:
        self.bot = bot
        self.repos = bot.repos
        self.runner = OwnedLoop("weekly-summaries", self._scheduler)

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(PostSummary)
        if self.bot.is_ready():
            self.runner.restart()

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(PostSummary)
        await self.runner.stop()

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        if not self.runner.running:
            self.runner.restart()

    def reschedule(self) -> None:
        """Restart the loop, so that a changed schedule is waited for afresh."""
        self.runner.restart()

    # -- /summary ---------------------------------------------------------------------------

    @app_commands.command(
        name="summary", description="The anonymized weekly summary (facilitators)"
    )
    @app_commands.describe(week="this week, last week, or a date such as 2026-03-02")
    @app_commands.guild_only()
    @app_commands.allowed_contexts(guilds=True, dms=False, private_channels=False)
    @app_commands.allowed_installs(guilds=True, users=False)
    async def summary(self, interaction: Interaction, week: str = "this week") -> None:
        assert interaction.guild_id is not None
        settings = await self.repos.servers.get(interaction.guild_id)
        if not is_facilitator(interaction.user, settings):
            await interaction.response.send_message(NOT_FACILITATOR, ephemeral=True)
            return
        today = discord.utils.utcnow().astimezone(ZoneInfo(settings.timezone)).date()
        week_start = parse_week(week, today)
        if week_start is None:
            await interaction.response.send_message(
                "Give `this week`, `last week`, or a date like `2026-03-02`.", ephemeral=True
            )
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        await self.repos.audit.record(
            "summary_pull",
            actor_id=interaction.user.id,
            guild_id=interaction.guild_id,
            subject=week_start.isoformat(),
        )
        result = await build_for(self.repos, settings, week_start)
        content, embed, chart = await message_for(result)
        view = ui.View(timeout=None)
        if not isinstance(result, NotEnough) and settings.summary_channel_id:
            view.add_item(PostSummary(interaction.guild_id, week_start))
        elif not settings.summary_channel_id:
            content += (
                "\nNo summary channel is set; an admin can choose one with `/setup channels`."
            )
        await interaction.followup.send(
            content or "**Preview**, visible only to you.",
            embed=embed or discord.utils.MISSING,
            file=chart or discord.utils.MISSING,
            view=view,
            ephemeral=True,
        )

    @summary.autocomplete("week")
    async def _week_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        options = ["this week", "last week"]
        return [app_commands.Choice(name=o, value=o) for o in options if current.lower() in o]

    async def post_pulled(self, interaction: Interaction, guild_id: int, week: date) -> None:
        settings = await self.repos.servers.get(guild_id)
        if interaction.guild_id != guild_id or not is_facilitator(interaction.user, settings):
            await interaction.response.send_message(NOT_FACILITATOR, ephemeral=True)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        posted = await self.post_week(settings, week)
        await interaction.followup.send(
            "Posted." if posted else "The summary for that week was already posted.",
            ephemeral=True,
        )

    # -- posting, scheduled or pulled ----------------------------------------------------------

    async def post_week(self, settings: ServerSettings, week: date) -> bool:
        """Post one server's summary for one week, unless it was posted already. True if posted."""
        guild = self.bot.get_guild(settings.guild_id)
        channel = (
            guild.get_channel(settings.summary_channel_id)
            if guild is not None and settings.summary_channel_id
            else None
        )
        if not isinstance(channel, discord.TextChannel):
            return False
        if not await self.repos.servers.claim_summary(settings.guild_id, week):
            return False
        result = await build_for(self.repos, settings, week)
        content, embed, chart = await message_for(result)
        message = await channel.send(
            content or None,  # pyright: ignore[reportArgumentType]
            embed=embed or discord.utils.MISSING,
            file=chart or discord.utils.MISSING,
            allowed_mentions=discord.AllowedMentions.none(),
        )
        await self.repos.servers.record_summary_post(
            settings.guild_id, week, channel.id, message.id
        )
        return True

    async def run_due(self, now: datetime) -> datetime | None:
        """Post every summary whose time has come; returns when the next one falls due."""
        upcoming: list[datetime] = []
        for settings in await self.repos.servers.scheduled():
            assert settings.summary_day is not None and settings.summary_time is not None
            zone = ZoneInfo(settings.timezone)
            due = last_weekly(now, settings.summary_day, settings.summary_time, zone)
            recent = now - due <= CATCH_UP
            set_before = settings.updated_at is None or settings.updated_at <= due
            if recent and set_before:
                # The week that ended before the scheduled moment.
                week = week_monday(due, zone) - timedelta(days=7)
                try:
                    await self.post_week(settings, week)
                except discord.HTTPException:
                    log.exception("weekly summary for server %s failed", settings.guild_id)
            upcoming.append(next_weekly(now, settings.summary_day, settings.summary_time, zone))
        return min(upcoming, default=None)

    async def _scheduler(self) -> None:
        while not self.bot.is_closed():
            now = discord.utils.utcnow()
            try:
                next_at = await self.run_due(now)
            except Exception:
                log.exception("weekly summary scheduler failed; retrying in a minute")
                next_at = now + timedelta(minutes=1)
            delay = IDLE_WAKE if next_at is None else (next_at - now).total_seconds()
            await asyncio.sleep(min(max(delay, 1.0), IDLE_WAKE))


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Summary(bot))
