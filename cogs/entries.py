"""/entries: my entries, newest first, ten a page; view, resume, note, share or delete each."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands, ui
from discord.ext import commands

from bot.conversation.roles import ScriptKind
from bot.conversation.script import Script
from bot.limits import CONTENT_MAX, SELECT_LABEL_MAX, clip
from bot.models import EntryPage, EntryRecord, EntryStatus
from bot.outbox import remaining_text
from bot.tree import report_failure
from cogs._buttons import FlowButton, Tracked, flow_view
from cogs._posts import posts_to_delete, take_down
from cogs._recap import consent_button
from cogs._render import ACCENT, NOT_AVAILABLE, entry_embed, entry_label, stamp
from cogs._servers import ServerForSummary, counted_in
from cogs.excerpts import approved_line

if TYPE_CHECKING:
    from bot.app import SparkleBot

Interaction = discord.Interaction["SparkleBot"]
PAGE_SIZE = 10
KINDS = ("all", *ScriptKind)
STATUSES = ("all", "draft", "complete")
KIND_CHOICES = [
    app_commands.Choice(name="All kinds", value="all"),
    app_commands.Choice(name="Sparkling-moment reflections", value=ScriptKind.SPARKLE.value),
    app_commands.Choice(name="Client-exception debriefs", value=ScriptKind.EXCEPTION.value),
]
STATUS_CHOICES = [
    app_commands.Choice(name="Any status", value="all"),
    app_commands.Choice(name="Drafts", value="draft"),
    app_commands.Choice(name="Complete", value="complete"),
]


def _cog(interaction: Interaction) -> Entries:
    cog = interaction.client.get_cog("Entries")
    assert isinstance(cog, Entries)
    return cog


class PageButton(
    Tracked,
    ui.DynamicItem[ui.Button[Any]],
    template=r"sk:list:(?P<offset>\d+):(?P<dir>prev|next):(?P<kind>[a-z]+):(?P<status>[a-z]+)",
):
    """Previous / Next. The list is always the clicker's own; the id carries offset and filter."""

    def __init__(
        self, offset: int, direction: str, kind: str, status: str, *, disabled: bool = False
    ) -> None:
        super().__init__(
            ui.Button(
                label="Previous" if direction == "prev" else "Next",
                style=discord.ButtonStyle.secondary,
                custom_id=f"sk:list:{offset}:{direction}:{kind}:{status}",
                disabled=disabled,
            )
        )
        self.offset, self.kind, self.status = offset, kind, status

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: ui.Item[Any], match: re.Match[str], /
    ) -> PageButton:
        return cls(int(match["offset"]), match["dir"], match["kind"], match["status"])

    async def callback(self, interaction: Interaction) -> None:  # pyright: ignore[reportIncompatibleMethodOverride]
        await _cog(interaction).show_list(
            interaction, self.offset, self.kind, self.status, edit=True
        )


class EntryPicker(Tracked, ui.DynamicItem[ui.Select[Any]], template=r"sk:pick:(?P<offset>\d+)"):
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
        value = str(values[0])
        await _cog(interaction).show_entry(interaction, int(value) if value.isdigit() else 0)


def _list_embed(
    page: EntryPage, kind: str, status: str, scripts: Mapping[int, Script]
) -> discord.Embed:
    embed = discord.Embed(title="Your entries", colour=ACCENT)
    if not page.items:
        embed.description = (
            "Nothing matches these filters."
            if (kind, status) != ("all", "all")
            else "Nothing here yet. Start with `/sparkle` or `/exception`."
        )
        return embed
    lines = [
        f"`#{e.id}` {entry_label(scripts[e.id], e)} · {stamp(e.created_at)}" for e in page.items
    ]
    embed.description = "\n".join(lines)
    last = page.offset + len(page.items)
    shown = [] if kind == "all" else [dict((c.value, c.name) for c in KIND_CHOICES)[kind]]
    shown += [] if status == "all" else [status + "s"]
    filters = f" · {', '.join(shown).lower()}" if shown else ""
    embed.set_footer(text=f"{page.offset + 1}-{last} of {page.total}, newest first{filters}")
    return embed


def _list_view(page: EntryPage, kind: str, status: str, scripts: Mapping[int, Script]) -> ui.View:
    view = ui.View(timeout=None)
    if page.items:
        options = [
            discord.SelectOption(
                label=clip(f"#{e.id} {entry_label(scripts[e.id], e)}", SELECT_LABEL_MAX),
                value=str(e.id),
            )
            for e in page.items
        ]
        view.add_item(EntryPicker(page.offset, options))
    if page.has_previous or page.has_next:
        previous = max(0, page.offset - PAGE_SIZE)
        view.add_item(PageButton(previous, "prev", kind, status, disabled=not page.has_previous))
        following = page.offset + PAGE_SIZE
        view.add_item(PageButton(following, "next", kind, status, disabled=not page.has_next))
    return view


