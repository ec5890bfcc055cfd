"""/note: a draft progress-note skeleton from an exception debrief, privately."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.conversation.roles import ScriptKind
from bot.limits import CONTENT_MAX
from bot.models import EntryRecord
from bot.notes import NoteFormat, fit_message, render_both
from cogs._autocomplete import chosen_entry, entries_offered, no_such_entry
from cogs._buttons import DraftNote, EntryKey, on_entry
from cogs._interactions import (
    BoundCog,
    Handler,
    Interaction,
    Key,
    Select,
    answering,
    not_available,
    reply_privately,
    view,
)

if TYPE_CHECKING:
    from bot.app import SparkleBot

NOTE_FORMATS = frozenset(f.value for f in NoteFormat)
NOT_A_DEBRIEF = (
    "Draft notes are made from client-exception debriefs, and this entry is a sparkling "
    "moment. Choose one of your debriefs (`/note` offers them as you type), or start one with "
    "`/exception`."
)
FORMAT_CHOICES = [
    app_commands.Choice(name="SOAP (Subjective, Objective, Assessment, Plan)", value="soap"),
    app_commands.Choice(name="DAP (Data, Assessment, Plan)", value="dap"),
    app_commands.Choice(name="BIRP (Behavior, Intervention, Response, Plan)", value="birp"),
]


FORMAT_OPTIONS = [discord.SelectOption(label=c.name, value=c.value) for c in FORMAT_CHOICES]


class NoteFormatKey(Key, prefix="notefmt"):
    entry: int


class NoteFormatPicker(Select[NoteFormatKey]):
    """SOAP / DAP / BIRP, offered by the Draft note button."""

    placeholder = "Choose a note format…"


class Notes(BoundCog):
    def handlers(self) -> Mapping[type, Handler]:
        return {
            NoteFormatPicker: self.on_format_picked,
            DraftNote: on_entry(self.bot, self.on_note_button),
        }

    async def on_format_picked(self, interaction: Interaction, picker: NoteFormatPicker) -> None:
        await self.send_note(interaction, str(picker.key.entry), (picker.values or [""])[0])

    @app_commands.command(name="note", description="Draft a progress-note skeleton from a debrief")
    @app_commands.describe(entry="One of your client-exception debriefs", format="Note format")
    @app_commands.choices(format=FORMAT_CHOICES)
    @app_commands.autocomplete(entry=entries_offered(kind=ScriptKind.EXCEPTION))
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.allowed_installs(guilds=True, users=False)
    async def note(
        self, interaction: Interaction, entry: str, format: app_commands.Choice[str]
    ) -> None:
        await self.send_note(interaction, entry, format.value)

    async def on_note_button(
        self, interaction: Interaction, entry: EntryRecord, _: EntryKey
    ) -> None:
        if entry.kind != ScriptKind.EXCEPTION:
            await interaction.response.send_message(NOT_A_DEBRIEF, ephemeral=True)
            return
        await interaction.response.send_message(
            "Which format should the draft note use?",
            view=view(NoteFormatPicker(NoteFormatKey(entry.id), FORMAT_OPTIONS)),
            ephemeral=True,
        )

    async def send_note(self, interaction: Interaction, entry_value: str, fmt: str) -> None:
        async with answering(interaction):
            entry = await chosen_entry(
                self.repos, interaction.user.id, entry_value, kind=ScriptKind.EXCEPTION
            )
            if entry is not None and entry.kind != ScriptKind.EXCEPTION:
                # her own entry, of another kind: not "someone else's"
                await interaction.response.send_message(NOT_A_DEBRIEF, ephemeral=True)
                return
            if entry is None and fmt in NOTE_FORMATS:
                await no_such_entry(interaction, entry_value)
                return
            if entry is None or fmt not in NOTE_FORMATS:
                await not_available(interaction)
                return
            await interaction.response.defer(ephemeral=True, thinking=True)
            note_format = NoteFormat(fmt)
            script = await self.bot.scripts.for_entry(entry)
            text, plain = await asyncio.to_thread(
                partial(render_both, script=script), entry.answers, note_format
            )
            await reply_privately(
                interaction,
                fit_message(text, CONTENT_MAX),
                files=note_files(f"{note_format.value}-draft-note-{entry.id}", text, plain),
            )


def note_files(stem: str, markdown: str, plain: str) -> list[discord.File]:
    """The whole note as a Markdown file (as the message shows it, never cut) and as plain
    text to paste into a record system that shows Markdown's marks as typed."""
    return [
        discord.File(io.BytesIO(markdown.encode("utf-8")), filename=f"{stem}.md"),
        discord.File(io.BytesIO(plain.encode("utf-8")), filename=f"{stem}.txt"),
    ]


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Notes(bot))
