"""National public bodies, benefits, programmes and exams named in general: "SASSA grant
finally came through", "she called OWWA and asked about assistance", "Centrelink appointment
went fine", "after the NCLEX", "Universal Credit stopped, then restarted".

Every country has its own benefit agency, public insurer, regulator and school-leaving exam,
and millions deal with each: named in general, one identifies nobody, and the independent
labels leave them unmarked. The list (``data/public_services.txt``, written for this
project) holds them for many countries; a candidate inside one of them (or inside it and the
word after it: "the DSWD hotline") is kept. Where the body is a person's workplace it says
where that person works and stays an organisation: "she works at DSWD", "a clerk at OWWA",
"her caseworker at DCFS" (the labels mark those), as where a person studies ("a student at
TAFE"); a service that runs its own clinics (marked "@" in the list) is one of them after
"at" ("her appointment at IHS", but "the IHS referral"). The list also holds the
professional bodies and registration boards practitioners answer to ("counts for PACFA and
ACA", "HCPC renewal"); two listed names in a row ("Medicaid MCO") are one, and a name with a
state or region after it ("TAFE NSW") is that state's own body, which the labels mark. A
listed name with more words of a name around it ("Jobcenter Neukölln") is a candidate
reaching past it, and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from ._decided import record, recording_on
from ._lexicon import lexicon

Candidate = tuple[int, int, str]
Range = tuple[int, int]

_DATA = Path(__file__).with_name("data") / "public_services.txt"
_SPLIT = re.compile(r"[\s-]+")

# a person's work before the body: "works at", "a nurse with", "her caseworker at the"
_WORK = re.compile(
    r"(?:^|[^\w])(?:work|works|worked|working|job|jobs|employed|employee|employees|staff|"
    r"clerk|nurse|officer|officers|caseworker|caseworkers|worker|workers|manager|guard|"
    r"cleaner|driver|receptionist|cashier|teller|secretary|assistant|director|accountant|"
    r"analyst|doctor|teacher|lawyer|engineer|technician|inspector|assessor|counsellor|"
    r"counselor|adviser|advisor|trainee|apprentice|"
    r"volunteer|volunteers|volunteering|volunteered|intern|internship|shift|shifts|"
    r"retired|resigned|hired|agent|supervisor|boss|colleague|colleagues|contract|post|"
    r"career|position|placement|employer|studies|studying|student|students|a place)"
    r"(?:\s+[\w'’]+){0,3}?\s+(?:at|for|with|in|by|from|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@cache
def _listed() -> tuple[tuple[str, bool], ...]:
    """Each listed name, and whether it is marked "@" (a service that runs its own clinics)."""
    lines = _DATA.read_text(encoding="utf-8").splitlines()
    names = (line.strip() for line in lines if line.strip() and not line.startswith("#"))
    return tuple((name.removeprefix("@"), name.startswith("@")) for name in names)


@cache
def _entries() -> tuple[str, ...]:
    return tuple(name for name, _ in _listed())


@cache
def _clinic_services() -> frozenset[str]:
    """The services that run their own clinics, in lower case: "an appointment at IHS" is
    one of its clinics, an organisation, where "the IHS referral" is the service."""
    return frozenset(" ".join(_SPLIT.split(name)).lower() for name, clinic in _listed() if clinic)


# right before a clinic service, the word that makes it one of its clinics: "seen at IHS"
_AT_A_CLINIC = re.compile(r"\bat\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)


@cache
def _pattern() -> re.Pattern[str]:
    names = sorted(_entries(), key=len, reverse=True)
    parts = [r"[\s-]+".join(re.escape(w) for w in _SPLIT.split(name)) for name in names]
    return re.compile(r"(?<![\w@#/.-])(?:" + "|".join(parts) + r")(?![\w@/])", re.IGNORECASE)


@cache
def _spellings() -> dict[str, frozenset[tuple[str, ...]]]:
    """The listed spellings of each name (its words), by its words in lower case."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for name in _entries():
        words = tuple(_SPLIT.split(name))
        out.setdefault(" ".join(words).lower(), set()).add(words)
    return {key: frozenset(spelt) for key, spelt in out.items()}


