"""Streets named in the word order of other languages, typed in lower case or capitalised.

Portuguese, Spanish, Italian, Czech and Greek put the word for street before its name
("rua do heroísmo", "av. revolución", "via dei tribunali", "ulice kounicova", "odos
anexartisias"); Dhivehi, Turkish and Japanese put it after ("majeedhee magu", "kıbrıs
şehitleri caddesi", "midosuji dori"). The English rules look for "st", "rd", "ave" after
the name, so these stay unread. A street is the street word with the one to three words of
its name beside it (joined by the small words of a name: "do", "dei", "de la"); the first
word of the name must be no everyday English word, so "via email" and "via the school"
stay, and a street word that is English too stays before a capital ("came via CAMHS").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

# The word for street, avenue, square, lane written before the name
BEFORE = frozenset(
    # Portuguese
    "rua avenida av travessa largo praça praca alameda estrada beco calçada"
    # Spanish
    " calle calzada callejón callejon avda paseo"
    # Italian and Neapolitan
    " via viale vico vicolo corso piazza piazzetta"
    # Czech
    " ulice třída náměstí nábřeží"
    # Greek (romanised)
    " odos odou leoforos leoforou plateia"
    # Catalan and French
    " carrer passeig rue impasse".split()
)
# The word for street or road written after the name
AFTER = frozenset(
    # Dhivehi, Turkish, Japanese
    "magu hingun goalhi sokak sokağı sokagi caddesi cadde bulvarı bulvari"
    " dori dōri doori suji".split()
)
# small words inside a street's name: "rua do heroísmo", "via dei tribunali", "calle de la paz"
_JOINERS = frozenset("do da dos das de del della delle dei degli di la las los le lo e y".split())
# street words that are English words too, before a capitalised word in English prose
_ALSO_ENGLISH = frozenset({"via", "corso", "largo", "plaza", "rue"})
_MAX_WORDS = 3
_MIN_WORD = 3


def may_hold(lows: list[str]) -> bool:
    return not (BEFORE.isdisjoint(lows) and AFTER.isdisjoint(lows))


def foreign_streets(
    text: str,
    toks: list[Token],
    everyday: Callable[[Token], bool],
    later: Callable[[Token], bool],
) -> list[Candidate]:
    """Streets named by a street word of another language and the words beside it;
    ``everyday`` says whether a token is an everyday English word (or a brand, weekday,
    app), ``later`` whether one that is can still go on a name begun ("rua de costa
    cabral": "costa" is a brand too)."""
    out: list[Candidate] = []
    last = len(toks) - 1
    for i, tok in enumerate(toks):
        if tok.low in BEFORE and i < last:
            if tok.low in _ALSO_ENGLISH and (toks[i + 1].capital or tok.capital):
                continue  # "came via CAMHS", "from Herat via Tehran": the English word
            end = _name_after(text, toks, i, everyday, later)
            if end:
                out.append((tok.start, end, "place"))
        elif tok.low in AFTER and i > 0 and not tok.capital:
            start = _name_before(text, toks, i, everyday)
            if start >= 0:
                out.append((start, tok.end, "place"))
    return out


def _gap_ok(text: str, left: Token, right: Token) -> bool:
    return text[left.end : right.start] in (" ", ". ")


def _name_after(
    text: str,
    toks: list[Token],
    i: int,
    everyday: Callable[[Token], bool],
    later: Callable[[Token], bool],
) -> int:
    j, end, words = i + 1, 0, 0
    prev = toks[i]
    while j < len(toks) and words < _MAX_WORDS:
        tok = toks[j]
        if not _gap_ok(text, prev, tok) or (text[prev.end : tok.start] == ". " and j > i + 1):
            break
        if tok.low in _JOINERS and not tok.capital:
            prev, j = tok, j + 1
            continue
        if len(tok.word) < _MIN_WORD or (everyday(tok) and not (words and later(tok))):
            break
        end, words, prev, j = tok.end, words + 1, tok, j + 1
        if tok.possessive:
            break
    return end


def _name_before(text: str, toks: list[Token], i: int, everyday: Callable[[Token], bool]) -> int:
    j, start, words = i - 1, -1, 0
    nxt = toks[i]
    while j >= 0 and words < _MAX_WORDS - 1:
        tok = toks[j]
        if text[tok.end : nxt.start] != " " or len(tok.word) < _MIN_WORD or everyday(tok):
            break
        start, words, nxt, j = tok.start, words + 1, tok, j - 1
    return start
