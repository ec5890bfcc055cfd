"""Honorifics and kinship words that South Asian speakers write right after a name:
"sunita mausi", "Nasreen baji", "Rita didi", "rukhsana bibi", "Hamid sahib".

Once the name before such a word is found, the word goes into its placeholder: left behind it
tells a reader which relative or teacher the text is about (and it is part of how the person
is called). Alone these are everyday words of address, so they only widen a name found by
another rule; a word before one of them is never taken as a name for it here. English "aunty"
and "uncle" are left out: after a name they as often open another name ("told Maria uncle
Tom would come"); "sir" is taken only after a name of one capitalised word, a surname as
students and juniors address a teacher or officer ("Pawar sir"); after a lower-case or
longer name it as often addresses the reader.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._kin_after_names import KIN_AFTER

if TYPE_CHECKING:
    from ._word_classes import Candidate

WORDS = KIN_AFTER | frozenset("ji jee sahib saab madam baji bibi begum mausi masi".split())
# one word of ``WORDS`` after a single space, ending at a word boundary
_AFTER = re.compile(r" (?i:(?:" + "|".join(sorted(WORDS, key=len, reverse=True)) + r"))(?![\w'’-])")


# "sir" after a teacher's or officer's surname: "Pawar sir", "Verma Sir"
_SIR = re.compile(r" (?:sir|Sir)(?![\w'’-])")


def with_address_after_names(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with each name's span widened over a word of ``WORDS`` right after it, or
    over "sir" after a name of one capitalised word."""
    out: list[Candidate] = []
    for start, end, kind in found:
        if kind == "name":
            m = _AFTER.match(text, end) or (
                _SIR.match(text, end) if _capitalised_word(text[start:end]) else None
            )
            if m:
                end = m.end()
        out.append((start, end, kind))
    return out


def _capitalised_word(name: str) -> bool:
    return name[:1].isupper() and " " not in name