@cache
def _rests() -> dict[str, tuple[frozenset[str], ...]]:
    """For each first word of a name (in lower case, whole or before a hyphen), the other
    words of the names it begins."""
    out: dict[str, list[frozenset[str]]] = {}
    for name in _entries():
        low = name.lower()
        words = _SPLIT.split(low)
        whole = low.split()  # "pag-ibig" as one word, or "pag" and "ibig"
        out.setdefault(whole[0], []).append(frozenset(whole[1:]))
        out.setdefault(words[0], []).append(frozenset(words[1:]))
    return {first: tuple(rests) for first, rests in out.items()}


def may_hold(lows: list[str]) -> bool:
    """Cheap check: all the words of a listed name among the text's words."""
    rests = _rests()
    present: set[str] | None = None
    for low in lows:
        if low in rests:
            if present is None:
                present = set(lows)
            if any(rest <= present for rest in rests[low]):
                return True
    return False


def _as_written(found: str) -> bool:
    """Spelled as listed, or all in capitals ("CENTRELINK"): "Nhia" is a given name, and a
    body typed small ("his own centrelink login") is read by the rules for small words."""
    words = tuple(_SPLIT.split(found))
    spelt = _spellings().get(" ".join(words).lower())
    return spelt is not None and (words in spelt or found.isupper())


# the kind of thing of the body named after it: "the SASSA grant", "the DSWD hotline"
_AFTER = frozenset(
    """
    grant grants hotline helpline line payment payments appointment appointments letter
    letters form forms office queue seminar loan loans claim card number review plan
    benefit benefits money results result exam exams pension rebate cover update
    assessment certificate list call portal app website assistance support allowance
    approval interview application applications paperwork papers funding fees number
    """.split()
)
_NEXT_WORD = re.compile(r"[ ]([a-z]+)\b")
# what joins two listed names read as one ("Medicaid MCO", "HCPC/NMC")
_JOINED = re.compile(r"[ /-]")
# a person at the body is one who works there: "rang Deb at Centrelink"
_PERSON_AT = re.compile(r"\s+(?:at|from|with)\s+(?:the\s+)?")


def named_in_general(text: str, names: Sequence[Candidate] = ()) -> list[Range]:
    """Where ``text`` names a listed body in general, with the word of its kind after it
    ("the SASSA grant", "the DSWD hotline"); not where it is someone's workplace, nor
    after a person (one of ``names``) at it."""
    ranges: list[Range] = []
    ends = {c[1] for c in names if c[2] == "name"}
    for m in _pattern().finditer(text):
        if not _as_written(m.group()):
            continue
        if _WORK.search(text[max(0, m.start() - 60) : m.start()]):
            continue
        if _AT_A_CLINIC.search(text[max(0, m.start() - 12) : m.start()]) and (
            " ".join(_SPLIT.split(m.group())).lower() in _clinic_services()
        ):
            continue  # "her appointment at IHS": one of its clinics
        if ends and _person_before(text, m.start(), ends):
            continue
        end = m.end()
        if _regional(text, end):
            continue  # "TAFE NSW", "TAFE Queensland": one state's own body, as labelled
        after = _NEXT_WORD.match(text, end)
        if after and after.group(1) in _AFTER:
            end = after.end()
        if ranges and _JOINED.fullmatch(text, ranges[-1][1], m.start()):
            ranges[-1] = (ranges[-1][0], end)  # "Medicaid MCO", "HCPC NMC": two in a row
        else:
            ranges.append((m.start(), end))
    return ranges


_REGION_AFTER = re.compile(r"[ ]([A-Z][A-Za-z]+)")


def _regional(text: str, end: int) -> bool:
    """Whether a state or region follows the body's name ("TAFE NSW", "TAFE Queensland")."""
    m = _REGION_AFTER.match(text, end)
    return m is not None and m.group(1).lower() in lexicon().regions


def _person_before(text: str, start: int, ends: set[int]) -> bool:
    before = text[max(0, start - 12) : start]
    m = _PERSON_AT.search(before)
    return m is not None and m.end() == len(before) and start - len(before) + m.start() in ends


def keep_public_services(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the candidates inside a body named in general; the bodies are
    recorded as decided, so the tagger does not judge their words again ("Home Affairs")."""
    ranges = named_in_general(text, out)
    if not ranges:
        return out
    if recording_on():
        for lo, hi in ranges:
            record(lo, hi)
    return [c for c in out if not any(lo <= c[0] and c[1] <= hi for lo, hi in ranges)]
