"""Places of two words typed in lower case in chat, places after a word of direction and one
of nearness, and listed towns that are everyday words after a verb of living.

"rang me from humpty doo", "the shop in phú hội", "she's at her aunt's near tanah merah":
a single word in no list after a place preposition is read as a town by the proper-noun
rules, but two such words were left as a phrase of another language ("in kapa haka"). Two
lower-case words in no list of words (English, function words of other languages, language
names, safe words such as foods, kinship or religious terms) after "in", "from", "near",
"around", "outside" or a "to" of movement, ending where the clause does or where a known word
follows, are a place. Phrases the lexicon keeps ("te reo", "kapa haka") stay whole.

"plays soccer at lawson tama", "fishing off motu ruaki w dad", "lives on tupa lemoa": "at", "off"
and "on" lead into a place too, but one word in no list after them is as often a word of
another language or a thing ("at kai", "on insta"): after them only two such words are read,
as after "in".

"feeding the horses out by tohatchi", "they live way out past glenroe": after a word of
direction ("out", "up", "down", "over", "round", "way") and "by" or "past", one word in no
list of four letters or more, or two, ending the clause or followed by a small word, is a
place ("out by herself", "down by the river" stay: a listed word, an article).

"she lives in bath now", "moved to reading last year": a town of the lexicon that is also an
everyday word is read as a town only right after a verb of living or moving and its
preposition, with no noun after it ("lives in fear" names no listed town; "moved to reading
glasses" is kept as the words go on).

"kirkby lad dean said", "guymon pt, 15", "postville sesh went well": a note may open with the
town a person or a session is from, typed in lower case as a modifier of a noun for a person
or a meeting ("lad", "kid", "pt", "client", "sesh" ...). A listed town in no list of everyday
words there is a place ("hazard kid" may be any kid: an everyday word stays).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._function_words import tables
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# prepositions after which only two words in no list are read as a place ("at lawson tama")
TWO_WORD_PREPS = frozenset("at off on".split())
# prepositions that lead into a place, and verbs of moving before a "to" that does
PLACE_PREPS = frozenset("in from near around outside".split())
MOTION_VERBS = frozenset(
    "went go goes going gone moved move moving drove walked came come coming headed heading "
    "back trip flew travelled traveled".split()
)
LIVING_VERBS = frozenset(
    "lives live lived living moved move moves moving based raised born grew relocated "
    "stays staying".split()
)
LIVING_PREPS = frozenset("in to from".split())
_MIN_WORD = 2
_MIN_PHRASE = 6  # letters in both words together: "ba na" is too short to tell
_MIN_TOWN = 4


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a preposition that can lead into a place is in the text."""
    return not PLACE_PREPS.isdisjoint(lows) or "to" in lows or not NEAR_PREPS.isdisjoint(lows)


