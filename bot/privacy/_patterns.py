"""Detectors for identifiers with a recognisable shape.

Emails, URLs and IP addresses, social handles, phone numbers, dates (every part
but a lone year), ages over 89, and record/account/licence/plate numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

Candidate = tuple[int, int, str]

_EMAIL = re.compile(r"[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_URL = re.compile(
    r"\b(?:https?://|www\.)[^\s<>\"'`]+"
    r"|\b(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|ly|me|co|us|info|app|health)"
    r"(?:/[^\s<>\"'`]*)?(?![\w@])",
    re.IGNORECASE,
)
_IPV4 = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.]\d)")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9a-fA-F]{1,4}:){4,7}[0-9a-fA-F]{1,4}(?![\w:])")
_HANDLE = re.compile(r"(?<![\w@.\[])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
_HANDLE_KEEP = frozenset({"@everyone", "@here"})
_DISCORD_MENTION = re.compile(r"<@[!&]?\d{15,21}>")

_LOCAL_PHONE = re.compile(
    r"(?<![\w/.-])(?:\(\d{3}\)\s?|\d{3}[-.\s])?\d{3}[-.]\d{4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w/-])"
)
_DIGITS = re.compile(r"\d")

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_COUNTER_NOUNS = (
    r"session|sessions|time|times|grade|week|weeks|day|days|month|months|year|years|floor|visit"
    r"|attempt|appointment|meeting|step|steps|exception|question|percentile|place|birthday|anniversary"
    r"|one|ones|try|round|hour|minute|period|street|avenue|ave|st"
)
_DATE = re.compile(
    rf"\b{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?(?![\d:%]|\.\d)"
    rf"|\b{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+\d{{4}})?(?![a-z])"
    r"|\b\d{4}-(?:0?[1-9]|1[0-2])-(?:[12]\d|3[01]|0?[1-9])\b"
    r"|(?<![\d/.:-])(?:0?[1-9]|1[0-2])[/.-](?:[12]\d|3[01]|0?[1-9])[/.-](?:\d{4}|\d{2})(?![\d/:-])"
    r"|(?<![\d/.:-])(?:[12]\d|3[01]|0?[1-9])[/.-](?:0?[1-9]|1[0-2])[/.-]\d{4}(?![\d/:-])"
    r"|(?<![\d/.:-])(?:0?[1-9]|1[0-2])/(?:[12]\d|3[01]|0?[1-9])(?![\d/:%]|\.\d)"
    rf"|\bthe\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:{_COUNTER_NOUNS})\b|-)",
    re.IGNORECASE,
)
_SCORE_SLASH = re.compile(r"\d{1,2}/(?:10|5)\b")
_LOWER_MONTH_AS_VERB = re.compile(r"(?:may|march)\s", re.IGNORECASE)

_NUMBER_WORD_AGE = (
    r"(?:ninety(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?:one|a)\s+hundred(?:\s+and\s+\w+)?)"
)
_AGE_NUMBER = rf"(?:9\d|1[01]\d|12[0-5]|{_NUMBER_WORD_AGE})"
_AGE = re.compile(
    rf"(?:\b(?:is|was|turned|turns|turning|age|aged|ages|at)\s+|['’]s\s+|\()"
    rf"(?P<a>{_AGE_NUMBER})(?=\)|\s*(?:years?|yrs?|y/?o)\b|[\s,.;!?]|$)(?!\s*(?:%|percent|min|minutes|lbs?|pounds|kg|mg|degrees|times|days|miles|dollars|bucks)\b)"
    rf"|\b(?P<b>{_AGE_NUMBER})(?=[-\s]*(?:years?[-\s]old|yrs?[-\s]old|y/?o\b|yo\b|-year-old))",
    re.IGNORECASE,
)
_AT_AGE_NEEDS = re.compile(r"\bat\s+$", re.IGNORECASE)

_ID_KEYWORD = re.compile(
    r"\b(?:MRN|acct|account|record|chart|case|claim|member|policy|licen[cs]e|lic|DL|plate|SSN"
    r"|medicaid|medicare|insurance|ID|patient|file|reference|ref|confirmation|ticket|badge"
    r"|employee|student|passport|VIN|serial|routing)"
    r"(?:\s*(?:no\.?|num(?:ber)?|#|id|is|:))*\s*[:#]?\s*"
    r"(?P<id>[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?)",
    re.IGNORECASE,
)
_MIXED_ID = re.compile(r"\b(?=[A-Z0-9-]*\d[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z][A-Z0-9-]*[A-Z])[A-Z0-9-]{6,}\b")
_LONG_NUMBER = re.compile(r"(?<![\w.,/$-])\d(?:[\d -]*\d)?(?![\w.,/%-]\w?)")
_SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
_KNOWN_CODES = frozenset({"PHQ-9", "GAD-7", "COVID-19", "PCL-5", "DSM-5", "ICD-10", "SARS-COV-2"})


def _emails(text: str) -> Iterator[Candidate]:
    for m in _EMAIL.finditer(text):
        yield m.start(), m.end(), "email"


def _urls(text: str) -> Iterator[Candidate]:
    for m in _URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in ".,;:!?)]}'\"":
            if text[end - 1] == ")" and text.count("(", m.start(), end) >= text.count(
                ")", m.start(), end
            ):
                break
            end -= 1
        yield m.start(), end, "url"
    for rx in (_IPV4, _IPV6):
        for m in rx.finditer(text):
            yield m.start(), m.end(), "url"


def _handles(text: str) -> Iterator[Candidate]:
    for m in _HANDLE.finditer(text):
        if m.group().lower() not in _HANDLE_KEEP:
            yield m.start(), m.end(), "handle"
    for m in _DISCORD_MENTION.finditer(text):
        yield m.start(), m.end(), "handle"


def _phones(text: str) -> Iterator[Candidate]:
    if len(_DIGITS.findall(text)) < 7:
        return
    matcher = phonenumbers.PhoneNumberMatcher(
        text, "US", leniency=phonenumbers.Leniency.POSSIBLE, max_tries=200
    )
    for match in matcher:
        yield match.start, match.end, "phone"
    for m in _LOCAL_PHONE.finditer(text):
        yield m.start(), m.end(), "phone"


def _dates(text: str) -> Iterator[Candidate]:
    for m in _DATE.finditer(text):
        found = m.group()
        if _SCORE_SLASH.fullmatch(found):
            continue
        if found[:1].islower() and _LOWER_MONTH_AS_VERB.match(found):
            continue  # "she may 2x her walks" / "march 5 miles"
        yield m.start(), m.end(), "date"


def _ages(text: str) -> Iterator[Candidate]:
    for m in _AGE.finditer(text):
        group = "a" if m.group("a") else "b"
        if group == "a" and _AT_AGE_NEEDS.search(m.group()[: m.start("a") - m.start()]):
            before = text[max(0, m.start() - 12) : m.start()].lower()
            if not before.rstrip().endswith("age"):
                continue
        yield m.start(group), m.end(group), "age"


def _ids(text: str) -> Iterator[Candidate]:
    for m in _ID_KEYWORD.finditer(text):
        value = m.group("id")
        if sum(c.isdigit() for c in value) >= 3 and len(value) >= 4 and not _is_year_run(value):
            yield m.start("id"), m.end("id"), "id"
    for m in _MIXED_ID.finditer(text):
        if m.group() not in _KNOWN_CODES:
            yield m.start(), m.end(), "id"
    for m in _SSN.finditer(text):
        yield m.start(), m.end(), "id"
    for m in _LONG_NUMBER.finditer(text):
        if sum(c.isdigit() for c in m.group()) >= 5 and not _is_year_run(m.group()):
            yield m.start(), m.end(), "id"


def _is_year_run(value: str) -> bool:
    parts = value.replace("-", " ").split()
    return all(len(p) == 4 and p[:2] in ("19", "20") for p in parts)


def structured(text: str) -> list[list[Candidate]]:
    """Candidate layers in priority order (earlier layers win overlaps)."""
    return [
        [*_emails(text), *_urls(text), *_handles(text)],
        [*_phones(text)],
        [*_dates(text)],
        [*_ids(text)],
        [*_ages(text)],
    ]
