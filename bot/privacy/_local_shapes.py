"""Shapes of identifiers that other countries' paperwork gives, and numbers that look like
them but name no one: school terms in a given year, Singapore postcodes, record numbers
written in spaced groups, an age in brackets after a relative, public helplines and
course codes."""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

# "Term 2 2024", "term 4, 2025", "Semester 1 2023", "T3 2024": a school term in a given year
_TERM_DATE = re.compile(
    r"(?<![\w-])(?:(?i:term|semester|trimester|quarter)\s*|T|Q)[1-4],?\s+(?:19|20)\d\d\b"
    r"|(?<![\w-])(?i:(?:spring|summer|autumn|fall|winter|lent|michaelmas|hilary|trinity|easter)"
    r"\s+(?:term|semester)),?\s+(?:of\s+)?(?:19|20)\d\d\b"
)
_TERM_HINT = re.compile(r"(?i)term|semester|quarter|T[1-4]|Q[1-4]")

# "S460412", "S(460412)": a Singapore postcode (an NRIC holds seven digits and a letter)
_SG_POSTCODE = re.compile(r"(?<![\w-])S\(?\d{6}\)?(?![\w-])")

# "record number R 448 992", "MRN 3345 7781", "file no. 22 418 07": a number in spaced
# groups (an optional letter prefix or suffix) after a word naming a record and a word
# saying a number follows
_SPACED_RECORD = re.compile(
    r"(?i:\b(?:record|case|file|chart|claim|policy|member|patient|hospital|client|account"
    r"|reference)\s*(?:no\.?|num(?:ber)?|#|:)|\b(?:MRN|UR|ref)\.?)\s*[:#]?\s*"
    r"(?P<id>(?:[A-Z]{1,2}\s?)?\d{2,5}(?:\s\d{2,5}){1,3}(?:\s[A-Z](?![\w-]))?)(?![\w/.,-]\d)"
)
_MIN_SPACED_RECORD_DIGITS = 5

# "(gran ninety-two)", "(nana 94)", "(her great-grandad, 101)": an age in brackets right
# after the relative it belongs to
_KIN_AGE = re.compile(
    r"(?i)\(\s*(?:her|his|their|my|our)?\s*(?:great[-\s])*(?:gran|grandma|grandmother|grandpa"
    r"|grandad|granddad|grandfather|grandmum|grandmom|nan|nana|nanna|nanny|lola|lolo|gogo|mbuya"
    r"|ouma|oupa|nani|nanaji|dadi|dada|ammamma|ahma|ahkong|popo|kuia|koro|bubbe|zaida|mum|mom"
    r"|mother|dad|father|aunt|auntie|aunty|uncle|neighbour|neighbor|husband|wife|patient"
    r"|client|resident)\s*,?\s*"
    r"(?P<age>(?:9\d|1[01]\d)|ninety(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?:one|a)\s+hundred(?:\s+and\s+(?:one|two|three|four|five))?)\s*\)"
)


def term_dates(text: str) -> Iterator[Candidate]:
    """School terms in a given year."""
    if _TERM_HINT.search(text):
        for m in _TERM_DATE.finditer(text):
            yield m.start(), m.end(), "date"


def local_places(text: str) -> Iterator[Candidate]:
    """Postcodes not written like any of the UK, Irish or Canadian ones."""
    if "S" in text:
        for m in _SG_POSTCODE.finditer(text):
            yield m.start(), m.end(), "place"


def spaced_records(text: str) -> Iterator[Candidate]:
    """Record numbers written in spaced groups after a word that names them."""
    for m in _SPACED_RECORD.finditer(text):
        if sum(c.isdigit() for c in m.group("id")) >= _MIN_SPACED_RECORD_DIGITS:
            yield m.start("id"), m.end("id"), "id"


def kin_ages(text: str) -> Iterator[Candidate]:
    """Ages over 89 in brackets after a relative."""
    if "(" in text:
        for m in _KIN_AGE.finditer(text):
            yield m.start("age"), m.end("age"), "age"


# Public helplines and crisis lines (digits only): they reach a service, never a person.
# UK and Ireland, US and Canada, Australia, New Zealand, South Africa, India, Singapore,
# the Philippines and Kenya; the digits of each as the services publish them.
HELPLINES = frozenset(
    """
    999 111 112 911 988 000 116123 116111 116006 08001111 0800111 85258 50808 741741 686868
    18002738255 8002738255 18006624357 8006624357 18664887386 18334564566 8334564566
    18006686868 8006686868 131114 1800551800 1300224636 1300659467 1300789978 139276
    1800737732 1737 0800543354 0800376633 0800111757 0800726666 0800567567 0800121314
    0861322322 14416 18005990019 1767 91511767 1553 1199 1195 08457909090 0800684141
    0800585858 1800247247 1800804848
    """.split()
)

# "PSYC101", "STAT2040", "MATH1051A": a course code, where the sentence speaks of study
_COURSE_CODE = re.compile(r"[A-Z]{3,4}\d{3,4}[A-Z]?")
_STUDY_WORDS = re.compile(
    r"(?i)\b(?:pass(?:ed|ing)?|fail(?:ed|ing)?|course|courses|module|modules|unit|units"
    r"|paper|papers|subject|subjects|class|classes|semester|exam|exams|enrol(?:l)?ed|lecture"
    r"|lectures|tutorial|credits?|resit|grade|grades|uni|university|college|degree)\b"
)
_SENTENCE_REACH = 80


def helpline(value: str) -> bool:
    """Whether ``value`` (a phone or id as written) is a public helpline's number."""
    digits = "".join(c for c in value if c.isdigit())
    return digits in HELPLINES


def course_code(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (its letters alone or with the digits) is a course code
    said in a sentence about study."""
    while end < len(text) and text[end].isalnum():
        end += 1
    if not _COURSE_CODE.fullmatch(text, start, end):
        return False
    lo, hi = max(0, start - _SENTENCE_REACH), min(len(text), end + _SENTENCE_REACH)
    return _STUDY_WORDS.search(text, lo, hi) is not None


def not_identifying(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` less public helplines and course codes."""
    return [
        (start, end, kind)
        for start, end, kind in found
        if not (helpline(text[start:end]) or course_code(text, start, end))
    ]
