"""/hours report and cpdyear: the report of her hours and the year it counts in."""

from __future__ import annotations

import asyncio
import io

import discord
from discord import app_commands

from bot.hours.period import PeriodError, parse_period
from bot.hours.render import totals_text
from bot.hours.report import to_csv, to_html, totals
from cogs._hours_base import HoursBase
from cogs._hours_texts import MONTHS, NONE
from cogs._hours_ui import HOURS
from cogs._interactions import Interaction, answering, tell_done


class ReportFlow(HoursBase):
    """The report (text, CSV and HTML) and the CPD year it is reckoned in."""

    @HOURS.command(
        name="report", description="Your hours for a CPD year or period: CSV and a printable page"
    )
    @app_commands.describe(
        period="A CPD year's first year (2025), “last year”, or 2025-07-01 to 2026-06-30"
    )
    async def report(self, interaction: Interaction, period: str = "") -> None:
        async with answering(interaction):
            user_id = interaction.user.id
            month = await self.repos.hours.cpd_start_month(user_id) or 1
            try:
                span = parse_period(period, await self._today(interaction), month)
            except PeriodError as error:
                await interaction.response.send_message(str(error), ephemeral=True)
                return
            await interaction.response.defer(ephemeral=True, thinking=True)
            entries = await self.repos.hours.between(user_id, span.first, span.last)
            now = discord.utils.utcnow()
            name = interaction.user.display_name

            def render() -> tuple[str, bytes, bytes]:
                csv_text = to_csv(entries).encode("utf-8-sig")
                html = to_html(entries, span, made_at=now, name=name).encode("utf-8")
                return totals_text(totals(entries), span.label), csv_text, html

            text, csv_bytes, html = await asyncio.to_thread(render)
            files = [
                discord.File(io.BytesIO(csv_bytes), filename=f"hours-{span.slug}.csv"),
                discord.File(io.BytesIO(html), filename=f"hours-{span.slug}.html"),
            ]
            await interaction.followup.send(
                text, files=files, ephemeral=True, allowed_mentions=NONE
            )

    @HOURS.command(name="cpdyear", description="The month your CPD year starts in")
    @app_commands.describe(month="The month your CPD year begins (default January)")
    @app_commands.choices(
        month=[app_commands.Choice(name=m, value=i) for i, m in enumerate(MONTHS, start=1)]
    )
    async def cpdyear(self, interaction: Interaction, month: app_commands.Choice[int]) -> None:
        async with answering(interaction):
            await interaction.response.defer(ephemeral=True, thinking=True)
            await self.repos.hours.set_cpd_start_month(interaction.user.id, month.value)
            await tell_done(interaction, f"Saved. Your CPD year starts on 1 {month.name}.")

    # -- the group's meeting, and the prompt to log it
