"""Detectors for identifiers with a recognisable shape.

Emails, URLs and IP addresses, social handles, phone numbers, dates (every part
but a lone year), ages over 89, and record/account/licence/plate numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers
from phonenumbers import phonenumbermatcher

from ._article_days import article_days
from ._birth_numbers import birth_numbers
from ._booked_days import booked
from ._calendar_dates import calendar_dates
from ._case_blind import folds_as_lower
from ._coded_references import coded_references
from ._coming_ages import coming_age
from ._compact_dates import compact_dates
from ._compact_old_ages import compact_old_ages
from ._counted_ordinals import counted_after
from ._cued_day_months import cued_day_months
from ._date_articles import without_articles
from ._dated_feasts import dated_feasts
from ._day_word_dates import day_word_dates
from ._digits import has_digit
from ._dotted_days import dotted_days
from ._eastern_digit_dates import eastern_digit_dates
from ._foreign_shapes import foreign_dates, numbered_orgs, owned_phones
from ._fraction_old_ages import fraction_old_ages
from ._french_bare_days import french_bare_days
from ._function_words import calendar_dates as cldr_dates
from ._german_shapes import german_shapes
from ._hedged_ages import hedged_ages, measured
from ._joined_days import joined_days
from ._kin_address import WORDS as KIN_ADDRESS_WORDS
from ._labelled_ids import labelled_ids
from ._labelled_ids import may_hold as may_name_a_number
from ._legal_forms import legal_form_companies
from ._legal_forms import may_hold as may_hold_legal_form
from ._lexicon import lexicon
from ._listed_days import listed_days
from ._lived_postcodes import lived_postcodes
from ._local_shapes import (
    game_handles,
    kin_ages,
    local_places,
    not_identifying,
    outside_places,
    said_from_phones,
    spaced_records,
    term_dates,
    widen_dates,
    without_versions,
)
from ._mailed_postcodes import mailed_postcodes
from ._measured_numbers import measured_number
from ._month_forms import month_forms
from ._national_id_shapes import national_id_shapes
from ._national_ids import national_ids
from ._numbered_institutions import numbered_institutions
from ._owned_old_ordinals import owned_old_ordinals
from ._partial_ids import partial_ids
from ._reference_numbers import reference_numbers
from ._roman_month_dates import roman_month_dates
from ._said_ages import said_ages
from ._school_codes import school_codes
from ._score_ranges import score_range
from ._scores_and_sums import score_fraction, sum_of_money
from ._script_dates import script_dates
from ._set_aside_months import set_aside_months
from ._shapes import is_counting_run, wide_shapes
from ._short_phones import short_phones
from ._slashed_phones import slashed_phones
from ._spelled_world_ages import SPELLED_AGE_HINTS, spelled_world_ages
from ._spoken_old_ages import NINETIES_HINTS, spoken_old_ages
from ._street_corners import street_corners
from ._tallies import is_tally
from ._thing_ages import without_thing_ages
from ._vocab import KNOWN_ACRONYMS, RELATIONS
from ._weekday_days import CLAUSE_AFTER, weekday_days
from ._worded_days import may_hold as may_hold_worded_days
from ._worded_days import worded_days
from ._worded_old_ages import HINTS as WORDED_OLD_AGE_HINTS
from ._worded_old_ages import worded_old_ages
from ._world_ages import world_ages
from ._world_dates import world_dates
from ._world_numbers import day_months, dotted_phones, world_ids

Candidate = tuple[int, int, str]

_EMAIL = re.compile(r"[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'`]+", re.IGNORECASE)
_TLDS = r"(?:com|org|net|edu|gov|io|ly|me|co|us|info|app|health)"
# country and newer endings, taken in lower case only ("mysite.nz", not "home.Ie" typed
# without a space); any ending when a path follows ("linktr.ee/name", "bit.ly/3xY")
_MORE_TLDS = (
    r"(?-i:nz|au|uk|ie|za|sg|ca|ph|ke|ng|kr|tv|ee|gg|xyz|site|online|shop|store|blog|dev|ai|fm"
    r"|pk|gh|zw|ug|hk|jm|tt|fj|lk|bd|np|tz|rw|zm|my)"
)
_TLD_HINT = re.compile(rf"\.(?:{_TLDS}\b|{_MORE_TLDS}\b|[a-z]{{2,6}}/)", re.IGNORECASE)
_BARE_DOMAIN = re.compile(
    rf"(?<![\w.@/-])(?:[a-z0-9-]+\.)+"
    rf"(?:(?:{_TLDS}|{_MORE_TLDS})(?:/[^\s<>\"'`]*)?|[a-z]{{2,6}}/[^\s<>\"'`]+)(?![\w@])",
    re.IGNORECASE,
)
_IPV4 = re.compile(
    r"(?=\d)(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?!\w|\.\d)"
)
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9a-fA-F]{1,4}:){4,7}[0-9a-fA-F]{1,4}(?![\w:])")
_HANDLE = re.compile(r"(?<![\w@.\[\]])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
_HANDLE_KEEP = frozenset({"@everyone", "@here"})
_DISCORD_MENTION = re.compile(r"<@[!&]?\d{15,21}>")

_LOCAL_PHONE = re.compile(
    r"(?=[(\d])(?<![\w/.-])(?:\(\d{3}\)\s?|\d{3}[-.\s])?\d{3}[-.]\d{4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w/-])"
)
# Stretches with 7+ digits that the phone library should look at.
_PHONE_CANDIDATE = re.compile(r"\+?\(?\d(?:[\d\s().-]{0,4}\d){6,}")
_DIGIT_RUN = re.compile(r"\d+")
_WINDOW = 40

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_COUNTER_NOUNS = (
    r"session|sessions|time|times|grade|week|weeks|day|days|month|months|year|years|floor|visit"
    r"|attempt|appointment|meeting|step|steps|exception|question|percentile|place|birthday|anniversary"
    r"|one|ones|try|round|hour|minute|period|street|avenue|ave|st|century|centuries|millennium"
)
_WEEKDAYS = r"(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|urday)?\.?"
_LOWER_WEEKDAYS = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.?"
_PLACED_AFTER = re.compile(r"\s+(?:in|out\s+of|of|place|overall|position)\b", re.IGNORECASE)
# "she sat 3rd, behind ...": after a subject pronoun "sat" is the verb ("see u sat 15th" is not)
_SAT_SUBJECT = re.compile(r"(?i)\b(?:she|he|we|they|i|who)\s+$")
_DATE = re.compile(
    # a letter starts a match only at a word start; a "W" only a weekday, which keeps its case
    r"(?=[0-9]|\b(?:[JFMASONDTjfmasondt]|(?-i:[Ww])))"
    rf"(?:\b{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?(?![\d%]|[:.]\d)"
    rf"|\b{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+\d{{4}})?(?![a-z])"
    r"|\b\d{4}(?P<sep>[-/.])(?:0?[1-9]|1[0-2])(?P=sep)(?:[12]\d|3[01]|0?[1-9])\b"
    r"|(?<![\d/.:-])(?:0?[1-9]|1[0-2])[/.-](?:[12]\d|3[01]|0?[1-9])[/.-](?:\d{4}|\d{2})(?![\d/-]|:\d)"
    r"|(?<![\d/.:-])(?:[12]\d|3[01]|0?[1-9])[/.-](?:0?[1-9]|1[0-2])[/.-](?:\d{4}|\d{2})(?![\d/-]|:\d)"
    r"|(?<![\d/.:-])(?:0?[1-9]|1[0-2])/(?:[12]\d|3[01]|0?[1-9])(?![\d/%]|:\d|\.\d)"
    rf"|\bthe\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:{_COUNTER_NOUNS})\b|-)"
    rf"(?:(?:\s+of)?\s+{_MONTH}(?:,?\s+\d{{4}})?(?![a-z]))?"  # "the 5th of June"
    # a weekday before the day, capitalised or typed in lower case ("monday 12th", "sat 15th":
    # before an ordinal day "sat", "wed" and "sun" are weekdays, not words)
    rf"|(?-i:\b(?:{_WEEKDAYS}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|{_LOWER_WEEKDAYS}))"
    rf"\s+(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:{_COUNTER_NOUNS})\b|-))",
    re.IGNORECASE,
)
_WEEKDAY_PREFIX = re.compile(rf"{_WEEKDAYS}\s+|{_LOWER_WEEKDAYS}\s+")  # kept: "Tues [date]"
_SCORE_SLASH = re.compile(r"\d{1,2}/(?:10|5)\b")
_LOWER_MONTH_AS_VERB = re.compile(r"(?:may|march)\s", re.IGNORECASE)
# "may 5th", "on may 5", "since march 3": a lower-case "may" or "march" is the month before
# an ordinal day (no verb takes "5th") or after a word that says when
_CLAUSE_AFTER = re.compile(CLAUSE_AFTER)
_FULL_YEAR = re.compile(r"(?:19|20)\d\d")
_ORDINAL_DAY_END = re.compile(r"(?:st|nd|rd|th)$", re.IGNORECASE)
_WHEN_BEFORE = re.compile(
    r"(?i)\b(?:on|since|from|until|till|til|by|before|after|next|last|this|of|early|mid|late"
    r"|due|dob|born|appt|session)\s+$"
)

_AGE_VALUE = re.compile(
    r"(?=[91noa])(?<![\w.,/-])(?:9\d|1[01]\d|12[0-5])(?![\w/%]|-(?!\s*(?:years?|yrs?)\b)|[.,]\d)"
    r"|\bninety(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?\b"
    r"|\b(?:one|a)\s+hundred(?:\s+and\s+(?:one|two|three|four|five))?\b",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(
    r"(?:\b(?:is|was|turned|turns|turning|age|aged|ages|at\s+age)\s+|\bage\s*[:=-]\s*"
    r"|\b(?:nonagenarian|centenarian|supercentenarian)(?:\s+of)?\s+|['’]s\s+|\()$",
    re.IGNORECASE,
)
_AGE_BEFORE_REACH = 20
# "At 92 she took up the ukulele", "at 95, he": a number after "at" that a person follows
_AT_BEFORE = re.compile(r"(?i)\bat\s+$")
_PERSON_AFTER = re.compile(
    r"\s*,?\s+(?:she|he|they|I|we|you|my|his|her|their|\[name\])\b", re.IGNORECASE
)
_SEX_BEFORE = re.compile(r"\([MF],\s*$")
_NOW_BEFORE = re.compile(r"(?i),\s*now\s+$")
# "she'll be 100 in March", "he will be 95 next week"
_WILL_BE_BEFORE = re.compile(r"(?i)(?:['’]ll|\bwill|\bwould|['’]d|\bto|\bgonna)\s+be\s+$")
_WILL_BE_AFTER = re.compile(
    r"\s*(?:[.,;!?)]|$)|\s+(?:next|this|in|on|soon|tomorrow|come)\b", re.IGNORECASE
)
# ages said in other languages ("ha 94 anni", "93 yaşında") are found by _world_ages
_AGE_AFTER = re.compile(r"\s*(?:-\s*)?(?:years?|yrs?)[-\s]*old\b|\s*(?:y/?o|yo)\b", re.IGNORECASE)
_NOT_AGE_AFTER = re.compile(
    # a fraction may come between: "was ninety and a half minutes", "ninety-four and a half miles"
    r"(?:\s+and\s+(?:a\s+half|a\s+quarter|three\s+quarters)|½)?"
    r"\s*(?:%|(?:percent|min|minutes|lbs?|pounds|kg|kilos?|mg|degrees|times|days|miles|dollars|bucks"
    r"|points|mph|seconds|hours|km|kms|kilometres|kilometers|metres|meters|cm|ml|litres|liters"
    r"|steps|calories|kcal|followers|likes|members|people|students|beds|pages|rand|pesos)\b)",
    re.IGNORECASE,
)
_ID_KEYWORD = re.compile(
    r"\b(?=[ACDFILMPRSTVBENHUGaocdfilmprstvbenhug])(?:MRN|acct|account|record|chart|case|claim|member|policy|licen[cs]e|lic|DL|plate|SSN"
    r"|medicaid|medicare|insurance|ID|patient|file|reference|ref|confirmation|ticket|badge"
    r"|employee|student|passport|VIN|serial|routing"
    # numbers of a register: "enrollment # 410-U007728", "registration no 44-81920"
    r"|enrol(?:l)?ment|registration|membership"
    # national id and health numbers named by their system
    r"|NRIC|FIN|NHS|NHI|IRD|PPSN|PPS|SIN|TFN|NINO|UIN|PAN|TIN|Aadhaa?r|UHID|hospital"
    # file and card words of Romanian, French, Portuguese, Lithuanian, Macedonian, and the
    # id cards of Mozambique (BI, NUIT), Zambia (NRC), the DR Congo (CNI), Afghanistan
    r"|dosar|dossier|processo|bylos|predmet|BI|NUIT|NRC|CNI|tazkira|tazkera"
    # the national numbers of Chile, Spain, Brazil, Mexico, Poland, the Netherlands, Romania,
    # Bulgaria, Croatia, the former Yugoslavia, Greece, Pakistan, Tanzania, Indonesia, Turkey
    r"|RUT|DNI|NIE|NIF|CPF|RG|CURP|RFC|PESEL|BSN|CNP|EGN|OIB|JMBG|AMKA|AFM|CNIC|NIDA|NIK|KTP"
    r"|TC|kimlik"
    # lowerchat voices: Spanish, Turkish, Italian, Czech, Japanese and Greek file words
    r"|expediente|dosya|fascicolo|spisová\s+značka|č\.\s*j\.|kanja\s+ID|fakelos|φάκελος)"
    r"(?:\s*(?:no\.?|n[º°]\.?|nr\.?|num(?:ber)?|#|id|is|:))*\s*[:#]?\s*"
    r"(?P<id>(?=[A-Z0-9/.-]*\d)[A-Z0-9](?:[A-Z0-9/.-]*[A-Z0-9])?)",
    re.IGNORECASE,
)
_MIXED_ID = re.compile(
    r"\b(?=[A-Z0-9])(?=[A-Z0-9-]*\d[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z][A-Z0-9-]*[A-Z])[A-Z0-9-]{6,}\b"
)
# what every ``_MIXED_ID`` match holds (a cheap test first: most numbers hold no capital)
_TWO_CAPITALS = re.compile(r"[A-Z][A-Z0-9-]*[A-Z]")
# "(?<![\w.,/$-])\d+(?:-\d+)*(?![\w/%-]|[.,]\d)", written to start on a digit (found faster)
_LONG_NUMBER = re.compile(r"\d(?<![\w.,/$-]\d)\d*(?:-\d+)*(?![\w/%-]|[.,]\d)")
_SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
_KNOWN_CODES = frozenset({"PHQ-9", "GAD-7", "COVID-19", "PCL-5", "DSM-5", "ICD-10", "SARS-COV-2"})


def _emails(text: str) -> Iterator[Candidate]:
    for m in _EMAIL.finditer(text):
        yield m.start(), m.end(), "email"


# "priya dot nair at gmail dot com", "kwame[at]yahoo.co.uk", "mere (at) xtra (dot) co (dot) nz":
# an address spelled out so that it is not a link, ending in a mail domain
_SPELLED_DOT = r"(?:\s*[\[(]dot[\])]\s*|\s+dot\s+|\.)"
_SPELLED_EMAIL = re.compile(
    rf"(?<![\w.@-])[\w+-]+(?:{_SPELLED_DOT}[\w+-]+)*"
    r"(?:\s*[\[({]at[\])}]\s*|\s+at\s+)"
    rf"(?P<domain>[A-Za-z0-9-]+(?:{_SPELLED_DOT}[A-Za-z0-9-]+)+)\b",
    re.IGNORECASE,
)
_SPELLED_HINT = re.compile(r"(?i)[\[(]at[\])]|\sdot\s|[\[(]dot[\])]")
# the same, branch by branch, each opening with a character no case changes: the engine
# skips in C to where it stands (the alternation is tried at every character)
_SPELLED_HINTS = tuple(
    re.compile(p) for p in (r"(?i)\[(?:at|dot)[\])]", r"(?i)\((?:at|dot)[\])]", r"(?i)\sdot\s")
)
_MAIL_ENDINGS = frozenset(
    "com net org edu gov info biz io co uk nz au za ie ca sg in ph ke ng my kr us me de fr".split()
)
# mail providers whose names are also words ("outlook", "live")
_MAIL_HOSTS = frozenset("outlook live mail me proton icloud yahoo hotmail gmail msn aol".split())
_DOMAIN_PARTS = re.compile(_SPELLED_DOT, re.IGNORECASE)


def _may_spell_dot(text: str, lowered: str) -> bool:
    """False when ``_SPELLED_HINT`` cannot match a text holding no "at]" or "at)": where its
    case-blind matching is that of ``lower()`` (``folds_as_lower``) it needs a "dot"."""
    return "dot" in lowered or not folds_as_lower(text)


def _spelled_emails(text: str) -> Iterator[Candidate]:
    if not any(hint.search(text) for hint in _SPELLED_HINTS):  # ``_SPELLED_HINT.search``
        return
    ordinary = lexicon().ordinary
    for m in _SPELLED_EMAIL.finditer(text):
        parts = _DOMAIN_PARTS.split(m.group("domain"))
        host = parts[0].lower()
        if parts[-1].lower() not in _MAIL_ENDINGS or len(host) < _MIN_MAIL_HOST:
            continue
        if (
            host in ordinary
            and host not in _MAIL_HOSTS
            and "[" not in m.group()
            and "(" not in m.group()
        ):
            continue  # "laughed at the dot com bubble": a plain "at" before a word
        yield m.start(), m.end(), "email"


_MIN_MAIL_HOST = 2


def _url_matches(text: str) -> Iterator[re.Match[str]]:
    if "http" in text or "www" in text or "HTTP" in text or "WWW" in text:
        yield from _URL.finditer(text)
    last_end = -1
    for hint in _TLD_HINT.finditer(text):
        lo = max(text.rfind(c, 0, hint.start()) for c in " \n\t(<\"'") + 1
        if lo <= last_end:
            continue
        hi = min(
            (i for i in (text.find(c, hint.end()) for c in " \n\t") if i >= 0), default=len(text)
        )
        for m in _BARE_DOMAIN.finditer(text, lo, hi):
            last_end = m.end()
            yield m


# Telehealth and practice platforms whose brand name is their bare domain ("send the Doxy.me
# link", "set up zoom.us"): the service named, as an app is, no one's page. With a scheme,
# "www" or a path ("doxy.me/drsmith") it is an address and goes.
_PLATFORM_DOMAINS = frozenset(
    """
    doxy.me zoom.us calendly.com simplepractice.com therapynotes.com jane.app vsee.com
    psychologytoday.com headspace.com betterhelp.com talkspace.com
    """.split()
)


def _urls(text: str) -> Iterator[Candidate]:
    for m in _url_matches(text):
        end = m.end()
        while end > m.start() and text[end - 1] in ".,;:!?)]}'\"":
            if text[end - 1] == ")" and text.count("(", m.start(), end) >= text.count(
                ")", m.start(), end
            ):
                break
            end -= 1
        if text[m.start() : end].lower() in _PLATFORM_DOMAINS:
            continue
        yield m.start(), end, "url"


def _ips(text: str) -> Iterator[Candidate]:
    if text.count(".") >= 3:  # an IPv4 address has three dots
        for m in _IPV4.finditer(text):
            yield m.start(), m.end(), "url"
    if text.count(":") >= 4:
        for m in _IPV6.finditer(text):
            yield m.start(), m.end(), "url"


def _handles(text: str) -> Iterator[Candidate]:
    for m in _HANDLE.finditer(text):
        if m.group().lower() not in _HANDLE_KEEP:
            yield m.start(), m.end(), "handle"
    for m in _DISCORD_MENTION.finditer(text):
        yield m.start(), m.end(), "handle"


def _phones(text: str) -> Iterator[Candidate]:
    for cand in _PHONE_CANDIDATE.finditer(text):
        lo = max(0, cand.start() - 2)
        window = text[lo : cand.end() + 8]
        # most of the library's time goes on windows where it provably finds nothing
        matches = list(_phone_matches(window, "US")) if library_may_find_phone(window) else []
        if not matches and cand.group().lstrip("(").startswith("0"):
            # a trunk "0" opens a national number in most countries but not the US
            # ("0871 234 5678", "0803 123 4567"): read it with a region that has one
            matches = list(_phone_matches(window, "GB"))
        for match in matches:
            start, end = lo + match.start, lo + match.end
            if _glued(text, start, end) or is_counting_run(match.raw_string):
                continue  # digits inside a code ("S1234567D") are no phone number
            yield start, end, _phone_or_id(text, start)
    if "-" in text or "." in text:  # a local number has one or the other
        for m in _LOCAL_PHONE.finditer(text):
            yield m.start(), m.end(), "phone"
    yield from _cued_phones(text)


# What the phone library's matcher tries, from its own patterns and the US metadata: every
# stretch of its candidate pattern, and the pieces it cuts a stretch into when the whole
# fails. A piece is a number when its national part has a possible length for the region;
# that part is its digits less an extension (the last group of digits, after a mark such as
# "#" or ","), less up to three leading ones (country code and national prefix), unless a
# plus sign or the international prefix brings in another country (then anything goes).
_LIBRARY_CANDIDATE = phonenumbermatcher._PATTERN
_LIBRARY_PIECES = phonenumbermatcher._INNER_MATCHES
_MAX_ONES_DROPPED = 3
_EXTENSION_MARKS = frozenset(",;#＃~～")
_PLUS_SIGNS = frozenset("+＋")


def _us_rules() -> tuple[frozenset[int], re.Pattern[str] | None]:
    """Possible lengths of a US national number, and the international prefix; none when
    the metadata is not as the reasoning above expects (a national prefix "1", nothing
    rewritten), which turns the test off."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region("US")
    desc = meta.general_desc if meta is not None else None
    if (
        meta is None
        or desc is None
        or meta.international_prefix is None
        or meta.national_prefix_for_parsing != "1"
        or meta.national_prefix_transform_rule is not None
    ):
        return frozenset(), None
    lengths = frozenset(desc.possible_length or ()) | frozenset(
        desc.possible_length_local_only or ()
    )
    return lengths, re.compile(meta.international_prefix)


