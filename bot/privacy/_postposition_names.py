"""Names typed in lower case before a postposition of the subject or object, in a stretch of
romanised Hindi-Urdu or Punjabi: "maine sonu ko nahi maara", "phir guddu ne bola ki sab
theek hai". In these languages a person is marked by the postposition after the name ("ne"
for the one who did it, "ko" for the one it was done to), and the same slot holds kinship
words ("mummy ko", "didi ne"), pronouns and everyday nouns.

Recall first, but a word is taken only when it is in no list of ordinary, kinship or cultural
words, no closed-class word of the stretch's language, and no possessive, determiner or
genitive postposition stands before it ("mere dost ko", "bijli ka bill"): those make it a
noun ("my friend", "the electricity's bill").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._code_switched_words import SOUTH_ASIAN, stretches
from ._cultural import CULTURE_WORDS
from ._kin_words import _KIN_VOCAB as KIN_VOCAB
from ._kin_words import KIN_NOUNS
from ._vocab import RELATIONS

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

_POSTPOSITIONS = frozenset({"ne", "ko"})
# Words before a noun that make it no name: possessives, determiners, genitive postpositions.
_NOUN_BEFORE = frozenset(
    (
        "mera meri mere tera teri tere uska uski uske unka unki unke apna apni apne hamara "
        "hamari humara tumhara tumhari aapka aapki aapke is us in un ek kisi har sab "
        "ka ki ke the a an my his her their our your this that"
    ).split()
)
# Short words of the class that other languages write too (Albanian "ne", Cebuano "ko",
# Lingala "na"): they do not tell a stretch's language.
_SHARED = frozenset("ne ko ka ki ke se na nu hai ho ma tha".split())
_MIN_CLASS = 2  # distinct closed-class words that make the stretch Hindi-Urdu or Punjabi
_MIN_NAME = 3
_WORD = re.compile(r"[^\W\d_]+")


def may_hold(lows: list[str]) -> bool:
    """Cheap check: "ne" or "ko" is among the words."""
    return "ne" in lows or "ko" in lows


def names_before_postpositions(text: str, lex: Lexicon) -> list[Candidate]:
    """Lower-case names before "ne" or "ko" in a romanised South Asian stretch."""
    out: list[Candidate] = []
    for _start, _end, words in stretches(text):
        lows = [m.group().lower() for m in words]
        own = {w for w in lows if w in SOUTH_ASIAN and w not in _SHARED}
        if len(own) < _MIN_CLASS:
            continue
        for i in range(len(words) - 1):
            if lows[i + 1] not in _POSTPOSITIONS:
                continue
            word, low = words[i].group(), lows[i]
            if not word.islower() or not word.isalpha() or len(word) < _MIN_NAME:
                continue
            if i and lows[i - 1] in _NOUN_BEFORE:
                continue
            if _ordinary(low, lex):
                continue
            out.append((words[i].start(), words[i].end(), "name"))
    if out:  # the same name again, in any stretch ("sonu ko nahi maara ... sonu is")
        found = {text[s:e] for s, e, _ in out}
        out = [(m.start(), m.end(), "name") for m in _WORD.finditer(text) if m.group() in found]
    return out


def _ordinary(low: str, lex: Lexicon) -> bool:
    return (
        low in SOUTH_ASIAN
        or low in lex.ordinary
        or low in lex.always_ordinary
        or low in KIN_VOCAB
        or low in KIN_NOUNS
        or low in RELATIONS
        or low in CULTURE_WORDS
    )
