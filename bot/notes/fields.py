"""What the note templates know about the debrief's answers: roles, designations and gaps.

The debrief script says what each answer means (its role) and how a gap for it is worded
(`feeds.note`); this module adds only what the debrief never asks.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from bot.conversation.roles import DEBRIEF_TEXT_ROLES, Role, ScriptKind
from bot.conversation.script import Script, get_script

# Who was in the session (the session_with choice value) -> how the note names them.
DESIGNATIONS: dict[str, str] = {
    "individual": "the client",
    "couple": "the couple",
    "family": "the family",
    "group": "the clients",
}
DEFAULT_DESIGNATION = DESIGNATIONS["individual"]

# Gaps for what the debrief never asks; every other gap is worded by the script.
MISSING: dict[str, str] = {
    "presentation": "observed presentation and affect",
    "progress": "impression of progress toward the goal",
    "risk": "risk and safety screening",
}

# Free-text answers: redacted, then escaped, wherever a note shows them.
TEXT_ROLES = DEBRIEF_TEXT_ROLES

# The note speaks in the third person, so a first-person answer becomes a gap, except the
# problem, which in the first person is the client's own words and is quoted as such.
THIRD_PERSON_ROLES = frozenset(TEXT_ROLES) - {Role.PROBLEM}
DESCRIBED_ROLES = frozenset(TEXT_ROLES) - {Role.NOTICED}
# Answers checked for overstatement. The problem is left alone: it is meant to be absolute.
PROGRESS_ROLES = frozenset(TEXT_ROLES) - {Role.PROBLEM, Role.GOAL, Role.QUESTIONS}
# Answers whose mention of safety makes the risk line necessary rather than optional.
RISK_WORDS = re.compile(
    r"\b(?:safety|risk\w*|suicid\w*|self[- ]?harm\w*|harm\w*|crisis|overdos\w*)\b", re.IGNORECASE
)


def gap_wording(script: Script) -> dict[str, str]:
    """What each gap says is missing: by role from the script, plus the never-asked parts."""
    asked = {q.role.value: q.feeds.note for q in script.questions() if q.feeds.note}
    return asked | MISSING


@cache
def _default_wording() -> Mapping[str, str]:
    return gap_wording(get_script(ScriptKind.EXCEPTION))


def gap(
    what: str, typed: str = "", hint: str = "", *, wording: Mapping[str, str] | None = None
) -> str:
    """The marker for something the clinician still has to write, by role (or MISSING key).

    `typed` (already made safe for the output) is what the debrief held, shown so nothing
    the clinician wrote is hidden; `hint` says what the note needs instead. `wording` comes
    from the entry's script (`gap_wording`); the shipped debrief's by default.
    """
    missing = (wording or _default_wording()).get(what) or what.replace("_", " ")
    shown = f"; the debrief says “{typed}”" if typed else ""
    more = f"; {hint}" if hint else ""
    return f"[clinician to complete: {missing}{shown}{more}]"


def check(what: str) -> str:
    """The marker for something written in the note that the clinician should verify."""
    return f"[clinician to check: {what}]"