_US_LENGTHS, _US_IDD = _us_rules()


def library_may_find_phone(window: str) -> bool:
    """Whether ``phonenumbers.PhoneNumberMatcher(window, "US", leniency=POSSIBLE)`` can find
    a number: False only when no string its matcher parses can be a possible number."""
    if _US_IDD is None or not _US_LENGTHS:
        return True
    for candidate in _LIBRARY_CANDIDATE.finditer(window):
        stretch = candidate.group()
        if any(c.isalpha() or c in _PLUS_SIGNS for c in stretch):
            return True  # letters may be keypad digits, a plus brings another country
        for piece in _library_pieces(stretch):
            if _may_be_possible(piece):
                return True
    return False


def _library_pieces(stretch: str) -> Iterator[str]:
    """The strings the matcher parses for one stretch (all of them, ignoring its limit
    on tries)."""
    yield stretch
    for pattern in _LIBRARY_PIECES:
        found = pattern.search(stretch)
        if found:
            yield stretch[: found.start()]
        while found:
            yield found.group(1)
            found = pattern.search(stretch, found.start() + 1)


def _may_be_possible(piece: str) -> bool:
    groups = _DIGIT_RUN.findall(piece)
    if not groups:
        return False
    if any(c in _EXTENSION_MARKS for c in piece):
        nationals = ["".join(groups[:n]) for n in range(1, len(groups) + 1)]
    else:
        nationals = ["".join(groups)]
    for digits in nationals:
        if not digits.isascii() or (_US_IDD is not None and _US_IDD.match(digits)):
            return True
        ones = min(len(digits) - len(digits.lstrip("1")), _MAX_ONES_DROPPED)
        if any(len(digits) - n in _US_LENGTHS for n in range(ones + 1)):
            return True
    return False


