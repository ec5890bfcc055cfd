"""/entries: my entries, newest first, ten a page; view, resume, note, share or delete each."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands, ui

from bot.conversation.roles import ScriptKind
from bot.conversation.script import Script
from bot.limits import SELECT_LABEL_MAX, clip
from bot.models import EntryPage, EntryRecord, EntryStatus
from bot.outbox import remaining_text
from bot.tree import report_failure, respond_done
from bot.wording import counted
from cogs import _services
from cogs._buttons import (
    DeleteCancelled,
    DeleteConfirmed,
    DeleteEntry,
    EntryKey,
    delete_again,
    delete_question,
    deleted_already,
    kept_not_deleted,
    on_entry,
)
from cogs._entry_card import entry_card
from cogs._entry_layout import row
from cogs._interactions import (
    BoundCog,
    Button,
    Handler,
    Key,
    Select,
    answering,
    chosen_id,
    not_available,
    view,
)
from cogs._local import shown_zone
from cogs._posts import take_down_erased
from cogs._render import ACCENT, entry_label, safe, stamp

if TYPE_CHECKING:
    from bot.app import SparkleBot

Interaction = discord.Interaction["SparkleBot"]
# A deletion cut short (the database failed on the way): it is all or nothing.
NOT_DELETED = (
    "Entry #{id} was not deleted: something went wrong on our side (reference `{ref}`). "
    "Nothing was deleted, on Discord either: it is all or nothing. Try again in a moment."
)
PAGE_SIZE = 10
NONE = discord.AllowedMentions.none()
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


class ListPageKey(Key, prefix="list"):
    offset: int
    direction: str  # prev or next: only the label differs
    kind: str
    status: str


class PageButton(Button[ListPageKey]):
    """Previous / Next. The list is always the clicker's own; the id carries offset and filter."""

    def __init__(self, key: ListPageKey, *, disabled: bool = False) -> None:
        label = "Previous" if key.direction == "prev" else "Next"
        super().__init__(key, label=label, disabled=disabled)


class PickKey(Key, prefix="pick"):
    offset: int


class EntryPicker(Select[PickKey]):
    """A select of the entries on the current page; its values are entry ids."""

    placeholder = "Open an entry…"


EMPTY_LIST = "Nothing here yet. Start with `/sparkle` or `/exception`."
NO_MATCH = "Nothing matches these filters: `/entries` without them lists every entry."


def _list_texts(
    page: EntryPage, kind: str, status: str, scripts: Mapping[int, Script], zone: tzinfo
) -> tuple[str, str]:
    """The page's lines, newest first, and the line under them saying where in the list it is."""
    if not page.items:
        return (NO_MATCH if (kind, status) != ("all", "all") else EMPTY_LIST), ""
    lines = [
        f"`#{e.id}` {safe(entry_label(scripts[e.id], e, zone))} · {stamp(e.created_at)}"
        for e in page.items
    ]
    last = page.offset + len(page.items)
    shown = [] if kind == "all" else [dict((c.value, c.name) for c in KIND_CHOICES)[kind]]
    shown += [] if status == "all" else [dict((c.value, c.name) for c in STATUS_CHOICES)[status]]
    filters = f" · {', '.join(shown).lower()}" if shown else ""
    return "\n".join(lines), f"-# {page.offset + 1}-{last} of {page.total}, newest first{filters}"


def _list_layout(
    page: EntryPage, kind: str, status: str, scripts: Mapping[int, Script], zone: tzinfo
) -> ui.LayoutView:
    """The list in a container, then the entry picker and the paging buttons; each entry is
    named by its day in `zone`, the member's."""
    lines, where = _list_texts(page, kind, status, scripts, zone)
    box = ui.Container(ui.TextDisplay("## Your entries"), ui.Separator(), accent_colour=ACCENT)
    box.add_item(ui.TextDisplay(lines))
    if where:
        box.add_item(ui.TextDisplay(where))
    shown = ui.LayoutView(timeout=None)
    shown.add_item(box)
    if page.items:
        options = [
            discord.SelectOption(
                label=clip(f"#{e.id} {entry_label(scripts[e.id], e, zone)}", SELECT_LABEL_MAX),
                value=str(e.id),
            )
            for e in page.items
        ]
        shown.add_item(row(EntryPicker(PickKey(page.offset), options)))
    if page.has_previous or page.has_next:
        previous = max(0, page.offset - PAGE_SIZE)
        back = ListPageKey(previous, "prev", kind, status)
        following = ListPageKey(page.offset + PAGE_SIZE, "next", kind, status)
        shown.add_item(
            row(
                PageButton(back, disabled=not page.has_previous),
                PageButton(following, disabled=not page.has_next),
            )
        )
    return shown


