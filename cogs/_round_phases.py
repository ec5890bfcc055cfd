"""A round's phases: Next phase (the move out of the affirmations reveals them) and Reveal
affirmations (Post the rest), with what could not be posted and why."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from bot.round import Phase, next_phase, phase_title
from bot.round.models import RoundRecord
from bot.tree import report_failure
from bot.wording import be, counted
from cogs._interactions import Button, Interaction, said_then, tell_done, view
from cogs._round_core import RoundCore
from cogs._round_presenter_notices import PresenterNotices
from cogs._round_thread_posts import ThreadPosts
from cogs._round_ui import NextPhaseKey, RevealButton, RevealKey, needs_agreement

if TYPE_CHECKING:
    from bot.app import SparkleBot


# A reveal clicked while another click (the presenter's, a facilitator's) is posting.
BEING_POSTED = "{busy} being posted right now by another click; each is posted only once."


# Phases that come after the affirmations' reveal: a move into one of them revealed them.
PAST_AFFIRMATIONS = (Phase.REFLECTIONS, Phase.CLOSING, Phase.CLOSED)


# A move that ended the affirmations, whose reveal failed part way (the database went away
# after some were posted): each left is posted once by Post the rest (`_reveal`).
REVEAL_CUT_SHORT = (
    "The round is now in **{title}**, but revealing its affirmations was cut short "
    "(reference `{ref}`): some may not be posted yet. Nothing is posted twice: choose "
    "**Post the rest** to post them."
)


def moved_before(phase: Phase) -> str:
    """A click on a post that shows an earlier phase than the round's: the move was made by
    an earlier click (maybe the clicker's own, whose post update or reveal was cut short),
    so what is said is where the round is, not who moved it."""
    if phase is Phase.CLOSED:
        return "The round is closed already: it was closed before this click."
    return f"The round is already in **{phase_title(phase)}**: it was moved on before this click."


def _being_posted(busy: int) -> str:
    return BEING_POSTED.format(busy=f"{counted(busy, 'affirmation')} {be(busy)}")


CLOSED_WITHOUT_CLOSING_SAID = (
    "The round is closed, without a closing. A closing the presenter saved stays with their "
    "entry and is not posted."
)


def _thread_gone(left: int) -> str:
    return (
        f"{counted(left, 'affirmation')} can't be posted: this round's thread is no longer on "
        "Discord (it was deleted)."
    )


class RoundPhases:
    """Next phase and Reveal affirmations."""

    def __init__(
        self, bot: SparkleBot, core: RoundCore, posts: ThreadPosts, notices: PresenterNotices
    ) -> None:
        self.bot = bot
        self.repos = bot.repos
        self.core = core
        self.posts = posts
        self.notices = notices

    async def on_next(self, interaction: Interaction, button: Button[NextPhaseKey]) -> None:
        record = await self.core.movable(interaction, button.key.post)
        if record is None:
            return
        if await needs_agreement(interaction, record.guild_id):
            return
        target = next_phase(record.phase)

        async def catch_up() -> None:
            """Moved on by someone else: the post may have missed that move. Run whatever
            became of the answer, so that a lost answer does not leave the post behind."""
            await self.core.refresh_post(record.post_id, interaction.message)

        if record.phase.value != button.key.phase:
            if record.phase in PAST_AFFIRMATIONS and await self.repos.round.unrevealed(
                record.post_id
            ):
                await self._reveal_after_a_cut_move(interaction, record)
                return
            moved = interaction.response.send_message(moved_before(record.phase), ephemeral=True)
            await said_then(moved, catch_up)
            return
        if target is None:
            await interaction.response.send_message("The round is closed.", ephemeral=True)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        if not await self.repos.round.advance(record.post_id, record.phase, target):
            await said_then(tell_done(interaction, "Someone moved the round on already."), catch_up)
            return
        note = ""
        if target is Phase.CLOSED:
            said = CLOSED_WITHOUT_CLOSING_SAID
            said += await self.core.left_behind(record.post_id, interaction.message, "is closed")
            await tell_done(interaction, said)
            return
        if record.phase is not Phase.CLARIFYING:  # the reveal, or what a failed one left
            try:
                note = await self._reveal_note(record.post_id)
            except Exception as error:  # moved, and some may be up: never "please try again"
                cut = REVEAL_CUT_SHORT.replace("{title}", phase_title(target))
                rest = view(RevealButton(RevealKey(record.post_id), label="Post the rest"))
                await report_failure(interaction, error, said=cut, view=rest)
                return
        note += await self.core.left_behind(record.post_id, interaction.message, "has moved on")
        all_posted = "Post the rest" not in note

        async def offer_keep() -> None:
            if record.phase is Phase.AFFIRMATIONS and all_posted:
                await self.notices.offer_keep(interaction, record)

        answer = tell_done(
            interaction,
            f"The round is now in **{phase_title(target)}**.{note}",
            view=discord.utils.MISSING
            if all_posted
            else view(RevealButton(RevealKey(record.post_id), label="Post the rest")),
        )
        await said_then(answer, offer_keep)

    async def _reveal_note(self, post_id: int) -> str:
        """Reveal what is left to reveal (`ThreadPosts.reveal_counts`); what to add to the
        clicker's answer about what could not be posted, with **Post the rest** when a retry
        may post it."""
        note = ""
        left, busy, gone, refused = await self.posts.reveal_counts(post_id)
        if gone:
            note = "\n" + _thread_gone(left)
        elif left:
            rights = refused or await self.core.thread_rights_missing(post_id)
            note = (
                f"\n{counted(left, 'affirmation')} could not be posted yet: {rights}. "
                "Nothing is posted twice: choose **Post the rest** once it is given."
                if rights
                else f"\n{counted(left, 'affirmation')} could not be posted yet. Nothing "
                "is posted twice: choose **Post the rest** to try again."
            )
        if busy:
            note += "\n" + _being_posted(busy)
            if not left:  # a send cut short (a restart) is let go within minutes
                note += " If not in the thread in a few minutes, choose **Post the rest**."
        return note

    async def _reveal_after_a_cut_move(self, interaction: Interaction, record: RoundRecord) -> None:
        """A click on a post left behind by a move that ended the affirmations but was cut
        short before its reveal (the bot stopped): the round is not moved again, but what
        that move left unposted is revealed now, in the phase it belongs to, rather than
        waiting hidden until someone moves on once more."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        note = await self._reveal_note(record.post_id)
        note += await self.core.left_behind(record.post_id, interaction.message, "has moved on")
        all_posted = "Post the rest" not in note

        async def offer_keep() -> None:
            if all_posted:
                await self.notices.offer_keep(interaction, record)

        answer = tell_done(
            interaction,
            moved_before(record.phase)
            + (note or " The affirmations that move left unposted are posted now."),
            view=discord.utils.MISSING
            if all_posted
            else view(RevealButton(RevealKey(record.post_id), label="Post the rest")),
        )
        await said_then(answer, offer_keep)

    async def on_reveal(self, interaction: Interaction, button: Button[RevealKey]) -> None:
        record = await self.core.movable(interaction, button.key.post)
        if record is None:
            return
        if await needs_agreement(interaction, record.guild_id):  # as Next phase asks
            return
        if record.phase in (Phase.CLARIFYING, Phase.AFFIRMATIONS):
            await interaction.response.send_message(
                "The affirmations are revealed when their phase ends.", ephemeral=True
            )
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        left, busy, gone, refused = await self.posts.reveal_counts(record.post_id)
        if gone:
            said = _thread_gone(left)
        elif busy:
            said = _being_posted(busy)
            if left:
                said += f" {counted(left, 'other')} could not be posted; try again in a while."
        elif left:
            rights = refused or await self.core.thread_rights_missing(record.post_id)
            said = (
                f"{counted(left, 'affirmation')} could still not be posted: {rights}. Nothing "
                "is posted twice: try again once it is given."
                if rights
                else f"{counted(left, 'affirmation')} could still not be posted; try again in "
                "a while."
            )
        else:
            said = "Every affirmation is posted."

        async def offer_keep() -> None:
            if not left and not busy and not gone:
                await self.notices.offer_keep(interaction, record)

        await said_then(tell_done(interaction, said), offer_keep)