def lower_places(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Two-word places in no list, and everyday-word towns after a verb of living."""
    out: list[Candidate] = []
    last = len(toks) - 1
    for i in range(1, last + 1):
        prev = toks[i - 1]
        if prev.word in NEAR_PREPS:
            end = _out_by(text, toks, i, lex)  # "feeding the horses out by tohatchi"
            if end:
                out.append((toks[i].start, toks[end].end, "place"))
            continue
        if prev.word not in PLACE_PREPS and prev.word != "to":
            continue
        if text[prev.end : toks[i].start] != " ":
            continue
        if prev.word == "to" and (i < 2 or toks[i - 2].low not in MOTION_VERBS):
            continue
        if i < last and _two_unknown(text, toks, i, lex):
            out.append((toks[i].start, toks[i + 1].end, "place"))
        elif i < last and _before_dropped_g(text, toks, i, lex):
            out.append((toks[i].start, toks[i].end, "place"))  # "in lairg helpin out"
        elif _everyday_town(text, toks, i, lex):
            out.append((toks[i].start, toks[i].end, "place"))
    return out


def may_hold_two_words(lows: list[str]) -> bool:
    """Cheap test: "at", "off" or "on" is among the words."""
    return not TWO_WORD_PREPS.isdisjoint(lows)


def two_word_places(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Two lower-case words in no list after "at", "off" or "on" ("at lawson tama")."""
    return [
        (toks[i].start, toks[i + 1].end, "place")
        for i in range(1, len(toks) - 1)
        if toks[i - 1].word in TWO_WORD_PREPS
        and text[toks[i - 1].end : toks[i].start] == " "
        and _two_unknown(text, toks, i, lex)
    ]


# "out by tohatchi", "up past sassafras", "down by glenroe": a word of direction, then one of
# nearness, leads into a place as "in" does (alone "by" may lead into a person: "made by")
DIRECTIONS = frozenset("out up down over round way".split())
NEAR_PREPS = frozenset("by past".split())
# what a place's name may be followed by out there: "up by teslin lake"
_FEATURES = frozenset("lake river creek bay beach hill hills mountain ridge pass way".split())


def _out_by(text: str, toks: list[Token], i: int, lex: Lexicon) -> int:
    """The index of the last word of the place at ``toks[i]`` after a word of direction and
    one of nearness (one word in no list, or two, ending where the clause does or a small
    word follows), or 0."""
    if i < 2 or toks[i - 2].low not in DIRECTIONS:
        return 0
    direction, near, tok = toks[i - 2], toks[i - 1], toks[i]
    if text[direction.end : near.start] != " " or text[near.end : tok.start] != " ":
        return 0
    if not _unknown_word(tok, lex):
        return 0
    if i + 1 < len(toks) and _two_unknown(text, toks, i, lex):
        return i + 1
    if len(tok.word) < _MIN_TOWN:
        return 0
    if i + 1 == len(toks) or text[tok.end : toks[i + 1].start] != " ":
        return i
    nxt = toks[i + 1].low
    return i if nxt in _AFTER_TOWN or nxt in _PLACE_NOUNS or nxt in _FEATURES else 0


_PLACE_KINDS = frozenset({Kind.UNKNOWN, Kind.NAME})  # in no list of words ("koh" is a name too)


def _unknown_word(tok: Token, lex: Lexicon) -> bool:
    """A lower-case word in no list of words: no English, function or language word, no
    safe word (it may be a listed name)."""
    if tok.kind not in _PLACE_KINDS or tok.possessive or not tok.word.islower():
        return False
    if len(tok.word) < _MIN_WORD or not tok.word.isalpha():
        return False
    low = tok.low
    t = tables()
    return low not in lex.always_ordinary and low not in t.langs and low not in t.languages


def _two_unknown(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    first, second = toks[i], toks[i + 1]
    if text[first.end : second.start] != " ":
        return False
    if not (_unknown_word(first, lex) and _unknown_word(second, lex)):
        return False
    if len(first.word) + len(second.word) < _MIN_PHRASE:
        return False
    # only a small English word goes on in the same clause: another word in no list is a
    # clause of another language ("from kawangware alikuja session")
    if (
        i + 2 < len(toks)
        and text[second.end : toks[i + 2].start] == " "
        and toks[i + 2].low not in _AFTER_TOWN
        and toks[i + 2].low not in _PLACE_NOUNS
    ):
        return False
    return not (_dropped_g(first.low, lex) or _dropped_g(second.low, lex))


def _before_dropped_g(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "at the food bank in lairg helpin out": one word in no list, then a verb in "-in'"."""
    tok, nxt = toks[i], toks[i + 1]
    return (
        len(tok.word) >= _MIN_TOWN
        and _unknown_word(tok, lex)
        and text[tok.end : nxt.start] == " "
        and _dropped_g(nxt.low, lex)
    )


def _dropped_g(low: str, lex: Lexicon) -> bool:
    """ "helpin", "goin": an English word ending in "-ing" typed without its "g"."""
    return low.endswith("in") and low + "g" in lex.ordinary


def _everyday_town(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    tok = toks[i]
    if i < 2 or toks[i - 1].word not in LIVING_PREPS or toks[i - 2].low not in LIVING_VERBS:
        return False
    if tok.kind is not Kind.ORDINARY or tok.possessive or not tok.word.islower():
        return False
    if len(tok.word) < _MIN_TOWN or tok.low not in lex.places or tok.low in lex.always_ordinary:
        return False
    if tok.low in lex.regions:
        return False
    if i + 1 < len(toks):
        gap = text[tok.end : toks[i + 1].start]
        nxt = toks[i + 1].low
        if gap == " " and nxt not in _AFTER_TOWN:
            return False  # "lives in fear of", "moved to reading glasses"
    return True


# words that may follow a town in the same clause
_AFTER_TOWN = frozenset(
    "now then again last this next since with w and but so for after before until till "
    "when while because cos a an the her his their my our by on at to in near yesterday "
    "today tonight every".split()
)
# nouns of a place that may follow its name: "to kyungpook univ library", "in tanah merah market"
_PLACE_NOUNS = frozenset(
    "library hostel market school campus hospital station mall church temple mosque centre "
    "center area side way road street estate village town".split()
)


# nouns for a person or a meeting that a town opening a note may modify ("kirkby lad")
OPENING_NOUNS = frozenset(
    """
    kid kids lad lads lass boy boys girl girls fam family pt pts client clients mum mom dad
    sesh session group crew teen teens youth guy fella
    """.split()
)


def opening_town(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """ "kirkby lad dean", "guymon pt, 15": a listed town opening the text before a noun for
    a person or a meeting (see the module). The caller checks ``toks[1]`` is one."""
    first = toks[0]
    if first.kind not in _PLACE_KINDS or not first.word.islower() or not first.word.isalpha():
        return []
    if len(first.word) < _MIN_TOWN or first.low not in lex.places or first.low in lex.regions:
        return []
    if text[: first.start].strip() or text[first.end : toks[1].start] != " ":
        return []
    return [(first.start, first.end, "place")]
