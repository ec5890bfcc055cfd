"""Schools, kindergartens and hospitals of many languages named by their number:
"Liceum nr 3", "Szkoła Podstawowa nr 12", "Przedszkole Miejskie nr 7", "Escuela N° 14",
"Gimnazjum nr 2 im. Kopernika", "Školka č. 5", "Школа № 57".

Across Central and Eastern Europe, Latin America and Central Asia a public institution is
named by its kind and a number given to it in its town; the number is what makes it one
place, so the kind, the capitalised words around it and the number go together. English
kinds ("School No. 23") are read by ``_foreign_shapes.numbered_orgs``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ._word_classes import Candidate

# kinds of school, kindergarten and clinic, across languages (lower case, as typed with or
# without their accents)
INSTITUTION_KINDS = frozenset(
    """
    szkoła szkola szkoły szkoly liceum gimnazjum technikum przedszkole żłobek zlobek zespół
    zespol lo sp zs zsz przychodnia szpital poradnia
    škola skola školka skolka gymnázium gymnazium mateřská materska nemocnice poliklinika
    iskola óvoda ovoda gimnázium kórház korhaz
    școala scoala şcoala liceul liceu grădinița gradinita grădiniţa colegiul spitalul
    spital
    osnovna srednja gimnazija vrtić vrtic bolnica
    okul okulu ilkokul ilkokulu ortaokul ortaokulu lise lisesi anaokulu hastane hastanesi
    escuela escola colegio colégio liceo instituto jardín jardin jardim centro creche
    guardería guarderia hospital policlínica policlinica
    école ecole collège college lycée lycee hôpital hopital
    scuola istituto ospedale
    schule grundschule mittelschule volksschule oberschule kita kindergarten krankenhaus
    klinikum
    gymnasio gymnasium lykeio lykio dimotiko nipiagogeio
    mektep mektebi maktab madrasa madrasah madrese madreseh
    школа гимназия лицей садик больница поликлиника школа-интернат ясли
    """.split()
)
# the kinds that are no English word: typed in lower case they still name an institution
# ("w liceum nr 3"), where "school no 5" or "room no 5" may be a room or a grade
_FOREIGN_KINDS = INSTITUTION_KINDS - frozenset(
    "hospital college gymnasium kindergarten centro instituto lo sp zs zsz".split()
)
# "nr 3", "Nr. 12", "No. 5", "N° 14", "Nº 2", "n.º 7", "núm. 4", "č. 5", "sz. 3", "№ 57"
_NUMBERED = re.compile(
    r"(?<![^\W\d_])(?:[Nn][rR]?\.?|[Nn][oO]\.?|[Nn][°ºo]\.?|[Nn]\.[°º]|[Nn]úm\.?|[Nn]um\.?"
    r"|[Nn]ro\.?|č\.|Č\.|sz\.|№|#)[ \t]?\d{1,4}\b"
)
_HINT = re.compile(r"(?:[nN][rRoO°º.ú]|č\.|Č\.|sz\.|№|#)\s?\.?[°º]?\s?\d")
# a capitalised word, a Roman numeral ("II Liceum"), or a word joining a name ("de", "im.")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)[ \t]+$")
_JOINERS = frozenset("de del da do dos das di im. im w we z".split())
_MAX_WORDS = 5
# English words a sentence may open with before the name ("At SP nr 4 they ...")
_OPENERS = frozenset(
    "at in on to the a an of from with for and or but by she he they we it is was his her my"
    " our their this that".split()
)
# "im. Kopernika", "im. Jana Pawła II", "imienia Marii": named after somebody
_NAMED_AFTER = re.compile(
    r"[ \t]+(?:im\.|imienia|named after)[ \t]+[^\W\d_][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
)


def numbered_institutions(text: str) -> Iterator[Candidate]:
    """A kind of institution, the capitalised words around it and its number, as one org."""
    if not _HINT.search(text):
        return
    for m in _NUMBERED.finditer(text):
        start = _run_start(text, m.start())
        if start is None:
            continue
        end = m.end()
        after = _NAMED_AFTER.match(text, end)
        if after:
            end = after.end()
        yield start, end, "org"


def _run_start(text: str, pos: int) -> int | None:
    """Where the capitalised words before a number start, if a kind of institution is among
    them and the word right before the number is capitalised."""
    start = pos
    found = False
    for n in range(_MAX_WORDS):
        m = _WORD_BEFORE.search(text, 0, start)
        if m is None:
            break
        word = m.group(1)
        low = word.lower()
        if low in _JOINERS and n:
            start = m.start()
            continue
        typed_low = low in _FOREIGN_KINDS  # "liceum nr 3" typed in lower case in chat
        if low in _OPENERS or not (word[0].isupper() or _roman(word) or typed_low):
            break
        start = m.start()
        found = found or low.rstrip(".") in INSTITUTION_KINDS
    if not found:
        return None
    while text[start:pos].split() and text[start:pos].split()[0].lower() in _JOINERS:
        start = text.index(" ", start) + 1  # a run never opens on "de"
    return start


def _roman(word: str) -> bool:
    return bool(word) and set(word) <= set("IVXL") and len(word) <= 5
