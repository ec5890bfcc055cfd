"""Autocomplete over the caller's own entries, and reading the chosen value back safely."""

from __future__ import annotations

from typing import TYPE_CHECKING

from discord import app_commands

from bot.limits import clip
from bot.models import EntryRecord, EntryStatus
from cogs._render import entry_title

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
) -> list[app_commands.Choice[str]]:
    page = await repos.entries.list_for_author(user_id, limit=SCAN, kind=kind, status=status)
    needle = typed.strip().lower().lstrip("#")
    choices: list[app_commands.Choice[str]] = []
    for entry in page.items:
        name = entry_title(scripts.default(entry.kind), entry)  # names only: no look-up
        if entry.is_draft:
            name += " · draft"
        if needle and needle not in name.lower():
            continue
        choices.append(app_commands.Choice(name=clip(name, 100), value=str(entry.id)))
        if len(choices) == 25:
            break
    return choices


async def chosen_entry(repos: Repositories, user_id: int, value: str) -> EntryRecord | None:
    """The caller's entry named by an option value, or None for anything else."""
    digits = value.strip().lstrip("#")
    if not digits.isdigit() or len(digits) > 18:
        return None
    return await repos.entries.get(int(digits), user_id)
