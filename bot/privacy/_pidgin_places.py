"""Places typed in lower case after the "for" and "go" of West African Pidgin.

"she dey stay for ikorodu now", "he stay house for bonabéri", "dem don move go ikotun",
"him apprentissage for pk14": in Naija Pidgin and Kamtok "for" means "at" or "in", and "go"
after a verb of moving means "to". English reads "for" as a purpose ("waiting for
paracetamol"), so the rules for English place prepositions never look after it, and a
place in no list of towns leaks.

In a text written in Pidgin (one of its own function words that no English text uses, or
"don" marking a completed action before a verb: "don call", "don move"), a lower-case word
in no list of words (English, function words of other languages, language names, safe words
such as foods, kinship or religious terms) right after "for", or after "go" that follows a
verb of moving, is a place when the clause ends there or a known word follows: a second
word in no list reads as a phrase of another language. Digits typed onto it belong to it
("pk14": a kilometre-marker neighbourhood of Douala).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._function_words import tables
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# function words of Naija Pidgin and Kamtok that no English text uses
_MARKERS = frozenset("dey wey abeg wetin comot pikin sabi wahala shebi oya una sotey jare".split())
_MOVING = frozenset("move moved go come waka travel run comot relocate carry".split())
_CUES = frozenset({"for", "go"})
_MIN_PLACE = 3
_UNLISTED = frozenset({Kind.UNKNOWN})


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a Pidgin place cue and a sign of Pidgin are among the words."""
    return not _CUES.isdisjoint(lows) and (not _MARKERS.isdisjoint(lows) or "don" in lows)


def _speaks_pidgin(toks: list[Token]) -> bool:
    """One Pidgin function word, or "don" right before a lower-case verb ("don call")."""
    for k, tok in enumerate(toks):
        if tok.low in _MARKERS and tok.word.islower():
            return True
        if (
            tok.word == "don"
            and k + 1 < len(toks)
            and toks[k + 1].word.islower()
            and toks[k + 1].kind is Kind.ORDINARY
        ):
            return True
    return False


def pidgin_places(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Lower-case places in no list after Pidgin "for" or a "go" of moving."""
    if not _speaks_pidgin(toks):
        return []
    out: list[Candidate] = []
    for i in range(1, len(toks)):
        cue = toks[i - 1]
        if cue.word not in _CUES or text[cue.end : toks[i].start] != " ":
            continue
        if cue.word == "go" and (i < 2 or toks[i - 2].low not in _MOVING):
            continue
        end = _place_end(text, toks, i, lex)
        if end:
            out.append((toks[i].start, end, "place"))
    return out


def _place_end(text: str, toks: list[Token], i: int, lex: Lexicon) -> int:
    tok = toks[i]
    if not _unlisted(tok, lex):
        return 0
    end = tok.end
    while end < len(text) and text[end].isdigit():
        end += 1  # "pk14"
    if end - tok.start < _MIN_PLACE:
        return 0
    if i + 1 < len(toks):
        nxt = toks[i + 1]
        if text[end : nxt.start] == " " and _unlisted(nxt, lex):
            return 0  # two words in no list: a phrase of another language
    return end


def _unlisted(tok: Token, lex: Lexicon) -> bool:
    """A lower-case word in no list of words, not a possessive."""
    if tok.kind not in _UNLISTED or tok.possessive or not tok.word.islower():
        return False
    low = tok.low
    t = tables()
    return low not in lex.always_ordinary and low not in t.langs and low not in t.languages
