"""Which server a reflection written in a DM counts for, in the weekly group summary.

An entry from a DM has no server, so its consent would count nowhere. When its author says
"include it", it is placed in the one server they share with the bot, or the one they pick.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import discord

from bot.inert import as_typed
from bot.limits import clip
from bot.models import EntryRecord
from cogs._interactions import Interaction, Key, Select, chosen_id, not_available, view

if TYPE_CHECKING:
    from bot.app import SparkleBot

NO_SERVER = (
    "You don't share a server with Sparkle, so this entry can't be counted in a weekly summary yet."
)


def on_another_shard(bot: SparkleBot, guild_id: int) -> bool:
    """Whether the server is on a gateway shard another process runs (several processes, each
    with some shards: README): this one has none of its channels in its cache, and asks
    Discord for them when it does a job of that server (a scheduled post, a repair)."""
    count, ids = bot.settings.shard_count, bot.settings.shard_id_list
    return count is not None and ids is not None and (guild_id >> 22) % count not in ids


async def server(bot: SparkleBot, guild_id: int) -> discord.Guild | None:
    """The server, from this process's cache or, on another process's shard, asked of
    Discord (its name and id only); None when the bot is not in it."""
    guild = bot.get_guild(guild_id)
    if guild is not None or not on_another_shard(bot, guild_id):
        return guild
    try:
        return await bot.fetch_guild(guild_id, with_counts=False)
    except discord.HTTPException:
        return None


async def is_member(guild: discord.Guild, user_id: int) -> bool:
    """Whether the user belongs to the server (asked of Discord: the member cache is off)."""
    if guild.get_member(user_id) is not None:
        return True
    try:
        await guild.fetch_member(user_id)
    except discord.NotFound:
        return False
    return True


def shown_name(guild: discord.Guild, room: int = 100) -> str:
    """A server's name in a message, inert: its admins typed it, so a `*`, `_` or `<` in it
    is shown as typed, never as markdown that breaks the bold around it or as a mention."""
    return as_typed(clip(guild.name, room))


async def shared_servers(
    bot: SparkleBot, user_id: int, *, other_shards: bool = False
) -> list[discord.Guild]:
    """The servers the user shares with the bot: those in this process's cache and, with
    `other_shards`, those on shards other processes run (asked of Discord: a DM arrives on
    shard 0 whichever shard her server is on)."""
    guilds = list(bot.guilds)
    if other_shards and bot.settings.shard_id_list is not None:
        held = {g.id for g in guilds}
        async for guild in bot.fetch_guilds(limit=None):
            if guild.id not in held and on_another_shard(bot, guild.id):
                guilds.append(guild)
    return [g for g in guilds if await is_member(g, user_id)][:25]


async def counted_in(bot: SparkleBot, entry: EntryRecord) -> str:
    """One line for /entries: whether, and where, the entry counts in a weekly summary."""
    if not entry.consent_summary:
        return "Weekly group summary: not included."
    guild = await server(bot, entry.guild_id) if entry.guild_id is not None else None
    if guild is None:
        return "Weekly group summary: included, but in no server yet."
    return f"Weekly group summary: included, in **{shown_name(guild)}**."


def server_options(guilds: Iterable[discord.Guild]) -> list[discord.SelectOption]:
    return [discord.SelectOption(label=clip(g.name, 100), value=str(g.id)) for g in guilds]


class SummaryServerKey(Key, prefix="cgs"):
    entry: int


class ServerForSummary(Select[SummaryServerKey]):
    """From a DM: which server's weekly summary an entry counts in."""

    placeholder = "Count it in which server's summary?"


async def on_server_for_summary(interaction: Interaction, picker: ServerForSummary) -> None:
    """The server picked: the entry counts in its weekly summary, if the menu offered it: one
    of the clicker's servers, for her entry not yet counted in any (the same server again,
    picked a second time, is as offered). Any other choice (a tampered client's) is not
    available, and moves nothing."""
    value = picker.value
    guild_id = chosen_id(value)
    guild = await server(interaction.client, guild_id) if guild_id is not None else None
    repos = interaction.client.repos
    entry = await repos.entries.get(picker.key.entry, interaction.user.id)
    if (
        entry is None
        or guild is None
        or entry.guild_id not in (None, guild.id)
        or not await is_member(guild, interaction.user.id)
    ):
        await not_available(interaction)
        return
    await interaction.response.defer()  # the write may wait: answer Discord first
    if not await repos.entries.set_server(entry.id, interaction.user.id, guild.id):
        await not_available(interaction)  # placed in another server meanwhile
        return
    await interaction.edit_original_response(
        content=f"Counted in the weekly summary of **{shown_name(guild)}**.", view=None
    )


async def place_dm_entry(bot: SparkleBot, interaction: Interaction, entry: EntryRecord) -> None:
    """After "include in the summary" on an entry with no server: place it, or ask where."""
    if entry.guild_id is not None:
        return
    guilds = await shared_servers(bot, interaction.user.id, other_shards=True)
    if not guilds:
        await interaction.followup.send(NO_SERVER, ephemeral=True)
    elif len(guilds) == 1:
        await bot.repos.entries.set_server(entry.id, interaction.user.id, guilds[0].id)
        await interaction.followup.send(
            f"Counted in the weekly summary of **{shown_name(guilds[0])}**, the server you "
            "share with Sparkle.",
            ephemeral=True,
        )
    else:
        picker = ServerForSummary(SummaryServerKey(entry.id), server_options(guilds))
        await interaction.followup.send(
            "You wrote this in a DM. Which server's weekly summary should it count in?",
            view=view(picker),
            ephemeral=True,
        )
