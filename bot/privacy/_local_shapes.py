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
    r"(?=(?i:[aefhlmqstw]))"  # the first letters of both branches: skipped to in C
    r"(?:(?<![\w-])(?:(?i:term|semester|trimester|quarter)\s*|T|Q)[1-4],?\s+(?:19|20)\d\d\b"
    r"|(?<![\w-])(?i:(?:spring|summer|autumn|fall|winter|lent|michaelmas|hilary|trinity|easter)"
    r"\s+(?:term|semester)),?\s+(?:of\s+)?(?:19|20)\d\d\b)"
)
_TERM_WORDS = ("term", "semester", "trimester", "quarter")
_TERM_CODE = re.compile(r"[TQ][1-4]")

# "S460412", "S(460412)": a Singapore postcode (an NRIC holds seven digits and a letter)
_SG_POSTCODE = re.compile(r"(?=S)(?<![\w-])S\(?\d{6}\)?(?![\w-])")

# "record number R 448 992", "MRN 3345 7781", "file no. 22 418 07": a number in spaced
# groups (an optional letter prefix or suffix) after a word naming a record and a word
# saying a number follows
_SPACED_RECORD = re.compile(
    r"(?=(?i:[acfhmpru]))(?i:\b(?:record|case|file|chart|claim|policy|member|patient|hospital|client|account"
    r"|reference)\s*(?:no\.?|num(?:ber)?|#|:)|\b(?:MRN|UR|ref)\.?)\s*[:#]?\s*"
    r"(?P<id>(?:[A-Z]{1,2}\s?)?\d{2,5}(?:\s\d{2,5}){1,3}(?:\s[A-Z](?![\w-]))?)(?![\w/.,-]\d)"
)
_MIN_SPACED_RECORD_DIGITS = 5
_SPACED_DIGITS = re.compile(r" \d(?<=\d..)")

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


# "2024.03.14": a year-first date written with dots
_DOTTED_ISO = re.compile(
    r"(?=[12])(?<![\w.])(?:19|20)\d\d\.(?:0?[1-9]|1[0-2])\.(?:[12]\d|3[01]|0?[1-9])(?![\w.]\d)"
)
# "Good Friday 2025", "Ash Wednesday, 2024", "Christmas Eve (2023)": a feast named by a
# weekday, or any holiday with its year in brackets
_MOVABLE_FEAST = (
    r"(?:Good\s+Friday|Holy\s+(?:Thursday|Saturday)|Maundy\s+Thursday|Palm\s+Sunday"
    r"|Ash\s+Wednesday|Shrove\s+Tuesday|Easter\s+(?:Saturday|Sunday|Monday)|Whit(?:sun)?"
    r"\s+(?:Sunday|Monday)|Black\s+Friday|Cyber\s+Monday|Super\s+Bowl\s+Sunday)"
)
_HOLIDAY_WORD = (
    r"(?:Hari\s+Raya(?:\s+(?:Aidilfitri|Puasa|Haji|Aidiladha))?|Chuseok|Seollal|Songkran"
    r"|Vaisakhi|Baisakhi|Navratri|Dussehra|Onam|Pongal|Thaipusam|Deepavali|Hanukkah|Carnival"
    r"|Mid-Autumn(?:\s+Festival)?|Lunar\s+New\s+Year|Chinese\s+New\s+Year|Eid\s+al-\w+"
    r"|Eid(?:\s+|-)?(?:ul|al)-?\s?[A-Z]\w+|Rosh\s+Hashanah|Yom\s+Kippur|Ramadan|Matariki|Waitangi\s+Day)"
)

