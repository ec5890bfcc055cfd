"""Builds phi_dev_wordsubj65a.jsonl and ...65b.jsonl from phi_dev_wordsubj65.src.txt.

Given names that are everyday words, pet names or titles as the subject of what only a
person does, read through auxiliaries, adverbs, asides and creole base forms ("Destiny has
been going to her classes", "Legend in year 9 has started the programme", "junior tell mi
seh"), and the same words as ordinary or abstract subjects ("Joy has returned to her face").
Source lines as `names_source` reads them.
Run: python tests/data/build_wordsubj65.py
"""

from __future__ import annotations

from names_source import build

if __name__ == "__main__":
    build("phi_dev_wordsubj65")
