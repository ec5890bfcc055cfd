"""Word lists behind the anonymizer, loaded once on first use.

Given names and surnames of many cultures come from the shipped lists extracted from
Faker's person providers (MIT); towns, US states and countries from GeoNames (CC BY 4.0:
towns of 5,000 people in the English-speaking countries and of 50,000 elsewhere, and their
smaller towns of 1,000 or more that are no everyday word or name);
everyday English words from SCOWL (permissive licence, see NOTICE). Word-names, words
that are never identifiers (weekdays, holidays, religious and kinship words, apps, therapy
terms), shops and agencies that are organisations only in context, and larger regions
are the project's own lists. Everything is read lazily from
``data/`` and kept for the process.
"""

from __future__ import annotations

import gzip
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ._function_words import everyday_words
from ._people_words import people_words
from ._script_dates import month_words

_DATA = Path(__file__).with_name("data")
_lock = threading.Lock()
_COMMON_NAME = 3  # listed by this many locales: a name first, even if also a country


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Lowercase word sets used by the proper-noun detector."""

    ordinary: frozenset[str]
    word_names: frozenset[str]
    given_names: dict[str, int]  # name -> number of locales that list it
    surnames: frozenset[str]
    places: frozenset[str]
    regions: frozenset[str]
    always_ordinary: frozenset[str]
    brands: frozenset[str]  # shops and apps: things, but employers in a work context
    id_systems: frozenset[str]  # agencies: kept only before "number", "card", "ID"
    phrases: frozenset[str] = frozenset()  # names of things kept whole: "red bull", "kia ora"
    phrase_heads: frozenset[str] = frozenset()  # the first words of ``phrases``
    brand_phrases: frozenset[str] = frozenset()  # the phrases that may name an employer
    things: frozenset[str] = frozenset()  # everyday things of other languages: "tavla", "kruh"

    def listed(self, low: str) -> bool:
        """A listed given name, surname, town or region: a word some rule may read as one."""
        return (
            low in self.given_names
            or low in self.surnames
            or low in self.places
            or low in self.regions
        )

    def is_region_word(self, low: str) -> bool:
        """A state or country that is not also a common given name ("Georgia", "Jordan")."""
        return low in self.regions and self.given_names.get(low, 0) < _COMMON_NAME


def _lines(name: str) -> list[str]:
    path = _DATA / name
    if name.endswith(".gz"):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            text = handle.read()
    else:
        text = path.read_text(encoding="utf-8")
    return [line for line in text.split("\n") if line and not line.startswith("#")]


def _words(name: str) -> set[str]:
    return {w for line in _lines(name) for w in line.split()}


def _given_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for line in _lines("given_names.txt.gz"):
        name, _, count = line.partition("\t")
        names[name] = int(count or 1)
    for name in _lines("given_names_extra.txt") + _lines("given_names_west.txt"):
        names.setdefault(name, 1)
    return names


def _regions(given: dict[str, int]) -> frozenset[str]:
    """States, provinces and countries, which Safe Harbor lets us keep."""
    del given
    names = set(_lines("regions.txt")) | set(_lines("regions_extra.txt"))
    # "Timor-Leste" and "timor leste", "Guinea Bissau" and "guinea-bissau" alike
    names |= {n.replace(" ", "-") for n in names if n.count(" ") == 1}
    names |= {n.replace("-", " ") for n in names if "-" in n}
    return frozenset(names)


# Words inside a country's name that break a run of capitals ("Bosnia and Herzegovina",
# "Côte d'Ivoire"): such names are read whole as phrases.
_JOINING = ("and", "of", "the", "d'", "d’", "del", "de")


def _joined_regions(regions: frozenset[str]) -> frozenset[str]:
    return frozenset(
        r for r in regions if " " in r and any(w.startswith(_JOINING) for w in r.split()[1:])
    )


def _world_words(
    given: dict[str, int], surnames: frozenset[str], towns: frozenset[str]
) -> frozenset[str]:
    """Everyday words of many languages (kinship and address words; kinds of school, service,
    shop and place; festivals) that are no listed given name or surname, nor for the kinds
    of place a listed town: those stay names and places."""
    kinds = {w for w in _words("world_words.txt") | _words("world_kin.txt") if w not in towns}
    # names of languages and adjectives of peoples of one word ("Nederlands", "Ivorian")
    kinds |= {
        w
        for name in ("language_names_more.txt", "demonyms.txt")
        for w in _lines(name)
        if " " not in w and w not in towns
    }
    return frozenset(
        w for w in kinds | _words("address_words.txt") if w not in given and w not in surnames
    )


def _world_things(
    given: dict[str, int], surnames: frozenset[str], towns: frozenset[str]
) -> frozenset[str]:
    """Foods, games and observances of other languages ("kruh", "tavla", "iftari") that are
    no listed given name, surname or town: kept by ``_everyday_things`` outside a place's
    slot, not everyday words of the word classes."""
    return frozenset(
        w
        for w in _words("world_things.txt")
        | _words("world_things_west.txt")
        | _words("world_feasts.txt")
        if w not in given and w not in surnames and w not in towns
    )


def _holiday_words(
    holidays: list[str], given: dict[str, int], listed: frozenset[str]
) -> frozenset[str]:
    """Festivals and holidays of every country named by one word (python-holidays, MIT:
    "Tobaski", "Phagwah", "Ghatasthapana"): a feast is no identifier of whoever keeps it.
    A name that is also a listed given name, surname or town (``listed``) stays one (recall
    first)."""
    return frozenset(n for n in holidays if " " not in n and n not in given and n not in listed)


def _holiday_phrases(
    holidays: list[str], given: dict[str, int], listed: frozenset[str], ordinary: frozenset[str]
) -> frozenset[str]:
    """Festivals named by several words (python-holidays: "Karwa Chouth", "Magh Bihu"), kept
    whole as the project's phrases are. Only names of words that are no listed given name,
    surname or town, holding a word English does not know: a phrase of everyday English words
    ("National Heroes Day", "New Year", "Sacred Heart", also a parish's name) is judged by the
    rules that know such words. A name of three words or more that ends in a word of the
    calendar is a day whatever its other words ("Louis Riel Day", "Karen New Year", "All Saints
    Day", where "All Saints" alone may be a parish or a town)."""
    return frozenset(
        n
        for n in holidays
        if " " in n
        and (
            (
                not any(w in given or w in listed for w in n.split())
                and not all(w in ordinary for w in n.split())
            )
            or (n.count(" ") >= _MIN_SPACES and n.rsplit(" ", 1)[1] in _CALENDAR_HEADS)
        )
    )


_MIN_SPACES = 2  # three words: "New Year" or "Sacred Heart" alone also head other names
# last words of holiday names that make the whole a day of the calendar
_CALENDAR_HEADS = frozenset("day eve week year festival".split())


@cache
def _load() -> Lexicon:
    given = _given_names()
    brands = frozenset(_words("brands.txt"))
    id_systems = frozenset(_words("id_systems.txt"))
    brand_phrases = frozenset(" ".join(line.split()) for line in _lines("brand_phrases.txt"))
    regions = _regions(given)
    phrases = brand_phrases | {
        " ".join(line.split()) for name in _PHRASE_FILES for line in _lines(name)
    }
    phrases |= {line for name in _PHRASES_AMONG for line in _lines(name) if " " in line}
    ordinary = frozenset(_lines("common_words.txt"))
    # the two large lists, read once: several word sets leave out what they hold
    surnames = frozenset(_lines("surnames.txt.gz"))
    towns = frozenset(_lines("towns.txt.gz"))
    listed = surnames | towns
    holidays = _lines("holiday_names.txt")
    phrases |= _joined_regions(regions) | _holiday_phrases(holidays, given, listed, ordinary)
    return Lexicon(
        ordinary=ordinary,
        word_names=frozenset(_lines("word_names.txt")),
        given_names=given,
        surnames=surnames | frozenset(_words("surnames_extra.txt")),
        places=towns
        | frozenset(_lines("towns_extra.txt"))
        | frozenset(_lines("towns_1000.txt.gz")),
        regions=regions,
        always_ordinary=frozenset(_words("safe_words.txt"))
        | frozenset(_words("festivals.txt"))
        | frozenset(_words("west_words.txt"))
        | (frozenset(_words("medications.txt")) - given.keys() - listed)
        | (frozenset(_words("condition_eponyms.txt")) - given.keys() - listed)
        | brands
        | id_systems
        | (everyday_words() - given.keys())
        | month_words()
        | _world_words(given, surnames, towns)
        | people_words(given, surnames, towns)
        | _holiday_words(holidays, given, listed),
        brands=brands,
        id_systems=id_systems,
        phrases=phrases,
        phrase_heads=frozenset(p.split()[0] for p in phrases),
        brand_phrases=brand_phrases,
        things=_world_things(given, surnames, towns),
    )


# names of things kept whole: our general list, and feasts, dishes and drinks of other languages
_PHRASE_FILES = ("phrases.txt", "world_feast_phrases.txt")
# lists of which only the names of several words are phrases: "Puerto Rican", "Sri Lankan"
_PHRASES_AMONG = ("demonyms.txt",)

_loaded: list[Lexicon] = []


def lexicon() -> Lexicon:
    """Return the shared lexicon, loading it on the first call (thread-safe)."""
    if _loaded:
        return _loaded[0]
    with _lock:
        if not _loaded:
            _loaded.append(_load())
        return _loaded[0]
