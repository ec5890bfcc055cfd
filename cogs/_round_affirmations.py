"""A member's part in a round: her affirmation (written privately, edited or withdrawn until
the reveal) and "I may know this client", which steps her out and withdraws it."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

import discord
from discord import ui

from bot.inert import as_typed
from bot.limits import clip
from bot.privacy import redact
from bot.round import Phase
from bot.round.models import NotSaved
from cogs._interactions import (
    Button,
    Interaction,
    Submitted,
    form,
    long_text,
    refused,
    reply_privately,
    said_then,
    tell_done,
    view,
)
from cogs._render import ACCENT
from cogs._round_core import RoundCore
from cogs._round_presenter_notices import PresenterNotices
from cogs._round_ui import (
    AFFIRMATION_MAX,
    AFFIRMATION_TOO_LONG,
    AffirmButton,
    AffirmFormKey,
    AffirmKey,
    StepOutKey,
    WithdrawButton,
    WithdrawKey,
    needs_agreement,
)
from cogs.sharing import name_shown

if TYPE_CHECKING:
    from bot.app import SparkleBot


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
SHARE_WITHDRAWN = (
    "The presenter has withdrawn this share, so its round has ended: your affirmation was not "
    "kept and will never be posted."
)
ERASED_WITH_SHARE = (
    "The presenter withdrew this share just as your affirmation was saved, so its round has "
    "ended: your affirmation was erased with it and will never be posted."
)


class Affirmations:
    """Add an affirmation, its form, Withdraw, and stepping out."""

    def __init__(self, bot: SparkleBot, core: RoundCore, notices: PresenterNotices) -> None:
        self.bot = bot
        self.repos = bot.repos
        self.core = core
        self.notices = notices

    async def on_affirm(self, interaction: Interaction, button: Button[AffirmKey] | Any) -> None:
        record = await self.core.round_for(interaction, button.key.post)
        if record is None:
            return
        if record.phase is not Phase.AFFIRMATIONS:
            await interaction.response.send_message(
                "Affirmations are written during the Affirmations phase only.", ephemeral=True
            )
            return
        if await self.core.withdrawn(record.post_id):  # its post waits to be deleted
            await interaction.response.send_message(SHARE_WITHDRAWN, ephemeral=True)
            return
        if await self.core.is_presenter(record.post_id, interaction.user.id):
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
        await self.core.catch_up(record, interaction.message)

    async def on_affirm_form(
        self, interaction: Interaction, sent: Submitted[AffirmFormKey]
    ) -> None:
        typed = sent.typed("text")
        if not typed:
            await interaction.response.send_message(
                "An empty affirmation was not saved.", ephemeral=True
            )
            return
        record = await self.core.round_for(interaction, sent.key.post, presenter=False)
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
        if saved is NotSaved.SHARE_GONE:  # withdrawn meanwhile: nothing of hers is stored
            await refused(interaction, SHARE_WITHDRAWN)  # what was typed goes back with it
            return
        if saved is NotSaved.STEPPED_OUT:  # she stepped out meanwhile: that one won
            await refused(interaction, STEPPED_OUT)  # what was typed goes back with it
            return
        if saved is NotSaved.PHASE_OVER:
            await refused(interaction, "The affirmations phase has ended, so yours was not saved.")
            return
        if await self.core.withdrawn(record.post_id):  # erased with it, right after the save
            await refused(interaction, ERASED_WITH_SHARE)  # what was typed goes back with it
            return
        note = await self.core.told_behind(
            record.post_id, interaction.message, "has your affirmation"
        )
        embed = discord.Embed(title=title, description=text, colour=ACCENT)
        await reply_privately(
            interaction,
            "Saved. Nobody sees it until the phase ends; then it is posted exactly like this, "
            "with the others, in a random order." + note,
            embed=embed,
            view=view(
                AffirmButton(AffirmKey(record.post_id), label="Edit"),
                WithdrawButton(WithdrawKey(record.post_id), label="Withdraw"),
            ),
        )

    async def on_withdraw(self, interaction: Interaction, button: Button[WithdrawKey]) -> None:
        record = await self.core.round_for(interaction, button.key.post)
        if record is None:
            return
        await interaction.response.defer(ephemeral=True, thinking=True)  # the write may wait
        if await self.repos.round.withdraw(record.post_id, interaction.user.id):
            note = await self.core.told_behind(
                record.post_id, interaction.message, "has withdrawn your affirmation"
            )
            await tell_done(interaction, "Withdrawn: your affirmation will never be posted." + note)
            return
        await tell_done(
            interaction,
            "There is no affirmation of yours to withdraw: it was revealed already, or withdrawn.",
        )

    async def on_step_out(self, interaction: Interaction, button: Button[StepOutKey]) -> None:
        record = await self.core.round_for(interaction, button.key.post)
        if record is None:
            return
        if await self.core.is_presenter(record.post_id, interaction.user.id):
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
            await self.core.catch_up(record, interaction.message)
            return
        # The round's post up to date (or, when that fails, at the round's next click: her
        # step-out is done either way), and she is told if it is not, and why.
        note = await self.core.told_behind(record.post_id, interaction.message, "counts you out")
        # Discord may lose her answer, not her step-out: the presenter hears of it all the same
        await said_then(
            tell_done(interaction, STEP_OUT_GUIDANCE + withdrawal + note),
            lambda: self.notices.tell_of_step_out(record, interaction.user.id),
        )
