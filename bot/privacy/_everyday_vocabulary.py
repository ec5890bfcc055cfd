"""Everyday words of the other languages practitioners write in, kept as words.

A note or chat message written in Portuguese, Spanish, French, Italian, Dutch or German
capitalises nouns of services and roles ("ir ao Posto de Saúde", "Consulta de Rotina"), or
types them in lower case where chat writes names in lower case too ("a consulta",
"o chefe"); the proper-noun rules, which know the everyday words of English only, read them
as names. ``everyday_words.txt.gz`` (tests/data/extract_everyday_words.py: the 10,000 most
frequent words of each language in the OpenSubtitles2018 counts shipped by pyspellchecker)
holds the everyday vocabulary of those languages.

A name candidate, or a place or organisation candidate of one lower-case word (a capital
after a preposition names a place: "fue a Cordón"), is dropped when the text
is written in one of those languages and every word of the candidate is an everyday or
function word of a language the text is written in, one of them at least an everyday word.
A text is of a language when two of its function words that are no English word outnumber
its English function words, and one of them belongs to that language alone (Spanish and
Portuguese share "que", "para", "como").

Recall first: subtitles name their characters, so a word that is a listed given name,
surname, town, region or word-name is never everyday by this list ("a Dona Maria", "o Pedro
disse", "mora no Jardim Ângela" and "na Escola Estadual Castro Alves" keep the candidate
whole), nor are the Portuguese given names of devotion the name lists lack ("Esperança",
"Glória"). A word in capitals ("CAPS") may be an acronym of a body and stays. A cue that
names someone or somewhere keeps the candidate too: a capitalised word right beside it
(part of a longer name: "het Psychiatrisch Centrum Suriname"), a word of address in or
before it ("tia Alegria", "oom Koos"), a kind of place or body before it ("bairro Saudade",
"rue des Jardins"), a preposition of place or a definite article before one capitalised
word ("fue a Cordón", "o Carinho ficou": these languages name people after the article),
an age or a gloss in brackets after it ("a Alegria, 12 anos", "Glória (mãe)").
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from typing import TYPE_CHECKING

from ._article_subjects import subject_name
from ._foreign_clauses import _ADDRESS as ADDRESS_WORDS  # pyright: ignore[reportPrivateUsage]
from ._foreign_clauses import _ENGLISH  # pyright: ignore[reportPrivateUsage]
from ._function_words import tables
from ._kind_words import TRIGGERS
from ._language_evidence import family_words
from ._word_classes import token_range

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ._lexicon import Lexicon
    from ._word_classes import Token

Candidate = tuple[int, int, str]

_DATA = Path(__file__).with_name("data")
# the languages of the list, each with those whose function words it shares so closely that
# a text of one shows the other (Galician beside Portuguese, Catalan beside Spanish)
_FAMILIES = {
    "pt": frozenset({"pt", "gl"}),
    "es": frozenset({"es", "ca", "gl"}),
    "fr": frozenset({"fr"}),
    "it": frozenset({"it"}),
    "nl": frozenset({"nl", "af"}),
    "de": frozenset({"de"}),
}
# Portuguese given names of devotion and virtue that the lists of given names lack: everyday
# words too ("a esperança", "a graça de Deus"), but names first (recall)
_DEVOTIONAL_NAMES = frozenset("esperança glória graça dores remédios felicidade estrela".split())
_KINDS = frozenset({"name", "place", "org"})
# prepositions of place and motion of the list's languages ("fue a Cordón", "mora em Itu")
_TO_PLACE = frozenset(
    "à ao aos al au aux en em no na nos nas in naar nach pra pro chez desde hasta".split()
)
# definite articles, which these languages put before a person's name ("o Pedro", "la Cata")
_ARTICLES = frozenset("o a os as el la los las il lo le les de het der die das".split())
# a person's age or a gloss after a name: "a Esperança, 17 anos", "Glória (mãe)"
_AGE_OR_GLOSS_AFTER = re.compile(r",? ?\(|,? ?\d{1,3}\b")


def _shipped_words() -> Iterator[tuple[str, str]]:
    """(word, its languages joined by commas) of the data file, as shipped (listed names
    were left out there)."""
    with gzip.open(_DATA / "everyday_words.txt.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            if line[0] != "#":
                word, _, langs = line.rstrip("\n").partition("\t")
                yield word, langs


_BY_LEXICON: dict[int, dict[str, frozenset[str]]] = {}


def vocabulary(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Everyday word -> its languages, without any listed given name, surname, town, region
    or word-name of ``lex`` (the name lists may hold more than the extract saw); read once,
    each set of languages shared by the words of those languages."""
    words = _BY_LEXICON.get(id(lex))
    if words is None:
        shared: dict[str, frozenset[str]] = {}
        words = {}
        for word, langs in _shipped_words():
            if (
                word in lex.given_names
                or word in lex.surnames
                or word in lex.places
                or word in lex.word_names
                or word in lex.regions
                or word in _DEVOTIONAL_NAMES
            ):
                continue
            mine = shared.get(langs)
            if mine is None:
                mine = shared[langs] = frozenset(langs.split(","))
            words[word] = mine
        _BY_LEXICON[id(lex)] = words
    return words


