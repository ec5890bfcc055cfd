"""/hours meeting and prompts: the group's regular meeting and the prompts after it."""

from __future__ import annotations

from discord import app_commands

from cogs._hours_base import HoursBase
from cogs._hours_texts import NOT_MEETING_FACILITATOR, PROMPTS_IN_SERVER
from cogs._hours_ui import HOURS
from cogs._interactions import Interaction, answering, tell_done
from cogs._meeting_set import MEETING_DESCRIPTION, meeting_options, set_meeting


class MeetingFlow(HoursBase):
    """Setting the regular meeting, and a member's prompts after it."""

    @HOURS.command(name="meeting", description=f"{MEETING_DESCRIPTION} (facilitators)")
    @meeting_options
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
            if guild_id is not None:
                await set_meeting(self.repos, interaction, guild_id, day, time, minutes, format)

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
