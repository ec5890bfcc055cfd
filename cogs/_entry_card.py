"""One of the practitioner's entries as /entries opens it: where it counts, the entry, and what
can be done with it. The consent button rebuilds it too, so the card never contradicts itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from discord import ui

from bot.conversation.roles import ScriptKind
from bot.models import EntryRecord
from cogs._buttons import (
    DeleteEntry,
    DraftNote,
    EntryButton,
    Resume,
    ReviewExcerpt,
    ShareEntry,
    consent_button,
)
from cogs._entry_layout import custom_id_of, entry_layout
from cogs._excerpts import approved_line
from cogs._local import shown_zone
from cogs._servers import counted_in

if TYPE_CHECKING:
    import discord

    from bot.app import SparkleBot


def entry_actions(entry: EntryRecord) -> list[EntryButton]:
    """What can be done with one entry, depending on its kind and status."""
    buttons: list[EntryButton] = []
    if entry.is_draft:
        buttons.append(Resume.of(entry.id, entry.next_page))
    if entry.kind == ScriptKind.EXCEPTION:
        buttons.append(DraftNote.of(entry.id))
    if not entry.is_draft:
        buttons.append(ShareEntry.of(entry.id))
        buttons.append(consent_button(entry.id, entry.consent_summary))
        if entry.consent_summary:
            buttons.append(ReviewExcerpt.of(entry.id))
    buttons.append(DeleteEntry.of(entry.id))
    return buttons


async def entry_card(
    bot: SparkleBot, user_id: int, entry: EntryRecord, guild_id: int | None
) -> ui.LayoutView:
    """The card, its day that of the member's zone where she opens it (`guild_id`, None in a
    DM): send it with no content or embeds, and with mentions off."""
    script = await bot.scripts.for_entry(entry)
    status = "" if entry.is_draft else await counted_in(bot, entry)
    if status and (quoted := approved_line(entry, script)):
        status = f"{status}\n{quoted}"
    kept = await bot.repos.round.kept(user_id, entry.id)
    return entry_layout(
        script,
        entry,
        lead=status,
        kept=kept.get(entry.id, ()),
        actions=entry_actions(entry),
        zone=await shown_zone(bot.repos, user_id, guild_id),
    )


def is_entry_card(message: discord.Message) -> bool:
    """Whether a laid-out message is an /entries card (it offers Delete; a recap never does)."""
    laid = ui.LayoutView.from_message(message, timeout=None)
    laid.stop()
    return any(
        DeleteEntry.key_type.parse(custom_id_of(item)) is not None for item in laid.walk_children()
    )
