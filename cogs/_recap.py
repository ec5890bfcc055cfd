"""The end of a conversation: the recap and what can be done next."""

from __future__ import annotations

import discord

from bot.conversation.roles import ScriptKind
from bot.conversation.script import Script
from bot.models import EntryRecord
from cogs._buttons import FlowButton, flow_view
from cogs._render import entry_embed


def consent_button(entry_id: int, consent: bool) -> FlowButton:
    return FlowButton(
        "consent",
        entry_id,
        0 if consent else 1,  # the page slot carries the value a click will set
        label=f"Include in weekly group summary: {'Yes' if consent else 'No'}",
        style=discord.ButtonStyle.success if consent else discord.ButtonStyle.secondary,
    )


def recap_view(script: Script, entry: EntryRecord) -> discord.ui.View:
    buttons: list[FlowButton] = []
    if script.id is ScriptKind.EXCEPTION:
        buttons.append(
            FlowButton("note", entry.id, 0, label="Draft note", style=discord.ButtonStyle.primary)
        )
    buttons.append(FlowButton("share", entry.id, 0, label="Share anonymized"))
    buttons.append(consent_button(entry.id, entry.consent_summary))
    buttons.append(FlowButton("done", entry.id, 0, label="Done", style=discord.ButtonStyle.success))
    return flow_view(*buttons)


def recap(script: Script, entry: EntryRecord) -> tuple[str, discord.Embed, discord.ui.View]:
    return (
        "**All saved.** Here is your recap. Nothing is shared unless you choose to.",
        entry_embed(script, entry, title=f"Recap: {script.name}"),
        recap_view(script, entry),
    )
