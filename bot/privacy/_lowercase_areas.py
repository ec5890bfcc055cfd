"""Lower-case areas, streets and named organisations (mount eden, queen street)."""

from __future__ import annotations

from ._lexicon import Lexicon
from ._lowercase_cues import _INITIALS_LEN, _MIN_LOWERCASE_NAME
from ._town_cues import _TOWN_PREPS
from ._vocab import GENERIC_ORG_WORDS
from ._word_classes import _HOUSE_NUMBER, Candidate, Kind, Token


def _lowercase_areas(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Streets, estates and parts of towns typed in lower case: "on elm street", "at 22 rose
    crescent", "on the meadows estate", "in south auckland", "out to mount roskill"."""
    out: list[Candidate] = []
    # every rule below starts from a word of ``_AREA_TRIGGERS``: only those are visited
    for i in [n for n, t in enumerate(toks) if t.low in _AREA_TRIGGERS]:
        tok = toks[i]
        if tok.capital or i == 0:
            continue
        low = tok.low
        if low in _LOWER_STREETS or low == "estate" or low in _LOWER_AREA_ENDS:
            start = _lowercase_street_start(text, toks, i)
            if start is not None:
                out.append((start, tok.end, "place"))
        elif low in _LOWER_NAMED_ORGS or (
            low in _LOWER_VENUE_ENDS and toks[i - 1].low not in _VENUE_KINDS
        ):
            start = _lowercase_named_org_start(text, toks, i)
            if start is not None:
                out.append((start, tok.end, "org"))
        elif low in _AREA_PREFIXES and i + 1 < len(toks) and _before_area_prefix(toks[i - 1], low):
            nxt = toks[i + 1]
            if nxt.capital or text[tok.end : nxt.start] != " " or nxt.kind is Kind.STOP:
                continue
            if f"{low} {nxt.low}" in lex.regions or nxt.low in lex.regions:
                continue  # "in south africa", "from west bengal"
            if nxt.low in lex.places or (low in _MOUNTS and nxt.kind is Kind.UNKNOWN):
                out.append((tok.start, nxt.end, "place"))
    return out


def _before_area_prefix(prev: Token, prefix: str) -> bool:
    """Whether ``prev`` says where, so that "mount", "port" or "lake" after it opens a name."""
    if prefix in _WATERS:
        return prev.low in _STREET_PREPS or prev.low in _WATER_PREPS
    return prev.low in _TOWN_PREPS


def _lowercase_street_start(text: str, toks: list[Token], i: int) -> int | None:
    """Where a lower-case street or estate name before ``toks[i]`` starts: one or two words
    that are no everyday determiner or generic word, after a house number or a preposition
    of place ("on", "off", "at"); an estate may follow "the" ("on the pines estate")."""
    k = i - 1
    words: list[Token] = []
    while (
        k >= 0
        and len(words) < 2
        and toks[k].low not in _STREET_PREPS
        and (_street_word(toks[k]) or (k == i - 1 and _initials_street_word(toks[k])))
    ):
        if text[toks[k].end : toks[k + 1].start] != " ":
            break
        words.insert(0, toks[k])
        k -= 1
    if not words:
        return _housed_common_street(text, toks, i)
    start = words[0].start
    house = _HOUSE_NUMBER.search(text, max(0, start - 10), start)
    if house and not _counted(text, house.start(1), words[0]):
        return house.start(1)
    if k < 0 or text[toks[k].end : start] != " ":
        return None
    before = toks[k].low
    if toks[i].low == "estate" and before == "the" and k > 0:
        before = toks[k - 1].low
        if any(w.low in _ESTATE_KINDS for w in words):
            return None  # "the industrial estate", "the family estate": what kind, not which
    return start if before in _STREET_PREPS else None


def _counted(text: str, number: int, word: Token) -> bool:
    """ "a 10 minute drive", "a 3 bed terrace": a number after an article, or before a unit
    of time, distance or size, counts something; it is no house number."""
    return word.low in _MEASURES or text[max(0, number - 3) : number].lower() in _ARTICLES


_MEASURES = frozenset(
    """
    min mins minute minutes hour hours hr hrs sec secs second seconds day days week weeks
    month months year years yr yrs mile miles km kms metre metres meter meters bed beds
    bedroom bedrooms storey storeys story stories floor floors lane lanes
    """.split()
)
_ARTICLES = frozenset((" a ", "an ", "a "))


def _housed_common_street(text: str, toks: list[Token], i: int) -> int | None:
    """ "at 12 high street", "14 church road": a street name every town has is one address
    after a house number."""
    if i == 0 or toks[i - 1].low not in _COMMON_STREET_NAMES:
        return None
    start = toks[i - 1].start
    if text[start : toks[i].start] != toks[i - 1].word + " ":
        return None
    house = _HOUSE_NUMBER.search(text, max(0, start - 10), start)
    return house.start(1) if house else None


def _lowercase_named_org_start(text: str, toks: list[Token], i: int) -> int | None:
    """ "goes to sunrise primary", "at northfield college": one or two words that say which
    school or church, typed in lower case right after "to", "at" or "attends"; a word that
    says what kind ("community college", "morning assembly") or whose ("her college") is
    no name."""
    k = i - 1
    while k >= 0 and i - k <= 2 and _street_word(toks[k]) and toks[k].low not in _ORG_KINDS:
        if text[toks[k].end : toks[k + 1].start] != " " or toks[k].low in _ORG_ENTRY_PREPS:
            break
        k -= 1
    if k == i - 1 or k < 0 or toks[k].low not in _ORG_ENTRY_PREPS:
        return None
    if text[toks[k].end : toks[k + 1].start] != " ":
        return None
    return toks[k + 1].start


def _initials_street_word(tok: Token) -> bool:
    """ "along mg road", "off jm road": a street named by a person's initials, typed in lower
    case (two letters in no list, right before the street word)."""
    return not tok.capital and len(tok.word) == _INITIALS_LEN and tok.kind is Kind.UNKNOWN


def _street_word(tok: Token) -> bool:
    if tok.capital or tok.kind is Kind.STOP or len(tok.word) < _MIN_LOWERCASE_NAME:
        return False
    low = tok.low
    return low not in _NOT_STREET_NAMES and low not in GENERIC_ORG_WORDS


_LOWER_NAMED_ORGS = frozenset(
    "primary academy assembly tabernacle kindergarten college preschool ministries fellowship "
    "chapel".split()
)
_ORG_ENTRY_PREPS = frozenset("at to from attends attending attended joined".split())
# Words that say what kind of school or gathering it is, not which one.
_ORG_KINDS = frozenset(
    """
    local good nearby big small different catholic christian muslim driving law grad graduate
    nursing beauty summer winter police army naval military flight film drama swim ballet
    cooking language english bible theological technical tech vocational business teachers
    teacher training morning weekly daily school class prayer art sports football
    """.split()
)
_LOWER_STREETS = frozenset("street road avenue crescent lane drive terrace grove".split())
_STREET_PREPS = frozenset("on onto off along at near from in into to down up past behind".split())
_NOT_STREET_NAMES = frozenset(
    """
    the this that these those same next other main high back side dirt ring slip fast slow
    memory easy private country toll busy quiet wrong right long open one every our his her
    their my your its whole last first long empty dark wet muddy narrow wide new old real
    test dead long short winding dusty steep bumpy gravel sealed
    """.split()
)
# names of streets in most towns, kept without a house number ("down the high street")
_COMMON_STREET_NAMES = frozenset("main high back church new old station mill market".split())
_AREA_PREFIXES = frozenset(
    "north south east west central upper lower greater mount mt port fort lake loch lough".split()
)
# "lake nokomis", "loch shin": a lake named by a word in no list is one place, after any
# word of place ("walked around lake nokomis", "out on lake X")
_WATERS = frozenset({"lake", "loch", "lough"})
_MOUNTS = frozenset({"mount", "mt", "port", "fort"}) | _WATERS
_WATER_PREPS = frozenset("around round by across over beside".split())
# Words before "estate" that say what kind of estate it is or whose, not which one
_ESTATE_KINDS = frozenset(
    """
    industrial trading business retail shopping housing council social family country landed
    rough posh nice big small little huge sprawling local nearby entire whole late dad's mum's
    father's mother's grandad's grandma's farm office science tech technology
    """.split()
)
# Centres and churches typed in lower case are named like schools ("to rainbow centre"),
# unless the word before says what kind or which part of town ("to city centre").
_LOWER_VENUE_ENDS = frozenset("centre center church".split())
_VENUE_KINDS = frozenset(
    """
    city town shopping garden visitor medical leisure civic call data drop-in baptist
    methodist anglican presbyterian pentecostal lutheran orthodox evangelical adventist
    uniting reformed parish village catholic episcopal mormon coptic
    """.split()
)
# Last words of suburbs named by everyday words ("in mill creek", "from pine ridge"), read
# as a place after a preposition of place as a lower-case street is.
_LOWER_AREA_ENDS = frozenset("creek heights springs ridge vale".split())
_AREA_TRIGGERS = (
    _LOWER_STREETS
    | _LOWER_NAMED_ORGS
    | _AREA_PREFIXES
    | _LOWER_AREA_ENDS
    | _LOWER_VENUE_ENDS
    | {"estate"}
)
