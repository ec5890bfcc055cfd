"""Rebuild bot/privacy/data/function_words.txt.gz and cldr_words.txt.gz (run once, by hand).

Build-time only (neither package is a runtime dependency of Sparkle):
- ``stopwordsiso`` (PyPI, MIT; the stopwords-iso lists): articles, prepositions, pronouns,
  conjunctions and auxiliaries of the Latin-script languages practitioners write beside
  English ("de", "und", "ook", "het", "ng", "que").
- ``babel`` (PyPI, BSD; data from the Unicode CLDR, Unicode licence): month and weekday
  names, full and abbreviated, and language names, in every Latin-script locale.

Filters (recall first): a word that is a listed given name, surname, town, a word of a
town's name or a word-name of bot/privacy/data, or has two letters (an initial in English
text: "JK", "DE"), is marked ``name`` (kept only beside another word of its language, see
bot/privacy/_function_words.py); everyday English words are marked ``en`` (known already,
they only tell the language of their neighbours); one-letter words, words with digits,
spaces or other scripts are left out.

Run: ``pip install stopwordsiso babel && python tests/data/extract_multilingual_words.py``
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import stopwordsiso  # type: ignore[import-not-found]
from babel import Locale, localedata  # type: ignore[import-not-found]

from bot.privacy import (
    _kin_address,
    _kin_words,
    _kind_words,
    _lowercase_titles,
    _name_cues,
    _name_lists,
    _name_tails,
    _org_ends,
    _run_exceptions,
    _town_cues,
    _vocab,
    _word_classes,
)

DATA = Path(__file__).resolve().parents[2] / "bot" / "privacy" / "data"
# Latin-script languages of stopwords-iso, English and Latin left out
LANGS = (
    "af br ca cs da de eo es et eu fi fr ga gl ha hr hu id it ku lt lv ms nl no pl pt ro sk "
    "sl so st sv sw tl tr vi yo zu"
).split()
_WORD = re.compile(r"^[a-zà-ÿāăąćčďđēėęěğģīįıķĺľłńņňőœŕřśşšţťūůűųźżžșțșẹọṣ'’-]+$")
_MIN_LEN = 2


def _lines(name: str) -> list[str]:
    path = DATA / name
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [ln.rstrip("\n") for ln in handle if ln.strip() and not ln.startswith("#")]


def _names() -> set[str]:
    names = {ln.partition("\t")[0] for ln in _lines("given_names.txt.gz")}
    names |= set(_lines("given_names_extra.txt")) | set(_lines("surnames.txt.gz"))
    names |= {w for ln in _lines("surnames_extra.txt") for w in ln.split()}
    towns = _lines("towns.txt.gz")
    names |= set(towns) | set(_lines("word_names.txt"))
    # every word of a town's name too: "porto" (Porto Alegre), "nueva" (Nueva Ecija)
    names |= {w for town in towns for w in re.split(r"[\s-]+", town) if w}
    # words the detector reads as cues beside a name, place or organisation: titles, kinship
    # words of address, particles, street and organisation endings ("mrs", "abi", "ter")
    for module, attrs in _CUES.items():
        for attr in attrs:
            names |= set(getattr(module, attr))
    return {n.lower() for n in names}


_CUES = {
    _vocab: [
        "TITLES",
        "RELATIONS",
        "NAME_CONNECTORS",
        "STREET_SUFFIXES",
        "ORG_SUFFIXES",
        "OWNED_WORD_NAMES",
    ],
    _name_cues: ["_ADDRESS_TITLES", "_KIN_TITLES", "_TITLE_WORDS", "_ROLE_TITLES"],
    _lowercase_titles: ["_LOWER_TITLE_WORDS", "_LOWER_KIN", "_LOWER_FORMAL"],
    _kin_words: ["_PAIRED_KIN"],
    _name_lists: ["_LEADING_PARTICLES"],
    _word_classes: ["_PLACE_SUFFIXES", "_ALL_SUFFIXES", "_HONORIFICS", "_MONTHS_AS_NAMES"],
    _name_tails: ["_GIVEN_SYLLABLES", "_TRAILING_HONORIFICS"],
    _kind_words: ["PLACE_PREPOSITIONS"],
    _town_cues: ["_MOTION_WORDS"],
    _run_exceptions: ["_TITLED_HEADS"],
    _org_ends: ["_LOWER_ORG_NOUNS"],
    _kin_address: ["WORDS", "BEFORE_NAME", "AFTER_NAME", "PERSON_AFTER"],
}


def _usable(word: str) -> bool:
    return len(word) >= _MIN_LEN and bool(_WORD.match(word))


def _function_words() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for lang in LANGS:
        for word in stopwordsiso.stopwords(lang):
            low = word.lower().strip()
            if _usable(low):
                out.setdefault(low, set()).add(lang)
    return out


def _latin(text: str) -> bool:
    return all(c.isascii() or "\u00c0" <= c <= "\u024f" or c in "’'.-" for c in text)


def _cldr(english: set[str]) -> dict[str, set[str]]:
    """kind ("month", "day", "language") -> words, from every Latin-script locale."""
    out: dict[str, set[str]] = {"month": set(), "day": set(), "language": set()}
    codes = {c.split("_")[0] for c in localedata.locale_identifiers()}
    for code in [*LANGS, "en", "fil", "nb", "nn"]:
        try:
            loc = Locale.parse(code)
        except (ValueError, LookupError):
            continue
        if not _latin(loc.months["format"]["wide"][1]):
            continue
        for ctx in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                out["month"].update(str(v) for v in loc.months[ctx][width].values())
                out["day"].update(str(v) for v in loc.days[ctx][width].values())
        for lang in codes:
            name = loc.languages.get(lang)
            if name and " " not in name and _latin(name):
                out["language"].add(name)
    for kind, words in out.items():
        out[kind] = {w.lower().rstrip(".") for w in words} - english
        out[kind] = {w for w in out[kind] if _usable(w) and len(w) > _MIN_LEN}
    return out


def main() -> None:
    names = _names()
    english = set(_lines("common_words.txt"))
    words = _function_words()
    # a word of two letters is also an initial in English text ("JK", "DE"): marked like a
    # name, it is kept only beside another word of its language, and never in capitals;
    # everyday English words ("la", "con") are marked "en": known already, they only show
    # the language of the words beside them
    rows = [
        f"{w}\t{','.join(sorted(langs))}"
        + ("\ten" if w in english else "\tname" if w in names or len(w) <= _MIN_LEN else "")
        for w, langs in sorted(words.items())
    ]
    header = (
        "# function words of Latin-script languages from stopwords-iso (MIT) via the stopwordsiso\n"
        "# package; built by tests/data/extract_multilingual_words.py. word<TAB>languages"
        "[<TAB>name: also a listed name, a town's word or two letters; en: English]\n"
    )
    (DATA / "function_words.txt.gz").write_bytes(
        gzip.compress((header + "\n".join(rows) + "\n").encode(), mtime=0)
    )
    cldr = _cldr(english)
    rows = [
        f"{kind}\t{w}" + ("\tname" if w in names else "")
        for kind in ("month", "day", "language")
        for w in sorted(cldr[kind])
    ]
    header = (
        "# month and weekday names (full and abbreviated) and language names of every\n"
        "# Latin-script locale of the Unicode CLDR (Unicode licence) via babel (BSD); built\n"
        "# by tests/data/extract_multilingual_words.py.\n"
        "# kind<TAB>word[<TAB>name: also a name or town]\n"
    )
    (DATA / "cldr_words.txt.gz").write_bytes(
        gzip.compress((header + "\n".join(rows) + "\n").encode(), mtime=0)
    )


if __name__ == "__main__":
    main()
