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
- capitalised words up to ``LEVEL_UPPER`` that SCOWL never lists as a proper name and
  that are not names or towns (weekdays, months, "Catholic", "Jewish", "European").

Run: ``python tests/data/extract_common_words.py [SCOWL_DIR]``
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

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


def _shipped(name: str, min_locales: int = 1) -> set[str]:
    """Names of a shipped list (given names: those listed by ``min_locales`` locales)."""
    with gzip.open(DATA / name, "rt", encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle if not line.startswith("#")]
    return {row[0].strip() for row in rows if row[0] and int([*row, "1"][1]) >= min_locales}


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
    for word, level in lists.get("upper", {}).items():
        low = word.lower()
        if _UPPER.fullmatch(word) and level <= LEVEL_UPPER and low not in proper | names:
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
