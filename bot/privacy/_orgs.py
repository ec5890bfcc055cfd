"""Places named by a number or letter, and organisation-like words that name only a kind.

Found: streets numbered or lettered instead of named ("Road 9", "Avenue J", "Street 14"),
with the house or plot number before them ("House 27, Road 9").
Found too: an organisation named by everyday words that opens a sentence ("Sugar Tree
Holiness Church is where she went"), as it would be found in mid-sentence.
And a long acronym of a local body after a word that leads into one ("a member of KABODA",
"referred from NACWOLA"): six letters or more that spell no word are no shouting.
A word of faith just before a church's name belongs to it ("Christ Embassy Church").
Kept: a court named by the kind of case it hears ("the Family Court", "Magistrates Court"),
the subject of a qualification ("a Certificate III in Aged Care", "a Diploma in Carpentry")
but not a town or an acronym there ("a degree in Leeds", "a course in CIT").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._lexicon import lexicon
from ._vocab import GENERIC_ORG_WORDS, KNOWN_ACRONYMS, ORG_SUFFIXES

if TYPE_CHECKING:
    from ._word_classes import Candidate

# Lower-case words whose presence lets the pass run at all.
ORGS_TRIGGERS = frozenset(
    """
    road street avenue lane rd st ave court courts in
    """.split()
)
_STREET_TRIGGERS = frozenset("road street avenue lane rd st ave".split())

# "Road 9", "Avenue J", "House 27, Road 9": the capital and the number make it one street.
_NUMBERED_STREET = re.compile(
    r"(?<![\w'’-])(?:(?:House|Plot|Holding|Flat)\s+\d{1,4}[A-Za-z]?,?\s+)?"
    r"(?:Road|Street|Avenue|Lane|Rd|Ave)\s+(?:\d{1,3}[A-Za-z]?|[A-Z])(?![\w'’-])"
    r"(?!\s+(?:of|to|-|–)\s)"
    # a street named by its number, as in Surrey, Edmonton or Long Beach: "128 Street",
    # "72 Avenue", "10th Street"
    r"|(?<![\w'’/.,:-])\d{1,3}(?:st|nd|rd|th)?\s+(?:Street|Avenue|Ave|Road|Boulevard|Blvd)"
    r"(?![\w'’-])"
)
# Kinds of court: what a court hears or where it stands in the system, never which one.
_COURT_KINDS = frozenset(
    """
    family crown youth juvenile children's childrens magistrates magistrates' magistrate's
    county district supreme high federal circuit coroner's coroners coroner drug drugs
    housing employment claims small appeal appeals civil criminal probate sheriff sheriff's
    land environment local municipal city state provincial superior divorce custody
    """.split()
)
_COURT_RUN = re.compile(r"(?:[A-Z][\w'’]*\s+){1,3}Courts?\b")
# "a Certificate III in", "her Diploma of Nursing in", "a BSc in": what follows is a subject.
_QUALIFICATION_BEFORE = re.compile(
    r"(?i:\b(?:certificate|cert|diploma|degree|bachelor'?s?|masters?|master's|associate'?s?"
    r"|ba|bsc|ma|msc|mba|phd|nvq|hnd|btec|qualification|major|majoring|honours|honors)"
    r"(?:\s+(?:[IVX]{1,4}|\d|level\s+\d|of\s+[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?))?\s+in\s+)$"
)
_QUALIFICATION_REACH = 60


# Two to four capitalised words and an organisation noun at the start of a sentence.
_OPENING_ORG = re.compile(
    r"(?:^|(?<=[.!?;:\n]\s)|(?<=\n))((?:[A-Z][a-z'’]+\s){2,4}[A-Z][a-z]+)(?![\w'’-]|\s[A-Z])"
)
_DONE_ENDINGS = ("ment", "ing", "ion", "ity", "ics", "apy", "care")
_OPENING_HINT = re.compile(r"(?:^|[.!?;:\n]\s?)[A-Z][a-z]+\s[A-Z]")


def opening_organisations(text: str, out: list[Candidate]) -> list[Candidate]:
    """ "Sugar Tree Holiness Church is where...": everyday words that say which one, before an
    organisation noun, at the start of a sentence (where every word has a capital)."""
    if not _OPENING_HINT.search(text):
        return []
    lex = lexicon()
    found: list[Candidate] = []
    for m in _OPENING_ORG.finditer(text):
        words = m.group(1).lower().split()
        if words[-1] not in ORG_SUFFIXES:
            continue
        body = [w for w in words[:-1] if w not in ORG_SUFFIXES]
        if len(body) < 2 or any(
            w not in lex.ordinary or w in lex.always_ordinary or w in GENERIC_ORG_WORDS
            for w in body
        ):
            continue
        if body[-1].endswith(_DONE_ENDINGS):
            continue  # "Anger Management Clinic", "Family Therapy Centre": what is done there
        start, end = m.span(1)
        if not any(c[0] < end and start < c[1] and (c[0] < start or c[1] > end) for c in out):
            found.append((start, end, "org"))  # a word found inside it goes with the whole
    return found


# A long word in capitals right after a word that leads into a body. Written as
# "(?<![\w'’-])[A-Z]{6,9}(?![\w'’-])" would be, but opening on a capital (found faster).
LONG_ACRONYM = re.compile(r"[A-Z](?<![\w'’-][A-Z])[A-Z]{5,8}(?![\w'’-])")
_LEADS_INTO_BODY = re.compile(
    r"(?i:\b(?:member|members|part|of|joined|from|by|with|at|to|attends|attending|via|for)\s+)$"
)


def long_acronym_orgs(text: str) -> list[Candidate]:
    """ "a member of KABODA", "joined UWESO": a long unknown acronym after a word leading into
    a body names one; a shouted everyday word ("I was SO ANGRY") is a word and is left."""
    lex = lexicon()
    found: list[Candidate] = []
    for m in LONG_ACRONYM.finditer(text):
        word, low = m.group(), m.group().lower()
        if word in KNOWN_ACRONYMS or low in lex.ordinary or low in lex.always_ordinary:
            continue
        if low in lex.given_names or low in lex.surnames or low in lex.places:
            continue  # a name in capitals is judged as a name
        if text[max(0, m.start() - 2) : m.start()].rstrip()[-1:].isupper():
            continue  # capitals side by side: a heading or shouting
        if not _LEADS_INTO_BODY.search(text[max(0, m.start() - 14) : m.start()]):
            continue
        found.append((m.start(), m.end(), "org"))
    return found


# Words of faith that open the names of churches and ministries, kept alone elsewhere.
FAITH_NAME_WORDS = frozenset(
    """
    christ jesus god god's lord gospel miracle bible holy zion calvary emmanuel immanuel
    bethel salem messiah
    """.split()
)
_FAITH_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+(?:['’]s)?) $")


def with_faith_words(text: str, out: list[Candidate]) -> list[Candidate]:
    """ "Christ Embassy Church": an organisation found after a capitalised word of faith
    takes it in, as the word is part of the church's name."""
    grown: list[Candidate] = []
    for start, end, kind in out:
        if kind == "org":
            m = _FAITH_WORD_BEFORE.search(text, max(0, start - 12), start)
            while m and m.group(1).lower() in FAITH_NAME_WORDS:
                start = m.start(1)
                m = _FAITH_WORD_BEFORE.search(text, max(0, start - 12), start)
        grown.append((start, end, kind))
    return grown