def _phone_matches(window: str, region: str) -> Iterator[phonenumbers.PhoneNumberMatch]:
    return iter(
        phonenumbers.PhoneNumberMatcher(
            window, region, leniency=phonenumbers.Leniency.POSSIBLE, max_tries=20
        )
    )


# "NHS no. 485 777 3456", "MRN 4521789", "Medicare 4123 45678 9": digits in a phone's
# layout after a word naming a record or id number are that number
_ID_CUE_BEFORE = re.compile(
    r"(?i)\b(?:MRN|UR|NHS|NHI|SIN|NRIC|IRD|PPSN|PPS|TFN|Aadhaa?r|medicare|medicaid|hospital"
    r"|patient|record|chart|file|case|ref|reference|account|acct|member|policy|claim|ID"
    r"|licen[cs]e|passport)(?:\s*(?:no\.?|num(?:ber)?|#|:))*\s*[:#]?\s*$"
)
_ID_CUE_REACH = 24


def _phone_or_id(text: str, start: int) -> str:
    """ "id" when a word naming an id or record number stands right before, else "phone"."""
    cued = _ID_CUE_BEFORE.search(text, max(0, start - _ID_CUE_REACH), start)
    return "id" if cued else "phone"


def _glued(text: str, start: int, end: int) -> bool:
    """Whether a letter stands right against ``text[start:end]``."""
    return (start > 0 and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha())


