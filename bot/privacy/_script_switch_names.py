"""Chat names typed in Latin letters before a clause in another script: "dzianis пришел сам",
"minsk update: nastia в Barysaŭ", "ani գնաց դպրոց", "hiba قالت".

Therapists who write to colleagues in English and to clients in Russian, Belarusian, Greek,
Armenian or Arabic type a client's name in Latin letters in lower case, and go straight on
in the other script. The word that opens the text (or the line, or what follows a colon)
in Latin letters, right before a word of another script, is the subject of that clause:
a name. English chat words ("ok", "lol", "btw") and everyday words are in the word lists
and stay.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._function_words import tables

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

# Cyrillic, Greek, Armenian, Georgian, Hebrew, Arabic
_OTHER_SCRIPT = "\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u10a0-\u10ff\u0590-\u05ff\u0600-\u06ff"
_OPENING = re.compile(
    r"(?m)(?:^|: )[ \t]*([a-z\u00df-\u024f][a-z\u00df-\u024f'’-]{2,})(?= [" + _OTHER_SCRIPT + "])"
)
_HINT = re.compile("[" + _OTHER_SCRIPT + "]")
# greetings typed in Latin letters before the other script ("salam колеги", "geia σας"):
# greetings of the languages written in these scripts, as romanised in chat
_GREETINGS = frozenset(
    "salam salaam salom assalamu assalamualaikum salamaleikum marhaba marhaban ahlan ahla "
    "shalom privet privetik privit pryvit pryvitannie zdravo zdravstvuyte zdravstvuite "
    "zdraste dobryi dobry dobroe dobrogo dobryy vitaju vitayu barev barevdzez gamarjoba "
    "geia geiasou geiasas yassou yassas yiasou kalimera kalispera kalinixta khop kaixo "
    "spasibo spasiba dziakuj dziakuju shnorhakalutyun madloba efharisto efcharisto shukran "
    "sabah masa poka davai kharasho khorosho".split()
)


def may_hold_script_switch(text: str) -> bool:
    """Cheap check: a letter of another script."""
    return _HINT.search(text) is not None


def script_switch_names(text: str, lex: Lexicon) -> list[Candidate]:
    """Lower-case Latin words opening a clause written on in another script."""
    out: list[Candidate] = []
    for m in _OPENING.finditer(text):
        low = m.group(1)
        if low in lex.ordinary or low in lex.always_ordinary or low in lex.regions:
            continue
        if low in _GREETINGS or low in tables().langs:
            continue
        out.append((m.start(1), m.end(1), "name"))
    return out
