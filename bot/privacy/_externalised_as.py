"""The name a client gives a problem or feeling "as" something: "we externalised the anxiety
as 'the Buzz'", "the boy describes the tantrums as the Storm", "externalising the OCD as
'Boss'", then spoken of again ("the Buzz was quieter", "she told Boss no").

Narrative practice pictures a problem as a character and names it; the name of a feeling is
no one's, even when it is also a given name (Storm, Boss, Buzz). ``_externalised_names``
reads the slot after "named|called ... the worry"; this reads the one after a verb of
picturing (externalise, picture, describe, draw, see) + a determiner or possessive + the
noun of a problem or feeling + "as", and drops the name, quoted or not, there and wherever
the text uses it again. A person named elsewhere in the text ("Connor said the Bull stayed")
is untouched.
"""

from __future__ import annotations

import re

from ._externalised_names import _NAMED

Candidate = tuple[int, int, str]

_SLOT = re.compile(
    r"(?i)\b(?:externali[sz](?:e|es|ed|ing)|pictures?|pictured|picturing|describes?|"
    r"described|describing|draws?|drew|drawing|sees|saw|see|imagines?|imagined)\s+"
    r"(?:the|his|her|my|their|our|your|this|that|its)\s+(?:" + "|".join(_NAMED.split()) + r")"
    r"\s+as\s+[\"“'‘]?(?:the\s+)?[\"“'‘]?(?-i:([A-Z][a-z]+))\b(?!['’]s)"
)


def may_hold(text: str, lows: list[str]) -> bool:
    """Cheap check: "as" and a noun of a problem or feeling among the words."""
    return "as" in lows and not frozenset(_NAMED.split()).isdisjoint(lows)


def keep_names_given_as(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the names given to a problem "as" something, wherever they stand."""
    given = {m.group(1).lower() for m in _SLOT.finditer(text)}
    if not given:
        return out
    return [c for c in out if _bare(text[c[0] : c[1]]) not in given]


def _bare(words: str) -> str:
    low = words.lower()
    return low[4:] if low.startswith("the ") else low
