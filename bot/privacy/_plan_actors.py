"""The person who acts in a plan field: "Plan: Wen to notice when...", "Next step: Teuila to
call the school", "Homework: Aroha to try the scaling at home".

After the heading of a plan or a task and its colon, a capitalised word (or two) followed by
"to" and a verb is whoever will do it. No list has to know the word: an everyday word ("Will",
"Wen") or a name spelt with an accent its list lacks ("Siobhán") is a person there too.

The slot also holds words that cannot be a person: the verb of an instruction ("Continue to
track", "Walk to school"), a word saying who in general ("Mum to call", "Client to bring",
"School to arrange"), a thing to keep up ("Sertraline to continue", "Homework to bring"), a
day or a month. An everyday word no list gives as a name must also do what only a person
does (notice, think, speak: "Wen to notice") or be followed by a word for a person later in
the field ("... on her phone"); a topic has neither ("Homework to bring next time").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ._kin_words import KIN_NOUNS
from ._months_in_time import MONTHS
from ._word_classes import DETERMINERS

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

_HEADING = (
    r"(?i:plans?|next\s+steps?|steps?|homework|home\s*work|tasks?|goals?|actions?|agreed"
    r"|agreements?|follow[- ]?up|to[- ]do|between[- ]session\s+task|commitments?)"
)
_WORD = r"[^\W\d_][\w'’-]*"
_FIELD = re.compile(
    r"(?m)(?:^|(?<=[.;!?]\s)|(?<=[.;!?]))[ \t]*[-*•]?[ \t]*"
    + _HEADING
    + r"(?:[ \t]*\([^)\n]{0,30}\))?[ \t]*:[ \t]*"
    + rf"(?P<who>{_WORD}(?:[ \t]+{_WORD})?)[ \t]+to[ \t]+(?P<verb>[a-z]+)\b"
)
# words that cannot be the one who acts there: the verbs of an instruction and words taking
# "to" ("Try to", "Able to", "Back to"), words for a person in general, pronouns, roles
_NOT_ACTORS = frozenset(
    (
        "continue continues keep try tries need needs want wants plan plans aim aims start "
        "starts begin remember learn agree agreed decide choose commit promise expect intend "
        "going able unable ready willing happy due time way ways how what where when why who "
        "return returns back go goes come comes walk talk speak listen write move get refer "
        "reach reply respond drive travel run cycle text send switch stick stay hold turn "
        "reminder reminders permission encourage encouraged ask invite tell allow help "
        "practise practice use add look pay attention relate report explain compare "
        "also still then next now today tonight tomorrow later soon first second both each all "
        "everyone someone nobody none neither either no yes not only just "
        "client clients patient patients practitioner practitioners therapist therapists "
        "counsellor counselor counsellors worker workers staff team family families parent "
        "parents carer carers caregiver caregivers guardian guardians teacher teachers school "
        "schools college gp doctor doctors nurse nurses psychiatrist psychologist social "
        "service services clinic referrer manager boss employer coach supervisor tutor "
        "partner husband wife son daughter child children kid kids baby boyfriend girlfriend "
        "sibling siblings friend friends couple grandparents mother-in-law father-in-law "
        "we i you she he they it this that these those there here me us them "
        "homework medication medications meds mindfulness session sessions appointment "
        "review meeting letter call check diary journal sleep exercise routine scaling"
    ).split()
)
# after "to", words that make it a preposition: a pronoun or a place one goes to
_NOT_VERBS = frozenset(
    "him them me us it its school work bed church class college uni university town hospital "
    "clinic court home".split()
)
# verbs of noticing, thinking and speaking: only a person does them ("Wen to notice"), while a
# thing kept up is brought, continued or practised ("Homework to bring")
_MINDFUL_VERBS = frozenset(
    "notice observe think consider reflect imagine decide choose ask tell say call phone ring "
    "text email message talk speak discuss share explain invite let rate score list jot note "
    "write describe remember wonder picture".split()
)
_LATER_PERSON = re.compile(r"\b(?:her|his|him|herself|himself|she|he)\b")
_LINE_END = re.compile(r"\n")


def may_hold(text: str) -> bool:
    """Cheap check: a colon and " to "."""
    return ":" in text and " to " in text


def plan_actors(text: str, lex: Lexicon) -> Iterator[Candidate]:
    """The capitalised word (or two) after a plan heading that is followed by "to" + verb."""
    for m in _FIELD.finditer(text):
        verb = m.group("verb")
        if verb in DETERMINERS or verb in _NOT_VERBS:  # "Talk to her", "Go to bed": a place
            continue
        words = m.group("who").split()
        if not all(w[0].isupper() for w in words):
            continue
        lows = [w.lower().rstrip("'’") for w in words]
        if any(not _may_act(low, lex) for low in lows):
            continue
        if (
            all(_everyday_unlisted(low, lex) for low in lows)
            and verb not in _MINDFUL_VERBS
            and not _person_later(text, m.end())
        ):
            continue
        yield m.start("who"), m.end("who"), "name"


def _may_act(low: str, lex: Lexicon) -> bool:
    return not (
        low in _NOT_ACTORS
        or low in KIN_NOUNS
        or low in MONTHS
        or low.endswith("day")  # "Monday", "Today"
        or low in lex.always_ordinary
        or low in lex.brands
    )


def _everyday_unlisted(low: str, lex: Lexicon) -> bool:
    """An everyday word no list gives as a given name ("wen", "homework")."""
    return low in lex.ordinary and low not in lex.given_names and low not in lex.word_names


def _person_later(text: str, start: int) -> bool:
    end = _LINE_END.search(text, start)
    return _LATER_PERSON.search(text, start, end.start() if end else len(text)) is not None
