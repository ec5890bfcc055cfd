"""Kinship words and words of respect typed right after a given name, as Nepali, Hindi,
Punjabi and Tamil speakers write them: "Maya didi", "Hari dai", "Laxmi aama", "rojina
bahini", "Harman veer", "luxshan anna", "Vani akka".

The word after the name says that a person is meant, so the word before it is a name even
when it is also a goddess's name or an everyday word of another list ("Maya", "Laxmi"), or a
word typed in lower case that is in no list ("rojina"); the kinship word goes into the
placeholder with it. After an owner word the kinship word names a relation instead ("her
didi"), and nothing is taken.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# said after a person's name only (not after a god's: "Laxmi ji", "Durga mata" stay)
KIN_AFTER = frozenset(
    # Nepali: elder brother, elder sister, mother, younger sister, aunt, sister-in-law
    # ("kaka", "kaki" are left out: written before a name in Persian and Slovak speech)
    "dai daju didi aama bahini maiju bhauju hajurama hajurbuwa bhinaju"
    # Hindi and Punjabi: brother, sister, sister-in-law
    " bhaiya bhabhi veer veerji paaji bhaji bhenji behenji"
    # Tamil: elder brother, elder sister, younger brother, younger sister, friend
    " anna akka thambi thangachi machan"
    # Dhaka, Kochi, Erbil: Bengali elder sister and brother, Malayalam elder sister and
    # brother, Kurdish "dear" ("tania apu", "Anju chechi", "Biju chettan", "Shilan gyan")
    " apu bhaia chechi chettan chetta gyan giyan".split()
)
_MIN_NAME = 3


def names_before_kin_words(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """A capitalised listed given name, or a word in no list of everyday words, right before
    one of ``KIN_AFTER``: the two together are a name."""
    out: list[Candidate] = []
    for j in range(1, len(toks)):
        word, prev = toks[j], toks[j - 1]
        if word.low not in KIN_AFTER or word.capital or text[prev.end : word.start] != " ":
            continue
        low = prev.low
        if len(low) < _MIN_NAME or not low.isalpha() or prev.possessive:
            continue
        listed = prev.capital and low in lex.given_names
        unknown = (
            low not in lex.ordinary and low not in lex.always_ordinary and low not in KIN_AFTER
        )
        if listed or unknown:
            out.append((prev.start, word.end, "name"))
    return out
