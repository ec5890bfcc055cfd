"""After each server's weekly meeting, a one-click prompt (by DM) to log it in /hours."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import discord
from discord.ext import commands

from bot.dm_queue import DmSender, TakeBack
from bot.hours.meeting import MeetingPlan, PromptSend, SendState
from bot.hours.model import FORMAT_LABELS, Kind, Part
from cogs._hours_keys import new_hours_key
from cogs._hours_ui import entry_form
from cogs._interactions import (
    BoundCog,
    Button,
    Handler,
    Interaction,
    Key,
    button_type,
    not_available,
    one_time_id,
    view,
)
from cogs._loop import OwnedLoop, discord_failure, in_dm, next_pass, seconds_until
from cogs._servers import server, shown_name

if TYPE_CHECKING:
    from bot.app import SparkleBot

log = logging.getLogger(__name__)
# The loop is restarted whenever this process changes a meeting, and woken when another process
# sharing the database (PostgreSQL) notifies a change; these wakes only catch clock drift, and a
# notice lost with the listening connection (it listens again at its next pass).
IDLE_WAKE = 24 * 3600.0
NO_MEETING_WAKE = 7 * 24 * 3600.0
LATE = timedelta(days=1)  # a meeting the bot missed by more than this is not prompted for
# A prompt Discord failed to take (5xx, a dropped request) is tried this many times in all,
# with the outbox's doubling pauses between tries (1, 2, 4, 8 minutes), read from the bot's
# clock: the loop wakes when the next try is due, so other members' prompts never wait on it.
MAX_TRIES = 5
# A prompt being sent is held this long: if the process stops mid-send, it is tried again then.
SENDING_HOLD = timedelta(minutes=10)
# A retry looks in her DM for the prompt from this long before the meeting ended (clock drift).
SEND_MARGIN = timedelta(minutes=1)


# Meetings end after the epoch and long before the calendar does: a time outside is made up.
_ENDS = range(0, 32503680000)  # to 3000-01-01 UTC


@dataclass(frozen=True)
class LogMeetingKey(Key):
    prefix = "hmeet"
    guild: int
    ended: int  # when the meeting ended, in seconds since the epoch

    def plausible(self) -> bool:
        return self.ended in _ENDS


@dataclass(frozen=True)
class LogMeetingOnceKey(LogMeetingKey):
    """The prompt's key with a one-time id made when the prompt is sent: every form its
    button opens carries that id, so the meeting is logged once however often it is clicked."""

    once: str


LogMeetingButton = button_type(LogMeetingKey)
LogMeetingOnceButton = button_type(LogMeetingOnceKey)


class Meetings(BoundCog):
    def __init__(self, bot: SparkleBot) -> None:
        super().__init__(bot)
        self.runner = OwnedLoop("meeting-prompts", self._loop)
        self.sender = DmSender(
            self.repos.meetings.sends,
            self._send,
            self._sent,
            discord_failure,
            discord.utils.utcnow,
            "meeting prompt",
            MAX_TRIES,
            SENDING_HOLD,
            log,
        )
        # Another process's changes (`repos.meetings.listen`) restart the loop while it sleeps,
        # or, heard during a pass (which a restart could cut short mid-send), make it pass
        # again at once.
        self._sleeping: asyncio.Task[object] | None = None
        self._heard = False
        self._stop_listening: Callable[[], Awaitable[None]] | None = None
        self._listening = False
        self._unloaded = False

    def handlers(self) -> Mapping[type, Handler]:
        return {LogMeetingButton: self.on_log, LogMeetingOnceButton: self.on_log}

    async def cog_load(self) -> None:
        await super().cog_load()
        self.repos.meetings.on_change.append(self.runner.restart)
        if self.bot.is_ready():
            self.runner.restart()

    async def cog_unload(self) -> None:
        self._unloaded = True  # a notice heard from now on starts nothing
        self.repos.meetings.on_change.remove(self.runner.restart)
        await self.runner.stop()
        await self._unlisten()
        await super().cog_unload()

    async def _listen(self) -> None:
        """Listen for other processes' changes of meetings, if not listening already (again
        after the connection was lost); on SQLite there are none to hear."""
        if self._listening:
            return
        await self._unlisten()
        self._stop_listening = await self.repos.meetings.listen(self._wake, self._lost)
        self._listening = True

    def _wake(self) -> None:
        """Another process changed a meeting: pass now, or right after the pass under way."""
        if self._unloaded or self.bot.is_closed() or not self.runner.running:
            return  # no loop to wake: stopped (a loop is started at READY, not by a notice)
        if self._sleeping is not None and not self._sleeping.done():
            self.runner.restart()
        else:
            self._heard = True

    def _lost(self) -> None:
        log.warning("lost the connection that hears other processes' meetings; listening again")
        self._listening = False
        self._wake()

    async def _unlisten(self) -> None:
        stop, self._stop_listening = self._stop_listening, None
        self._listening = False
        if stop is not None:
            await stop()

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        if not self.runner.running:
            self.runner.restart()

    async def on_log(self, interaction: Interaction, button: Button[LogMeetingKey]) -> None:
        """The prompt's button: the hours form, prefilled for that meeting (for the clicker)."""
        meetings, clicker = self.repos.meetings, interaction.user.id
        plan = await meetings.get(button.key.guild)
        if plan is None or not await meetings.asks(button.key.guild, clicker):
            await not_available(interaction)
            return
        # Another member's prompt (its button forged): its one-time id is hers, so a form
        # opened with it would spend the one she logs that meeting with.
        if isinstance(button.key, LogMeetingOnceKey) and (
            await meetings.once_owner(button.key.once)
        ) not in (None, clicker):
            await not_available(interaction)
            return
        zone = ZoneInfo((await self.repos.servers.get(plan.guild_id)).timezone)
        ended = datetime.fromtimestamp(button.key.ended, UTC)
        guild = await server(self.bot, plan.guild_id)  # a DM's click: maybe another shard's
        key = new_hours_key(plan.format.value, Kind.PEER_GROUP.value, Part.PARTICIPANT.value)
        if isinstance(button.key, LogMeetingOnceKey):  # prompts sent before it had none
            key = dataclasses.replace(key, once=button.key.once)
        prefill = {"when": plan.when_text(ended, zone), "group": guild.name if guild else ""}
        await interaction.response.send_modal(entry_form(key, "Log the group meeting", prefill))

    def _prompt(
        self,
        plan: MeetingPlan,
        ended: datetime,
        zone: ZoneInfo,
        once: str,
        guild: discord.Guild | None,
    ) -> tuple[str, discord.ui.View]:
        name = shown_name(guild) if guild else "your group"
        text = (
            f"Your meeting in **{name}** has ended ({plan.when_said(ended, zone)}, "
            f"{FORMAT_LABELS[plan.format].lower()}). Log it in your consultation hours? "
            "(`/hours prompts on:False` there stops these.)"
        )
        button = LogMeetingOnceButton(
            LogMeetingOnceKey(plan.guild_id, int(ended.timestamp()), once),
            label="Log it",
            style=discord.ButtonStyle.primary,
        )
        return text, view(button)

    async def prompt_due(self) -> None:
        """Claim each meeting that has ended, storing one prompt per member with it, then send
        the prompts that are due (new ones, retries, and any a restart interrupted)."""
        now = discord.utils.utcnow()
        for plan, ended in await self.repos.meetings.due(now):
            zone = ZoneInfo((await self.repos.servers.get(plan.guild_id)).timezone)
            following = plan.end_after(ended, now, zone)
            members: list[tuple[int, str]] = []
            if now - ended <= LATE:
                guild = self.bot.get_guild(plan.guild_id)
                members = [
                    (user_id, one_time_id())  # each prompt's one-time id, kept with it
                    for user_id in await self.repos.meetings.prompted(plan.guild_id)
                    if guild is None or not guild.chunked or guild.get_member(user_id) is not None
                ]
            # Another process that claimed it first stores and sends its prompts.
            await self.repos.meetings.claim(plan.guild_id, ended, following, members)
        await self.sender.send_due()

    async def _send(self, send: PromptSend) -> SendState | TakeBack:
        """One member's prompt (`self.sender` marks it sent only after Discord took it, and
        takes it back if she erased her data meanwhile)."""
        plan = await self.repos.meetings.get(send.guild_id)
        if plan is None:  # the meeting was removed since: its button would open nothing
            return SendState.REFUSED
        if not await self.repos.meetings.asks(send.guild_id, send.user_id):
            return SendState.REFUSED  # she turned prompts off, or erased her data, since
        zone = ZoneInfo((await self.repos.servers.get(plan.guild_id)).timezone)
        # Any process may send it: the server may be on a shard this one does not run.
        guild = await server(self.bot, plan.guild_id)
        text, controls = self._prompt(plan, send.ended_at, zone, send.once, guild)
        user = self.bot.get_user(send.user_id) or await self.bot.fetch_user(send.user_id)
        sent = await user.send(text, view=controls, allowed_mentions=discord.AllowedMentions.none())
        return sent.delete

    async def _sent(self, send: PromptSend) -> bool:
        """Whether her prompt is in her DM already (its button carries the prompt's one-time
        id): a retry looks there first, so one Discord took whose record was lost is not sent
        a second time."""

        def found(message: discord.Message) -> bool:
            for row in message.components:
                for child in getattr(row, "children", ()):
                    key = LogMeetingOnceKey.parse(getattr(child, "custom_id", None) or "")
                    if key is not None and key.once == send.once:
                        return True
            return False

        return await in_dm(self.bot, send.user_id, send.ended_at - SEND_MARGIN, found)

    async def _loop(self) -> None:
        while not self.bot.is_closed():
            self._heard = False
            next_at = await next_pass(log, "meeting prompt loop", self._pass)
            if self._heard:  # a change heard during the pass: pass again at once
                continue
            self._sleeping = asyncio.current_task()
            try:
                await asyncio.sleep(seconds_until(next_at, IDLE_WAKE, nothing_due=NO_MEETING_WAKE))
            finally:
                if self._sleeping is asyncio.current_task():
                    self._sleeping = None

    async def _pass(self) -> datetime | None:
        await self._listen()  # before reading: a change made meanwhile is read or heard
        first = await self._next_at()
        if first is None or first > discord.utils.utcnow():
            return first  # nothing due yet: two queries
        await self.prompt_due()
        return await self._next_at()

    async def _next_at(self) -> datetime | None:
        """When a meeting next ends or a prompt is next due."""
        meetings = self.repos.meetings
        due = (await meetings.next_end_at(), await meetings.sends.next_at())
        return min((at for at in due if at is not None), default=None)


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Meetings(bot))
