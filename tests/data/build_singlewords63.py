"""Builds phi_dev_singlewords63a.jsonl and ...63b.jsonl from phi_dev_singlewords63.src.txt.

Single words that are also given names, used as ordinary words: seasons named with another
season or a time noun, a virtue or a bill whose verb is a thing's (went up, is due), two
virtues joined in prayer, a name used as a common noun after an article ("a Karen"), street
names of drugs after a quantity word ("no charlie"), a title or an address word alone, a
hyphenated ethnicity ("Indo-Fijian"), the words of a quote glossed in brackets, a kin word
before a verb ("your ate say"); and the same words as clients' names. Source lines as
`names_source` reads them.
Run: python tests/data/build_singlewords63.py
"""

from __future__ import annotations

from names_source import build

if __name__ == "__main__":
    build("phi_dev_singlewords63")
