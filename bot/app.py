"""The application factory: everything the bot needs is built here, nothing at import."""

from __future__ import annotations

import asyncio
import gc
import hashlib
import importlib
import json
import logging
from collections.abc import Awaitable, Callable
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
    "cogs.forms",
    "cogs.conversations",
    "cogs.entries",
    "cogs.notes",
    "cogs.sharing",
    "cogs.setup",
    "cogs.mydata",
    "cogs.summary",
    "cogs.remind",
    "cogs.outbox",
    "cogs.excerpts",
    "cogs.hours",
    "cogs.whatworks",
    "cogs.meetings",
    "cogs.round",
)
# Garbage-collector thresholds once start-up is frozen (Python's defaults: 700, 10, 10). Under
# load a full collection walks every message, view and interaction in flight and stalls the
# event loop for 0.1-0.7 s; by default one comes every 70,000 allocations, a few hundred
# interactions. These keep young collections small (a few ms) and make full ones ~30x rarer.
GC_THRESHOLDS = (2_000, 10, 100)
# The stages after which this process froze its heap (see `SparkleBot._freeze_heap`).
_HEAP_FROZEN: set[str] = set()
_ANONYMIZER_LOADED = "anonymizer loaded"


class SparkleBot(commands.Bot):
    """The bot, holding its settings, repositories and script library."""

    def __init__(self, settings: Settings, **options: Any) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=discord.Intents(guilds=True),
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
            busy_timeout_ms=settings.sqlite_busy_timeout_ms,
            erasure_record=settings.erasure_record,
        )
        self.scripts = ScriptLibrary(self.repos.scripts, clock=discord.utils.utcnow)
        # Persistent components and form keys -> the coroutine answering them (cogs bind theirs).
        self.handlers: dict[type, Callable[..., Awaitable[None]]] = {}
        # Services one cog offers the others, by protocol type (see cogs/_services.py).
        self.services: dict[type, object] = {}

    @property
    def syncs_commands(self) -> bool:
        """One process syncs commands: the only one, or the one that owns shard 0."""
        ids = self.settings.shard_id_list
        return ids is None or 0 in ids

    async def setup_hook(self) -> None:
        # The anonymizer loads its word lists on first use: do it off the event loop, in the
        # background, so that READY does not wait for it (a redaction in the first moments
        # waits for the load, thread-safely, instead of loading twice).
        self._warm_up = asyncio.create_task(self._warm_up_anonymizer())
        await self.repos.migrate()
        if erased_again := await self.repos.userdata.erase_restored():
            log.warning(
                "erased again the data of %d member(s) who erased it after the restored "
                "backup was made",
                erased_again,
            )
        # Imported once per process and set up on this bot (discord.py's `load_extension`
        # executes each module afresh for every bot, ~50 ms in all, and a module another
        # imports, round -> sharing, could be seen half-executed by a second bot starting).
        for name in EXTENSIONS:
            await importlib.import_module(name).setup(self)
        if self.syncs_commands:
            await self._sync_commands()
        self._freeze_heap("ready")

    async def _warm_up_anonymizer(self) -> None:
        if _ANONYMIZER_LOADED in _HEAP_FROZEN:
            return  # an earlier bot of this process (a test's restart) loaded it already
        await asyncio.to_thread(redact, "warm up")
        self._freeze_heap(_ANONYMIZER_LOADED)

    @staticmethod
    def _freeze_heap(stage: str) -> None:
        # Everything loaded so far lives as long as the process: keep it out of the
        # garbage collector's full passes, which otherwise stall the event loop under load.
        # Once per stage and process: a full collection costs ~50 ms, and a later bot of the
        # same process (a test's restart) finds the modules and word lists frozen already.
        if stage in _HEAP_FROZEN:
            return
        _HEAP_FROZEN.add(stage)
        gc.collect()
        gc.freeze()
        gc.set_threshold(*GC_THRESHOLDS)

    def _command_payload(self) -> dict[str, Any]:
        """What a sync would send: the commands, per scope, for this application."""
        guild_id = self.settings.dev_guild_id
        global_commands = [c.to_dict(self.tree) for c in self.tree.get_commands()]
        return {
            "application": self.application_id,
            "dev_guild": guild_id,
            "global": [] if guild_id is not None else global_commands,
            "guild": global_commands if guild_id is not None else [],
        }

    async def _discord_has_them(self, payload: dict[str, Any]) -> bool:
        """Whether Discord lists the same command names per scope (one read, no write).

        The stored fingerprint catches changed options and wording; this catches commands
        that were removed or replaced on Discord's side, for example by another deployment
        of the same application.
        """
        app_id = self.application_id
        assert app_id is not None
        remote_global = await self.http.get_global_commands(app_id)
        if sorted(c["name"] for c in remote_global) != sorted(c["name"] for c in payload["global"]):
            return False
        guild_id = self.settings.dev_guild_id
        if guild_id is None:
            return True
        remote_guild = await self.http.get_guild_commands(app_id, guild_id)
        return sorted(c["name"] for c in remote_guild) == sorted(
            c["name"] for c in payload["guild"]
        )

    async def _sync_commands(self) -> None:
        """Sync the command tree only when it differs from the one last synced.

        With a development guild the commands live in that guild only (its copy updates at
        once) and the global list is emptied, so they never show twice there.
        """
        from storage.command_sync import remember_fingerprint, synced_fingerprint

        payload = self._command_payload()
        fingerprint = hashlib.sha256(
            json.dumps(payload, sort_keys=True, default=str).encode()
        ).hexdigest()
        if await synced_fingerprint(self.repos.db) == fingerprint and await self._discord_has_them(
            payload
        ):
            log.info("application commands unchanged since the last sync; not synced")
            return
        guild_id = self.settings.dev_guild_id
        if guild_id is not None:
            guild = discord.Object(id=guild_id)
            self.tree.copy_global_to(guild=guild)
            await self.tree.sync(guild=guild)
            await self.http.bulk_upsert_global_commands(self.application_id, payload=[])  # type: ignore[arg-type]
        else:
            await self.tree.sync()
        await remember_fingerprint(self.repos.db, fingerprint)
        log.info("application commands synced")

    async def close(self) -> None:
        warm_up = getattr(self, "_warm_up", None)
        if warm_up is not None and not warm_up.done():
            await asyncio.wait([warm_up])  # its thread cannot be cancelled: let it end
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
