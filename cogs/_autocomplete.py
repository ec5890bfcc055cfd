"""Autocomplete over the caller's own entries, and reading the chosen value back safely."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.entry_ref import LATEST, entry_reference
from bot.limits import clip
from bot.models import EntryRecord, EntryStatus
from cogs._interactions import not_available
from cogs._local import shown_zone
from cogs._render import entry_title, quote

if TYPE_CHECKING:
    from bot.conversation.library import ScriptLibrary
    from storage.repos import Repositories

SCAN = 200  # how many of the newest entries a search looks through


async def entry_choices(
    repos: Repositories,
    scripts: ScriptLibrary,
    user_id: int,
    typed: str,
    *,
    kind: str | None = None,
    status: EntryStatus | None = None,
    guild_id: int | None = None,
) -> list[app_commands.Choice[str]]:
    """Her entries that match what she typed, each named by its day where she types it
    (`guild_id`, None in a DM)."""
    page = await repos.entries.list_for_author(user_id, limit=SCAN, kind=kind, status=status)
    zone = await shown_zone(repos, user_id, guild_id)
    needle = typed.strip().lower().lstrip("#")
    entries = page.items
    number = entry_reference(typed)
    if number is LATEST:
        needle = ""  # "last", "my latest": her newest, which the list shows first
    elif number is not None:
        needle = str(number)  # "＃１２", "No. 12" and "entry 12" look for what "12" does
        # Her entry of that number comes first, however far back it is (the scan holds only
        # the newest): after years of use, "#3" names her entry 3, not #230 or #1337.
        exact = await repos.entries.list_for_author(
            user_id, limit=1, kind=kind, status=status, entry_id=number
        )
        entries = exact.items + [e for e in entries if e.id != number]
    choices: list[app_commands.Choice[str]] = []
    for entry in entries:
        name = entry_title(scripts.default(entry.kind), entry, zone)  # names only: no look-up
        if entry.is_draft:
            name += " · draft"
        if needle and needle not in name.lower():
            continue
        choices.append(app_commands.Choice(name=clip(name, 100), value=str(entry.id)))
        if len(choices) == 25:
            break
    return choices


def entries_offered(
    *, kind: str | None = None, status: EntryStatus | None = None
) -> Callable[[discord.Interaction[Any], str], Coroutine[Any, Any, list[app_commands.Choice[str]]]]:
    """An autocomplete over the caller's own entries (of one kind, or in one status)."""

    async def complete(
        interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        bot = interaction.client
        user_id = interaction.user.id
        return await entry_choices(
            bot.repos,
            bot.scripts,
            user_id,
            current,
            kind=kind,
            status=status,
            guild_id=interaction.guild_id,
        )

    return complete


async def chosen_entry(
    repos: Repositories,
    user_id: int,
    value: str,
    *,
    kind: str | None = None,
    status: EntryStatus | None = None,
) -> EntryRecord | None:
    """The caller's entry named by an option value, or None for anything else. It is read as
    she types it elsewhere (`entry_reference`): "#12" pasted with an invisible bidi mark, a
    full-width "＃１２", "No. 12", "entry 12" or "twelve" is her entry 12; "the last one" or
    "my latest" is her newest of those the option offers (of `kind`, in `status`)."""
    named = entry_reference(value)
    if named is LATEST:
        newest = await repos.entries.list_for_author(user_id, limit=1, kind=kind, status=status)
        return await repos.entries.get(newest.items[0].id, user_id) if newest.items else None
    return None if named is None else await repos.entries.get(named, user_id)


async def no_such_entry(interaction: discord.Interaction[Any], value: str) -> None:
    """The answer when `chosen_entry` found none: for "my latest" (she has none that fits),
    her words quoted back and where to look; for anything else, the one fixed answer that
    tells someone else's entry from a missing one by nothing."""
    if entry_reference(value) is not LATEST:
        await not_available(interaction)
        return
    await interaction.response.send_message(
        f"None of your entries fits here yet, so {quote(value, 40)} names none. `/entries` "
        "lists all of yours.",
        ephemeral=True,
        allowed_mentions=discord.AllowedMentions.none(),
    )
