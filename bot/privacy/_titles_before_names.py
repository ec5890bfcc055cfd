"""Titles that no rule reading names knows, left standing right before a name's placeholder,
go into it: "Elder [Agnes Moonias]", "pundit [Ramesh]", "Mishomis [Frank]", "maun [Zito]",
"titi [Mari]".

A rule that finds a name takes in the titles of its lists; the titles of elders, priests and
elder relatives below are in none of them, so they stayed beside the placeholder and told a
reader who the person is. Once every name is found, such a word right before one goes with
it, unless an owner stands before the word ("her elder [Ana]", "su titi [Mari]": the word
names a relation; "a" owns only an English word: "texteé a titi" is Spanish "to") or an
everyday English word makes it part of a phrase ("the temple pundit [Ram]"); then it stays.
Titles and words of address of many languages that the lists also hold as words ("coach",
"aunty", "seu", "nha", "Herr") go the same way: with no owner before them the labelled data
take them into the name by a wide margin. Tried and dropped (more words removed than leaks
saved on the validation sets): every title and word of address of the lists
(``_kin_address.BEFORE_NAME``, ``_name_cues._TITLE_WORDS``) before a name found by any rule;
letting a function word before the title ("with aunty [name]") open no phrase; "uncle" and
"tita" (the tests keep "uncle [Tom]" and "tita [Baby]"); Portuguese "a tia [name]"; titles
written as abbreviations with a stop ("bpk.", "Muh.").
"""

from __future__ import annotations

import re

from ._alternation import words_longest_first
from ._function_words import tables
from ._kin_address import _OWNERS as OWNERS  # pyright: ignore[reportPrivateUsage]
from ._lexicon import lexicon
from ._span import Span

# Cree, Ojibwe and First Nations English ("Elder Agnes", "Mishomis Frank", "Nokomis Rose",
# "Kokum Mary", "Mosom Joe"), Caribbean Hindu ("pundit Ramesh"), Tetum ("maun Zito": elder
# brother) and Puerto Rican Spanish ("titi Mari": aunt)
_NO_LIST_TITLES = frozenset("elder mishomis nokomis kokum mosom pundit pandit maun titi".split())
# titles and words of address that the lists hold as words too (so a name rule takes them in
# only with a name it reads itself): English "coach", "pastor", "aunty", "granny", "nana",
# "mama"; German "Herr", "Frau", "Tante", "Oma", "Opa"; French "Mme"; Portuguese and Cape
# Verdean "tia", "seu", "nha", "mana", "vó", "mamã"; Filipino "lola", "kuya", "ate" (after a
# marker of persons, "si ate [name]", the title stays, as ``_titled_nicknames`` keeps it);
# Malay "kak"; Fijian "bubu". Before a name with no owner before them, the labelled data take
# them into the name by a wide margin ("coach [Pita]" 23 to 6, "aunty" 43 to 5)
_ADDRESS_TITLES = frozenset(
    "coach pastor aunty auntie granny nana mama herr frau mme tante oma opa "
    "tia lola kuya ate seu nha mana vó mamã kak bubu".split()
)
TITLES = _NO_LIST_TITLES | _ADDRESS_TITLES
# (the look-ahead for the titles' first letters fails fast where no title can start; a title
# before a space is the only one that can match there, so the trie's order changes nothing)
_TITLE = re.compile(
    rf"(?=[{''.join(sorted({t[0] for t in TITLES}))}])\b"
    rf"(?:{words_longest_first(TITLES, ignore_case=True)}) ",
    re.IGNORECASE,
)
# owners of German, Dutch, Italian and the Nordic languages too: "meine Tante Gisela"
_MORE_OWNERS = frozenset(
    "mein meine meinem meinen meiner dein deine deinem deinen sein seine seinem seinen seiner "
    "ihr ihre ihrem ihren ihrer unser unsere unserer euer eure mijn zijn haar ons onze jouw "
    "mia mie min mitt mina din ditt dina hans hennes vår vårt våra".split()
)
# Filipino markers of persons: after them the title is written apart from the name
_MARKERS = frozenset("si ni kay sina nina kina".split())
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([^\W\d_]+) $")
_OWNER_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]+)\s+$")
_REACH = 12


def may_hold_titles(text: str, spans: list[Span]) -> bool:
    """Cheap check: a title of the list before a space, and a name found."""
    return _TITLE.search(text) is not None and any(s.kind == "name" for s in spans)


def with_titles_before(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each name widened over a title right before it (see the module)."""
    out: list[Span] = []
    end = 0
    for span in spans:
        if span.kind == "name" and span.start > end:
            start = _title_start(text, span.start, end)
            if start < span.start:
                span = Span(start, span.end, span.kind, text[start : span.end])
        out.append(span)
        end = span.end
    return out


def _title_start(text: str, start: int, floor: int) -> int:
    m = _WORD_BEFORE.search(text, max(floor, start - _REACH), start)
    if m is None or m.end() != start or m.group(1).lower() not in TITLES:
        return start
    owner = _OWNER_BEFORE.search(text, max(0, m.start() - _REACH), m.start())
    if owner is not None and owner.end() == m.start():
        own = owner.group(1).lower()
        ordinary = lexicon().ordinary
        owned = own in OWNERS or own in _MORE_OWNERS or own in _MARKERS
        if owned and (own != "a" or m.group(1).lower() in ordinary):
            return start  # "her elder", "su titi": a relation; "texteé a titi": Spanish "to"
        if m.group(1).islower() and len(own) > 1 and own in ordinary and own not in tables().langs:
            return start  # "the temple pundit": part of a phrase
    return m.start()
