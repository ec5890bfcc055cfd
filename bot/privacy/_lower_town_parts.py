"""Parts of towns typed in lower case, named by any word before a head word of a place, and
lower-case streets written with an abbreviated street word.

"lives in tower district w 6 ppl", "boy from hazara town, mom says", "moved to university
town for her husband's job", "the park in hickory hill", "moved to the north end w her
sister": after a preposition of place, one word (an everyday word too: "tower", "hickory",
"university") and a word that heads the name of a part of a town ("town", "district",
"end", ...) are a place when the clause ends there or a small word goes on ("w", "for",
"now"). "came in from kelso bay", "grew up in dunmore heights", "staying in lakota homes":
the heads "bay", "plain(s)", "heights" and "homes" name a place the same way, but they
also end phrases of what kind ("sick bay", "foster homes", "grassy plains"), whose words
are set apart. Generic words say what kind of place, not which one ("grew up in small town",
"in inner city", "from another town"), and function words say whose or which ("in our
town"): both stay. After "the" only a point of the compass or a word in no list names
one ("to the north end", not "on the other side", "in the deep end").

"on warren ave", "they live on w 4th st", "walked to 20th st", "blk 115 henderson cres":
a lower-case word or an ordinal, after a preposition of place or a house number and before
"st", "ave", "rd", "blvd", "cres", "pkwy" or "hwy", is a street; "main st" and "high st"
name a street of any town and stay, as the rules for lower-case streets decide, unless a
house number comes first ("12 high st", "33 bell st": one house, whatever the name).

"at his aunts on gun hill rd", "the taquería on red bluff rd", "after school on blue hill ave":
two lower-case words before the street word name a street too, everyday words as they often
are, when neither is a word that says which or whose or links a clause ("on the main st", "to
her new st"). "on gulfton dr", "right off kingston av": "dr" and "av" end a street after one
word that is no everyday English word ("went to see dr", "the new dr" stay).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._function_words import tables
from ._lexicon import lexicon
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# heads that also end everyday phrases ("sick bay", "foster homes", "grassy plains"): the
# word before them must say which place, not what kind (``_KINDS``)
_KIND_HEADS = frozenset("bay plain plains heights homes".split())
HEADS = (
    frozenset(
        "town city district side end hill hills colony village county borough township".split()
    )
    | _KIND_HEADS
)
_KINDS = frozenset(
    """
    sick loading parking bus cargo docking berth foster care group nursing retirement
    residential children's family mobile holiday grassy open great flood coastal western
    eastern southern northern high
    """.split()
)
_PREPS = frozenset("in from near around outside to into past at by outta".split())
_COMPASS = frozenset(
    "north south east west northeast northwest southeast southwest central upper lower".split()
)
# words that say what kind of place, how big, or which one, not its name
_GENERIC = frozenset(
    """
    small big little large tiny inner outer old new next same other another whole entire
    home hometown nearby neighbouring neighboring local different rural coastal border
    mining market college university's capital ghost far deep dead bitter back front wrong
    right left top bottom short long one two three both either each every any some
    which what whose this that these those our my your his her their its own
    the a an to of in on at by for from with into onto near past around outside and or but
    """.split()
)
_MIN_WORD = 3
# words that may follow the place in the same clause
_AFTER = frozenset(
    "now then again last this next since with w and but so for after before until till "
    "when while because cos a an the her his their my our on at to in near yesterday "
    "today tonight every without instead n lol".split()
)


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a head word of a part of a town is in the text."""
    return not HEADS.isdisjoint(lows)


def town_parts(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """ "in tower district", "from hazara town", "to the north end": see the module."""
    out: list[Candidate] = []
    for i in range(2, len(toks)):
        head = toks[i]
        if head.low not in HEADS or head.word != head.low or head.possessive:
            continue
        word = toks[i - 1]
        if text[word.end : head.start] != " " or not _name_word(word):
            continue
        if head.low in _KIND_HEADS and word.low in _KINDS:
            continue
        k = i - 2
        the = toks[k].low == "the" and text[toks[k].end : word.start] == " "
        if the:
            if word.low not in _COMPASS and word.kind not in (Kind.UNKNOWN, Kind.NAME):
                continue
            k -= 1
        if k < 0 or toks[k].low not in _PREPS or text[toks[k].end : toks[k + 1].start] != " ":
            continue
        if word.low in lex.regions:
            continue  # "in west bengal" is a region the lists know
        if _clause_goes_on(text, toks, i):
            continue
        out.append((word.start, head.end, "place"))
    return out


def _name_word(tok: Token) -> bool:
    """A lower-case word that can name a place: no function word, no generic word."""
    low = tok.low
    if tok.word != low or tok.possessive or len(low) < _MIN_WORD or not low.isalpha():
        return False
    if low in _GENERIC or low in HEADS:
        return False
    return low not in tables().english


def _clause_goes_on(text: str, toks: list[Token], i: int) -> bool:
    """Whether a word that is no small link word follows the head in the same clause
    ("the west side of", "the city council")."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return text[toks[i].end : nxt.start] == " " and nxt.low not in _AFTER


_STREET_ENDS = "st|ave|rd|blvd|cres|pkwy|hwy|dr|av"
_STREET_WORDS = frozenset(_STREET_ENDS.split("|"))
_STREET = re.compile(
    r"(?:\b(?:on|off|onto|along|at|near|past|to|down|up|from|and|of)\s+|(?<![\w.,/-])(\d{1,5}[a-z]?(?:/\d{1,5}[a-z]?)?\s+))"
    r"((?:[nsew]\.?\s+|(?:north|south|east|west)\s+)?"
    r"(?:([a-z][a-z'’-]{2,})\s+)?"
    r"(\d{1,3}(?:st|nd|rd|th)|[a-z][a-z'’-]{2,})\s+(" + _STREET_ENDS + r")\b)"
)
# "dr" and "av" end a street only after a word that is no everyday English word: "see dr"
_NAMED_ONLY_ENDS = frozenset({"dr", "av"})
# words that say which or whose, or link a clause, never the first word of a street's name
_NOT_FIRST = frozenset(
    """
    the a an this that these those same next other one every our his her their my your its
    and or but to up down on off at in into from near past by with w of for n so then
    """.split()
)
# streets of every town, and words that say which one or whose
_NOT_NAMES = frozenset(
    "the this that these those same next other main high back side one every our his her "
    "their my your its first".split()
)
# words that say which street or whose, never its name, even after a house number
_WHOSE = frozenset(
    "the this that these those same next other one every our his her their my your its".split()
)
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")


def may_hold_streets(lows: list[str]) -> bool:
    """Cheap test: an abbreviated street word is in the text."""
    return not _STREET_WORDS.isdisjoint(lows)


def lower_streets(text: str) -> list[Candidate]:
    """ "on warren ave", "w 4th st", "115 henderson cres": see the module."""
    out: list[Candidate] = []
    for m in _STREET.finditer(text):
        first, name, end = m.group(3), m.group(4), m.group(5)
        if end in _NAMED_ONLY_ENDS and (first or name in lexicon().ordinary):
            continue  # "to see dr", "her new dr": a doctor, not a drive
        if first:
            if first in _NOT_FIRST or name in _NOT_FIRST or name in _WHOSE:
                continue  # "on the main st", "down to her st"
        elif m.group(1) and name not in _WHOSE:
            pass  # "12 high st", "33 bell st": a house number makes any street one address
        elif name in _NOT_NAMES or (not _ORDINAL.fullmatch(name) and name in tables().english):
            continue
        out.append((m.start(1) if m.group(1) else m.start(2), m.end(2), "place"))
    return out