_OLD_HOLIDAY_WORD = (
    r"(?:Christmas|Easter|Thanksgiving|Halloween|Hanukkah|Diwali|Deepavali|Eid(?:\s+al-\w+)?"
    r"|Ramadan|Passover|Holi|Vesak|Matariki|Hogmanay|New\s+Year['’]s|[A-Z][a-z]+['’]?s?)"
    r"(?:\s+(?:Day|Eve))?"
)
_FEAST_BEFORE_YEAR = re.compile(rf"\b(?:{_MOVABLE_FEAST}|{_HOLIDAY_WORD}),?\s+$")
_FEAST_BEFORE_BRACKET = re.compile(
    rf"\b(?:{_MOVABLE_FEAST}|{_HOLIDAY_WORD}|{_OLD_HOLIDAY_WORD})\s*\($"
)
_FEAST_REACH = 40
_DOTTED_MONTH = re.compile(r"\.\d\d?\.")  # what every dotted date holds
_FEAST_HINT = re.compile(r"(?:19|20)(?<![\w.]..)\d\d\b")
# widening a date found: "3rd/[4th May]", "11th-[13th Nov]", "8-[9 June]" (the day that
# opens a range) and "[5th March] '24" (a year cut short)
_RANGE_OPENING = re.compile(
    r"(?<![\w./:-])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:[-–—/&]|\s(?:and|or|to|&))\s*$"
)
_LISTED_DAY = re.compile(r"(?<![\w./:-])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,\s*$")
_SHORT_YEAR_AFTER = re.compile(r"\s*['’]\d\d(?![\w'’])")
_RANGE_REACH = 12


def term_dates(text: str, lowered: str) -> Iterator[Candidate]:
    """School terms in a given year, dates written year first with dots, and feasts in a
    given year that the holiday pattern does not name."""
    if any(w in lowered for w in _TERM_WORDS) or _TERM_CODE.search(text):
        for m in _TERM_DATE.finditer(text):
            yield m.start(), m.end(), "date"
    if "." in text and _DOTTED_MONTH.search(text):
        for m in _DOTTED_ISO.finditer(text):
            yield m.start(), m.end(), "date"
    for year in _FEAST_HINT.finditer(text):  # looked for from the year back (it is rarer)
        start, end = year.span()
        lo = max(0, start - _FEAST_REACH)
        if text[start - 1 : start] == "(":
            if text[end : end + 1] != ")":
                continue
            feast = _FEAST_BEFORE_BRACKET.search(text, lo, start)
            end += 1
        else:
            feast = _FEAST_BEFORE_YEAR.search(text, lo, start)
        if feast and feast.group()[:1].isupper():
            yield feast.start(), end, "date"


def widen_dates(text: str, dates: list[Candidate]) -> list[Candidate]:
    """``dates`` with the day opening a range and a short year after them taken in."""
    out: list[Candidate] = []
    for start, end, kind in dates:
        before = text[start - 1] if start else ""
        if before and (before.isspace() or before in "-–—/&"):
            opening = _RANGE_OPENING.search(text, max(0, start - _RANGE_REACH), start)
            if opening and text[start : start + 1].isdigit():
                start = opening.start()
                while listed := _LISTED_DAY.search(text, max(0, start - _RANGE_REACH), start):
                    start = listed.start()  # "2, 9 and 16 April": the days listed before
        year = _SHORT_YEAR_AFTER.match(text, end)
        if year:
            end = year.end()
        out.append((start, end, kind))
    return out


# "P.O. Box 1234-00232", "PO Box 45", "po box 118": a post office box
_PO_BOX = re.compile(
    r"(?i)\b(?:p\.?\s?o\.?|post\s+office)\s*box\s*(?:no\.?\s*)?\d{1,6}(?:\s?-\s?\d{3,5})?\b"
)


def local_places(text: str, lowered: str) -> Iterator[Candidate]:
    """Postcodes not written like any of the UK, Irish or Canadian ones, and post boxes."""
    if "S" in text:
        for m in _SG_POSTCODE.finditer(text):
            yield m.start(), m.end(), "place"
    if "box" in lowered:
        for m in _PO_BOX.finditer(text):
            yield m.start(), m.end(), "place"


def outside_places(dates: list[Candidate], coded: list[Candidate]) -> list[Candidate]:
    """``dates`` less those inside an address ("3/14 Beach Rd" is a unit and a number)."""
    places = [(start, end) for start, end, kind in coded if kind == "place"]
    if not places:
        return dates
    return [d for d in dates if not any(lo <= d[0] and d[1] <= hi for lo, hi in places)]


