"""/whatworks: across my own complete reflections, what works for me, privately."""

from __future__ import annotations

import asyncio
import io
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import discord
from discord import app_commands
from discord.ext import commands

from bot.conversation.script import Script
from bot.hours.chart import render_scale_chart
from bot.hours.whatworks import alt_text, period_start, summary_text, what_works
from cogs._interactions import Interaction, answering, reply_privately
from cogs._local import member_zone

if TYPE_CHECKING:
    from bot.app import SparkleBot

PERIOD_CHOICES = [
    app_commands.Choice(name="All time", value="all"),
    app_commands.Choice(name="Last 30 days", value="30"),
    app_commands.Choice(name="Last 90 days", value="90"),
    app_commands.Choice(name="Last 12 months", value="365"),
]
LABELS = {c.value: c.name.lower() for c in PERIOD_CHOICES}


class WhatWorksCog(commands.Cog, name="WhatWorks"):
    def __init__(self, bot: SparkleBot) -> None:
        self.bot = bot
        self.repos = bot.repos

    @app_commands.command(name="whatworks", description="What works for me, across my reflections")
    @app_commands.describe(period="Which reflections to look at (default: all)")
    @app_commands.choices(period=PERIOD_CHOICES)
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.allowed_installs(guilds=True, users=False)
    async def whatworks(
        self, interaction: Interaction, period: app_commands.Choice[str] | None = None
    ) -> None:
        async with answering(interaction):
            chosen = period.value if period else "all"
            await interaction.response.defer(ephemeral=True, thinking=True)
            # Her own day (her /remind zone, else the server's, else UTC), as /hours reckons.
            found = await member_zone(self.repos, interaction.user.id, interaction.guild_id)
            zone = ZoneInfo(found.name)
            start = period_start(chosen, discord.utils.utcnow(), zone)
            practice = self.repos.practice
            entries = await practice.complete_entries(interaction.user.id, start)
            # Steps she wrote in a round's closing in the period, on an entry from before it.
            earlier = (
                [] if start is None else await practice.closed_since(interaction.user.id, start)
            )
            scripts: dict[int, Script] = {
                e.id: await self.bot.scripts.for_entry(e) for e in [*entries, *earlier]
            }
            works = await asyncio.to_thread(
                what_works, entries, lambda e: scripts.get(e.id), zone, earlier
            )
            text = summary_text(works, LABELS.get(chosen, "all time"))
            if not works.scale:
                await reply_privately(interaction, text)
                return
            png = await asyncio.to_thread(render_scale_chart, works.scale)
            chart = discord.File(
                io.BytesIO(png), filename="what-works.png", description=alt_text(works)
            )
            await reply_privately(interaction, text, file=chart)


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(WhatWorksCog(bot))
