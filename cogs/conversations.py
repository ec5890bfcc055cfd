"""/sparkle: guided reflections, page by page, saved after every page."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.conversation import engine
from bot.conversation.script import Script, get_script
from bot.tree import report_failure
from cogs._buttons import FlowButton, StartButton, flow_view
from cogs._modals import PageSubmit, build_page_modal, parse_page_submit
from cogs._render import NOT_AVAILABLE, NOTICE, entry_embed, stamp

if TYPE_CHECKING:
    from bot.app import SparkleBot
    from bot.models import EntryHeader

Interaction = discord.Interaction["SparkleBot"]
_GREEN, _GREY, _RED, _BLUE = (
    discord.ButtonStyle.success,
    discord.ButtonStyle.secondary,
    discord.ButtonStyle.danger,
    discord.ButtonStyle.primary,
)


def _progress_view(entry_id: int, page: int) -> discord.ui.View:
    return flow_view(
        FlowButton("go", entry_id, page, label="Continue", style=_BLUE),
        FlowButton("later", entry_id, page, label="Finish later", style=_GREY),
        FlowButton("discard", entry_id, page, label="Discard", style=_RED),
    )


class Conversations(commands.Cog):
    def __init__(self, bot: SparkleBot) -> None:
        self.bot = bot
        self.repos = bot.repos

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(FlowButton, StartButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(FlowButton, StartButton)

    # -- commands ---------------------------------------------------------------------------

    @app_commands.command(name="sparkle", description="Reflect on a sparkling moment in your work")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.allowed_installs(guilds=True, users=False)
    async def sparkle(self, interaction: Interaction) -> None:
        await self.start(interaction, get_script("sparkle"))

    async def start(self, interaction: Interaction, script: Script) -> None:
        user_id = interaction.user.id
        if not await self.repos.practitioners.notice_seen(user_id):
            await interaction.response.send_message(
                NOTICE, view=flow_view(StartButton(script.id, label="Continue")), ephemeral=True
            )
            return
        draft = await self.repos.entries.latest_draft(user_id, script.id)
        if draft is None:
            await self.open_page(interaction, script, None, 0, {})
            return
        await interaction.response.send_message(
            f"You have an unfinished {script.name.lower()} from {stamp(draft.updated_at, 'R')} "
            f"({engine.progress(script, engine.clamp_page(script, draft.next_page)).lower()}). "
            "Resume it, or start a new one? Starting new keeps the draft in `/entries`.",
            view=flow_view(
                FlowButton("resume", draft.id, draft.next_page, label="Resume", style=_BLUE),
                StartButton(script.id, label="Start new"),
            ),
            ephemeral=True,
        )

    async def open_page(
        self,
        interaction: Interaction,
        script: Script,
        entry_id: int | None,
        index: int,
        prefill: dict[str, str],
    ) -> None:
        page = script.pages[index]
        await interaction.response.send_modal(
            build_page_modal(script.id, entry_id, index, page, prefill)
        )

    # -- buttons ------------------------------------------------------------------------------

    async def on_start_button(self, interaction: Interaction, script_id: str) -> None:
        try:
            await self.repos.practitioners.mark_notice_seen(interaction.user.id)
            await self.open_page(interaction, get_script(script_id), None, 0, {})
        except Exception as error:
            await report_failure(interaction, error)
            raise

    async def on_flow_button(
        self, interaction: Interaction, action: str, entry_id: int, page: int
    ) -> None:
        try:
            await self._flow_button(interaction, action, entry_id, page)
        except Exception as error:
            await report_failure(interaction, error)
            raise

    async def _flow_button(
        self, interaction: Interaction, action: str, entry_id: int, page: int
    ) -> None:
        entry = await self.repos.entries.get(entry_id, interaction.user.id)
        if entry is None:
            await interaction.response.send_message(NOT_AVAILABLE, ephemeral=True)
            return
        script = get_script(entry.kind)
        if action in ("go", "resume"):
            if not entry.is_draft:
                await interaction.response.send_message(
                    "This one is already complete. `/entries` shows it.", ephemeral=True
                )
                return
            index = engine.clamp_page(script, entry.next_page)
            await self.open_page(interaction, script, entry.id, index, entry.answers)
        elif action == "edit":
            index = engine.clamp_page(script, page)
            await self.open_page(interaction, script, entry.id, index, entry.answers)
        elif action == "later":
            await interaction.response.edit_message(
                content=f"Saved as a draft. Pick it up any time with `/{script.id}` or `/entries`.",
                view=None,
            )
        elif action == "discard":
            await interaction.response.edit_message(
                content="Discard this draft and every answer in it? This can't be undone.",
                view=flow_view(
                    FlowButton("discardyes", entry.id, page, label="Discard draft", style=_RED),
                    FlowButton("keep", entry.id, page, label="Keep it", style=_GREY),
                ),
            )
        elif action == "discardyes":
            await self.repos.entries.delete(entry.id, interaction.user.id)
            await interaction.response.edit_message(content="Draft discarded.", view=None)
        elif action == "keep":
            await interaction.response.edit_message(
                content=self._progress_text(script, entry, saved=False),
                view=_progress_view(entry.id, entry.next_page),
            )
        elif action == "done":
            await interaction.response.edit_message(view=None)

    # -- page submits -------------------------------------------------------------------------

    @commands.Cog.listener()
    async def on_interaction(self, interaction: Interaction) -> None:
        submit = parse_page_submit(interaction)
        if submit is None:
            return
        try:
            await self._save_page(interaction, submit)
        except Exception as error:
            await report_failure(interaction, error)
            raise

    async def _save_page(self, interaction: Interaction, submit: PageSubmit) -> None:
        script = get_script(submit.script_id)
        if not 0 <= submit.page < len(script.pages):
            await interaction.response.send_message(NOT_AVAILABLE, ephemeral=True)
            return
        page = script.pages[submit.page]
        check = engine.check_page(page, submit.values)
        last = engine.is_last(script, submit.page)
        entry = await self.repos.entries.save_page(
            entry_id=submit.entry_id,
            author_id=interaction.user.id,
            kind=script.id,
            guild_id=interaction.guild_id,
            answers=check.answers,
            advance_to=submit.page + 1 if check.ok else None,
            complete=check.ok and last,
        )
        if entry is None:
            await interaction.response.send_message(NOT_AVAILABLE, ephemeral=True)
            return
        if not check.ok:
            problems = "\n".join(f"• {p}" for p in engine.describe_problems(page, check.problems))
            await interaction.response.send_message(
                f"Your answers are saved, but a few need another look:\n{problems}\n"
                "**Edit answers** reopens the page with everything you typed.",
                view=flow_view(
                    FlowButton("edit", entry.id, submit.page, label="Edit answers", style=_BLUE)
                ),
                ephemeral=True,
            )
            return
        if last:
            await self._send_recap(interaction, script, entry.id)
            return
        await interaction.response.send_message(
            self._progress_text(script, entry, saved=True),
            view=_progress_view(entry.id, entry.next_page),
            ephemeral=True,
        )

    def _progress_text(self, script: Script, entry: EntryHeader, *, saved: bool) -> str:
        index = engine.clamp_page(script, entry.next_page)
        done = f"**Saved.** {index} of {len(script.pages)} pages done. " if saved else ""
        return (
            f"{done}Next: *{script.pages[index].title}* ({engine.progress(script, index).lower()})."
        )

    async def _send_recap(self, interaction: Interaction, script: Script, entry_id: int) -> None:
        record = await self.repos.entries.get(entry_id, interaction.user.id)
        assert record is not None  # just saved by this user
        await interaction.response.send_message(
            "**All saved.** Here is your recap.",
            embed=entry_embed(script, record, title=f"Recap: {script.name}"),
            view=flow_view(FlowButton("done", entry_id, 0, label="Done", style=_GREEN)),
            ephemeral=True,
        )


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Conversations(bot))
