"""Spanish and Filipino particles inside a full name: "Yadira de los Santos", "María de las
Mercedes", "Josefina dela Cruz", "Cristina delos Reyes".

"de los", "de las" and the Filipino one-word "dela", "delos", "delas" join a given name to the
surname after it, as "de" and "van" do. "los" and "las" are articles too ("con Mamá los
Sábados", "Feria de las Flores"), so the particles join only after a word that is a listed
given name or in no list: an everyday word or a relative's word before them heads a phrase
("Feria", "Día", "Mamá"), not a name.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Token

_ARTICLES = frozenset("los las".split())  # after "de" only
_JOINED = frozenset("dela delos delas".split())
STARTS = _JOINED | {"de"}  # the first word of a particle: the caller's cheap check


def particles_after(text: str, toks: list[Token], i: int) -> int:
    """How many particle words after ``toks[i]`` join it to a capitalised surname (0: none)."""
    tok = toks[i]
    if (tok.kind is not Kind.NAME and tok.kind is not Kind.UNKNOWN) or tok.possessive:
        return 0
    n = len(toks)
    k = i + 1
    if k < n and toks[k].low == "de" and k + 1 < n and toks[k + 1].low in _ARTICLES:
        k += 2
    elif k < n and toks[k].low in _JOINED:
        k += 1
    else:
        return 0
    if k >= n or not toks[k].capital:
        return 0
    words = toks[i : k + 1]
    if any(text[a.end : b.start] != " " for a, b in pairwise(words)):
        return 0
    if any(t.capital for t in words[1:-1]):
        return 0  # "Dela", "De Los": capitalised, they are judged as words of the run
    return k - i - 1
