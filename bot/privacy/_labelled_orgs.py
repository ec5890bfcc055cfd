"""Organisations given as the answer to a field of a note: "Employer: Shoprite Checkers.",
"Workplace: Blue Harbour Logistics", "Team: Northside Hawks", "GP practice: Ashfield Surgery".

A field's label says what its answer is, as "works at" does in a sentence. After a label of
work ("Employer:", "Company:", "Workplace:") the answer names where the client works, a shop
or brand too ("Employer: Tesco"). After a label of a body ("Team:", "Club:", "GP:", "GP
practice:") an answer in capitals names that body ("Practice:" alone gives homework). After
"Work:", "Job:" or "Occupation:", which are mostly answered with a job title ("Job: Staff
Nurse"), only a shop or a word in no list is taken ("Work: Maybank (teller)").

Kept: an answer that says there is none or gives a kind, not a name ("Employer: none",
"self-employed", "Retired", "Team: Football", "GP practice: Community Health"), and an
answer that is a sentence (more than five words).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ._field_starts import fields
from ._vocab import GENERIC_ORG_WORDS, ORG_SUFFIXES

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

_EMPLOYER = "employer|current employer|company|workplace|work place|place of work|works at"
_BODY = "team|sports team|club|sports club|gp|gp practice|gp surgery"
_JOB = "work|job|occupation"
_FIELD = re.compile(
    rf"(?:^|(?<=[.;,!?|•*\-]\s))[ \t]*(?P<label>{_EMPLOYER}|{_BODY}|{_JOB})[ \t]*:[ \t]*"
    r"(?P<value>[^\W\d_][^.;:!?\n(),/\[\]]{0,79}?)[ \t]*(?=[.;:!?\n(),/]|$)",
    re.IGNORECASE | re.MULTILINE,
)
# where a field can start: after a newline, or after a break and a space (_field_starts)
_FIELD_BREAK = re.compile(r"[\n.;,!?|•*\-](?:(?<=\n)|\s)")
_EMPLOYER_LABELS = frozenset(_EMPLOYER.split("|"))
_JOB_LABELS = frozenset(_JOB.split("|"))
_MAX_WORDS = 5
# answers that say there is none, or what kind of work or body it is
_NO_NAME = frozenset(
    """
    none no nil n/a na not currently unemployed employed self self-employed retired student
    students unknown various varies home homemaker housewife househusband stay-at-home
    looking casual freelance freelancer pending tbc tbd disability benefits pension sick
    leave part-time full-time part full time shift shifts work job agency temp temporary
    contract the a an of and & at in for with her his their own family business
    """.split()
)


def may_hold(text: str) -> bool:
    """Cheap check: a colon, which every field has."""
    return ":" in text


def _a_name(words: list[str], label: str, lex: Lexicon) -> bool:
    lows = [w.lower() for w in words]
    if all(w in _NO_NAME or w in GENERIC_ORG_WORDS or w in ORG_SUFFIXES for w in lows):
        return False
    brand = any(w in lex.brands for w in lows)
    unlisted = any(not (w in lex.ordinary or w in lex.always_ordinary) for w in lows)
    if label in _JOB_LABELS:
        return brand or (unlisted and words[0][0].isupper())
    capitals = sum(w[0].isupper() for w in words)
    if label in _EMPLOYER_LABELS:
        return brand or unlisted or capitals >= 1
    return brand or capitals == len(words)


def labelled_orgs(text: str, lex: Lexicon) -> Iterator[Candidate]:
    """Organisations given as the answer to a field of work or of a body."""
    for m in fields(_FIELD, text, _FIELD_BREAK):
        words = m.group("value").split()
        if len(words) > _MAX_WORDS:
            continue
        label = " ".join(m.group("label").lower().split())
        if _a_name(words, label, lex):
            yield m.start("value"), m.end("value"), "org"
