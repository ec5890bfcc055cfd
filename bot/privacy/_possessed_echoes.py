"""A word kept as a relative's title after a possessive is that title elsewhere in the note.

Notes name a client's relatives by their own language's word, capitalised, after a
possessive ("ate tuo zaafi with her Mma", "with her Unci"); the rules keep the word there,
where the possessive shows it is no name. The same word alone elsewhere in the note ("eat
with Mma on Sunday", "Unci said") or before the relative's name ("Unci Marie said") was read
as a name. Chat typed in lower case does the same ("went with his tupuna ... tupuna said").

Recall first: a candidate is changed only when its first word stands elsewhere in the text
right after "her", "his", "my", "their", "our" or "your" with no candidate there, and is no
listed given name or surname (a name after a possessive that the rules missed is no reason
to miss it again); a word in lower case also no everyday English word ("her mark ... mark
said"), and only the same word as typed is read again ("lolo", not "Lolo"). A candidate
of that word alone is dropped; a longer one loses the word ("Unci [name]"). A possessive
on the word ("Mma's") is left as it stands.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate

_POSSESSED = re.compile(r"\b(?:[Hh]er|[Hh]is|[Mm]y|[Tt]heir|[Oo]ur|[Yy]our) ([^\W\d_]+)\b")
_WORD = re.compile(r"[^\W\d_]+")
_SPACE = re.compile(r"\s+")


def may_hold(text: str) -> bool:
    """Cheap check: a word after a possessive."""
    return _POSSESSED.search(text) is not None


def keep_possessed_echoes(text: str, out: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """``out`` without the words that stand elsewhere, kept, after a possessive."""
    kept_words: set[str] = set()
    for m in _POSSESSED.finditer(text):
        word = m.group(1)
        low = word.lower()
        if (
            (word[0].isupper() or low not in lex.ordinary)
            and low not in lex.given_names
            and low not in lex.surnames
            and not any(c[0] < m.end(1) and m.start(1) < c[1] for c in out)
        ):
            kept_words.add(word)
    if not kept_words:
        return out
    result: list[Candidate] = []
    for cand in out:
        start, end, kind = cand
        first = _WORD.match(text, start)
        if first is None or first.group() not in kept_words or kind != "name":
            result.append(cand)
            continue
        rest = _SPACE.match(text, first.end())
        if first.end() == end or text[first.end() : first.end() + 1] in "'’":
            continue  # "Unci said", "eat with Mma"
        if rest is not None and rest.end() < end:
            result.append((rest.end(), end, kind))  # "Unci [Marie]"
            continue
        result.append(cand)
    return result
