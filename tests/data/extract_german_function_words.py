"""Rebuild bot/privacy/data/german_function_words.txt from stopwords-iso (run once, by hand).

Needs the ``stopwordsiso`` package (MIT, https://github.com/stopwords-iso/stopwords-iso;
``pip download stopwordsiso`` and unzip, or install it) or the path of its
``stopwords-iso.json``. Its German list holds articles, pronouns, prepositions and their
contractions with the article (zum, zur, beim, vom, im), auxiliaries, conjunctions and
numerals. Kept: words of two letters or more, less the few nouns and name-like words the
list also holds (Gott, Mann, Ernst, Jahr, Tag, Zeit...), which must not count as grammar,
and less the words that are also common English words ("die", "was", "war", "also"), so
that the list can tell German text from English.

Run: ``python tests/data/extract_german_function_words.py [stopwords-iso.json]``
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "bot" / "privacy" / "data"
# nouns, names and page words in the list: not function words
NOT_FUNCTION = set(
    "ernst gott mann mensch menschen jahr jahre jahren tag tage tagen zeit ordnung sache teil "
    "uhr beispiel mittel mahn schluss ende dank tel startseite suche leide morgen d.h z.b ei, "
    "ag au en sa".split()
)


def _source(argv: list[str]) -> Path:
    if len(argv) > 1:
        return Path(argv[1])
    import stopwordsiso  # only needed here, when rebuilding

    return Path(stopwordsiso.__file__).with_name("stopwords-iso.json")


def main(argv: list[str]) -> None:
    german = json.loads(_source(argv).read_text(encoding="utf-8"))["de"]
    english = set((DATA / "common_words.txt").read_text(encoding="utf-8").split())
    words = sorted({w for w in german if len(w) > 1 and w not in NOT_FUNCTION and w not in english})
    head = (
        "# German function words (articles, pronouns, prepositions and contractions,\n"
        "# auxiliaries, conjunctions, numerals) from stopwords-iso (MIT), less nouns and\n"
        "# words that are also English. Built by tests/data/extract_german_function_words.py\n"
    )
    (DATA / "german_function_words.txt").write_text(head + "\n".join(words) + "\n", "utf-8")


if __name__ == "__main__":
    main(sys.argv)