# "plays roblox as CoolKid2012", "xbox: sipho99": letters and a number after a platform
_GAME_USER = re.compile(r"(?<![\w@./#-])[A-Za-z][A-Za-z_]{2,}\d{2,4}(?![\w@])")
_GAME_PLATFORM_BEFORE = re.compile(
    r"(?i)\b(?:roblox|xbox|psn|playstation|steam|minecraft|fortnite|twitch|kik|telegram"
    r"|insta|instagram|tiktok|snap(?:chat)?|twitter|discord|threads|youtube|username"
    r"|user\s+name|gamertag)\b[^.!?\n\[]{0,24}$"
)
_GAME_REACH = 40
# what every match of _GAME_USER holds: a letter or "_" right before a digit (looked for from
# the digit, where the engine skips in C; the whole pattern tries every letter of the text)
_GAME_USER_HINT = re.compile(r"\d(?<=[A-Za-z_]\d)")


_PLATFORM_WORDS = (
    "roblox xbox psn playstation steam minecraft fortnite twitch kik telegram insta tiktok "
    "snap twitter discord threads youtube user gamertag"
).split()


def game_handles(text: str, lowered: str) -> Iterator[Candidate]:
    """User names of letters and a number, said on a platform."""
    for word in _PLATFORM_WORDS:  # a loop costs less than any() here
        if word in lowered:
            break
    else:
        return
    if not _GAME_USER_HINT.search(text):
        return
    for m in _GAME_USER.finditer(text):
        if _GAME_PLATFORM_BEFORE.search(text, max(0, m.start() - _GAME_REACH), m.start()):
            yield m.start(), m.end(), "handle"


def spaced_records(text: str) -> Iterator[Candidate]:
    """Record numbers written in spaced groups after a word that names them."""
    if not _SPACED_DIGITS.search(text):
        return  # each holds two groups of digits with a space between
    for m in _SPACED_RECORD.finditer(text):
        if sum(c.isdigit() for c in m.group("id")) >= _MIN_SPACED_RECORD_DIGITS:
            yield m.start("id"), m.end("id"), "id"


# what may follow an age said without a verb: the end of a clause or a word of time
_AGE_END = re.compile(
    r"\s*(?:[,.;:!?)—–]|$)|\s+(?:in|and|this|next|last|now|still|but|who|on|yrs?|years?)\b",
    re.IGNORECASE,
)
# "nana ninety-nine in June", "her grandad 97, still driving": an age right after an
# older relative; "mum's just hit 100", "she reached ninety-five": an age a verb of
# arriving says; "the oldest resident at 104."
_OLD_KIN = (
    r"(?:great[-\s])*(?:gran|granny|grandma|grandmother|grandpa|grandad|granddad|grandfather"
    r"|grandmum|grandmom|nan|nana|nanna|nanny|lola|lolo|gogo|mbuya|ouma|oupa|nani|dadi|ahma"
    r"|ahkong|popo|kuia|koro|bubbe|zaida|resident|neighbour|neighbor|patient|client|lady"
    r"|gentleman|woman|man"
    # grandparents in other languages: German, Dutch, Spanish, Portuguese, Italian, Polish,
    # Czech, Russian, Greek, Nordic, Swahili, Korean, Japanese, Chinese, Hawaiian
    r"|oma|opa|omi|opi|abuela|abuelo|abuelita|abuelito|av[óô]|vov[óô]|nonna|nonno|babcia"
    r"|dziadek|babi[čc]ka|d[ěe]de[čc]ek|babushka|dedushka|yiayia|giagia|papou|mormor|morfar"
    r"|farmor|farfar|bestemor|bestefar|mummo|bibi|babu|nyanya|shosho|cucu|halmeoni|halmoni"
    r"|harabeoji|obaachan|ojiichan|nainai|yeye|laolao|waipo|tutu|kupuna)"
)
_SAID_BEFORE = re.compile(
    rf"(?i)\b(?:{_OLD_KIN}(?:\s+(?:at|de|di|da))?|(?:just\s+)?(?:hit|hits|reached|reaches|made\s+it\s+to"
    r"|celebrated|celebrates|celebrating))\s+$"
)
# "his dada's 90th", "Gran's ninety-fifth": an ordinal over 89 owned by a relative
_OWNED_BEFORE = re.compile(
    rf"(?i)\b(?:{_OLD_KIN}|dada|dadi|nani|mum|mom|mother|dad|father|aunt|aunty|auntie|uncle"
    r"|husband|wife|partner|friend)['’]s\s+$"
)
_NOT_OWNED_AFTER = re.compile(
    r"(?i)\s+(?:session|time|day|week|visit|anniversary|percentile|place|game|match)\b"
)
_BEFORE_REACH = 40
# "dob 12/08/1931 so 93", "born in 1930, making her 94", "DOB [date], now 95": an age
# worked out from the birth date just given
_BORN_THEN_AGE = re.compile(
    r"(?i)\b(?:dob|d\.o\.b\.?|born)\b[^.;!?\n]{0,40}?[\s,(]"
    r"(?:so|making\s+(?:him|her|them)|now|i\.e\.?|that['’]s)\s+"
    r"(?:(?:she|he|they)['’]s\s+|(?:she|he)\s+is\s+|they\s+are\s+)?$"
)
_BORN_REACH = 70
# an age over 89 in digits (an ordinal too), or in words (looked for only where the text
# holds "ninet" or "hundred")
_AGE_DIGITS_AT = re.compile(
    r"(?:9\d(?<![\w.,/$-]..)|1[01]\d(?<![\w.,/$-]...))(?P<ord>st|nd|rd|th)?\b(?![.,/%-]\d)"
)
_AGE_WORDS_AT = re.compile(
    r"(?i)\b(?:(?P<ord>ninetieth|ninety[-\s](?:first|second|third|fourth|fifth|sixth|seventh"
    r"|eighth|ninth)|hundredth)|ninety(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?:one|a)\s+hundred(?:\s+and\s+(?:one|two|three|four|five))?)\b"
)


