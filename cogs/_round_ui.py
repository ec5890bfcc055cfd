"""The round's pieces shown on a share: its keys, buttons, status embed and agreement gate.

Kept apart from `cogs/round.py` (the handlers) so that `/share` can put the round on its post
and its preview without importing another cog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import discord
from discord import ui

from bot.conversation.blank import shown_or_none
from bot.digest import texts_digest
from bot.inert import as_typed
from bot.limits import clip
from bot.round import DEFAULT_AGREEMENT, Phase, agreement_version, guidance, phase_title
from bot.round.agreement import AGREEMENT_MAX
from bot.round.models import RoundRecord
from cogs._interactions import (
    Button,
    Interaction,
    Key,
    button_type,
    form,
    long_text,
    refused,
    view,
)
from cogs._render import ACCENT

if TYPE_CHECKING:
    from bot.app import SparkleBot

KEY_QUESTION_MAX = 300
AFFIRMATION_MAX = 1500
CLOSING_PART_MAX = 1000
# Anonymizing can make a part longer ("@jo" becomes "[handle]"): each part is shown and posted
# cut to this, so that both with their headings fit the 3,000 characters a round post keeps.
CLOSING_SHOWN_MAX = 1450
# The limits the round's forms show, held on submit too (a tampered client is not held to
# them): a text over its limit is refused in words, with what was typed given back, rather
# than stored whole (a closing; the form, reopened, showed only its start) or cut silently.
KEY_QUESTION_TOO_LONG = (
    f"A key question can be at most {KEY_QUESTION_MAX:,} characters. Nothing changed: your "
    "preview is as it was."
)
# The form asks for one: only text that shows nothing (zero-width spaces, say) is empty.
KEY_QUESTION_SHOWS_NOTHING = (
    "Your key question shows nothing (only spaces or invisible characters), so it was not "
    "saved. Nothing changed: your preview is as it was."
)
AFFIRMATION_TOO_LONG = (
    f"An affirmation can be at most {AFFIRMATION_MAX:,} characters. Nothing changed: your "
    "affirmation is as it was."
)
CLOSING_TOO_LONG = (
    f"What you are taking away and your next step can each be at most {CLOSING_PART_MAX:,} "
    "characters. Nothing changed: your closing is as it was."
)
AGREEMENT_TOO_LONG = (
    f"The group agreement can be at most {AGREEMENT_MAX:,} characters. Nothing changed: the "
    "agreement members accept is as it was."
)


@dataclass(frozen=True)
class PostKey(Key):
    """A round control on one share: `post` is the share's outbox row."""

    prefix = "rnd"
    post: int


@dataclass(frozen=True)
class NextPhaseKey(PostKey):
    """Carries the phase it was shown in: a second click on the same button moves nothing."""

    prefix = "rndnext"
    phase: str


@dataclass(frozen=True)
class AffirmKey(PostKey):
    prefix = "rndaff"


@dataclass(frozen=True)
class WithdrawKey(PostKey):
    prefix = "rndwd"


@dataclass(frozen=True)
class StepOutKey(PostKey):
    prefix = "rndout"


@dataclass(frozen=True)
class ClosingKey(PostKey):
    prefix = "rndclose"


@dataclass(frozen=True)
class PostClosingKey(PostKey):
    prefix = "rndcpost"


@dataclass(frozen=True)
class PostShownClosingKey(PostKey):
    """ "Post my closing", with the digest of the closing its message showed
    (`closing_digest`): a click posts only the closing it showed."""

    prefix = "rndcpv"
    shown: int


@dataclass(frozen=True)
class RevealKey(PostKey):
    prefix = "rndrev"


@dataclass(frozen=True)
class KeepKey(PostKey):
    """The presenter's "keep them with my entry", offered privately after the reveal."""

    prefix = "rndkeep"


@dataclass(frozen=True)
class KeyQuestionKey(PostKey):
    prefix = "rndkq"


@dataclass(frozen=True)
class AffirmFormKey(PostKey):
    prefix = "rndaffm"


@dataclass(frozen=True)
class ClosingFormKey(PostKey):
    prefix = "rndclom"


@dataclass(frozen=True)
class KeyQuestionFormKey(PostKey):
    prefix = "rndkqm"


@dataclass(frozen=True)
class AgreementFormKey(Key):
    """The /setup agreement form of one server."""

    prefix = "rndagrm"
    guild: int


@dataclass(frozen=True)
class AgreeKey(Key):
    prefix = "rndagree"
    guild: int


NextPhaseButton = button_type(NextPhaseKey)
AffirmButton = button_type(AffirmKey)
WithdrawButton = button_type(WithdrawKey)
StepOutButton = button_type(StepOutKey)
ClosingButton = button_type(ClosingKey)
PostClosingButton = button_type(PostClosingKey)  # sent before it carried the closing shown
PostShownClosingButton = button_type(PostShownClosingKey)
RevealButton = button_type(RevealKey)
KeepButton = button_type(KeepKey)
KeyQuestionButton = button_type(KeyQuestionKey)
AgreeButton = button_type(AgreeKey)


def closing_digest(text: str) -> int:
    """A short number naming one exact closing as shown and posted."""
    return texts_digest({"closing": text})


def closing_view(post_id: int, text: str) -> ui.View:
    """The presenter's private closing preview's buttons: post exactly `text`, or edit it."""
    return view(
        PostShownClosingButton(
            PostShownClosingKey(post_id, closing_digest(text)),
            label="Post my closing",
            style=discord.ButtonStyle.primary,
        ),
        ClosingButton(ClosingKey(post_id), label="Edit"),
    )


