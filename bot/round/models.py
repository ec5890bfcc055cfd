"""What the round's repository hands back: plain records, decrypted where their reader may."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import Enum

from pydantic import BaseModel, ConfigDict

from bot.round.phases import Phase

# What the round owes a presenter (a step-out notice, a keep offer) is claimed before it is
# sent, so that two of her commands at once give it once. A claim older than this counts as not
# taken: the process that made it stopped before its send (a crash, a restart) and never gave
# it back, so it comes with her next command. A send that worked marks it done for good.
OWED_CLAIM_HOLD = timedelta(minutes=5)


class OwedClaim(BaseModel):
    """Step-out notices one caller claimed for its notice (`RoundRepository.take_untold`):
    their tags and the claim's moment, which giving them back must match (a send slower than
    `OWED_CLAIM_HOLD` must not give back the claim another command made after it lapsed)."""

    model_config = ConfigDict(frozen=True)

    at: datetime
    tags: list[bytes]


class RoundRecord(BaseModel):
    model_config = ConfigDict(frozen=True)

    post_id: int
    guild_id: int
    entry_id: int | None
    phase: Phase
    key_question: str | None
    phase_since: datetime
    stepouts: int = 0
    affirmations: int = 0  # written and not withdrawn: a count, never who or what
    has_closing: bool = False  # the presenter saved a closing (posted or not)
    closing_posted: bool = False  # and it is in the thread
    keep_offer_owed: bool = False  # her DMs refused the offer to keep the affirmations
    # the message in its thread that shows the round, when the share's post no longer does
    controls_channel_id: int | None = None
    controls_message_id: int | None = None


class Closing(BaseModel):
    model_config = ConfigDict(frozen=True)

    takeaway: str
    next_step: str


class KeptAffirmation(BaseModel):
    """One revealed affirmation as it was posted: its title ("Affirmation", or with the
    writer's name if they chose it) and its anonymized text. `writer` is its writer's tag (hex,
    as her posts are tagged; "" in copies kept before it was recorded), sealed with it, so
    that her erasure finds it in the presenter's copy; it is never shown."""

    model_config = ConfigDict(frozen=True)

    title: str
    text: str
    writer: str = ""


class NotSaved(Enum):
    """Why an affirmation was not saved (nothing of it was stored)."""

    PHASE_OVER = "phase over"  # the affirmations phase ended, or hers is being revealed
    STEPPED_OUT = "stepped out"  # she stepped out of the round ("I may know this client")
    SHARE_GONE = "share gone"  # the presenter withdrew the share (or erased her data)
