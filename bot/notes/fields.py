"""What the note templates know about the debrief's answers: labels, roles and gap wording."""

from __future__ import annotations

import re

# Area-of-concern choice values (see scripts/exception.toml), as written inside a note.
AREA_LABELS: dict[str, str] = {
    "anxiety": "anxiety",
    "low_mood": "low mood / depression",
    "relationship": "relationship conflict",
    "substance_use": "substance use",
    "grief": "grief and loss",
    "trauma": "trauma",
    "other": "other",
}

# Who was in the session (the "present" choice) -> how the note names them.
DESIGNATIONS: dict[str, str] = {
    "individual": "the client",
    "couple": "the couple",
    "family": "the family",
    "group": "the clients",
}
DEFAULT_DESIGNATION = DESIGNATIONS["individual"]

# What a "[clinician to complete: …]" gap says is missing, by answer id. "presentation",
# "progress" and "risk" are never asked in the debrief, so they are always gaps.
MISSING: dict[str, str] = {
    "area": "area of concern",
    "area_other": "the specific area of concern",
    "present": "who attended (individual, couple, family or group)",
    "problem": "the problem, in the client's words or your summary",
    "goal": "the treatment goal this links to",
    "exception": "the exception the client identified",
    "different": "what was different at that time",
    "noticed": "who noticed, if anyone",
    "client_did": "what the client did that helped",
    "questions_used": "the exceptions-finding questions asked",
    "response": "client's response in session",
    "next_step": "next step or plan",
    "count": "number of exceptions identified",
    "presentation": "observed presentation and affect",
    "progress": "impression of progress toward the goal",
    "risk": "risk and safety screening",
}

# Free-text answers: redacted, then escaped, wherever a note shows them.
TEXT_FIELDS = (
    "problem",
    "goal",
    "exception",
    "different",
    "noticed",
    "client_did",
    "questions_used",
    "response",
    "next_step",
)

# A role-like reading of each free-text answer until the scripts declare roles themselves.
# The note speaks in the third person, so a first-person answer becomes a gap, except the
# problem, which in the first person is the client's own words and is quoted as such.
THIRD_PERSON_FIELDS = frozenset(TEXT_FIELDS) - {"problem"}
DESCRIBED_FIELDS = frozenset(TEXT_FIELDS) - {"noticed"}
# Answers checked for overstatement. The problem is left alone: it is meant to be absolute.
PROGRESS_FIELDS = frozenset(TEXT_FIELDS) - {"problem", "goal", "questions_used"}
# Answers whose mention of safety makes the risk line necessary rather than optional.
RISK_WORDS = re.compile(
    r"\b(?:safety|risk\w*|suicid\w*|self[- ]?harm\w*|harm\w*|crisis|overdos\w*)\b", re.IGNORECASE
)


def gap(what: str, typed: str = "", hint: str = "") -> str:
    """The marker for something the clinician still has to write, by MISSING key.

    `typed` (already made safe for the output) is what the debrief held, shown so nothing
    the clinician wrote is hidden; `hint` says what the note needs instead.
    """
    shown = f"; the debrief says “{typed}”" if typed else ""
    more = f"; {hint}" if hint else ""
    return f"[clinician to complete: {MISSING[what]}{shown}{more}]"


def check(what: str) -> str:
    """The marker for something written in the note that the clinician should verify."""
    return f"[clinician to check: {what}]"
