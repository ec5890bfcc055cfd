"""Rebuild bot/privacy/data/holiday_names.txt from python-holidays (run once, by hand).

Build-time only: ``holidays`` (PyPI, MIT, Copyright the holidays authors) is no dependency of
Sparkle. The file lists, in lower case and one a line, the names of the public, religious and
optional holidays that the package knows for every country and subdivision, in each language it
has them in, Latin script only (festivals such as "Mahalaya", "Phagwah", "Magh Bihu", "Id el
Maulud", "Fête du Trône", "Mariä Himmelfahrt"): a feast is no identifier of the person who keeps
it. Names of one word are taken from English only: one of another language ("Pascua") is kept by
the rules that look for that language around it. Alternatives given in brackets or after a slash
are names of their own ("Karaka Chaturthi (Karwa Chouth)"); what stands in brackets after many
holidays and never alone is a mark in some language ("(observed)", "(estimado)") and goes, as do
names with digits, one-word names of fewer than four letters ("Pak", "AFL") and the rest days
after a holiday. Names of more than five words are left out too (the anonymizer reads a phrase
of five words at most).

How the anonymizer uses them (bot/privacy/_lexicon.py): a name of several words is kept
whole where it stands, as the project's phrases are; a name of one word is an everyday word
unless it is also a listed given name, surname or town (recall first).

Run: ``pip install holidays && python tests/data/extract_holiday_names.py``
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import holidays  # type: ignore[import-not-found]

OUT = Path(__file__).parents[2] / "bot" / "privacy" / "data" / "holiday_names.txt"
_YEARS = range(2015, 2028)
_MAX_WORDS = 5
# marks after a name and days that only follow a holiday
_MARKS = re.compile(r"\((?:[^)]*\b(?:observed|estimated|from|until)\b[^)]*)\)", re.I)
_REST_DAYS = re.compile(
    r"\b(?:following|after|before|compensatory|bridge|rest|working|non-working|substitute"
    r"|additional|extra|in lieu|preceding|overlapping|shortened)\b",
    re.I,
)
_ALTERNATIVES = re.compile(r"\s*(?:/|;|\(|\))\s*")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_BRACKETED = re.compile(r"\(([^()]*)\)")
_MIN_ONE_WORD = 4
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ'’-]+")


def _marks(raw: set[str]) -> set[str]:
    """What stands in brackets after several holidays and never as a holiday's name of its own:
    a mark in some language ("(estimado)", "(geschat)", "(from 2pm)"), not another name of a
    feast ("(Dashain)" after two days of Dashain, "(Karwa Chouth)")."""
    counts = Counter(m.lower() for name in raw for m in set(_BRACKETED.findall(name)))
    alone = {_BRACKETED.sub("", name).strip().lower() for name in raw}
    return {m for m, count in counts.items() if (count > 1 and m not in alone) or "," in m}


def _names_of(name: str, marks: set[str]) -> list[str]:
    """The names one holiday goes by, each in lower case with single spaces."""
    if _REST_DAYS.search(name):
        return []
    name = _BRACKETED.sub(lambda m: " " if m.group(1).lower() in marks else m.group(0), name)
    found: list[str] = []
    for alt in _ALTERNATIVES.split(_MARKS.sub(" ", name)):
        if not alt or re.search(r"\d", alt):
            continue
        words = _WORD.findall(alt)
        if not words or len(words) > _MAX_WORDS or not all(_LATIN.fullmatch(w) for w in words):
            continue
        if len(words) == 1 and len(words[0]) < _MIN_ONE_WORD:
            continue  # "Pak", "AFL": too short to tell a feast from a name or an acronym
        # the detector drops a possessive "'s" from the word before it ("Saint Patrick's")
        found.append(" ".join(re.sub(r"['’]s$", "", w.lower()) for w in words))
    return found


def _country_holidays(code: str, subdiv: str | None, language: str | None) -> list[str]:
    """The holiday names of one country (or subdivision) in one language, or none."""
    try:
        country = holidays.country_holidays(code, subdiv=subdiv, years=_YEARS, language=language)
        categories = country.supported_categories
        country = holidays.country_holidays(
            code, subdiv=subdiv, years=_YEARS, language=language, categories=categories
        )
    except (NotImplementedError, ValueError, KeyError):
        return []
    return [part for name in country.values() for part in name.split("; ")]


def names() -> list[str]:
    """Holiday names of every supported country and subdivision, sorted."""
    raw: set[str] = set()
    other: set[str] = set()
    for code, subdivs in holidays.list_supported_countries(include_aliases=False).items():
        default = holidays.country_holidays(code)
        languages = list(default.supported_languages) or [None]
        for subdiv in [None, *subdivs]:
            for language in languages:
                named = _country_holidays(code, subdiv, language)
                if language is None or language.startswith("en"):
                    raw.update(named)
                else:  # a one-word feast of another language needs that language around it
                    other.update(named)
    marks = _marks(raw | other)
    found = {n for name in raw for n in _names_of(name, marks)}
    found |= {n for name in other for n in _names_of(name, marks) if " " in n}
    return sorted(n for n in found if _LATIN.fullmatch(n.replace(" ", "")))


def main() -> None:
    OUT.write_text(
        "# Names of holidays and festivals from python-holidays (MIT) for every country and\n"
        "# subdivision it knows, in each language it has (Latin script); built by\n"
        "# tests/data/extract_holiday_names.py. One a line, lower case.\n"
        + "".join(n + "\n" for n in names()),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
