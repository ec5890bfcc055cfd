"""A capitalised word opening a sentence, an aside about a person right after it, and what a
person does after the aside: "Clemency (her gran named her that) stayed all day", "Marvel
- his dad loves comics - told me", "Blue (12), Ash (9) and their dad came".

An everyday word ("Trust", "Major") or one in no list opens many sentences without naming
anyone, so the proper-noun rules keep it there. An aside in brackets or between dashes that
says how the person is named ("named her that", "his English name"), gives an age ("(14)")
or speaks of their family ("her father", "the elder's son"), followed by a verb said of
people, a relative joined by "and her sister", an age ("is 11 years old") or another aged
person, shows the word is a person. Without both, nothing changes ("Dinner (with her mum)
was nice", "Group (6 people) shared", "Trust (the big one) is hard").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._capital_word_names import _ADVERBS
from ._kin_words import _KIN_VOCAB as KIN_VOCAB
from ._opening_subjects import _AGED, _WITH_RELATIVE
from ._vocab import PERSON_ONLY_VERBS, RELATIONS, STRONG_PERSON_VERBS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# the word and its aside: "(...)" or "- ... -", "— ... —"
_ASIDE = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)"
    r"(?: \(([^()\n]{1,90})\)| ([—–-]) ([^\n—–]{1,90}?) \3)"
)
# verbs of "is", "has", "gets" say nothing of a person ("Group (6) is full")
_WEAK = frozenset("is was has had gets got goes went came comes sat sees saw".split())
_PERSON = (STRONG_PERSON_VERBS | PERSON_ONLY_VERBS) - _WEAK
_AGE = re.compile(r"\d{1,2}(?:,| y/?o\b| years? old\b|$)")
_NAMING = re.compile(
    r"\b(?:named|names?|nick ?name[sd]?|calls? (?:him|her)|called (?:him|her))\b", re.IGNORECASE
)
_PRONOUNS = frozenset("her his him she he".split())
# "the elder's son", "her father": a person's relative
_OWNED_KIN = re.compile(r"(?:\b(?:her|his)|['’]s) (\w+)")
# "Apple (16), Ash (13) and": another word given an age right after
_AGED_NEXT = re.compile(r", (?:\[name\]|[A-Z][a-z]+) \(\d{1,2}\)")
_WORD = re.compile(r"[\w'’]+")
_KINDS = frozenset({Kind.ORDINARY, Kind.WORD_NAME, Kind.UNKNOWN, Kind.NAME})
# capitalised words opening a sentence that are never a person's name (nor are kinship
# words: "Lola (grandmother) drove her")
_OPENERS = frozenset(
    """
    the a an my his her our their your this that these those i we he she they it you and but
    so or if when then there here what who why how which also today tonight yesterday
    """.split()
)
_KIN = KIN_VOCAB | RELATIONS | frozenset("son sons daughter daughters".split())


def may_hold(text: str) -> bool:
    """Cheap test: a bracket or a dash between spaces."""
    return " (" in text or " - " in text or " — " in text or " – " in text


def aside_names(
    text: str, toks: list[Token], lex: Lexicon, starts: Callable[[int], bool]
) -> list[Candidate]:
    """Capitalised words opening a sentence that an aside and what follows it show to be
    a person's name."""
    out: list[Candidate] = []
    starts_at = [t.start for t in toks]
    for m in _ASIDE.finditer(text):
        i = bisect_left(starts_at, m.start(1))
        if i >= len(toks) or toks[i].start != m.start(1) or not starts(i):
            continue
        tok = toks[i]
        if (
            tok.low in _OPENERS
            or tok.low in _KIN
            or (tok.kind not in _KINDS and "-" not in tok.word)
        ):
            continue
        aside = m.group(2) if m.group(2) is not None else m.group(4)
        after = m.end()
        if _AGED_NEXT.match(text, after) and _AGE.fullmatch(aside):
            out.append((m.start(1), m.end(1), "name"))  # "Apple (16), Ash (13) and"
            continue
        if not _person_after(text, after):
            continue
        # an everyday word given an age or a relative needs to be a given name too:
        # "Homework (her dad checked it) told a story" is the homework
        named = tok.kind is not Kind.ORDINARY or tok.low in lex.given_names
        if _names_someone(aside) or (named and (_AGE.match(aside) or _kin_in(aside))):
            out.append((m.start(1), m.end(1), "name"))  # "Pau (14) told me"
    return out


def _names_someone(aside: str) -> bool:
    """ "her mum named her that", "his English name": a naming word and a person's pronoun."""
    if _NAMING.search(aside) is None:
        return False
    return any(w.lower() in _PRONOUNS for w in _WORD.findall(aside))


def _kin_in(aside: str) -> bool:
    """ "her father loves English names", "village elder's son": a relative of someone."""
    return any(m.group(1).lower() in _KIN for m in _OWNED_KIN.finditer(aside)) or any(
        w.lower() in KIN_VOCAB for w in _WORD.findall(aside)
    )


def _person_after(text: str, end: int) -> bool:
    """A verb said of people (after at most one adverb), "and her sister", or an age."""
    if _WITH_RELATIVE.match(text, end) or _AGED.match(text, end):
        return True
    words = _WORD.findall(text[end : end + 40])
    if not words or text[end : end + 1] != " ":
        return False
    first = words[0].lower()
    if first in _ADVERBS and len(words) > 1:
        first = words[1].lower()
    return first in _PERSON
