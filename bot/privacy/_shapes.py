"""Identifier shapes beyond the US ones: day-first and spelled-out dates, UK, Irish and
Canadian postcodes, national id numbers written in groups, handles without "@", and
ages over 89 in compact or ordinal forms."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from ._case_blind import folds_as_lower
from ._lexicon import lexicon
from ._local_shapes import after_town_and_state

Candidate = tuple[int, int, str]

_DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])"
_MONTH_NUM = r"(?:0?[1-9]|1[0-2])"
# a word that says when, or a dated event ("session 14.2.", "réunion 3.5.", "rdv 9.6.")
_DATE_CUE = (
    r"(?:\b(?:on|since|from|until|till|by|to|before|after|dated|review|and|session|sessions"
    r"|appointment|appt|consultation|meeting|visit|hearing|reunion|réunion|séance|rdv|intake"
    r"|admission|discharge|birthday|bday|funeral|wedding)|-)\s+$"
)
# "14.2." with its closing dot, "30/6" with a day over 12 first
_DOTTED_DATE = re.compile(rf"(?=\d)(?<![\w.,/:-]){_DAY_NUM}\.{_MONTH_NUM}\.(?!\d)")
_DATE_CUE_BEFORE = re.compile(_DATE_CUE, re.IGNORECASE)
_NUMBER_THEN_TO = re.compile(r"\d(?:[.,]\d+)?\s*(?:to|and|-|–)\s*$", re.IGNORECASE)
_DOTTED_AFTER = re.compile(r"\s*[a-z,;)]|\s+(?:to|and|-)\s")
_DAY_FIRST_SLASH = re.compile(
    r"(?=[123])(?<![\w./:-])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d/:%]|\.\d)"
)

_ORDINAL_WORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|twenty[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth"
    r"|thirty[-\s]first)"
)
_MONTH_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_WORD_DATE = re.compile(
    # the look-ahead names the first letters of "the", the ordinals and the months
    rf"(?=[adefjmnost])(?:\b(?:the\s+)?{_ORDINAL_WORD}\s+of\s+{_MONTH_WORD}\b"
    rf"|\b{_MONTH_WORD}\s+(?:the\s+)?{_ORDINAL_WORD}\b)",
    re.IGNORECASE,
)
# "on the twenty-third", "by the fifteenth she ...": an ordinal past ten alone after a word
# that dates it (a lower ordinal, "on the second", counts sessions and tries as often)
_HIGH_ORDINAL = (
    r"(?:eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|twenty[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth)|thirtieth|thirty[-\s]first)"
)
_SPELLED_DAY = re.compile(
    rf"(?i)(?=[obuts])\b(?:on|by|until|till|before|since)\s+(?P<day>the\s+{_HIGH_ORDINAL})\b"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:she|he|they|I|we|and|but|so|when|because|[a-z]+ed)\b)"
)
_SPELLED_DAY_HINT = ("teenth", "twent", "thirt", "eleventh", "twelfth")
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_MONTH_NAME = re.compile("|".join(_MONTHS))
_WORD_DATE_REACH = 40  # characters either side of a month name a spelled date can span

# Patterns that open with a lookbehind first test the characters a match can start with
# (a cheap test; same matches).

# Postcodes and id numbers: each pattern starts on its first character and looks back
# for a word boundary (same matches as a leading "\\b", found faster).
_UK_POSTCODE = re.compile(r"[A-Z](?<!\w.)[A-Z]?\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b")
_EIRCODE = re.compile(r"[AC-FHKNPRTV-Y](?<!\w.)(?:\d{2}|(?<=D)6W)\s?[0-9AC-FHKNPRTV-Y]{4}\b")
_CA_POSTCODE = re.compile(
    r"[ABCEGHJ-NPRSTVXY](?<!\w.)\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d\b"
)

_CAPITAL_THEN_DIGIT = re.compile(r"[A-Z]\d")
# The same three shapes typed in lower or mixed case in chat ("m14 5rt", "k1a 0b1", "d08 xy12"),
# always with the space between the halves. Eircode's last four must hold a digit ("d12 then"
# is no code); an inward half that reads as an ordinal or a unit ("ps4 2nd", "b12 1mg") is none.
_LOWER_POSTCODE = re.compile(
    r"(?i)[a-z](?<![\w.@/#-].)(?P<letters>[a-z]?)(?P<district>\d[a-z\d]?)\s(?:(?P<uk>\d[abd-hjlnp-uw-z]{2})"
    r"|(?<=[abceghj-nprstvxy]\d[abceghj-nprstv-z]\s)\d[abceghj-nprstv-z]\d"
    r"|(?<=[ac-fhknprtv-y]\d\d\s)(?=[\da-z]{0,3}\d)[\dac-fhknprtv-y]{4})(?![\w@/.-]\w|\w)"
)
_LETTER_THEN_DIGIT = re.compile(r"[a-zA-Z]\d")
_NOT_INWARD = frozenset(
    {"st", "nd", "rd", "th", "mg", "ml", "kg", "km", "lb", "hr", "am", "pm", "gb", "mb"}
)
# the UK's postcode areas: a lower-case code must open with one ("ma3 3la" is Arabizi chat)
_UK_AREAS = frozenset(
    "ab al b ba bb bd bh bl bn br bs bt ca cb cf ch cm co cr ct cv cw da dd de dg dh dl dn dt dy"
    " e ec eh en ex fk fy g gl gu ha hd hg hp hr hs hu hx ig ip iv ka kt kw ky l la ld le ll ln ls"
    " lu m me mk ml n ne ng nn np nr nw ol ox pa pe ph pl po pr rg rh rm s sa se sg sk sl sm sn so"
    " sp sr ss st sw sy ta td tf tn tq tr ts tw ub w wa wc wd wf wn wr ws wv yo ze".split()
)
# only central London districts end in a letter ("sw1a", "ec2m", "w1t")
_LETTERED_DISTRICT_AREAS = frozenset({"e", "ec", "n", "nw", "se", "sw", "w", "wc"})
_UK_NINO = re.compile(
    r"[A-CEGHJ-PR-TW-Z](?<!\w.)[A-CEGHJ-PR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b"
)
_IE_PPS = re.compile(r"\d(?<!\w.)\d{6}\s?[A-W][A-IW]?\b")
_GROUPED_NUMBER = re.compile(r"\d(?<![\w.,/$-].)\d{1,4}(?:[ -]\d{1,5}){2,4}(?![\w/%-]|[.,]\d)")
_MIN_GROUPED_DIGITS = 8
_MIN_NATIONAL_ID_DIGITS = 6  # the fewest in any of them (a UK National Insurance number)
_GROUP_SEPARATOR = re.compile(r"[ -]")

_REDDIT_USER = re.compile(r"(?<![\w/])u/[A-Za-z0-9_-]{3,}")
# "name#1234" (Discord's old tags) and Riot IDs, "name#KR1", "name#EUW": a tag of digits, or
# of 2-5 letters and digits holding a digit or written in capitals
_TAGGED_USER = re.compile(
    r"(?<![\w@#])[A-Za-z][\w.]{1,31}#(?:\d{4}|(?=[A-Za-z]*\d|[A-Z0-9]+\b)[A-Za-z0-9]{2,5})\b"
)
_DOTTED_USER = re.compile(
    r"(?<![\w@./#-])[A-Za-z0-9][A-Za-z0-9]*(?:[._]+[A-Za-z0-9]+)+_*(?![\w@]|\.[A-Za-z0-9])"
)
# words before a user name that say it is one (a "[handle]" placeholder is no such word)
_HANDLE_CUE = re.compile(
    r"(?i)\b(?<!\[)(?:insta|instagram|ig|handle|account|user(?:name)?|tag|discord"
    r"|snap(?:chat)?|tiktok|twitter|reddit|gamertag|as|is|via|from|dm|dms|follow|followed)\W{0,3}$"
)
# a platform named shortly before: "on insta she's lily.draws", "tiktok is mwangi.vibes"
_PLATFORM_BEFORE = re.compile(
    r"(?i)\b(?<!\[)(?:insta|instagram|ig|tiktok|snap(?:chat)?|twitter|reddit|discord|twitch|threads"
    r"|youtube|yt|facebook|fb|gamertag|username|handle)\b[^.!?\n\[]{0,24}$"
)
_PLATFORM_REACH = 40
_PLATFORM_AFTER = re.compile(
    r"(?i)\s+(?:on|via)\s+(?:insta|instagram|ig|tiktok|snap(?:chat)?|twitter|reddit|discord"
    r"|twitch|threads|youtube|yt|facebook|fb)\b"
)
# "3.30pm", "1.5mg", "2.5km": a number and its unit, not a user name
_NUMBER_WITH_UNIT = re.compile(r"\d+(?:\.\d+)+[A-Za-z]{0,3}")
_TOKEN_EDGES = frozenset(" \n\t(\"'")
# "kaiwhetu_": a trailing underscore is no part of ordinary writing
_TRAILING_UNDERSCORE = re.compile(r"(?<![\w@./#-])[A-Za-z0-9][A-Za-z0-9.]{2,}_+(?![\w@])")
# "xXDarkLordXx" after "gamertag is": two or more capitals inside one word
_CAMEL_USER = re.compile(r"(?<![\w@./#-])[A-Za-z0-9]*[a-z0-9][A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*\b")
# cheap test before the slow pattern: "[a-z0-9][A-Z][a-z0-9]*[A-Z]" (what every match holds),
# written to start on the capital
_CAMEL_HINT = re.compile(r"[A-Z](?<=[a-z0-9][A-Z])[a-z0-9]*[A-Z]")
_MIN_HANDLE = 4
# an age glued to its unit, "82YO", "45YRS": no user name (an age over 89 is found as one)
_AGE_WORD = re.compile(r"\d{1,3}(?:YO|YRS?)")
_MAX_HANDLE = 64  # no user name is longer: the start of the word is looked for this far back
# "[A-Za-z0-9][._][A-Za-z0-9]", written to start on the rare dot or underscore
_JOINED_HINT = re.compile(r"[._](?<=[A-Za-z0-9][._])(?=[A-Za-z0-9])")
_KEPT_DOTTED = frozenset({"e.g", "i.e", "a.m", "p.m", "etc", "vs", "u.s", "u.k", "ph.d"})

_AGE_NUM = r"(?:9\d|1[01]\d)"
_COMPACT_AGE = re.compile(
    # "92 M", "92m", but "100 m" is a distance
    rf"(?=[19MF])(?:(?<![\w.,/$-]){_AGE_NUM}(?:\s?(?:y/?o\b|y\.o\.?|yrs?\b|y\b|[MF]\b)|[mf]\b)"
    rf"|(?<![\w.,/$-])[MF]\s?{_AGE_NUM}\b)"
)
_ORDINAL_AGE_NUM = re.compile(rf"(?=[19])(?<![\w.,/$-]){_AGE_NUM}(?:st|nd|rd|th)\b")
_ORDINAL_AGE = re.compile(
    r"\b(?:ninetieth|ninety[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|(?:one\s+)?hundredth|hundred\s+and\s+(?:first|second|third|fourth|fifth))\b",
    re.IGNORECASE,
)
_ORDINAL_AGE_BEFORE = re.compile(r"(?i)\b(?:her|his|their|my|your|its|the)\s+$")
_ORDINAL_AGE_AFTER = re.compile(r"(?i)\s+(?:birthday|bday|b-day|year)\b|\s*$|\s+(?:last|this|next)")


def _dates(text: str, lo: int, hi: int) -> Iterator[Candidate]:
    """Day-first dates written with digits, in ``text[lo:hi]``."""
    for m in _DOTTED_DATE.finditer(text, lo, hi) if text.find(".", lo, hi) >= 0 else ():
        if _NUMBER_THEN_TO.search(text, max(0, m.start() - 16), m.start()):
            continue  # "went from 7.5 to 8.2.", "between 6 and 6.5.": a measure, not a day
        cue = _DATE_CUE_BEFORE.search(text[max(0, m.start() - 16) : m.start()])
        if cue or _DOTTED_AFTER.match(text, m.end()) or m.end() == len(text):
            yield m.start(), m.end(), "date"
    for m in _DAY_FIRST_SLASH.finditer(text, lo, hi) if text.find("/", lo, hi) >= 0 else ():
        if m.group() != "24/7":
            yield m.start(), m.end(), "date"


def _word_dates(text: str, lowered: str) -> Iterator[Candidate]:
    """Spelled-out dates, looked for only around a month name (the regex is slow)."""
    if " the " in lowered and any(stem in lowered for stem in _SPELLED_DAY_HINT):
        for m in _SPELLED_DAY.finditer(text):
            yield m.start("day"), m.end("day"), "date"
    for month in _MONTHS:  # a loop costs less than any() over a generator
        if month in lowered:
            break
    else:
        return
    seen: set[tuple[int, int]] = set()
    for hit in _MONTH_NAME.finditer(lowered):
        lo, hi = max(0, hit.start() - _WORD_DATE_REACH), hit.end() + _WORD_DATE_REACH
        for m in _WORD_DATE.finditer(text, lo, min(len(text), hi)):
            if m.span() not in seen:
                seen.add(m.span())
                yield m.start(), m.end(), "date"


def _postcodes(text: str, lo: int, hi: int) -> Iterator[Candidate]:
    if not _CAPITAL_THEN_DIGIT.search(text, lo, hi):
        return  # each postcode holds a capital right before a digit ("SW1", "D6W", "K1A")
    for pattern in (_UK_POSTCODE, _EIRCODE, _CA_POSTCODE):
        for m in pattern.finditer(text, lo, hi):
            if any(c.isdigit() for c in m.group()):
                yield m.start(), m.end(), "place"


def _lower_postcodes(text: str, lo: int, hi: int) -> Iterator[Candidate]:
    """UK, Irish and Canadian postcodes typed without capitals (found in upper case above)."""
    if not _LETTER_THEN_DIGIT.search(text, lo, hi):
        return
    for m in _LOWER_POSTCODE.finditer(text, lo, hi):
        code = m.group()
        if code.isupper() or code.lower()[-2:] in _NOT_INWARD:
            continue
        if m.group("uk") is not None:
            area = (code[0] + m.group("letters")).lower()
            district = m.group("district")
            if area not in _UK_AREAS or (
                district[-1].isalpha() and area not in _LETTERED_DISTRICT_AREAS
            ):
                continue
        yield m.start(), m.end(), "place"


# "Rotorua, 3204", "Singapore 640123", "[place] 2031": a number right after a known town or
# region (or a place already replaced) is its postcode; a year is not ("in Leeds 2019")
_AFTER_PLACE = re.compile(
    r"(?=[\[A-Z])"
    r"(?:\[place\]|(?<![\w'’])(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)),?\s(?P<code>\d{4,6})"
    r"(?![\d/:.,]\d|[\d/%-]|\s*(?:am|pm|hrs?|h|km|kg|ml|mg)\b)"
)


def _place_postcodes(text: str, lo: int, hi: int) -> Iterator[Candidate]:
    if not _SPACED_CODE.search(text, lo, hi):
        return  # each match holds a space, then the code's four digits or more
    lex = lexicon()
    for m in _AFTER_PLACE.finditer(text, lo, hi):
        code = m.group("code")
        if (
            len(code) == _YEAR_DIGITS
            and code[:2] in ("19", "20")
            and code <= _LATEST_YEAR
            and not _after_street_line(text, m.start())
        ):
            continue
        place = m.group("place")
        if place is None or place.lower() in lex.places or place.lower() in lex.regions:
            yield m.start("code"), m.end("code"), "place"


def _after_street_line(text: str, start: int) -> bool:
    """Whether a numbered street address and a comma end right before ``start`` ("17 Kowhai
    Grove, Papatoetoe 2025"): the town and number after it close an address, so a number
    shaped like a year is its postcode."""
    before = text[max(0, start - _STREET_LINE_REACH) : start]
    return any(m.end() == len(before) for m in _STREET_LINE.finditer(before))


_YEAR_DIGITS = 4
_LATEST_YEAR = "2039"  # "NSW 2095": a number past the years people write of is a postcode
_SPACED_CODE = re.compile(r"\s\d{4}")

# "VIC 3065", "NSW 2010", "TX 78701", "postcode 6011", "PIN 560 034": a number after a
# state's abbreviation or a word saying a postcode follows
# (looked for from the number back: it is rarer than a capital)
_CODE_NUMBER = re.compile(
    r"(?=\d)(?<![\w/.,$-])(?:\d{3}\s\d{3}|\d{4,6}(?:-\d{4})?)(?![\w/%-]|[.,]\w)"
)
_STATE_OR_CUE_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?:NSW|VIC|QLD|TAS|ACT|NT|WA|SA|AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA"
    r"|IL|IA|KS|KY|LA|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN"
    r"|TX|UT|VT|VA|WV|WI|WY|DC)|(?i:post\s?code|postal\s+code|zip(?:\s?code)?|PIN(?:\s?code)?))"
    r"(?i:['’]s|\s+(?:is|was))?\s*[:#]?\s*$"
)
# "the 2770 postcode", "a 4350 post code": the number before the word saying what it is
_CUE_AFTER = re.compile(r"\s+(?i:post\s?code|postal\s+code|zip\s?code|zip)\b")
_STATE_OR_CUE_REACH = 14
# A numbered street address: "Flat 3, 5 Rose Lane", "unit 4/22 King St", "45B Rua Road",
# "Blk 123 Ang Mo Kio Ave 3 #05-67", "24 Jalan Ampang"; a year is no house number
_UNIT = (
    r"(?:(?i:flat|unit|apt\.?|apartment|suite|blk|block|house|no\.?)\s*\d{1,4}[A-Za-z]?\s*[,/]?\s*)"
)
_STREET_END = (
    r"(?i:street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|court|ct|place|pl|terrace|tce"
    r"|crescent|cres|close|grove|way|parade|pde|boulevard|blvd|highway|hwy|square|sq|mews"
    r"|row|walk|rise|esplanade|quay|circle|gardens|gdns|wynd|marg|nagar|salai)"
)
_STREET_START = r"(?i:jalan|jln|lorong|rue|calle|via|avenida|rua|ulica)"
_ADDRESS = re.compile(
    rf"(?<![\w.,/$#-]){_UNIT}?"
    r"(?!(?:19|20)\d\d\b)\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?)?,?\s+"
    rf"(?:(?:[A-Z][\w'’-]*\s+){{1,3}}{_STREET_END}\b\.?|{_STREET_START}\s+[A-Z][\w'’-]*)"
    r"(?:\s+\d{1,3}\b)?(?:,?\s*#\d{1,3}-\d{1,5}\b)?"
)
_ADDRESS_HINT = re.compile(r"\d[A-Za-z]?,?\s+[A-Z]")
# a numbered street and the comma before the town ("17 Kowhai Grove, "): see _after_street_line
_STREET_LINE_REACH = 60
_STREET_LINE = re.compile(
    r"\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'’-]*\s+){1,3}" + _STREET_END + r"\b\.?,\s*"
)


def _addresses(text: str, lo: int, hi: int) -> Iterator[Candidate]:
    if not _ADDRESS_HINT.search(text, lo, hi):
        return
    for m in _ADDRESS.finditer(text, lo, hi):
        yield m.start(), m.end(), "place"


def _state_postcodes(text: str, lo: int, hi: int) -> Iterator[Candidate]:
    for m in _CODE_NUMBER.finditer(text, lo, hi):
        code = m.group()
        if (
            len(code) == _YEAR_DIGITS
            and code[:2] in ("19", "20")
            and code <= _LATEST_YEAR
            and not after_town_and_state(text, m.start())
        ):
            continue
        if _STATE_OR_CUE_BEFORE.search(
            text, max(0, m.start() - _STATE_OR_CUE_REACH), m.start()
        ) or _CUE_AFTER.match(text, m.end()):
            yield m.start(), m.end(), "place"


def is_counting_run(value: str) -> bool:
    """Short numbers joined by hyphens or spaces that count up or down by one or repeat: the names
    of techniques and scales ("5-4-3-2-1" grounding, "3-3-3", "10-9-8-7"), not numbers."""
    parts = _GROUP_SEPARATOR.split(value)
    if len(parts) < 3 or any(not p.isdigit() or len(p) > 2 for p in parts):
        return False
    steps = {int(b) - int(a) for a, b in pairwise(parts)}
    return steps in ({1}, {-1}, {0})


def _national_ids(text: str, lo: int, hi: int) -> Iterator[Candidate]:
    for pattern in (_UK_NINO, _IE_PPS):
        for m in pattern.finditer(text, lo, hi):
            yield m.start(), m.end(), "id"
    for m in _GROUPED_NUMBER.finditer(text, lo, hi):
        if sum(c.isdigit() for c in m.group()) >= _MIN_GROUPED_DIGITS and not is_counting_run(
            m.group()
        ):
            yield m.start(), m.end(), "id"


def _handles(text: str) -> Iterator[Candidate]:
    if "u/" in text:
        for m in _REDDIT_USER.finditer(text):
            yield m.start(), m.end(), "handle"
    if "#" in text:
        for m in _TAGGED_USER.finditer(text):
            yield m.start(), m.end(), "handle"
    if "_" in text:
        for m in _TRAILING_UNDERSCORE.finditer(text):
            yield m.start(), m.end(), "handle"
    for m in _CAMEL_USER.finditer(text) if _CAMEL_HINT.search(text) else ():
        if (
            m.group().lower() not in lexicon().always_ordinary
            and not _AGE_WORD.fullmatch(m.group())
            and (
                _HANDLE_CUE.search(text, max(0, m.start() - 14), m.start())
                or _PLATFORM_AFTER.match(text, m.end())
            )
        ):
            yield m.start(), m.end(), "handle"
    last_end = -1
    for hint_start, hint_end in _joined_hints(text):
        if hint_start < last_end:
            continue
        reach = max(0, hint_start - _MAX_HANDLE)
        lo = max(reach - 1, *(text.rfind(c, reach, hint_start) for c in _TOKEN_EDGES)) + 1
        hi = text.find(" ", hint_end)
        m = _DOTTED_USER.match(text, lo, len(text) if hi < 0 else hi)
        if m is None:
            continue
        last_end = m.end()
        value = m.group()
        if value.lower().rstrip(".") in _KEPT_DOTTED or len(value) < _MIN_HANDLE:
            continue
        if _letter_abbreviation(value):
            continue  # "d.o.b.", "a.k.a.", "r.i.p.": single letters with dots abbreviate
        if _SECTION.fullmatch(value):
            continue  # "a s.47 report", "under art.8": a section of a law, no user name
        if _plain_words(value) or _NUMBER_WITH_UNIT.fullmatch(value):
            continue  # "low_mood", "self.care": words joined, no one's user name
        telling = "_" in value or any(c.isdigit() for c in value) or value.count(".") >= 2
        cued = (
            telling
            or _HANDLE_CUE.search(text, max(0, m.start() - 14), m.start())
            or _PLATFORM_BEFORE.search(text, max(0, m.start() - _PLATFORM_REACH), m.start())
            or _PLATFORM_AFTER.match(text, m.end())
        )
        if cued and not (value.isupper() or value.replace(".", "").isdigit()):
            yield m.start(), m.end(), "handle"


# a section, rule, article or paragraph of a law or code: "s.47", "ss.31", "art.8", "r.10"
_SECTION = re.compile(r"(?i:s|ss|sec|r|reg|art|para|pt|cl|ch)\.\d{1,3}[A-Za-z]?\.?")


def _letter_abbreviation(value: str) -> bool:
    """Two to five single letters, each followed by a dot but perhaps the last ("d.o.b",
    "a.k.a.", "r.i.p."): how abbreviations are written, no user name."""
    parts = value.rstrip(".").split(".")
    return 2 <= len(parts) <= _MAX_ABBREVIATION_LETTERS and all(
        len(p) == 1 and p.isalpha() for p in parts
    )


_MAX_ABBREVIATION_LETTERS = 5


def _joined_hints(text: str) -> Iterator[tuple[int, int]]:
    """Where "[A-Za-z0-9][._][A-Za-z0-9]" matches, as ``finditer`` would give it (matches
    do not overlap), found from the dot or underscore in the middle."""
    taken = 0
    for m in _JOINED_HINT.finditer(text):
        start = m.start() - 1
        if start >= taken:
            taken = start + 3
            yield start, taken


def _plain_words(value: str) -> bool:
    lex = lexicon()
    parts = [p for p in re.split(r"[._]+", value.lower()) if p]
    return len(parts) <= _MAX_PLAIN_PARTS and all(
        len(p) >= _MIN_PLAIN_PART and p in lex.ordinary and p not in lex.word_names for p in parts
    )


_MIN_PLAIN_PART = 3
_MAX_PLAIN_PARTS = 2


def _ages(
    text: str, windows: list[tuple[int, int]], *, age_words: bool | None = None
) -> Iterator[Candidate]:
    """Compact and ordinal ages: written with digits (looked for in ``windows``) or words."""
    found: list[re.Match[str]] = []
    for lo, hi in windows:
        if _AGE_DIGITS.search(text, lo, hi):
            for m in _COMPACT_AGE.finditer(text, lo, hi):
                yield m.start(), m.end(), "age"
            found.extend(_ORDINAL_AGE_NUM.finditer(text, lo, hi))
    if _age_words(text, text.lower()) if age_words is None else age_words:
        found.extend(_ORDINAL_AGE.finditer(text))
    for m in found:
        before = _ORDINAL_AGE_BEFORE.search(text, max(0, m.start() - 7), m.start())
        if before or _ORDINAL_AGE_AFTER.match(text, m.end()):
            yield m.start(), m.end(), "age"


def _age_words(text: str, lowered: str) -> bool:
    """Whether ``_AGE_WORD_HINT`` matches (a substring test where case-blind matching is that
    of ``lower()``)."""
    if folds_as_lower(text):
        return "ninet" in lowered or "hundred" in lowered
    return _AGE_WORD_HINT.search(text) is not None


_HAS_DIGIT = re.compile(r"\d")
_AGE_DIGITS = re.compile(r"9\d|1[01]\d")
_AGE_WORD_HINT = re.compile(r"(?i)ninet|hundred")


def wide_shapes(
    text: str,
    windows: list[tuple[int, int]] | None = None,
    lowered: str | None = None,
    digits: list[int] | None = None,
) -> tuple[list[Candidate], list[Candidate], list[Candidate]]:
    """Handles; dates and ages; postcodes and ids (three layers, in priority order).

    Shapes written with digits are looked for only in ``windows`` (stretches around the
    digits, cut at spaces; the whole text when not given), as the regexes are slow.
    ``lowered`` is ``text.lower()`` when the caller has it already; ``digits`` says how
    many digits each window holds, when known.
    """
    if lowered is None:
        lowered = text.lower()
    handles = list(_handles(text))
    if windows is None:
        windows = [(0, len(text))] if _HAS_DIGIT.search(text) else []
    dated: list[Candidate] = []
    coded: list[Candidate] = []
    for n, (lo, hi) in enumerate(windows):
        dated.extend(_dates(text, lo, hi))
        coded.extend(_postcodes(text, lo, hi))
        coded.extend(_lower_postcodes(text, lo, hi))
        coded.extend(_place_postcodes(text, lo, hi))
        coded.extend(_state_postcodes(text, lo, hi))
        coded.extend(_addresses(text, lo, hi))
        if digits is None or digits[n] >= _MIN_NATIONAL_ID_DIGITS:
            coded.extend(_national_ids(text, lo, hi))
    dated.extend(_word_dates(text, lowered))
    age_words = _age_words(text, lowered)
    if windows or age_words:
        dated.extend(_ages(text, windows, age_words=age_words))
    return handles, dated, coded