def entry_actions(entry: EntryRecord) -> ui.View:
    """What can be done with one entry, depending on its kind and status."""
    blue, grey, red = (
        discord.ButtonStyle.primary,
        discord.ButtonStyle.secondary,
        discord.ButtonStyle.danger,
    )
    buttons: list[ui.Item[Any]] = []
    if entry.is_draft:
        buttons.append(FlowButton("resume", entry.id, entry.next_page, label="Resume", style=blue))
    if entry.kind == ScriptKind.EXCEPTION:
        buttons.append(FlowButton("note", entry.id, 0, label="Draft note", style=blue))
    if not entry.is_draft:
        buttons.append(FlowButton("share", entry.id, 0, label="Share anonymized", style=grey))
        buttons.append(consent_button(entry.id, entry.consent_summary))
        if entry.consent_summary:
            buttons.append(FlowButton("quote", entry.id, 0, label="Review excerpt", style=grey))
    buttons.append(FlowButton("delete", entry.id, 0, label="Delete", style=red))
    return flow_view(*buttons)


class Entries(commands.Cog):
    def __init__(self, bot: SparkleBot) -> None:
        self.bot = bot
        self.repos = bot.repos

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(PageButton, EntryPicker, ServerForSummary)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(PageButton, EntryPicker, ServerForSummary)

    @app_commands.command(name="entries", description="List your reflections and debriefs")
    @app_commands.describe(kind="Which kind of entry to list", status="Drafts, complete, or both")
    @app_commands.choices(kind=KIND_CHOICES, status=STATUS_CHOICES)
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.allowed_installs(guilds=True, users=False)
    async def entries(
        self,
        interaction: Interaction,
        kind: app_commands.Choice[str] | None = None,
        status: app_commands.Choice[str] | None = None,
    ) -> None:
        await self.show_list(
            interaction,
            0,
            kind.value if kind else "all",
            status.value if status else "all",
            edit=False,
        )

    async def show_list(
        self, interaction: Interaction, offset: int, kind: str, status: str, *, edit: bool
    ) -> None:
        try:
            kind = kind if kind in KINDS else "all"
            status = status if status in STATUSES else "all"
            filters: dict[str, Any] = {
                "kind": None if kind == "all" else kind,
                "status": None if status == "all" else EntryStatus(status),
            }
            user = interaction.user.id
            page = await self.repos.entries.list_for_author(
                user, offset=offset, limit=PAGE_SIZE, **filters
            )
            if not page.items and page.total and offset:
                last = (page.total - 1) // PAGE_SIZE * PAGE_SIZE
                page = await self.repos.entries.list_for_author(
                    user, offset=last, limit=PAGE_SIZE, **filters
                )
            scripts = {e.id: await self.bot.scripts.for_entry(e) for e in page.items}
            embed = _list_embed(page, kind, status, scripts)
            view = _list_view(page, kind, status, scripts)
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
            status = "" if entry.is_draft else counted_in(self.bot, entry)
            if status and (quoted := approved_line(entry)):
                status = clip(f"{status}\n{quoted}", CONTENT_MAX)
            await interaction.response.send_message(
                status,
                embed=entry_embed(await self.bot.scripts.for_entry(entry), entry),
                view=entry_actions(entry),
                ephemeral=True,
                allowed_mentions=discord.AllowedMentions.none(),
            )
        except Exception as error:
            await report_failure(interaction, error)
            raise

    async def on_delete_button(self, interaction: Interaction, entry: EntryRecord) -> None:
        shares = [
            p
            for p in await posts_to_delete(self.repos, interaction.user.id, entry.id)
            if p.message_id is not None
        ]
        also = f" and its {len(shares)} shared post(s)" if shares else ""
        await interaction.response.send_message(
            f"Delete entry #{entry.id}{also}? This can't be undone.",
            view=flow_view(
                FlowButton(
                    "deleteyes", entry.id, 0, label="Delete entry", style=discord.ButtonStyle.danger
                ),
                FlowButton("done", entry.id, 0, label="Cancel"),
            ),
            ephemeral=True,
        )

    async def on_deleteyes_button(self, interaction: Interaction, entry: EntryRecord) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        posts = await posts_to_delete(self.repos, interaction.user.id, entry.id)
        left = await take_down(self.bot, posts, actor_id=interaction.user.id)
        await self.repos.entries.delete(entry.id, interaction.user.id)
        note = (
            "\nNot everything is gone yet; I keep trying:\n" + remaining_text(left) if left else ""
        )
        await interaction.followup.send(
            f"Entry #{entry.id} deleted.{note}",
            ephemeral=True,
            allowed_mentions=discord.AllowedMentions.none(),
        )


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Entries(bot))
