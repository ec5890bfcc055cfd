"""Kin words beside names (owned, glossed, paired kin), and weekdays or brands used as names."""

from __future__ import annotations

from ._kin_address import PARTICLES as KIN_PARTICLES
from ._kin_address import WORDS as _KIN_ADDRESS_WORDS
from ._lexicon import Lexicon
from ._lowercase_cues import _opens_chat
from ._name_cues import (
    _CALL,
    _CALLING,
    _COPULAS,
    _KIN_TITLES,
    _OWNERS_ALL,
    _POSSESSIVES,
    _has_relation_cue,
)
from ._vocab import OWNED_WORD_NAMES, RELATIONS, SPEECH_VERBS
from ._word_classes import Candidate, Kind, Token


def _word_name_after_opener(text: str, toks: list[Token], run: list[int]) -> bool:
    """ "ok Rain again today", "lol Sunny literally said": a lone word-name right after a
    chat opener that starts the message is judged as if it opened the sentence."""
    i = run[0]
    return len(run) == 1 and toks[i].kind is Kind.WORD_NAME and _opens_chat(text, toks, i)


def _owned_word(text: str, toks: list[Token], i: int) -> bool:
    """ "her Lola", "his lola", "the kai", "Bibi's chai": a kinship or everyday word of
    another language that is also a given name reads as the word right after an owner;
    after "her", "his" ... its own possessive too ("her Lola's prayer group": her
    grandmother's, as "her Lola" is her grandmother)."""
    tok = toks[i]
    if tok.low not in OWNED_WORD_NAMES:
        return False
    prev = toks[i - 1] if i > 0 else None
    if i > 1 and toks[i - 2].low in _CALLING:
        return False  # "call her Gigi": what she is called, not her grandmother
    if prev is not None and prev.low in _POSSESSIVES and text[prev.end : tok.start] == " ":
        return True
    if tok.possessive:
        return False
    if prev is not None and prev.possessive and text[prev.end : tok.start] in _OWNER_GAPS:
        return True  # "Bibi's chai", "Mum's kai"
    return _paired_with_kin(text, toks, i) or _kin_glossed(text, toks, i)


def _kin_glossed(text: str, toks: list[Token], i: int) -> bool:
    """ "Lola (grandmother)", "Ama (her gran)", "calls his grandmother Lola": a kinship word
    that is also a given name, glossed or introduced by an English kinship noun, is the word."""
    tok = toks[i]
    if i + 1 < len(toks) and text[tok.end : toks[i + 1].start] == " (":
        nxt = toks[i + 1]
        if nxt.low in _OWNERS_ALL and i + 2 < len(toks):
            nxt = toks[i + 2]
        return nxt.low in KIN_NOUNS
    if _defined_as_kin(text, toks, i):
        return True
    return (
        i >= 3
        and toks[i - 1].low in KIN_NOUNS
        and toks[i - 2].low in _OWNERS_ALL
        and text[toks[i - 3].start : tok.start].count(" ") == 3
        and (
            toks[i - 3].low in _CALL
            or (
                toks[i - 3].low == "and"
                and any(t.low in _CALL for t in toks[max(0, i - 9) : i - 3])
            )
        )
    )


def _defined_as_kin(text: str, toks: list[Token], i: int) -> bool:
    """ "(Ama is her grandmother)", "Lola was his gran": defined by an English kinship noun."""
    if i + 3 >= len(toks) or toks[i + 1].low not in _COPULAS:
        return False
    owner, noun = toks[i + 2], toks[i + 3]
    return (
        owner.low in _OWNERS_ALL
        and noun.low in KIN_NOUNS
        and text[toks[i].end : noun.start].count(" ") == 3
    )


def _without_glossed_kin(text: str, toks: list[Token], found: list[Candidate]) -> list[Candidate]:
    """Once a text glosses a kinship word that is also a name ("Lola (grandmother)"), its
    other mentions ("talkative with Lola") are that relative too, not a person named so."""
    glossed = {
        t.word
        for i, t in enumerate(toks)
        if t.low in OWNED_WORD_NAMES and _kin_glossed(text, toks, i)
    }
    if not glossed:
        return found
    return [c for c in found if c[2] != "name" or text[c[0] : c[1]] not in glossed]


