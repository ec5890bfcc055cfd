"""Ages over 89 said by the clause around a bare number or number word.

"i'm 93", "i am 92" (someone giving their own age), "shes 93", "hez 97" (chat typing
"she's"), "died at 96", "lived to 98", "passed away at 101" (an age at death), "94 and still
gardening", "ninety-six and sharp as a tack"
(an age opening a clause, then how the person still is), "still drives at 94." (an age
closing a clause about what someone still does), "(f/94)", "(f, 92)" (sex and age typed in
lower case or with a slash), and ages said in words of French, Spanish, Portuguese,
Italian and German ("quatre-vingt-quinze ans", "noventa y cuatro años"), unless a word
says "ago" ("hace noventa años"). Counts and measures keep their number: "94 sessions", "page
94", "scored 94 and passed", "94 and 95 were the room numbers", "i'm 93 days sober".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

_NUMBER = (
    r"(?:9\d|1[01]\d|12[0-5])(?![\w%/]|[.,]\d)"
    r"|ninety(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?\b"
    r"|(?:one|a)\s+hundred(?:\s+and\s+(?:one|two|three|four|five))?\b"
)
# what a person's age is followed by that no count is: "and still", "and sharp as a tack"
_STILL_AFTER = (
    r"\s*,?\s+(?:and|but|n)\s+(?:still|sharp|going\s+strong|fit|frail|fiercely|living\s+alone"
    r"|lives\s+alone|independent|feisty|sprightly|stubborn|healthy|thriving|never)\b"
)
_CLAUSE_START = r"(?:^|(?<=[.!?;:\n(])\s*|(?<=,)\s+|(?<=\s[-–—])\s+)"
_OPENING_AGE = re.compile(rf"(?i){_CLAUSE_START}(?P<age>{_NUMBER})(?={_STILL_AFTER})", re.MULTILINE)
# what every match of _OPENING_AGE holds after its age, from the space before "and": looked
# for first, as the engine skips in C to each space (the whole pattern tries every place)
_STILL_HINT = re.compile(r"(?i)\s" + _STILL_AFTER[_STILL_AFTER.index("(?:and|but|n)") :])
# the patterns below open with a look-ahead for the first letters of their words, so that
# the engine skips in C to where a match can start
_OWN_AGE = re.compile(
    rf"(?i)(?=[ish])\b(?:i['’]?m|i\s+am|im|s?hes|s?hez)\s+(?:only\s+|just\s+|nearly\s+|almost\s+|now\s+)?"
    rf"(?P<age>{_NUMBER})"
)
_AT_DEATH = re.compile(
    rf"(?i)(?=[bdlmp])\b(?:died|dies|passed(?:\s+away|\s+on)?|passes(?:\s+away)?|lived\s+to|live\s+to"
    rf"|living\s+to|made\s+it\s+to|make\s+it\s+to|buried)\s+(?:at\s+)?(?:(?:the\s+)?age\s+"
    rf"(?:of\s+)?)?(?P<age>{_NUMBER})"
)
_STILL_AT = re.compile(
    rf"(?i)(?=s)\bstill\b[^.!?\n]{{1,40}}?\bat\s+(?P<age>{_NUMBER})(?=\s*(?:[.!?,;)]|$|\n))"
)
_SEX_AGE = re.compile(rf"(?i)\((?:f|m|w|female|male|nb)\s*[,/]\s*(?P<age>{_NUMBER})\s*\)")
# ages of 90 and over in words of other languages, before their word for years
_WORDED = re.compile(
    r"(?i)\b(?P<age>"
    r"quatre[- ]vingt[- ](?:dix(?:[- ](?:sept|huit|neuf))?|onze|douze|treize|quatorze|quinze"
    r"|seize)|nonante(?:[- ][a-z]+)?|cent"
    r") ans\b"
    r"|\b(?P<age2>noventa(?: y (?:uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?|cien)"
    r" años\b"
    r"|\b(?P<age3>noventa(?: e (?:um|dois|três|tres|quatro|cinco|seis|sete|oito|nove))?|cem)"
    r" anos\b"
    r"|\b(?P<age4>novant(?:a|uno|adue|atré|atre|aquattro|acinque|asei|asette|otto|anove)|cento)"
    r" anni\b(?! fa\b)"
    r"|\b(?P<age5>(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)undneunzig|neunzig|hundert)"
    r" Jahre\b"
)
# "hace noventa años", "il y a cent ans", "há noventa anos", "vor neunzig Jahren": ago
_AGO_BEFORE = re.compile(r"(?i)\b(?:hace|il y a|há|vor|depuis|desde)\s+$")


def worded_ages(text: str) -> Iterator[Candidate]:
    """ "quatre-vingt-quinze ans", "noventa y cuatro años", "novantaquattro anni"."""
    for m in _WORDED.finditer(text):
        group = next(g for g in ("age", "age2", "age3", "age4", "age5") if m.group(g))
        start = m.start(group)
        if _AGO_BEFORE.search(text, max(0, start - 8), start):
            continue
        yield start, m.end(group), "age"


# a count or measure after the number: not an age
_NOT_AGE_AFTER = re.compile(
    r"(?i)\s*(?:%|percent|min|minutes|hours|hrs|days|weeks|months|years\s+(?:ago|sober|clean)"
    r"|lbs?|pounds|kg|kgs|kilos|mg|degrees|times|miles|km|points|pts|dollars|bucks|steps"
    r"|people|sessions|pages|followers|likes|calories|kcal|beds|students|members|th\b|st\b)\b"
)


_WORDED_HINTS = (
    "vingt", "novent", "novant", "neunzig", "nonante", "cent ans", "cien años", "cem anos",
    "cento anni", "hundert jahre",
)  # fmt: skip
_NUMBER_HINT = re.compile(r"(?=[19nh])(?:(?<!\d)(?:9\d|1[01]\d|12[0-5])(?!\d)|ninet|hundred)")


def said_ages(text: str, lowered: str) -> Iterator[Candidate]:
    """Ages over 89 said by the clauses above (``lowered`` is ``text`` in lower case)."""
    if any(word in lowered for word in _WORDED_HINTS):
        yield from worded_ages(text)
    if _NUMBER_HINT.search(lowered) is None:
        return
    patterns: list[re.Pattern[str]] = []
    if (" and " in lowered or " but " in lowered or " n " in lowered) and _STILL_HINT.search(text):
        patterns.append(_OPENING_AGE)
    if "m " in lowered or "es " in lowered or "ez " in lowered:
        patterns.append(_OWN_AGE)
    if "died" in lowered or "pass" in lowered or "live" in lowered or "to " in lowered:
        patterns.append(_AT_DEATH)
    if "still" in lowered:
        patterns.append(_STILL_AT)
    if "(" in text:
        patterns.append(_SEX_AGE)
    for pattern in patterns:
        for m in pattern.finditer(text):
            if _NOT_AGE_AFTER.match(text, m.end("age")):
                continue
            yield m.start("age"), m.end("age"), "age"
