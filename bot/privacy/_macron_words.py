"""Māori words written with or without their macrons: "hāngī" and "hangi", "pāua" and "paua",
"kōrero" and "korero".

Writers of te reo Māori mark long vowels with a macron, or a double vowel, or not at all,
so a listed everyday word turns up in several spellings. A word of Māori letters only whose
macrons, taken off, give a listed everyday word is that word too.
"""

from __future__ import annotations

import re

_MACRONS = str.maketrans("āēīōū", "aeiou")
# the letters of te reo Māori: a e i o u (long or short), h k m n p r t w, "ng" and "wh"
_MAORI = re.compile(r"(?:(?:ng|wh|[hkmnprtw])?[aeiouāēīōū])+")


def without_macrons(low: str) -> str | None:
    """``low`` with its macrons taken off, if it is a Māori-shaped word that has any."""
    plain = low.translate(_MACRONS)
    if plain == low or not _MAORI.fullmatch(low):
        return None
    return plain
