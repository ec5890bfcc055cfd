"""The consultation round on a share: phases, affirmations revealed together, the closing,
stepping out, and the group agreement every member accepts once."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands, ui
from discord.ext import commands

from bot.inert import as_typed, own_markdown_closed
from bot.limits import EMBED_DESCRIPTION_MAX, clip, clip_words
from bot.outbox import REPAIR_AFTER, PostRecord, PostState
from bot.privacy import redact
from bot.round import (
    Phase,
    agreement_version,
    next_phase,
    phase_title,
    reveal_order,
)
from bot.round.agreement import AGREEMENT_MAX, agreement_kept
from bot.round.models import Closing, NotSaved, RoundRecord
from bot.tree import report_failure
from bot.wording import be, counted
from cogs import _services
from cogs._interactions import (
    BoundCog,
    Button,
    Handler,
    Interaction,
    Submitted,
    form,
    long_text,
    not_available,
    refused,
    reply_privately,
    reply_to_follow,
    said_then,
    tell_done,
    view,
)
from cogs._posts import after_landing, find_by_ref, lacking, made_anyway, role_needs, wake_outbox
from cogs._render import ACCENT
from cogs._round_shown import (
    POST_UPDATE,
    RoundShown,
    give_ended_notices,
    jump_url,
    thread_rights_missing,
)
from cogs._round_ui import (
    AFFIRMATION_MAX,
    AFFIRMATION_TOO_LONG,
    AGREEMENT_TOO_LONG,
    CLOSING_PART_MAX,
    CLOSING_SHOWN_MAX,
    CLOSING_TOO_LONG,
    KEY_QUESTION_MAX,
    KEY_QUESTION_SHOWS_NOTHING,
    KEY_QUESTION_TOO_LONG,
    AffirmButton,
    AffirmFormKey,
    AffirmKey,
    AgreeButton,
    AgreeKey,
    AgreementFormKey,
    ClosingButton,
    ClosingFormKey,
    ClosingKey,
    KeepButton,
    KeepKey,
    KeyQuestionButton,
    KeyQuestionFormKey,
    KeyQuestionKey,
    NextPhaseButton,
    NextPhaseKey,
    PostClosingButton,
    PostClosingKey,
    PostShownClosingButton,
    PostShownClosingKey,
    RevealButton,
    RevealKey,
    StepOutButton,
    StepOutKey,
    WithdrawButton,
    WithdrawKey,
    agreement_embed,
    agreement_text,
    closing_digest,
    closing_view,
    keep_button,
    needs_agreement,
)
from cogs._servers import is_member, server
from cogs.sharing import (
    ALREADY_SAVED,
    KEY_QUESTION_LABEL,
    THREAD_ON_POST,
    DeleteShare,
    already_answered,
    consultation_channel,
    earlier_shares,
    name_shown,
    preview_view,
    shared_before_line,
    signed_line,
    signer_in,
)
from cogs.summary import FACILITATOR_ROLE_DELETED, facilitator_role_deleted, is_facilitator

if TYPE_CHECKING:
    from bot.app import SparkleBot

log = logging.getLogger(__name__)
NOT_MOVER = "Only the presenter or a facilitator can move the round on."
# A reveal clicked while another click (the presenter's, a facilitator's) is posting.
AGREEMENT_ALREADY = (
    "Saved. Nothing changed: this was already the group agreement. Members accept it before "
    "they next share or take part:"
)
BEING_POSTED = "{busy} being posted right now by another click; each is posted only once."
CLOSING_CHANGED = (
    "**Not posted.** Your closing was written again after this message was shown (in another "
    "message), so nothing was posted. Here it is as it is now: post it from here if it is "
    "what you want to post."
)


# Phases that come after the affirmations' reveal: a move into one of them revealed them.
PAST_AFFIRMATIONS = (Phase.REFLECTIONS, Phase.CLOSING, Phase.CLOSED)


def _being_posted(busy: int) -> str:
    return BEING_POSTED.format(busy=f"{counted(busy, 'affirmation')} {be(busy)}")


CLOSING_THREAD_GONE = (
    "**Not posted.** This round's thread is no longer on Discord (it was deleted), so your "
    "closing cannot be posted there; it stays saved with the round (your `/export` has it)."
)
CLOSING_THREAD_AWAY = (
    "**Not posted.** I couldn't reach this round's thread on Discord just now. Your closing "
    "is kept: choose **Post my closing** again in a moment."
)

CLOSED_WITHOUT_CLOSING_SAID = (
    "The round is closed, without a closing. A closing the presenter saved stays with their "
    "entry and is not posted."
)
CLOSING_TOO_LATE = (
    "Your closing was not saved: the round is no longer in its closing (a facilitator may "
    "have closed it meanwhile)."
)
# A move that ended the affirmations, whose reveal failed part way (the database went away
# after some were posted): each left is posted once by Post the rest (`_reveal`).
REVEAL_CUT_SHORT = (
    "The round is now in **{title}**, but revealing its affirmations was cut short "
    "(reference `{ref}`): some may not be posted yet. Nothing is posted twice: choose "
    "**Post the rest** to post them."
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


def _thread_gone(left: int) -> str:
    return (
        f"{counted(left, 'affirmation')} can't be posted: this round's thread is no longer on "
        "Discord (it was deleted)."
    )


KEEP_OFFER = (
    "The affirmations are posted in the thread. Would you like to keep them with your entry? "
    "Only you will see them there, in /entries and /export."
)
# A keep click the database refused (locked past its wait, or down): nothing was kept, and
# the same button keeps them later (its round and entry are untouched).
KEEP_FAILED = (
    "Your affirmations were not kept: something went wrong on our side (reference `{ref}`). "
    "Nothing was kept; please try again in a moment with the same **Keep them with my entry** "
    "button: it still works."
)
STEP_OUT_GUIDANCE = (
    "Thank you for saying so. Please step out of this round: don't read further in its thread "
    "and don't write an affirmation or reflection. The presenter is told, without your name, "
    "that someone may know the client. If you have already read details, keep them to yourself "
    "as the group agreement asks."
)


STEPPED_OUT = (
    "You stepped out of this round (I may know this client), so it takes no affirmation from "
    "you. Thank you for looking after the client's privacy."
)
WITHDRAWN_ON_STEP_OUT = "Your affirmation for this round is withdrawn: it will never be posted."


NOT_A_ROUND_THREAD = (
    "Use `/round controls` in a consultation round's thread: open the thread under a share in "
    "the consultation channel and run it there. It shows that round's phase and buttons again."
)
NOT_CONTROLLER = (
    "Only the presenter or a facilitator can bring this round's controls back. The round "
    "goes on in this thread all the same."
)
CONTROLS_THERE = "This round's phase and buttons are on its post: {url}"
CONTROLS_MOVED = (
    "This round's post is no longer on Discord, so its phase and buttons are in a new message "
    "in this thread: {url}\nNothing of the share was posted again."
)
CONTROLS_REFUSED = "I couldn't show this round's controls here: {why}."
# Discord refused with 403 though the bot's role looks complete to it (an overwrite it has
# not seen, say): which permission is missing is not known, so all it needs there are named.
CONTROLS_FORBIDDEN = (
    "Discord says I am not allowed to post in this thread (or to update the round's post), "
    "without saying which permission is missing. My role needs **View Channels**, **Send "
    "Messages in Threads**, **Embed Links** and **Read Message History** in the consultation "
    "channel and this thread (the README lists them), which someone with Manage Server can "
    "give it; trying again before that changes nothing"
)
CONTROLS_BUSY = "Discord refused just now; please try again in a moment"
CONTROLS_ENDED = "This round has ended: its post and its thread are no longer on Discord."


class Round(BoundCog):
    offers = (_services.StepOuts, _services.RoundClosings)

    round_commands = app_commands.Group(
        name="round",
        description="The consultation round of this thread",
        guild_only=True,
        allowed_contexts=app_commands.AppCommandContext(
            guild=True, dm_channel=False, private_channel=False
        ),
        allowed_installs=app_commands.AppInstallationType(guild=True, user=False),
    )

    @round_commands.command(
        name="controls", description="Show this round's phase and buttons again (in its thread)"
    )
    async def controls(self, interaction: Interaction) -> None:
        """The presenter or a facilitator brings the round's controls back: after a
        moderator deleted the share's post, in a new message of its thread."""
        channel_id = interaction.channel_id
        post_id = None if channel_id is None else await self.repos.round.in_thread(channel_id)
        if post_id is None:
            await interaction.response.send_message(NOT_A_ROUND_THREAD, ephemeral=True)
            return
        record = await self._round(interaction, post_id)
        if record is None:
            return
        if not await self._may_move(interaction, record):
            settings = await self.repos.servers.get(record.guild_id)
            deleted = facilitator_role_deleted(settings, interaction.guild)
            refusal = NOT_CONTROLLER + (FACILITATOR_ROLE_DELETED if deleted else "")
            await interaction.response.send_message(refusal, ephemeral=True)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        before = record.controls_message_id
        share = await self.repos.outbox.get(post_id)
        shower = RoundShown(self.bot)
        shown = await shower.show(post_id)
        if shown is not None:
            url = jump_url(record.guild_id, shown.channel.id, shown.id)
            on_post = share is not None and shown.id in (share.message_id, before)
            await tell_done(
                interaction, (CONTROLS_THERE if on_post else CONTROLS_MOVED).format(url=url)
            )
            return
        after = await self.repos.round.get(post_id)
        if after is not None and after.phase is Phase.CLOSED and record.phase is not Phase.CLOSED:
            await tell_done(interaction, CONTROLS_ENDED)
            return
        why = (
            shower.missing
            or thread_rights_missing(interaction.channel)
            or (CONTROLS_FORBIDDEN if shower.forbidden else CONTROLS_BUSY)
        )
        await tell_done(interaction, CONTROLS_REFUSED.format(why=why))

    def handlers(self) -> Mapping[type, Handler]:
        own: dict[type, Handler] = {
            NextPhaseButton: self.on_next,
            RevealButton: self.on_reveal,
            KeepButton: self.on_keep,
            AffirmButton: self.on_affirm,
            WithdrawButton: self.on_withdraw,
            StepOutButton: self.on_step_out,
            ClosingButton: self.on_closing,
            PostClosingButton: self.on_post_closing,
            PostShownClosingButton: self.on_post_closing,
            KeyQuestionButton: self.on_key_question,
            AgreeButton: self.on_agree,
            AffirmFormKey: self.on_affirm_form,
            ClosingFormKey: self.on_closing_form,
            KeyQuestionFormKey: self.on_key_question_form,
            AgreementFormKey: self.on_agreement_form,
        }
        return {kind: self._then_tell(handler) for kind, handler in own.items()}

    def _then_tell(self, handler: Handler) -> Handler:
        """The handler, then, if the clicker is the round's presenter, the step-out notices
        that never reached her (her DMs closed, or a restart before the message)."""

        async def run(interaction: Interaction, source: Any) -> None:
            await handler(interaction, source)
            post_id = getattr(source.key, "post", None)
            if isinstance(post_id, int):
                await self._tell_untold(interaction, post_id)

        return run

    # -- who is who -------------------------------------------------------------------------

    async def _round(
        self, interaction: Interaction, post_id: int, *, presenter: bool | None = None
    ) -> RoundRecord | None:
        """The round, if the clicker is in its server (and, when `presenter` says, is or is not
        its presenter); None (after answering) otherwise."""
        record = await self.repos.round.get(post_id)
        if (
            record is None
            or interaction.guild_id != record.guild_id
            or (
                presenter is not None
                and presenter != await self._is_presenter(post_id, interaction.user.id)
            )
        ):
            await not_available(interaction)
            return None
        return record

    async def _is_presenter(self, post_id: int, user_id: int) -> bool:
        share = await self.repos.outbox.owned(post_id, user_id)
        return share is not None and share.state is not PostState.DELETING

    async def _movable(self, interaction: Interaction, post_id: int) -> RoundRecord | None:
        """The round, if the clicker may move it on; None (after answering) otherwise."""
        record = await self._round(interaction, post_id)
        if record is not None and not await self._may_move(interaction, record):
            settings = await self.repos.servers.get(record.guild_id)
            deleted = facilitator_role_deleted(settings, interaction.guild)
            refusal = NOT_MOVER + (FACILITATOR_ROLE_DELETED if deleted else "")
            await interaction.response.send_message(refusal, ephemeral=True)
            return None
        return record

    async def _may_move(self, interaction: Interaction, record: RoundRecord) -> bool:
        if await self._is_presenter(record.post_id, interaction.user.id):
            return True
        settings = await self.repos.servers.get(record.guild_id)
        return is_facilitator(interaction.user, settings)

    # -- the post ---------------------------------------------------------------------------

    async def refresh_post(self, post_id: int, shown: discord.Message | None = None) -> bool:
        """Show the round's current state where it is shown (`RoundShown.show`: on the
        share's post, or in its thread once a moderator deleted the post); False if Discord
        refused, or would, or the round ended because its thread is gone too."""
        return await RoundShown(self.bot).show(post_id, shown) is not None

    async def _left_behind(self, post_id: int, shown: discord.Message | None, moved: str) -> str:
        """Show the round's current state (`refresh_post`); "" once shown, else the line
        saying where it is shown it is behind, and why, where that is known (`_post_behind`)."""
        shower = RoundShown(self.bot)
        if await shower.show(post_id, shown) is not None:
            return ""
        return await self._post_behind(post_id, moved, shower.missing)

    async def _reach_thread(self, share: PostRecord) -> tuple[discord.abc.Messageable | None, bool]:
        """The share's response thread, or None and whether it is gone for good: deleted on
        Discord (a deleted thread is not opened again), rather than out of reach just now."""
        if share.thread is None:
            return None, False
        try:
            thread = self.bot.get_channel(share.thread) or await self.bot.fetch_channel(
                share.thread
            )
        except discord.NotFound:
            thread = await self._open_thread(share)
            if thread is None:
                return None, share.thread_id is not None
        except discord.HTTPException:
            return None, False
        return (thread, False) if isinstance(thread, discord.abc.Messageable) else (None, False)

    async def _open_thread(self, share: PostRecord) -> discord.Thread | None:
        """The thread Discord refused when the share was posted, opened now, so that the
        round's posts are not stranded."""
        if share.state is not PostState.POSTED or share.thread_id is not None:
            return None  # being deleted, or its thread was deleted: not opened again
        channel = self.bot.get_channel(share.channel_id or 0)
        if not isinstance(channel, discord.TextChannel) or share.message_id is None:
            return None
        message = channel.get_partial_message(share.message_id)
        try:
            thread = await message.create_thread(name="Responses", auto_archive_duration=10080)
        except discord.HTTPException:
            log.warning("could not open the thread of share %s", share.id)
            return None
        await self.repos.outbox.record_thread(share.id, thread.id)
        return thread

    async def _post_behind(self, post_id: int, moved: str, why: str | None = None) -> str:
        """The line saying the share's post shows an earlier state of the round, and, when the
        bot's role lacks it there (or `why`, what `RoundShown` found), which permission would
        let it show the round again."""
        if why:
            return (
                f"\nI couldn't update the round's phase and buttons: {why}. The round {moved} "
                "all the same; the next click on it shows this once it is given."
            )
        share = await self.repos.outbox.get(post_id)
        channel = self.bot.get_channel(share.channel_id or 0) if share is not None else None
        rights = lacking(channel, *POST_UPDATE)
        if rights and isinstance(channel, discord.TextChannel):
            return (
                f"\nI couldn't update the post itself: {role_needs(channel, rights)}. The round "
                f"{moved} all the same; the next click on it shows this once it is given."
            )
        return f"\nI couldn't update the post itself; the round {moved} all the same."

    async def _thread_rights_missing(self, post_id: int) -> str | None:
        """`thread_rights_missing` for the thread of the round on `post_id`, if it is known."""
        share = await self.repos.outbox.get(post_id)
        thread = (
            None if share is None or share.thread is None else self.bot.get_channel(share.thread)
        )
        if thread is None and share is not None and share.thread_id is None:
            # never opened: Discord refused to open it on the share's post (`_open_thread`)
            channel = self.bot.get_channel(share.channel_id or 0)
            rights = lacking(channel, *THREAD_ON_POST)
            if rights and isinstance(channel, discord.TextChannel):
                return role_needs(channel, rights)
        return thread_rights_missing(thread)

    async def _send(self, thread: discord.abc.Messageable, post: PostRecord, claim: str) -> bool:
        """Post one round post in the thread under its claim, anonymized once more at the
        door. True when it is done with: posted, or deleted by its writer meanwhile. Cut only
        where Discord would refuse it: a closing at its form's limits, shown whole in its
        preview as what will be posted, is longer than an affirmation."""
        text = clip(await asyncio.to_thread(redact, post.text), EMBED_DESCRIPTION_MAX)
        embed = discord.Embed(title=post.title, description=text, colour=ACCENT)
        embed.set_footer(text=f"ref {post.ref}")
        assert post.channel_id is not None
        if (missing := thread_rights_missing(thread)) is not None:
            # Discord would refuse it, or, without Embed Links, show it empty and lost: not
            # sent; the caller names the permission (`thread_rights_missing`)
            await self.repos.outbox.release(post.id, claim, missing)
            return False
        if not await self.repos.outbox.proceed(post.id, claim):
            return True  # its writer erased it since the claim: never sent
        try:
            message = await thread.send(
                embed=embed, allowed_mentions=discord.AllowedMentions.none()
            )
        except discord.HTTPException as error:
            # made all the same: recorded as sent, never posted again by a retry
            found = await made_anyway(self.bot, error, post.channel_id, post.ref)
            if found is None:
                await self.repos.outbox.release(post.id, claim, f"Discord refused ({error.status})")
                return False
            message = found
        try:
            landed = await self.repos.outbox.record_sent(
                post.id, claim, post.channel_id, message.id
            )
        except Exception:
            # It is posted: the outbox finds it by its ref and records it, never posts it again.
            log.exception("round post %s was posted but not recorded; it will be repaired", post.id)
            wake_outbox(self.bot)
            return True
        await after_landing(self.bot, post, landed, post.channel_id, message.id)
        return True

    async def reveal(self, post_id: int) -> int:
        """Post every affirmation not yet posted, in a random order; returns how many are left
        (not counting those another reveal is posting right now)."""
        left, _busy, _gone = await self._reveal(post_id)
        return left

    async def _reveal(self, post_id: int) -> tuple[int, int, bool]:
        """(left, busy, gone): how many affirmations could not be posted, how many another
        click is posting right now, and whether the thread they go to was deleted on Discord
        (then no retry will post them).

        Each is claimed on its own row first, so a retried or concurrent reveal never posts one
        twice. One left sending is another click's while its claim is recent: never released
        or re-sent under it; older, its sender is gone, and it is looked for by its ref.
        """
        share = await self.repos.outbox.get(post_id)
        thread, gone = (None, False) if share is None else await self._reach_thread(share)
        pending = await self.repos.round.unrevealed(post_id)
        if share is None or thread is None or share.thread is None:
            return len(pending), 0, gone and bool(pending)
        left = busy = 0
        for item in reveal_order(pending):
            if item.state is PostState.SENDING:
                stale = discord.utils.utcnow() - REPAIR_AFTER
                taken = await self.repos.outbox.take_over(item.id, item.claim, stale)
                if taken is None:
                    busy += 1  # in flight under another click's claim
                    continue
                found = await find_by_ref(self.bot, share.thread, item.ref)
                if found is not None:
                    landed = await self.repos.outbox.record_sent(
                        item.id, taken, share.thread, found.id
                    )
                    await after_landing(self.bot, item, landed, share.thread, found.id)
                else:
                    await self.repos.outbox.release(item.id, taken)
                    left += 1
                continue
            claim = await self.repos.round.claim(item.id, share.thread)
            if claim is None:
                busy += 1  # another reveal claimed it just now
                continue
            claimed = item.model_copy(update={"channel_id": share.thread})
            if not await self._send(thread, claimed, claim):
                left += 1
        return left, busy, False

    # -- phases -----------------------------------------------------------------------------

    async def on_next(self, interaction: Interaction, button: Button[NextPhaseKey]) -> None:
        record = await self._movable(interaction, button.key.post)
        if record is None:
            return
        if await needs_agreement(interaction, record.guild_id):
            return
        target = next_phase(record.phase)

        async def catch_up() -> None:
            """Moved on by someone else: the post may have missed that move. Run whatever
            became of the answer, so that a lost answer does not leave the post behind."""
            await self.refresh_post(record.post_id, interaction.message)

        if record.phase.value != button.key.phase:
            if record.phase in PAST_AFFIRMATIONS and await self.repos.round.unrevealed(
                record.post_id
            ):
                await self._reveal_after_a_cut_move(interaction, record)
                return
            moved = interaction.response.send_message(
                "Someone moved the round on already.", ephemeral=True
            )
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
            said += await self._left_behind(record.post_id, interaction.message, "is closed")
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
        note += await self._left_behind(record.post_id, interaction.message, "has moved on")
        all_posted = "Post the rest" not in note

        async def offer_keep() -> None:
            if record.phase is Phase.AFFIRMATIONS and all_posted:
                await self._offer_keep(interaction, record)

        answer = tell_done(
            interaction,
            f"The round is now in **{phase_title(target)}**.{note}",
            view=discord.utils.MISSING
            if all_posted
            else view(RevealButton(RevealKey(record.post_id), label="Post the rest")),
        )
        await said_then(answer, offer_keep)

    async def _reveal_note(self, post_id: int) -> str:
        """Reveal what is left to reveal (`_reveal`); what to add to the clicker's answer
        about what could not be posted, with **Post the rest** when a retry may post it."""
        note = ""
        left, busy, gone = await self._reveal(post_id)
        if gone:
            note = "\n" + _thread_gone(left)
        elif left:
            rights = await self._thread_rights_missing(post_id)
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
        note += await self._left_behind(record.post_id, interaction.message, "has moved on")
        all_posted = "Post the rest" not in note

        async def offer_keep() -> None:
            if all_posted:
                await self._offer_keep(interaction, record)

        answer = tell_done(
            interaction,
            "Someone moved the round on already."
            + (note or " The affirmations that move left unposted are posted now."),
            view=discord.utils.MISSING
            if all_posted
            else view(RevealButton(RevealKey(record.post_id), label="Post the rest")),
        )
        await said_then(answer, offer_keep)

    async def on_reveal(self, interaction: Interaction, button: Button[RevealKey]) -> None:
        record = await self._movable(interaction, button.key.post)
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
        left, busy, gone = await self._reveal(record.post_id)
        if gone:
            said = _thread_gone(left)
        elif busy:
            said = _being_posted(busy)
            if left:
                said += f" {counted(left, 'other')} could not be posted; try again in a while."
        elif left:
            rights = await self._thread_rights_missing(record.post_id)
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
                await self._offer_keep(interaction, record)

        await said_then(tell_done(interaction, said), offer_keep)

    async def _offer_keep(self, interaction: Interaction, record: RoundRecord) -> None:
        """Once every affirmation is posted, offer the presenter (only) to keep them: in
        this private reply if they clicked (a reveal, or their closing), else in a private
        message. The offer is stored as owed, claimed for that message, until it is sent: a
        command of hers meanwhile does not offer it too; if her DMs are closed it is given
        back, and if the bot stops first its claim lapses (`OWED_CLAIM_HOLD`): then it is given
        with her next command or click on the round (`_give_owed_keep_offers`)."""
        if not await self.repos.round.keepable(record.post_id):
            return
        if await self._is_presenter(record.post_id, interaction.user.id):
            try:
                await tell_done(interaction, KEEP_OFFER, view=view(keep_button(record.post_id)))
            except discord.HTTPException:  # Discord lost this reply: offered by DM instead
                log.warning("could not offer the presenter of post %s to keep", record.post_id)
            else:
                if record.keep_offer_owed:  # refused by DM earlier: given now
                    await self.repos.round.keep_offer_given(record.post_id)
                return
        presenter = await self.repos.round.presenter_of(record.post_id)
        if presenter is None:
            return
        claimed = None
        try:
            claimed = await self.repos.round.owe_keep_offer(record.post_id)
        except Exception:  # the DM is tried all the same
            log.exception("could not note the keep offer of post %s as owed", record.post_id)
        try:
            user = self.bot.get_user(presenter) or await self.bot.fetch_user(presenter)
            await user.send(
                KEEP_OFFER,
                view=view(keep_button(record.post_id)),
                allowed_mentions=discord.AllowedMentions.none(),
            )
        except discord.HTTPException:
            log.warning("could not offer the presenter of post %s to keep", record.post_id)
            try:
                if claimed is not None:  # only its own claim (one taken since keeps its hold)
                    await self.repos.round.give_back_keep_offer(record.post_id, claimed)
            except Exception:  # its claim lapses: she is offered it a few minutes later
                log.exception("could not give back the keep offer of post %s", record.post_id)
            return
        try:
            await self.repos.round.keep_offer_given(record.post_id)
        except Exception:  # she may be offered once more, at a later command: nothing is lost
            log.exception("could not note the keep offer of post %s as given", record.post_id)

    async def _give_owed_keep_offers(self, interaction: Interaction) -> None:
        """Privately, after the presenter's own answer: each keep offer that never reached her
        by DM, once: claimed first, given for good once this follow-up is sent, owed again
        when it is not (or, if this process stops first, when its claim lapses). One with
        nothing left to keep (kept meanwhile, or the share deleted) is simply let go."""
        for post_id in await self.repos.round.keep_offers_owed(interaction.user.id):
            # claimed first (compare-and-set): two of her commands at once offer it once
            claimed = await self.repos.round.take_keep_offer(post_id)
            if not claimed:
                continue
            try:
                if await self.repos.round.keepable(post_id) and await self._is_presenter(
                    post_id, interaction.user.id
                ):
                    share = await self.repos.outbox.get(post_id)
                    ref = f" (ref {share.ref})" if share is not None and share.ref else ""
                    await interaction.followup.send(
                        f"About your share{ref}: {KEEP_OFFER}",
                        view=view(keep_button(post_id)),
                        ephemeral=True,
                        allowed_mentions=discord.AllowedMentions.none(),
                    )
            except BaseException:
                # owed: her next command; only its own claim (one taken since it lapsed holds)
                await self.repos.round.give_back_keep_offer(post_id, claimed)
                raise
            await self.repos.round.keep_offer_given(post_id)

    async def on_keep(self, interaction: Interaction, button: Button[KeepKey]) -> None:
        """The presenter keeps the revealed affirmations with their entry, once."""
        post_id = button.key.post
        try:
            if not await self._is_presenter(post_id, interaction.user.id):
                await not_available(interaction)
                return
            await interaction.response.defer(ephemeral=True, thinking=True)
            done = await self.repos.round.keep(post_id, interaction.user.id)
        except Exception as error:  # nothing is kept half-way: one transaction
            await report_failure(interaction, error, said=KEEP_FAILED)
            raise
        if done is None:
            await tell_done(
                interaction, "There are no revealed affirmations to keep from this round."
            )
            return
        kept_now, count = done
        await tell_done(
            interaction,
            f"Kept: {counted(count, 'affirmation')} {be(count)} now with your entry, under "
            "**Affirmations from the group** in /entries."
            if kept_now
            else "They are kept with your entry already.",
        )

    # -- affirmations -----------------------------------------------------------------------

    async def on_affirm(self, interaction: Interaction, button: Button[AffirmKey] | Any) -> None:
        record = await self._round(interaction, button.key.post)
        if record is None:
            return
        if record.phase is not Phase.AFFIRMATIONS:
            await interaction.response.send_message(
                "Affirmations are written during the Affirmations phase only.", ephemeral=True
            )
            return
        if await self._is_presenter(record.post_id, interaction.user.id):
            await interaction.response.send_message(
                "You are the presenter: the affirmations are for you.", ephemeral=True
            )
            return
        if await self.repos.round.stepped_out(record.post_id, interaction.user.id):
            await interaction.response.send_message(STEPPED_OUT, ephemeral=True)
            return
        if await needs_agreement(interaction, record.guild_id):
            return
        mine = await self.repos.round.my_affirmation(record.post_id, interaction.user.id)
        sign = ui.Select(
            custom_id="sign",
            options=[
                discord.SelectOption(label="Anonymously", value="anonymous", default=True),
                discord.SelectOption(label="With my name", value="named"),
            ],
        )
        await interaction.response.send_modal(
            form(
                AffirmFormKey(record.post_id),
                "Your affirmation",
                long_text(
                    "text",
                    "What is the presenter already doing well?",
                    default=mine.text if mine else "",
                    limit=AFFIRMATION_MAX,
                    hint="Nobody sees it until the phase ends. Identifiers are replaced.",
                ),
                ui.Label(text="Post it", component=sign),
            )
        )

    async def on_affirm_form(
        self, interaction: Interaction, sent: Submitted[AffirmFormKey]
    ) -> None:
        typed = sent.typed("text")
        if not typed:
            await interaction.response.send_message(
                "An empty affirmation was not saved.", ephemeral=True
            )
            return
        record = await self._round(interaction, sent.key.post, presenter=False)
        if record is None:
            return
        if await self.repos.round.stepped_out(record.post_id, interaction.user.id):
            await refused(interaction, STEPPED_OUT)  # what was typed goes back with it
            return
        if await needs_agreement(interaction, record.guild_id):
            return
        if len(typed) > AFFIRMATION_MAX:  # a form only promises its limit
            await refused(interaction, AFFIRMATION_TOO_LONG)  # with what was typed, given back
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        named = sent.choice("sign") == "named"
        text = clip(await asyncio.to_thread(redact, typed), AFFIRMATION_MAX)
        name = clip(name_shown(interaction.user), 80)
        # her name in the server, as she chose it: shown as typed in the title
        title = f"Affirmation from {as_typed(name)}" if named else "Affirmation"
        saved = await self.repos.round.write_affirmation(
            record.post_id, interaction.user.id, title=title, text=text, anonymous=not named
        )
        if saved is NotSaved.STEPPED_OUT:  # she stepped out meanwhile: that one won
            await refused(interaction, STEPPED_OUT)  # what was typed goes back with it
            return
        if saved is NotSaved.PHASE_OVER:
            await refused(interaction, "The affirmations phase has ended, so yours was not saved.")
            return
        await self.refresh_post(record.post_id, interaction.message)
        embed = discord.Embed(title=title, description=text, colour=ACCENT)
        await reply_privately(
            interaction,
            "Saved. Nobody sees it until the phase ends; then it is posted exactly like this, "
            "with the others, in a random order.",
            embed=embed,
            view=view(
                AffirmButton(AffirmKey(record.post_id), label="Edit"),
                WithdrawButton(WithdrawKey(record.post_id), label="Withdraw"),
            ),
        )

    async def on_withdraw(self, interaction: Interaction, button: Button[WithdrawKey]) -> None:
        record = await self._round(interaction, button.key.post)
        if record is None:
            return
        await interaction.response.defer(ephemeral=True, thinking=True)  # the write may wait
        if await self.repos.round.withdraw(record.post_id, interaction.user.id):
            await said_then(
                tell_done(interaction, "Withdrawn: your affirmation will never be posted."),
                lambda: self.refresh_post(record.post_id, interaction.message),
            )
            return
        await tell_done(
            interaction,
            "There is no affirmation of yours to withdraw: it was revealed already, or withdrawn.",
        )

    # -- stepping out -----------------------------------------------------------------------

    async def on_step_out(self, interaction: Interaction, button: Button[StepOutKey]) -> None:
        record = await self._round(interaction, button.key.post)
        if record is None:
            return
        if await self._is_presenter(record.post_id, interaction.user.id):
            await interaction.response.send_message("This is your own share.", ephemeral=True)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)  # the write may wait
        # An affirmation she wrote before stepping out is not posted to the presenter: it is
        # withdrawn in the same write, so that neither is ever done without the other.
        new, withdrawn = await self.repos.round.step_out(record.post_id, interaction.user.id)
        withdrawal = " " + WITHDRAWN_ON_STEP_OUT if withdrawn else ""
        if not new:
            await tell_done(
                interaction,
                "You have stepped out of this round already. " + STEP_OUT_GUIDANCE + withdrawal,
            )
            return
        # Discord may lose her answer, not her step-out: the presenter hears of it all the same
        await said_then(
            tell_done(interaction, STEP_OUT_GUIDANCE + withdrawal),
            lambda: self._after_step_out(interaction, record),
        )

    async def _after_step_out(self, interaction: Interaction, record: RoundRecord) -> None:
        """A new step-out's consequences: the presenter told, the round's post up to date
        (or, when that fails, at the round's next click: her step-out is done either way)."""
        await self._tell_presenter(record, interaction.user.id)
        try:
            await self.refresh_post(record.post_id, interaction.message)
        except Exception:
            log.exception("the post of round %s was not updated after a step-out", record.post_id)

    async def _tell_presenter(self, record: RoundRecord, member_id: int) -> None:
        """A private message to the presenter, naming nobody, with one click to remove it.
        The step-out is claimed first, so that a command of hers at that moment does not tell
        her too, and marked told once the message is sent; given back when it is not: if her
        DMs are closed, she is told at her next click on the round (`_tell_untold`) or command
        (so too if the bot stops before the send: its claim lapses, `OWED_CLAIM_HOLD`)."""
        presenter = await self.repos.round.presenter_of(record.post_id)
        share = await self.repos.outbox.get(record.post_id)
        if presenter is None or share is None:
            return
        # Taken first, as her commands take it (`_give_notice`): told once, by one of them.
        claim = await self.repos.round.take_for_dm(record.post_id, member_id)
        if not claim:
            return
        try:
            user = self.bot.get_user(presenter) or await self.bot.fetch_user(presenter)
            await user.send(
                _step_out_notice(share.ref),
                view=view(DeleteShare.of(share.id, "Remove my share")),
                allowed_mentions=discord.AllowedMentions.none(),
            )
        except discord.HTTPException:
            log.warning("could not tell the presenter of post %s about a step-out", share.id)
            await self.repos.round.untell_member(record.post_id, member_id, claim.at)
            return
        except BaseException:
            await self.repos.round.untell_member(record.post_id, member_id, claim.at)
            raise
        try:
            await self.repos.round.told_member(record.post_id, member_id)
        except Exception:  # its claim lapses: she may be told once more, nothing is lost
            log.exception("could not note the step-out notice of post %s as sent", share.id)

    async def _give_notice(self, interaction: Interaction, post_id: int, tags: list[bytes]) -> None:
        """Privately, after the presenter's own answer: the step-outs of her share she was not
        told of (`tags` from `untold`). Each is claimed first, so that two of her commands at
        once tell her once, marked told once this follow-up is sent, and given back when it is
        not (or, if this process stops first, when its claim lapses: `OWED_CLAIM_HOLD`)."""
        share = await self.repos.outbox.get(post_id)
        if share is None:
            return
        claim = await self.repos.round.take_untold(post_id, tags)
        if not claim:  # told by another of her commands meanwhile
            return
        taken = claim.tags
        try:
            await interaction.followup.send(
                _step_out_notice(share.ref, count=len(taken)),
                view=view(DeleteShare.of(share.id, "Remove my share")),
                ephemeral=True,
                allowed_mentions=discord.AllowedMentions.none(),
            )
        except BaseException:
            # owed again (her next command); only its own claim: one taken since it lapsed holds
            await self.repos.round.untell(post_id, taken, claim.at)
            raise
        await self.repos.round.told(post_id, taken)

    async def tell_presenter(self, interaction: Interaction) -> None:
        """After the clicker's own answer elsewhere (her entries): the step-outs on any of her
        shares she was not told of, once (`_services.StepOuts`)."""
        if not reply_to_follow(interaction):
            return
        try:
            await self._give_owed(interaction)
        except Exception:
            # Her own request was answered: the notices wait, stored, for her next look.
            log.exception("could not give a presenter her step-out notices")

    async def _give_owed(self, interaction: Interaction) -> None:
        """Privately, after her own answer: the step-outs on any of her shares she was not
        told of, then each keep offer her closed DMs refused; each marked given only once
        its follow-up is sent."""
        untold = await self.repos.round.untold_of_presenter(interaction.user.id)
        for post_id, tags in untold.items():
            await self._give_notice(interaction, post_id, tags)
        await self._give_owed_keep_offers(interaction)
        await give_ended_notices(self.bot, interaction)

    @commands.Cog.listener()
    async def on_app_command_completion(
        self, interaction: Interaction, command: app_commands.Command[Any, ..., Any]
    ) -> None:
        """After any other command of hers answered with a message (/sparkle's notice,
        /export, /hours, /privacy ...; /entries gives them itself, a form opened has no reply
        to follow): each step-out notice and keep offer her closed DMs refused, once
        (`_give_owed`). With the database failing, one warning line: her command was answered
        (and a failure of its own is logged by it), so this adds no traceback to every one."""
        if command.qualified_name == "entries" or not reply_to_follow(interaction):
            return
        try:
            await self._give_owed(interaction)
        except Exception as error:
            # Her command was answered: what is owed waits, stored, for her next one.
            log.warning(
                "could not look for what is owed to user %s after /%s (%s); it waits",
                interaction.user.id,
                command.qualified_name,
                type(error).__name__,
            )

    async def _tell_untold(self, interaction: Interaction, post_id: int) -> None:
        """After the presenter's own answer, privately: the step-outs she was not told of,
        claimed before the reply and given back if it is not sent (`_give_notice`): a lost one
        comes with her next click.
        A form she opened has no reply to follow: she is told when she submits it."""
        if not reply_to_follow(interaction):
            return
        try:
            if not await self._is_presenter(post_id, interaction.user.id):
                return
            tags = await self.repos.round.untold(post_id)
            if tags:
                await self._give_notice(interaction, post_id, tags)
            await self._give_owed_keep_offers(interaction)
        except Exception:
            # Her own click was answered: this notice waits, stored, for her next one.
            log.exception("could not give the presenter of post %s her step-out notice", post_id)

    # -- the closing ------------------------------------------------------------------------

    async def on_closing(self, interaction: Interaction, button: Button[ClosingKey]) -> None:
        record = await self._round(interaction, button.key.post)
        if record is None:
            return
        if not await self._is_presenter(record.post_id, interaction.user.id):
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
        record = await self._round(interaction, sent.key.post, presenter=True)
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
        text = f"**What I'm taking away**\n{takeaway}\n\n**My next step**\n{step}"
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
        record = await self._round(interaction, button.key.post, presenter=True)
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
        thread, gone = await self._reach_thread(share)
        if thread is None:  # nothing is claimed: her closing stays as it is, unposted
            await tell_done(interaction, CLOSING_THREAD_GONE if gone else CLOSING_THREAD_AWAY)
            return
        claim = await self.repos.round.claim(closing.id, share.thread)
        if claim is None:
            await self._closing_claimed(interaction, record, closing)
            return
        claimed = closing.model_copy(update={"channel_id": share.thread})
        if not await self._send(thread, claimed, claim):
            rights = thread_rights_missing(thread)
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
            await self.refresh_post(record.post_id, interaction.message)
        except Exception as error:  # it is posted all the same: never "please try again"
            await report_failure(interaction, error, said=CLOSING_POSTED_ROUND_OPEN)
            return
        # Offered here too: the private message offering it may never have reached her.
        await said_then(
            tell_done(interaction, "Your closing is posted, and the round is closed. Thank you."),
            lambda: self._offer_keep(interaction, record),
        )

    async def closing_landed(self, post_id: int) -> None:
        """A round whose closing is posted, the write that closes it having failed after the
        post (`_services.RoundClosings`: the outbox's repair of the closing's record, or its
        start): it closes, as the presenter's click would have closed it, and its post says so."""
        if await self.repos.round.advance(post_id, Phase.CLOSING, Phase.CLOSED):
            await self.refresh_post(post_id)

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
            await self.refresh_post(record.post_id, interaction.message)
        await tell_done(
            interaction,
            "Your closing is posted already (it is posted only once), and the round is closed.",
        )

    # -- the key question, on the share's preview -------------------------------------------

    async def on_key_question(
        self, interaction: Interaction, button: Button[KeyQuestionKey]
    ) -> None:
        share = await self.repos.outbox.owned(button.key.post, interaction.user.id)
        if share is None:
            await not_available(interaction)
            return
        if share.state is not PostState.DRAFT:  # hers, posted or being posted: as every button
            await already_answered(interaction, share)
            return
        record = await self.repos.round.get(share.id)
        await interaction.response.send_modal(
            form(
                KeyQuestionFormKey(share.id),
                "Your key question",
                long_text(
                    "question",
                    "What would you like from the group?",
                    default=(record.key_question or "") if record else "",
                    limit=KEY_QUESTION_MAX,
                    hint="Shown on your share. Identifiers are replaced.",
                ),
            )
        )

    async def on_key_question_form(
        self, interaction: Interaction, sent: Submitted[KeyQuestionFormKey]
    ) -> None:
        typed = sent.typed("question")
        share = await self.repos.outbox.owned(sent.key.post, interaction.user.id)
        if share is None:
            await not_available(interaction)
            return
        if share.state is not PostState.DRAFT:  # hers, posted or deleted in another window
            await refused(
                interaction,
                "This preview is no longer a draft (it was posted or deleted in another "
                "window), so your key question was not added. Nothing changed.",
            )
            return
        if not typed:  # an earlier key question is kept, not wiped by invisible text
            await refused(interaction, KEY_QUESTION_SHOWS_NOTHING)
            return
        if len(typed) > KEY_QUESTION_MAX:  # a form only promises its limit
            await refused(interaction, KEY_QUESTION_TOO_LONG)  # with what was typed, given back
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        question = clip(await asyncio.to_thread(redact, typed), KEY_QUESTION_MAX)
        record = await self.repos.round.get(share.id)
        if record is not None and (record.key_question or "") == question:  # sent twice, say
            said = ALREADY_SAVED
        else:
            await self.repos.round.set_key_question(share.id, interaction.user.id, question)
            said = (
                "**Preview with your key question**, identifiers replaced. Nothing is posted "
                "until you choose."
            )
        embed = discord.Embed(title=share.title, description=share.text, colour=ACCENT)
        embed.add_field(name=KEY_QUESTION_LABEL, value=question or "-")
        earlier = await earlier_shares(
            self.repos, share.entry_id, interaction.user.id, share.guild_id
        )
        signer = await signer_in(interaction, share.guild_id)
        await reply_privately(
            interaction,
            said + signed_line(signer) + shared_before_line(earlier),
            embed=embed,
            view=preview_view(
                share.id,
                share.text,
                question or None,
                earlier,
                await consultation_channel(self.repos, share.guild_id),
                signer,
            ),
        )

    # -- the agreement ----------------------------------------------------------------------

    async def on_agreement_form(
        self, interaction: Interaction, sent: Submitted[AgreementFormKey]
    ) -> None:
        """/setup agreement's submit: admins of that server only, whatever the id says."""
        user = interaction.user
        if (
            interaction.guild_id != sent.key.guild
            or not isinstance(user, discord.Member)
            or not user.guild_permissions.manage_guild
        ):
            await not_available(interaction)
            return
        if len(sent.typed("agreement").replace("\x00", "")) > AGREEMENT_MAX:  # as kept
            await refused(interaction, AGREEMENT_TOO_LONG)  # with what was typed, given back
            return
        text = agreement_kept(sent.typed("agreement"))
        await interaction.response.defer(ephemeral=True, thinking=True)  # the write may wait
        embed = agreement_embed(text)
        if await self.repos.round.agreement(sent.key.guild) == text:  # a retry, say
            await tell_done(interaction, AGREEMENT_ALREADY, embed=embed)
            return
        # written with its audit record: a failure leaves neither, and a retry makes both
        await self.repos.round.set_agreement(sent.key.guild, text, audited_by=user.id)
        await tell_done(
            interaction,
            "Saved. Members accept this agreement (again, if it changed) before they next "
            "share or take part:",
            embed=embed,
        )

    async def on_agree(self, interaction: Interaction, button: Button[AgreeKey]) -> None:
        guild_id = button.key.guild
        # Answered first: from a DM, the server (on another process's shard, say) and her
        # membership are asked of Discord, and the write may wait.
        await interaction.response.defer(ephemeral=True, thinking=True)
        # in that server, or from a DM (sharing from there asks too) by one of its members
        if interaction.guild_id != guild_id and (
            interaction.guild_id is not None
            or (guild := await server(self.bot, guild_id)) is None
            or not await is_member(guild, interaction.user.id)
        ):
            await not_available(interaction)
            return
        text = await agreement_text(self.bot, guild_id)
        await self.repos.round.accept(guild_id, interaction.user.id, agreement_version(text))
        await tell_done(
            interaction, "Thank you: you have accepted the group agreement. Please try again."
        )


def _step_out_notice(ref: str, *, count: int = 1) -> str:
    """What the presenter is told of a step-out (or of `count` she was not told of yet)."""
    who = (
        "A member of your group may know the client"
        if count == 1
        else f"{count} members of your group may know the client"
    )
    did = "has" if count == 1 else "have"
    return (
        f"{who} in your share (ref {ref}) and {did} stepped out of the round. You may want "
        "to remove the share; it is deleted with its thread."
    )


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Round(bot))