# "mobile 9123 4567", "phone is (01) 626 4411", "reach her on 0412 345 678": digits in
# groups after a word that says a phone number follows, in any country's layout
_PHONE_CUE = re.compile(
    r"(?i)(?=[mcptlwvhyor])\b(?:mobile|mob|cell|cellphone|phone|ph|tel|telephone|landline|whatsapp|viber"
    r"|hp|handphone|contact(?:\s+(?:no\.?|number|details))?"
    r"|(?:her|his|their|my|your|our)\s+(?:number|no\.?)"
    r"|(?:reachable|call|ring|text|txt|sms|reach)(?:\s+(?:him|her|them|me|us))?(?:\s+(?:on|at))?)"
    r"(?:\s+(?:is|was|no\.?|number|nr))?\s*[:#-]?\s*"
    r"(?P<num>\+?\(?\d[\d\s().-]{5,18}\d)"
)
_MIN_CUED_PHONE_DIGITS = 7
_MAX_CUED_PHONE_DIGITS = 13


def _cued_phones(text: str) -> Iterator[Candidate]:
    for m in _PHONE_CUE.finditer(text):
        number = m.group("num")
        digits = sum(c.isdigit() for c in number)
        if not _MIN_CUED_PHONE_DIGITS <= digits <= _MAX_CUED_PHONE_DIGITS:
            continue
        if is_counting_run(number) or _is_year_run(number):
            continue
        yield m.start("num"), m.end("num"), "phone"


# Cheap tests that rule a window out before the slower patterns run. A date needs a digit
# beside "/", "." or "-", a day before a month word, or a digit after a three-letter word
# ("Mar 3", "the 3rd"); every branch is anchored on a digit or a space (rare characters).
_DATE_HINT = re.compile(
    r"\d(?:[/.-]\d|(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3})"
    r"|\s(?:(?<=[A-Za-z]{3}\s)|(?<=[A-Za-z]{3}\.\s))\s*\d"
)
# "\b(?:19|20)\d\d\b", written to start on its first digit (found faster)
_YEAR = re.compile(r"(?:19|20)(?<!\w..)\d\d\b")
_ID_HINT = re.compile(r"\d[A-Za-z0-9-]*\d[A-Za-z0-9-]*\d")
_AGE_HINT = re.compile(r"9\d|1[01]\d|12[0-5]")


