"""The end of a conversation: the recap and what can be done next."""

from __future__ import annotations

import discord

from bot.conversation.roles import ScriptKind
from bot.conversation.script import Script
from bot.models import EntryRecord
from cogs._buttons import Done, DraftNote, EntryButton, ShareEntry, consent_button
from cogs._interactions import view
from cogs._render import entry_embed


def recap_view(script: Script, entry: EntryRecord) -> discord.ui.View:
    buttons: list[EntryButton] = []
    if script.id is ScriptKind.EXCEPTION:
        buttons.append(DraftNote.of(entry.id))
    buttons.append(ShareEntry.of(entry.id))
    buttons.append(consent_button(entry.id, entry.consent_summary))
    buttons.append(Done.of(entry.id))
    return view(*buttons)


def recap(script: Script, entry: EntryRecord) -> tuple[str, discord.Embed, discord.ui.View]:
    return (
        "**All saved.** Here is your recap. Nothing is shared unless you choose to.",
        entry_embed(script, entry, title=f"Recap: {script.name}"),
        recap_view(script, entry),
    )
