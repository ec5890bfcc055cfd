"""/sparkle and /exception: guided conversations, page by page, saved after every page."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

import discord
from discord import app_commands
from discord.ext import commands

from bot.conversation import engine
from bot.conversation.roles import ScriptKind
from bot.conversation.script import Script
from bot.guard import flag_answers, kinds_of
from bot.log import bind_request
from bot.models import EntryHeader, EntryRecord, QuoteStatus
from bot.privacy import Span
from bot.tree import report_failure
from cogs._buttons import FlowButton, StartButton, flow_view
from cogs._modals import (
    PageSubmit,
    ReopenButton,
    UnsavedPages,
    build_page_modal,
    parse_page_submit,
    typed_text_file,
)
from cogs._recap import consent_button, recap, recap_view
from cogs._render import NOT_AVAILABLE, NOTICE, privacy_warning, stamp
from cogs._servers import place_dm_entry

if TYPE_CHECKING:
    from bot.app import SparkleBot

log = logging.getLogger(__name__)
Interaction = discord.Interaction["SparkleBot"]
_GREY, _RED, _BLUE = (
    discord.ButtonStyle.secondary,
    discord.ButtonStyle.danger,
    discord.ButtonStyle.primary,
)
# Above this many characters the anonymizer runs in a thread, off the event loop.
_GUARD_INLINE_MAX = 2000


class ExcerptOwner(Protocol):
    """The Excerpts cog, as this one uses it (extensions are loaded as their own modules)."""

    async def ask(self, interaction: Interaction, entry: EntryRecord) -> None: ...


class EntryAction(Protocol):
    async def __call__(self, interaction: Interaction, entry: EntryRecord) -> None: ...


def _progress_view(entry_id: int, page: int) -> discord.ui.View:
    return flow_view(
        FlowButton("go", entry_id, page, label="Continue", style=_BLUE),
        FlowButton("later", entry_id, page, label="Finish later", style=_GREY),
        FlowButton("discard", entry_id, page, label="Discard", style=_RED),
    )


def _progress_text(script: Script, entry: EntryHeader, *, saved: bool) -> str:
    index = engine.clamp_page(script, entry.next_page)
    done = f"**Saved.** {index} of {len(script.pages)} pages done. " if saved else ""
    return f"{done}Next: *{script.pages[index].title}* ({engine.progress(script, index).lower()})."


class Conversations(commands.Cog):
    def __init__(self, bot: SparkleBot) -> None:
        self.bot = bot
        self.repos = bot.repos
        self.unsaved = UnsavedPages()

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(FlowButton, StartButton, ReopenButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(FlowButton, StartButton, ReopenButton)

    # -- commands ---------------------------------------------------------------------------

    @app_commands.command(
        name=ScriptKind.SPARKLE.value, description="Reflect on a sparkling moment in your work"
    )
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.allowed_installs(guilds=True, users=False)
    async def sparkle(self, interaction: Interaction) -> None:
        await self.start(interaction, ScriptKind.SPARKLE)

    @app_commands.command(
        name=ScriptKind.EXCEPTION.value,
        description="Debrief a time the client's problem was less, and how",
    )
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.allowed_installs(guilds=True, users=False)
    async def exception(self, interaction: Interaction) -> None:
        await self.start(interaction, ScriptKind.EXCEPTION)

    async def start(self, interaction: Interaction, kind: ScriptKind) -> None:
        user_id = interaction.user.id
        script = await self.bot.scripts.current(interaction.guild_id, kind)
        if not await self.repos.practitioners.notice_seen(user_id):
            await interaction.response.send_message(
                NOTICE, view=flow_view(StartButton(script.id, label="Continue")), ephemeral=True
            )
            return
        draft = await self.repos.entries.latest_draft(user_id, script.id)
        if draft is None:
            await self.open_page(interaction, script, None, 0, {}, interaction.guild_id)
            return
        written_with = await self.bot.scripts.for_entry(draft)
        where = engine.progress(
            written_with, engine.clamp_page(written_with, draft.next_page)
        ).lower()
        await interaction.response.send_message(
            f"You have an unfinished {script.name.lower()} from {stamp(draft.updated_at, 'R')} "
            f"({where}). Resume it, or start a new one? Starting new keeps the draft in "
            "`/entries`.",
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
        guild_id: int | None,
    ) -> None:
        """Open a page of `script`, the version `guild_id`'s entry was (or will be) written with."""
        page = script.pages[index]
        await interaction.response.send_modal(
            build_page_modal(
                script.id, entry_id, index, page, prefill, version=script.version, guild_id=guild_id
            )
        )

    # -- buttons ------------------------------------------------------------------------------

    async def on_start_button(self, interaction: Interaction, script_id: str) -> None:
        try:
            # The page first: a modal must be the first answer, and a write may wait on a busy
            # database past Discord's 3 seconds.
            script = await self.bot.scripts.current(interaction.guild_id, script_id)
            await self.open_page(interaction, script, None, 0, {}, interaction.guild_id)
        except Exception as error:
            await report_failure(interaction, error)
            raise
        try:
            await self.repos.practitioners.mark_notice_seen(interaction.user.id)
        except Exception:
            # Harmless: the notice is shown once more next time.
            log.exception("could not record that the notice was seen")

    async def on_flow_button(
        self, interaction: Interaction, action: str, entry_id: int, page: int
    ) -> None:
        try:
            entry = await self.repos.entries.get(entry_id, interaction.user.id)
            if entry is None:
                await interaction.response.send_message(NOT_AVAILABLE, ephemeral=True)
                return
            await self._flow_button(interaction, action, entry, page)
        except Exception as error:
            await report_failure(interaction, error)
            raise

    async def _flow_button(
        self, interaction: Interaction, action: str, entry: EntryRecord, page: int
    ) -> None:
        script = await self.bot.scripts.for_entry(entry)
        edit = interaction.response.edit_message
        if action in ("go", "resume"):
            if not entry.is_draft:
                await interaction.response.send_message(
                    "This one is already complete. `/entries` shows it.", ephemeral=True
                )
                return
            index = engine.clamp_page(script, entry.next_page)
            await self.open_page(
                interaction, script, entry.id, index, entry.answers, entry.guild_id
            )
        elif action == "edit":
            index = engine.clamp_page(script, page)
            await self.open_page(
                interaction, script, entry.id, index, entry.answers, entry.guild_id
            )
        elif action == "later":
            await edit(
                content=f"Saved as a draft. Pick it up any time with `/{script.id}` or `/entries`.",
                embed=None,
                view=None,
            )
        elif action == "discard":
            await edit(
                content="Discard this draft and every answer in it? This can't be undone.",
                embed=None,
                view=flow_view(
                    FlowButton("discardyes", entry.id, page, label="Discard draft", style=_RED),
                    FlowButton("keep", entry.id, page, label="Keep it", style=_GREY),
                ),
            )
        elif action == "discardyes":
            await self.repos.entries.delete(entry.id, interaction.user.id)
            await edit(content="Draft discarded.", embed=None, view=None)
        elif action == "keep":
            if entry.is_draft:
                await edit(
                    content=_progress_text(script, entry, saved=False),
                    embed=None,
                    view=_progress_view(entry.id, entry.next_page),
                )
            else:
                content, embed, view = recap(script, entry)
                await edit(content=content, embed=embed, view=view)
        elif action == "consent":
            wanted = bool(page)
            await self.repos.entries.set_consent(entry.id, interaction.user.id, wanted)
            updated = entry.model_copy(update={"consent_summary": wanted})
            await edit(
                view=recap_view(script, updated)
                if not entry.is_draft
                else flow_view(consent_button(entry.id, wanted))
            )
            if wanted:
                await place_dm_entry(self.bot, interaction, updated)
                if not updated.is_draft:
                    await self._excerpts().ask(interaction, updated)
        elif action in ("note", "share", "delete", "deleteyes", "quote"):
            await self._delegate(action, interaction, entry)
        elif action in ("qedit", "qok", "qno"):
            await getattr(self._excerpts(), f"on_{action}_button")(interaction, entry, page)
        elif action == "done":
            await edit(view=None)

    async def _delegate(self, action: str, interaction: Interaction, entry: EntryRecord) -> None:
        """Hand an entry's Note / Share / Delete button to the cog that owns it."""
        owner = {"note": "Notes", "share": "Sharing", "quote": "Excerpts"}.get(action, "Entries")
        handler: EntryAction | None = getattr(self.bot.get_cog(owner), f"on_{action}_button", None)
        if handler is None:
            raise RuntimeError(f"no handler for {action}")
        await handler(interaction, entry)

    def _excerpts(self) -> ExcerptOwner:
        cog = self.bot.get_cog("Excerpts")
        if cog is None:  # pragma: no cover - the cog is always loaded by create_bot
            raise RuntimeError("Excerpts cog is not loaded")
        return cog  # pyright: ignore[reportReturnType]

    async def on_reopen_button(self, interaction: Interaction, token: str) -> None:
        submit = self.unsaved.get(token, interaction.user.id)
        if submit is None:
            await interaction.response.send_message(
                "I no longer hold that page (the bot may have restarted). Your text is in the "
                "file attached to the message above: open the page again and paste it in.",
                ephemeral=True,
            )
            return
        script = await self.bot.scripts.version(submit.guild_id, submit.script_id, submit.version)
        await self.open_page(
            interaction, script, submit.entry_id, submit.page, submit.values, submit.guild_id
        )

    # -- page submits -------------------------------------------------------------------------

    @commands.Cog.listener()
    async def on_interaction(self, interaction: Interaction) -> None:
        submit = parse_page_submit(interaction)
        if submit is None:
            return
        bind_request(interaction.id)
        try:
            await self._save_page(interaction, submit)
        except Exception as error:
            await report_failure(interaction, error)
            raise

    async def _save_page(self, interaction: Interaction, submit: PageSubmit) -> None:
        if submit.script_id not in {kind.value for kind in ScriptKind}:
            await interaction.response.send_message(NOT_AVAILABLE, ephemeral=True)
            return
        script = await self.bot.scripts.version(submit.guild_id, submit.script_id, submit.version)
        if not 0 <= submit.page < len(script.pages):
            await interaction.response.send_message(NOT_AVAILABLE, ephemeral=True)
            return
        page = script.pages[submit.page]
        too_long = engine.over_limit(page, submit.values)
        if too_long:
            # Refused whatever the client claims: nothing stored, nothing lost.
            limits = "\n".join(
                f"• “{q.label}” is {len(submit.values[q.id])} characters; the limit is "
                f"{q.max_length}."
                for q in too_long
            )
            await self._offer_reopen(
                interaction,
                script,
                submit,
                f"Nothing on this page was saved: an answer is too long.\n{limits}\n"
                "Everything you typed is in the attached file. **Reopen page** brings the page "
                "back (long answers cut at the limit), so you can shorten them.",
            )
            return
        check = engine.check_page(page, submit.values)
        # A write may wait on a busy database: answer Discord within its 3 seconds first.
        await interaction.response.defer(ephemeral=True, thinking=True)
        if sum(map(len, check.answers.values())) > _GUARD_INLINE_MAX:
            flags = await asyncio.to_thread(flag_answers, check.answers)
        else:
            flags = flag_answers(check.answers)
        last = engine.is_last(script, submit.page)
        try:
            entry = await self.repos.entries.save_page(
                entry_id=submit.entry_id,
                author_id=interaction.user.id,
                kind=script.id,
                guild_id=interaction.guild_id,
                answers=check.answers,
                advance_to=submit.page + 1 if check.ok else None,
                complete=check.ok and last,
                flagged={qid: kinds_of(spans) for qid, spans in flags.items()},
                script_version=script.version,
            )
        except Exception:
            log.exception("page %s of %s could not be saved", submit.page, script.id)
            await self._offer_reopen(
                interaction,
                script,
                submit,
                "**This page was not saved**: the database did not answer in time. Nothing "
                "you typed is lost: it is in the attached file, and **Reopen page** brings the "
                "page back filled in exactly as you left it, so you can submit it again.",
            )
            return
        if entry is None:
            await interaction.followup.send(NOT_AVAILABLE, ephemeral=True)
            return
        await self._after_save(interaction, script, submit, entry, check, flags, last=last)
        if (
            entry.consent_summary
            and not entry.is_draft
            and entry.quote_status is QuoteStatus.UNASKED
        ):
            # Included in the summary, and an edit withdrew its approval (or it never had one).
            record = await self.repos.entries.get(entry.id, interaction.user.id)
            if record is not None:
                await self._excerpts().ask(interaction, record)

    async def _after_save(
        self,
        interaction: Interaction,
        script: Script,
        submit: PageSubmit,
        entry: EntryHeader,
        check: engine.PageCheck,
        flags: Mapping[str, list[Span]],
        *,
        last: bool,
    ) -> None:
        """The reply to a stored page: problems to fix, a privacy warning, the recap or the next
        page."""
        page = script.pages[submit.page]
        send = interaction.followup.send
        if not check.ok:
            problems = "\n".join(f"• {p}" for p in engine.describe_problems(page, check.problems))
            await send(
                f"Your answers are saved, but a few need another look:\n{problems}\n"
                "**Edit answers** reopens the page with everything you typed.",
                view=flow_view(
                    FlowButton("edit", entry.id, submit.page, label="Edit answers", style=_BLUE)
                ),
                ephemeral=True,
            )
            return
        if flags:
            await send(
                privacy_warning(page, flags),
                view=flow_view(
                    FlowButton("edit", entry.id, submit.page, label="Edit page", style=_BLUE),
                    FlowButton("keep", entry.id, submit.page, label="Keep", style=_GREY),
                ),
                ephemeral=True,
            )
            return
        if last:
            record = await self.repos.entries.get(entry.id, interaction.user.id)
            assert record is not None  # just saved by this user
            content, embed, view = recap(script, record)
            await send(content, embed=embed, view=view, ephemeral=True)
            return
        await send(
            _progress_text(script, entry, saved=True),
            view=_progress_view(entry.id, entry.next_page),
            ephemeral=True,
        )

    async def _offer_reopen(
        self, interaction: Interaction, script: Script, submit: PageSubmit, text: str
    ) -> None:
        """Tell the user privately that the page was not stored, with their text attached and a
        button that reopens the page filled with it."""
        page = script.pages[submit.page]
        # Held as the page can show it: a forged answer's excess is only in the file.
        shown = {q.id: submit.values.get(q.id, "")[: q.max_length] for q in page.questions}
        token = self.unsaved.keep(interaction.user.id, replace(submit, values=shown))
        reply: dict[str, Any] = {
            "view": flow_view(ReopenButton(token)),
            "file": typed_text_file(page, submit.values),
            "ephemeral": True,
        }
        if interaction.response.is_done():
            await interaction.followup.send(text, **reply)
        else:
            await interaction.response.send_message(text, **reply)


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Conversations(bot))
