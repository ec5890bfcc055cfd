"""The application factory: everything the bot needs is built here, nothing at import."""

from __future__ import annotations

import asyncio
import gc
import logging
from typing import Any

import discord
from discord.ext import commands

from bot.conversation.library import ScriptLibrary
from bot.privacy import redact
from bot.settings import Settings, load_settings
from bot.tree import SparkleTree
from storage.repos import Repositories

log = logging.getLogger(__name__)

# Extensions are named as strings so that this module never imports Discord glue.
EXTENSIONS = (
    "cogs.conversations",
    "cogs.entries",
    "cogs.notes",
    "cogs.sharing",
    "cogs.setup",
    "cogs.mydata",
    "cogs.summary",
    "cogs.remind",
    "cogs.outbox",
)


class SparkleBot(commands.Bot):
    """The bot, holding its settings, repositories and script library."""

    def __init__(self, settings: Settings, **options: Any) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=discord.Intents.default(),
            allowed_mentions=discord.AllowedMentions.none(),
            tree_cls=SparkleTree,
            **options,
        )
        self.settings = settings
        self.repos = Repositories.open(
            settings.database_url,
            settings.key_bytes,
            clock=discord.utils.utcnow,
            old_keys=settings.old_key_bytes,
        )
        self.scripts = ScriptLibrary(self.repos.scripts, clock=discord.utils.utcnow)

    @property
    def syncs_commands(self) -> bool:
        """One process syncs commands: the only one, or the one that owns shard 0."""
        ids = self.settings.shard_id_list
        return ids is None or 0 in ids

    async def setup_hook(self) -> None:
        # The anonymizer loads its word lists on first use; do it now, off the event loop.
        await asyncio.gather(self.repos.migrate(), asyncio.to_thread(redact, "warm up"))
        for name in EXTENSIONS:
            await self.load_extension(name)
        if self.syncs_commands:
            await self._sync_commands()
        # Everything loaded so far lives as long as the process: keep it out of the
        # garbage collector's full passes, which otherwise stall the event loop under load.
        gc.collect()
        gc.freeze()

    async def _sync_commands(self) -> None:
        guild_id = self.settings.dev_guild_id
        if guild_id is not None:
            guild = discord.Object(id=guild_id)
            self.tree.copy_global_to(guild=guild)
            await self.tree.sync(guild=guild)
        await self.tree.sync()
        log.info("application commands synced")

    async def close(self) -> None:
        await super().close()
        await self.repos.close()


class ShardedSparkleBot(SparkleBot, commands.AutoShardedBot):
    """The same bot running a given set of gateway shards (several processes, one database)."""


def create_bot(settings: Settings | None = None) -> SparkleBot:
    """Build a configured bot; settings default to the environment and `.env`."""
    settings = settings or load_settings()
    if settings.shard_count is None:
        return SparkleBot(settings)
    return ShardedSparkleBot(
        settings, shard_count=settings.shard_count, shard_ids=settings.shard_id_list
    )
