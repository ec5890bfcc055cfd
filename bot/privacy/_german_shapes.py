"""Numbers of German-speaking countries that identify a client.

- dates written day-first with closing stops after a German cue ("am 22.4.", "bis 2.9."),
- the Swiss AHV number ("756.4821.3307.19"),
- German court file numbers ("Aktenzeichen 12 F 3471/23"),
- a street with its house number ("Weserstraße 142", "Favoritenstraße 87"),
- a postcode before its town ("1100 Wien", "12043 Berlin", "L-1740 Luxembourg",
  "CH-8004 Zürich", "39100 Bozen").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._german_nouns import TOWNS, is_german
from ._lexicon import lexicon

Candidate = tuple[int, int, str]

_DATE_CUE = re.compile(
    r"(?i)\b(?:am|vom|bis|ab|seit|zum|den|dem|bis zum|nach dem|vor dem|bis am|per)\s+"
    r"((?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?:(?:19|20)?\d\d)?)(?!\d)"
)
_AHV = re.compile(r"(?<![\d.])756[.\s]?\d{4}[.\s]?\d{4}[.\s]?\d{2}(?![\d])")
_FILE_NUMBER = re.compile(r"(?<![\w/])\d{1,3}\s[A-Z]{1,3}\s\d{1,6}/\d{2,4}(?![\w/])")
_POSTCODE_TOWN = re.compile(
    r"(?=[ADLICF\d])(?<![\w.,/-])((?:[ADLI]|CH|FL)-)?(\d{4,5})\s+"  # the look-ahead: skip in C
    r"([A-ZÄÖÜ][a-zäöüßéè]+(?:[- ][A-ZÄÖÜ][a-zäöüßéè]+)?)"
)
_STREET_NUMBER = re.compile(
    r"(?=[A-ZÄÖÜ])\b[A-ZÄÖÜ][a-zäöüß]*(?:-[A-ZÄÖÜ][a-zäöüß]*)*"  # look-ahead: skip in C
    r"(?:straße|strasse|str\.|gasse|weg|platz|allee|ring|damm|ufer|chaussee|steig|zeile)"
    r"\s+\d{1,4}(?:\s?[a-z])?\b"
)
# what every street above holds (its ending, matched case for case): "str" stands for
# "straße", "strasse" and "str."
_STREET_ENDINGS = (
    "str", "gasse", "weg", "platz", "allee", "ring", "damm", "ufer", "chaussee", "steig", "zeile",
)  # fmt: skip
_NOT_TOWNS = frozenset(
    "euro eur franken chf jahre jahren stunden minuten mal km meter kilo gramm schritte "
    "punkte seiten wörter menschen leute kinder einwohner mitglieder follower".split()
)
# every date after a cue holds a digit, a stop and a digit ("22.4."): only then is it looked for
_DATE_CUE_HINT = re.compile(r"\d\.[0-9]")
# only texts holding a digit beside one of these can hold such a number
_HINT = re.compile(
    r"(?=[\daj])(?:\d\.\s*$|\d\.\d|\d\s+[A-ZÄÖÜ]|ahv|756|jähr|jahr|\d/\d)",  # look-ahead: skip in C
    re.IGNORECASE,
)


def german_shapes(text: str) -> Iterator[Candidate]:
    """Dates, AHV and file numbers, streets and postcodes with their town (ages over 89 said
    in German, "93 Jahre alt", are found with those of other languages by _world_ages)."""
    if not _HINT.search(text):
        return
    if _DATE_CUE_HINT.search(text):
        for m in _DATE_CUE.finditer(text):
            yield m.start(1), m.end(1), "date"
    if "756" in text:
        for m in _AHV.finditer(text):
            yield m.start(), m.end(), "id"
    if "/" in text:
        for m in _FILE_NUMBER.finditer(text):
            yield m.start(), m.end(), "id"
    if any(ending in text for ending in _STREET_ENDINGS):
        for m in _STREET_NUMBER.finditer(text):
            yield m.start(), m.end(), "place"
    german: bool | None = None
    for m in _POSTCODE_TOWN.finditer(text):
        town = m.group(3).split()[0].split("-")[0].lower()
        if town in _NOT_TOWNS:
            continue
        if not m.group(1) and town not in lexicon().places and town not in TOWNS:
            if german is None:
                german = is_german(text)  # "in 2019 Maria" in English is a year
            if not german:
                continue
        yield m.start(), m.end(), "place"
