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
MOVABLE = ORDER[:-2]  # the closing ends only with the presenter's closing (or a facilitator)

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
        "The presenter chooses **Write my closing**: what they are taking away and one next step."
    ),
    Phase.CLOSED: "Thank you all. The presenter's closing is in the thread.",
}


def phase_title(phase: Phase) -> str:
    return _TITLES[phase]


def guidance(phase: Phase) -> str:
    return _GUIDANCE[phase]


def next_phase(phase: Phase) -> Phase | None:
    """The phase a "Next phase" click moves to; None from the closing or a closed round."""
    if phase not in MOVABLE:
        return None
    return ORDER[ORDER.index(phase) + 1]
