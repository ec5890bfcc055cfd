"""Rebuild bot/privacy/data/common_words.txt from SCOWL (run once, by hand).

Needs the SCOWL word lists as Debian ships them (``apt-get install scowl``, files in
/usr/share/dict/scowl/). SCOWL (Kevin Atkinson) is under a permissive licence: use,
copying, modification and sale are allowed provided its copyright notice is kept
(see NOTICE). Its levels follow frequency: 10-35 are common words, 50 the size of an
ordinary dictionary, 60+ rarer words.

Kept as everyday words:
- lower-case words of the English, American, British, Canadian and Australian lists up to
  ``LEVEL_WORDS``, except given names listed by ``MIN_LOCALES`` or more locales of the
  shipped lists (bot/privacy/data) and rarer than ``LEVEL_NAME_WORDS`` ("rob", "will" and
  "hope" stay; "maria" and "poppy" are read as names), and any other name, surname or
  town rarer than ``LEVEL_RARE`` ("yoga" and "tapping" stay, "draper" is a name);
- capitalised words up to ``LEVEL_UPPER`` that SCOWL never lists as a proper name, that
  are not names or towns, and that are
  - a weekday or month, or shaped like a people, faith or school word ("Ghanaians",
    "Mennonite", "Taoism", "Freudian", "Celtic");
  - a country, territory, language, script or currency adjective of the Unicode CLDR
    (tests/data/cldr_english_names.txt: "Korea", "Netherlands", "Malayalam", "Swiss"), or
    a form regularly derived from one ("Korean", "Koreans", "Kazakh", "Filipinos",
    "Icelander"), a faith or people (``FAITHS``, ``PEOPLES``, bot/privacy/_community_orgs.py)
    or its derived forms ("Muslims", "Kurds"), or a CLDR day period ("minuit");
  - a word the project already keeps: never an identifier (safe_words.txt, "Quaker", and
    its plural), a state or larger region (regions.txt, regions_extra.txt), a function word
    or word of address of another language (function_words.txt.gz, "Las";
    bot/privacy/_kin_address.py, "Pasteur"), a word of a public figure's name
    (public_figures.txt, "Churchill").
  The other capitalised words are places and people ("Bangalore", "Apia", "Tahiti",
  "Hoyle"): typed in lower case they are left to the name and place rules.

Run: ``python tests/data/extract_common_words.py [SCOWL_DIR]``
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

from bot.privacy import _community_orgs, _kin_address

DATA = Path(__file__).resolve().parents[2] / "bot" / "privacy" / "data"
SCOWL = Path("/usr/share/dict/scowl")
VARIETIES = ("english", "american", "british", "canadian", "australian")
LEVEL_WORDS = 60
LEVEL_NAME_WORDS = 20
LEVEL_RARE = 35
MIN_LOCALES = 2
LEVEL_UPPER = 50
_LOWER = re.compile(r"[a-z]+(?:['-][a-z]+)*")
_UPPER = re.compile(r"[A-Z][a-z]{2,}")
CLDR_NAMES = Path(__file__).with_name("cldr_english_names.txt")
_CALENDAR = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june"
    r"|july|august|september|october|november|december)s?"
)
# peoples, faiths, schools of thought and their followers: "Ghanaians", "Lutherans",
# "Mennonites", "Taoism", "Maoists", "Nepalese", "Freudian", "Romanesque", "Celtic",
# "Hellenic", "Islamic", "Socratic"
_PEOPLE_SHAPE = re.compile(r"[a-z]+(?:ians?|eans?|ans|ese|ism|isms|ists?|ites?|esque|ics?)")
# faiths, their branches and gods, and peoples, that no CLDR name gives (beside the
# project's own lists of peoples and faiths, bot/privacy/_community_orgs.py)
FAITHS = (
    "islam shinto sufi sunni shia zen tao bahai druze yazidi rastafari wesleyan hasid "
    "siva shiva vishnu brahma"
).split()
PEOPLES = ("aussie",)
# a name's stem, before the endings of its peoples' forms: "kazakh|stan", "fin|land",
# "nepal|ese", "somal|ia", "turk|ey"
_STEM_ENDINGS = ("istan stan land ia a e i o y ian ean an n ese ish ic s ey").split()
_FORM_ENDINGS = (
    "s n ns an ans ian ians ean eans ese i is ish ic er ers ite ites ism isms ist ists "
    "ois ot ots istan stan"
).split()


def _shipped_rows(name: str) -> list[str]:
    with gzip.open(DATA / name, "rt", encoding="utf-8") as handle:
        return [line.rstrip("\n") for line in handle if not line.startswith("#")]


def _shipped(name: str, min_locales: int = 1) -> set[str]:
    """Names of a shipped list (given names: those listed by ``min_locales`` locales)."""
    rows = [line.split("\t") for line in _shipped_rows(name)]
    return {row[0].strip() for row in rows if row[0] and int([*row, "1"][1]) >= min_locales}


def _text_lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def _lists(root: Path) -> dict[str, dict[str, int]]:
    """Category ("words", "upper", "proper-names", ...) -> word -> lowest level."""
    found: dict[str, dict[str, int]] = {}
    for path in root.iterdir():
        stem, _, level = path.name.rpartition(".")
        variety, _, category = stem.partition("-")
        if variety not in VARIETIES or not level.isdigit():
            continue
        words = found.setdefault(category, {})
        for line in path.read_text(encoding="latin-1").splitlines():
            word = line.strip()
            if word:
                words[word] = min(words.get(word, 999), int(level))
    return found


def _cldr_names() -> dict[str, set[str]]:
    """kind ("territory", "language", "script", "currency", "dayperiod") -> words."""
    found: dict[str, set[str]] = {}
    for row in _text_lines(CLDR_NAMES):
        kind, _, word = row.partition("\t")
        found.setdefault(kind, set()).add(word)
    return found


def _derived(names: set[str], endings: list[str], *, stems_too: bool = True) -> set[str]:
    """``names`` and the forms regularly derived from them: "korea" -> "korean",
    "koreans"; "kazakhstan" -> "kazakh"; "iceland" -> "icelander", "icelandic";
    "filipino" -> "filipinos"; "kurdish" -> "kurds", "kurdistan"."""
    stems = set(names)
    for name in names:
        stems |= {
            name[: -len(e)] for e in _STEM_ENDINGS if name.endswith(e) and len(name) > len(e) + 2
        }
    return (stems if stems_too else set(names)) | {stem + e for stem in stems for e in endings}


def _kept_upper(low: str, known: set[str]) -> bool:
    """Whether SCOWL's capitalised word ``low`` is a weekday, month, people, faith or other
    word that is never an identifier."""
    if _CALENDAR.fullmatch(low) or _PEOPLE_SHAPE.fullmatch(low) or low in known:
        return True
    return low.endswith("s") and (low[:-1] in known or (low.endswith("es") and low[:-2] in known))


def _known_upper() -> set[str]:
    """The lower-case capitalised words kept, besides weekdays, months and people shapes."""
    safe = {w for line in _text_lines(DATA / "safe_words.txt") for w in line.split()}
    # states, provinces and larger regions, which Safe Harbor lets us keep ("Queensland")
    regions = {w for n in ("regions.txt", "regions_extra.txt") for w in _text_lines(DATA / n)}
    peoples = {*FAITHS, *PEOPLES, *_community_orgs.PEOPLES, *_community_orgs.FAITHS}
    # the function words and words of address of other languages ("Las", "Kama", "Pasteur":
    # Spanish, Swahili, French) and the words of the project's public figures
    # ("Churchill"), which the detector weighs in context
    foreign = {row.partition("\t")[0] for row in _shipped_rows("function_words.txt.gz")}
    foreign |= _kin_address.WORDS
    figures = {
        w.lstrip("?!") for line in _text_lines(DATA / "public_figures.txt") for w in line.split()
    }
    cldr = _cldr_names()
    # a country's people end in "-i" ("Pakistani", "Israeli"); a language's name already
    # is the adjective, and its stem alone or with "-i" would give a place ("Tahitian":
    # "Tahiti"); day periods are words of other languages ("minuit"), not names
    others = {
        w for kind, words in cldr.items() if kind not in {"territory", "dayperiod"} for w in words
    }
    known = _derived(cldr["territory"], _FORM_ENDINGS) | cldr["dayperiod"]
    endings = [e for e in _FORM_ENDINGS if e not in {"i", "is"}]
    known |= _derived(others | peoples, endings, stems_too=False)
    return known | safe | regions | foreign | figures


def common_words(root: Path) -> list[str]:
    wide_names = _shipped("given_names.txt.gz", MIN_LOCALES)
    names = _shipped("given_names.txt.gz") | _shipped("surnames.txt.gz")
    names |= _shipped("towns.txt.gz")
    lists = _lists(root)
    keep: set[str] = set()
    for word, level in lists["words"].items():
        if not _LOWER.fullmatch(word) or level > LEVEL_WORDS:
            continue
        if word in wide_names and level > LEVEL_NAME_WORDS:
            continue
        if word in names and level > LEVEL_RARE:
            continue
        keep.add(word)
    proper = {w.lower() for w in lists.get("proper-names", {})}
    known = _known_upper()
    for word, level in lists.get("upper", {}).items():
        low = word.lower()
        if not _UPPER.fullmatch(word) or level > LEVEL_UPPER or low in proper | names:
            continue
        if _kept_upper(low, known):
            keep.add(low)
    return sorted(keep)


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else SCOWL
    words = common_words(root)
    (DATA / "common_words.txt").write_text(
        "# Everyday English words from SCOWL (Kevin Atkinson, permissive licence, see NOTICE),\n"
        "# built by tests/data/extract_common_words.py.\n" + "".join(w + "\n" for w in words),
        encoding="utf-8",
    )
    sys.stdout.write(f"{len(words)} words\n")


if __name__ == "__main__":
    main()
