"""What the presenter is told privately about her round: a member's step-out (naming nobody),
the offer to keep the revealed affirmations, and those of them her closed DMs refused,
given after her next command or click; and her Keep click."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord

from bot.round.models import RoundRecord
from bot.tree import report_failure
from bot.wording import be, counted
from cogs._interactions import Button, Interaction, not_available, reply_to_follow, tell_done, view
from cogs._round_core import RoundCore
from cogs._round_shown import give_ended_notices
from cogs._round_ui import KeepKey, keep_button
from cogs.sharing import DeleteShare

if TYPE_CHECKING:
    from bot.app import SparkleBot

log = logging.getLogger(__name__)

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


class PresenterNotices:
    """Step-out notices and keep offers, each given once, and the Keep button."""

    def __init__(self, bot: SparkleBot, core: RoundCore) -> None:
        self.bot = bot
        self.repos = bot.repos
        self.core = core

    async def offer_keep(self, interaction: Interaction, record: RoundRecord) -> None:
        """Once every affirmation is posted, offer the presenter (only) to keep them: in
        this private reply if they clicked (a reveal, or their closing), else in a private
        message. The offer is stored as owed, claimed for that message, until it is sent: a
        command of hers meanwhile does not offer it too; if her DMs are closed it is given
        back, and if the bot stops first its claim lapses (`OWED_CLAIM_HOLD`): then it is given
        with her next command or click on the round (`give_owed_keep_offers`)."""
        if not await self.repos.round.keepable(record.post_id):
            return
        if await self.core.is_presenter(record.post_id, interaction.user.id):
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

    async def give_owed_keep_offers(self, interaction: Interaction) -> None:
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
                if await self.repos.round.keepable(post_id) and await self.core.is_presenter(
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
            if not await self.core.is_presenter(post_id, interaction.user.id):
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

    async def tell_of_step_out(self, record: RoundRecord, member_id: int) -> None:
        """A private message to the presenter, naming nobody, with one click to remove it.
        The step-out is claimed first, so that a command of hers at that moment does not tell
        her too, and marked told once the message is sent; given back when it is not: if her
        DMs are closed, she is told at her next click on the round (`tell_untold`) or command
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

    async def give_owed(self, interaction: Interaction) -> None:
        """Privately, after her own answer: the step-outs on any of her shares she was not
        told of, then each keep offer her closed DMs refused; each marked given only once
        its follow-up is sent."""
        untold = await self.repos.round.untold_of_presenter(interaction.user.id)
        for post_id, tags in untold.items():
            await self._give_notice(interaction, post_id, tags)
        await self.give_owed_keep_offers(interaction)
        await give_ended_notices(self.bot, interaction)

    async def tell_untold(self, interaction: Interaction, post_id: int) -> None:
        """After the presenter's own answer, privately: the step-outs she was not told of,
        claimed before the reply and given back if it is not sent (`_give_notice`): a lost one
        comes with her next click.
        A form she opened has no reply to follow: she is told when she submits it."""
        if not reply_to_follow(interaction):
            return
        try:
            if not await self.core.is_presenter(post_id, interaction.user.id):
                return
            tags = await self.repos.round.untold(post_id)
            if tags:
                await self._give_notice(interaction, post_id, tags)
            await self.give_owed_keep_offers(interaction)
        except Exception:
            # Her own click was answered: this notice waits, stored, for her next one.
            log.exception("could not give the presenter of post %s her step-out notice", post_id)