# "New Year's Eve 2025", "Diwali 2024", "Boxing Day 2022": a holiday in a given year is a date
_HOLIDAY_YEAR = re.compile(
    r"(?=[A-Z])\b(?!(?:On|In|At|By|Since|From|Until|Till|The|Last|This|Next|Before|After|For"
    r"|During|Over|Around)\s)"  # "On Anzac Day 2024": the date starts after the preposition
    r"(?:(?:[A-Z][a-z]+(?:['’]s)?\s+){1,2}(?:Day|Eve)"
    r"|(?:Christmas|Easter|Thanksgiving|Halloween|Hanukkah|Chanukah|Diwali|Deepavali|Eid"
    r"|Ramadan|Passover|Pesach|Purim|Holi|Vesak|Matariki|Hogmanay|Kwanzaa|Juneteenth|Pongal"
    r"|Onam|Navratri|Lunar\s+New\s+Year|Chinese\s+New\s+Year|Rosh\s+Hashanah|Yom\s+Kippur)"
    r"(?:\s+(?:Day|Eve|Sunday|Monday))?)"
    r",?\s+(?:19|20)\d\d\b"
)


# "June 2023", "mid-March 2025", "Aug '23": a month in a given year is a date element
# (looked for from the year back: the year is rare, a month's first letter is not)
_YEAR_OR_SHORT = re.compile(r"(?:(?<![\w'’])(?:19|20)\d\d|['’]\d\d)\b")
_MONTH_BEFORE_YEAR = re.compile(
    rf"(?:\b(?:mid|early|late)-)?\b{_MONTH}\s+(?:of\s+)?$", re.IGNORECASE
)
_MONTH_YEAR_REACH = 22
# "3/4 of the way", "1/2 hour": a fraction before what it measures, not a date
_FRACTION = re.compile(r"([1-7])/([2348])")
_FRACTION_AFTER = re.compile(
    r"\s+(?:of|an?|hour|hours|hr|hrs|cup|cups|mile|miles|km|tablet|tablets|pill|pills|dose"
    r"|glass|way|day|days|page|pages)\b",
    re.IGNORECASE,
)
# "the 1st session was hard, the 2nd was easier": an ordinal after a counted one counts too,
# unless a word that dates it stands before ("on the 3rd")
_COUNTED_ORDINAL = re.compile(rf"\d(?:st|nd|rd|th)\s+(?:{_COUNTER_NOUNS})\b", re.IGNORECASE)
_DATING_WORD = re.compile(r"(?i)\b(?:on|since|until|till|from|before|after|of)\s+$")
_COUNTED_REACH = 80
_BARE_ORDINAL = re.compile(r"(?i)the\s+\d+(?:st|nd|rd|th)")
_ORDINALS_COUNTED = counted_after(_COUNTER_NOUNS)


def _dates(text: str) -> Iterator[Candidate]:
    if _YEAR.search(text):  # every holiday date ends in a year
        for m in _HOLIDAY_YEAR.finditer(text):
            yield m.start(), m.end(), "date"
    yield from _month_years(text)
    yield from world_dates(text)  # "3 mars", "15/08", "2. 6."
    yield from calendar_dates(text)  # "Tir 12", "12 Baisakh", "Aadi 18"
    if has_digit(text):
        yield from weekday_days(text, frozenset(text.lower().split()))  # "sexta dia 13"
    if not _DATE_HINT.search(text):
        return
    scores: list[tuple[int, int]] = []  # "4/5" kept as a score, unless listed with a date
    slashed: list[tuple[int, int]] = []
    for m in _DATE.finditer(text):
        found = m.group()
        if "/" in found:
            score = _score(text, m)
            fraction = _fraction(text, m) or is_tally(text, m.start(), m.end())
            if score or fraction or score_range(text, m.start(), m.end()):
                if score and not fraction:
                    scores.append(m.span())
                continue  # "7/10", "3/4 of", "rated it 3-5/10"
        if (
            found[:1].islower()
            and _LOWER_MONTH_AS_VERB.match(found)
            and not _lower_month_dated(text, m.start(), found)
        ):
            continue  # "she may 2x her walks" / "march 5 miles"
        if _BARE_ORDINAL.fullmatch(found) and (
            _counted_before(text, m.start()) or _ORDINALS_COUNTED.match(text, m.end())
        ):
            continue  # "the 1st session ..., the 2nd", "the 2nd and 3rd sessions"
        if found.startswith("sat ") and (
            _PLACED_AFTER.match(text, m.end()) or _SAT_SUBJECT.search(text, 0, m.start())
        ):
            continue  # "she sat 15th in the class", "he sat 2nd at the meet": a ranking
        weekday = _WEEKDAY_PREFIX.match(found)
        if "/" in found:
            slashed.append(m.span())
        yield m.start() + (weekday.end() if weekday else 0), m.end(), "date"
    if scores:  # "4/5 & 11/5", "no-show 3/10 and 17/10"
        for start, end in listed_days(text, scores, slashed):
            yield start, end, "date"


def _lower_month_dated(text: str, start: int, found: str) -> bool:
    """Whether a lower-case "may 5th", "on march 3" or "march 24 she came" names a day (not
    "she may 2x", "march 5 miles")."""
    return (
        _ORDINAL_DAY_END.search(found) is not None
        or _WHEN_BEFORE.search(text, max(0, start - 8), start) is not None
        or _CLAUSE_AFTER.match(text, start + len(found)) is not None
    )


_SCORE_DATING_WORD = re.compile(r"(?i)\b(?:on|dated|until|till)\s+$")
_RATING_WORD = re.compile(
    r"(?i)\b(?:(?:rated?|rating|scored?|gave)\b[^.;!?\n]{0,20}|(?:solid|an?)\s+)$"
)
_RATING_REACH = 28


def _score(text: str, m: re.Match[str]) -> bool:
    """ "7/10", "3/5": a score, unless more than the whole ("12/10"), dated ("on 7/10") or
    booked ("next appt 4/5", "moved to 4/5")."""
    if not _SCORE_SLASH.fullmatch(m.group()):
        return False
    got, _, whole = m.group().partition("/")
    before = text[max(0, m.start() - _RATING_REACH) : m.start()]
    if int(got) > int(whole):
        return _RATING_WORD.search(before) is not None  # "rated the group 11/10"
    return not (_SCORE_DATING_WORD.search(before) or booked(before))


def _month_years(text: str) -> Iterator[Candidate]:
    """ "June 2023", "mid-March 2025", "Aug '23" (but not "she may 2023 ...")."""
    for year in _YEAR_OR_SHORT.finditer(text):
        lo = max(0, year.start() - _MONTH_YEAR_REACH)
        month = _MONTH_BEFORE_YEAR.search(text, lo, year.start())
        if month and not (
            month.group()[:1].islower()
            and _LOWER_MONTH_AS_VERB.match(month.group())
            and not _FULL_YEAR.fullmatch(year.group())
        ):  # "since march 2023": no verb takes a year
            yield month.start(), year.end(), "date"


