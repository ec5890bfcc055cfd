"""Towns named by everyday words, or by words in no list, that the words next to them mark
as towns: a state, province or country right after them, or a kind word around them.

"grandpa from hazard kentucky", "the town is called okay, oklahoma", "grew up in friend,
nebraska", "her ouma in retreat, tas", "in Boring, Oregon", "her grandma in pg county", "the
town of welcome": the word is an everyday one ("hazard",
"friend") or in no list ("pg"), so the rules for names and lower-case towns pass it by, yet
a state after it (a state alone is no identifier and stays), "county" after it or "the town
of" before it says it is a town. Read only after a word leading to a place ("in", "from",
"to", "near", "called" ...), and never when the word before the state says which part of it
("in rural kentucky", "in east texas"), is a function word ("in the texas heat") or a state
itself ("in texas, usa"); a verb right after the state ("in class, georgia said") makes the
state a person. State codes typed in lower case count only when they are no everyday word
("il", "tas", "ky"; "in time, ok" stays), and "bc" (chat's "because") only at the end of a
clause. Words taken together: one to three, one space apart.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._state_codes import CODES
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# words leading to a town right before it
_LEADS = frozenset(
    "in from to near around outside of called named at by out past visiting via into toward "
    "towards through fae frm".split()
)
# words that say which part of a state or county, or that are function words: never a town
_NOT_TOWN = frozenset(
    """
    north south east west northern southern eastern western central northeast northwest
    southeast southwest northeastern northwestern southeastern southwestern mid midwest
    upstate downstate rural coastal remote regional inner outer upper lower far deep greater
    metro small whole all across inland outback country countryside small-town
    the a an this that these those my your his her our their its some any every each no
    same next other another home back out up down over there here where somewhere
    i me you he she it we they him them us
    and or but so because cos bc if when then than as with w without for of on at by to in
    from into onto near is was are were be been has have had do does did not after before
    like just really
    """.split()
)
# words after a state that make it a person: "in class, georgia said"
_PERSON_AFTER = frozenset(
    "is was has had will would did does said says told asked wants wanted can could "
    "just also".split()
)
# lower-case state codes that are chat words before anything else: a town only at a clause end
_CHAT_CODES = frozenset({"bc"})
# lower-case state codes that are chat words only: "ok", "va" ("go")
_CHAT_WORD_CODES = frozenset({"ok", "va"})
_OF_LEADS = frozenset({"town", "village", "hamlet", "township", "suburb", "outside"})
_CALLED = frozenset({"called", "named"})
_KIND_AFTER = frozenset({"county", "township", "reserve", "rez", "reservation"})
_KIND_BEFORE = frozenset({"town", "village", "hamlet", "township", "suburb"})
_MAX_TOWN_WORDS = 3
# words other than a region's that set off a reading
_TRIGGERS = _KIND_AFTER | _CALLED | frozenset({"of"})
_MAX_REGION_WORDS = 3
_MIN_LETTERS = 3
_CLAUSE_ENDS = ".!?;:\n)"
# a ZIP code or postcode after a lower-case state code ("sugar land tx 77479"), or its
# placeholder left by an earlier pass
_ZIP_AFTER = re.compile(r" (?:\d{4,5}(?:-\d{4})?\b|\[(?:id|place)\])")


def may_hold(lows: list[str], lex: Lexicon) -> bool:
    """Cheap test: a lead word or "the", and a region's word, a county or "town of"."""
    words = set(lows)
    if words.isdisjoint(_LEADS) and "the" not in words:
        return False
    return (
        not words.isdisjoint(_KIND_AFTER)
        or not words.isdisjoint(_CALLED)
        or not words.isdisjoint(_KIND_BEFORE)
        or not words.isdisjoint(_region_heads(lex))
    )


_HEADS: list[tuple[Lexicon, frozenset[str]]] = []


def _region_heads(lex: Lexicon) -> frozenset[str]:
    """First words of the regions, and the state codes in lower case: built once."""
    if _HEADS and _HEADS[0][0] is lex:
        return _HEADS[0][1]
    heads = frozenset({r.split()[0] for r in lex.regions} | {c.lower() for c in CODES}) - {
        "the",  # "the bay area": no town stands right before it
        "us",  # "to see us": read in capitals only, and "US" opens no other region
    }
    _HEADS[:] = [(lex, heads)]
    return heads


