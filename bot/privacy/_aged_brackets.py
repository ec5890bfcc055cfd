"""A lower-case word in no list right before a bracket giving an age is the person whose age it
is: "rintu (7 yrs) slept", "kichu (the 14yo) laughed", "tevaki (12, the eldest)".

Only a word no list knows, and no function word of any language, is taken: "toast (2 slices)",
"the kolam (the big one)" and "her amma (62)" stay (a count of things, no age, a relative),
and so does a word before an area code ("telefone (11) 98765-4321").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._function_words import tables
from ._said_lower_names import _candidate
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_AGE_BRACKET = re.compile(
    r" \((?:the |a )?\d{1,2}(?: ?(?:yo|y/o|yrs?|years?(?: old)?|yr old)| ?[,&]|\)(?! ?[\d[]))",
    re.IGNORECASE,
)

_PLURAL_VERB = re.compile(r" (?:were|are|have|do|did not)\b")


def may_hold(text: str) -> bool:
    """Cheap test: a bracket opens after a space."""
    return " (" in text


def aged_brackets(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Unknown lower-case words right before a bracket that gives an age."""
    ends = {t.end: t for t in toks}
    langs = tables().langs
    out: list[Candidate] = []
    for m in _AGE_BRACKET.finditer(text):
        tok = ends.get(m.start())
        if tok is None or tok.kind is Kind.ORDINARY or tok.kind is Kind.STOP:
            continue
        if tok.low in langs or "-" in tok.low or not _candidate(tok, lex):
            continue
        if _PLURAL_VERB.match(text, text.find(")", m.end() - 1) + 1):
            continue  # "ssris (15) were tried": a plural subject is no person
        out.append((tok.start, tok.end, "name"))
    return out