def _fraction(text: str, m: re.Match[str]) -> bool:
    """ "3/4 of the way", "1/2 hour": a proper fraction before what it measures."""
    parts = _FRACTION.fullmatch(m.group())
    return (
        parts is not None
        and int(parts.group(1)) < int(parts.group(2))
        and _FRACTION_AFTER.match(text, m.end()) is not None
    )


def _counted_before(text: str, start: int) -> bool:
    """Whether "the 2nd" continues a count ("the 1st session ..., the 2nd was easier")."""
    if _DATING_WORD.search(text, max(0, start - 8), start):
        return False
    return _COUNTED_ORDINAL.search(text, max(0, start - _COUNTED_REACH), start) is not None


def _ages(text: str) -> Iterator[Candidate]:
    if not _AGE_HINT.search(text):
        lowered = text.lower()
        if "ninet" not in lowered and "hundred" not in lowered:
            return
    for m in _AGE_VALUE.finditer(text):
        start, end = m.span()
        said_before = _AGE_BEFORE.search(text, max(0, start - _AGE_BEFORE_REACH), start)
        if (
            _AGE_AFTER.match(text, end)
            or (said_before and not _NOT_AGE_AFTER.match(text, end) and not measured(text, start))
            or _appositive_age(text, start, end)
            or _age_in_clause(text, start, end)
            or coming_age(text, start, end)  # "Our eldest, ninety-three in June, led"
        ):
            yield start, end, "age"


def _age_in_clause(text: str, start: int, end: int) -> bool:
    """ "At 92 she ...", "she'll be 100 in March": an age said by the clause around it."""
    lo = max(0, start - _AGE_BEFORE_REACH)
    if _SEX_BEFORE.search(text, lo, start):  # "(F, 93)"
        return _APPOSITIVE_AFTER.match(text, end) is not None
    now = _NOW_BEFORE.search(text, lo, start)
    if now:  # "her great-aunt, now 97, ...": as if "now" were not there
        return _appositive_age(text, now.start() + 1, end)
    if _AT_BEFORE.search(text, lo, start):
        return _PERSON_AFTER.match(text, end) is not None
    return (
        _WILL_BE_BEFORE.search(text, lo, start) is not None
        and _WILL_BE_AFTER.match(text, end) is not None
    )


def _appositive_age(text: str, start: int, end: int) -> bool:
    """ "Edna, 96, at her daughter's", "her neighbour, 99 next month", "([name], 91)":
    a number set off by commas right after a name (or its placeholder) or a person noun.
    A score after a verb ("scored 95, up from 80") has no comma before it. After a person
    noun of any language ("the bisabuela, 97,", "the grandfather, 91 and silent") the
    clause may also go on with "and"."""
    closed = _APPOSITIVE_AFTER.match(text, end) is not None
    if not closed and not _AND_AFTER.match(text, end):
        return False
    before = _APPOSITIVE_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group("word")
    if word is None:
        return closed  # "[name], 96,"
    low = word.lower()
    if _person_noun(low):
        return True
    if not closed:
        return False
    # "Edna, 96," (or "edna, 96,", which the name pass turns into "[name], 96,"), but not
    # "science, 95,"; the test ignores case so that both passes agree
    lex = lexicon()
    if low in lex.given_names or low in lex.word_names:
        return True
    return (
        len(low) >= _MIN_APPOSITIVE_NAME
        and low not in lex.ordinary
        and low not in lex.always_ordinary
    )


_APPOSITIVE_BEFORE = re.compile(r"(?:\[name\]|\b(?P<word>[^\W\d_][\w'’-]*))\s*,\s*$")
_APPOSITIVE_AFTER = re.compile(
    r"\s*[,)]|\s+(?:next|this|last|come)\s+\w|\s+[-–—]\s"
    r"|\s+in\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",  # "95 in June"
    re.IGNORECASE,
)
_MIN_APPOSITIVE_NAME = 3
# "the grandfather, 91 and silent until then": a person noun's age, the clause going on
_AND_AFTER = re.compile(r"\s+(?:and|y|e|et|und|en|i|og|och|ve|na|dan)\s+[^\W\d_]", re.IGNORECASE)
# the great-grandparents of other languages (the kin words of ``_kin_address`` hold the rest)
_GREAT_GRANDPARENTS = frozenset(
    "bisabuela bisabuelo bisabuelita bisabuelito bisavó bisavô bisavo bisnonna bisnonno "
    "arrière-grand-mère arrière-grand-père urgroßmutter urgroßvater urgrossmutter "
    "urgrossvater uroma uropa overgrootmoeder overgrootvader oldemor oldefar oldemormor "
    "prababcia pradziadek prababička praděda prabunica prabunicul buyut moyang "
    "iso-isoäiti iso-isoisä".split()
)
_AGE_PERSON_NOUNS = RELATIONS - {"named", "called", "nicknamed", "w/", "with"} | frozenset(
    "grandad granddad gran nan nana nanna nanny grandmum grandmom grandparent great-grandad "
    "resident lady man woman gentleman widow widower elder aunty aunties uncle's godmother "
    "godfather godparent stepmother stepfather stepmum stepdad neighbour neighbor client "
    "patient".split()
)


def _person_noun(low: str) -> bool:
    """A word for a person or a relative, in English or another language ("abuela",
    "great-grandmother", "mormor", "bisavó")."""
    last = low.rpartition("-")[2]
    return (
        low in _AGE_PERSON_NOUNS
        or last in _AGE_PERSON_NOUNS
        or low in _GREAT_GRANDPARENTS
        or (low in KIN_ADDRESS_WORDS and len(low) >= _MIN_KIN_WORD)
    )


_MIN_KIN_WORD = 4  # "bin", "ben", "der", "ana": words of too many other kinds


def _ids(text: str, digits: int | None = None) -> Iterator[Candidate]:
    """Record, account and similar numbers (``digits``: how many the text holds, if known)."""
    if "/" in text or "-" in text or "+" in text:
        yield from birth_numbers(text)  # "085612/3410", "140592-217K"
    yield from reference_numbers(text)  # "2024/00871", "001-150390-0023K", "407 218 339K"
    yield from national_id_shapes(text, digits)  # "A123456789", "912345678V"
    if not _ID_HINT.search(text):
        return
    for m in _ID_KEYWORD.finditer(text):
        value = m.group("id")
        if sum(c.isdigit() for c in value) >= 3 and len(value) >= 4 and not _is_year_run(value):
            yield m.start("id"), m.end("id"), "id"
    for m in _MIXED_ID.finditer(text) if _TWO_CAPITALS.search(text) else ():
        if m.group() not in _KNOWN_CODES and not _measure_code(m.group()):
            yield m.start(), m.end(), "id"
    if "-" in text:
        for m in _SSN.finditer(text):
            yield m.start(), m.end(), "id"
    if digits is not None and digits < _MIN_LONG_NUMBER_DIGITS:
        return  # no run of digits here can be long enough
    for m in _LONG_NUMBER.finditer(text):
        value = m.group()
        if sum(c.isdigit() for c in value) >= _MIN_LONG_NUMBER_DIGITS and not (
            _is_year_run(value) or is_counting_run(value) or _billing_code(text, m.start(), value)
        ):
            yield m.start(), m.end(), "id"


