"""Shops named as somebody's workplace by more than a word of work right before them.

``_employers`` reads "shifts at Tesco" and "Tesco's manager". A shop is a workplace too
when the text names one branch of it ("at the Lidl on Fenwick Road", "the Tesco in
Barnstaple": one shop among hundreds, where someone goes every day), when the time words of
a job stand before it ("on nights at the Asda", "her first week at Aldi"), when a compound
role does ("a warehouse lad at Primark", "cabin crew with Emirates"), when the sentence
goes on to say so ("at Sainsbury's where she works", "at Walgreens, when a customer
shouted"), or when a verb of working in another language does ("trabaja en Mercadona").
A shop bought from or visited with none of these ("a meal deal at the Tesco near the
station", "a Happy Meal at McDonald's") stays a thing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

# what may follow a shop's own name after a person "from" it: a break, its branch, an aside
_ENDS_SHOP = re.compile(r"(?:['’]s)?(?:\s*[,.;:!?()]|\s+(?:in|on|at)\s|\s*$)")
_PERSON_KINDS = frozenset({Kind.NAME, Kind.UNKNOWN, Kind.WORD_NAME})
# "at the Lidl on Fenwick Road", "the Tesco in [place]": a branch placed by a street or town
_PLACED = re.compile(r"\s+(?:on|in)\s+(?:\[(?P<held>place|name|org)\]|(?P<word>[A-Z][\w'’-]*))")
# a branch's street or town of up to four capitalised words, before the rest of a sentence
_PLACED_RUN = re.compile(
    r"\s+(?:on|in)\s+(?:\[(?:place|name|org)\]|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)
# a time, not a street or town, after "on" or "in": "at Walmart on Saturday", "in June"
_TIMES = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays
    thursdays fridays saturdays sundays mon tue tues wed thu thur thurs fri sat sun january
    february march april may june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec christmas easter boxing eid diwali ramadan
    halloween thanksgiving new
    """.split()
)
# words of time that are a job's before "at": "on nights at", "her first week at"
_SHIFT_TIMES = frozenset(
    "nights days earlies lates mornings evenings weekends afternoons overnights".split()
)
_SHIFT_OPENERS = frozenset("on early late doing does did working works".split())
_FIRST_SPANS = frozenset("week weeks month months day days shift year fortnight".split())
_ORDINALS = frozenset("first second third last".split())
# a person who works, named by a compound: "a delivery guy at", "a warehouse lad at"
_PERSONS = frozenset("guy guys lad lads girl girls man men woman women person".split())
_TRADES = frozenset(
    """
    delivery warehouse stock kitchen shop sales night security counter checkout till
    trolley stockroom bakery deli floor store cleaning
    """.split()
)
# the sentence goes on to say it is a workplace: "at Sainsbury's where she works"
_WHERE_WORKS = re.compile(
    r"(?:,\s*)?\s+where\s+(?:she|he|they|i|we|you|her\s+\w+|his\s+\w+)\s+(?:works|worked|work|"
    r"is\s+working|was\s+working|has\s+worked|used\s+to\s+work|volunteers|volunteered)\b",
    re.IGNORECASE,
)
_SERVED = re.compile(
    r"[^.!?\n]{0,40}?\b(?:a|the|one|another)\s+(?:customer|shopper|shoplifter|regular)s?\b",
    re.IGNORECASE,
)
# "cabin crew with Emirates", "ground staff with Ryanair"
_CREWS = frozenset("crew staff".split())
_CREW_KINDS = frozenset("cabin ground flight air".split())
# a verb of working in another language before its preposition: "trabaja en", "travaille chez"
_ABROAD_WORK = frozenset(
    """
    trabaja trabajo trabajaba trabajó trabajando trabalha trabalho trabalhava travaille
    travaillait travaillé bosser bosse lavora lavoravo lavorava arbeitet arbeite
    """.split()
)
_ABROAD_PREPS = frozenset("en chez em na no nel nella alla da bei in à au".split())


def at_work_beyond(text: str, toks: list[Token], i: int) -> bool:
    """Whether the shop at ``i`` is named as a workplace by a branch, a job's time words, a
    compound role, the rest of its sentence or a verb of work in another language."""
    return (
        _placed_branch(text, toks, i)
        or _person_from(text, toks, i)
        or _shift_before(toks, i)
        or _role_before(toks, i)
        or _said_after(text, toks[i].end, toks[i].possessive)
        or _worked_abroad(toks, i)
    )


def _prep_index(toks: list[Token], i: int) -> int:
    """The index of the word before the shop, past an article ("at the Asda"), or -1."""
    j = i - 1
    if j >= 0 and toks[j].low == "the":
        j -= 1
    return j


