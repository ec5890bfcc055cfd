"""Everyday words typed in lower case as a person's name, read where only a person stands:
opening a sentence right before "said", "told", "texted" ... with "he", "she", "his" or "her"
later in the same sentence ("memo said his mamá cried", "shams said the fights with his wife
stopped", "yer said she slept").

``_said_lower_names`` reads the subject of "said" only when the word is a listed given name
or in no list; an everyday word there is a person only when nothing else can say things:
no function word of any language, no pronoun or quantifier ("nobody", "both"), no relative
or role of English or another language ("mum", "kid", "lola"), no institution or group that
speaks through its people ("school", "work", "court", "family"), no adverb, gerund or
comparative ("finally", "having", "calmer") and no plural of a person's word ("teachers").
The same word typed again without an article or owner before it is the same person
("shams is 34").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._function_words import tables
from ._kin_address import WORDS as KIN_ADDRESS_WORDS
from ._kin_words import KIN_NOUNS
from ._lower_word_names import _PERSON_ONLY as SAYING
from ._lower_word_names import _ROLES as ROLE_WORDS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_THIRD_PERSON = frozenset("he she his her him hers himself herself".split())
# words that say things without being a person's name
_SPEAKING_THINGS = frozenset(
    "everyone everybody someone somebody nobody noone anyone anybody everything nothing "
    "something one ones kid kids teen teens baby babies family families staff school work "
    "police cops court judge hospital clinic doc gp group class team church uni college "
    "office centrelink council housing landlord boss parents both all others other another "
    "each either neither most some many few none people folks guy guys lady man woman "
    "girl boy men women youth elder elders daycare kindy preschool teacher nurse doctor "
    "officer worker social sign paper papers letter note notes report reports email text "
    "message app website article study research book news radio tv show video song poem "
    "card label form result results test tests scan doctors daddy mummy mommy mama papa "
    "grandma grandpa granny nanny auntie aunty uncle cousin sister brother son daughter "
    "husband wife partner ex bf gf client patient student mother father".split()
)
_REACH = 14
_DETERMINERS = frozenset("the a an this that my his her their our your its".split())
# English pronouns and joining words that open sentences before "said"
_ENGLISH_OPENERS = frozenset(
    "she he i we they you it and then when but so or because who which that this these those "
    "there here what also just still even only yet though".split()
)
_MIN_WORD = 3


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a verb of speaking stands among the words."""
    return not SAYING.isdisjoint(lows)


def everyday_speakers(
    text: str, toks: list[Token], lex: Lexicon, starts: Callable[[int], bool]
) -> list[Candidate]:
    """Everyday words opening a sentence as a speaker."""
    out: list[Candidate] = []
    for i in range(len(toks) - 2):
        tok = toks[i]
        if tok.capital or tok.possessive or not starts(i):
            continue
        if tok.kind is Kind.ORDINARY and toks[i + 1].low in SAYING and _speaker(text, toks, i, lex):
            out.append((tok.start, tok.end, "name"))
    if not out:
        return out
    # the same word again, with no article or owner before it, is the same person
    found = {text[s:e] for s, e, _ in out}
    done = {s for s, _, _ in out}
    for k, tok in enumerate(toks):
        if (
            tok.word in found
            and tok.start not in done
            and (k == 0 or toks[k - 1].low not in _DETERMINERS)
        ):
            out.append((tok.start, tok.end, "name"))
    return out


def _plain(text: str, toks: list[Token], k: int) -> bool:
    """No sentence mark between ``toks[k - 1]`` and ``toks[k]``."""
    return not any(m in text[toks[k - 1].end : toks[k].start] for m in ".!?\n(")


def _speaker(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    low = toks[i].low
    if len(low) < _MIN_WORD or not toks[i].word.isalpha() or not toks[i].word.islower():
        return False
    if text[toks[i].end : toks[i + 1].start] != " ":
        return False
    if low in _ENGLISH_OPENERS or low in _SPEAKING_THINGS or low in ROLE_WORDS or low in KIN_NOUNS:
        return False
    if low in KIN_ADDRESS_WORDS or low in tables().langs:
        return False
    if low.endswith(("ly", "ing", "est")) or (low.endswith("er") and len(low) > 4):
        return False  # "finally said", "having said", "calmer"
    if low.endswith("s") and (low[:-1] in ROLE_WORDS or low[:-1] in _SPEAKING_THINGS):
        return False  # "teachers said", "nurses said"
    if low in lex.places or lex.is_region_word(low):
        return False
    for k in range(i + 2, min(i + 2 + _REACH, len(toks))):
        if not _plain(text, toks, k):
            return False
        if toks[k].low in _THIRD_PERSON:
            return True
    return False
