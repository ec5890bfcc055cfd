"""A lower-case word of no vocabulary before a verb of speaking of a creole or of another
language is the speaker: "an shericka seh ...", "kila tok se ...", "y yeison dijo ...",
"jincy paranju ...", "nodi bollo ...".

``_said_lower_names`` reads the subject of the English "said", "told"; ``lowercase_speakers``
(``_language_context``) reads the speaker of the verbs of several languages only when the
word opens a sentence. Chat notes written in a creole or switching to the client's language
put the speaker after "an", "and", "y", "e" or an opener too ("lol", "so"), and use verbs
neither list holds: Jamaican and Guyanese "seh", Bislama and Tok Pisin "talem", "tok se",
Malay and Indonesian "cakap", "kata", and the verbs of speaking of Hindi, Bengali,
Malayalam, Tamil, Sinhala, Marathi and Nepali written in Latin letters.

The word must be one ``_said_lower_names._candidate`` takes that is no everyday word (a
listed given name, or a word in no list at all), nor a function word of any language, a
creole word or a pronoun of these creoles ("shi seh", "dem seh", "olketa tok" stay); it
opens the text, a sentence or a clause, or follows a word that joins a clause. The verbs
``lowercase_speakers`` reads are left to it: several of them ("qalli", "tha") follow kin
and other words of their languages after "and" ("u ommi qalli").

A phone capitalises the word that opens a message or a sentence: "Yefri dijo que ...",
"Yomaira me dijo que ...", "Wisline di m' li ...". Such a word is read too when it is in no
list at all (no given name, everyday word or word of another language: "Ella dijo",
"Después me dijo", "Mami dice" stay), opens the text or a sentence, and is followed by a
verb of speaking of Spanish ("dijo", "contó", "dice"), perhaps past one object pronoun
("me", "le", "nos"); Haitian Creole "di" counts only before "m'" or "mwen" ("di m'": "told
me"). Portuguese verbs are left out: kinship words of Brazil in no list ("Mainha disse") open
sentences too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._ah_names import _KIN as _AH_KIN
from ._borrowed_words import _KIN as _BORROWED_KIN
from ._code_switched_words import _KIN as _SWITCHED_KIN
from ._creole_clauses import CREOLE_ADDRESS, CREOLE_WORDS
from ._endearments import ENDEARMENTS
from ._function_words import tables
from ._glossed_people import _PERSONS
from ._kin_led_names import _KIN as _LED_KIN
from ._kin_words import _KIN_VOCAB
from ._language_context import _ALL_FUNCTION_WORDS, _LAUGHTER, SAYING_VERBS
from ._language_context import _KIN as _ABROAD_KIN
from ._lower_word_names import _ROLES
from ._owned_kin_heads import _KIN as _OWNED_KIN
from ._romance_lower_words import PRONOUNS as ROMANCE_PRONOUNS
from ._romance_people import _RELATIVES
from ._said_lower_names import _after_opener, _candidate
from ._vocab import CREOLE_SAYING
from ._word_classes import Kind, spaced

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# verbs of speaking written after their subject, by language
SAYING_ABROAD = (
    SAYING_VERBS
    | CREOLE_SAYING
    | frozenset(
        (
            # Jamaican, Guyanese, Belizean, Trinidadian creoles
            "sae "
            # Bislama, Tok Pisin, Pijin (and "tok se": "tok" is followed by "se")
            "tok toktok "
            # Malay and Indonesian ("bilang" is the Tagalog "as" too), Tagalog
            "cakap kata berkata ngomong nagsabi "
            # Spanish, Portuguese, Italian, French (one-word forms)
            "dijo dice decía contó respondió preguntó falou disse contou perguntou respondeu "
            "disse dice diceva raccontava dit "
            # Hindi and Urdu, Bengali, Malayalam, Tamil, Sinhala, Marathi, Nepali, Telugu,
            # Kannada, Gujarati, Punjabi
            "bola boli bole bolta bolti bollo bollen bolche bolchilo bolechhe paranju "
            "paranjathu sonnar sonnaan sonnaal sonna sonnanga kiwwa kiyuwa kiyala mhanala "
            "mhanali mhanalya bhanyo bhanin bhanchha cheppadu cheppindi cheppindhi helidaru "
            "helidlu kahyu kahe kehnda kehndi"
        ).split()
    )
)
# pronouns of the creoles above, and chat words, that stand before these verbs
_PRONOUNS = frozenset(
    "shi ih hih yuh yu unu unnu wi dem dey mi im har hem em olketa mifala yumi iufala "
    "yumitu dia ela ele nya dia usne unhone woh wo".split()
)
# kinship, address and role words of any language: "maa boli", "amma paranju" are no names
_PEOPLE_WORDS = (
    _LED_KIN
    | _KIN_VOCAB
    | _ABROAD_KIN
    | _PERSONS
    | _ROLES
    | _AH_KIN
    | frozenset(_BORROWED_KIN)
    | _SWITCHED_KIN
    | _OWNED_KIN
    | _RELATIVES
    | ENDEARMENTS
)
# object pronouns between a speaker typed with a capital and the verb: "Yomaira me dijo"
_CLITICS = frozenset("me te le les nos".split())
# Haitian Creole "di" ("say"), read only before "me": "Wisline di m' li pa ..."
_HAITIAN_SAID = re.compile(r" di (?:m['’]|mwen\b)")
_MIN_CAPITAL = 3
# verbs of speaking of Spanish read after a capitalised word
_ROMANCE_SAID = frozenset(
    "dijo decía contó respondió preguntó comentó explicó dice cuenta comenta".split()
)
# words that join a clause in these languages, after which its subject stands
_JOINS = frozenset("an and n y e et i ke aur ar tapos pero mais ma".split())


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a verb of speaking of these languages is in the text."""
    return not SAYING_ABROAD.isdisjoint(lows) or "di" in lows


