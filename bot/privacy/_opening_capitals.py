"""A word capitalised only because it opens a sentence, which the writer types small, as
a common noun, elsewhere: "Will is the problem, he said — "I have no will"", "Soledad, she
said, is her companion ... that soledad on Saturday morning"; or which the sentence makes
a where or a when: "Art is where she opens up".

Many common nouns are given names too (Will, Faith, Soledad, Umut). Opening a sentence, the
capital says nothing; the same writer using the word in lower case after a determiner ("no
will", "a small umut", "that soledad") shows it is a noun to them, so the opening word and
the word's other lower-case uses are kept.

A person opening a sentence does what people do: a verb of a person right after the opening
word ("Will came in late ... no will to cook") keeps it removed, and so does "name",
"named" or "nickname" before it.
"""

from __future__ import annotations

import re

from ._glossed_echoes import AFTER, person_next
from ._vocab import RELATIONS, TITLES

Candidate = tuple[int, int, str]

_DETERMINERS = (
    "a an the no some any little much more less this that these those her his their my our "
    "your its such what whose every"
)
# one adjective may stand between, no word for a person ("her brother wade": a name)
_NOUN_USE = (
    r"\b(?:"
    + "|".join(_DETERMINERS.split())
    + r")\s+(?:(?!(?:"
    + "|".join(sorted(RELATIONS))
    + r")\b)[a-z]+\s+)?"
)
# "that will help": a modal after a pronoun, no noun
_NO_VERB_AFTER = (
    r"(?!\s+(?:be|have|help|do|get|make|go|come|take|give|not|never|always|just|also|still)\b)"
)
# "Art is where she opens up", "Summer is when it gets hard": a person is no where or when
_WHERE_OR_WHEN = re.compile(
    r"\s+(?:is|was|has\s+been)(?:\s+(?:always|usually|often|still|also|really))?"
    r"\s+(?:where|when)\s+(?:she|he|they|i|we|you|it|things|everything)\b"
)
_CLAUSE = re.compile(r"[^.,;:!?—–()\n]*")
# a person is where someone is, left or found them; a town is where someone grew up, lives,
# works or goes ("Liberty is where she grew up")
_WHEREABOUTS = frozenset(
    "is was are were be been left leave leaves found find finds sits sat stays stayed waits "
    "waited lives lived live put puts him her them grew grow grows born raised moved move "
    "moves works worked work goes went go visited visits spent spends stayed stay comes "
    "came from".split()
)
_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*)[\"'“‘(]?$")
_NAME_BEFORE = re.compile(r"\b(?:name|named|nickname|nicknamed|called)\s*[,:]?\s*$", re.I)


def may_hold(text: str) -> bool:
    """Cheap check: the text has both capitals and lower-case letters (a text typed all in
    lower case or all in capitals shows nothing by its capitals)."""
    return not text.islower() and not text.isupper()


def keep_opening_capitals(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without single words capitalised only at a sentence's opening that the text
    uses in lower case as a noun elsewhere, and without those lower-case uses."""
    nouns: set[str] = set()
    for start, end, kind in out:
        word = text[start:end]
        if kind != "name" or not word.isalpha() or not word[:1].isupper() or word.isupper():
            continue
        if len(word) < 3 or word.lower() in TITLES:
            continue
        if not _OPENS.search(text, max(0, start - 4), start):
            continue
        if _NAME_BEFORE.search(text, max(0, start - 20), start):
            continue
        if person_next(text[end : end + AFTER]):
            continue
        if _used_as_noun(text, word.lower(), end) or _where_or_when(text, end):
            nouns.add(word.lower())
    if not nouns:
        return out
    # a capitalised use of the word that is no opening, or does what a person does, is
    # someone's name: every use stays removed
    for start, end, _ in out:
        word = text[start:end]
        if (
            word.lower() in nouns
            and word[:1].isupper()
            and (
                not _OPENS.search(text, max(0, start - 4), start)
                or person_next(text[end : end + AFTER])
            )
        ):
            nouns.discard(word.lower())
    return [c for c in out if text[c[0] : c[1]].lower() not in nouns]


def _where_or_when(text: str, end: int) -> bool:
    """ "is where she opens up": the clause after "where" or "when" holds no verb of being,
    living or going somewhere ("is where he always is", "was where we left her": a person;
    "is where she grew up": a town)."""
    m = _WHERE_OR_WHEN.match(text, end)
    if m is None:
        return False
    clause = _CLAUSE.match(text, m.end())
    words = clause.group().lower().split() if clause else []
    return _WHEREABOUTS.isdisjoint(words)


def _used_as_noun(text: str, low: str, after: int) -> bool:
    """``low`` stands in lower case after a determiner (one adjective may come between)
    somewhere else in the text."""
    pattern = re.compile(_NOUN_USE + re.escape(low) + r"\b" + _NO_VERB_AFTER)
    return any(m.start() != after for m in pattern.finditer(text))
