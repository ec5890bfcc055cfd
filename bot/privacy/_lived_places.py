"""One or two words typed in lower case after a Portuguese or Spanish verb of living, coming
from or being from and its preposition: "mora no cajueirinho", "ele é da vilinha", "vive en
quebradillas con la abuela", "veio da vila esperancinha", "moram em taboão desde maio".

``_preposition_places`` leaves one lower-case word after "em", "no", "en" alone: many everyday
nouns of these languages are towns somewhere ("na mesa", "en el cerro"). After a verb that
says where someone lives or comes from, the word names the place far more often, so here it
is a place when it is a listed town or in no list of any language, and it is no everyday
noun of a place ("mora em casa", "veio da escola", "é da igreja", "vive en el campo" stay).
A verb of going ("foi em", "fui pra") takes only a listed town. The clause must end right
after the place, or go on with a small word of the language ("perto", "com", "desde", "e"):
"veio do trabalho cansada" names the work, not a town.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._function_words import tables
from ._language_evidence import ROMANCE, Evidence
from ._word_classes import Kind, spaced

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# verbs of living somewhere, before "em", "no", "na", "en", "pra"
_LIVING = frozenset(
    (
        "mora moram morava moravam moro moramos morei morou mudou mudaram mudei mudamos "
        "vive vivem vivia viviam vivo vivemos nasceu nasceram nasci cresceu cresceram cresci "
        "viven vivía vivían vivimos vivió nació nací creció crecí reside residem residen"
    ).split()
)
# verbs of coming from or being from, before "de", "da", "do", "del"
_FROM = frozenset(
    "veio vieram vem vêm venho vinha vino vinieron viene vienen vengo é são sou es son soy".split()
)
# "é de", "soy de" say where someone is from; "veio de", "vem de" may say how they came
# ("vem de autocarro", "veio de busão"): after those, "de" takes a listed town only
_BEING = frozenset("é são sou es son soy".split())
# verbs of going, before a listed town only
_GOING = frozenset("foi fui foram vai vou vão fue fui fueron va voy van".split())
_IN = frozenset("em no na nos nas en pra pro".split())
_OF = frozenset("de da do dos das del".split())
_TO = frozenset("em no na pra pro para en a al".split())
_PREPOSITIONS = _IN | _OF | _TO
_ARTICLES = frozenset("el la los las".split())
# everyday nouns of a place that a person lives in or comes from ("mora na roça")
PLACE_NOUNS = frozenset(
    (
        "praia centro campo mar rio río serra sierra playa pueblo barrio bairro vila villa "
        "cidade ciudad escola escuela colegio igreja iglesia mercado feira plaza praça "
        "parque hospital casa mina monte lago ilha isla porto puerto costa fazenda roça "
        "favela comunidade periferia zona morro interior capital sítio chácara aldeia terra "
        "quebrada rua calle trabalho trabajo abrigo ocupação cadeia prisão cárcel campo "
        "rancho finca montanha montaña selva mato sertão litoral fronteira frontera norte sul "
        "sur leste oeste este nordeste"
    ).split()
)
# place nouns that open the name of a part of a town ("vila esperança", "villa mella")
_TOWN_HEADS = frozenset(
    "vila villa parque morro bairro barrio cidade ciudad monte praia playa porto puerto "
    "ilha isla serra sierra".split()
)
# "veio do serviço cansada", "mora na casa nova": a word saying how, not a town's word
_PARTICIPLES = ("ado", "ada", "ido", "ida", "ados", "adas", "nova", "novo", "velha", "velho")
# small words that may go on the clause after a place
_AFTER = frozenset(
    "perto junto com c desde faz há ha e mas pq porque agora hoje hj sozinho sozinha "
    "msm tb também cerca con y pero ahora hoy solo sola q que ya".split()
)
_CLAUSE_END = frozenset(".,;:!?)\n")
_MIN_PLACE = 4
_MAX_WORDS = 2


VERBS = _LIVING | _FROM | _GOING


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a verb of living, coming or going is among the words."""
    return not VERBS.isdisjoint(lows)


