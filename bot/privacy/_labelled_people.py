"""People given as the answer to a field of a note: "Client: Thembi, 34.", "Patient: Hope,
sixteen", "Son: Kagiso, 9".

A field whose label asks who ("Client:", "Patient:", "Mother:", "Son:") is answered with a
name, however the rest of the line reads: capitalised words right after it that no list
holds, or that are listed names, are that name. An everyday word that is also a given name
("Hope", "Rain") is the name only when it is the whole answer or is followed by a comma; an
everyday word otherwise answers how the person is ("Client: Anxious teen, 15").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ._field_starts import fields
from ._word_classes import Kind, _classify

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

_WHO = (
    "client|patient|name|full name|client name|patient name|child|son|daughter|mother|mum|mom"
    "|father|dad|parent|carer|guardian|partner|husband|wife|sibling|brother|sister"
    "|grandmother|grandfather|young person|service user"
)
_FIELD = re.compile(
    rf"(?:^|(?<=[.;!?|•*\-]\s))[ \t]*(?i:{_WHO})[ \t]*:[ \t]*"
    r"(?P<value>[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*(?:[ \t]+[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*){0,2})"
    r"(?P<after>[ \t]*[,.;(]|[ \t]*$)?",
    re.MULTILINE,
)
# where a field can start: after a newline, or after a break and a space (_field_starts)
_FIELD_BREAK = re.compile(r"[\n.;!?|•*\-](?:(?<=\n)|\s)")
_WORD = re.compile(r"\S+")
_NAMES = (Kind.NAME, Kind.UNKNOWN)


def may_hold(text: str) -> bool:
    """Cheap check: a colon, which every field has."""
    return ":" in text


def labelled_people(text: str, lex: Lexicon) -> Iterator[Candidate]:
    """Names given as the answer to a field that asks who."""
    for m in fields(_FIELD, text, _FIELD_BREAK):
        words = list(_WORD.finditer(m.group("value")))
        kinds = [_classify(w.group(), lex) for w in words]
        if kinds[0] in _NAMES or (kinds[0] is Kind.WORD_NAME and m.group("after") is not None):
            taken = 1
            while taken < len(words) and kinds[taken] in (*_NAMES, Kind.WORD_NAME):
                taken += 1
            yield m.start("value"), m.start("value") + words[taken - 1].end(), "name"
