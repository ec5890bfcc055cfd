"""A round's thread deleted on Discord (by a moderator): the affirmations and closing posted in
it went with it. Their rows are kept, as their writers' own words, for their /export, which
says they are no longer on Discord; they no longer name a message that is not there. Noticed
when Discord says the thread was deleted, and, for a deletion made while the bot was down, at
start-up."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord

if TYPE_CHECKING:
    from bot.app import SparkleBot

log = logging.getLogger(__name__)


class ThreadsGone:
    def __init__(self, bot: SparkleBot) -> None:
        self.bot = bot
        self.repos = bot.repos
        self.reconciled = False

    async def deleted(self, thread_id: int) -> None:
        """Discord says the thread was deleted."""
        changed = await self.repos.outbox.thread_deleted(thread_id)
        if changed:
            log.info(
                "thread %s deleted on Discord: %s posts of its round unlinked", thread_id, changed
            )

    async def reconcile(self) -> None:
        """Once per start: each round thread of this process's servers that still holds a
        post of the bot's, as recorded, looked for; one Discord no longer has is `deleted`.
        A thread Discord cannot be asked about now (refused, down) is left for the next start."""
        if self.reconciled:
            return
        self.reconciled = True
        for guild_id, thread_id in await self.repos.outbox.round_threads_posted_in():
            if self.bot.get_guild(guild_id) is None or self.bot.get_channel(thread_id) is not None:
                continue  # another process's server, or a thread Discord has just listed
            try:
                await self.bot.fetch_channel(thread_id)
            except discord.NotFound:
                await self.deleted(thread_id)
            except discord.HTTPException as error:
                log.warning("could not look for round thread %s (%s)", thread_id, error.status)
