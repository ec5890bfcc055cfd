"""The end of a conversation: the recap and what can be done next."""

from __future__ import annotations

from datetime import tzinfo

import discord
from discord import ui

from bot.conversation.roles import ScriptKind
from bot.conversation.script import Script
from bot.inert import as_typed
from bot.models import EntryRecord
from cogs._buttons import Done, DraftNote, EntryButton, ShareEntry, consent_button
from cogs._entry_layout import LEAD_MAX, entry_layout
from cogs._interactions import view
from cogs._intro import INTRO_ROOM, intro_lead

SAVED = "**All saved.**"
# the last page submitted again after Discord lost the recap: the same recap, said so
SAVED_AGAIN = "**Already saved**: this page reached me twice and is stored once."
HERE = "Here is your recap. Nothing is shared unless you choose to."


def recap_lead(script: Script, *, again: bool = False) -> str:
    """What is said above the recap. A one-page script's recap is the reply after its first
    page, so its intro opens it, as it opens the progress reply after the first page of a
    longer one (after "Already saved" when it is said again); within the room the layout
    gives a lead, so that what follows the intro is never cut."""
    saved = SAVED_AGAIN if again else SAVED
    if len(script.pages) > 1:
        return f"{saved} {HERE}"
    room = LEAD_MAX - len(SAVED_AGAIN) - len(HERE) - 4  # the spaces and the blank line
    intro = intro_lead(script, min(INTRO_ROOM, room))
    return f"{saved} {intro}{HERE}" if again else f"{intro}{saved} {HERE}"


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


def recap(
    script: Script, entry: EntryRecord, *, again: bool = False, zone: tzinfo | None = None
) -> ui.LayoutView:
    """The recap (`again`: of a last page that reached the bot twice), its day that of `zone`
    (the member's): send it with no content or embeds, and with mentions off."""
    return entry_layout(
        script,
        entry,
        title=f"Recap: {as_typed(script.name)}",  # its admins' typing: inert
        lead=recap_lead(script, again=again),
        actions=recap_buttons(script, entry),
        zone=zone,
    )
