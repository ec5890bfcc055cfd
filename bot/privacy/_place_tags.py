"""Towns written as a tag of the text rather than inside a sentence: "Riga: he drew the
family", "Yerevan follow-up: present were...", "athens: o giorgos...", "Supervision (Baku):",
"referrals: A. Grigoryan (Yerevan)", "Khartoum/Cairo: he is now...".

Inside a sentence a listed town is read by what stands around it (a preposition, a verb
after it). A tag has no sentence around it, so the other rules kept it as they keep a
heading word ("Plan:", "Exception:"). Here a word of the towns list that is no everyday
word, no given name and no state or country is a place when it stands where a tag stands:
opening a line before a colon (with at most one word between, "minsk update:"), alone in
brackets, or on either side of a slash between two such tags. Everyday heading words
("Plan:", "Sleep:") are no towns of this kind and stay.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
# a line opening with one or two words, maybe one more word, then a colon
_LINE_TAG = re.compile(
    rf"(?m)^[ \t>*•-]*(?P<town>{_WORD}(?: {_WORD})?)(?:/(?P<other>{_WORD}))?"
    rf"(?: [-\w]+)?(?: \([^()\n]{{1,40}}\))?:"
)
# alone in brackets: "(Baku)", "(Yerevan)"
_BRACKETED = re.compile(rf"\((?P<town>{_WORD}(?: {_WORD})?)\)")
_HINT = re.compile(r"[:()/]")


def may_hold_place_tags(text: str) -> bool:
    """Cheap check: a colon, a bracket or a slash."""
    return _HINT.search(text) is not None


def _town(phrase: str, lex: Lexicon) -> bool:
    low = phrase.lower()
    if low not in lex.places or low in lex.ordinary or low in lex.always_ordinary:
        return False
    if lex.is_region_word(low) or low in lex.regions or low in lex.given_names:
        return False
    return all(w not in lex.ordinary and w not in lex.always_ordinary for w in low.split())


def place_tags(text: str, lex: Lexicon) -> list[Candidate]:
    """Listed towns standing as a tag: before a line's colon, in brackets, around a slash."""
    out: list[Candidate] = []
    for m in _LINE_TAG.finditer(text):
        for group in ("town", "other"):
            start, end = m.span(group)
            if start < 0:
                continue
            if not _town(text[start:end], lex):
                end = text.find(" ", start, end)  # "Yerevan follow-up:": the first word
                if end < 0 or not _town(text[start:end], lex):
                    continue
            out.append((start, end, "place"))
        # "Supervision (Baku):" is handled by the brackets below
    if "(" in text:
        for m in _BRACKETED.finditer(text):
            start, end = m.span("town")
            if _town(text[start:end], lex):
                out.append((start, end, "place"))
    return out