def keep_button(post_id: int) -> Button[KeepKey]:
    return KeepButton(
        KeepKey(post_id), label="Keep them with my entry", style=discord.ButtonStyle.primary
    )


def key_question_button(post_id: int) -> Button[KeyQuestionKey]:
    return KeyQuestionButton(KeyQuestionKey(post_id), label="Add a key question")


def round_embed(
    record: RoundRecord, minutes: dict[str, int], *, with_question: bool = True
) -> discord.Embed:
    """The round's status under a share: key question, current phase and what to do in it.
    Without `with_question` (shown in the thread after a moderator deleted the share's post,
    which carried it), only the phase: nothing the moderator removed is posted again."""
    embed = discord.Embed(title="Consultation round", colour=ACCENT)
    question = shown_or_none(record.key_question) if with_question else None
    if question is not None:
        embed.add_field(
            name="What the presenter would like from the group",
            value=clip(question, 1024),
            inline=False,
        )
    suggested = minutes.get(record.phase.value)
    timing = f" (about {suggested} min)" if suggested else ""
    embed.add_field(
        name=f"Now: {phase_title(record.phase)}{timing}",
        value=guidance(record.phase, closing_posted=record.closing_posted),
        inline=False,
    )
    counts = round_counts(record)
    if counts is not None:
        embed.set_footer(text=counts)
    return embed


def round_counts(record: RoundRecord) -> str | None:
    """The round's counts as its post shows them (its status's footer), or None: none shown."""
    notes = []
    if record.phase is Phase.AFFIRMATIONS:
        notes.append(f"Affirmations written so far: {record.affirmations}")
    if record.stepouts:
        notes.append(f"Members who stepped out: {record.stepouts}")
    return " · ".join(notes) if notes else None


def shows_other_counts(embeds: Sequence[discord.Embed], record: RoundRecord) -> bool:
    """Whether a message with these `embeds`, showing the round (its status is the last),
    shows counts other than the round's: an update of it that Discord refused, or that
    failed, left it behind."""
    status = embeds[-1] if embeds else None
    if status is None or status.title != "Consultation round":
        return False
    return status.footer.text != round_counts(record)


NEXT_LABELS = {Phase.AFFIRMATIONS: "Reveal affirmations", Phase.CLOSING: "Close the round"}


def round_view(record: RoundRecord) -> ui.View:
    post = record.post_id
    items: list[ui.Item[Any]] = []
    if record.phase is Phase.AFFIRMATIONS:
        items.append(
            AffirmButton(
                AffirmKey(post), label="Add an affirmation", style=discord.ButtonStyle.primary
            )
        )
    if record.phase is Phase.CLOSING:
        items.append(
            ClosingButton(
                ClosingKey(post), label="Write my closing", style=discord.ButtonStyle.primary
            )
        )
    if record.phase is not Phase.CLOSED:
        label = NEXT_LABELS.get(record.phase, "Next phase")
        items.append(NextPhaseButton(NextPhaseKey(post, record.phase.value), label=label))
    items.append(StepOutButton(StepOutKey(post), label="I may know this client"))
    return view(*items)


def agreement_form(guild_id: int, current: str) -> ui.Modal:
    """The form /setup agreement opens: the server's agreement, pre-filled, to edit."""
    return form(
        AgreementFormKey(guild_id),
        "The group agreement",
        long_text(
            "agreement",
            "Agreement",
            limit=AGREEMENT_MAX,
            default=current,
            hint="Members accept it once before they share or take part. Empty: default.",
            required=False,
        ),
    )


def minutes_text(minutes: dict[str, int]) -> str:
    """The suggested minutes per phase, as /setup round shows them."""
    shown = [
        f"{phase_title(p)}: {minutes[p.value]} min"
        if minutes.get(p.value)
        else f"{phase_title(p)}: no suggestion"
        for p in (Phase.CLARIFYING, Phase.AFFIRMATIONS, Phase.REFLECTIONS, Phase.CLOSING)
    ]
    return "\n".join(shown)


def agreement_embed(text: str | None) -> discord.Embed:
    """The group agreement as members see it: the shipped default with its own emphasis, or
    the wording a server's admins typed shown inert, exactly as typed (a masked link, a
    heading or a mention in it is no live link, heading or mention of the bot's message)."""
    shown = DEFAULT_AGREEMENT if not text or text == DEFAULT_AGREEMENT else as_typed(text)
    return discord.Embed(title="Our group agreement", description=shown, colour=ACCENT)


async def agreement_text(bot: SparkleBot, guild_id: int) -> str:
    return await bot.repos.round.agreement(guild_id) or DEFAULT_AGREEMENT


async def needs_agreement(interaction: Interaction, guild_id: int) -> bool:
    """Ask the member to accept the server's agreement first; True when it was asked."""
    bot = interaction.client
    text = await agreement_text(bot, guild_id)
    if await bot.repos.round.accepted(guild_id, interaction.user.id, agreement_version(text)):
        return False
    embed = agreement_embed(text)
    message = (
        "Before you share or take part in a round, please read and accept the group "
        "agreement. You accept it once; then try again."
    )
    agree = view(
        AgreeButton(AgreeKey(guild_id), label="I accept", style=discord.ButtonStyle.primary)
    )
    # A form sent meanwhile (an affirmation, after the agreement changed) gets its text back.
    await refused(interaction, message, embed=embed, view=agree)
    return True
