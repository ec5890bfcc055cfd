"""Ages over 89 in number words of languages the other age patterns do not read: Dutch
("drieënnegentig jaar"), Polish ("dziewięćdziesiąt dwa lata"), Swedish, Norwegian and
Danish ("nittiotvå år", "tooghalvfems år"), Turkish ("doksan iki yaşında"), Indonesian and
Malay ("sembilan puluh tahun"), Tagalog ("siyamnapung taong gulang"), Russian ("девяносто
два года"), Finnish ("yhdeksänkymmentä vuotta"), and bare number words after a verb of
turning or being with nothing after them ("Sie wurde neunzig.", "cumplió noventa y
cinco.").

A number word is an age when the word for years follows it, or when a verb of turning or
being precedes it and the clause ends after it. A word saying "ago" before it ("vor
neunzig Jahren", "sembilan puluh tahun yang lalu") keeps it; so does a count of something
else ("neunzig Kilometer": no word for years, no end of clause).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

_NUMBER = (
    # German, Dutch
    r"(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?neunzig"
    r"|(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën))?negentig"
    # Polish
    r"|dziewięćdziesiąt(?:\s+(?:jeden|dwa|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć))?"
    r"|dziewięćdziesięciu(?:\s+(?:jeden|dwóch|trzech|czterech|pięciu|sześciu|siedmiu"
    r"|ośmiu|dziewięciu))?"
    # Swedish, Norwegian, Danish
    r"|nitti(?:o)?(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|to|fire|seks|syv|åtte|ni)?"
    r"|(?:(?:en|to|tre|fire|fem|seks|syv|otte|ni)og)?halvfems"
    # Turkish
    r"|doksan(?:\s+(?:bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz))?"
    # Indonesian, Malay
    r"|sembilan\s+puluh(?:\s+(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|lapan|sembilan))?"
    # Tagalog
    r"|siyamnapu(?:ng|['’]t\s+(?:isa|dalawa|tatlo|apat|lima|anim|pito|walo|siyam)(?:ng)?)?"
    # Russian
    r"|девяносто(?:\s+(?:один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять))?"
    # Finnish
    r"|yhdeksänkymmentä(?:yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän)?"
)
# numbers the other patterns know only before their word for years
_BARE_NUMBER = (
    r"noventa(?:\s+[ye]\s+(?:uno|una|un|um|uma|dos|dois|duas|tres|três|cuatro|quatro|cinco"
    r"|seis|siete|sete|ocho|oito|nueve|nove))?"
    r"|novant(?:a|uno|adue|atré|atre|aquattro|acinque|asei|asette|otto|anove)"
)
_YEARS = (
    r"jaar|jaren|jahre|jahren|jahr|lat|lata|år|års|yaşında|yaşındaydı|yaşına|yaşındaki"
    r"|tahun|taon|taong|лет|года|год|vuotta|vuotias|vuotiaana"
)
_WITH_YEARS = re.compile(r"(?i)\b(?P<age>" + _NUMBER + r")\s+(?:" + _YEARS + r")\b")
# verbs of turning or being before a bare number: "wurde", "is geworden", "cumplió", "fyllde"
_BEFORE = (
    r"wurde|wird|ist|war|ist\s+jetzt|wordt|werd|is|was|skończyła|skończył|ma|miała|miał"
    r"|fyllde|fyller|fylte|fylder|fyldte|täytti|täyttää|on|исполнилось|исполнится"
    r"|cumplió|cumplio|cumple|cumplirá|cumpliu|completou|completa|fez|faz|tiene|tenía|tem"
    r"|compie|compirà|ha\s+compiuto|berumur|umur|usia"
)
_BARE = re.compile(
    r"(?i)\b(?:"
    + _BEFORE
    + r")\s+(?P<age>"
    + _NUMBER
    + "|"
    + _BARE_NUMBER
    + r")(?=\s*(?:[.!?,;)]|$|\n))"
)
_AGO_BEFORE = re.compile(r"(?i)\b(?:vor|geleden|temu|för|for|önce|sejak|назад)\s+$")
_AGO_AFTER = re.compile(r"(?i)\s+(?:geleden|temu|sedan|siden|önce|yang\s+lalu|lalu|назад|sitten)\b")


# stems of those number words, one of which every match holds
HINTS = (
    "neunzig", "negentig", "dziewięćdziesi", "nitti", "halvfems", "doksan", "puluh",
    "siyamnapu", "девяносто", "yhdeksänkymmen", "noventa", "novant",
)  # fmt: skip


def may_hold(lowered: str) -> bool:
    """Cheap test: a stem of a number word of the nineties is in the text."""
    for hint in HINTS:  # noqa: SIM110 - a loop costs less than a generator here
        if hint in lowered:
            return True
    return False


def worded_old_ages(text: str, lowered: str) -> Iterator[Candidate]:
    """Ages over 89 in number words (``lowered`` is ``text`` in lower case)."""
    if not may_hold(lowered):
        return
    for pattern in (_WITH_YEARS, _BARE):
        for m in pattern.finditer(text):
            start, end = m.span("age")
            if _AGO_BEFORE.search(text, max(0, start - 8), start):
                continue
            if _AGO_AFTER.match(text, m.end()):
                continue
            yield start, end, "age"
