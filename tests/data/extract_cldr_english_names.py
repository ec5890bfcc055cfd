"""Rebuild tests/data/cldr_english_names.txt from the Unicode CLDR (run once, by hand).

Build-time only: ``babel`` (PyPI, BSD-3-Clause; data from the Unicode CLDR, Unicode License
v3) is no dependency of Sparkle. The file lists, in English, the names of countries and
territories, of languages and scripts, and the words before the unit of currency names
("Kazakhstani tenge", "Swiss franc": the adjectives of countries, which CLDR has no other
list of), and the day periods ("minuit", "Mitternacht", "tarde") of the Latin-script
locales whose months and weekdays tests/data/extract_multilingual_words.py takes.
tests/data/extract_common_words.py reads it to tell which of SCOWL's capitalised words are
countries, languages and peoples (kept as everyday words) and which are other proper names
(towns, people: left to the name and place lists).

A territory written with its capital ("Congo - Kinshasa") keeps only the country; each
word of a name of several words is listed too ("South Korea": "korea"), as are both
halves of a hyphenated one ("Guinea-Bissau").

Run: ``pip install babel stopwordsiso && python tests/data/extract_cldr_english_names.py``
"""

from __future__ import annotations

import re
from pathlib import Path

from babel import Locale  # type: ignore[import-not-found]
from extract_multilingual_words import LANGS, _latin  # type: ignore[import-not-found]

OUT = Path(__file__).with_name("cldr_english_names.txt")
_WORD = re.compile(r"[^\W\d_][\w’'.]*")
# names of several words are cut at these: "Congo - Kinshasa", "Myanmar (Burma)"
_CAPITAL = re.compile(r"\s+-\s+.*$")


def _words(name: str) -> set[str]:
    name = _CAPITAL.sub("", name)
    found = {name.lower()} if _WORD.fullmatch(name) else set()
    for word in _WORD.findall(name.replace("-", " ")):
        found.add(word.lower().rstrip("."))
    return {w for w in found if len(w) > 2}  # "St.", "da", "&"


def _day_periods() -> set[str]:
    """Words of the day periods ("midnight", "morning") of every Latin-script locale."""
    found: set[str] = set()
    for code in [*LANGS, "en", "fil", "nb", "nn"]:
        loc = Locale.parse(code)
        if not _latin(loc.months["format"]["wide"][1]):
            continue
        for context in loc.day_periods.values():
            for width in context.values():
                found.update(w.lower() for v in width.values() for w in _WORD.findall(str(v)))
    return {w.rstrip(".") for w in found if len(w.rstrip(".")) > 3}  # "a.m.", "mat."


def names() -> dict[str, set[str]]:
    """kind ("territory", "language", "script", "currency", "dayperiod") -> lower-case
    words."""
    loc = Locale.parse("en")
    out: dict[str, set[str]] = {"territory": set(), "language": set(), "script": set()}
    for code, name in loc.territories.items():
        if not code.isdigit() and code not in {"ZZ", "XA", "XB"}:  # regions, pseudo-locales
            out["territory"] |= _words(name)
    for name in loc.languages.values():
        out["language"] |= _words(name)
    for name in loc.scripts.values():
        out["script"] |= _words(name)
    # "Kazakhstani Tenge", "Cayman Islands Dollar": every word but the unit
    out["currency"] = {
        w for name in loc.currencies.values() for w in _words(name.rpartition(" ")[0])
    }
    out["dayperiod"] = _day_periods()
    return out


def main() -> None:
    found = names()
    rows = [f"{kind}\t{word}" for kind in sorted(found) for word in sorted(found[kind])]
    OUT.write_text(
        "# English names of countries and territories, languages and scripts, the words before\n"
        "# the unit of currency names, and the day periods of Latin-script locales, from the\n"
        "# Unicode CLDR (Unicode License v3) via babel (BSD-3-Clause); built by\n"
        "# tests/data/extract_cldr_english_names.py.\n"
        "# kind<TAB>word (lower case)\n" + "".join(r + "\n" for r in rows),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
