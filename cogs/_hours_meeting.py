"""/hours meeting and prompts: the group's regular meeting and the prompts after it."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import discord
from discord import app_commands

from bot.hours.meeting import MeetingPlan
from bot.hours.model import FORMAT_LABELS, Format
from bot.schedule import parse_time
from cogs._hours_base import HoursBase
from cogs._hours_texts import (
    MEETING_CLEARED,
    MEETING_DAYS,
    NO_MEETING_TO_CLEAR,
    NOT_MEETING_FACILITATOR,
    PROMPTS_IN_SERVER,
)
from cogs._hours_ui import HOURS, label_choices
from cogs._interactions import Interaction, answering, tell_done
from cogs._render import quote
from storage.repos.audit import AuditNote


class MeetingFlow(HoursBase):
    """Setting the regular meeting, and a member's prompts after it."""

    @HOURS.command(
        name="meeting",
        description="The group's weekly meeting, so members can log it in one click (facilitators)",
    )
    @app_commands.describe(
        day="Which day, or none",
        time="Start, in the server's time zone, 24-hour, such as 18:00",
        minutes="How long it lasts",
        format="How you meet",
    )
    @app_commands.choices(day=MEETING_DAYS, format=label_choices(FORMAT_LABELS))
    async def meeting(
        self,
        interaction: Interaction,
        day: app_commands.Choice[str],
        time: str = "18:00",
        minutes: app_commands.Range[int, 15, 480] = 90,
        format: app_commands.Choice[str] | None = None,
    ) -> None:
        async with answering(interaction):
            guild_id = await self._facilitator(interaction, NOT_MEETING_FACILITATOR)
            if guild_id is None:
                return
            meetings = self.repos.meetings
            if day.value == "off":
                await interaction.response.defer(ephemeral=True, thinking=True)
                cleared = await meetings.clear(
                    guild_id, audit=AuditNote("meeting_cleared", interaction.user.id, guild_id)
                )
                # if Discord loses it, said again: never "try again" for what is done
                await tell_done(interaction, MEETING_CLEARED if cleared else NO_MEETING_TO_CLEAR)
                return
            start = parse_time(time)
            if start is None:
                await interaction.response.send_message(
                    f"Nothing changed: I couldn't read {quote(time, 60)}. I need a start time "
                    "such as `18:00` (24-hour).",
                    ephemeral=True,
                )
                return
            plan = MeetingPlan(
                guild_id,
                int(day.value),
                start,
                minutes,
                Format(format.value if format else "video"),
            )
            zone = (await self.repos.servers.get(guild_id)).timezone
            next_end = plan.next_end(discord.utils.utcnow(), ZoneInfo(zone))
            await interaction.response.defer(ephemeral=True, thinking=True)  # the write may wait
            # stored with its audit record in one write: a failure leaves neither
            changed = await meetings.set(
                plan, next_end, audit=AuditNote("meeting_set", interaction.user.id, guild_id)
            )
            await tell_done(
                interaction,
                f"{'Saved:' if changed else 'Nothing changed: the meeting is already'} "
                f"{plan.describe()} ({zone}), {FORMAT_LABELS[plan.format].lower()}. "
                f"After each one, members who turned on `/hours prompts` get a one-click "
                f"prompt to log it; the next is {discord.utils.format_dt(next_end, 'F')}.",
            )

    @HOURS.command(
        name="prompts", description="A one-click prompt to log each of this server's meetings"
    )
    @app_commands.describe(on="Whether to get the prompt after each meeting")
    async def prompts(self, interaction: Interaction, on: bool) -> None:
        async with answering(interaction):
            if interaction.guild_id is None:
                await interaction.response.send_message(PROMPTS_IN_SERVER, ephemeral=True)
                return
            await interaction.response.defer(ephemeral=True, thinking=True)  # the write may wait
            await self.repos.meetings.set_prompt(interaction.guild_id, interaction.user.id, on)
            plan = await self.repos.meetings.get(interaction.guild_id)
            when = f" The group meets {plan.describe()}." if plan else " No meeting is set yet."
            await tell_done(
                interaction,
                (
                    "Prompts are on: after each meeting I DM you a button to log it."
                    if on
                    else "Prompts are off."
                )
                + (when if on else ""),
            )

    # -- attestation: the author's side
