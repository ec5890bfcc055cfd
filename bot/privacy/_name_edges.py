"""The edges of a name: what stands right before it and belongs to it.

- A title written in lower case with its full stop ("prof. Selma Kapetanović", "dr. Ilze",
  "doc. Bakyt") or a Greek title of address ("κυρία Δήμητρα", "ο κύριος Γιάννης", "κα
  Παπαδάκη") is part of the name after it, as "Prof." and "Mrs" are.
- An initial of two or three letters, as romanised Cyrillic, Greek, Armenian and Slavic
  names write one letter with two ("Ch. Asanova", "Sh. Karimov", "Zh. Bekova", "Lj.
  Hodžić", "Dž. Kovač"), goes with the surname after it; its full stop opens no sentence,
  so the surname is a name even where it opened one. The letters are those of the
  standard romanisations (a closed list of the class, not of anyone's initials).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

# titles written in lower case with a stop, in the languages of the sets and their
# neighbours: English, Slavic (doc., mgr., ing., gosp., gđa, g-đa, g-din), Baltic (kgs.,
# kdz.), Hungarian (dr.), Romance (sr., sra., dra., mme., mlle.)
_LOWER_TITLES = frozenset(
    "prof dr doc mr mrs ms mx rev mgr ing gosp gđa g-đa g-din kgs kdz sr sra dra srta "
    "mme mlle dott avv ass".split()
)
_LOWER_TITLE = re.compile(r"(?<![\w.])([a-zđ-]{2,5})\. $")
# Greek titles of address, in Greek letters (with and without accents) and abbreviated
_GREEK_TITLES = frozenset(
    "κύριος κύριε κυρίου κύριο κυρία κυρίας κυρ κυρά κυρα κυριος κυριε κυρια κα κος "
    "δεσποινίς δεσποινίδα δις".split()
)
_GREEK_TITLE = re.compile(r"(?<![\w.])([\u0370-\u03ff\u1f00-\u1fff]{2,9})\.? $")
# one letter of the alphabet written with two or three Latin letters in the standard
# romanisations of Cyrillic (Zh Kh Ts Ch Sh Shch Yu Ya Ye Yo), Greek (Th Ch Ps), Armenian
# (Gh Dz Tsʼ) and the Serbo-Croat and Bosnian digraphs (Lj Nj Dž Dj)
_DIGRAPHS = frozenset("Zh Kh Ts Ch Sh Shch Yu Ya Ye Yo Th Ps Gh Dz Lj Nj Dž Dj Gj Tch".split())
_DIGRAPH_INITIAL = re.compile(
    r"(?<![\w.])(" + "|".join(sorted(_DIGRAPHS, key=len, reverse=True)) + r")\. "
    r"([A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]+(?:[-'’][^\W\d_]+)*)"
)
_GREEK = re.compile(r"[\u0370-\u03ff]")


def may_hold_name_edges(text: str) -> bool:
    """Cheap check: a stop before a space, or a Greek letter (none in ASCII text)."""
    return ". " in text or (not text.isascii() and _GREEK.search(text) is not None)


def _title_before(text: str, start: int) -> int:
    before = text[max(0, start - 12) : start]
    m = _LOWER_TITLE.search(before)
    if m and m.group(1) in _LOWER_TITLES:
        return start - len(before) + m.start(1)
    m = _GREEK_TITLE.search(before)
    if m and m.group(1).lower() in _GREEK_TITLES:
        return start - len(before) + m.start(1)
    return start


def name_edges(text: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Names taken in with the title before them, and surnames after a two-letter initial."""
    out: list[Candidate] = []
    for start, end, kind in found:
        if kind == "name" and start > 1:
            begin = _title_before(text, start)
            if begin < start:
                out.append((begin, end, kind))
    for m in _DIGRAPH_INITIAL.finditer(text):
        low = m.group(2).lower()
        if low in lex.ordinary or low in lex.always_ordinary or lex.is_region_word(low):
            continue
        out.append((m.start(1), m.end(2), "name"))
    return out
