"""The phases of a solution-focused reflecting-team round, in order, and what to do in each."""

from __future__ import annotations

from enum import StrEnum


class Phase(StrEnum):
    CLARIFYING = "clarifying"
    AFFIRMATIONS = "affirmations"
    REFLECTIONS = "reflections"
    CLOSING = "closing"
    CLOSED = "closed"


ORDER = (Phase.CLARIFYING, Phase.AFFIRMATIONS, Phase.REFLECTIONS, Phase.CLOSING, Phase.CLOSED)
# The closing ends with the presenter's closing, or without one when the presenter or a
# facilitator closes the round (the presenter may have left the server: only she writes it).
MOVABLE = ORDER[:-1]

_TITLES = {
    Phase.CLARIFYING: "Clarifying questions",
    Phase.AFFIRMATIONS: "Affirmations",
    Phase.REFLECTIONS: "Reflections",
    Phase.CLOSING: "Closing",
    Phase.CLOSED: "Round closed",
}
_GUIDANCE = {
    Phase.CLARIFYING: (
        "Ask short questions in the thread that help you understand what the presenter wants "
        "from the group. Save ideas and advice for later."
    ),
    Phase.AFFIRMATIONS: (
        "Choose **Add an affirmation** and write, privately, what the presenter is already "
        "doing well. Nobody sees any affirmation until this phase ends; then all are posted "
        "together, anonymously unless you chose your name."
    ),
    Phase.REFLECTIONS: (
        "Offer reflections in the thread: what you noticed, what might be useful next, in a "
        "tentative and curious voice."
    ),
    Phase.CLOSING: (
        "The presenter chooses **Write my closing**: what they are taking away and one next "
        "step. If the presenter cannot (they left the server, say), a facilitator can close the "
        "round without a closing with **Close the round**."
    ),
    Phase.CLOSED: "Thank you all. The presenter's closing is in the thread.",
}


def phase_title(phase: Phase) -> str:
    return _TITLES[phase]


CLOSED_WITHOUT_CLOSING = "Thank you all. The round was closed without a closing."


def guidance(phase: Phase, *, closing_posted: bool = True) -> str:
    """What to do in the phase; a closed round says whether the presenter's closing is there."""
    if phase is Phase.CLOSED and not closing_posted:
        return CLOSED_WITHOUT_CLOSING
    return _GUIDANCE[phase]


def next_phase(phase: Phase) -> Phase | None:
    """The phase a "Next phase" (or "Close the round") click moves to; None once closed."""
    if phase not in MOVABLE:
        return None
    return ORDER[ORDER.index(phase) + 1]
