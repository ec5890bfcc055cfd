"""Places after the prepositions of Portuguese, Spanish, Filipino, Indonesian/Malay and
Vietnamese, in either case: "no Recife", "na Boa Viagem", "em boa viagem", "en Miraflores",
"desde valongo", "en las águilas", "sa Matina", "di Rungkut", "ke Ipoh", "dari Bandung",
"ở Cầu Giấy".

Each of these prepositions is also a word of English or of many languages ("no", "na",
"em", "en", "sa", "di"), so it is read as one only in a text that holds other words of its
language (see ``_language_evidence``). After it, and after an article if one stands there
("en las", "a la"):

- a run of up to three capitalised words is a place, unless it is a month or weekday in a
  time slot ("desde Abril."), or its first word is an everyday word of English or a function
  word, month, language, holy word or region and the run is no listed town ("en Semana
  Santa", "na Páscoa");
- words typed in lower case are a place when they are a listed town of two or three words
  and not all of them are function words, English words or everyday place nouns ("em boa
  viagem", "en las águilas", but not "en el centro"). One word typed in lower case is left
  alone: many everyday nouns of these languages are towns somewhere ("na mesa", "en el
  cerro").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._calendar_names import calendar_name
from ._function_words import tables
from ._holy_words import HOLY_WORDS
from ._language_evidence import FILIPINO, MALAY, PORTUGUESE, SPANISH_LIKE, VIETNAMESE, Evidence
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_BY_FAMILY = {
    "pt": frozenset("em no na nos nas desde pra pro".split()),
    "es": frozenset("en desde hasta".split()),
    "tl": frozenset({"sa"}),
    "malay": frozenset("di ke dari".split()),
    "vi": frozenset("ở tại từ".split()),
}
PREPOSITIONS = frozenset().union(*_BY_FAMILY.values())
# each family of _BY_FAMILY as ``Evidence.speaks`` is asked about it (family, only)
_FAMILIES: dict[str, tuple[frozenset[str], bool]] = {
    "pt": (PORTUGUESE, True),
    "es": (SPANISH_LIKE, False),
    "tl": (FILIPINO, False),
    "malay": (MALAY, False),
    "vi": (VIETNAMESE, False),
}
_ARTICLES = frozenset("la las los el o a os as".split())
# everyday place nouns of these languages that are towns somewhere ("na praia", "no centro")
_PLACE_NOUNS = frozenset(
    "praia centro campo mar rio río serra sierra playa pueblo barrio bairro vila villa "
    "cidade ciudad escola escuela colegio igreja iglesia mercado feira plaza praça "
    "parque hospital casa roma mina monte lago ilha isla porto puerto costa fazenda "
    "rumah pasar kampung kota desa sekolah kantor bahay palengke simbahan eskwela".split()
)
_MAX_RUN = 3
_SHORT = 3  # function words this short are articles and prepositions ("el", "de")


def may_hold(lows: list[str]) -> bool:
    """Cheap test: one of the prepositions is among the words."""
    return not PREPOSITIONS.isdisjoint(lows)


def preposition_places(
    text: str,
    toks: list[Token],
    lows: list[str],
    lex: Lexicon,
    evidence: Evidence | None = None,
) -> list[Candidate]:
    """Places after a preposition of a language the text is written in (``evidence``: the
    text's language evidence, if the caller has it). Only the families with a preposition
    among the words are asked about: no other family's prepositions can be read here."""
    said = evidence if evidence is not None else Evidence(lows, lex)
    present = PREPOSITIONS.intersection(lows)
    preps = frozenset().union(
        *(
            words
            for name, words in _BY_FAMILY.items()
            if not words.isdisjoint(present) and _spoken(said, name)
        )
    )
    if not preps:
        return []
    out: list[Candidate] = []
    for i in range(len(toks) - 1):
        prep = toks[i]
        if prep.low not in preps or (prep.capital and i > 0):
            continue
        j = i + 1
        if toks[j].low in _ARTICLES and j + 1 < len(toks) and _spaced(text, toks, j):
            j += 1
        if not _spaced(text, toks, j):
            continue
        # (an article with a noun typed in lower case may be listed too, "la feria": not tried)
        found = _capital_run(text, toks, j, lex) if toks[j].capital else _listed(text, toks, j, lex)
        if found is not None:
            out.append((toks[j].start, toks[found].end, "place"))
    return out


def _spoken(said: Evidence, name: str) -> bool:
    family, only = _FAMILIES[name]
    return said.speaks(family, only=only)


def _spaced(text: str, toks: list[Token], j: int) -> bool:
    return text[toks[j - 1].end : toks[j].start] == " "


def _capital_run(text: str, toks: list[Token], j: int, lex: Lexicon) -> int | None:
    """The last index of a capitalised run from ``j`` that is a place, or None."""
    end = j
    while (
        end + 1 < len(toks)
        and end + 1 - j < _MAX_RUN
        and toks[end + 1].capital
        and toks[end + 1].word.isalpha()
        and not toks[end].possessive
        and _spaced(text, toks, end + 1)
    ):
        end += 1
    if end == j and calendar_name(text, toks, j):
        return None  # "desde Abril.": the month, which is also a name
    phrase = " ".join(t.low for t in toks[j : end + 1])
    if phrase in lex.places and phrase not in lex.regions:
        return end
    first = toks[j]
    t = tables()
    low = first.low
    if not first.word.isalpha() or len(first.word) < 2 or first.acronym:
        return None
    if first.kind in (Kind.STOP, Kind.ORDINARY) or low in t.langs or low in t.named:
        return None
    if low in t.languages or low in HOLY_WORDS or low in lex.regions or low in lex.always_ordinary:
        return None
    return end


def _listed(text: str, toks: list[Token], j: int, lex: Lexicon) -> int | None:
    """The last index of a listed town typed in lower case from ``j``, or None."""
    t = tables()
    for size in (3, 2):
        end = j + size - 1
        if end >= len(toks) or any(not _spaced(text, toks, k) for k in range(j + 1, end + 1)):
            continue
        words = toks[j : end + 1]
        if any(w.capital or not w.word.isalpha() for w in words):
            continue
        phrase = " ".join(w.low for w in words)
        if phrase not in lex.places or phrase in lex.regions:
            continue
        if all(
            (w.low in t.langs and len(w.low) <= _SHORT)
            or w.low in lex.ordinary
            or w.low in _PLACE_NOUNS
            for w in words
        ):
            continue  # "el centro", "de la costa": small words and place nouns, no town's name
        return end
    return None
