"""A branch of military service named as what a client served in: "an Army vet", "Marine
veteran, two tours", "Veteran client, Navy, one deployment", "dad is ex-ARVN", "a Coast
Guard family".

Practitioners who see veterans write the branch a client served in as a modifier or a word
of its own. A branch of a nation's forces is a body of hundreds of thousands: it names no
one, as a state or a country does not. The name rules read it as a name where it stands as
one: opening a sentence, alone between commas, or when it is also a given name ("Marine").

Recall first: only a candidate that is the branch alone is kept, with at most "ex-" before
it ("ex-Army"), and only where the note speaks of military service (a word such as "vet",
"veteran", "deployed", "served", "enlisted", "combat", "VA") or a word of service follows
the branch ("Army vet", "Marine veteran"). A branch that is also a given name ("Marine")
needs the word of service right after it, or an article or "ex-" right before it ("a
Marine", "ex-Marine"): "Marine said the VA called" is a person. A branch before a
capitalised word ("Army Navy Store", "Marine Drive") is left to the name rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._lexicon import lexicon

if TYPE_CHECKING:
    from ._word_classes import Candidate

# branches of the US forces, the army of the former Republic of Vietnam and the reserves,
# as practitioners write them (lower case; several words one space apart)
BRANCHES = frozenset(
    "army navy marine marines usmc usaf usn uscg arvn airforce seabees".split()
) | frozenset(
    (
        "air force",
        "coast guard",
        "national guard",
        "air national guard",
        "army national guard",
        "space force",
        "army reserve",
        "army reserves",
        "navy reserve",
        "marine corps",
    )
)
_HINT = re.compile(
    r"(?i:army|navy|marine|usmc|usaf|usn|uscg|arvn|air\s?force|coast guard|national guard"
    r"|space force|seabees)"
)
# words of military service anywhere in the note
_SERVICE = re.compile(
    r"\b(?:VA|(?i:vets?|veterans?|deploy(?:ed|ment|ments|s)?|served|serving|enlist(?:ed|ment)?"
    r"|military|combat|active duty|boot camp|basic training|discharged?|infantry|platoon"
    r"|corpsman|medic|tours? of duty|tours|stationed|sergeant|sgt|retired|reservist"
    r"|service ?members?|servicemen|war|ptsd|mst))\b"
)
# words of service right after the branch ("Army vet", "Marine veteran", "Navy family")
_AFTER = re.compile(
    r"\s+(?i:vets?|veterans?|retirees?|recruits?|brats?|wife|husband|spouses?|family|families"
    r"|buddy|buddies|friends?|sons?|daughters?|dad|father|mom|mother|brother|sister"
    r"|service|days|years|training|deployment|deployments|unit|base|officer|medic|corpsman"
    r"|infantry|pilot|mechanic|reserves?|guard)\b"
)
_BEFORE = re.compile(r"(?i:\b(?:an?|the|ex-|former|retired|fellow)\s*)$")
_EX = re.compile(r"(?i:ex-|former\s+)$")
_LONGER_NAME = re.compile(r" [A-Z]")  # a capitalised word right after the branch
_LEAD = re.compile(r"\b((?:[A-Z][a-z]+ )?[A-Z][a-z]+) $")  # one or two words before a candidate


def may_hold_service_branches(text: str) -> bool:
    """Cheap check: a branch's name in the note."""
    return _HINT.search(text) is not None


def keep_service_branches(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` without the candidates that are a branch of military service, read as
    described above."""
    service = _SERVICE.search(text) is not None
    given = lexicon().given_names
    kept: list[Candidate] = []
    for cand in found:
        start, end, kind = cand
        if kind in ("name", "org", "place") and _is_branch(text, start, end, service, given):
            continue
        kept.append(cand)
    return kept


def _is_branch(text: str, start: int, end: int, service: bool, given: dict[str, int]) -> bool:
    lead = _LEAD.search(text, max(0, start - 40), start)
    if lead:  # "Coast [Guard]", "Air National [Guard]": the candidate ends the branch's name
        words = lead.group(1).split()
        for first in (words[-1:], words):
            if " ".join([*first, text[start:end].lower()]).lower() in BRANCHES:
                start -= len(" ".join(first)) + 1
                break
    words = text[start:end]
    low = words.lower()
    bare = low.removeprefix("ex-")
    ex = bare != low
    if " ".join(bare.split()) not in BRANCHES or (not words[:1].isupper() and not ex):
        return False
    if _LONGER_NAME.match(text, end):
        return False  # "Army Navy Store", "Marine Drive": a longer name
    after = _AFTER.match(text, end) is not None
    before = text[max(0, start - 12) : start]
    if bare in given:  # "Marine" is also a given name
        return after or ex or _BEFORE.search(before) is not None
    return after or service or ex or _EX.search(before) is not None
