"""Build phi_dev_names2.jsonl: person names that are hard to see, written by hand (round two).

Nicknames, initials, titles in many languages, names with particles, word-names at a sentence
start, lower-case chat and lists of people, in the voices of twelve practitioners. Each line of
phi_dev_names2.src.txt marks identifiers as [[kind:text]]; offsets are computed here.
Lines whose category starts with "clean_" carry no identifiers and must come through
unchanged.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_MARK = re.compile(r"\[\[(\w+):(.+?)\]\]")

SOURCE = (HERE / "phi_dev_names2.src.txt").read_text(encoding="utf-8")


def parse(line: str) -> dict[str, object]:
    category, _, marked = line.partition(" | ")
    text = ""
    spans: list[dict[str, object]] = []
    pos = 0
    for m in _MARK.finditer(marked):
        text += marked[pos : m.start()]
        start = len(text)
        text += m.group(2)
        spans.append({"start": start, "end": len(text), "kind": m.group(1), "text": m.group(2)})
        pos = m.end()
    text += marked[pos:]
    for s in spans:
        assert text[int(s["start"]) : int(s["end"])] == s["text"]
    cat = category.strip()
    assert bool(spans) != cat.startswith("clean_"), line
    return {"text": text, "spans": spans, "category": cat}


def main() -> None:
    rows = [parse(line) for line in SOURCE.strip().splitlines() if line.strip()]
    out = HERE / "phi_dev_names2.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    sys.stdout.write(f"{len(rows)} rows -> {out}\n")


if __name__ == "__main__":
    main()
