"""/sparkle and /exception: guided conversations, page by page, saved after every page."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.conversation import engine, followup
from bot.conversation.roles import Role, ScriptKind
from bot.conversation.script import Script
from bot.guard import flag_answers, kinds_of
from bot.models import AlreadySaved, EntryHeader, EntryRecord, QuoteStatus
from bot.privacy import Span
from bot.tree import reference_id, report_failure, respond
from cogs._buttons import (
    Consent,
    Continue,
    Discard,
    DiscardConfirmed,
    Done,
    EditPage,
    EntryKey,
    FinishLater,
    Keep,
    Resume,
    StartButton,
    StartKey,
    asks_to_delete,
    consent_button,
    discard_again,
    discard_question,
    kept_not_deleted,
    on_entry,
)
from cogs._entry_card import entry_card, is_entry_card
from cogs._entry_layout import is_laid_out, swapped, without_actions
from cogs._excerpts import ask_about_excerpts
from cogs._finish_later import failed_because, later_unconfirmed, later_with_unsaved
from cogs._interactions import (
    BoundCog,
    Handler,
    Interaction,
    Submitted,
    not_available,
    report_done,
    tell_done,
    view,
)
from cogs._intro import intro_lead
from cogs._local import shown_zone
from cogs._modals import (
    NewEntryPageKey,
    NewEntryStepReviewPageKey,
    PageKey,
    PageSubmit,
    ReopenButton,
    ReopenKey,
    StepReviewPageKey,
    Unsaved,
    UnsavedPages,
    VersionedPageKey,
    build_page_modal,
    typed_text_file,
)
from cogs._posts import rebuild_summaries_of
from cogs._recap import recap, recap_view
from cogs._render import NOTICE, privacy_warning, quote, safe, stamp
from cogs._servers import ServerForSummary, on_server_for_summary, place_dm_entry

if TYPE_CHECKING:
    from bot.app import SparkleBot

log = logging.getLogger(__name__)
# Above this many characters the anonymizer runs in a thread, off the event loop.
_GUARD_INLINE_MAX = 2000
NONE = discord.AllowedMentions.none()
# The newest complete entries searched for the last next step to follow up.
_STEPS_LOOKED_AT = 20


def _progress_view(entry_id: int, page: int) -> discord.ui.View:
    return view(
        Continue.of(entry_id, page), FinishLater.of(entry_id, page), Discard.of(entry_id, page)
    )


def _typed_back(unsaved: Unsaved) -> dict[str, discord.File]:
    """What she typed on a page that was not stored, as the file its failure attached."""
    return {"file": typed_text_file(unsaved.page, unsaved.submit.values)}


def _consent_saved(wanted: bool) -> str:
    where = "included in" if wanted else "left out of"
    return (
        f"Saved: this entry is {where} the weekly group summary. I couldn't update the "
        "buttons above; `/entries` shows the entry as it is now."
    )


def _progress_text(script: Script, entry: EntryHeader, *, saved: bool) -> str:
    index = engine.clamp_page(script, entry.next_page)
    done = f"**Saved.** {index} of {len(script.pages)} pages done. " if saved else ""
    # a server's page title is its admins' wording: shown as typed, like its labels
    title = safe(script.pages[index].title)
    # After the first page, the intro: shown where it does not hold the first page back (a
    # form must be the first answer to the command).
    lead = intro_lead(script) if index == 1 else ""
    return f"{lead}{done}Next: *{title}* ({engine.progress(script, index).lower()})."


class Conversations(BoundCog):
    def __init__(self, bot: SparkleBot) -> None:
        super().__init__(bot)
        self.unsaved = UnsavedPages()

    def handlers(self) -> Mapping[type, Handler]:
        bot = self.bot
        return {
            StartButton: self.on_start,
            ReopenButton: self.on_reopen,
            PageKey: self.on_page_submit,
            VersionedPageKey: self.on_page_submit,
            NewEntryPageKey: self.on_page_submit,
            StepReviewPageKey: self.on_page_submit,
            NewEntryStepReviewPageKey: self.on_page_submit,
            Continue: on_entry(bot, self.on_continue),
            Resume: on_entry(bot, self.on_continue),
            EditPage: on_entry(bot, self.on_edit_page),
            FinishLater: self.on_finish_later,
            Discard: on_entry(bot, self.on_discard),
            DiscardConfirmed: on_entry(bot, self.on_discard_confirmed, gone=discard_again),
            Keep: on_entry(bot, self.on_keep),
            Consent: on_entry(bot, self.on_consent),
            Done: on_entry(bot, self.on_done),
            ServerForSummary: on_server_for_summary,
        }

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
                NOTICE,
                view=view(StartButton(StartKey(script.id), label="Continue")),
                ephemeral=True,
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
            f"{intro_lead(script)}You have an unfinished {safe(script.name.lower())} from "
            f"{stamp(draft.updated_at, 'R')} "
            f"({where}). Resume it, or start a new one? Starting new keeps the draft in "
            "`/entries`.",
            view=view(
                Resume.of(draft.id, draft.next_page),
                StartButton(StartKey(script.id), label="Start new"),
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
        written_before: datetime | None = None,
        once: str | None = None,
        named: int | None = None,
    ) -> None:
        """Open a page of `script`, the version `guild_id`'s entry was (or will be) written with.

        A page with the step-review question names the step of entry `named` (the one it named
        before), else the author's last next step (before `written_before`, the entry's
        creation), or leaves it out when there is none; its form carries which entry's step it
        named, stored with the answer. The page of a new entry carries a one-time id: `once`
        (a page reopened as typed keeps its own), or a new one."""
        page = script.pages[index]
        step = None
        if any(q.role is Role.STEP_REVIEW for q in page.questions):
            step = await self._last_step(interaction.user.id, entry_id, written_before, named)
            page = followup.shown_page(page, step, prefill)
        await interaction.response.send_modal(
            build_page_modal(
                script.id,
                entry_id,
                index,
                page,
                prefill,
                version=script.version,
                guild_id=guild_id,
                once=once,
                step=step.entry_id if step is not None else None,
            )
        )

    async def _last_step(
        self,
        user_id: int,
        entry_id: int | None,
        written_before: datetime | None,
        named: int | None = None,
    ) -> followup.Step | None:
        """The step of entry `named` when given (None if it is gone), else the author's latest
        next step before this entry; None when there is none or it cannot be read now (the
        page opens without the follow-up rather than not at all)."""
        try:
            if named is not None:
                found = await self.repos.entries.get(named, user_id)
                entries = [found] if found is not None else []
                entries = await self.repos.practice.with_closing_steps(entries)
            else:
                entries = await self.repos.practice.complete_entries(
                    user_id, None, _STEPS_LOOKED_AT
                )
            scripts = {e.id: await self.bot.scripts.for_entry(e) for e in entries}
        except Exception:
            log.exception("the last next step could not be read")
            return None
        steps = followup.next_steps(entries, lambda e: scripts.get(e.id))
        if named is not None:
            return steps[0] if steps and named != entry_id else None
        return followup.step_before(steps, written_before, exclude=entry_id)

    # -- buttons ------------------------------------------------------------------------------

    async def on_start(self, interaction: Interaction, button: StartButton) -> None:
        # The page first: a modal must be the first answer, and a write may wait on a busy
        # database past Discord's 3 seconds.
        script = await self.bot.scripts.current(interaction.guild_id, button.key.script)
        await self.open_page(interaction, script, None, 0, {}, interaction.guild_id)
        try:
            await self.repos.practitioners.mark_notice_seen(interaction.user.id)
        except Exception:
            # Harmless: the notice is shown once more next time.
            log.exception("could not record that the notice was seen")

    async def on_continue(self, interaction: Interaction, entry: EntryRecord, _: EntryKey) -> None:
        """Continue and Resume: the next page of a draft."""
        if not entry.is_draft:
            await interaction.response.send_message(
                "This one is already complete. `/entries` shows it.", ephemeral=True
            )
            return
        await self.on_edit_page(interaction, entry, EntryKey(entry.id, entry.next_page))

    async def on_edit_page(
        self, interaction: Interaction, entry: EntryRecord, key: EntryKey
    ) -> None:
        """The page numbered in the key (within the script), filled with what is stored."""
        script = await self.bot.scripts.for_entry(entry)
        index = engine.clamp_page(script, key.page)
        await self.open_page(
            interaction,
            script,
            entry.id,
            index,
            entry.answers,
            entry.guild_id,
            entry.created_at,
            named=entry.reviewed_step_id,
        )

    async def on_finish_later(self, interaction: Interaction, button: FinishLater) -> None:
        """Nothing to store: each page was stored when it was submitted. She is told what is
        kept, and a page she typed after the last one stored, which could not be saved (held
        since, `UnsavedPages`), is given back with its Reopen page, whether or not the
        database answers now."""
        user_id = interaction.user.id
        unsaved = self.unsaved.newest_of(user_id, button.key.entry)
        back = (
            {"view": view(ReopenButton(ReopenKey(unsaved[0]))), **_typed_back(unsaved[1])}
            if unsaved is not None
            else {}
        )
        try:
            entry = await self.repos.entries.get(button.key.entry, user_id)
        except Exception as error:
            # The same answer whoever's the id is: it says nothing of the entry.
            said = later_unconfirmed(error, unsaved[1].page.title if unsaved else None)
            await report_failure(interaction, error, said=said, **back)
            return
        if entry is None:
            await not_available(interaction)
            return
        if unsaved is None:
            await interaction.response.edit_message(
                content=f"Saved as a draft. Pick it up any time with `/{entry.kind}` or "
                "`/entries`.",
                embed=None,
                view=None,
            )
            return
        await respond(
            interaction,
            later_with_unsaved(unsaved[1].page.title, entry.kind),
            allowed_mentions=NONE,
            **back,
        )

    async def on_discard(self, interaction: Interaction, entry: EntryRecord, key: EntryKey) -> None:
        await interaction.response.edit_message(
            content=discard_question(entry.id),
            embed=None,
            view=view(DiscardConfirmed.of(entry.id, key.page), Keep.of(entry.id, key.page)),
        )

    async def on_discard_confirmed(
        self, interaction: Interaction, entry: EntryRecord, _: EntryKey
    ) -> None:
        await interaction.response.defer()  # the write may wait: answer Discord first
        await self.repos.entries.delete(entry.id, interaction.user.id)
        await report_done(interaction, "Draft discarded.", clear_embed=True)

    async def _zone(self, interaction: Interaction) -> tzinfo:
        """The zone whose day a recap names: hers where she is (`shown_zone`)."""
        return await shown_zone(self.repos, interaction.user.id, interaction.guild_id)

    async def on_keep(self, interaction: Interaction, entry: EntryRecord, _: EntryKey) -> None:
        script = await self.bot.scripts.for_entry(entry)
        if entry.is_draft:
            await interaction.response.edit_message(
                content=_progress_text(script, entry, saved=False),
                embed=None,
                view=_progress_view(entry.id, entry.next_page),
            )
            return
        await interaction.response.edit_message(
            content=None,
            embed=None,
            view=recap(script, entry, zone=await self._zone(interaction)),
            allowed_mentions=NONE,
        )

    async def on_consent(self, interaction: Interaction, entry: EntryRecord, key: EntryKey) -> None:
        """The summary choice: the buttons show it first (the answer Discord waits for within
        3 seconds), then it is stored, a write that may wait on a busy database."""
        wanted = bool(key.page)
        updated = entry.model_copy(update={"consent_summary": wanted})
        script = await self.bot.scripts.for_entry(entry)
        try:
            await interaction.response.edit_message(
                **await self._consent_shown(interaction, script, updated)
            )
            edited = True
        except discord.HTTPException:  # stored all the same below: then say so
            log.warning("could not update the buttons of entry %s", entry.id, exc_info=True)
            edited = False
        try:
            # Leaving the summary marks a summary posted with it for a rebuild, in the same
            # transaction; it is rebuilt below.
            await self.repos.entries.set_consent(entry.id, interaction.user.id, wanted)
        except Exception:
            if edited:  # the buttons show a choice that was not stored: show the stored one
                with contextlib.suppress(discord.HTTPException):
                    await interaction.edit_original_response(
                        **await self._consent_shown(interaction, script, entry)
                    )
            raise
        if not edited:
            await respond(interaction, _consent_saved(wanted))
        if not wanted:  # a summary posted with it is rebuilt without it
            await rebuild_summaries_of(self.bot, entry)
        if wanted:
            await place_dm_entry(self.bot, interaction, updated)
            if not updated.is_draft:
                await ask_about_excerpts(self.bot, interaction, updated)

    async def _consent_shown(
        self, interaction: Interaction, script: Script, entry: EntryRecord
    ) -> dict[str, Any]:
        """The clicked message's buttons for `entry`'s summary choice: an /entries card is drawn
        again (where it counts changes with it); on a recap only the one button changes."""
        button = consent_button(entry.id, entry.consent_summary)
        message = interaction.message
        if message is not None and is_laid_out(message):
            shown = (
                await entry_card(self.bot, interaction.user.id, entry, interaction.guild_id)
                if is_entry_card(message)
                else swapped(message, button)
            )
            return {"view": shown, "allowed_mentions": NONE}
        return {"view": recap_view(script, entry) if not entry.is_draft else view(button)}

    async def on_done(self, interaction: Interaction, entry: EntryRecord, _: EntryKey) -> None:
        if asks_to_delete(interaction.message, entry.id):
            # the Cancel of a delete question sent before it had its own button: answered as
            # that button answers (`Entries.on_delete_cancelled`)
            await interaction.response.edit_message(content=kept_not_deleted(entry.id), view=None)
            return
        if is_laid_out(interaction.message):  # the text is the message: only the buttons go
            assert interaction.message is not None
            shown = without_actions(interaction.message)
            await interaction.response.edit_message(view=shown, allowed_mentions=NONE)
        else:
            await interaction.response.edit_message(view=None)

    async def on_reopen(self, interaction: Interaction, button: ReopenButton) -> None:
        submit = self.unsaved.get(button.key.token, interaction.user.id)
        if submit is None:
            await interaction.response.send_message(
                "I no longer hold that page (the bot may have restarted). Your text is in the "
                "file attached to the message above: open the page again and paste it in.",
                ephemeral=True,
            )
            return
        script = await self.bot.scripts.version(submit.guild_id, submit.script_id, submit.version)
        await self.open_page(
            interaction,
            script,
            submit.entry_id,
            submit.page,
            submit.values,
            submit.guild_id,
            once=submit.once,
            named=submit.step,
        )

    # -- page submits -------------------------------------------------------------------------

    async def on_page_submit(self, interaction: Interaction, form: Submitted[PageKey]) -> None:
        await self._save_page(interaction, form.key.submit(form.values()))

    async def _script_applies(self, interaction: Interaction, submit: PageSubmit) -> bool:
        """Whether the script a page form names is one it may be read with: the shipped one,
        this server's, or that of the member's own entry it edits (written in that server and
        opened again in a DM, say). A server's own questions are read nowhere else."""
        if submit.guild_id is None or submit.guild_id == interaction.guild_id:
            return True
        if submit.entry_id is None:
            return False
        entry = await self.repos.entries.get(submit.entry_id, interaction.user.id)
        return entry is not None and entry.guild_id == submit.guild_id

    async def _save_page(self, interaction: Interaction, submit: PageSubmit) -> None:
        if submit.script_id not in {kind.value for kind in ScriptKind}:
            await not_available(interaction)
            return
        if not await self._script_applies(interaction, submit):
            await not_available(interaction)
            return
        script = await self.bot.scripts.version(submit.guild_id, submit.script_id, submit.version)
        if not 0 <= submit.page < len(script.pages):
            await not_available(interaction)
            return
        page = script.pages[submit.page]
        too_long = engine.over_limit(page, submit.values)
        if too_long:
            # Refused whatever the client claims: nothing stored, nothing lost.
            limits = "\n".join(
                f"• {quote(q.label, 60)} is {len(submit.values[q.id])} characters; the limit is "
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
                form_token=submit.once,
                reviewed_step=submit.step,
            )
        except AlreadySaved as saved:
            await self._already_saved(interaction, saved.row_id)
            return
        except Exception as error:
            ref = reference_id()
            log.exception("page %s of %s could not be saved (ref %s)", submit.page, script.id, ref)
            await self._offer_reopen(interaction, script, submit, not_saved_text(error, ref))
            return
        if entry is None:
            await not_available(interaction)
            return
        self.unsaved.saved(interaction.user.id, entry.id, submit.page)
        await self._after_save(interaction, script, submit, entry, check, flags, last=last)
        if (
            entry.consent_summary
            and not entry.is_draft
            and entry.quote_status is QuoteStatus.UNASKED
        ):
            # Included in the summary, and an edit withdrew its approval (or it never had one).
            record = await self.repos.entries.get(entry.id, interaction.user.id)
            if record is not None:
                await ask_about_excerpts(self.bot, interaction, record)
        if submit.entry_id is not None:  # an edit: a posted summary may quote what it replaced
            await rebuild_summaries_of(self.bot, entry)

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
        # The page is stored: if Discord loses this answer, it is sent once more, never
        # "something went wrong, try again" for a page that is saved.
        send = functools.partial(tell_done, interaction)
        if not check.ok:
            problems = "\n".join(f"• {p}" for p in engine.describe_problems(page, check.problems))
            await send(
                f"Your answers are saved, but a few need another look:\n{problems}\n"
                "**Edit answers** reopens the page with everything you typed.",
                view=view(EditPage.of(entry.id, submit.page)),
            )
            return
        if flags:
            await send(
                privacy_warning(page, flags),
                view=view(
                    EditPage.of(entry.id, submit.page, label="Edit page"),
                    Keep.of(entry.id, submit.page, label="Keep"),
                ),
            )
            return
        if last:
            record = await self.repos.entries.get(entry.id, interaction.user.id)
            assert record is not None  # just saved by this user
            await send(view=recap(script, record, zone=await self._zone(interaction)))
            return
        await send(
            _progress_text(script, entry, saved=True),
            view=_progress_view(entry.id, entry.next_page),
        )

    async def _already_saved(self, interaction: Interaction, entry_id: int) -> None:
        """The same page submitted again (Discord lost the first answer): the entry its first
        submit made, as it is now, and nothing stored twice. A complete entry (a one-page
        conversation's only page) gets the recap the first answer carried, with its buttons."""
        entry = await self.repos.entries.get(entry_id, interaction.user.id)
        if entry is None:
            await not_available(interaction)
            return
        written_with = await self.bot.scripts.for_entry(entry)
        if not entry.is_draft:
            zone = await self._zone(interaction)
            await tell_done(interaction, view=recap(written_with, entry, again=True, zone=zone))
            return
        said = "**Already saved**: this page reached me twice and is stored once."
        await interaction.followup.send(
            f"{said} {_progress_text(written_with, entry, saved=False)}",
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
        token = self.unsaved.keep(interaction.user.id, replace(submit, values=shown), page)
        await respond(
            interaction,
            text,
            view=view(ReopenButton(ReopenKey(token))),
            file=typed_text_file(page, submit.values),
        )


def not_saved_text(error: BaseException, ref: str) -> str:
    """What a member is told when the write of a page failed: why, as far as it is known, and
    that nothing typed is lost."""
    return (
        f"**This page was not saved**: {failed_because(error, doing='while saving it')} (reference "
        f"`{ref}`). Nothing you typed is lost: it is in the attached file, and **Reopen page** "
        "brings the page back filled in exactly as you left it, so you can submit it again."
    )


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Conversations(bot))
