"""The end of a conversation: the recap and what can be done next."""

from __future__ import annotations

import discord
from discord import ui

from bot.conversation.roles import ScriptKind
from bot.conversation.script import Script
from bot.inert import as_typed
from bot.models import EntryRecord
from cogs._buttons import Done, DraftNote, EntryButton, ShareEntry, consent_button
from cogs._entry_layout import entry_layout
from cogs._interactions import view

LEAD = "**All saved.** Here is your recap. Nothing is shared unless you choose to."
# the last page submitted again after Discord lost the recap: the same recap, said so
LEAD_AGAIN = (
    "**Already saved**: this page reached me twice and is stored once. Here is your recap. "
    "Nothing is shared unless you choose to."
)


def recap_buttons(script: Script, entry: EntryRecord) -> list[EntryButton]:
    buttons: list[EntryButton] = []
    if script.id is ScriptKind.EXCEPTION:
        buttons.append(DraftNote.of(entry.id))
    buttons.append(ShareEntry.of(entry.id))
    buttons.append(consent_button(entry.id, entry.consent_summary))
    buttons.append(Done.of(entry.id))
    return buttons


def recap_view(script: Script, entry: EntryRecord) -> discord.ui.View:
    """The recap's buttons alone, for a recap sent as an embed before the layout existed."""
    return view(*recap_buttons(script, entry))


def recap(script: Script, entry: EntryRecord, *, lead: str = LEAD) -> ui.LayoutView:
    """The recap: send it with no content or embeds, and with mentions off."""
    return entry_layout(
        script,
        entry,
        title=f"Recap: {as_typed(script.name)}",  # its admins' typing: inert
        lead=lead,
        actions=recap_buttons(script, entry),
    )
