"""A listed town typed in lower case after a comma that follows a place already found.

"from tondo, manila", "they live in kibera, nairobi now", "grew up in mirpur, dhaka": the
area is read as a place, but the town after it, typed in lower case and with no preposition
of its own, was left, and the two together narrow where a client lives. One or two lower-case
words that are a town of the lexicon (GeoNames) right after ", " that ends a place span, and
no everyday English word, country or state (those stay: "from tondo, philippines"), where the
clause ends after them or goes on with a small word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lower_listed_towns import clause_ends
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# small words that may follow a town in the same clause
_AFTER_TOWN = frozenset(
    "now then and but so since with w in on for to last this before after until till when"
    " while because cos bc lol".split()
)
_MAX_WORDS = 2
_MIN_LETTERS = 4


def may_hold(text: str, out: list[Candidate]) -> bool:
    """Cheap test: a comma and a place already found."""
    return ", " in text and any(kind == "place" for _, _, kind in out)


def towns_after_places(
    text: str, toks: list[Token], out: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """Lower-case listed towns right after the comma that ends a place span of ``out``."""
    ends = {end for _, end, kind in out if kind == "place"}
    found: list[Candidate] = []
    for i, tok in enumerate(toks):
        if tok.start - 2 not in ends or text[tok.start - 2 : tok.start] != ", ":
            continue
        last = _town_end(text, toks, i, lex)
        if last >= 0:
            found.append((tok.start, toks[last].end, "place"))
    return found


def _town_end(text: str, toks: list[Token], i: int, lex: Lexicon) -> int:
    best = -1
    for k in range(i, min(i + _MAX_WORDS, len(toks))):
        tok = toks[k]
        if not tok.word.islower() or not tok.word.isalpha() or tok.possessive:
            break
        if k > i and text[toks[k - 1].end : tok.start] != " ":
            break
        run = " ".join(t.low for t in toks[i : k + 1])
        if run not in lex.places or run in lex.regions or run in lex.phrases:
            continue
        if k == i and (tok.kind is Kind.ORDINARY or tok.kind is Kind.STOP):
            continue  # "in tondo, reading": an everyday word
        if len(run) < _MIN_LETTERS:
            continue
        if clause_ends(text, toks, k, _AFTER_TOWN):
            best = k
    return best
