"""Rebuild bot/privacy/data/holiday_names.txt from python-holidays (run once, by hand).

Build-time only: ``holidays`` (PyPI, MIT, Copyright the holidays authors) is no dependency of
Sparkle. The file lists, in lower case and one a line, the English names of the public,
religious and optional holidays that the package knows for every country and subdivision
(festivals such as "Mahalaya", "Phagwah", "Magh Bihu", "Id el Maulud"): a feast is no
identifier of the person who keeps it. Alternatives given in brackets or after a slash are
names of their own ("Karaka Chaturthi (Karwa Chouth)"); marks such as "(observed)" and
"(estimated)", names with digits and the rest days after a holiday are left out. Names of
more than five words are left out too (the anonymizer reads a phrase of five words at most).

How the anonymizer uses them (bot/privacy/_lexicon.py): a name of several words is kept
whole where it stands, as the project's phrases are; a name of one word is an everyday word
unless it is also a listed given name, surname or town (recall first).

Run: ``pip install holidays && python tests/data/extract_holiday_names.py``
"""

from __future__ import annotations

import re
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
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ'’-]+")


def _names_of(name: str) -> list[str]:
    """The names one holiday goes by, each in lower case with single spaces."""
    if _REST_DAYS.search(name):
        return []
    found: list[str] = []
    for alt in _ALTERNATIVES.split(_MARKS.sub(" ", name)):
        if not alt or re.search(r"\d", alt):
            continue
        words = _WORD.findall(alt)
        if not words or len(words) > _MAX_WORDS or not all(_LATIN.fullmatch(w) for w in words):
            continue
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
    """English holiday names of every supported country and subdivision, sorted."""
    found: set[str] = set()
    for code, subdivs in holidays.list_supported_countries(include_aliases=False).items():
        default = holidays.country_holidays(code)
        languages = [lang for lang in default.supported_languages if lang.startswith("en")]
        english_default = not languages or (default.default_language or "").startswith("en")
        for subdiv in [None, *subdivs]:
            for language in languages or [None]:
                for name in _country_holidays(code, subdiv, language):
                    found.update(_names_of(name))
            if english_default and languages:
                for name in _country_holidays(code, subdiv, None):
                    found.update(_names_of(name))
    return sorted(n for n in found if _LATIN.fullmatch(n.replace(" ", "")))


def main() -> None:
    OUT.write_text(
        "# English names of holidays and festivals from python-holidays (MIT) for every country\n"
        "# and subdivision it knows; built by tests/data/extract_holiday_names.py. One a line,\n"
        "# lower case.\n" + "".join(n + "\n" for n in names()),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