def foreign_said_names(
    text: str, toks: list[Token], lex: Lexicon, starts: Callable[[int], bool]
) -> list[Candidate]:
    """Lower-case words of no vocabulary before a verb of speaking of these languages."""
    out: list[Candidate] = []
    langs = tables().langs
    for i in range(len(toks) - 1):
        tok = toks[i]
        if tok.capital:
            if _capital_speaker(text, toks, i, lex, starts):
                out.append((tok.start, tok.end, "name"))
            continue
        if toks[i + 1].low not in SAYING_ABROAD or not spaced(text, toks, i + 1):
            continue
        low = tok.low
        if tok.kind is Kind.ORDINARY or not _candidate(tok, lex):
            continue
        if low in langs or low in _ALL_FUNCTION_WORDS or low in ROMANCE_PRONOUNS:
            continue
        if low in _PRONOUNS or low in CREOLE_WORDS or low in CREOLE_ADDRESS:
            continue
        if low in SAYING_ABROAD or low in _PEOPLE_WORDS or "'" in low or _LAUGHTER.fullmatch(low):
            continue
        if not (starts(i) or _after_opener(text, toks, i) or _after_join(text, toks, i)):
            continue
        out.append((tok.start, tok.end, "name"))
    return out


def _capital_speaker(
    text: str, toks: list[Token], i: int, lex: Lexicon, starts: Callable[[int], bool]
) -> bool:
    """ "Yefri dijo", "Yomaira me dijo", "Wisline di m' li": a capitalised word in no list
    opening the text or a sentence before a verb of speaking (see the module)."""
    tok = toks[i]
    if tok.kind is not Kind.UNKNOWN or tok.possessive or tok.acronym:
        return False
    if not _said_after(text, toks, i):
        return False
    word = tok.word
    if len(word) < _MIN_CAPITAL or not word.isalpha() or not word[1:].islower():
        return False
    low = tok.low
    if low in lex.ordinary or low in tables().langs or low in _ALL_FUNCTION_WORDS:
        return False
    if low in ROMANCE_PRONOUNS or low in _PEOPLE_WORDS or low in SAYING_ABROAD:
        return False
    if low in _PRONOUNS or low in CREOLE_WORDS or low in CREOLE_ADDRESS:
        return False
    return starts(i)


def _said_after(text: str, toks: list[Token], i: int) -> bool:
    """A verb of speaking right after ``toks[i]``, perhaps past one object pronoun."""
    j = i + 1
    if toks[j].low in _CLITICS and j + 1 < len(toks) and spaced(text, toks, j):
        j += 1
    if toks[j].low == "di":
        return _HAITIAN_SAID.match(text, toks[j - 1].end) is not None
    return toks[j].low in _ROMANCE_SAID and spaced(text, toks, j)


def _after_join(text: str, toks: list[Token], i: int) -> bool:
    return i > 0 and toks[i - 1].low in _JOINS and text[toks[i - 1].end : toks[i].start] == " "