def _placed_branch(text: str, toks: list[Token], i: int, end: int | None = None) -> bool:
    """ "at the Lidl on Fenwick Road", "the Tesco in [place]", "at Mercadona in Vigo"."""
    stop = toks[i].end if end is None else end
    if not toks[i].capital:
        return False  # "handover at the maccas on [place]": a meeting point in chat
    if stop < len(text) and text[stop : stop + 2] in ("'s", "’s"):
        stop += 2
    placed = _PLACED.match(text, stop)
    if placed is None or (placed.group("word") or "").lower() in _TIMES:
        return False
    j = i - 1
    if j >= 0 and toks[j].low == "the":
        return True  # one branch of the chain
    return j >= 0 and toks[j].low == "at"


def _person_from(text: str, toks: list[Token], i: int, end: int | None = None) -> bool:
    """ "[name] from the tesco (her manager)", "Keziah from the Tesco in Barnstaple": a person
    named as being from a shop is somebody who works there."""
    j = _prep_index(toks, i)
    if j < 1 or toks[j].low != "from" or toks[j - 1].low == "the" or j == i - 1:
        return False
    if not toks[i].capital and toks[i].kind is Kind.ORDINARY:
        return False  # "[name] from the warehouse": an everyday word in lower case
    if not _ENDS_SHOP.match(text, toks[i].end if end is None else end):
        return False  # "her friend from the Samsung Electronics line": a part of it
    before = text[: toks[j].start].rstrip()
    return before.endswith("[name]") or (toks[j - 1].kind in _PERSON_KINDS and toks[j - 1].capital)


def _shift_before(toks: list[Token], i: int) -> bool:
    """ "on nights at the Asda", "her first week at Aldi", "early mornings at the Greggs"."""
    j = _prep_index(toks, i)
    if j < 1 or toks[j].low != "at":
        return False
    word, before = toks[j - 1].low, toks[j - 2].low if j >= 2 else ""
    if word in _SHIFT_TIMES:
        return before in _SHIFT_OPENERS
    return word in _FIRST_SPANS and before in _ORDINALS


def _role_before(toks: list[Token], i: int) -> bool:
    """ "a delivery guy at Deliveroo", "cabin crew with Emirates"."""
    j = _prep_index(toks, i)
    if j < 2:
        return False
    prep, word, before = toks[j].low, toks[j - 1].low, toks[j - 2].low
    if prep == "at":
        return word in _PERSONS and before in _TRADES
    return prep == "with" and word in _CREWS and before in _CREW_KINDS


def _said_after(text: str, end: int, possessive: bool) -> bool:
    """ "at Sainsbury's where she works", "to the Lidl on [place] where she used to work", "at
    Walgreens, when a customer shouted at him"."""
    if possessive and text[end : end + 2] in ("'s", "’s"):
        end += 2
    placed = _PLACED_RUN.match(text, end)  # its branch between: "on Elm Street where she works"
    if placed is not None and _WHERE_WORKS.match(text, placed.end()):
        return True
    if _WHERE_WORKS.match(text, end):
        return True
    head = text[end : end + 12]
    if not head.startswith((",", " when", " while")):
        return False
    return bool(_SERVED.match(text, end))


def _worked_abroad(toks: list[Token], i: int) -> bool:
    """ "trabaja en Mercadona", "travaille chez Carrefour"."""
    j = _prep_index(toks, i)
    return j >= 1 and toks[j].low in _ABROAD_PREPS and toks[j - 1].low in _ABROAD_WORK


def branch_phrases(text: str, toks: list[Token], phrases: frozenset[str]) -> list[Candidate]:
    """Shops named by a phrase ("Tim Hortons", "Stop & Shop", "Caisse Desjardins") that the
    text names as a workplace, as ``at_work_beyond`` reads one-word shops."""
    heads = _heads(phrases)
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        if not tok.capital or tok.low not in heads:
            continue
        for j in range(min(len(toks), i + _MAX_PHRASE), i + 1, -1):
            if not all(
                _PHRASE_GAP.fullmatch(text, toks[k].end, toks[k + 1].start) for k in range(i, j - 1)
            ):
                continue
            if " ".join(text[tok.start : toks[j - 1].end].lower().split()) in phrases:
                if phrase_at_work(text, toks, i, j):
                    out.append((tok.start, toks[j - 1].end, "org"))
                break
    return out


_MAX_PHRASE = 4
_PHRASE_GAP = re.compile(r" (?:& )?")
_HEADS: dict[int, frozenset[str]] = {}


def _heads(phrases: frozenset[str]) -> frozenset[str]:
    """The first words of the phrases, read once per list."""
    key = id(phrases)
    if key not in _HEADS:
        _HEADS[key] = frozenset(p.split()[0] for p in phrases if p)
    return _HEADS[key]


def phrase_at_work(text: str, toks: list[Token], i: int, j: int) -> bool:
    """The shop named by ``toks[i:j]`` is a workplace by its branch, a job's time words, a
    role or the rest of its sentence."""
    last = toks[j - 1]
    return (
        _placed_branch(text, toks, i, last.end)
        or _person_from(text, toks, i, last.end)
        or _shift_before(toks, i)
        or _role_before(toks, i)
        or _said_after(text, last.end, last.possessive)
    )
