"""Postal codes of states, provinces and territories: "Hazard, KY", "moved to NC", "KY
Medicaid", "Brooklyn, NY 11226".

A state is no identifier, and the US, Canadian and Australian postal codes of states and
provinces are a closed list. Written in capitals they look like initials or an acronym of
an organisation and were removed ("[name] Medicaid"). A code stays when it stands where a
state does: after a comma that follows a capitalised word or a place's placeholder (the
town before it), after a word leading to a place ("in", "to", "from"), or before a
capitalised word (an agency or programme of the state: "KY Medicaid") or a placeholder (a
ZIP code).

Recall first: only a candidate that is the code alone is dropped, written in capitals; a
verb a person does right after it ("NC said", "SC wasn't there"), or a list going on after
it ("Ana, NC and Bo"), keeps it a person's initials, and so do a lead word after a word of
talking, writing or handing ("talked to AL", "a text from MO"), a weekday or month after it
("called AL Monday") and a name's placeholder after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._vocab import PERSON_ONLY_VERBS, PERSON_VERBS, SPEECH_VERBS, STRONG_PERSON_VERBS

if TYPE_CHECKING:
    from ._word_classes import Candidate

CODES = frozenset(
    # the United States, its District and territories
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP "
    # Canada
    "AB BC MB NB NL NS NT NU ON PE QC SK YT "
    # Australia
    "NSW QLD VIC TAS ACT".split()
)
_CODE = re.compile(r"[A-Z]{2,3}")
_AFTER_TOWN = re.compile(r"(?:[A-Z][a-z][\w'’.-]*|\])\s?,\s$")
# a list goes on after it: "Ana, NC and Bo" lists people
_LIST_GOES_ON = re.compile(r"(?:,\s*|\s+(?:and|&|or)\s+)(?:[A-Z]|(?:me|i)\b)")
_PLACE_LEAD = re.compile(
    r"(?i:\b(?:in|to|from|near|across|outside|of|into|rural|upstate|downstate)\s+)$"
)
_STATE_THING_AFTER = re.compile(
    r"\s(?:(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
    r"[A-Z][a-z]|\[(?!name\])|\d)"
)
# "to", "from" and "of" after a word of talking, writing or handing lead to a person: "talked
# to AL", "gave the letter to DE", "a text from MO", "scared of JT"
_TO_A_PERSON = re.compile(
    r"(?i:\b(?:talk|talked|talking|talks|spoke|speak|speaking|said|say|says|told|tell|"
    r"wrote|write|writes|sent|send|sends|gave|give|gives|handed|hand|text|texted|texts|"
    r"message|messaged|messages|email|emailed|emails|call|called|calls|letter|note|card|"
    r"reply|replied|listen|listened|lied|apologised|apologized|mean|rude|nice|kind|close|"
    r"married|engaged|introduced|scared|afraid|proud|jealous|heard|hear|gift|present|"
    r"money|help|visit|visited|visits)\b)"
)
_CLAUSE_BREAK = re.compile(r"[.!?;:\n]")
_WORD_AFTER = re.compile(r"\s+([a-z]+(?:['’][a-z]+)?)")  # "SC wasn't there"
_PERSON_VERBS = PERSON_ONLY_VERBS | STRONG_PERSON_VERBS | SPEECH_VERBS | PERSON_VERBS


def may_hold(text: str) -> bool:
    """Cheap check: two capitals in a row somewhere in the text."""
    return _CODE.search(text) is not None


def keep_state_codes(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without candidates that are a state's postal code where a state stands."""
    return [c for c in out if not _state_code(text, c)]


def _state_code(text: str, cand: Candidate) -> bool:
    start, end, _ = cand
    if text[start:end] not in CODES:
        return False
    verb = _WORD_AFTER.match(text, end)
    if verb and verb.group(1).replace("’", "'") in _PERSON_VERBS:
        return False  # "NC said": initials
    if _LIST_GOES_ON.match(text, end):
        return False  # "Ana, NC and Bo": initials among names
    return bool(
        _AFTER_TOWN.search(text, max(0, start - 40), start)
        or (_PLACE_LEAD.search(text, max(0, start - 12), start) and not _to_a_person(text, start))
        or _STATE_THING_AFTER.match(text, end)
    )


def _to_a_person(text: str, start: int) -> bool:
    """A word of talking, writing or handing in the clause, a few words before the code's
    lead word ("gave the letter to DE"): the lead leads to a person."""
    before = text[max(0, start - 40) : start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    return _TO_A_PERSON.search(before) is not None
