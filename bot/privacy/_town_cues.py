"""Lower-case towns and places: prepositions, moving, homes, care and study places."""

from __future__ import annotations

import re

from ._lexicon import Lexicon, lexicon
from ._lowercase_cues import (
    _FEELINGS,
    _LIVING_VERBS,
    _MIN_JOINED_NAME,
    _MIN_LOWERCASE_NAME,
    _PEOPLE,
    _after_living_verb,
    _opens_chat,
    _owned_relation,
)
from ._name_cues import _ABSTRACT_NAMES, _POSSESSIVES, _prev_word
from ._vocab import AREA_SUFFIXES, KNOWN_ACRONYMS, PLACE_PREPS
from ._word_classes import _MIN_FREQ_BARE_LOWERCASE, Kind, Token
from ._word_name_cues import _ARTICLES, _PERSON_ONLY_ING


def _listed_town_end(text: str, toks: list[Token], i: int, lex: Lexicon) -> int:
    """Where a listed town of two or three words typed in lower case ends ("near petaling
    jaya", "from san fernando"), or 0: its words one by one are no town."""
    end = 0
    for k in range(i + 1, min(i + _MAX_TOWN_WORDS, len(toks))):
        if text[toks[k - 1].end : toks[k].start] != " " or toks[k].capital:
            break
        if " ".join(t.low for t in toks[i : k + 1]) in lex.places:
            end = toks[k].end
    return end


_MAX_TOWN_WORDS = 3