def kin_ages(text: str, lowered: str) -> Iterator[Candidate]:
    """Ages over 89 in brackets after a relative, right after an older relative or a
    person noun, after a verb of arriving at an age, or as an ordinal a relative owns."""
    if "(" in text:
        for m in _KIN_AGE.finditer(text):
            yield m.start("age"), m.end("age"), "age"
    found = list(_AGE_DIGITS_AT.finditer(text))
    if "ninet" in lowered or "hundred" in lowered:
        found.extend(_AGE_WORDS_AT.finditer(text))
    for m in found:
        start, end = m.span()
        lo = max(0, start - _BEFORE_REACH)
        if m.group("ord"):
            if _OWNED_BEFORE.search(text, lo, start) and not _NOT_OWNED_AFTER.match(text, end):
                yield start, end, "age"
        elif _AGE_END.match(text, end) and (
            _SAID_BEFORE.search(text, lo, start)
            or _BORN_THEN_AGE.search(text, max(0, start - _BORN_REACH), start)
        ):
            yield start, end, "age"


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
    0800585858 1800247247 1800804848 10111 10177 0800838587
    """.split()
)

# "PSYC101", "STAT2040", "MATH1051A": a course code, where the sentence speaks of study
_COURSE_CODE = re.compile(r"[A-Z]{3,4}\d{3,4}[A-Z]?")
# the number systems whose values have a course code's shape ("NHI ZKT4417", "MRN ABC1234")
_ID_SYSTEM_BEFORE = re.compile(
    r"\b(?:NHI|NHS|MRN|IRD|PPSN|SSN|TFN|UHID|ID|[Ii]d|[Nn]umber)\s*(?:no\.?|#)?\s*[:#]?\s*$"
)
_ID_SYSTEM_REACH = 16
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
    if _ID_SYSTEM_BEFORE.search(text, max(0, start - _ID_SYSTEM_REACH), start):
        return False  # "Student Health ... (NHI ZKT4417)": a health number, not a course
    lo, hi = max(0, start - _SENTENCE_REACH), min(len(text), end + _SENTENCE_REACH)
    return _STUDY_WORDS.search(text, lo, hi) is not None


# "ISBN 978-0-14-312755-0", "CPT code 90837", "billing code 99213", "item number 2715":
# numbers of books and of billing or diagnosis codes
_CODE_BEFORE = re.compile(
    r"(?i)\b(?:ISBN(?:-1[03])?|ISSN|DOI|CPT|HCPCS|billing|procedure|diagnosis|diagnostic|item)"
    r"(?:\s*(?:code|codes|no\.?|num(?:ber)?|#))?\s*[:#]?\s*$"
)
_CODE_REACH = 24


def catalogue_code(text: str, start: int) -> bool:
    """Whether a word naming a book or billing code stands right before ``start``."""
    return _CODE_BEFORE.search(text, max(0, start - _CODE_REACH), start) is not None


def not_identifying(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` less public helplines, course codes and book or billing codes. A school
    named by a code and a number ("PS 112") is no helpline although its digits may be one."""
    return [
        (start, end, kind)
        for start, end, kind in found
        if not (
            (kind != "org" and helpline(text[start:end]))
            or course_code(text, start, end)
            or catalogue_code(text, start)
        )
    ]


