"""Dishes, feasts, games and titles of Romance languages joined by "de": "Pão de Queijo",
"Arroz de Pato", "Folia de Reis", "Queima das Fitas", "Batalla de Flores".

Portuguese, Spanish, Italian and French build everyday phrases from two nouns joined by a
preposition, each written with a capital when the phrase names a dish, feast or programme.
The run of capitals reads as a name. When no word of the run is a listed given name or town
and none says what kind of place or body it names (a street, school, church, club, hospital,
market, neighbourhood: "Rua do Futuro", "Escola de Samba", "Centro de Salud"), the phrase is
a thing's name, not a person's or a place's.

Recall first: one listed given name or town in the run keeps it a name ("Maria das Dores",
"Santa Cruz de la Sierra"); so does a word of a place's or body's kind among the words
above or in the kind lists of the other passes; so does a run longer than the phrase
(a capitalised word before or after it).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ._foreign_streets import AFTER as STREETS_AFTER
from ._foreign_streets import BEFORE as STREETS_BEFORE
from ._genitive_orgs import HEADS as GENITIVE_HEADS
from ._kind_words import ORG_HEADS, STREET_WORDS
from ._kind_words import TRIGGERS as KIND_TRIGGERS
from ._lower_institutions import HEADS as INSTITUTION_HEADS
from ._served_places import HEADS as SERVED_HEADS
from ._vocab import ORG_SUFFIXES, TITLES

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

_CAP = r"[^\W\d_a-z][^\W\d_]+"
_JOIN = r"(?:de|da|do|das|dos|del|de\s+la|de\s+las|de\s+los|della|delle|dello|di|du|des)"
_PHRASE = re.compile(rf"({_CAP})(?:\s+{_JOIN}\s+({_CAP}))+")
_WORD = re.compile(_CAP)

# Words for a kind of place or body in Portuguese, Spanish, Italian and French that head a
# name built with "de" (written for this project; the kind lists of other passes join them).
_KIND_HEADS = frozenset(
    (
        # Portuguese
        "clube escola colégio igreja capela centro instituto associação hospital clínica "
        "unidade posto faculdade universidade casa lar rua avenida praça largo travessa "
        "vila jardim bairro parque morro praia serra cidade fazenda sítio conjunto "
        "comunidade paróquia santuário mercado feira lagoa rio ilha ponte estação "
        "secretaria conselho fundação cooperativa teatro museu estádio grupo "
        # Spanish
        "colegio escuela liceo universidad clínica casa hogar parroquia iglesia capilla "
        "templo calle avenida plaza paseo barrio colonia parque cerro playa sierra villa "
        "ciudad hacienda finca rancho mercado asociación fundación club banco museo teatro "
        "estadio comedor cooperativa puerto puente lago río isla valle monte costa "
        "municipalidad secretaría ministerio consejo juzgado hospital instituto centro "
        # Italian and French
        "scuola liceo chiesa ospedale piazza via viale corso borgo villa università "
        "istituto centro parrocchia quartiere école église hôpital maison place rue "
        "collège lycée quartier cité centre institut association fondation chaussée "
        "cours quai chemin allée impasse boulevard avenue promenade route sentier passage "
        # landforms that open towns' names ("Punta del Este", "Foz do Iguaçu")
        "punta ponta porto puerto cabo foz boca costa ribeira vale valle"
    ).split()
)
# Words before a place in English, Portuguese, Spanish, Italian and French (an article may
# stand between): a phrase after one is where someone goes or comes from.
_PLACE_BEFORE = frozenset(
    (
        "to from in at on near into around via toward towards outside "
        "em no na nos nas pra pro para desde hacia por en al del a à au aux dans vers chez "
        "par di da dal dalla nel nella"
    ).split()
)
_ARTICLES = frozenset("the el la los las o a os as il lo le les".split())
_BEFORE = re.compile(r"([^\W\d_]+)\s+(?:([^\W\d_]+)\s+)?$")


@cache
def _heads() -> frozenset[str]:
    return (
        _KIND_HEADS
        | KIND_TRIGGERS
        | ORG_HEADS
        | STREET_WORDS
        | STREETS_BEFORE
        | STREETS_AFTER
        | GENITIVE_HEADS
        | INSTITUTION_HEADS
        | SERVED_HEADS
        | ORG_SUFFIXES
        | TITLES
    )


def may_hold(text: str) -> bool:
    """Cheap check: a word opening with "d" (every joining word does)."""
    return " d" in text


def keep_joined_phrases(text: str, out: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Candidates without those that are exactly such a phrase."""
    kept: list[Candidate] = []
    for cand in out:
        start, end, _kind = cand
        m = _PHRASE.fullmatch(text, start, end)
        if m is None or _after_place_word(text, start) or not _everyday(text[start:end], lex):
            kept.append(cand)
    return kept


def _after_place_word(text: str, start: int) -> bool:
    """A word before a place stands before the phrase, or before an article before it."""
    m = _BEFORE.search(text, max(0, start - 32), start)
    if m is None:
        return False
    further, nearer = m.group(1).lower(), (m.group(2) or "").lower()
    if not nearer:
        return further in _PLACE_BEFORE
    # "to Punta del Este", "to the Festa": right before it, or past an article
    return nearer in _PLACE_BEFORE or (nearer in _ARTICLES and further in _PLACE_BEFORE)


def _everyday(phrase: str, lex: Lexicon) -> bool:
    heads = _heads()
    for word in _WORD.findall(phrase):
        low = word.lower()
        if word.isupper() or low in heads:
            return False
        if low in lex.given_names or low in lex.surnames or low in lex.places:
            return False
        if low in lex.word_names or low in lex.regions:
            return False
    return True
