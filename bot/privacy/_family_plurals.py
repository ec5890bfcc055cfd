"""A family named by its surname in the plural after "the": "the Hendersons next door", "with
the Millers", "the Okafor-Browns came in together", "the Joneses".

A capitalised plural after "the" whose singular is a listed surname, or a double-barrelled
surname of capitalised parts each a listed name or in no list, names one household. It is read
even where the singular is an everyday word as well ("the Smiths next door", "the
Baker-Youngs"): an everyday plural typed with a capital after "the" mid-sentence is a name.

Kept: a show, a band or a club heard, watched or followed ("watched the Simpsons", "listens
to the Smiths", "a fan of the Beatles"), a plural that is itself an everyday plural typed in
lower case ("the smiths of the town"), a state, country or town ("the Philippines"), and a
plural going on into a longer capitalised name ("the Millers Arms").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# words before "the" that make what follows a show, a band or a club
_FOLLOWED = frozenset(
    """
    watch watches watched watching listen listens listened listening fan fans support
    supports supported supporting play plays played playing beat beats against vs saw
    seen concert show
    """.split()
)
_MIN_STEM = 3
_PARTS = 2  # "Baker-Young": a double-barrelled surname


def may_hold(text: str) -> bool:
    """Cheap test: "the" before a word, or a hyphen after a placeholder."""
    return "the " in text or "The " in text or ("] " in text and "-" in text)


def family_plurals(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Capitalised surnames in the plural after "the"."""
    out: list[Candidate] = []
    for i in range(1, len(toks)):
        tok, the = toks[i], toks[i - 1]
        if not tok.capital or tok.acronym or tok.kind is Kind.STOP or the.low != "the":
            continue  # "the Martes he had": a weekday of another language
        if text[the.end : tok.start] != " " or not _family(tok.word, lex):
            continue
        if _everyday_stem(tok.word, lex) and not _household_after(text, toks, i):
            continue  # "The Archers at seven", "the Storms part", "the Oaks in June"
        if i + 1 < len(toks) and toks[i + 1].capital and text[tok.end : toks[i + 1].start] == " ":
            continue  # "the Millers Arms"
        if any(toks[k].low in _FOLLOWED for k in range(max(0, i - 4), i - 1)):
            continue  # "watched the Simpsons", "listens to the Smiths"
        if i > 2 and toks[i - 2].low == "with" and toks[i - 3].low == "up":
            continue  # "keeping up with the Joneses": the idiom's neighbours
        out.append((tok.start, tok.end, "name"))
    return out


def _family(word: str, lex: Lexicon) -> bool:
    """The word is a surname in the plural: "Hendersons", "Joneses", "Baker-Youngs"."""
    if not word.endswith("s") or not word[:1].isupper() or word[1:2].isupper():
        return False
    low = word.lower()
    if low in lex.regions or low in lex.places:
        return False
    if "-" in word:
        parts = low[:-1].split("-")
        return len(parts) == _PARTS and all(_part(p, lex) for p in parts)
    stems = [low[:-1]] + ([low[:-2]] if low.endswith("ses") else [])
    return any(len(s) >= _MIN_STEM and s in lex.surnames for s in stems)


# what follows a household: where it lives, what it does, its own things
_HOUSEHOLD_AFTER = frozenset(
    """
    next upstairs downstairs across opposite over came come comes were are have had invited
    took take takes from family house place live lives lived said says kids
    """.split()
)


def _everyday_stem(word: str, lex: Lexicon) -> bool:
    """A single surname whose singular is an everyday word as well ("Smiths", "Archers")."""
    low = word.lower()
    return "-" not in low and (low[:-1] in lex.ordinary or low in lex.ordinary)


def _household_after(text: str, toks: list[Token], i: int) -> bool:
    """ "the Smiths next door", "the Bakers from church", "the Wilsons' kids"."""
    if toks[i].possessive:
        return True
    if i + 1 >= len(toks) or text[toks[i].end : toks[i + 1].start] != " ":
        return False
    return toks[i + 1].low in _HOUSEHOLD_AFTER


def joined_surnames(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """ "Mom, [name] Baker-Young, did": a double-barrelled surname right after a given name
    already replaced, each part a listed name or in no list."""
    out: list[Candidate] = []
    for i in range(1, len(toks)):
        tok, prev = toks[i], toks[i - 1]
        if not tok.capital or "-" not in tok.word or prev.low != "name":
            continue
        if text[prev.start - 1 : prev.start] != "[" or text[prev.end : tok.start] != "] ":
            continue
        parts = tok.word.split("-")
        if len(parts) == _PARTS and all(p[:1].isupper() and _part(p.lower(), lex) for p in parts):
            out.append((tok.start, tok.end, "name"))
    return out


def _part(low: str, lex: Lexicon) -> bool:
    if len(low) < _MIN_STEM or not low.isalpha():
        return False
    return (
        low in lex.surnames
        or low in lex.given_names
        or not (low in lex.ordinary or low in lex.places or low in lex.regions)
    )
