"""A capitalised name opening a sentence before a verb of saying of another language that
``capital_speakers`` does not read: after Hindi-Urdu's agent particle "ne" ("Vikrant ne bola
ki", "Taslima ne kaha"), as a word in no list before Arabic's verbs of saying ("Fadwa qalat", "Reem
qalat enno"), and before Malay's "kata" or "cakap" ("Azlan kata dia", "Haziq cakap he").

The word opening the sentence is the one who spoke, unless it is a pronoun, a word of
kinship, role or address of those languages ("Mummy ne bola", "Sab ne kaha", "Doktor kata",
"Cikgu cakap"), or an everyday English word that is no given name ("Teacher ne kaha").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._language_context import _KIN, _NOT_SPEAKERS, _opens_sentence
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# Hindi-Urdu verbs of saying, telling and asking after "ne": "X ne bola", "X ne bataya"
_AGENT_VERBS = frozenset(
    "bola boli bole kaha kahaa bataya batayi batai bataaya poocha pucha puchha likha".split()
)
_MALAY_SAYING = frozenset({"kata", "cakap"})
# Arabic's verbs of saying typed in Latin letters: after a word in no list, as after a name
# ("Reem qalat"); other languages' verbs there follow their pronouns and kin words as often
# ("Hän sanoi", "Ele disse", "Mainha disse")
_ARABIC_SAYING = frozenset(
    """
    qal qalat qalet qalit qalli qaltli qaluli qalilha 2al 2alet 2alit 2alli 2alatli bt2ool
    bt2oul bi2ool
    """.split()
)
# people who speak that are no one's name, in Hindi-Urdu and Malay
_NOT_NAMES = frozenset(
    """
    sab sabhi sabne log unhone usne maine humne aapne tumne inhone mummy mumma papa maa ma
    ammi abbu ammu didi bhaiya bhai chacha chachi mama mami nani nana dadi dada teacher sir
    madam doctor daktar doktor cikgu ustaz ustazah bos klien mak emak ayah abah ibu bapa
    abang kakak kak adik nenek atuk tok pakcik makcik kawan semua orang mereka kami kita
    beliau saya aku dia cik encik puan hiya hiye huwa huwe howa heya ana enta enti ummi ommi
    immi abi abuya baba babi khalti khali ammo amti sitti teta tata jiddo jeddo
    """.split()
)
_MIN_NAME = 3


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a verb of saying these constructions use stands among the words."""
    return (
        not _AGENT_VERBS.isdisjoint(lows)
        or not _MALAY_SAYING.isdisjoint(lows)
        or not _ARABIC_SAYING.isdisjoint(lows)
    )


def particle_speakers(
    text: str, toks: list[Token], lows: list[str], lex: Lexicon
) -> list[Candidate]:
    """The capitalised speakers of the module's constructions."""
    out: list[Candidate] = []
    for i in range(len(toks) - 1):
        if not _construction(text, toks, lows, i):
            continue
        tok = toks[i]
        low = lows[i]
        if (
            not tok.capital
            or tok.acronym
            or tok.possessive
            or len(low) < _MIN_NAME
            or not tok.word[1:].islower()
            or low in _NOT_NAMES
            or low in _NOT_SPEAKERS
            or low in _KIN
            or not _name_like(tok, low, lex)
            or not _opens_sentence(text, tok)
        ):
            continue
        out.append((tok.start, tok.end, "name"))
    return out


def _construction(text: str, toks: list[Token], lows: list[str], i: int) -> bool:
    """Whether a verb of saying follows ``toks[i]`` as the module reads it."""
    if text[toks[i].end : toks[i + 1].start] != " ":
        return False
    nxt = lows[i + 1]
    if nxt == "ne":
        return i + 2 < len(toks) and lows[i + 2] in _AGENT_VERBS
    if nxt in _MALAY_SAYING:
        return True
    return nxt in _ARABIC_SAYING and toks[i].kind is Kind.UNKNOWN


def _name_like(tok: Token, low: str, lex: Lexicon) -> bool:
    """A word in no list, a listed name, or an everyday word that is a given name too."""
    if tok.kind in (Kind.UNKNOWN, Kind.NAME):
        return True
    return low in lex.given_names
