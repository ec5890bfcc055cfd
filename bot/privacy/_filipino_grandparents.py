""" "Lola" and "Lolo" are a grandmother and grandfather in a text written partly in Filipino.

Filipino speakers call their grandparents "Lola" and "Lolo", written capitalised or not and
with the particles that go before names ("si Lola", "kay Lola"): "Si Lola niya ang
nag-aalaga sa kanya", "close kay Lola", "Lola and nanay both came". "Lola" is also a common
given name, so it was removed wherever no owner ("her lola") showed the relative.

Where the text shows Filipino (one of its function words, particles or kinship words that no
English or Spanish word is spelt like: "niya", "ang", "po", "nanay", "kuya", or a dish or
custom of a Filipino home named in Filipino: "sinigang", "pasalubong"), a candidate
that is only the word "Lola" or "Lolo" is the relative. Recall first: the grandparent's own
name after the word stays a name with it ("Lola Remedios", "lola cora": a longer candidate),
and so does the word before a bracket or with a possessive ("Lola (that's her name, not
grandma)", "Lola's"), or after a word of naming ("named Lola", "goes by Lola").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ._function_words import tables
from ._word_classes import without_one_word_names

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

WORDS = frozenset({"lola", "lolo"})
# Particles and kinship words of Tagalog and Cebuano, written for this project; the function
# words of the tables that are only Filipino are added when loaded.
_PARTICLES = frozenset(
    """
    ng nang po opo naman talaga kasi yung nung lang daw raw kaayo gyud jud unsa nanay tatay
    kuya apo inay itay ninang ninong pamangkin bunso manang manong tita tito
    """.split()
)
# Dishes and customs of a Filipino home, written in English notes by their Filipino names
# ("Lola would be cooking sinigang again", "pasalubong for Lolo"): the note speaks of a
# Filipino family, whose "Lola" is the grandmother. Only words that no English or Spanish
# word is spelt like (not "adobo", "lechon", "puto"); written for this project.
_HOME_WORDS = frozenset(
    """
    sinigang pancit pansit lumpia lumpiang sisig bibingka tinola dinuguan palabok champorado
    turon kakanin ensaymada bumbong lugaw pasalubong balikbayan barkada kababayan bayanihan
    simbang tsismis kamayan
    """.split()
)
_NAMING = frozenset("named called call calls nicknamed by".split())
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _filipino_words() -> frozenset[str]:
    t = tables()
    only = {
        w
        for w, langs in t.langs.items()
        if langs <= {"tl", "ceb"} and w not in t.english and len(w) > 2
    }
    return frozenset(only) | _PARTICLES | _HOME_WORDS


def may_hold(lows: list[str]) -> bool:
    """Cheap check: the word "lola" or "lolo"."""
    return not WORDS.isdisjoint(lows)


def _shows_filipino(text: str) -> bool:
    words = _filipino_words()
    return any(w in words for w in _WORD.findall(text.lower()))


def keep_filipino_grandparents(
    text: str, toks: list[Token], found: list[Candidate]
) -> list[Candidate]:
    """``found`` without the candidates that are only "Lola" or "Lolo" in a text that shows
    Filipino."""
    if not _shows_filipino(text):
        return found

    def relative(i: int) -> bool:
        tok = toks[i]
        if tok.low not in WORDS or tok.possessive:
            return False
        if i > 0 and toks[i - 1].low in _NAMING:
            return False
        if i + 1 < len(toks):
            nxt = toks[i + 1]
            if nxt.capital and text[tok.end : nxt.start] == " ":
                return False  # "Lola Remedios"
        return not text[tok.end : tok.end + 3].lstrip().startswith("(")

    return without_one_word_names(found, toks, relative)
