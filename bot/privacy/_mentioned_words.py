"""Words of another language mentioned as words, even when they are given names too.

A practitioner who keeps the client's own word often says what it means: "Esperanza, which
means hope", "Farah means joy", "Omid is hope in Farsi", "Noor (light in Arabic)", "the
word she used was Paz". Many such words are given names as well (Luz, Paz, Noor, Amal,
Farah), so the lists of names alone cannot keep them; the sentence around them can: a word
glossed or named as a word is a word.

A name is talked about the same way ("her name Farah means joy", "Noor, whose name means
light"): "name", "named", "nickname", "whose" or a title shortly before the word, or a
capitalised gloss ("Ana means Anna"), leave the candidate as it is.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ._cultural import span_tokens
from ._spoken_languages import _english_names as english_language_names
from ._vocab import PERSON_ONLY_VERBS, SPEECH_VERBS

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

# "X means hope", "X, which means the light", "X (meaning peace)": one
# word of gloss, then a stop or "in"/"and" ("Luis means well", "Ana, which means a late
# night" and "Tomás means to call" are no glosses)
_GLOSS_AFTER = re.compile(
    r"\s*(?:,|\(|–|-|—)?\s*(?:which\s+|that\s+)?"
    r"(?:means|meant|meaning|translates\s+(?:as|to))\s+"
    r"(?:(?:something\s+like|roughly|the|a|an)\s+)?[\"'“‘]?"
    r"(?!(?:well|it|that|this|what|business|no|nothing|everything|something|so|much|more|"
    r"less|to|she|he|they|we|you|i|there|her|his|their)\b)"
    r"[a-z][a-z-]*[\"'”’]?(?:\s*[,.;:)!?]|\s+(?:in|and)\b|$)"
)
# "X is hope in Farsi", "X (light in Arabic)", "X is the Polish word for hope"
_IN_LANGUAGE_AFTER = re.compile(
    r"\s*(?:\(|,|\s(?:is|was)\s+)\s*(?:(?:the|a|an)\s+)?"
    r"(?:[a-z][a-z'-]*\s+){1,2}in\s+(?P<lang>[A-Z][a-z]+)\b"
    r"|\s*(?:\s(?:is|was)\s+)(?:the|a)\s+(?P<lang2>[A-Z][a-z]+)\s+word\s+for\b"
)
# "the word X", "the word she used was X", "the word for it is X"
_WORD_BEFORE = re.compile(
    r"\bthe\s+word\s+(?:(?:for\s+it|(?:she|he|they|we|i)\s+(?:used|uses|chose|picked))\s+"
    r"(?:is|was)\s+)?[\"'“‘]?$",
    re.IGNORECASE,
)
# a person's name talked about: "her name Farah means joy", "Noor, whose name means light"
_NAME_NEAR = re.compile(r"\b(?:name|names|named|nickname|nicknamed|whose)\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[^\w\n]{0,4}\s*(\w+)")
_PERSON_VERBS = PERSON_ONLY_VERBS | SPEECH_VERBS
_LOOK = 40  # characters before the word searched for "name"; a clause, roughly


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a word that glosses or names a word, or a language's name, stands in the
    text (not "in" alone: it is in nearly every text)."""
    return not _CUES.isdisjoint(lows) or not _languages().isdisjoint(lows)


_CUES = frozenset("means meant meaning translates word".split())


def without_mentioned_words(text: str, toks: list[Token], out: list[Candidate]) -> list[Candidate]:
    """``out`` without the one-word candidates that are glossed or named as words."""
    kept: list[Candidate] = []
    for cand in out:
        idx = span_tokens(toks, cand)
        if len(idx) == 1 and cand[2] in ("name", "place") and _mentioned(text, toks, idx[0]):
            continue
        kept.append(cand)
    return kept


def _mentioned(text: str, toks: list[Token], i: int) -> bool:
    tok = toks[i]
    if i > 0 and toks[i - 1].title:
        return False
    before = text[max(0, tok.start - _LOOK) : tok.start]
    if _NAME_NEAR.search(before) or _NAME_NEAR.match(text[tok.end :].lstrip(" ,(")):
        return False
    if _WORD_BEFORE.search(before):
        return True
    glossed = _GLOSS_AFTER.match(text, tok.end)
    if glossed is not None:
        # "Orzu (means "wish") said ...": the glossed word then does what a person does
        after = _NEXT_WORD.match(text, glossed.end())
        return after is None or after.group(1).lower() not in _PERSON_VERBS
    shown = _IN_LANGUAGE_AFTER.match(text, tok.end)
    if shown is None:
        return False
    lang = (shown.group("lang") or shown.group("lang2") or "").lower()
    return lang in _languages()


@cache
def _languages() -> frozenset[str]:
    """English names of languages (CLDR, as `_spoken_languages` reads them) and a few more."""
    return english_language_names()[0] | {"farsi", "tagalog", "patois", "creole", "pidgin"}
