"""Places and organisations named after a word of their kind in French, Spanish, Slovak,
Bosnian, Uzbek and Maghrebi Arabic: "lycée limamou laye", "marché Tilène", "colonia Guerrero",
"calle Peñón", "zš družicová", "deportivo oceanía", "douar hicher", "prepa 9", "school No. 3".

The kind word says a name follows, so the words after it that are no everyday word (any
capitalised word, a word in no list, a number) are the name, whatever their case: the kind
word goes into the placeholder with them. A kind word followed only by everyday words ("le
marché central", "la mosquée du quartier", "l'école primaire") names nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._proper_nouns import Candidate, Token

# word of a kind -> the kind of what it names
PLACE_WORDS = frozenset(
    # French of West Africa and the Maghreb
    "marché quartier cité rue carrefour rond-point arrêt gare souk douar médina medina allée "
    # Spanish of Mexico
    "mercado colonia calle avenida unidad barrio esquina pueblo fraccionamiento "
    "delegación alcaldía "
    # Uzbek, Bosnian and Slovak
    "mahalla mahallasi ko'chasi kochasi bozori bozor ulica ulice ulici osada sídlisko "
    "námestie mahala naselje".split()
)
ORG_WORDS = frozenset(
    # French
    # (words that are English too, such as "college", "temple", "centre", are left out)
    "école ecole lycée lycee collège paroisse église eglise mosquée mosquee masjid dahira "
    "daara ong asc gie clinique hôpital hopital pâtisserie patisserie boulangerie maquis "
    # Spanish
    "escuela primaria secundaria prepa preparatoria colegio parroquia templo iglesia "
    "deportivo tortillería tortilleria panadería panaderia clínica clinica centro "
    # Uzbek, Bosnian and Slovak
    "maktab maktabi litsey kolleji džamija dzamija medresa mekteb zš zs gymnázium gymnazium "
    "škola skola nemocnica zbor sbor".split()
)
# English kind words: only a number names one ("school 51", "school No. 3")
NUMBERED_WORDS = frozenset("school college clinic church club".split())
TRIGGERS = PLACE_WORDS | ORG_WORDS | NUMBERED_WORDS

# Words that may stand between the kind word and the name without being part of a name
# ("Lycée Bilingue de Deido", "maison des jeunes de douar hicher", "parroquia de San Judas").
_SOFT = frozenset(
    "de du des d' l' la le les el los las del y e et na pri v vo u i "
    "jeunes santé sante primaire secondaire publique public privée privé privee prive "
    "municipal municipale central centrale national nationale régional regional régionale "
    "français française francais catholique protestante protestant islamique coranique "
    "évangélique evangelique technique général generale générale moderne grand grande "
    "nouveau nouvelle vieux ancien ancienne bilingue international internationale "
    "pública publica público publico privada privado técnica tecnica técnico tecnico "
    "nacional federal santa santo san "
    "základná zakladna základnej stredná stredna špeciálna specialna mestská obecná "
    "súkromná cirkevná umumiy maxsus davlat opća osnovna srednja".split()
)
_NUMBER = re.compile(
    r"\s+(?:[Nn]o\.?\s*|[Nn]°\s*|№\s*|#\s*)?\d{1,4}\b(?![.,/]\d|[./]\s|/|\s*(?:%|x\b|"
    r"(?:times?|days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|nights?|mornings?|"
    r"afternoons?|evenings?|sessions?|pm|am|o'clock|fois|jours?|semaines?|mois|ans|heures?|"
    r"veces|días|dias|semanas|meses|años|anos|horas)\b))"
)
_MAX_NAME_WORDS = 3
_MAX_LOWER_WORDS = 2
_GAPS = frozenset({" ", "'", "’"})


def kind_word_spans(
    text: str, toks: list[Token], plain: Callable[[Token], bool]
) -> list[Candidate]:
    """Names after a word of their kind; ``plain`` says whether a token is an everyday word."""
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        low = tok.low
        if low[1:2] in _GAPS and low[:1] in "ld":
            low = low[2:]  # "l'ASC", "d'école"
        if low not in TRIGGERS:
            continue
        kind = "place" if low in PLACE_WORDS else "org"
        number = _NUMBER.match(text, tok.end)
        if number:
            out.append((tok.start, number.end(), kind))  # "prepa 9", "school No. 3"
            continue
        if low in NUMBERED_WORDS:
            continue
        end = _name_end(text, toks, i, plain)
        if end:
            out.append((tok.start, end, kind))
    return out


def _name_end(text: str, toks: list[Token], i: int, plain: Callable[[Token], bool]) -> int:
    end = 0
    named = lower = 0
    capital = False  # after a capitalised name, a lower-case word is the sentence again
    prev = toks[i]
    for tok in toks[i + 1 : i + 1 + 2 * _MAX_NAME_WORDS]:
        if text[prev.end : tok.start] not in _GAPS:
            break
        prev = tok
        if tok.low in _SOFT or tok.low in TRIGGERS:
            continue
        if tok.capital:
            named += 1
            capital = True
        elif capital or plain(tok) or lower >= _MAX_LOWER_WORDS:
            break
        else:
            named += 1
            lower += 1
        end = tok.end
        if named >= _MAX_NAME_WORDS:
            break
    return end
