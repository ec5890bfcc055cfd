"""The presenter's closing: written in the Closing phase, saved with her entry, shown to her
exactly as it will be posted, and posted once in the thread, which closes the round."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import discord

from bot.inert import own_markdown_closed
from bot.labelled import redacted_as_posted
from bot.limits import clip_words
from bot.outbox import PostRecord, PostState
from bot.privacy import redact
from bot.round import Phase
from bot.round.models import Closing, RoundRecord
from bot.tree import report_failure
from cogs._interactions import (
    Button,
    Interaction,
    Submitted,
    form,
    long_text,
    not_available,
    refused,
    reply_privately,
    said_then,
    tell_done,
)
from cogs._render import ACCENT
from cogs._round_core import RoundCore
from cogs._round_presenter_notices import PresenterNotices
from cogs._round_shown import thread_rights_missing
from cogs._round_thread_posts import ThreadPosts
from cogs._round_ui import (
    CLOSING_PART_MAX,
    CLOSING_SHOWN_MAX,
    CLOSING_TOO_LONG,
    ClosingFormKey,
    ClosingKey,
    PostClosingKey,
    PostShownClosingKey,
    closing_digest,
    closing_view,
)

if TYPE_CHECKING:
    from bot.app import SparkleBot


CLOSING_CHANGED = (
    "**Not posted.** Your closing was written again after this message was shown (in another "
    "message), so nothing was posted. Here it is as it is now: post it from here if it is "
    "what you want to post."
)


CLOSING_THREAD_GONE = (
    "**Not posted.** This round's thread is no longer on Discord (it was deleted), so your "
    "closing cannot be posted there; it stays saved with the round (your `/export` has it)."
)
CLOSING_THREAD_AWAY = (
    "**Not posted.** I couldn't reach this round's thread on Discord just now. Your closing "
    "is kept: choose **Post my closing** again in a moment."
)

CLOSING_TOO_LATE = (
    "Your closing was not saved: the round is no longer in its closing (a facilitator may "
    "have closed it meanwhile)."
)
# Her closing is in the thread, and the write that closes the round failed: a click on Post
# my closing closes it (`_closing_claimed`), and the outbox's repair does when the closing's
# own record failed too.
CLOSING_POSTED_ROUND_OPEN = (
    "Your closing is posted in the thread, once. The round could not be closed just now "
    "(reference `{ref}`): choose **Post my closing** again in a few minutes to close it; "
    "your closing is not posted twice."
)
CLOSED_BEFORE_YOURS = (
    "**Not posted.** The round was closed without your closing (by a facilitator, or from "
    "another window), so it is not posted now; it stays saved with your entry (your `/export` "
    "has it)."
)


class ClosingFlow:
    """Write my closing, its form, and Post my closing."""

    def __init__(
        self, bot: SparkleBot, core: RoundCore, posts: ThreadPosts, notices: PresenterNotices
    ) -> None:
        self.bot = bot
        self.repos = bot.repos
        self.core = core
        self.posts = posts
        self.notices = notices

    async def on_closing(self, interaction: Interaction, button: Button[ClosingKey]) -> None:
        record = await self.core.round_for(interaction, button.key.post)
        if record is None:
            return
        if not await self.core.is_presenter(record.post_id, interaction.user.id):
            await interaction.response.send_message(
                "Only the presenter writes the closing.", ephemeral=True
            )
            return
        if record.phase is not Phase.CLOSING:
            await interaction.response.send_message(
                "The closing is written in the Closing phase.", ephemeral=True
            )
            return
        before = await self.repos.round.closing(record.post_id) or Closing(
            takeaway="", next_step=""
        )
        await interaction.response.send_modal(
            form(
                ClosingFormKey(record.post_id),
                "Your closing",
                long_text(
                    "takeaway",
                    "What I'm taking away",
                    default=before.takeaway,
                    limit=CLOSING_PART_MAX,
                    hint="Posted in the thread with identifiers replaced.",
                ),
                long_text(
                    "step",
                    "My next step",
                    default=before.next_step,
                    limit=CLOSING_PART_MAX,
                    hint="One small, concrete step. Saved with your entry.",
                ),
            )
        )

    async def on_closing_form(
        self, interaction: Interaction, sent: Submitted[ClosingFormKey]
    ) -> None:
        record = await self.core.round_for(interaction, sent.key.post, presenter=True)
        if record is None:
            return
        closing = Closing(takeaway=sent.typed("takeaway"), next_step=sent.typed("step"))
        if not closing.takeaway or not closing.next_step:
            why = (
                "Your closing needs what you are taking away and one next step; one of them "
                "was empty, so nothing was saved."
            )
            await refused(interaction, why)  # with what was typed, if anything
            return
        if max(len(closing.takeaway), len(closing.next_step)) > CLOSING_PART_MAX:
            await refused(interaction, CLOSING_TOO_LONG)  # with what was typed, given back
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        # her own markdown, closed in itself: "**My next step**" stays the label it is
        takeaway = own_markdown_closed(
            clip_words(await asyncio.to_thread(redact, closing.takeaway), CLOSING_SHOWN_MAX)
        )
        step = own_markdown_closed(
            clip_words(await asyncio.to_thread(redact, closing.next_step), CLOSING_SHOWN_MAX)
        )
        # shown as the thread's post anonymizes it once more, as a whole: exactly as posted
        text = await asyncio.to_thread(
            redacted_as_posted,
            f"**What I'm taking away**\n{takeaway}\n\n**My next step**\n{step}",
            redact,
        )
        saved = await self.repos.round.draft_closing(
            record.post_id, interaction.user.id, closing, text=text
        )
        if saved is None:
            await refused(interaction, CLOSING_TOO_LATE)  # what was typed goes back with it
            return
        await reply_privately(
            interaction,
            "Saved with your entry. This is exactly what will be posted in the thread:",
            embed=discord.Embed(title="Closing", description=text, colour=ACCENT),
            view=closing_view(record.post_id, text),
        )

    async def on_post_closing(
        self, interaction: Interaction, button: Button[PostClosingKey] | Button[PostShownClosingKey]
    ) -> None:
        record = await self.core.round_for(interaction, button.key.post, presenter=True)
        if record is None:
            return
        # Answer Discord first: the claim (and a thread opened now) are writes that may wait.
        await interaction.response.defer(ephemeral=True, thinking=True)
        closing = await self.repos.round.closing_post(record.post_id)
        share = await self.repos.outbox.get(record.post_id)
        if closing is None or share is None or share.thread is None:
            await not_available(interaction)
            return
        if record.phase is Phase.CLOSED and closing.state is PostState.DRAFT:
            await tell_done(interaction, CLOSED_BEFORE_YOURS)  # never posted into it now
            return
        key = button.key
        if (
            isinstance(key, PostShownClosingKey)
            and closing.state is PostState.DRAFT
            and closing_digest(closing.text) != key.shown
        ):  # written again from another message since this one was shown
            await tell_done(
                interaction,
                CLOSING_CHANGED,
                embed=discord.Embed(title="Closing", description=closing.text, colour=ACCENT),
                view=closing_view(record.post_id, closing.text),
            )
            return
        thread, gone = await self.posts.reach_thread(share)
        if thread is None:  # nothing is claimed: her closing stays as it is, unposted
            await tell_done(interaction, CLOSING_THREAD_GONE if gone else CLOSING_THREAD_AWAY)
            return
        claim = await self.repos.round.claim(closing.id, share.thread)
        if claim is None:
            await self._closing_claimed(interaction, record, closing)
            return
        claimed = closing.model_copy(update={"channel_id": share.thread})
        if (why := await self.posts.send(thread, claimed, claim)) is not None:
            rights = why or thread_rights_missing(thread)
            await tell_done(
                interaction,
                f"**Not posted**: {rights}. Your closing is kept: choose **Post my closing** "
                "again once it is given."
                if rights
                else "Discord refused the post just now. Your closing is kept: choose "
                "**Post my closing** again in a moment.",
            )
            return
        try:
            await self.repos.round.advance(record.post_id, Phase.CLOSING, Phase.CLOSED)
            await self.core.refresh_post(record.post_id, interaction.message)
        except Exception as error:  # it is posted all the same: never "please try again"
            await report_failure(interaction, error, said=CLOSING_POSTED_ROUND_OPEN)
            return
        # Offered here too: the private message offering it may never have reached her.
        await said_then(
            tell_done(interaction, "Your closing is posted, and the round is closed. Thank you."),
            lambda: self.notices.offer_keep(interaction, record),
        )

    async def closing_landed(self, post_id: int) -> None:
        """A round whose closing is posted, the write that closes it having failed after the
        post (`_services.RoundClosings`: the outbox's repair of the closing's record, or its
        start): it closes, as the presenter's click would have closed it, and its post says so."""
        if await self.repos.round.advance(post_id, Phase.CLOSING, Phase.CLOSED):
            await self.core.refresh_post(post_id)

    async def _closing_claimed(
        self, interaction: Interaction, record: RoundRecord, closing: PostRecord
    ) -> None:
        """A click on a closing already claimed: posted (the round is closed, whatever cut the
        first click short), or a send under way or cut short (repaired within minutes)."""
        if closing.state is not PostState.POSTED:
            await tell_done(
                interaction,
                "Your closing is being posted; it is posted only once. If it is not in the "
                "thread in a few minutes, choose **Post my closing** again.",
            )
            return
        if await self.repos.round.advance(record.post_id, Phase.CLOSING, Phase.CLOSED):
            await self.core.refresh_post(record.post_id, interaction.message)
        await tell_done(
            interaction,
            "Your closing is posted already (it is posted only once), and the round is closed.",
        )
