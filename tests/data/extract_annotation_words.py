"""Rebuild bot/privacy/data/annotation_words.txt.gz (run once, by hand).

Build-time only: the ``cldr-annotations-full`` package of the npm registry (the Unicode
CLDR's character annotations, Unicode License v3) holds, for each locale, the short names
and keywords of every emoji: everyday nouns of that language ("pão", "queijo", "bolo",
"chá", "futebol", "missa", "feira"...). The single words of the annotations of the
Latin-script languages of ``function_words.txt.gz`` are kept, each with its languages.

Filters (recall first): a word that is a listed given name, surname, town or word-name of
bot/privacy/data, or an everyday English word (SCOWL, ``common_words.txt``), is left out,
as are words of fewer than three letters and words with digits or other scripts.

Run: ``npm pack cldr-annotations-full && tar xzf cldr-annotations-full-*.tgz &&
python tests/data/extract_annotation_words.py package``
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

from bot.privacy._lexicon import lexicon

# the languages of extract_multilingual_words.py (stopwords-iso, Latin script, no English)
LANGS = (
    "af br ca cs da de eo es et eu fi fr ga gl ha hr hu id it ku lt lv ms nl no pl pt ro sk "
    "sl so st sv sw tl tr vi yo zu"
).split()
_WORD = re.compile(r"^[a-zà-ÿāăąćčďđēėęěğģīįıķĺľłńņňőœŕřśşšţťūůűųźżžșțșẹọṣ]+$")
DATA = Path(__file__).resolve().parents[2] / "bot" / "privacy" / "data"
_MIN_LEN = 3
_HEADER = (
    "# everyday words of the Latin-script languages of function_words.txt.gz: the single\n"
    "# words of the Unicode CLDR character annotations (emoji names and keywords; Unicode\n"
    "# License v3) from the cldr-annotations-full package; built by\n"
    "# tests/data/extract_annotation_words.py. word<TAB>languages\n"
)


def main(package: Path) -> None:
    lex = lexicon()
    english = frozenset(
        w.lower() for w in (DATA / "common_words.txt").read_text(encoding="utf-8").split()
    )
    found: dict[str, set[str]] = {}
    for lang in LANGS:
        path = package / "annotations" / lang / "annotations.json"
        if not path.exists():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))["annotations"]["annotations"]
        for entry in data.values():
            for phrase in [*entry.get("default", []), *entry.get("tts", [])]:
                for word in phrase.lower().replace(",", " ").split():
                    if len(word) >= _MIN_LEN and _WORD.match(word) and word.isalpha():
                        found.setdefault(word, set()).add(lang)
    rows = [
        f"{w}\t{','.join(sorted(langs))}\n"
        for w, langs in sorted(found.items())
        if w not in lex.given_names
        and w not in lex.surnames
        and w not in lex.places
        and w not in lex.word_names
        and w not in english
    ]
    (DATA / "annotation_words.txt.gz").write_bytes(
        gzip.compress((_HEADER + "".join(rows)).encode("utf-8"), mtime=0)
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
