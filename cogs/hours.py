"""/hours: a private consultation-hours log, its report, and attestation by facilitators."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from datetime import timedelta
from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from bot.dm_queue import DmSender, TakeBack
from bot.hours.meeting import SendState
from bot.hours.model import HoursEntry
from bot.hours.render import member_told
from bot.log import keep_out_of_log
from cogs._hours_keys import (
    AskButton,
    AskShownButton,
    AttestButton,
    AttestFormKey,
    AttestShownKey,
    DeclineButton,
    DeclineFormKey,
    DeclineShownKey,
    DeleteButton,
    DeleteYesButton,
    EditButton,
    EditFormKey,
    EditShownKey,
    NewHoursKey,
    NewHoursOnceKey,
    PageButton,
    PickSelect,
    ReopenAskButton,
    ReopenButton,
    ReviewSelect,
)
from cogs._hours_texts import NONE
from cogs._hours_ui import HOURS
from cogs._interactions import Handler
from cogs._loop import OwnedLoop, discord_failure, in_dm, next_pass, seconds_until
from cogs._servers import is_member, server

# isort: off
# The flows add their subcommands to /hours as they are imported: in this order, the order
# /hours has always listed them in (the synced commands stay the same).
from cogs._hours_log import LogFlow
from cogs._hours_report import ReportFlow
from cogs._hours_meeting import MeetingFlow
from cogs._hours_attest import AttestFlow

# isort: on
from storage.repos.notices import Notice

if TYPE_CHECKING:
    from bot.app import SparkleBot

log = logging.getLogger(__name__)
# The member's DM about a facilitator's answer (stored with it, see `HoursNotice`): one Discord
# failed to take (5xx, a dropped request) is tried this many times in all, with the outbox's
# doubling pauses (1, 2, 4, 8 minutes); one being sent is held this long, so that a process
# stopping mid-send leaves it to be tried again then. The loop only wakes for those: a new one
# is sent at once, by the answer's own handler.
NOTICE_TRIES = 5
NOTICE_HOLD = timedelta(minutes=10)
NOTICE_IDLE_WAKE = 6 * 3600.0  # as the other loops: a safety net
# A retry first looks in her DM for the notice, from this long before it was stored (the
# clocks of the bot and of Discord may differ a little): one Discord took while its answer was
# lost, or just before the bot stopped, is then marked sent, not sent again.
NOTICE_MARGIN = timedelta(minutes=1)


class Hours(LogFlow, ReportFlow, MeetingFlow, AttestFlow):
    """/hours: its flows (`cogs/_hours_*.py`), the handlers of its items and forms, and the loop
    that DMs a member a facilitator's answer."""

    hours = HOURS

    def __init__(self, bot: SparkleBot) -> None:
        super().__init__(bot)
        # A refused form's text, to offer back in the form it was typed in, by (member,
        # entry): 0 for a new entry's form. Never in another entry's Edit form.
        self._typed: dict[tuple[int, int], dict[str, str]] = {}
        self.notices = OwnedLoop("hours-notices", self._notice_loop)
        self.notice_sender = DmSender(
            self.repos.notices,
            self._send_notice,
            self._notice_sent,
            discord_failure,
            discord.utils.utcnow,
            "hours answer DM",
            NOTICE_TRIES,
            NOTICE_HOLD,
            log,
        )

    async def cog_load(self) -> None:
        await super().cog_load()
        if self.bot.is_ready():
            self.notices.restart()

    async def cog_unload(self) -> None:
        await self.notices.stop()
        await super().cog_unload()

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        if not self.notices.running:  # a restarted bot sends the DMs its predecessor did not
            self.notices.restart()

    def handlers(self) -> Mapping[type, Handler]:
        return {
            NewHoursKey: self.on_new_submit,
            NewHoursOnceKey: self.on_new_submit,
            EditFormKey: self.on_edit_submit,
            EditShownKey: self.on_edit_submit,
            EditButton: self.on_edit,
            PageButton: self.on_page,
            PickSelect: self.on_pick,
            DeleteButton: self.on_delete,
            DeleteYesButton: self.on_delete_yes,
            AskButton: self.on_ask,
            AskShownButton: self.on_ask,
            ReopenAskButton: self.on_reopen_ask,
            ReviewSelect: self.on_review,
            AttestButton: self.on_attest,
            AttestFormKey: self.on_attest_submit,
            AttestShownKey: self.on_attest_submit,
            DeclineButton: self.on_decline,
            DeclineFormKey: self.on_decline_submit,
            DeclineShownKey: self.on_decline_submit,
            ReopenButton: self.on_reopen,
        }

    # -- add and edit

    async def _send_notice(self, notice: Notice) -> SendState | TakeBack:
        """DM the entry's author that a facilitator answered (its number, date and length: no
        text of the entry's, nor the facilitator's); `self.notice_sender` marks it sent only
        after Discord took it, retries a Discord failure, and takes it back if the entry or her
        data was erased meanwhile."""
        entry = _out_of_log(await self.repos.hours.get(notice.hours_id, notice.user_id))
        # Any process may send it: the server may be on a shard this one does not run.
        guild = await server(self.bot, notice.guild_id)
        if entry is None or (guild is not None and not await is_member(guild, entry.author_id)):
            return SendState.REFUSED  # deleted since, or she left: nothing of this server
        author = self.bot.get_user(notice.user_id) or await self.bot.fetch_user(notice.user_id)
        sent = await author.send(_notice_text(notice, entry, guild), allowed_mentions=NONE)
        return sent.delete

    async def _notice_sent(self, notice: Notice) -> bool:
        """Whether the DM is in her DM already, since shortly before it was stored
        (`NOTICE_MARGIN`): a retry looks there first."""
        entry = _out_of_log(await self.repos.hours.get(notice.hours_id, notice.user_id))
        if entry is None:
            return False  # deleted since: not sent either way
        text = _notice_text(notice, entry, await server(self.bot, notice.guild_id))
        since = notice.created_at - NOTICE_MARGIN
        return await in_dm(self.bot, notice.user_id, since, lambda m: m.content == text)

    async def _notice_loop(self) -> None:
        while not self.bot.is_closed():
            next_at = await next_pass(log, "hours answer DM loop", self.notice_sender.send_due)
            await asyncio.sleep(seconds_until(next_at, NOTICE_IDLE_WAKE))


def _out_of_log(entry: HoursEntry | None) -> HoursEntry | None:
    """`entry`, what was written in it (her texts, a decline's reason, the attester's name)
    kept out of every later log line of this task and its loop's pass."""
    if entry is not None:
        keep_out_of_log([*entry.texts.values(), entry.declined_reason, entry.attested_as])
    return entry


def _notice_text(notice: Notice, entry: HoursEntry, guild: discord.Guild | None) -> str:
    """The DM telling her a facilitator answered, naming the server (as fetched, when it is
    on another process's shard)."""
    return member_told(entry, notice.answer, guild.name if guild else "your server")


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Hours(bot))
