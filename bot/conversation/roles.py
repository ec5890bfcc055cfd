"""The vocabulary the engine understands: script kinds, question roles and what answers feed.

Code never names a question id: it asks a script for "the answers with role X". A script file
may rename, reword or reorder its questions freely as long as each keeps its role. This module
is the only place where these names are spelled out (tests/unit/test_no_question_ids.py).
"""

from __future__ import annotations

from enum import StrEnum


class ScriptKind(StrEnum):
    """The conversations the bot offers; a script's id is its kind."""

    SPARKLE = "sparkle"
    EXCEPTION = "exception"


class Role(StrEnum):
    """What a question means to the code that reads its answer."""

    # The sparkling-moment reflection.
    MOMENT = "moment"
    SIGNS = "signs"
    DOING = "doing"
    SAYING = "saying"
    EXPERIENCING = "experiencing"
    HOW = "how"
    SCALE = "scale"
    NEXT_STEP = "next_step"
    # Either script.
    NOTICED = "noticed"
    # Optional, on a first page: how the author's last next step went. Shown only when there
    # is an earlier complete entry with a next step (bot/conversation/followup.py).
    STEP_REVIEW = "step_review"
    # The client-exception debrief.
    AREA = "area"
    AREA_OTHER = "area_other"
    PROBLEM = "problem"
    GOAL = "goal"
    EXCEPTION = "exception"
    DIFFERENT = "different"
    CLIENT_SKILLS = "client_skills"
    SESSION_WITH = "session_with"
    QUESTIONS = "questions"
    RESPONSE = "response"
    PLAN = "plan"
    COUNT = "count"


class Theme(StrEnum):
    """Which recurring-theme lexicon of the weekly summary an answer is read with."""

    PRACTITIONER = "practitioner"
    CLIENT = "client"


# The debrief's free-text answers, in the order a note reads them.
DEBRIEF_TEXT_ROLES: tuple[Role, ...] = (
    Role.PROBLEM,
    Role.GOAL,
    Role.EXCEPTION,
    Role.DIFFERENT,
    Role.NOTICED,
    Role.CLIENT_SKILLS,
    Role.QUESTIONS,
    Role.RESPONSE,
    Role.PLAN,
)

# Roles every script of a kind must have, because code depends on them.
REQUIRED_ROLES: dict[ScriptKind, frozenset[Role]] = {
    ScriptKind.SPARKLE: frozenset({Role.MOMENT, Role.DOING, Role.SCALE, Role.NEXT_STEP}),
    ScriptKind.EXCEPTION: frozenset(
        {Role.AREA, Role.AREA_OTHER, Role.SESSION_WITH, Role.COUNT, *DEBRIEF_TEXT_ROLES}
    ),
}