def lived_places(
    text: str, toks: list[Token], lows: list[str], lex: Lexicon, evidence: Evidence | None
) -> list[Candidate]:
    """Places typed in lower case after a verb of living, coming or going and its
    preposition, in a Portuguese or Spanish text."""
    out: list[Candidate] = []
    said = evidence if evidence is not None else Evidence(lows, lex)
    for i in range(1, len(toks) - 1):
        if toks[i - 1].low not in VERBS or toks[i].low not in _PREPOSITIONS:
            continue
        if not said.speaks(ROMANCE):
            return out
        j = i + 1
        if toks[j].low in _ARTICLES and j + 1 < len(toks):
            j += 1
        end = lived_place_end(text, toks, j, lex)
        if end is not None:
            out.append((toks[j].start, toks[end].end, "place"))
    return out


def lived_place_end(text: str, toks: list[Token], j: int, lex: Lexicon) -> int | None:
    """The last index of a place typed in lower case from ``toks[j]``, right after a
    preposition (and an article) that follows a verb of living, coming or going; or None."""
    k = j - 1
    if k >= 1 and toks[k].low in _ARTICLES:
        k -= 1
    if k < 1 or not spaced(text, toks, k) or not spaced(text, toks, j):
        return None
    prep, verb = toks[k].low, toks[k - 1].low
    lived = (verb in _LIVING and prep in _IN) or (
        verb in _FROM and prep in _OF and (prep != "de" or verb in _BEING)
    )
    going = (verb in _GOING and prep in _TO) or (verb in _FROM and prep in _OF)
    if not lived and not going:
        return None  # (going: "foi pra", "veio de": a listed town only)
    for size in range(_MAX_WORDS, 0, -1):
        end = j + size - 1
        if end >= len(toks) or not _ends_clause(text, toks, end):
            continue
        words = toks[j : end + 1]
        if any(w.capital or not w.word.isalpha() or w.possessive for w in words):
            continue
        if any(not spaced(text, toks, m) for m in range(j + 1, end + 1)):
            continue
        if _place(words, lex, unlisted=lived):
            return end
    return None


def _place(words: list[Token], lex: Lexicon, *, unlisted: bool) -> bool:
    """Whether the words name a town: one word that is a listed town or (``unlisted``) in
    no list; two words that are a listed town, or (``unlisted``) a place noun or a word in
    no list before a word in no list or a given name ("capão redondo", "jardim ângela")."""
    phrase = " ".join(w.low for w in words)
    if phrase in PLACE_NOUNS or phrase in lex.regions:
        return False
    last = words[-1]
    if len(words) == 1:
        if len(last.low) < _MIN_PLACE or not _no_word(last, lex):
            return False
        return last.low in lex.places or (unlisted and last.kind is Kind.UNKNOWN)
    first = words[0]
    if phrase in lex.places and (_no_word(first, lex) or _no_word(last, lex)):
        return True
    return (
        unlisted
        and (first.low in _TOWN_HEADS or (first.kind is Kind.UNKNOWN and _no_word(first, lex)))
        and last.kind in (Kind.UNKNOWN, Kind.NAME)
        and not last.low.endswith(_PARTICIPLES)
        and _no_word(last, lex)
    )


def _no_word(tok: Token, lex: Lexicon) -> bool:
    """In no list of everyday words, function words or place nouns."""
    low = tok.low
    t = tables()
    return not (
        tok.kind in (Kind.STOP, Kind.ORDINARY)
        or low in t.langs
        or low in t.named
        or low in t.languages
        or low in PLACE_NOUNS
        or low in lex.ordinary
        or low in lex.always_ordinary
        or low in lex.regions
    )


def _ends_clause(text: str, toks: list[Token], end: int) -> bool:
    """The clause ends after ``toks[end]``, or goes on with a small word."""
    rest = text[toks[end].end :].lstrip(" ")
    if not rest or rest[0] in _CLAUSE_END:
        return True
    nxt = toks[end + 1] if end + 1 < len(toks) else None
    return nxt is not None and (nxt.low in _AFTER or nxt.word.isdigit())
