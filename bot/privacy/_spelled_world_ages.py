"""Ages over 89 spelled out in words and said the way South Asian chat says them: "nani
ninety two ki hain", "Aaji ninety-one varshanchi aahe", "Uni nobboi bochor er", "appachan
thonnooru vayassu", "dadi nabbe saal ki hain".

``_world_ages`` reads an age written in digits before a word of age ("94 bochor boyesh",
"97 barsa pugnu bhayo"). Here the number is a word, English or of Hindi, Urdu, Nepali,
Bengali, Marathi, Malayalam or Tamil as typed in Latin letters, and only a word that says
age may follow it: "vayassu" (age), "varshanchi" (of years), "saal ki" / "ki hain" (of
years / is, said of a person), "bochor er" / "bochor boyesh" (of years / years of age),
"barsa pugnu" (reached ... years); the Hindi copula "ki hain" only right after a relative
("nani ninety two ki hain"). The number is removed, the words of age stay. "ninety
two saal pehle" (ago) and "nabbe rupaye" say no age and stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._kin_address import WORDS as KIN_ADDRESS_WORDS

Candidate = tuple[int, int, str]

_ENGLISH = (
    r"ninety(?:[-\s]?(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?:one|a)\s+hundred(?:\s+and\s+(?:one|two|three|four|five))?"
)
_NATIVE = (
    # Hindi, Urdu and Nepali
    "nabbe nabbey navve ikyanve ikyaanve baanve banve tiranve tiraanve chauranve chouranve "
    "pachanve pachaanve chhiyanve chiyanve sattanve sattaanve atthanve athanve ninyanve "
    "nineanve "
    # Bengali
    "nobboi nobbui ekanobboi biranobboi tiranobboi chauranobboi choranobboi pachanobboi "
    "chhiyanobboi satanobboi atanobboi niranobboi eksho aksho "
    # Marathi
    "navvad navad ekyaanav byaanav tyaanav chauryaanav panchyaanav shahanav sattyaanav "
    "atthyaanav navvyaanav shambhar "
    # Malayalam and Tamil
    "thonnooru thonnuru tonnuru"
).split()
_NUMBER = rf"(?:{_ENGLISH}|{'|'.join(sorted(_NATIVE, key=len, reverse=True))})"
# words of age after the number (each says a person's age, not a span of time)
_AGE_TAIL = (
    r"(?:saal|sal|varsh|varsha|baras|baris)\s+(?:ki|ka|ke)\b"
    r"|bochor(?:er\b|\s+(?:er|boyesh|boyeshi|boyosh|boyos|hoyeche|hoye\s+geche)\b)"
    r"|(?:barsa|barsha)(?:ko\b|\s+(?:pugnu|pugyo|pugeko|pugisakyo|pugisaknu|ko|ki)\b)|barse\b"
    r"|varshanchi\b|varshachi\b|varshancha\b|varshachya\b|varshanche\b"
    r"|vayassu\b|vayasu\b|vayasaanu\b|vayassaanu\b|vayassayi\b"
    r"|(?P<copula>(?:ki|ka|ke)\s+(?:hain|hai|hei|hen|thi|tha|the)\b)"
)
_SPELLED_AGE = re.compile(rf"(?i)(?<![\w-])(?P<age>{_NUMBER})\s+(?:{_AGE_TAIL})")
# "nani ninety two ki hain": the Hindi copula says an age only right after a relative
_KIN_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
# what a text must hold for one of the number words to stand in it
SPELLED_AGE_HINTS = (
    "ninet",
    "hundred",
    "nabb",
    "navv",
    "anve",
    "nobb",
    "eksho",
    "aksho",
    "navad",
    "aanav",
    "shahanav",
    "shambhar",
    "onnooru",
    "onnuru",
    "nooru",
)


def spelled_world_ages(text: str, lowered: str) -> Iterator[Candidate]:
    """Ages over 89 spelled out before a word of age, as the module describes (``lowered``
    is ``text`` in lower case)."""
    if not any(hint in lowered for hint in SPELLED_AGE_HINTS):
        return
    for m in _SPELLED_AGE.finditer(text):
        if m.group("copula"):
            kin = _KIN_BEFORE.search(text, max(0, m.start() - 20), m.start())
            if kin is None or kin.group(1).lower() not in KIN_ADDRESS_WORDS:
                continue  # "ninety ki hai" (of ninety rupees): no age
        yield m.start("age"), m.end("age"), "age"
