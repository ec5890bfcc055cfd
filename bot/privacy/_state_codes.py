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
verb only a person does right after it ("NC said"), or a list going on after it ("Ana, NC
and Bo"), keeps it a person's initials.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._vocab import PERSON_ONLY_VERBS, SPEECH_VERBS, STRONG_PERSON_VERBS

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
_LIST_GOES_ON = re.compile(r"(?:,\s*|\s+(?:and|&|or)\s+)[A-Z]")
_PLACE_LEAD = re.compile(
    r"(?i:\b(?:in|to|from|near|across|outside|of|into|rural|upstate|downstate)\s+)$"
)
_STATE_THING_AFTER = re.compile(r"\s(?:[A-Z][a-z]|\[|\d)")
_WORD_AFTER = re.compile(r"\s+([a-z]+)")
_PERSON_VERBS = PERSON_ONLY_VERBS | STRONG_PERSON_VERBS | SPEECH_VERBS


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
    if verb and verb.group(1) in _PERSON_VERBS:
        return False  # "NC said": initials
    if _LIST_GOES_ON.match(text, end):
        return False  # "Ana, NC and Bo": initials among names
    return bool(
        _AFTER_TOWN.search(text, max(0, start - 40), start)
        or _PLACE_LEAD.search(text, max(0, start - 12), start)
        or _STATE_THING_AFTER.match(text, end)
    )
