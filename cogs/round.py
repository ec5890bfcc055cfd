"""The consultation round on a share: phases, affirmations revealed together, the closing,
stepping out, and the group agreement every member accepts once.

The cog is the glue: `/round controls`, which handler answers which button or form, and what
is owed to a presenter after her other commands. Each part lives in its own module:
`_round_core` (who may do what; the round shown on its post), `_round_thread_posts` (posts in
its thread, the reveal), `_round_phases`, `_round_affirmations` (and stepping out),
`_round_closing`, `_round_presenter_notices` (step-out notices, keep offers),
`_round_key_question` and `_round_agreement`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.round import Phase
from cogs import _services
from cogs._interactions import BoundCog, Handler, Interaction, reply_to_follow, tell_done
from cogs._round_affirmations import Affirmations
from cogs._round_agreement import AgreementForms
from cogs._round_closing import CLOSING_TOO_LATE, ClosingFlow
from cogs._round_core import NOT_MOVER, RoundCore
from cogs._round_key_question import KeyQuestion
from cogs._round_phases import RoundPhases
from cogs._round_presenter_notices import PresenterNotices
from cogs._round_shown import RoundShown, jump_url, thread_rights_missing
from cogs._round_thread_posts import ThreadPosts
from cogs._round_threads_gone import ThreadsGone
from cogs._round_ui import (
    AffirmButton,
    AffirmFormKey,
    AgreeButton,
    AgreementFormKey,
    ClosingButton,
    ClosingFormKey,
    KeepButton,
    KeyQuestionButton,
    KeyQuestionFormKey,
    NextPhaseButton,
    PostClosingButton,
    PostShownClosingButton,
    RevealButton,
    StepOutButton,
    WithdrawButton,
)
from cogs.summary import FACILITATOR_ROLE_DELETED, facilitator_role_deleted

if TYPE_CHECKING:
    from bot.app import SparkleBot

log = logging.getLogger(__name__)
# What a refused Next phase and a closing saved too late say, named where they were.
__all__ = ["CLOSING_TOO_LATE", "NOT_MOVER", "Round", "setup"]

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

    def __init__(self, bot: SparkleBot) -> None:
        super().__init__(bot)
        self.core = RoundCore(bot)
        self.posts = ThreadPosts(bot)
        self.notices = PresenterNotices(bot, self.core)
        self.phases = RoundPhases(bot, self.core, self.posts, self.notices)
        self.affirmations = Affirmations(bot, self.core, self.notices)
        self.closing = ClosingFlow(bot, self.core, self.posts, self.notices)
        self.key_question = KeyQuestion(bot)
        self.agreement = AgreementForms(bot)
        self.threads_gone = ThreadsGone(bot)

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
        record = await self.core.round_for(interaction, post_id)
        if record is None:
            return
        if not await self.core.may_move(interaction, record):
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
        phases, affirmations, closing = self.phases, self.affirmations, self.closing
        own: dict[type, Handler] = {
            NextPhaseButton: phases.on_next,
            RevealButton: phases.on_reveal,
            KeepButton: self.notices.on_keep,
            AffirmButton: affirmations.on_affirm,
            WithdrawButton: affirmations.on_withdraw,
            StepOutButton: affirmations.on_step_out,
            ClosingButton: closing.on_closing,
            PostClosingButton: closing.on_post_closing,
            PostShownClosingButton: closing.on_post_closing,
            KeyQuestionButton: self.key_question.on_key_question,
            AgreeButton: self.agreement.on_agree,
            AffirmFormKey: affirmations.on_affirm_form,
            ClosingFormKey: closing.on_closing_form,
            KeyQuestionFormKey: self.key_question.on_key_question_form,
            AgreementFormKey: self.agreement.on_agreement_form,
        }
        return {kind: self._then_tell(handler) for kind, handler in own.items()}

    def _then_tell(self, handler: Handler) -> Handler:
        """The handler, then, if the clicker is the round's presenter, the step-out notices
        that never reached her (her DMs closed, or a restart before the message)."""

        async def run(interaction: Interaction, source: Any) -> None:
            await handler(interaction, source)
            post_id = getattr(source.key, "post", None)
            if isinstance(post_id, int):
                await self.notices.tell_untold(interaction, post_id)

        return run

    async def reveal(self, post_id: int) -> int:
        """Post every affirmation not yet posted, in a random order; returns how many are left
        (not counting those another reveal is posting right now)."""
        return await self.posts.reveal(post_id)

    async def closing_landed(self, post_id: int) -> None:
        """A closing found posted after its send: its round closes (`_services.RoundClosings`)."""
        await self.closing.closing_landed(post_id)

    # -- what is owed to a presenter, after her other commands ----------------------------------

    async def tell_presenter(self, interaction: Interaction) -> None:
        """After the clicker's own answer elsewhere (her entries): the step-outs on any of her
        shares she was not told of, once (`_services.StepOuts`)."""
        if not reply_to_follow(interaction):
            return
        try:
            await self.notices.give_owed(interaction)
        except Exception:
            # Her own request was answered: the notices wait, stored, for her next look.
            log.exception("could not give a presenter her step-out notices")

    @commands.Cog.listener()
    async def on_raw_thread_delete(self, payload: discord.RawThreadDeleteEvent) -> None:
        """A thread deleted on Discord: a round's, its posts' rows no longer name it."""
        try:
            await self.threads_gone.deleted(payload.thread_id)
        except Exception as error:  # the next start looks for it again
            log.warning("could not note thread %s deleted (%r)", payload.thread_id, error)

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        """Round threads deleted while the bot was down, noticed once per start."""
        try:
            await self.threads_gone.reconcile()
        except Exception as error:  # the next start looks again
            self.threads_gone.reconciled = False
            log.warning("could not look for deleted round threads (%r)", error)

    @commands.Cog.listener()
    async def on_app_command_completion(
        self, interaction: Interaction, command: app_commands.Command[Any, ..., Any]
    ) -> None:
        """After any other command of hers answered with a message (/sparkle's notice,
        /export, /hours, /privacy ...; /entries gives them itself, a form opened has no reply
        to follow): each step-out notice and keep offer her closed DMs refused, once
        (`PresenterNotices.give_owed`). With the database failing, one warning line: her
        command was answered (and a failure of its own is logged by it), so this adds no
        traceback to every one."""
        if command.qualified_name == "entries" or not reply_to_follow(interaction):
            return
        try:
            await self.notices.give_owed(interaction)
        except Exception as error:
            # Her command was answered: what is owed waits, stored, for her next one.
            log.warning(
                "could not look for what is owed to user %s after /%s (%s); it waits",
                interaction.user.id,
                command.qualified_name,
                type(error).__name__,
            )


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Round(bot))
