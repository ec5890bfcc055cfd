"""What the note templates know about the debrief's answers: labels and gap wording."""

from __future__ import annotations

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

# What a "[clinician to complete: …]" gap says is missing, by answer id. "presentation" is
# never asked in the debrief, so it is always a gap.
MISSING: dict[str, str] = {
    "area": "area of concern",
    "area_other": "the specific area of concern",
    "problem": "the problem in the client's words",
    "goal": "the treatment goal this links to",
    "exception": "when the problem was less intense, shorter or absent",
    "different": "what was different at that time",
    "noticed": "who noticed, if anyone",
    "client_did": "what the client did that helped",
    "questions_used": "the exceptions-finding questions asked",
    "response": "client's response in session",
    "next_step": "next step or plan",
    "count": "number of exceptions identified",
    "presentation": "observed presentation and affect",
}

# Free-text answers: redacted, then escaped, wherever a template shows them.
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


def gap(what: str) -> str:
    """The marker for something the clinician still has to write, by MISSING key."""
    return f"[clinician to complete: {MISSING[what]}]"
