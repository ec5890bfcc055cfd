"""Employers named by an acronym that spells a word of some language: "a guard at ZUS
office", "she works at THY as cabin crew", "a clerk at ACE"; and any capitalised workplace
followed by "where she works": "in Migros where she works".

An acronym typed in capitals names a body, but when its letters also spell a listed word
("zus" is Dutch for sister, "thy" old English) the lists keep it as that word. After a cue
of work (see ``_employers``) the capitals say which body employs the person. Kept: a
national body, clinical acronym or kind of office the lists know ("works at NHS", "the NGO
where she volunteers", "the OCMW worker"), an id system, a brand (read by ``_employers``),
a field or ward ("works in IT", "in ICU"), and a word of time or place typed in capitals
("works at NIGHT", "works at HOME").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ._employers import at_work
from ._everyday_word_employers import _WHEN
from ._lexicon import _words
from ._vocab import KNOWN_ACRONYMS
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
    """Acronyms the lists keep on purpose: national bodies, clinical and therapy words, known
    acronyms ("the NGO"), and kinds of school, service or office in other languages ("the
    OCMW worker": every Belgian town has one)."""
    return frozenset(
        _words("safe_words.txt")
        | _words("therapy_terms.txt")
        | _words("world_words.txt")
        | {w.lower() for w in KNOWN_ACRONYMS}
    )


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
            and at_work(text, toks, i)
        ):
            out.append((tok.start, tok.end, "org"))
    return out


def _named_workplace(tok: Token, lex: Lexicon) -> bool:
    """A brand, an acronym or a word in no list: a name, not a kind of place."""
    if tok.low in _known_bodies() or tok.low in _WHEN:
        return False
    return tok.low in lex.brands or tok.acronym or tok.kind is Kind.UNKNOWN