_MIN_LONG_NUMBER_DIGITS = 5

# Procedure codes of mental-health billing (CPT psychiatry and psychotherapy, assessment,
# health-behaviour, behaviour-analysis and office-visit codes): the kind of session billed,
# the same for every client ("denied the 90837", "add-on 90785"). A number after an id word
# ("MRN", "member no.") is still read as an id by ``_ID_KEYWORD``.
_BILLING_CODES = frozenset(
    """
    90785 90791 90792 90832 90833 90834 90836 90837 90838 90839 90840 90845 90846 90847 90849
    90853 90863 90865 90867 90868 90869 90870 90875 90876 90880 90882 90885 90887 90889 90899
    96105 96110 96112 96113 96116 96121 96127 96130 96131 96132 96133 96136 96137 96138 96139
    96156 96158 96159 96164 96165 96167 96168 96170 96171 97151 97152 97153 97154 97155 97156
    97157 97158 99202 99203 99204 99205 99211 99212 99213 99214 99215 99354 99355 99366 99368
    99441 99442 99443 98966 98967 98968 99484 99492 99493 99494
    """.split()
)
# a US state's letters or a town before it ("Long Beach, CA 90807"): a ZIP code there
_ZIP_BEFORE = re.compile(r"(?:\b[A-Z]{2}|[A-Z][a-z]+,)\s+$")


def _billing_code(text: str, start: int, value: str) -> bool:
    """Whether ``value`` at ``start`` is a listed billing code standing as one, not after a
    state or town as a ZIP code."""
    return value in _BILLING_CODES and not _ZIP_BEFORE.search(text[max(0, start - 24) : start])


def _measure_code(value: str) -> bool:
    """A clinical measure or manual and its version: "DASS-21", "CORE-10", "WHO-5"."""
    name, _, number = value.partition("-")
    return name in KNOWN_ACRONYMS and number.isdigit() and len(number) <= _MEASURE_DIGITS


_MEASURE_DIGITS = 3


def _is_year_run(value: str) -> bool:
    parts = value.replace("-", " ").split()
    return all(len(p) == 4 and p[:2] in ("19", "20") for p in parts)


def _digit_windows(text: str) -> list[tuple[int, str, int]]:
    """Stretches around digits (widened to whitespace), where numeric kinds can occur,
    each with how many digits it holds."""
    windows: list[tuple[int, str, int]] = []
    size = len(text)
    lo = hi = -1  # the window being built (none yet)
    digits = 0
    for m in _DIGIT_RUN.finditer(text):
        start, end = m.span()
        if start <= hi:  # inside the current window: joins it
            digits += end - start
            if end + _WINDOW <= hi:
                continue  # the next space after end + _WINDOW is at or before hi
            far = text.find(" ", end + _WINDOW)
            far = size if far < 0 else far
            hi = max(far, hi)
            continue
        near = text.rfind(" ", 0, max(0, start - _WINDOW)) + 1
        far = text.find(" ", end + _WINDOW)
        far = size if far < 0 else far
        if near <= hi:  # widened back into the current window
            hi = max(far, hi)
            digits += end - start
            continue
        if hi >= 0:
            windows.append((lo, text[lo:hi], digits))
        lo, hi, digits = near, far, end - start
    if hi >= 0:
        windows.append((lo, text[lo:hi], digits))
    return windows


_MIN_AGE_DIGITS = 2  # also the fewest in a day-first date, a postcode or a national id
_MIN_ID_DIGITS = 3
_MIN_PHONE_DIGITS = 7


# Every shape needs one of these: a digit, "@", "#", "_", "/", ":", characters joined by
# a dot, or a capital inside a word; or the words "ninety"/"hundred", an ordinal word (a
# spelled-out date), or a spelled-out "dot" or "(at)" (an email address). Substring tests
# on the lower-cased text are cheaper than a regex, and the characters are tested piece by
# piece (as one alternation a regex tries every branch at every character).
_SHAPE_WORDS = (
    *(
        "ninet hundred first second third fourth fifth sixth seventh eighth ninth tenth "
        "eleventh twelfth teenth tieth vingt novent novant neunzig nonante"
    ).split(),
    *NINETIES_HINTS,  # "nabbe saal"
    *SPELLED_AGE_HINTS,  # "thonnooru vayassu"
    *WORDED_OLD_AGE_HINTS,  # "drieënnegentig jaar", "doksan iki yaşında"
    " dot ",
    "at)",
    "at]",
)
_ANY_SHAPE_CHAR = re.compile(r"[\d@#_/:]")
_JOINED_BY_DOT = re.compile(r"\.(?<=[A-Za-z0-9]\.)(?=[A-Za-z0-9])")
_INNER_CAPITAL = re.compile(r"[A-Z](?<=[a-z0-9][A-Z])")


def shape_chars(text: str) -> bool:
    """Whether ``text`` holds a shape character: a digit, "@", "#", "_", "/" or ":", a dot
    between letters or digits, or a capital right after a lower-case letter or digit."""
    return (
        _ANY_SHAPE_CHAR.search(text) is not None
        or ("." in text and _JOINED_BY_DOT.search(text) is not None)
        or _INNER_CAPITAL.search(text) is not None
    )


def _may_hold_shapes(text: str, lowered: str) -> bool:
    if shape_chars(text):
        return True
    for word in _SHAPE_WORDS:
        if word in lowered:
            return True
    # "el tres de mayo"; "Kaya Tekstil Ltd. Şti.": a legal form needs no digit
    return may_hold_worded_days(text, lowered) or may_hold_legal_form(text)


def _shift_into(out: list[Candidate], found: Iterator[Candidate], offset: int) -> None:
    if offset == 0:  # a window at the start of the text: nothing to shift
        out.extend(found)
        return
    out.extend([(start + offset, end + offset, kind) for start, end, kind in found])


def _scored(text: str, cand: Candidate) -> bool:
    """Whether a date candidate is a score on a scale or a count or measure."""
    return score_fraction(text, cand[0], cand[1]) or measured_number(text, cand[0], cand[1])


