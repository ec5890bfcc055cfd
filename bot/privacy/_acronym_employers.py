"""Employers named by an acronym that spells a word of some language: "a guard at ZUS
office", "she works at THY as cabin crew", "a clerk at ACE"; and any capitalised workplace
followed by "where she works": "in Migros where she works".

An acronym typed in capitals names a body, but when its letters also spell a listed word
("zus" is Dutch for sister, "thy" old English) the lists keep it as that word. After a cue
of work (see ``_employers``) the capitals say which body employs the person. Kept: a
national body or clinical acronym the lists know as safe ("works at NHS", "her GP"), an
id system, a brand (read by ``_employers``), and a word of time or place typed in capitals
("works at NIGHT", "works at HOME").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ._employers import _at_work
from ._everyday_word_employers import _WHEN
from ._lexicon import _words
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_MIN_LETTERS, _MAX_LETTERS = 2, 5
_LISTED = frozenset((Kind.STOP, Kind.ORDINARY, Kind.WORD_NAME))
# fields and wards one works in ("works in IT", "a shift in ER"): what, not who
_FIELDS = frozenset("it hr pr qa ict ops er or ed icu nicu picu ccu hdu ae sales admin".split())
# "Migros where she works", "at Zara, where he worked": the place of work named first
_WHERE_WORKS = re.compile(
    r",?[ \t]+where[ \t]+(?:she|he|they|I|we|her \w+|his \w+)[ \t]+"
    r"(?:works|worked|is working|was working|has worked|volunteers|cleans|studies)\b"
)


@cache
def _known_bodies() -> frozenset[str]:
    """Acronyms the lists keep on purpose: national bodies, clinical and therapy words."""
    return frozenset(_words("safe_words.txt") | _words("therapy_terms.txt"))


def acronym_employers(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Acronyms spelling a listed word after a cue of work, and workplaces before "where
    she works"."""
    out: list[Candidate] = []
    known = _known_bodies()
    for i, tok in enumerate(toks):
        if not tok.capital:
            continue
        if (_WHERE_WORKS.match(text, tok.end) and _named_workplace(tok, lex)) or (
            tok.acronym
            and tok.kind in _LISTED
            and _MIN_LETTERS <= len(tok.word) <= _MAX_LETTERS
            and tok.word.isupper()
            and tok.low not in known
            and tok.low not in _WHEN
            and tok.low not in _FIELDS
            and tok.low not in lex.brands
            and tok.low not in lex.id_systems
            and _at_work(text, toks, i)
        ):
            out.append((tok.start, tok.end, "org"))
    return out


def _named_workplace(tok: Token, lex: Lexicon) -> bool:
    """A brand, an acronym or a word in no list: a name, not a kind of place."""
    if tok.low in _known_bodies() or tok.low in _WHEN:
        return False
    return tok.low in lex.brands or tok.acronym or tok.kind is Kind.UNKNOWN
