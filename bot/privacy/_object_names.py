"""A capitalised word told, asked, hugged or texted is a person, whatever else it may name.

"I asked Virginia what her best friend would notice", "she hugged Precious at the door":
a word that is also a place, a virtue or an everyday word is kept mid-sentence when nothing
marks it as a person. Only a person is told, asked, hugged, texted or thanked; so the word
right after such a verb is a name when a comma, a full stop or a word that opens what was
told or asked ("what", "that", "to", "about" ...) follows it. Words that are never names
(assistants and brands such as "Google", holy names, kinship words such as "Mum" or "Vovó")
are no candidates, nor is a run of capitalised words ("asked Work and Income", "told
Centre Manager").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_VERBS = frozenset(
    "told tell tells telling asked ask asks asking hugged hug hugs hugging texted text texts "
    "texting messaged thanked thank".split()
)
_OPENING_WHAT = frozenset(
    "what how why if whether to that about for when where who which not".split()
)
_NAME_KINDS = frozenset({Kind.NAME, Kind.WORD_NAME, Kind.UNKNOWN})
_MARKS = frozenset(",.!?;:")


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a verb done only to a person is in the text."""
    return not _VERBS.isdisjoint(lows)


def object_names(text: str, toks: list[Token]) -> list[Candidate]:
    """Capitalised words right after "told", "asked", "hugged", "texted" or "thanked"."""
    out: list[Candidate] = []
    last = len(toks) - 1
    for i in range(1, last + 1):
        tok = toks[i]
        if not tok.capital or toks[i - 1].low not in _VERBS or tok.kind not in _NAME_KINDS:
            continue
        if toks[i - 1].capital or text[toks[i - 1].end : tok.start] != " ":
            continue
        word = tok.word
        if not word[1:].islower() or not word.isalpha():
            continue
        after = text[tok.end : tok.end + 1]
        if tok.possessive or after in _MARKS or i == last:
            out.append((tok.start, tok.end, "name"))
            continue
        if after == " " and text[tok.end : toks[i + 1].start] == " ":
            nxt = toks[i + 1]
            if nxt.low in _OPENING_WHAT and not nxt.capital:
                out.append((tok.start, tok.end, "name"))
    return out
