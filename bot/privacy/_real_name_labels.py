"""A name given right after a phrase that says it is the person's real name, set off as an aside
or a label: "pinky (real name paramjit)", "real name: tanvir", "goes by bash, legal name
sebastián". In running prose ("uses her real name at work") the phrase is left to other rules.

The phrase ("real name", "actual name", "full name", "legal name", "birth name") announces the
word after it as a name even when it is typed in lower case and is in no list, with no "is"
between them (with "is" other rules read it already). An everyday word after the phrase
("full name needed", "real name unknown") is no name and stays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# the phrase set off as an aside or a label: after a bracket, comma or semicolon, or opening a
# line ("goldie (real name harjot)", "jojo, legal name oluwaseun", "Actual name: tavita")
_LABEL = re.compile(
    r"(?m:(?:[(,;]\s*|^))(?i:real|actual|full|legal|birth|proper)\s+(?i:name|naam)\b"
    r"\s*(?::\s*|=\s*|-\s*)?"
)
_NAMED = frozenset({Kind.NAME, Kind.UNKNOWN})
_MIN_NAME = 2
_MAX_WORDS = 2


def may_hold(lows: list[str]) -> bool:
    """Cheap test: the word "name" (or Hindi "naam") is among the words."""
    return "name" in lows or "naam" in lows


def real_name_labels(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """The one or two words of a name right after a real-name phrase."""
    starts = {t.start: i for i, t in enumerate(toks)}
    out: list[Candidate] = []
    for m in _LABEL.finditer(text):
        i = starts.get(m.end())
        if i is None:
            continue
        end = 0
        for k in range(i, min(len(toks), i + _MAX_WORDS)):
            tok = toks[k]
            if k > i and text[toks[k - 1].end : tok.start] != " ":
                break
            if not _name_word(tok, lex):
                break
            end = tok.end
        if end:
            out.append((toks[i].start, end, "name"))
    return out


def _name_word(tok: Token, lex: Lexicon) -> bool:
    if len(tok.word) < _MIN_NAME or not tok.word.isalpha():
        return False
    if tok.kind in _NAMED:
        return True
    return tok.kind is Kind.WORD_NAME and tok.low in lex.given_names
