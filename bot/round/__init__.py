"""The consultation round: phases, the affirmations' reveal order, the group agreement."""

from bot.round.agreement import DEFAULT_AGREEMENT, agreement_version
from bot.round.phases import Phase, guidance, next_phase, phase_title
from bot.round.reveal import reveal_order

__all__ = [
    "DEFAULT_AGREEMENT",
    "Phase",
    "agreement_version",
    "guidance",
    "next_phase",
    "phase_title",
    "reveal_order",
]