def structured(text: str) -> list[list[Candidate]]:
    """Candidate layers in priority order (earlier layers win overlaps)."""
    lowered = text.lower()
    if not _may_hold_shapes(text, lowered):
        return []
    windows = _digit_windows(text)
    web: list[Candidate] = []
    phones: list[Candidate] = []
    dates: list[Candidate] = []
    ids: list[Candidate] = []
    ages: list[Candidate] = []
    for offset, chunk, digits in windows:
        # each kind needs at least so many digits: a lone score ("rated it a 6") is
        # looked at only for dates ("March 6")
        if chunk.count(".") >= 3 or chunk.count(":") >= 4:  # what an IP address needs
            _shift_into(web, _ips(chunk), offset)
        _shift_into(dates, _dates(chunk), offset)
        if digits >= _MIN_AGE_DIGITS:
            _shift_into(ages, _ages(chunk), offset)
        if digits >= _MIN_ID_DIGITS:
            _shift_into(ids, _ids(chunk, digits), offset)
        if digits >= _MIN_PHONE_DIGITS:
            _shift_into(phones, _phones(chunk), offset)
    if "ninety" in lowered or "hundred" in lowered:
        ages.extend(_ages(text))
    ages.extend(said_ages(text, lowered))  # "i'm 93", "died at 96", "quatre-vingt-quinze ans"
    ages.extend(spoken_old_ages(text, lowered))  # "turns 96", "nabbe saal"
    ages.extend(spelled_world_ages(text, lowered))  # "thonnooru vayassu", "nobboi bochor er"
    ages.extend(owned_old_ordinals(text, lowered))  # "her abuela's 95th", "95 now and still"
    ages.extend(hedged_ages(text, lowered))  # "is nearly ninety-five", "93 years young"
    ages.extend(compact_old_ages(text, lowered))  # "92YO", "92yrold", "ninetytwo", "92½"
    ages.extend(fraction_old_ages(text, lowered))  # "she told me ninety two and a half"
    ages.extend(worded_old_ages(text, lowered))  # "drieënnegentig jaar", "wurde neunzig."
    dates.extend(cued_day_months(text, lowered))  # "dob 14-2", "14-16/2", "twenty-third june"
    dates.extend(compact_dates(text, lowered))  # "3june", "14-Feb-2024", "feb fourteenth"
    dates.extend(roman_month_dates(text))  # "3.IV.2024", "14 IV 2024", "12-XI-1931"
    dates.extend(worded_days(text, lowered))  # "el veinticuatro de septiembre", "le trois mars"
    if "@" in text:
        web.extend(_emails(text))
        web.extend(_handles(text))
    if (
        "at]" in lowered
        or "at)" in lowered
        or (" at " in lowered and _may_spell_dot(text, lowered))
    ):
        web.extend(_spelled_emails(text))
    if "." in text or ":" in text:
        web.extend(_urls(text))
    bounds = [(lo, lo + len(chunk)) for lo, chunk, digits in windows if digits >= _MIN_AGE_DIGITS]
    counts = [digits for _, _, digits in windows if digits >= _MIN_AGE_DIGITS]
    handles, dated, coded = wide_shapes(text, bounds, lowered, counts)
    coded.extend(street_corners(text, lowered))  # "off western and 6th"
    coded.extend(legal_form_companies(text))  # "Dom-Bud sp. z o.o.", "Rossi S.r.l."
    if windows:
        dates.extend(term_dates(text, lowered))
        dates.extend(foreign_dates(text, lowered))
        dates.extend(cldr_dates(text))  # "Hulyo 12", "ika-3 ng Setyembre"
        coded.extend(local_places(text, lowered))
        coded.extend(mailed_postcodes(text, lowered))  # "sending the letter to 2770"
        coded.extend(lived_postcodes(text, lowered))  # "Family's now at 2770 (Penrith area)"
        dates.extend(dated_feasts(text))  # "on Black Nazarene day 2025", "since di 3rd"
        coded.extend(numbered_orgs(text, lowered))
        coded.extend(numbered_institutions(text))  # "Liceum nr 3", "Escuela N° 14"
        coded.extend(school_codes(text))  # "PS 147", "P.S./M.S. 34", "ps 207"
        phones.extend(owned_phones(text, lowered))
        handles.extend(game_handles(text, lowered))
        handles = without_versions(text, handles)
        phones.extend(said_from_phones(text, lowered))
        ids.extend(spaced_records(text))
        ids.extend(partial_ids(text, lowered))  # "SIN ending 882", "SSN last four 6620"
        ages.extend(kin_ages(text, lowered))
        ages.extend(world_ages(text, lowered))  # "tiene 94 años", "95 yaşında", "97岁"
        ids.extend(world_ids(text))  # "12.345.678-9"
        if may_name_a_number(lowered):  # "NIR 1 85 05 78 006 084 36", "SV-Nummer 12 150780 M 123"
            # in the first layer: the whole number wins over the parts the other shapes take
            web.extend(labelled_ids(text))
        # in the phone layer, which would else take the dotted groups for a phone number
        phones.extend(national_ids(text))  # "85.07.30-033.61", "cédula 12.345.678"
        phones.extend(dotted_phones(text))  # "27.45.12", "6612 3456"
        phones.extend(slashed_phones(text))  # "063/412-775", "030/1234567"
        phones.extend(
            short_phones(text, lowered)
        )  # "her new number is 78 45 12", "landline 24 187"
        ids.extend(coded_references(text))  # "CPCJ-PRT 448/25", "CAS 214/08/2024"
        dates.extend(day_months(text))  # "14.02"
        dates.extend(dotted_days(text))  # "on 14.2", "since 3.11"
        dates.extend(joined_days(text))  # "on the 14th and 16th", "[date] and 16th"
        dates.extend(script_dates(text))  # "3월 5일", "ngày 5 tháng 3", "5 Μαρτίου"
        dates.extend(month_forms(text, lowered))  # "5 ธ.ค.", "12 oktòb", "16hb Disember"
        dates.extend(set_aside_months(text, lowered))  # "12 okt", "5 mehefin", "3 tháng 5"
        dates.extend(day_word_dates(text))  # "tanggal 12", "tarehe 3", "5 tarikh"
        dates.extend(eastern_digit_dates(text))  # "٣/٥", "۱۴۰۲/۰۵/۱۲"
        dates.extend(french_bare_days(text))  # "du 7 au 9", "le [date] ..., le 7"
        dates.extend(article_days(text, lowered))  # "again le 30, both", "- dia 15: took"
        for start, end, kind in german_shapes(text):  # "am 22.4.", "1100 Wien"
            {"date": dates, "id": phones, "age": ages}.get(kind, coded).append((start, end, kind))
        phones = not_identifying(text, phones)
        ids = not_identifying(text, ids)
        coded = not_identifying(text, coded)
        dates = widen_dates(text, dates)
        dated = widen_dates(text, dated)
        dates = outside_places(dates, coded)
        dated = outside_places(dated, coded)
    elif "(" in text or "ninet" in lowered or "hundred" in lowered:
        ages.extend(kin_ages(text, lowered))
    if dates or dated:  # "GAD-7 12/21 at intake", "Attendance 7/9", "hours: 1.5.": not dates
        dates = [c for c in dates if not _scored(text, c)]
        dated = [c for c in dated if not _scored(text, c)]
    if phones or ids:  # "paid 1.200.000 pesos": a sum, not a phone or a number of record
        phones = [c for c in phones if not sum_of_money(text, c[0], c[1])]
        ids = [c for c in ids if not sum_of_money(text, c[0], c[1])]
    ages = without_thing_ages(text, ages)  # "the church is 120 years old"
    dated = without_thing_ages(text, dated)  # "the 95th percentile"
    if "the" in lowered:  # "on the 18th": the article stays
        dates = without_articles(text, dates)
        dated = without_articles(text, dated)
    return [web, handles, dates, phones, coded, ids, ages, dated]
