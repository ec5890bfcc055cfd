"""Everyday words typed in lower case as a person's name, read where only a person stands:
opening a sentence right before "said", "told", "texted" ... with "he", "she", "his" or "her"
later in the same sentence ("memo said his mamá cried", "shams said the fights with his wife
stopped", "yer said she slept"); and, before a verb of speaking and a person's word, a
two-letter word in no list of
everyday or function words of any language ("lu texted me, he was ok"); and either kind of
word opening a clause as the owner of a relative ("ok so biscuit's nan rang", "xu's dad").

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
from ._kin_words import _KIN_VOCAB as KIN_VOCAB
from ._kin_words import KIN_NOUNS
from ._lower_word_names import _PERSON_ONLY as SAYING
from ._lower_word_names import _ROLES as ROLE_WORDS
from ._said_lower_names import _VOWELS, _after_opener
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
    "card label form result results test tests scan doctors daddy mummy mommy mammy mama papa "
    "grandma grandpa granny nanny auntie aunty uncle cousin sister brother son daughter "
    "husband wife partner ex bf gf client patient student mother father person human "
    "individual adult victim survivor".split()
)
_REACH = 14
_DETERMINERS = frozenset("the a an this that my his her their our your its".split())
# English pronouns, question words, auxiliaries and joining words
_ENGLISH_OPENERS = frozenset(
    "she he i we they you it and then when but so or because who which that this these those "
    "there here what also just still even only yet though how where why whom whose him her "
    "them me us my your our its can could would will should shall may might must do does did "
    "have has had be been am are is was were not no yes".split()
)
_MIN_WORD = 3
_SHORT = 2
_SHORT_ER = 4  # "yer" may be a name, "calmer" is a comparative
_OWNED_GAPS = frozenset({"'s ", "’s ", "s' ", "' "})
_NOT_BEFORE_OWNER = _DETERMINERS | frozenset("of to in on at for with from by".split())


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a verb of speaking or a relative stands among the words."""
    return not SAYING.isdisjoint(lows) or not KIN_NOUNS.isdisjoint(lows)


def everyday_speakers(
    text: str, toks: list[Token], lex: Lexicon, starts: Callable[[int], bool]
) -> list[Candidate]:
    """Everyday words opening a sentence as a speaker."""
    out: list[Candidate] = []
    for i in range(len(toks) - 2):
        tok = toks[i]
        if tok.capital:
            if _capital_speaker(text, toks, i, lex, starts):  # "Tiff said her son"
                out.append((tok.start, tok.end, "name"))
            continue
        if tok.possessive:
            opens = starts(i) or _after_opener(text, toks, i)
            if opens and _owns_relative(text, toks, i, lex):  # "biscuit's nan rang"
                out.append((tok.start, tok.end, "name"))
            continue
        if toks[i + 1].low not in SAYING or not starts(i):  # the set look-up costs less
            continue
        everyday = tok.kind is Kind.ORDINARY and _everyday_person(tok, lex)
        if (everyday or _short_name(tok, lex)) and _person_after(text, toks, i):
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


def _capital_speaker(
    text: str, toks: list[Token], i: int, lex: Lexicon, starts: Callable[[int], bool]
) -> bool:
    """ "Tiff said her son", "Brook told me she": a capitalised everyday word opening a
    sentence as the speaker, referred back to by a person's pronoun."""
    tok = toks[i]
    if tok.acronym or not tok.word[1:].islower() or tok.kind not in _CAPITAL_SPEAKER_KINDS:
        return False
    if toks[i + 1].low not in SAYING or not starts(i):
        return False
    low = tok.low
    if low in KIN_VOCAB:  # "Granda rang to say he"
        return False
    if tok.kind is Kind.STOP:  # "Chad said he", "Kenya told me she": a given name
        person = (
            low in lex.given_names
            and low not in _ENGLISH_OPENERS
            and low not in _SPEAKING_THINGS
            and low not in KIN_NOUNS
        )
    else:
        person = _everyday_person(tok, lex, typed=low)
    return person and _person_after(text, toks, i)


_CAPITAL_SPEAKER_KINDS = frozenset({Kind.ORDINARY, Kind.STOP})


def _everyday_person(tok: Token, lex: Lexicon, *, typed: str | None = None) -> bool:
    """An everyday word that may stand for a person: none of the words that speak as
    themselves (pronouns, relatives, roles, groups, institutions, adverbs, plurals).
    ``typed``: the word as read, when it was not typed in lower case."""
    low = tok.low
    word = tok.word if typed is None else typed
    if len(low) < _MIN_WORD or not word.isalpha() or not word.islower():
        return False
    if low in _ENGLISH_OPENERS or low in _SPEAKING_THINGS or low in ROLE_WORDS or low in KIN_NOUNS:
        return False
    if low in KIN_ADDRESS_WORDS or low in tables().langs:
        return False
    if low.endswith(("ly", "ing", "est")) or (low.endswith("er") and len(low) > _SHORT_ER):
        return False  # "finally said", "having said", "calmer"
    if low.endswith("s") and (low[:-1] in ROLE_WORDS or low[:-1] in _SPEAKING_THINGS):
        return False  # "teachers said", "nurses said"
    return low not in lex.places and not lex.is_region_word(low)


def _short_name(tok: Token, lex: Lexicon) -> bool:
    """ "lu", "bo": two letters in no list of everyday or function words of any language."""
    low = tok.low
    return (
        len(low) == _SHORT
        and (tok.kind is Kind.UNKNOWN or tok.kind is Kind.NAME)
        and tok.word.isalpha()
        and tok.word.islower()
        and not _VOWELS.isdisjoint(low)
        and low not in tables().langs
        and low not in lex.ordinary
        and low not in _ENGLISH_OPENERS
        and low not in KIN_ADDRESS_WORDS
    )


def _person_after(text: str, toks: list[Token], i: int) -> bool:
    """ "he", "she", "his", "her" after the verb in the same sentence."""
    if text[toks[i].end : toks[i + 1].start] != " ":
        return False
    for k in range(i + 2, min(i + 2 + _REACH, len(toks))):
        if not _plain(text, toks, k):
            return False
        if toks[k].low in _THIRD_PERSON:
            return True
    return False


def _owns_relative(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "ok so biscuit's nan rang", "bo's mum came": an everyday or two-letter word opening a
    clause and owning a relative ("the young person's mum", "everyone's mum" stay)."""
    tok = toks[i]
    if toks[i + 1].low not in KIN_NOUNS or text[tok.end : toks[i + 1].start] not in _OWNED_GAPS:
        return False
    if i > 0 and toks[i - 1].low in _NOT_BEFORE_OWNER:
        return False
    return (tok.kind is Kind.ORDINARY and _everyday_person(tok, lex)) or _short_name(tok, lex)
