"""Builds a pair of development sets (``<stem>a.jsonl``, ``<stem>b.jsonl``) from
``<stem>.src.txt``, whose lines are "category<TAB>text<TAB>names" (the names labelled in the
text, in order of appearance, joined by "|"). Each name's offsets are found in the text and
checked; rows alternate between the two files."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


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


def build(stem: str) -> None:
    rows: list[dict[str, object]] = []
    for line in (HERE / f"{stem}.src.txt").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            category, text, names = line.split("\t")
            rows.append(row(category, text, [n for n in names.split("|") if n]))
    for suffix, half in zip(("a", "b"), (rows[0::2], rows[1::2]), strict=True):
        path = HERE / f"{stem}{suffix}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in half), "utf-8")
        sys.stdout.write(f"{path.name} {len(half)}\n")
