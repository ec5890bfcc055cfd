"""/entries: my entries, newest first, ten a page; open one to read it or resume it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands, ui
from discord.ext import commands

from bot.conversation.script import get_script
from bot.limits import SELECT_LABEL_MAX, clip
from bot.models import EntryPage
from bot.tree import report_failure
from cogs._buttons import FlowButton
from cogs._render import ACCENT, NOT_AVAILABLE, entry_embed, entry_label, stamp

if TYPE_CHECKING:
    from bot.app import SparkleBot

Interaction = discord.Interaction["SparkleBot"]
PAGE_SIZE = 10


def _cog(interaction: Interaction) -> Entries:
    cog = interaction.client.get_cog("Entries")
    assert isinstance(cog, Entries)
    return cog


class PageButton(
    ui.DynamicItem[ui.Button[Any]], template=r"sk:list:(?P<offset>\d+):(?P<dir>prev|next)"
):
    """Previous / Next. The list is always the clicker's own, so only the offset is carried."""

    def __init__(self, offset: int, direction: str, *, disabled: bool = False) -> None:
        super().__init__(
            ui.Button(
                label="Previous" if direction == "prev" else "Next",
                style=discord.ButtonStyle.secondary,
                custom_id=f"sk:list:{offset}:{direction}",
                disabled=disabled,
            )
        )
        self.offset = offset

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: ui.Item[Any], match: re.Match[str], /
    ) -> PageButton:
        return cls(int(match["offset"]), match["dir"])

    async def callback(self, interaction: Interaction) -> None:  # pyright: ignore[reportIncompatibleMethodOverride]
        await _cog(interaction).show_list(interaction, self.offset, edit=True)


class EntryPicker(ui.DynamicItem[ui.Select[Any]], template=r"sk:pick:(?P<offset>\d+)"):
    """A select of the entries on the current page; its values are entry ids."""

    def __init__(self, offset: int, options: list[discord.SelectOption] | None = None) -> None:
        super().__init__(
            ui.Select(
                custom_id=f"sk:pick:{offset}",
                placeholder="Open an entry…",
                options=options or [discord.SelectOption(label="-", value="0")],
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: ui.Item[Any], match: re.Match[str], /
    ) -> EntryPicker:
        return cls(int(match["offset"]))

    async def callback(self, interaction: Interaction) -> None:  # pyright: ignore[reportIncompatibleMethodOverride]
        values = (interaction.data or {}).get("values") or ["0"]  # pyright: ignore[reportAttributeAccessIssue]
        entry_id = int(str(values[0])) if str(values[0]).isdigit() else 0
        await _cog(interaction).show_entry(interaction, entry_id)


def _list_embed(page: EntryPage) -> discord.Embed:
    embed = discord.Embed(title="Your entries", colour=ACCENT)
    if not page.items:
        embed.description = "Nothing here yet. Start with `/sparkle`."
        return embed
    lines = [
        f"`#{e.id}` {entry_label(get_script(e.kind), e)} · {stamp(e.created_at)}"
        for e in page.items
    ]
    embed.description = "\n".join(lines)
    last = page.offset + len(page.items)
    embed.set_footer(text=f"{page.offset + 1}-{last} of {page.total}, newest first")
    return embed


def _list_view(page: EntryPage) -> ui.View:
    view = ui.View(timeout=None)
    if page.items:
        options = [
            discord.SelectOption(
                label=clip(f"#{e.id} {entry_label(get_script(e.kind), e)}", SELECT_LABEL_MAX),
                value=str(e.id),
            )
            for e in page.items
        ]
        view.add_item(EntryPicker(page.offset, options))
    if page.has_previous or page.has_next:
        view.add_item(
            PageButton(max(0, page.offset - PAGE_SIZE), "prev", disabled=not page.has_previous)
        )
        view.add_item(PageButton(page.offset + PAGE_SIZE, "next", disabled=not page.has_next))
    return view


class Entries(commands.Cog):
    def __init__(self, bot: SparkleBot) -> None:
        self.bot = bot
        self.repos = bot.repos

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(PageButton, EntryPicker)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(PageButton, EntryPicker)

    @app_commands.command(name="entries", description="List your reflections and debriefs")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.allowed_installs(guilds=True, users=False)
    async def entries(self, interaction: Interaction) -> None:
        await self.show_list(interaction, 0, edit=False)

    async def show_list(self, interaction: Interaction, offset: int, *, edit: bool) -> None:
        try:
            page = await self.repos.entries.list_for_author(
                interaction.user.id, offset=offset, limit=PAGE_SIZE
            )
            if not page.items and page.total and offset:
                last = (page.total - 1) // PAGE_SIZE * PAGE_SIZE
                page = await self.repos.entries.list_for_author(
                    interaction.user.id, offset=last, limit=PAGE_SIZE
                )
            embed, view = _list_embed(page), _list_view(page)
            if edit:
                await interaction.response.edit_message(embed=embed, view=view)
            else:
                await interaction.response.send_message(embed=embed, view=view, ephemeral=True)
        except Exception as error:
            await report_failure(interaction, error)
            raise

    async def show_entry(self, interaction: Interaction, entry_id: int) -> None:
        try:
            entry = await self.repos.entries.get(entry_id, interaction.user.id)
            if entry is None:
                await interaction.response.send_message(NOT_AVAILABLE, ephemeral=True)
                return
            script = get_script(entry.kind)
            view = ui.View(timeout=None)
            if entry.is_draft:
                view.add_item(
                    FlowButton(
                        "resume",
                        entry.id,
                        entry.next_page,
                        label="Resume",
                        style=discord.ButtonStyle.primary,
                    )
                )
            await interaction.response.send_message(
                embed=entry_embed(script, entry), view=view, ephemeral=True
            )
        except Exception as error:
            await report_failure(interaction, error)
            raise


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Entries(bot))