# "Coogee NSW 2034", "[place] VIC 3000": a town and a state's abbreviation before a
# number make it a postcode even where it could be a year
_TOWN_AND_STATE = re.compile(
    r"(?:\[place\]|\b[A-Z][a-z]+),?\s+(?:NSW|VIC|QLD|TAS|ACT|NT|WA|SA)\s+$"
)
_TOWN_AND_STATE_REACH = 40


def after_town_and_state(text: str, start: int) -> bool:
    """Whether a town and an Australian state's abbreviation stand right before ``start``."""
    lo = max(0, start - _TOWN_AND_STATE_REACH)
    return _TOWN_AND_STATE.search(text, lo, start) is not None


# "v3.2", "V2.0.1": a version, not a user name
_VERSION = re.compile(r"[vV]\d+(?:\.\d+)+")


def without_versions(text: str, handles: list[Candidate]) -> list[Candidate]:
    """``handles`` less version numbers."""
    return [h for h in handles if not _VERSION.fullmatch(text, h[0], h[1])]


# "called from 2345 6789", "she rang us on 6123 4567": digits in groups after a verb of
# calling, in any country's layout
_SAID_FROM_PHONE = re.compile(
    r"(?i)\b(?:called|calling|rang|ringing|phoned|phoning|texted|texting|messaged|whatsapped)"
    r"(?:\s+(?:me|us|him|her|them))?\s+(?:from|on|using)\s+"
    r"(?P<num>\+?\(?\d[\d\s().-]{5,18}\d)"
)
# the digits of every such number, looked for alone first (one character class to scan for)
_SAID_DIGITS_HINT = re.compile(r"\d[\d\s().-]{5,18}\d")
_MIN_SAID_DIGITS = 7
_MAX_SAID_DIGITS = 13


_CALLING_STEMS = ("call", "rang", "ringing", "phon", "text", "messag", "whatsapp")


def said_from_phones(text: str, lowered: str) -> Iterator[Candidate]:
    """Phone numbers after a verb of calling."""
    for stem in _CALLING_STEMS:  # a loop costs less than any() here
        if stem in lowered:
            break
    else:
        return
    if not _SAID_DIGITS_HINT.search(text):
        return
    for m in _SAID_FROM_PHONE.finditer(text):
        digits = sum(c.isdigit() for c in m.group("num"))
        if _MIN_SAID_DIGITS <= digits <= _MAX_SAID_DIGITS and not _YEARISH.search(m.group("num")):
            yield m.start("num"), m.end("num"), "phone"


_YEARISH = re.compile(r"(?:19|20)\d\d\s*$")  # "rang on 12 03 2024": a date, not a number


# "in P6", "Year 9 or Y9", "in Q3": a letter and a number for a school year or a quarter;
# no UK postcode area is one of these letters (those of one letter are B E G L M N S W)
_LEVEL_CODE = re.compile(r"[ACDFHJKPQRTUVXYZ]\d{1,2}(?![\w/.-]\w)")


def level_code(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one capital that, with the digits after it, names a
    school year or a quarter rather than a postcode district."""
    return end - start == 1 and _LEVEL_CODE.match(text, start) is not None
