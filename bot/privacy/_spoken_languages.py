"""Language names after "in" in a sentence about speaking: "In Bangla, the client said",
"she speaks to me only in euskera", "he answered in Kurmancî".

The Unicode CLDR's language names (``cldr_words.txt.gz``, through ``tables().languages``)
are everyday words, but after "in" the place rules read a capitalised word in no list as a
town ("in [place]"). A sentence that speaks of speaking, asking, answering, writing or
praying says which "in" it is: the language the words were said in.

Recall first: only a candidate that is this one word alone is dropped, only when the word is
a CLDR language name that is no listed given name, surname or town (``languages`` holds only
those), right after "in" (no other preposition of place: "to", "at", "from" lead to towns),
and only when the same sentence holds a verb of speech, telling, reading or writing, or a
word of language ("language", "grammar", "words": "told her in Hmong", "reads the Bible in
Umbundu", "corrects their grammar in Bangla and English")
and no word of whereabouts ("she said she grew up in X", "lives", "went", "back home").
A person's slot keeps it: a verb of speech or a possessive right after it.

CLDR's English names of languages (``language_names.txt``) widen this: a run of one to three
capitalised words is the language when it is such a name ("in Sranan Tongo", "in Hmong",
"in Danish", though that is a given name too: a listed given name or surname only right
after a word of speech, "answered in Danish" but "confides in Dakota"), or a variety of one,
capitalised words before a name or the last word of one ("in Manado Malay", "in Kupang
Malay", "in Cape Verdean Creole"); an apostrophe inside a word is no part of the name ("in
Yup'ik"). Towns are left out ("in Luba"), as are runs that end in a possessive or a person's
slot.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from ._function_words import tables
from ._lexicon import lexicon
from ._name_cues import _person_follows  # pyright: ignore[reportPrivateUsage]

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_SPEECH = re.compile(
    r"\b(?:speak|speaks|speaking|spoke|spoken|say|says|said|saying|ask|asks|asked|answer|"
    r"answers|answered|reply|replies|replied|write|writes|wrote|written|talk|talks|talked|"
    r"pray|prays|prayed|sing|sings|sang|language|languages|translate|translated|swear|swore|"
    r"tell|tells|told|telling|state|states|stated|read|reads|reading|text|texts|texted|"
    r"chat|chats|chatted|whisper|whispers|whispered|joke|jokes|joked|count|counts|counted|"
    r"grammar|fluent|word|words)\b",
    re.IGNORECASE,
)
# a sentence about where someone is or goes may also speak: "she said she grew up in X"
_WHEREABOUTS = re.compile(
    r"\b(?:live|lives|lived|living|born|grew|grow|grows|raised|moved|move|moves|visit|visits|"
    r"visited|went|go|goes|going|gone|travel|travels|travelled|traveled|stay|stays|stayed|"
    r"staying|trip|back|home|house|work|works|worked|school|town|city|village|met|meet)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]")


def may_hold(lows: list[str]) -> bool:
    """Cheap check: "in", or a verb of speaking a language, among the text's words."""
    return "in" in lows or not SPEAK_VERBS.isdisjoint(lows)


# verbs whose object is a language: "they speak Danish at home", "she spoke Karen to him"
SPEAK_VERBS = frozenset({"speak", "speaks", "spoke", "speaking"})


def keep_spoken_languages(text: str, toks: list[Token], out: list[Candidate]) -> list[Candidate]:
    """Drop one-word candidates that are the language something was said in."""
    languages = tables().languages
    kept: list[Candidate] = []
    for cand in out:
        k = bisect_left(toks, cand[0], key=attrgetter("start"))
        if (
            0 < k < len(toks)
            and toks[k].start == cand[0]
            and text[toks[k - 1].end : toks[k].start] == " "
            and (
                (
                    toks[k - 1].low == "in"
                    and _names_language(text, toks, k, cand[1], languages)
                    and _spoken_of(_sentence(text, cand[0], cand[1]))
                )
                or (
                    toks[k - 1].low in SPEAK_VERBS
                    and _names_language(text, toks, k, cand[1], languages, spoken=True)
                )
            )
        ):
            continue
        kept.append(cand)
    return kept


def _names_language(
    text: str,
    toks: list[Token],
    k: int,
    end: int,
    languages: frozenset[str],
    *,
    spoken: bool = False,
) -> bool:
    """Whether the candidate from ``toks[k]`` to ``end`` is a language's name; ``spoken``:
    it is the object of a verb of speaking ("they speak Danish"), where a name that is
    also a given name, surname or town is the language all the same."""
    j = k
    while j < len(toks) and toks[j].end < end and j - k < _MAX_WORDS:
        j += 1
    if (
        j == len(toks)
        or toks[j].end != end
        or toks[j].possessive
        # "In Bangla, the client said": a clause after the comma, not a person described
        or (text[end : end + 1] != "," and _person_follows(text, toks, j, weak=False))
    ):
        return False
    if j == k and toks[k].low in languages:  # "only in euskera"
        return True
    if not all(toks[i].capital for i in range(k, j + 1)):
        return False
    words = [toks[i].low.replace("'", "").replace("’", "") for i in range(k, j + 1)]
    whole, heads = _english_names()
    if j == k:  # "in Hmong", "in Yup'ik" (CLDR's "Central Yupik"), but not "in Naga"
        lex = lexicon()
        # "answered in Danish", but "confides in Dakota", "a friend in Shona": a person's
        # name unless a word of speech leads to the "in"
        if spoken:
            return words[0] in whole or words[0] in heads
        person = words[0] in lex.given_names or words[0] in lex.surnames
        if person and not _speech_before_in(toks, k):
            return False
        return (words[0] in whole or words[0] in heads) and words[0] not in lex.places
    # a language, or a variety: capitalised words before a name or a name's last word
    return words[-1] in whole or words[-1] in heads


_MAX_WORDS = 2  # words after the first: "Cape Verdean Creole"
# what is said, between a word of speech and "in": "said something in Karen", "wrote it in
# Danish", "answered me in Shona"
_SAID_OBJECTS = frozenset(
    "it something me him her them us this that everything back only mostly again too".split()
)


def _speech_before_in(toks: list[Token], k: int) -> bool:
    """Whether a word of speech stands before the "in" at ``toks[k - 1]``, right before it
    or past one word of what was said."""
    if k >= 2 and _SPEECH.fullmatch(toks[k - 2].low):
        return True
    return k >= 3 and toks[k - 2].low in _SAID_OBJECTS and bool(_SPEECH.fullmatch(toks[k - 3].low))


@cache
def _english_names() -> tuple[frozenset[str], frozenset[str]]:
    """CLDR's English language names, and the last words of those of several words."""
    data = Path(__file__).with_name("data")
    lines = [
        line
        for name in ("language_names.txt", "language_names_more.txt", "language_endonyms.txt")
        for line in (data / name).read_text(encoding="utf-8").splitlines()
    ]
    whole = frozenset(
        n.replace("'", "").replace("’", "") for n in lines if n and not n.startswith("#")
    )
    heads = frozenset(n.rsplit(" ", 1)[-1] for n in whole if " " in n) - _NOT_HEADS
    return whole, heads


# last words of several-word names that are no language alone ("Hindi (Latin)")
_NOT_HEADS = frozenset({"(latin)", "dam", "tat", "nova", "content", "languages"})


def _spoken_of(sentence: str) -> bool:
    return bool(_SPEECH.search(sentence)) and not _WHEREABOUTS.search(sentence)


def _sentence(text: str, start: int, end: int) -> str:
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return text[before[-1] if before else 0 : after.start() if after else len(text)]
