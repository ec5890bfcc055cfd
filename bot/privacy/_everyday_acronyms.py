"""Acronyms and chat shorthand that are ordinary words, never an identifier on their own:
terms of military family life ("the PCS orders", "TDY again"), of identity ("LGBTQ+ teen",
"BIPOC clinicians", "FTM client"), of school and care planning ("the EHCP draft", "her
IEPs"), clinical scales and models, and everyday shorthand ("TIL", "WFH", "Fwd").

The list (``data/everyday_acronyms.txt``, written for this project) holds no name of one
employer, school or agency: public bodies and benefit schemes are in
``data/public_services.txt``, which keeps them named in general and reads a workplace
("works at DWP") as an organisation. An acronym here, typed in capitals or with an "s" for
its plural ("IEPs"), is a word never an identifier (``Kind.STOP``). Typed with one capital
("Pcs") it is one only when its small form is no given name, surname or town of the lists,
no everyday English word and no function word of another language: "Til" and "Bah" may be
a person's name, "TIL" and "BAH" are not. Typed small, it is left to the rules for small
words ("afon taf" is a river).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ._function_words import tables

if TYPE_CHECKING:
    from ._lexicon import Lexicon

_DATA = Path(__file__).with_name("data") / "everyday_acronyms.txt"
_MIN_PLURAL = 2  # "Ts" is no plural of an acronym of the list
_MIXED = 2
_VERB_ENDING = re.compile(r"([A-Z0-9]{2,})(?:['’]?(?:ing|ed)|['’]d)")


@cache
def capitals() -> frozenset[str]:
    """The acronyms as spelled in the list ("PCS", "PCSing", "SENDCo")."""
    text = _DATA.read_text(encoding="utf-8")
    return frozenset(
        w for line in text.split("\n") if line and not line.startswith("#") for w in line.split()
    )


def is_everyday_acronym(word: str, lex: Lexicon | None = None) -> bool:
    """Whether ``word``, as typed, is a listed acronym, its plural or a verb made of it:
    typed in capitals, as the list spells it or with two capitals or more ("PCS", "IEPs",
    "EHCPS", "PCS'ing", "CiN"), or, given the lists ``lex``,
    with one capital ("Pcs", "Ieps") where its small form is no word of the lists (see
    `_taken`)."""
    listed = capitals()
    if word in listed:
        return True
    stem = word[:-1] if len(word) > _MIN_PLURAL and word[-1] in "sS" else ""
    if stem and stem in listed and stem.isupper():
        return True
    verb = _VERB_ENDING.fullmatch(word)  # "PCS'ing", "TDYed": the acronym made a verb
    if verb and verb.group(1) in listed:
        return True
    if sum(c.isupper() for c in word) >= _MIXED and word.upper() in listed:
        return True  # "CiN", "SenCo": typed in mixed case, two capitals or more
    if lex is None or not word[:1].isupper() or not word[1:].islower():
        return False
    if word.upper() not in listed and not (stem and stem.upper() in listed):
        return False
    return not _taken(word.lower(), lex)


def _taken(low: str, lex: Lexicon) -> bool:
    """Whether a small form is a given name, surname, town or region, an everyday English
    word or a function word of another language ("les", "ta", "dei"): then only its
    capitals are the acronym."""
    return lex.listed(low) or low in lex.ordinary or low in tables().langs
