"""Builds phi_dev_singlewords63a.jsonl and ...62b.jsonl from phi_dev_singlewords63.src.txt.

Single words that are also given names, used as ordinary words: seasons named with another
season or a time noun, a virtue or a bill whose verb is a thing's (went up, is due), two
virtues joined in prayer, a name used as a common noun after an article ("a Karen"), street
names of drugs after a quantity word ("no charlie"), a title or an address word alone, a
hyphenated ethnicity ("Indo-Fijian"), the words of a quote glossed in brackets, a kin word
before a verb ("your ate say"); and the same words as clients' names. Each source line is
"category<TAB>text<TAB>names" (names in order of appearance, joined by "|"); each name's
offsets are found in the text and checked; rows alternate between the two files.
Run: python tests/data/build_singlewords63.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "phi_dev_singlewords63.src.txt"


def row(category: str, text: str, names: list[str]) -> dict[str, object]:
    spans: list[dict[str, object]] = []
    pos = 0
    for name in names:
        start = text.index(name, pos)
        end = start + len(name)
        assert text[start:end] == name
        spans.append({"start": start, "end": end, "kind": "NAME", "text": name})
        pos = end
    return {"text": text, "spans": spans, "category": category}


def main() -> None:
    rows: list[dict[str, object]] = []
    for line in SOURCE.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            category, text, names = line.split("\t")
            rows.append(row(category, text, [n for n in names.split("|") if n]))
    for suffix, half in zip(("a", "b"), (rows[0::2], rows[1::2]), strict=True):
        path = HERE / f"phi_dev_singlewords63{suffix}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in half), "utf-8")
        sys.stdout.write(f"{path.name} {len(half)}\n")


if __name__ == "__main__":
    main()
