"""Setting the group's weekly meeting: one implementation behind `/hours meeting`
(facilitators) and `/setup meeting` (members with Manage Server)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

import discord
from discord import app_commands

from bot.hours.meeting import MeetingPlan
from bot.hours.model import FORMAT_LABELS, Format
from bot.schedule import parse_time
from cogs._hours_texts import MEETING_CLEARED, MEETING_DAYS, NO_MEETING_TO_CLEAR
from cogs._hours_ui import label_choices
from cogs._interactions import Interaction, tell_done
from cogs._render import quote
from storage.repos.audit import AuditNote

if TYPE_CHECKING:
    from storage.repos import Repositories

MEETING_DESCRIPTION = "The group's weekly meeting, so members can log it in one click"
# Who is prompted after each meeting, as both commands' answers say it.
WHO_IS_PROMPTED = (
    "members of the group (who accepted its agreement or logged hours here) get a one-click "
    "prompt to log it, unless they turned `/hours prompts` off"
)


F = TypeVar("F", bound=Callable[..., Any])


def meeting_options(command: F) -> F:
    """The options' help and choices, the same on both commands."""
    described = app_commands.describe(
        day="Which day, or none",
        time="Start, in the server's time zone, 24-hour, such as 18:00",
        minutes="How long it lasts",
        format="How you meet",
    )(command)
    return app_commands.choices(day=MEETING_DAYS, format=label_choices(FORMAT_LABELS))(described)


async def set_meeting(
    repos: Repositories,
    interaction: Interaction,
    guild_id: int,
    day: app_commands.Choice[str],
    time: str,
    minutes: int,
    format: app_commands.Choice[str] | None,
) -> None:
    """Set (or, for `day` "off", clear) the server's meeting, with its audit record in the same
    write, and answer the member who asked (whose right to was checked by the command)."""
    meetings = repos.meetings
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
        guild_id, int(day.value), start, minutes, Format(format.value if format else "video")
    )
    zone = (await repos.servers.get(guild_id)).timezone
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
        f"After each one, {WHO_IS_PROMPTED}; the next is {discord.utils.format_dt(next_end, 'F')}.",
    )
