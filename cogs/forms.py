"""Routes every modal submit whose custom id is a bound form key to its handler, and answers
any click, choice or submit that nothing takes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from cogs._interactions import answer_untaken_component, route_form

if TYPE_CHECKING:
    from bot.app import SparkleBot


class Forms(commands.Cog):
    def __init__(self, bot: SparkleBot) -> None:
        self.bot = bot

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction[SparkleBot]) -> None:
        if not await route_form(self.bot, interaction):
            await answer_untaken_component(self.bot, interaction)


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Forms(bot))
