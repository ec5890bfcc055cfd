"""Names that a word list holds as never an identifier, right after an English title.

Weekdays' and months' neighbours in the lists, sweets, festivals and words of other
languages ("Candy", "Fono", "nila", "luo") are STOP words: no context rule reads them as
names. After a title of address written the same way ("Aunty Fono", "Mrs Candy", "aunty
nila") the word is the person's name: a title is written before a name, not before a thing.

Kinship, address and people words of every list stay ("Aunty Mama", "Uncle Bro"), and so do
weekdays and months ("saw Aunty Sunday" is the day of the visit), apps and agencies. A word
typed in lower case is taken only when the lists also hold it as a given name and it is no
everyday English word ("aunty nila"; not "aunty candy", which may be what she bought).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ._endearments import ENDEARMENTS
from ._function_words import tables
from ._kin_address import WORDS as _ADDRESS_WORDS
from ._kin_words import _KIN_VOCAB, KIN_NOUNS
from ._name_cues import _KIN_TITLES
from ._vocab import RELATIONS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_MIN_WORD = 3
# English titles of address written before a name (kinship titles of other languages and
# role titles before a STOP word name a thing as often as a person: "Lola Jollibee")
TITLES = frozenset("aunty auntie aunt uncle mr mrs ms miss mx".split())
_GAPS = frozenset({" ", ". "})
# headings of the sections of safe_words.txt that list people words
_KIN_HEADINGS = re.compile(r"kinship|grandparent|pet names|people words|titles|elders|address")


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a title of address is a word of the text."""
    return not TITLES.isdisjoint(lows)


def titled_stop_words(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """STOP words right after a title of address typed alike (see the module)."""
    out: list[Candidate] = []
    last = len(toks) - 1
    for i in [n for n, t in enumerate(toks) if t.low in TITLES and n < last]:
        title, tok = toks[i], toks[i + 1]
        if tok.kind is not Kind.STOP or title.possessive or title.capital != tok.capital:
            continue
        if text[title.end : tok.start] not in _GAPS or not _may_be_name(tok, lex):
            continue
        if tok.capital or (tok.low in lex.given_names and tok.low not in lex.ordinary):
            out.append((tok.start, tok.end, "name"))
    return out


def plain_word(tok: Token, lex: Lexicon) -> bool:
    """A word of letters that may name someone: no acronym, people word, brand or region."""
    low = tok.low
    return (
        len(low) >= _MIN_WORD
        and tok.word.isalpha()
        and not tok.acronym
        and low not in _people_words()
        and low not in lex.brands
        and not lex.is_region_word(low)
    )


def _may_be_name(tok: Token, lex: Lexicon) -> bool:
    """No people word, calendar word, app, agency or region: what a title may stand before."""
    t = tables()
    low = tok.low
    return (
        plain_word(tok, lex)
        and low not in t.days
        and low not in t.months
        and low not in lex.id_systems
    )


@cache
def _people_words() -> frozenset[str]:
    """Kinship, address and people words of every list: "nana", "sis", "kuya", "whaea"."""
    # _kin_address.WORDS holds every word of data/address_words.txt already
    words = set(_KIN_VOCAB | KIN_NOUNS | _KIN_TITLES | _ADDRESS_WORDS | RELATIONS | ENDEARMENTS)
    heading, keep = "", False
    safe_words = Path(__file__).with_name("data") / "safe_words.txt"
    for line in safe_words.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            heading += line
            continue
        if heading:  # a section's heading may run over several comment lines
            heading, keep = "", bool(_KIN_HEADINGS.search(heading))
        if keep:
            words.update(line.split())
    return frozenset(words)
