"""Builds phi_dev_wordreadings62a.jsonl and ...62b.jsonl from phi_dev_wordreadings62.src.txt.

Single words that are given names too, in sentences whose grammar shows what they are:
a thing said or felt ("X is what she ..."), a thing of a kind ("X is her worst time"),
the head of a Romance noun phrase ("Ola de calor"), a small-typed echo of a word the text
already mentions as a word; and the same words as clients' names. Source lines as
`names_source` reads them.
Run: python tests/data/build_wordreadings62.py
"""

from __future__ import annotations

from names_source import build

if __name__ == "__main__":
    build("phi_dev_wordreadings62")