# English kinship nouns that gloss or introduce a kinship word of another language.
KIN_NOUNS = frozenset(
    "grandmother grandfather grandma grandpa gran granny grandad granddad nan nana mother "
    "father mum mom dad mama papa aunt aunty auntie uncle sister brother cousin "
    "great-grandmother great-grandfather grandparent godmother godfather stepmother "
    "stepfather".split()
)


_OWNER_GAPS = frozenset({"'s ", "’s "})


def _paired_with_kin(text: str, toks: list[Token], i: int) -> bool:
    """ "lola and lolo", "Lolo and Lola": joined by "and" to a kinship word."""
    tok = toks[i]
    if i + 2 < len(toks) and text[tok.end : toks[i + 2].start] in _KIN_JOINS:
        return _kin_word(toks[i + 2])
    if i >= 2 and text[toks[i - 2].end : tok.start] in _KIN_JOINS:
        return _kin_word(toks[i - 2])
    return False


# "and" as families write it in several languages: "Mamie et Papi", "Oma und Opa",
# "Lola at Lolo", "Nonna e Nonno", "Bibi na Babu", "Abuela y Abuelo", "Oma en Opa".
_KIN_JOINS = frozenset(f" {w} " for w in "and et und at e y na en &".split())


def _kin(tok: Token) -> bool:
    """A kinship word of any language ("Amma", "mum", "Lolo")."""
    return _kin_word(tok) or tok.low in KIN_NOUNS or tok.low in _KIN_ADDRESS_WORDS


def _kin_word(tok: Token) -> bool:
    """A kinship word of another language ("Lolo", "Ouma"): "Mum and Lola" may be two
    people, "Lolo and Lola" are grandparents."""
    kin = tok.low in _KIN_TITLES or tok.low in _PAIRED_KIN
    return tok.kind is Kind.STOP and kin and tok.low not in _ENGLISH_KIN


# Grandparents' and parents' words of other languages seldom written before a name, which
# still make a word joined to them a relative: "Mamie et Papi", "Yiayia and Pappou".
_PAIRED_KIN = frozenset(
    "papi papy pépé mémé papou pappou pappous yiayia babu nonno zio zia opi omi abuelito "
    "abuelita dedushka babushka dziadek babcia vovô vovó avô avó halmeoni halmoni harabeoji "
    "yeye nainai laoye laolao waipo waigong ojiichan obaachan mamgu tadcu nain taid ouma oupa "
    "umkhulu ugogo makhulu mkhulu nne nna babu dada dadu thatha paati ammamma appa amma".split()
)


_ENGLISH_KIN = frozenset(
    "papa mama nana nan aunty auntie uncle coach fr father sister brother pastor grandma "
    "grandpa gran granny grandad pop aunt nanna".split()
)
# kinship words of any language, whether or not they are also names or towns
_KIN_VOCAB = (_KIN_ADDRESS_WORDS - KIN_PARTICLES) | _KIN_TITLES | _PAIRED_KIN | OWNED_WORD_NAMES


def _day_speaking(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "Sunday agreed, laughing": a weekday that is also a given name (Sunday is common
    in West Africa) is a person when a speech verb follows it; a day never speaks."""
    tok = toks[i]
    if tok.low not in _WEEKDAYS or i + 1 >= len(toks) or tok.low not in lex.given_names:
        return False
    if i > 0 and toks[i - 1].low in _DAY_PREPS:
        return False  # "on Sunday said goodbye": still the day
    nxt = toks[i + 1]
    past = nxt.low.endswith("ed") or nxt.low in _SPOKE  # "the Sunday calls": a noun
    return past and nxt.low in SPEECH_VERBS and text[tok.end : nxt.start] == " "


_SPOKE = frozenset({"said", "told", "rang"})
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DAY_PREPS = frozenset(
    "on by until till from every last next this since each the a her his their our my".split()
)


def _brand_as_nickname(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "his mates call him Netflix", "calls herself Bluey": a show or brand someone is
    called by is their nickname (kinship words stay: "call him Grandpa")."""
    tok = toks[i]
    if i < 2 or not tok.capital or tok.low not in lex.brands:
        return False
    return _has_relation_cue(text, toks, i) and toks[i - 1].low not in RELATIONS