def _lowercase_place(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "in tauranga", "moved to manukau", "at his sisters in ealing", "walking to yaba
    market": a word in no list right after a place preposition is a town in chat. A second
    word in no list after it ("in kapa haka") reads as a phrase from another language."""
    prev = _prev_word(toks, i)
    if prev in _DIALECT_FROM:
        prev = "from"  # "he's fae brora": Scots "from"
    elif prev in _DIALECT_TO:
        prev = "to"  # "aff tae kirkwall": Scots "to"
    elif prev in _DIALECT_IN:
        prev = "in"  # "a taxi inna spanish town": Caribbean English "in"
    tok = toks[i]
    if prev == "the" and _outing_follows(text, toks, i):
        return tok.low in lex.places or _bare_town(text, toks, i, lex)
    if prev == "the" and i > 1 and toks[i - 2].low in _VENUE_PREPS:
        if _kind_of_venue(text, toks, i):
            return False  # "at the warung near Pasar Atom": what kind of place, then which
        if tok.low.endswith(_SHOP_ENDINGS):
            return False  # "went to the padaria", "at the pupusería": a kind of shop
        return _bare_town(text, toks, i, lex)  # "at the gabba": a ground or a venue
    if prev == "at" and not _place_noun_follows(text, toks, i):
        return _bare_town(text, toks, i, lex)  # "we met at ponsonby"
    if prev == "off" and _water_outing_before(toks, i):
        return _bare_town(text, toks, i, lex)  # "fishing off captree", "kayaking off esquimalt"
    if prev not in PLACE_PREPS and prev != "at":
        return False
    if tok.low in lex.places or _place_noun_follows(text, toks, i):
        return True  # "to yaba market", "at balogun market"
    if tok.kind is Kind.NAME and (
        prev in _NAME_TOWN_PREPS or (prev == "to" and i > 1 and toks[i - 2].low in _MOTION_WORDS)
    ):
        if prev == "from" and tok.low in lex.given_names:
            return False  # "didnt expect much frm kiprono": from a person, as often as a town
        return _named_town(text, toks, i)  # "the men's shed in togher", "the train to parra"
    if tok.kind is not Kind.UNKNOWN:
        return False
    if _after_living_verb(toks, i):
        return True
    if prev not in _TOWN_PREPS:
        return False
    if (
        prev == "to"
        and (i < 2 or toks[i - 2].low not in _MOTION_WORDS)
        and not _moved_from_before(toks, i)
        and not _motion_in_clause(text, toks, i)
    ):
        return False  # "messaged to rebook": a verb after "to"
    return _bare_town(text, toks, i, lex)


def _kind_of_venue(text: str, toks: list[Token], i: int) -> bool:
    """ "at the laundrette on Green Lanes", "to the pasar in wonokromo", "at the métro
    Édouard-Montpetit": a word after "at the" that a place preposition and a place, or a
    capitalised name, follows says what kind of place it is; the place is named after it."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if _placeholder_after(text, toks[i].end, nxt):
        return True
    if text[toks[i].end : nxt.start] != " ":
        return False
    if nxt.capital and not nxt.acronym:
        return True
    if nxt.low not in _WHERE_PREPS or i + 2 >= len(toks):
        return False
    place = toks[i + 2]
    if _placeholder_after(text, nxt.end, place):
        return True
    return text[nxt.end : place.start] == " " and (place.capital or place.kind is Kind.UNKNOWN)


def _placeholder_after(text: str, end: int, tok: Token) -> bool:
    """Whether ``tok`` is the word of a placeholder ("[name]", "[place]") right after ``end``:
    what an earlier pass found there, read as the name it replaced (so that a second pass
    keeps what the first kept)."""
    return text[end : tok.start] == " [" and text[tok.end : tok.end + 1] == "]"


_WHERE_PREPS = frozenset({"in", "near", "on", "off", "by"})


def _out_town(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "out past longreach", "trucks out of mississauga", "from out ballincollig way",
    "out kilcoole way": "out" and a preposition, or "out" and "way", say where."""
    prev = toks[i - 1].low
    before = toks[i - 2].low if i > 1 else ""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    cued = (before == "from" or nxt == "way") if prev == "out" else before == "out"
    if not cued or text[toks[i - 1].end : toks[i].start] != " ":
        return False
    tok = toks[i]
    if tok.low in lex.places and not tok.possessive:
        return True
    return tok.kind is Kind.UNKNOWN and prev != "of" and _bare_town(text, toks, i, lex)


_OUT_WORDS = frozenset({"out", "past", "of"})


def _named_town(text: str, toks: list[Token], i: int) -> bool:
    """ "in togher every thursday", "she came from tallis": a lower-case surname or rare given
    name (no everyday word) right after "in", "near" or "from" names where, not whom; "in
    jess's room" says whose, and a common given name ("a text from jess") is left to the
    rules for people."""
    tok = toks[i]
    if tok.possessive or len(tok.word) < _MIN_BARE_TOWN or not tok.word.islower():
        return False
    if lexicon().given_names.get(tok.low, 0) >= _MIN_FREQ_BARE_LOWERCASE:
        return False  # "in jess": a common given name is read as a person by the rules after
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or nxt.capital or nxt.kind not in (Kind.NAME, Kind.UNKNOWN)


_NAME_TOWN_PREPS = frozenset({"in", "near", "from"})


def _moved_from_before(toks: list[Token], i: int) -> bool:
    """ "moved from moss side to chorlton": the "to" of someone moving from a place."""
    for k in range(i - 2, max(0, i - _FROM_REACH) - 1, -1):
        if toks[k].low == "from":
            return k > 0 and (toks[k - 1].low in _MOTION_WORDS or toks[k - 1].low in _LIVING_VERBS)
    return False


_FROM_REACH = 5


def _motion_in_clause(text: str, toks: list[Token], i: int) -> bool:
    """ "rode w his uncle to frayser", "takin the minibus to stabroek", "moved from the apts
    on gulfton dr to sharpstown": a word of moving earlier in the same clause makes the "to"
    before ``toks[i]`` one of going somewhere."""
    for k in range(i - 2, max(0, i - _MOTION_REACH) - 1, -1):
        if text[toks[k].end : toks[k + 1].start].strip():
            return False  # a comma or a full stop: another clause
        if toks[k].low in _MOTION_WORDS or toks[k].low in _GOING:
            return not _prefixed_verb(toks[i].low, lexicon())
    return False


def _prefixed_verb(low: str, lex: Lexicon) -> bool:
    """ "went with her mum to rebook", "came in to unblock": an everyday verb with "re" or
    "un" before it, no town."""
    return low.startswith(("re", "un")) and low[2:] in lex.ordinary


_MOTION_REACH = 8
# words of going beyond ``_MOTION_WORDS``: a trek, a ride in a minibus
_GOING = frozenset("trek trekked hike hiked minibus matatu trotro moved".split())


def _water_outing_before(toks: list[Token], i: int) -> bool:
    """ "fishing off lepea", "kayaking w their dad off esquimalt": "off" after a word of being
    out on the water leads into where, within a few words."""
    return any(toks[k].low in _ON_WATER for k in range(max(0, i - _WATER_REACH), i - 1))


_WATER_REACH = 6
_ON_WATER = frozenset(
    """
    fish fishes fished fishing kayak kayaks kayaked kayaking paddle paddled paddling surf
    surfed surfing sail sailed sailing boating diving dived snorkelling snorkeling swim swam
    swimming anchored moored
    """.split()
)
# Last words of listed towns of everyday words read as towns after a preposition of place
_TOWN_LAST_WORDS = AREA_SUFFIXES | frozenset("city lake side".split())


def _bare_town(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A lower-case word in no list after a place preposition, not shaped like a compound
    ("lockdown"), a language ("isiZulu") or the first word of a foreign phrase."""
    tok = toks[i]
    if tok.kind is Kind.STOP or tok.kind is Kind.ORDINARY or tok.kind is Kind.WORD_NAME:
        return False
    if len(tok.word) < _MIN_BARE_TOWN or tok.possessive:
        return False
    if not tok.word.islower():
        return False  # "in isiZulu": a language
    if (
        _two_everyday_words(tok.low, lex)
        and tok.low not in lex.places  # "the car wash on broadway": a listed town or street
        and not _compound_town(toks, i)
    ):
        return False  # "in lockdown": a compound
    if _jargon_shaped(tok):
        return False  # "in telehealth", "from dysregulation", "in ptsd group"
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.low in HOMES:
        return False  # "at nans place", "at cuzzies house": whose home, typed without "'"
    # a comma or a full stop ends the place: "in ayat, betam good" is no foreign phrase
    return (
        nxt is None
        or nxt.kind is not Kind.UNKNOWN
        or nxt.capital
        or text[tok.end : nxt.start].strip() != ""
    )


HOMES = frozenset("place house flat home pad bach crib unit room".split())


def _everyday_town_end(text: str, toks: list[Token], i: int, lex: Lexicon, lows: list[str]) -> int:
    """Where a town named by everyday words after a preposition of place ends, or 0: a
    listed town of two or three such words ending in a place word ("in storm lake"), or
    a listed town a home is in ("a granny flat in auburn")."""
    low = lows[i]
    if (
        i + 1 < len(toks)
        and lows[i + 1] in _TOWN_LAST_WORDS
        and low not in _POSSESSIVES
        and low not in _ARTICLES
    ):
        end = _listed_town_end(text, toks, i, lex)
        if end:
            return end
    if i > 1 and lows[i - 1] == "in" and lows[i - 2] in _DWELLINGS and _home_town(toks, i, lex):
        return toks[i].end
    return 0


def _home_town(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "rents a flat in auburn", "bought a house in reading": a listed town after a home
    and "in" is where the home is, even when it is also an everyday word."""
    tok = toks[i]
    return tok.low in lex.places and not tok.possessive


_DWELLINGS = frozenset("flat house unit apartment townhouse bach bungalow".split())


def _compound_town(toks: list[Token], i: int) -> bool:
    """ "fae drumchapel", "out in blackall", "grew up in woodbrook": a word made of two
    everyday words is a town when it ends as towns do and someone is from, lives or goes
    there, or it stands right after "in", "from", "near", "at" or "on" ("from sandton", "in
    rosebank", "the weekend at haulover", "the apts on hillcroft"; "in lockdown" is
    neither)."""
    low = toks[i].low
    if not low.endswith(_TOWN_ENDINGS) or low.endswith(_COMPOUND_THINGS):
        return False
    prev = toks[i - 1].low if i > 0 else ""
    before = toks[i - 2].low if i > 1 else ""
    return (
        prev in _DIALECT_FROM
        or prev in _NAME_TOWN_PREPS
        or prev in _COMPOUND_PREPS
        or before in _LIVING_VERBS
        or before in _MOTION_WORDS
    )


# Last parts of towns and suburbs made of everyday words; of things made so
_TOWN_ENDINGS = tuple(
    """
    brook chapel milk all ford field wood hill side bank bridge burn dale well mouth port
    stead stone water gate moor land haven head end hall ton ville vale ley rock dene combe
    cliffe bourne burgh bury borough wick castle church cross green lee mere croft fields
    more way over town
    """.split()
)
_COMPOUND_PREPS = frozenset({"at", "on", "to"})
_COMPOUND_THINGS = tuple("homeland wasteland headland woodland".split())


def _outing_follows(text: str, toks: list[Token], i: int) -> bool:
    """ "the tobermory trip", "after the arbroath weekend": a word between "the" and an
    outing noun names where the outing went."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and nxt.low in _OUTING_NOUNS and text[toks[i].end : nxt.start] == " "


# the endings of nouns for a kind of shop in Romance languages (Portuguese "padaria",
# Spanish "pupusería", French "boulangerie", Italian "pizzeria"): after "at the", "to the"
# such a word says what kind of place, not which
_SHOP_ENDINGS = ("aria", "eria", "ería", "erie", "arie")
_OUTING_NOUNS = frozenset("trip trips weekend holiday holidays visit getaway".split())
# Scots "fae", "frae", "tae"; chat "frm"; Jamaican and Caribbean English "inna" ("in")
_DIALECT_FROM = frozenset({"fae", "frae", "frm"})
_DIALECT_TO = frozenset({"tae"})
_DIALECT_IN = frozenset({"inna"})
_DIALECT_WORDS = _DIALECT_FROM | _DIALECT_TO | _DIALECT_IN
_HOSPITAL_MIDDLE = frozenset("public general district royal teaching memorial regional".split())


def _care_or_study_org(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "admitted to raigmore", "discharged from ninewells": a word in no list where
    someone is admitted is a hospital; "got into strathclyde": a listed place someone got
    into is a university."""
    if i < 2:
        return False
    tok, verb = toks[i], toks[i - 2].low
    if verb in _STUDY_VERBS and toks[i - 1].low in _STUDY_PREPS:
        return _study_place(text, toks, i, lex)
    if toks[i - 1].low == "into" and verb in _GOT_IN:
        return tok.low in lex.places and not tok.possessive
    if verb not in _ADMITTED or tok.kind is not Kind.UNKNOWN:
        return False
    return _bare_town(text, toks, i, lex)


_CARE_PREPS = frozenset({"to", "from"})
_ADMITTED = frozenset("admitted readmitted discharged transferred sectioned".split())
_GOT_IN = frozenset("got get gets getting accepted".split())
_STUDY_PREPS = frozenset({"into", "at", "from"})
_STUDY_VERBS = frozenset("accepted enrolled studying studies study graduated".split())


def _study_place(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "enrolled at ucc", "accepted into uwi": a listed town or a lower-case word in no list
    (an acronym too) where someone studies is a college or university."""
    tok = toks[i]
    if tok.possessive or not tok.word.islower() or len(tok.word) < _MIN_LOWERCASE_NAME:
        return False
    if tok.low in lex.places:
        return True
    return tok.kind is Kind.UNKNOWN and tok.word.upper() not in KNOWN_ACRONYMS


def _place_before_where(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "talks about nairn where she grew up": a word in no list (or a listed town) just
    before "where" and someone growing up, living or being born there is a place."""
    if i + 3 >= len(toks) or text[toks[i].end : toks[i + 1].start].strip(" ,") != "":
        return False
    tok = toks[i]
    if tok.low not in lex.places and (tok.kind is not Kind.UNKNOWN or tok.possessive):
        return False
    return toks[i + 2].low in _PEOPLE and toks[i + 3].low in _DWELLING_VERBS


# Verbs of seeing someone in a session, before a word-name typed in lower case
_MET_LOWER = frozenset("had saw seen met meeting seeing".split())


def _seen_then_pronoun(text: str, toks: list[Token], i: int, lows: list[str]) -> bool:
    """ "saw precious again, she's smiling", "so proud of destiny today, she spoke up": a
    word-name typed in lower case, seen or felt for, with "she" or "he" right after the
    comma that follows, is the person. A virtue only when "in" says who came ("had favour
    in, she said"; "had hope again, she said" stays)."""
    tok = toks[i]
    if tok.possessive:
        return False
    prev = lows[i - 1]
    if prev not in _MET_LOWER and not (prev == "of" and i > 1 and lows[i - 2] in _FEELINGS):
        return False
    if tok.low in _ABSTRACT_NAMES:
        return prev in _MET_LOWER and _CAME_IN_PRONOUN.match(text, tok.end) is not None
    return _PRONOUN_AFTER_SEEN.match(text, tok.end) is not None


_CAME_IN_PRONOUN = re.compile(r" in,? (?:she|he)\b")
_PRONOUN_AFTER_SEEN = re.compile(
    r"(?: (?:in|again|today|earlier|yesterday|tonight|this morning|this arvo))?,? (?:she|he)\b"
)
_DWELLING_VERBS = frozenset("grew lives lived living was born stays stayed works worked".split())
_AND_WORDS = frozenset({"n", "and", "an"})
_FIRST_PERSON = frozenset({"i", "me"})


def _opening_subject_state(text: str, toks: list[Token], i: int) -> bool:
    """ "tatenda was in better form", "farai is doing much better", "busi has been sleeping
    through": a name-like word opening a message, then how someone is doing. A drug or
    a thing ("quetiapine was increased") is never sleeping or in good spirits."""
    tok = toks[i]
    if tok.possessive or (tok.kind is not Kind.NAME and len(tok.word) < _MIN_JOINED_NAME):
        return False
    if _jargon_shaped(tok) or not _opens_chat(text, toks, i):
        return False
    j = i + 2
    if j < len(toks) and toks[j].low == "been":
        j += 1  # "has been", "had been"
    if j >= len(toks) or text[tok.end : toks[i + 1].start] != " ":
        return False
    word = toks[j].low
    if word in _PERSON_ONLY_ING or word in _DOING_WELL_ING:
        return True
    return word == "in" and any(t.low in _MOODS for t in toks[j + 1 : j + 4])


_STATE_AUX = frozenset("is was has had s".split())
_DOING_WELL_ING = frozenset("feeling eating coping struggling smiling".split())
_MOODS = frozenset("form spirits mood fettle".split())


def _joined_to_relation(text: str, toks: list[Token], i: int) -> bool:
    """ "nkosana n his brother", "kiri and her mum": a name-like word joined to someone's
    relation is a person."""
    if i + 3 >= len(toks) or toks[i].possessive:
        return False
    tok = toks[i]
    if tok.kind is not Kind.NAME and len(tok.word) < _MIN_JOINED_NAME:
        return False
    owner = toks[i + 2]
    if text[tok.end : owner.start] != f" {toks[i + 1].word} ":
        return False
    if owner.low in _FIRST_PERSON and _opens_chat(text, toks, i):
        return True  # "yinka n i agreed"
    return _owned_relation(text, toks, i + 2)


def _jargon_shaped(tok: Token) -> bool:
    """A lower-case word shaped like a clinical term or an acronym rather than a town."""
    low = tok.low
    if tok.word.upper() in KNOWN_ACRONYMS or not any(v in low for v in "aeiouy"):
        return True
    return low.endswith(_JARGON_ENDINGS) or low.startswith(_JARGON_PREFIXES)


_JARGON_ENDINGS = ("tion", "sion", "ism", "ity", "ment", "ology", "ics", "itis", "osis", "ance")
_JARGON_PREFIXES = ("tele", "psycho", "hyper", "hypo", "dys", "cyber", "neuro", "physio")


def _two_everyday_words(low: str, lex: Lexicon) -> bool:
    """ "lockdown", "workout": a word in no list made of two everyday words."""
    ordinary = lex.ordinary
    return any(
        low[:cut] in ordinary and low[cut:] in ordinary
        for cut in range(_MIN_COMPOUND_PART, len(low) - _MIN_COMPOUND_PART + 1)
    )


_MIN_COMPOUND_PART = 3


def _place_noun_follows(text: str, toks: list[Token], i: int) -> bool:
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and nxt.low in _PLACE_NOUNS and text[toks[i].end : nxt.start] == " "


_TOWN_PREPS = frozenset({"in", "from", "near", "to"})
_VENUE_PREPS = frozenset({"at", "to"})
_MOTION_WORDS = frozenset(
    "went go goes going gone drove drive driving walked walk walking bus train flight flew fly "
    "trip moved move moving back way came come coming headed heading ride rode out over "
    "down up jeep jeepney taxi cab ferry boat tram mrt lrt walks drives travel travels "
    "travelled traveled visit visits holiday flies away awa aff".split()
)
_MIN_BARE_TOWN = 4
_PLACE_NOUNS = frozenset("market markets station mall beach junction wharf shops".split())
