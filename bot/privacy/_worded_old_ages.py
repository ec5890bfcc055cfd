"""Ages over 89 in number words of languages the other age patterns do not read: Dutch
("drieënnegentig jaar"), Polish ("dziewięćdziesiąt dwa lata"), Swedish, Norwegian and
Danish ("nittiotvå år", "tooghalvfems år"), Turkish ("doksan iki yaşında"), Indonesian and
Malay ("sembilan puluh tahun"), Tagalog ("siyamnapung taong gulang"), Russian ("девяносто
два года"), Finnish ("yhdeksänkymmentä vuotta"), and bare number words after a verb of
turning or being with nothing after them ("Sie wurde neunzig.", "cumplió noventa y
cinco."), and the nineties of Czech, Slovak, the languages of former Yugoslavia, French
("nonante-deux", "quatre-vingt-quinze"), Catalan, Romanian, Hungarian, Greek typed in Latin
letters and romanised Hindi-Urdu.

A number word is an age when the word for years follows it, when it stands alone in brackets
("(noventa y nueve!)"), or when a verb of turning or being (of its language or English: "is
devadesát dva", "turned devedeset pet") precedes it and the clause ends after it or goes on
with "and", "but" or a word of when ("turning cien next year"). A word saying "ago" before it ("vor
neunzig Jahren", "sembilan puluh tahun yang lalu") keeps it; so does a count of something
else ("neunzig Kilometer": no word for years, no end of clause).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._case_blind import folds_as_lower

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
    # Czech, Slovak
    r"|devades[áa]t(?:\s+(?:jedna|jeden|dva|dv[ěe]|t[řr]i|[čc]ty[řr]i|p[ěe]t|[šs]est|sedm|osm"
    r"|dev[ěe]t))?"
    r"|dev[äa][ťt]desiat(?:\s*(?:jeden|jedna|dva|dve|tri|[šs]tyri|p[äa][ťt]|[šs]es[ťt]|sedem"
    r"|osem|dev[äa][ťt]))?"
    # Bosnian, Croatian, Serbian, Montenegrin; Slovenian
    r"|devedeset(?:\s+(?:i\s+)?(?:jedan|jedna|dva|dvije|dve|tri|[čc]etiri|pet|[šs]est|sedam"
    r"|osam|devet))?"
    r"|(?:(?:ena|dva|tri|[šs]tiri|pet|[šs]est|sedem|osem|devet)in)?devetdeset"
    r"|деведесет(?:\s+(?:и\s+)?(?:један|једна|два|три|четири|пет|шест|седам|осам|девет))?"
    r"|деветдесет(?:\s+и\s+(?:едно|една|две|два|три|четири|пет|шест|седем|осем|девет))?"
    r"|дев['’ʼ]?яносто(?:\s+(?:один|одна|два|дві|три|чотири|п['’ʼ]?ять|шість|сім|вісім"
    r"|дев['’ʼ]?ять))?"
    # French (Belgium and Switzerland say "nonante"), Catalan
    r"|nonante(?:[-\s](?:et[-\s]un(?:e)?|un|deux|trois|quatre|cinq|six|sept|huit|neuf))?"
    r"|quatre[-\s]vingt[-\s](?:dix(?:[-\s](?:sept|huit|neuf))?|et[-\s]onze|onze|douze|treize"
    r"|quatorze|quinze|seize)"
    r"|noranta(?:[-\s](?:u|un|una|dos|dues|tres|quatre|cinc|sis|set|vuit|nou))?"
    # Romanian, Hungarian
    r"|nou[ăa]zeci(?:\s+[șşs]i\s+(?:unu|una|doi|dou[ăa]|trei|patru|cinci|[șşs]ase|[șşs]apte"
    r"|opt|nou[ăa]))?"
    r"|kilencven(?:egy|kett[őo]|k[ée]t|h[áa]rom|n[ée]gy|[öo]t|hat|h[ée]t|nyolc|kilenc)?"
    # Greek in Latin letters
    r"|enen[iy]nta(?:\s+(?:ena|dyo|dio|tria|tessera|tesera|pente|exi|eksi|efta|epta|okto|ochto"
    r"|oxto|ennia|enia))?"
    # romanised Hindi-Urdu
    r"|nabbe|nabbay|ikyaanve|ikyanve|ikyaanwe|baanve|baanave|baanwe|tiraanve|tiranve|chauraanve"
    r"|chauranve|pachaanve|pachanve|chhiyaanve|chhiyanve|sattaanve|sattanve|athaanve|attanve"
    r"|ninyaanve|ninyanve"
)
# a hundred: an age only after a verb of turning ("turning cien next year")
_HUNDRED = r"cien|cem|cento|hundert|honderd|sz[áa]z|o\s+sut[ăa]|ekato|ekaton"
# numbers the other patterns know only before their word for years
_BARE_NUMBER = (
    r"noventa(?:\s+[ye]\s+(?:uno|una|un|um|uma|dos|dois|duas|tres|três|cuatro|quatro|cinco"
    r"|seis|siete|sete|ocho|oito|nueve|nove))?"
    r"|novant(?:a|uno|adue|atré|atre|aquattro|acinque|asei|asette|otto|anove)"
)
_YEARS = (
    r"jaar|jaren|jahre|jahren|jahr|lat|lata|år|års|yaşında|yaşındaydı|yaşına|yaşındaki"
    r"|tahun|taon|taong|лет|года|год|vuotta|vuotias|vuotiaana|let|roků|rokov|godina|godine"
    r"|ani|éves|évesen|ans|anys|años|anos|anni|chronia|chronon|saal|sal|років|години"
)
_WITH_YEARS = re.compile(r"(?i)\b(?P<age>" + _NUMBER + r")\s+(?:" + _YEARS + r")\b")
# verbs of turning or being before a bare number: "wurde", "is geworden", "cumplió", "fyllde"
_BEFORE = (
    r"wurde|wird|ist|war|ist\s+jetzt|wordt|werd|is|was|skończyła|skończył|ma|miała|miał"
    r"|fyllde|fyller|fylte|fylder|fyldte|täytti|täyttää|on|исполнилось|исполнится"
    r"|cumplió|cumplio|cumple|cumplirá|cumpliu|completou|completa|fez|faz|tiene|tenía|tem"
    r"|compie|compirà|ha\s+compiuto|berumur|umur|usia"
    # English before another language's number ("is devadesát dva", "turned devedeset pet")
    r"|turned|turns|turning|is\s+turning|is\s+now|just\s+turned|will\s+be|['’]s"
    r"|je|ima|má|lett|betöltötte|a\s+împlinit|împlinește|és|est|vient\s+d['’]avoir"
)
_TURNING = (
    r"turned|turns|turning|cumplió|cumplio|cumple|cumplirá|cumpliu|completou|completa|wurde"
    r"|wird|fyllde|fyller"
)
# what may follow the number in its clause: its end, "and"/"but" of many languages, a word of when
_AFTER = (
    r"(?=\s*(?:[.!?,;:)]|$|\n|[-–—]\s)|\s+(?:and|but|y|e|et|und|en|i|a|și|és|ir|ale|ma|pero"
    r"|mais|aber|now|today|this|next|last|in|on|yesterday|tomorrow|still)\b)"
)
_BARE = re.compile(
    r"(?i)\b(?:" + _BEFORE + r")\s+(?P<age>(?>" + _NUMBER + "|" + _BARE_NUMBER + r"))" + _AFTER
)
_TURNED_HUNDRED = re.compile(r"(?i)\b(?:" + _TURNING + r")\s+(?P<age>" + _HUNDRED + r")" + _AFTER)
# "(noventa y nueve!)": a number word alone in brackets
_BRACKETED = re.compile(r"(?i)\(\s*(?P<age>" + _NUMBER + "|" + _BARE_NUMBER + r")\s*[!?.]*\s*\)")
_AGO_BEFORE = re.compile(r"(?i)\b(?:vor|geleden|temu|för|for|önce|sejak|назад)\s+$")
_AGO_AFTER = re.compile(r"(?i)\s+(?:geleden|temu|sedan|siden|önce|yang\s+lalu|lalu|назад|sitten)\b")


# stems of those number words, one of which every match holds
HINTS = (
    "neunzig", "negentig", "dziewięćdziesi", "nitti", "halvfems", "doksan", "puluh",
    "siyamnapu", "девяносто", "yhdeksänkymmen", "noventa", "novant", "devades", "desiat",
    "devedeset", "devetdeset", "деведесет", "деветдесет", "яносто", "nonante",
    "quatre-vingt-", "quatre vingt ", "noranta", "zeci", "kilencven", "nynta", "ninta",
    "nabb", "anve", "aanwe", "anwe", "cien", "cem", "cento", "hundert", "honderd", "száz",
    "szaz", "sută", "suta", "ekato",
)  # fmt: skip


def may_hold(lowered: str) -> bool:
    """Cheap test: a stem of a number word of the nineties is in the text."""
    for hint in HINTS:  # noqa: SIM110 - a loop costs less than a generator here
        if hint in lowered:
            return True
    return False


# stems of the words for a hundred, one of which every match of ``_HUNDRED`` holds
_HUNDRED_HINTS = ("cien", "cem", "cento", "hundert", "honderd", "száz", "szaz", "sut", "ekato")
# one of which every match of ``_NUMBER`` and ``_BARE_NUMBER`` holds ("baanave" and the French
# "quatre vingt" with other gaps hold none of ``HINTS`` beside another)
_NUMBER_HINTS = (*(h for h in HINTS if h not in _HUNDRED_HINTS), "baanave", "quatre")


def _holds_any(hints: tuple[str, ...], lowered: str) -> bool:
    for hint in hints:  # noqa: SIM110 - a loop costs less than a generator here
        if hint in lowered:
            return True
    return False


def worded_old_ages(text: str, lowered: str) -> Iterator[Candidate]:
    """Ages over 89 in number words (``lowered`` is ``text`` in lower case)."""
    if not may_hold(lowered):
        return
    # each pattern only where a word it needs may stand ("december" holds "cem" alone),
    # where the case-blind patterns read the text as its lower case does (``_case_blind``)
    blind = not folds_as_lower(text)
    numbers = blind or _holds_any(_NUMBER_HINTS, lowered)
    hundreds = blind or _holds_any(_HUNDRED_HINTS, lowered)
    patterns = (_WITH_YEARS, _BARE) if numbers else ()
    patterns += (_TURNED_HUNDRED,) if hundreds else ()
    patterns += (_BRACKETED,) if numbers else ()
    for pattern in patterns:
        for m in pattern.finditer(text):
            start, end = m.span("age")
            if _AGO_BEFORE.search(text, max(0, start - 8), start):
                continue
            if _AGO_AFTER.match(text, m.end()):
                continue
            yield start, end, "age"