def spoken_languages(lows: list[str], lex: Lexicon) -> frozenset[str]:
    """The languages of the list that the text is written in: two of their function words
    that are no English word, and more such words than English function words (an English
    note quoting a client's sentence is no text of the client's language)."""
    english = len(_ENGLISH.intersection(lows))
    return frozenset(
        lang
        for lang, family in _FAMILIES.items()
        if family_words(lows, family, lex) > max(english, 1)
        and family_words(lows, family, lex, only=True) >= 1
    )


def _everyday(tok: Token, langs: frozenset[str], words: dict[str, frozenset[str]]) -> bool:
    if tok.acronym or (tok.word.isupper() and len(tok.word) > 1):
        return False
    mine = words.get(tok.low)
    return mine is not None and not mine.isdisjoint(langs)


def _function_word(low: str, langs: frozenset[str]) -> bool:
    theirs = tables().langs.get(low)
    return theirs is not None and not theirs.isdisjoint(langs)


def _to_place(low: str, langs: frozenset[str]) -> bool:
    """A preposition of place or motion; "a" only where it is no Portuguese article ("a
    Agente")."""
    return low in _TO_PLACE or (low == "a" and "pt" not in langs)


def _named_by_cue(
    text: str, toks: list[Token], first: int, last: int, langs: frozenset[str]
) -> bool:
    """The words ``toks[first:last]`` name someone or somewhere by a cue around them: a
    capitalised word beside them (a longer name), a title or word of address in or right
    before them ("oom Koos", "a tia Esperança"), a kind of place or body before them, a
    function word between ("bairro Prenda", "rue des Jardins"), a preposition of place or
    a definite article before one capitalised word ("fue a Cordón", "o Carinho"), or an
    age or a gloss in brackets right after them ("a Esperança, 17 anos", "Glória (mãe)")."""
    if _capital_beside(text, toks, first - 1, first) or _capital_beside(text, toks, last, last - 1):
        return True
    prev = _lows_of(toks, first - 1, first)
    if not ADDRESS_WORDS.isdisjoint(_lows_of(toks, first, last) + prev):
        return True
    if (
        prev
        and last - first == 1
        and toks[first].capital
        and (_to_place(prev[0], langs) or prev[0] in _ARTICLES)
    ):
        return True  # "fue a Cordón", "o Carinho ficou": a place or person's name
    before = prev
    if prev and prev[0] in tables().langs:
        before = prev + _lows_of(toks, first - 2, first - 1)
    if not TRIGGERS.isdisjoint(before):
        return True
    return _AGE_OR_GLOSS_AFTER.match(text, toks[last - 1].end) is not None


def _capital_beside(text: str, toks: list[Token], k: int, inner: int) -> bool:
    """``toks[k]``, right beside the candidate's word ``toks[inner]`` with one space between,
    is a capitalised word of no language's function words: the candidate is part of a
    longer name ("het Psychiatrisch Centrum Suriname", "au Grand Marché")."""
    if not 0 <= k < len(toks):
        return False
    tok = toks[k]
    left, right = (tok, toks[inner]) if k < inner else (toks[inner], tok)
    return tok.capital and text[left.end : right.start] == " " and tok.low not in tables().langs


def _lows_of(toks: list[Token], first: int, last: int) -> list[str]:
    """The lower-case words of ``toks[first:last]`` (none outside the text)."""
    return [t.low for t in toks[max(first, 0) : last]]


def keep_everyday_vocabulary(
    text: str, toks: list[Token], lows: list[str], out: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``out`` without the candidates made only of everyday and function words of a
    language the text is written in, one of them at least an everyday word, that no cue
    around them names."""
    langs = spoken_languages(lows, lex)
    if not langs:
        return out
    words = vocabulary(lex)
    kept: list[Candidate] = []
    for cand in out:
        start, end, kind = cand
        first, last = token_range(toks, start, end)
        inside = toks[first:last]
        if (
            kind in _KINDS
            and inside
            and (kind == "name" or (len(inside) == 1 and not inside[0].capital))
            and all(_everyday(t, langs, words) or _function_word(t.low, langs) for t in inside)
            and any(_everyday(t, langs, words) for t in inside)
            and not _named_by_cue(text, toks, first, last, langs)
            # "el gordo no vino", "o zeca disse": a nickname after an article, as the
            # subject of a person's verb (``_article_subjects``), is a name in any language
            and not (len(inside) == 1 and subject_name(text, toks, first, lex))
        ):
            continue
        kept.append(cand)
    return kept