class Entries(BoundCog):
    def handlers(self) -> Mapping[type, Handler]:
        return {
            PageButton: self.on_page,
            EntryPicker: self.on_pick,
            DeleteEntry: on_entry(self.bot, self.on_delete),
            DeleteConfirmed: on_entry(self.bot, self.on_delete_confirmed, gone=delete_again),
            DeleteCancelled: on_entry(self.bot, self.on_delete_cancelled),
        }

    async def on_page(self, interaction: Interaction, button: PageButton) -> None:
        key = button.key
        await self.show_list(interaction, key.offset, key.kind, key.status, edit=True)

    async def on_pick(self, interaction: Interaction, picker: EntryPicker) -> None:
        await self.show_entry(interaction, chosen_id(picker.value) or 0)

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
        async with answering(interaction):
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
            zone = await shown_zone(self.repos, user, interaction.guild_id)
            listed = _list_layout(page, kind, status, scripts, zone)
            if edit:  # a list sent before the layout existed had its text as an embed
                await interaction.response.edit_message(
                    content=None, embed=None, view=listed, allowed_mentions=NONE
                )
            else:
                await interaction.response.send_message(
                    view=listed, ephemeral=True, allowed_mentions=NONE
                )
        await self._tell_step_outs(interaction)

    async def _tell_step_outs(self, interaction: Interaction) -> None:
        """After her list, privately, once: step-outs from rounds on her shares that never
        reached her (closed DMs, or a stop before the DM); the round's clicks tell them too."""
        step_outs = _services.find(self.bot, _services.StepOuts)
        if step_outs is not None:
            await step_outs.tell_presenter(interaction)

    async def show_entry(self, interaction: Interaction, entry_id: int) -> None:
        async with answering(interaction):
            entry = await self.repos.entries.get(entry_id, interaction.user.id)
            if entry is None:
                await not_available(interaction)
                return
            shown = await entry_card(self.bot, interaction.user.id, entry, interaction.guild_id)
            await interaction.response.send_message(
                view=shown, ephemeral=True, allowed_mentions=NONE
            )
        await self._tell_step_outs(interaction)

    async def on_delete(self, interaction: Interaction, entry: EntryRecord, _: EntryKey) -> None:
        """Ask first; nothing changes until she confirms (Cancel leaves everything as it is)."""
        user = interaction.user.id
        legacy = await self.repos.shares.for_entry(entry.id, user)
        current = await self.repos.outbox.shares_of_entry(entry.id, user)
        count = len(legacy) + sum(1 for p in current if p.message_id is not None)
        also = f" and its {counted(count, 'shared post')}" if count else ""
        await interaction.response.send_message(
            delete_question(entry.id, also),
            view=view(
                DeleteConfirmed.of(entry.id),
                DeleteCancelled.of(entry.id),
            ),
            ephemeral=True,
        )

    async def on_delete_cancelled(
        self, interaction: Interaction, entry: EntryRecord, _: EntryKey
    ) -> None:
        """Say that nothing was deleted, in place of the question (a Cancel that only took
        the buttons away left "Delete entry #…? This can't be undone." standing)."""
        await interaction.response.edit_message(content=kept_not_deleted(entry.id), view=None)

    async def on_delete_confirmed(
        self, interaction: Interaction, entry: EntryRecord, _: EntryKey
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            stored = await self._delete_stored(interaction.user.id, entry)
        except Exception as error:
            said = NOT_DELETED.format(id=entry.id, ref="{ref}")
            await report_failure(interaction, error, said=said)
            raise
        none = discord.AllowedMentions.none()
        if stored is None:
            await respond_done(interaction, deleted_already(entry.id))
            return
        left = await take_down_erased(self.bot, *stored, actor_id=interaction.user.id)
        note = (
            "\nNot everything is gone yet; I keep trying:\n" + remaining_text(left) if left else ""
        )
        # if Discord loses it, its failure says what was done: never "try again" for it
        await respond_done(interaction, f"Entry #{entry.id} deleted.{note}", allowed_mentions=none)

    async def _delete_stored(
        self, user_id: int, entry: EntryRecord
    ) -> tuple[list[int], list[int]] | None:
        """Delete the entry in one transaction (all or nothing): the ids of the posts still to
        delete on Discord and of the posted summaries to rebuild without it, each a stored job
        already. None when it was gone already."""
        # Its transaction marks the posted summaries of its week; these are rebuilt now.
        posts = await self.repos.userdata.forget_entry(entry.id, user_id)
        if posts is None:
            return None
        summaries = _services.find(self.bot, _services.Summaries)
        quoted = entry.consent_summary and entry.guild_id is not None
        rebuild = (
            await summaries.touched_by([(entry.guild_id, entry.created_at)])
            if quoted and entry.guild_id is not None and summaries is not None
            else []
        )
        return posts, rebuild


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Entries(bot))