def towns_before_regions(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Towns before a state, before "county", after "the town of" or "a town called"."""
    found: list[Candidate] = []
    heads = _region_heads(lex)
    for i in range(1, len(toks)):
        tok = toks[i]
        low = tok.low
        if low not in heads and low not in _TRIGGERS:
            continue
        if low in heads:
            region_end = _region_end(text, toks, i, lex)
            if region_end >= 0:
                town = _town_before(text, toks, i, lex)
                if town is not None:
                    found.append(town)
        if low in _KIND_AFTER and not tok.possessive:
            town = _town_before_kind(text, toks, i, lex)
            if town is not None:
                found.append(town)
        elif low == "of" and i > 1 and toks[i - 1].low in _KIND_BEFORE:
            town = _town_of(text, toks, i, lex)
            if town is not None:
                found.append(town)
        elif low in _CALLED and any(t.low in _KIND_BEFORE for t in toks[max(0, i - 4) : i]):
            town = _town_after(text, toks, i, lex)
            if town is not None:
                found.append(town)
    return found


def _region_end(text: str, toks: list[Token], i: int, lex: Lexicon) -> int:
    """The index of the last word of the state or country from ``toks[i]``, or -1: none, or
    one that a verb after it makes a person."""
    last = -1
    for k in range(i, min(i + _MAX_REGION_WORDS, len(toks))):
        if k > i and text[toks[k - 1].end : toks[k].start] != " ":
            break
        run = " ".join(t.low for t in toks[i : k + 1])
        if (k == i and _code(text, toks, i, lex)) or _region_run(toks, i, k, run, lex):
            last = k
    if last < 0 or toks[last].possessive:
        return -1
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if (
        nxt is not None
        and last == i
        and toks[i].low in lex.given_names
        and nxt.low in _PERSON_AFTER
        and text[toks[last].end : nxt.start] == " "
    ):
        return -1  # "in class, Georgia said": a person
    return last


def _region_run(toks: list[Token], i: int, k: int, run: str, lex: Lexicon) -> bool:
    """A state or country of one or more words; one lower-case word only when no common
    given name ("georgia") nor a pronoun ("to see us")."""
    if run not in lex.regions:
        return False
    if toks[i].capital or k > i:
        return True
    return lex.is_region_word(run) and run not in _NOT_TOWN


def _code(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A state's postal code: in capitals, or in lower case when no everyday word ("il",
    "tas"), and "bc" only at the end of a clause."""
    tok = toks[i]
    if tok.word in CODES:
        return True
    if tok.word != tok.low or tok.word.upper() not in CODES or tok.low in lex.ordinary:
        return False
    if tok.kind is Kind.NAME or tok.low in _CHAT_WORD_CODES:
        return False  # "in time, ok", "the day after, al": a chat word or a name
    if tok.low in _CHAT_CODES:
        rest = text[tok.end : tok.end + 1]
        return rest == "" or rest in _CLAUSE_ENDS
    return text[tok.start - 2 : tok.start] == ", " or _ZIP_AFTER.match(text, tok.end) is not None


def _town_before(text: str, toks: list[Token], i: int, lex: Lexicon) -> Candidate | None:
    """The town right before the state at ``toks[i]`` ("hazard kentucky", "friend, nebraska"),
    after a lead word, or None."""
    gap = text[toks[i - 1].end : toks[i].start]
    comma = gap == ", "
    if gap not in (" ", ", "):
        return None
    last = i - 1
    for first in range(last, max(-1, last - _MAX_TOWN_WORDS), -1):
        if first < 1 or not _town_word(toks[first]):
            return None
        if first < last and text[toks[first].end : toks[first + 1].start] != " ":
            return None
        lead = toks[first - 1]
        if lead.low not in _LEADS or text[lead.end : toks[first].start] != " ":
            continue
        run = " ".join(t.low for t in toks[first : last + 1])
        if run in lex.regions:
            return None  # "in texas, usa"
        if lead.low == "of" and (first < 2 or toks[first - 2].low not in _OF_LEADS):
            return None  # "most of kentucky": "of" leads to a town after "town" or "outside"
        strong = (lead.low == "from" and first == last) or _ZIP_AFTER.match(
            text, toks[i].end
        ) is not None
        if not comma and not _lower_named_alone(toks, first, i, run, lex, strong=strong):
            return None  # "in cowboy country texas", "New Zealand", "Affairs Canada"
        return toks[first].start, toks[last].end, "place"
    return None


def _town_word(tok: Token) -> bool:
    word = tok.word
    return (
        not tok.possessive
        and tok.low not in _NOT_TOWN
        and word.replace("-", "").replace("'", "").isalpha()
        and len(word) >= _MIN_LETTERS - 1
    )


def _lower_named_alone(
    toks: list[Token], first: int, region: int, run: str, lex: Lexicon, *, strong: bool
) -> bool:
    """Without a comma, the words are typed in lower case, and so is the state or it is a
    code in capitals ("hazard kentucky", "mission BC"; "New Zealand" and "Veterans Affairs
    Canada" are names of their own), and they name a town by themselves: a listed town or
    words in no everyday list. ``strong``: one word after "from", or a ZIP code after the
    state ("from lumber kentucky", "to pebble tx 79999"), where an everyday word will do."""
    if any(t.word != t.low for t in toks[first:region]):
        return False
    if toks[region].word != toks[region].low and toks[region].word not in CODES:
        return False
    if strong or run in lex.places:
        return True
    return all(t.low not in lex.ordinary for t in toks[first:region])


def _town_before_kind(text: str, toks: list[Token], i: int, lex: Lexicon) -> Candidate | None:
    """ "her grandma in pg county", "out in Marion County", "on the pine ridge rez": one or
    two words in no everyday list (or capitalised, or a listed town) before "county" or a
    reserve, after a lead word or "the"; the kind word goes with them ("the game reserve",
    "the nature reserve" stay)."""
    for first in (i - 1, i - 2):
        if first < 1 or text[toks[first].end : toks[first + 1].start] != " ":
            return None
        if not _town_word(toks[first]):
            return None
        lead = toks[first - 1]
        if (lead.low not in _LEADS and lead.low != "the") or text[
            lead.end : toks[first].start
        ] != " ":
            continue
        if lead.low == "of":
            return None  # "Our Lady of Heaven County": a name of its own
        words = toks[first:i]
        run = " ".join(t.low for t in words)
        if run in lex.regions or not (
            run in lex.places or all(t.capital or t.low not in lex.ordinary for t in words)
        ):
            return None
        return toks[first].start, toks[i].end, "place"
    return None


def _town_of(text: str, toks: list[Token], i: int, lex: Lexicon) -> Candidate | None:
    """ "the town of welcome", "the little village of Hope": one or two words after "the
    (...) town of" that end the clause or go on with a small word."""
    if i < 2 or not any(t.low == "the" for t in toks[max(0, i - 4) : i - 1]):
        return None
    return _town_after(text, toks, i, lex)


def _town_after(text: str, toks: list[Token], i: int, lex: Lexicon) -> Candidate | None:
    """One word, or two when the second is capitalised, right after ``toks[i]`` ("of",
    "called") that end the clause or go on with a small word: "a town called hope"."""
    if i + 1 >= len(toks) or text[toks[i].end : toks[i + 1].start] != " ":
        return None
    last = i + 1
    if not _town_word(toks[last]):
        return None
    if last + 1 < len(toks) and toks[last + 1].capital and _spaced(text, toks, last + 1):
        last += 1  # "the town of Rocky Mount"
    run = " ".join(t.low for t in toks[i + 1 : last + 1])
    if run in lex.regions or not _ends_clause(text, toks, last):
        return None
    return toks[i + 1].start, toks[last].end, "place"


def _spaced(text: str, toks: list[Token], k: int) -> bool:
    return text[toks[k - 1].end : toks[k].start] == " "


# small words that may follow a town in the same clause
_AFTER_TOWN = frozenset(
    "now then and but so since with w in on for to last this before after until till when "
    "while because cos bc lol where which is was".split()
)


def _ends_clause(text: str, toks: list[Token], k: int) -> bool:
    if k + 1 >= len(toks):
        return True
    gap = text[toks[k].end : toks[k + 1].start]
    return gap.strip() != "" or toks[k + 1].low in _AFTER_TOWN
