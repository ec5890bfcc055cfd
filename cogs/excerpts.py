"""What the weekly summary may quote from an entry: shown to its author first, exactly as posted.

When an entry is included in the weekly summary (or edited while included), its author is
shown privately the excerpts that could be quoted, already anonymized, with **Edit** (the edit
is anonymized again and shown again), **Include** and **Don't quote me** (the entry still
counts in the figures, but nothing from it is quoted). Only approved excerpts are ever quoted.
The Include button carries a digest of the excerpts it showed, so a stale or doubled click
never approves text its author has not seen.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import TYPE_CHECKING

from bot.conversation.engine import is_blank, visible
from bot.limits import clip
from bot.models import EntryRecord, QuoteStatus
from bot.summary.highlights import EXCERPT_MAX, edit_changes_nothing, excerpts_digest, final_excerpt
from bot.tree import respond
from cogs._buttons import (
    DeclineQuotes,
    EditExcerpt,
    EntryKey,
    IncludeExcerpt,
    ReviewExcerpt,
    on_entry,
)
from cogs._excerpts import (
    _READ_MAX,
    DECLINED,
    EXCERPT_TOO_LONG,
    NOT_INCLUDED,
    ExcerptEditKey,
    ExcerptFormKey,
    _redact,
    ask_about_excerpts,
    edit_modal,
    excerpts_text,
    send_review,
)
from cogs._interactions import (
    BoundCog,
    Handler,
    Interaction,
    Submitted,
    not_available,
    refused,
    reply_privately,
    report_done,
    said_then,
    tell_done,
    typed_file,
)
from cogs._posts import rebuild_summaries_of
from cogs._render import quote

if TYPE_CHECKING:
    from bot.app import SparkleBot

STALE = (
    "**Not saved.** These excerpts changed after this form was opened (in another window, "
    "or the entry was edited), so your edit would have replaced the newer choice."
)
ALREADY_SAVED = (
    "**Already saved.** This form reached me twice, or changed nothing: the excerpt is "
    "as shown below.\n\n"
)


class Excerpts(BoundCog):
    def handlers(self) -> Mapping[type, Handler]:
        return {
            ReviewExcerpt: on_entry(self.bot, self.on_review),
            EditExcerpt: on_entry(self.bot, self.on_edit),
            IncludeExcerpt: on_entry(self.bot, self.on_include),
            DeclineQuotes: on_entry(self.bot, self.on_decline),
            ExcerptFormKey: self.on_edited,
            ExcerptEditKey: self.on_edited,
        }

    async def on_review(self, interaction: Interaction, entry: EntryRecord, _: EntryKey) -> None:
        """Review excerpt, from /entries."""
        if not entry.consent_summary:
            await interaction.response.send_message(NOT_INCLUDED, ephemeral=True)
            return
        if entry.quote_status in (QuoteStatus.UNASKED, QuoteStatus.DECLINED):
            await interaction.response.defer(ephemeral=True, thinking=True)
            await ask_about_excerpts(self.bot, interaction, entry)
            return
        approved = "**Approved.** " if entry.quote_status is QuoteStatus.APPROVED else ""
        await send_review(interaction, entry, entry.excerpts, approved)

    async def on_edit(self, interaction: Interaction, entry: EntryRecord, key: EntryKey) -> None:
        if await self._still_shown(interaction, entry, key.page):
            script = await self.bot.scripts.for_entry(entry)
            await interaction.response.send_modal(edit_modal(entry, entry.excerpts, script))

    async def on_include(self, interaction: Interaction, entry: EntryRecord, key: EntryKey) -> None:
        if not await self._still_shown(interaction, entry, key.page):
            return
        await interaction.response.defer()  # the write may wait: answer Discord first
        # her script version read before the write (then kept): the answer after it needs none
        await self.bot.scripts.for_entry(entry)
        if not await self.repos.entries.approve_excerpts(
            entry.id, interaction.user.id, entry.excerpts
        ):
            await self._changed(interaction)
            return
        included = report_done(
            interaction,
            clip(
                "**Included.** The weekly summary may quote from this entry only this, exactly "
                f"as shown:\n\n{await self._approved_text(entry)}\n\n"
                "Editing the entry withdraws this until you approve again.",
                2000,
            ),
        )
        # A summary of its week posted already quotes what she approved now, whatever
        # became of her answer.
        await said_then(included, lambda: rebuild_summaries_of(self.bot, entry))

    async def on_decline(self, interaction: Interaction, entry: EntryRecord, _: EntryKey) -> None:
        if not entry.consent_summary:
            await interaction.response.send_message(NOT_INCLUDED, ephemeral=True)
            return
        await interaction.response.defer()  # the write may wait: answer Discord first
        await self._decline(entry, interaction.user.id)
        await report_done(interaction, DECLINED)

    async def _decline(self, entry: EntryRecord, user_id: int) -> None:
        """Her quotes withdrawn: a summary posted with them is rebuilt without them (marked
        for it in the same transaction)."""
        if await self.repos.entries.decline_quotes(entry.id, user_id):
            await rebuild_summaries_of(self.bot, entry)

    async def _still_shown(self, interaction: Interaction, entry: EntryRecord, digest: int) -> bool:
        """Whether the excerpts stored are the very ones the clicked message showed."""
        if not entry.consent_summary:
            await interaction.response.send_message(NOT_INCLUDED, ephemeral=True)
            return False
        shown = entry.quote_status in (QuoteStatus.PENDING, QuoteStatus.APPROVED)
        if shown and entry.excerpts and excerpts_digest(entry.excerpts) == digest:
            return True
        await self._changed(interaction)
        return False

    async def _changed(self, interaction: Interaction) -> None:
        await respond(
            interaction,
            "These excerpts have changed since this message was shown (the entry was edited, "
            "or you chose differently elsewhere), so nothing was approved. `/entries` → "
            "**Review excerpt** shows them as they are now.",
        )

    # -- the Edit form ----------------------------------------------------------------------

    async def on_edited(
        self, interaction: Interaction, form: Submitted[ExcerptFormKey | ExcerptEditKey]
    ) -> None:
        entry = await self.repos.entries.get(form.key.entry, interaction.user.id)
        if entry is None:
            await not_available(interaction)
            return
        if not entry.consent_summary:
            await refused(interaction, NOT_INCLUDED)  # with what was typed, shown back
            return
        if any(len(text) > EXCERPT_MAX for text in form.texts.values()):  # a form's promise only
            await refused(interaction, EXCERPT_TOO_LONG)  # with what was typed, given back
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        # her script version read before the write (then kept): the answer after it needs none
        await self.bot.scripts.for_entry(entry)
        key = form.key
        on_show = entry.quote_status in (QuoteStatus.PENDING, QuoteStatus.APPROVED)
        if isinstance(key, ExcerptEditKey) and not (on_show and entry.excerpts):
            # Withdrawn since the form was opened ("Don't quote me", an edit of the entry).
            await self._stale(interaction, entry.id, form.texts)
            return
        typed = {
            qid: value[:_READ_MAX]
            for qid, value in form.texts.items()
            if qid in entry.excerpts  # only the excerpts the form showed
        }
        excerpts, dropped = await asyncio.to_thread(_anonymize_edits, typed)
        if excerpts and edit_changes_nothing(entry.quote_status, entry.excerpts, excerpts):
            await self._unchanged(interaction, entry)
            return
        if isinstance(key, ExcerptEditKey):
            stored = await self.repos.entries.edit_excerpts(
                entry.id, interaction.user.id, excerpts, shown=key.shown, form_token=key.once
            )
        elif excerpts:  # a form sent before forms carried what they were opened on
            stored = await self.repos.entries.show_excerpts(entry.id, interaction.user.id, excerpts)
        else:
            stored = await self.repos.entries.decline_quotes(entry.id, interaction.user.id)
        if stored is None:
            await self._stale(interaction, entry.id, form.texts)
            return
        if not stored:  # left out of the summary meanwhile: what was typed goes back
            await refused(interaction, NOT_INCLUDED)
            return
        if not excerpts:
            answer = tell_done(interaction, "You left nothing to quote. " + DECLINED)
        else:
            left_out = ", ".join(quote(t, 40) for t in dropped)
            prefix = f"Too short to quote, so left out: {left_out}\n\n" if dropped else ""
            answer = send_review(interaction, entry, excerpts, prefix)
        # What she had approved is withdrawn: a summary posted quoting it is rebuilt, whatever
        # became of her answer (Discord may lose it), not at the outbox loop's next pass.
        await said_then(answer, lambda: rebuild_summaries_of(self.bot, entry))

    async def _stale(self, interaction: Interaction, entry_id: int, texts: dict[str, str]) -> None:
        """A form opened before a newer change of the excerpts: nothing was stored. Say so,
        give back what was typed as a file, and show the excerpts as they are now."""
        kept = {qid: text[:_READ_MAX] for qid, text in texts.items() if visible(text)}
        extra = {"file": typed_file(kept)} if kept else {}
        told = STALE + (" What you typed is in the attached file." if kept else "")
        now = await self.repos.entries.get(entry_id, interaction.user.id)
        if now is not None and now.consent_summary and now.excerpts:
            if now.quote_status is QuoteStatus.APPROVED:
                told += " The wording you approved stands:"
            await send_review(interaction, now, now.excerpts, told + "\n\n", **extra)
            return
        where = DECLINED if now is not None and now.quote_status is QuoteStatus.DECLINED else ""
        await reply_privately(interaction, clip(f"{told}\n\n{where}".strip(), 2000), **extra)

    async def _approved_text(self, entry: EntryRecord) -> str:
        """The entry's excerpts under the questions as its own script version asked them."""
        return excerpts_text(await self.bot.scripts.for_entry(entry), entry.excerpts)

    async def _unchanged(self, interaction: Interaction, entry: EntryRecord) -> None:
        """An edit that is the wording already stored (the form sent twice): nothing is
        stored again and an approval stands; say so, with the wording as it is."""
        if entry.quote_status is QuoteStatus.APPROVED:
            await reply_privately(
                interaction,
                clip(
                    "**Nothing changed.** This is the wording you approved, so it stays "
                    "approved: the weekly summary may quote from this entry only this, exactly "
                    f"as shown:\n\n{await self._approved_text(entry)}\n\n"
                    "`/entries` → **Review excerpt** changes it.",
                    2000,
                ),
            )
            return
        await send_review(interaction, entry, entry.excerpts, ALREADY_SAVED)


def _anonymize_edits(typed: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """The author's edited excerpts anonymized again and cut as quoted; and those too short."""
    excerpts: dict[str, str] = {}
    dropped: list[str] = []
    for qid, value in typed.items():
        if is_blank(value):
            continue
        shown = final_excerpt(value, _redact)
        if shown is None:
            dropped.append(value.strip())
        else:
            excerpts[qid] = shown
    return excerpts, dropped


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Excerpts(bot))