def numbered_streets(text: str, lows: set[str] | list[str]) -> list[Candidate]:
    """Streets named by a number or a letter, with a house number before them."""
    if _STREET_TRIGGERS.isdisjoint(lows):
        return []
    return [(m.start(), m.end(), "place") for m in _NUMBERED_STREET.finditer(text)]


def _court_of_kind(text: str, start: int, end: int) -> bool:
    """ "Family Court", "the Magistrates Court": the words before "Court" only say which kind."""
    m = _COURT_RUN.match(text, start)
    if not m or m.end() < end - 1 or m.end() > end + 8:
        return False
    words = m.group().split()[:-1]
    return all(w.lower() in _COURT_KINDS for w in words)


def _qualification_subject(text: str, start: int, end: int) -> bool:
    """ "Certificate IV in Aged Care": the run after the qualification and "in" is a subject,
    unless it is all capitals or a known town ("a degree in Leeds")."""
    words = text[start:end]
    if words.isupper() or words.lower() in lexicon().places:
        return False
    return bool(_QUALIFICATION_BEFORE.search(text[max(0, start - _QUALIFICATION_REACH) : start]))


def orgs_pass(text: str, lows: set[str] | list[str], out: list[Candidate]) -> list[Candidate]:
    """Add numbered streets; drop courts of a kind and the subjects of qualifications."""
    kept = [
        c
        for c in out
        if not (
            _court_of_kind(text, c[0], c[1])
            or (c[2] != "name" and _qualification_subject(text, c[0], c[1]))
        )
    ]
    kept.extend(numbered_streets(text, lows))
    return kept


def may_open_with_organisation(lows: set[str] | list[str]) -> bool:
    """Whether an organisation noun stands in the text at all."""
    return not ORG_SUFFIXES.isdisjoint(lows)
