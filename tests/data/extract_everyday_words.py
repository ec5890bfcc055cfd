"""Rebuild bot/privacy/data/everyday_words.txt.gz (run once, by hand).

Build-time only: ``pyspellchecker`` (PyPI, MIT, Copyright Tyler Barrus; not a runtime
dependency of Sparkle) ships word-frequency lists that its author built from the
OpenSubtitles2018 word counts (P. Lison and J. Tiedemann, 2016). The most frequent words of
each Latin-script language practitioners write beside English are kept: the everyday
vocabulary of Spanish, French, Portuguese, Italian, Dutch and German ("domingo" aside:
"posto", "saúde", "agente", "novela", "escola", "freguesia").

Filters (recall first): subtitles hold the names of their characters, so a word that is a
listed given name, surname, town or word-name of bot/privacy/data ("pedro", "maria",
"lisboa") is left out: the list never makes a name safe. One- and two-letter words (initials
in English text; the short function words are in function_words.txt.gz) and words with
digits or other scripts are left out too.

Run: ``pip download pyspellchecker --no-deps`` and unpack the wheel, then
``python tests/data/extract_everyday_words.py UNPACKED_DIR``.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "bot" / "privacy" / "data"
LANGS = ("es", "fr", "pt", "it", "nl", "de")
TOP = 10_000  # the most frequent words of each language (chosen by measurement on the bench)
_MIN_LEN = 3
_WORD = re.compile(r"^[a-zà-ÿœ]+(?:[-'][a-zà-ÿœ]+)*$")


def _lines(name: str) -> list[str]:
    path = DATA / name
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [ln.rstrip("\n") for ln in handle if ln.strip() and not ln.startswith("#")]


def _listed() -> set[str]:
    """Given names, surnames, towns and word-names of the shipped lists, lower case."""
    names = {ln.partition("\t")[0] for ln in _lines("given_names.txt.gz")}
    names |= set(_lines("given_names_extra.txt")) | set(_lines("surnames.txt.gz"))
    names |= {w for ln in _lines("surnames_extra.txt") for w in ln.split()}
    names |= set(_lines("towns.txt.gz")) | set(_lines("towns_extra.txt"))
    names |= set(_lines("word_names.txt"))
    return {n.lower() for n in names}


def _top_words(resources: Path, lang: str, listed: set[str]) -> list[str]:
    with gzip.open(resources / f"{lang}.json.gz", "rt", encoding="utf-8") as handle:
        counts: dict[str, int] = json.load(handle)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]
    return [w for w, _ in ranked if len(w) >= _MIN_LEN and _WORD.match(w) and w not in listed]


def main(unpacked: Path) -> None:
    resources = unpacked / "spellchecker" / "resources"
    listed = _listed()
    langs: dict[str, set[str]] = {}
    for lang in LANGS:
        for word in _top_words(resources, lang, listed):
            langs.setdefault(word, set()).add(lang)
    rows = [f"{w}\t{','.join(sorted(ls))}" for w, ls in sorted(langs.items())]
    header = (
        f"# the {TOP:,} most frequent words of {', '.join(LANGS)} in pyspellchecker's lists (MIT,\n"
        "# Tyler Barrus; counts from OpenSubtitles2018, Lison and Tiedemann 2016), without\n"
        "# listed names and towns; built by tests/data/extract_everyday_words.py.\n"
        "# word<TAB>languages\n"
    )
    (DATA / "everyday_words.txt.gz").write_bytes(
        gzip.compress((header + "\n".join(rows) + "\n").encode(), mtime=0)
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
