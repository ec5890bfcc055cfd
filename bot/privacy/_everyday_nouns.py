"""Everyday nouns of other languages that practitioners who code-switch capitalise.

"The Avó brought Pão de Queijo", "Tacacá, Farinha, Pirarucu", "with Bolo and Chá", "he
thought about Futebol", "her Painho called": foods, drinks, games, feasts and words of
address of the client's language, capitalised as English capitalises a thing it borrows.
The proper-noun rules read them as names. A candidate is kept when each of its words is

- an everyday word of a language practitioners write beside English: a single word of the
  Unicode CLDR character annotations of that language (the names and keywords of emoji,
  ``annotation_words.txt.gz``: "pão", "queijo", "bolo", "futebol", "missa"), or a word of
  address or of a kind of place of ``address_words.txt`` / ``world_words.txt``;
- a plural or diminutive of such a word, regularly made ("Tias", "Pastéis", "Irmãos",
  "Painho", "Mainha", "cafezinho");
- a function word of the same language joining two of them ("Arroz de Pato", "Pão de
  Queijo").

and at least one word is more than a function word. Recall first: the lists leave out
every word that is also a listed given name, surname, town or word-name, and everyday
English words (known already: their capital is judged by the other rules); a plural or
diminutive that is itself a listed name ("Paulinho", "Rosinha") stays a name; a candidate
holding one word that is none of these ("Pão de Açúcar Lanches", "Escola Bom Pastor")
stays whole.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ._function_words import tables
from ._kind_words import PLACE_PREPOSITIONS, TRIGGERS
from ._lexicon import lexicon
from ._preposition_places import PLACE_NOUNS, PREPOSITIONS

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

_DATA = Path(__file__).with_name("data")
_WORD = re.compile(r"[^\W\d_]+")
_MIN_BASE = 3  # shorter stems make too many words from names ("Ana" -> "Anita")
# plural endings, longest first, each with the endings of the singular it comes from:
# Portuguese "irmãos"/"pastéis"/"animais", Spanish and Portuguese "-s"/"-es", Italian "-i"
_PLURALS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ões", ("ão",)),
    ("ães", ("ão",)),
    ("ãos", ("ão",)),
    ("éis", ("el",)),
    ("ais", ("al",)),
    ("es", ("", "e")),
    ("s", ("",)),
)
# diminutive endings of Portuguese, Spanish and Italian ("painho", "mainha", "abuelita",
# "nonnina"): the stem then takes the base word's last vowel back ("mã-e" -> "ma-inha")
_DIMINUTIVES = ("zinho", "zinha", "inho", "inha", "nho", "nha", "cito", "cita", "ito", "ita")
_VOWELS = ("", "a", "e", "i", "o")


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


@cache
def _annotation_words() -> dict[str, frozenset[str]]:
    with gzip.open(_DATA / "annotation_words.txt.gz", "rt", encoding="utf-8") as handle:
        rows = [ln.rstrip("\n").split("\t") for ln in handle if ln.strip() and ln[0] != "#"]
    return {row[0]: frozenset(row[1].split(",")) for row in rows}


def _world(name: str, *, listed: bool = False) -> set[str]:
    """The words of a word list of ``data/``; those that are also listed names only when
    ``listed`` (the stems of "painho": a derived word is itself checked)."""
    lex = lexicon()
    return {
        w
        for line in (_DATA / name).read_text(encoding="utf-8").split("\n")
        if line and not line.startswith("#")
        for w in line.split()
        if (listed or w in lex.always_ordinary) and len(w) >= _MIN_BASE
    }


@cache
def _bases() -> frozenset[str]:
    """Everyday foreign words that plurals are made from."""
    words = _world("world_words.txt")
    words |= {w for w, langs in _annotation_words().items() if langs & _LANGS}
    return frozenset(w for w in words if len(w) > _MIN_BASE)


def _base(low: str) -> bool:
    return low in _bases() or _plain(low) in _address_bases()


@cache
def _address_words() -> frozenset[str]:
    return frozenset(_world("address_words.txt"))


@cache
def _address_bases() -> frozenset[str]:
    """Accent-free words of address that plurals and diminutives are made from."""
    return frozenset(_plain(w) for w in _world("address_words.txt", listed=True))


def _listed(low: str, lex: Lexicon) -> bool:
    return (
        low in lex.given_names or low in lex.surnames or low in lex.places or low in lex.word_names
    )


def _derived(low: str, lex: Lexicon) -> bool:
    """A plural or diminutive of an everyday foreign word ("tias", "painho")."""
    if _listed(low, lex):
        return False
    for ending, singulars in _PLURALS:
        if low.endswith(ending):
            stem = low[: -len(ending)]
            if any(_base(stem + one) for one in singulars):
                return True
    for ending in _DIMINUTIVES:
        if low.endswith(ending) and len(low) - len(ending) >= 2:
            stem = _plain(low[: -len(ending)])
            if any(stem + v in _address_bases() for v in _VOWELS):
                return True
    return False


@cache
def _day_heads() -> frozenset[str]:
    """First parts of CLDR weekday names written with a hyphen ("segunda" of
    "segunda-feira"), which speakers say alone."""
    with gzip.open(_DATA / "cldr_words.txt.gz", "rt", encoding="utf-8") as handle:
        rows = [ln.rstrip("\n").split("\t") for ln in handle if ln.strip() and ln[0] != "#"]
    return frozenset(
        row[1].split("-")[0] for row in rows if row[0] == "day" and len(row) == 2 and "-" in row[1]
    )


def _everyday(low: str, lex: Lexicon) -> bool:
    if low in _day_heads() and not _listed(low, lex):
        return True
    if _languages(low) and not _listed(low, lex):
        return True
    if low in lex.always_ordinary and _plain(low) in _bases() and not _listed(low, lex):
        return True
    return _derived(low, lex)


def _joining(low: str) -> bool:
    langs = tables().langs.get(low)
    return bool(langs) and low not in tables().english


# languages whose CLDR annotations are read: those of the practitioners' code-switching
# (Romance, Germanic, Nordic, Slavic, Baltic, Finnic, Hungarian, Turkish); the annotations
# of other languages hold too many words that are given names elsewhere ("rangi", "hira")
_KINDS = TRIGGERS | PLACE_NOUNS
_LANGS = frozenset("ca cs da de es et fi fr gl hr hu it lt lv nl no pl pt ro sk sl sv tr".split())


def _languages(low: str) -> frozenset[str]:
    return _annotation_words().get(low, frozenset()) & _LANGS


def _speaks(lows: list[str], langs: frozenset[str], skip: set[str]) -> bool:
    """Another word of the text is a function word or everyday word of one of ``langs``,
    or a word of address or kind of place of another language ("Irmã", "Vó", "Feira")."""
    t = tables()
    for low in lows:
        if low in skip or low in t.english or low in t.strict:
            continue
        if (t.langs.get(low, frozenset()) | _languages(low)) & langs or low in _code_switch():
            return True
    return False


@cache
def _kinds() -> frozenset[str]:
    """Kinds of school, service and place, and feasts, of ``world_words.txt``."""
    return frozenset(_world("world_words.txt"))


@cache
def _code_switch() -> frozenset[str]:
    words = _world("address_words.txt") | _world("world_words.txt")
    return frozenset(words - lexicon().ordinary)  # "cousin", "gymnasium": English too


def _kept(words: list[str], lows_of_text: list[str], lex: Lexicon) -> bool:
    lows = [w.lower() for w in words]
    content = [_everyday(w, lex) for w in lows]
    if not lows or not content[0] or not content[-1]:
        return False
    if any(w == low for w, low, c in zip(words, lows, content, strict=True) if c):
        return False  # lower-case chat writes names so: only capitalised words are read
    if len(lows) > 1 and any(w in _address_words() or w in _KINDS for w in lows):
        return False  # "Tante Hoda", "Hospital de Clínicas": a word of address or kind
    if not all(c or _joining(w) for w, c in zip(lows, content, strict=True)):
        return False
    langs = frozenset().union(*(_languages(w) for w in lows))
    if not langs or any(tables().langs.get(w, frozenset()) & langs for w in lows[1:-1]):
        return True  # "Pão de Queijo": the word joining them is of their language
    return _speaks(lows_of_text, langs, set(lows))


_BEFORE = re.compile(r"(?:([^\W\d_]+|\])\s+)?([^\W\d_]+)\s+$")
# a word of place or an article of these languages before it: a place or a name
# ("no bairro Prenda", "o Tavinho ficou")
_ARTICLES = frozenset("o a os as el la los las il lo gli".split())
_ENGLISH_PLACE_PREPS = frozenset("in on at to from near around".split())
_PLACE_CUES = PLACE_PREPOSITIONS | PREPOSITIONS | _KINDS | _ARTICLES | _ENGLISH_PLACE_PREPS
_CAPITAL_AFTER = re.compile(r" [^\W\d_a-zà-ÿ]")
_PARTICLES = frozenset("de do da dos das del della di du van von der den".split())


def _beside_a_name(text: str, cand: Candidate, names: list[Candidate]) -> bool:
    """The candidate goes on a name ("Maria do Céu") or stands in a list with one
    ("Goiânia, Floresta", "Floresta, Setor Oeste")."""
    start, end = cand[0], cand[1]
    before = _BEFORE.search(text, 0, start)
    if before and (before.group(2).lower() in _PLACE_CUES or before.group(2).lower() in _kinds()):
        return True  # "no bairro Prenda", "kod nane u Visoko"
    if (
        before
        and before.group(1)
        and before.group(2) in _PARTICLES
        and (before.group(1)[0].isupper() or before.group(1) == "]")
    ):
        return True
    for other in names:
        gap = text[other[1] : start] if other[1] <= start else text[end : other[0]]
        if other is not cand and gap in (", ", " ") and other[0] != start:
            return True
    if _CAPITAL_AFTER.match(text, end):
        return True  # "Pani Sowa": a title or word of address before a name
    return text[max(0, start - 3) : start] == "], " or text[end : end + 3] == ", ["


def keep_everyday_nouns(text: str, out: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """``out`` without candidates made only of everyday nouns of other languages."""
    if not out:
        return out
    lows = [w.lower() for w in _WORD.findall(text)]
    everyday = {
        c for c in out if c[2] == "name" and _kept(_WORD.findall(text[c[0] : c[1]]), lows, lex)
    }
    if not everyday:
        return out
    names = [c for c in out if c not in everyday]
    return [c for c in out if c not in everyday or _beside_a_name(text, c, names)]
