"""Build hand-written labelled sets (``<name>.jsonl``) from their sources (``<name>.src.txt``).

A source line is ``category|text``, with each identifier marked ``{KIND:text}``; a line
without ``category|`` continues the text before it, and lines starting with ``#`` are
comments saying how the set was written. Texts whose category starts with ``clean_``
hold no identifier. Offsets are computed here, so no span can point at the wrong text.
Run: ``python tests/data/build_from_source.py`` (every source here; deterministic), or
name the sets to build: ``python tests/data/build_from_source.py phi_dev_titles``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"name", "location", "place", "date", "age", "phone", "email", "url", "id", "handle", "org"}
_MARK = re.compile(r"\{([A-Za-z]+):([^{}]+)\}")
_LINE = re.compile(r"^([a-z0-9_]+)\|(.*)$")


def parse(markup: str) -> tuple[str, list[dict[str, object]]]:
    """The plain text and its labelled spans."""
    parts: list[str] = []
    spans: list[dict[str, object]] = []
    pos = length = 0
    for m in _MARK.finditer(markup):
        kind, surface = m.group(1), m.group(2)
        if kind.lower() not in KINDS:
            raise ValueError(f"bad kind {kind!r} in {markup!r}")
        parts.append(markup[pos : m.start()])
        length += m.start() - pos
        spans.append({"start": length, "end": length + len(surface), "kind": kind, "text": surface})
        parts.append(surface)
        length += len(surface)
        pos = m.end()
    parts.append(markup[pos:])
    text = "".join(parts)
    if "{" in text or "}" in text:
        raise ValueError(f"stray brace in {markup!r}")
    return text, spans


def rows(source: Path) -> list[dict[str, object]]:
    entries: list[list[str]] = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        m = _LINE.match(line)
        if m:
            entries.append([m.group(1), m.group(2)])
        else:
            entries[-1][1] += "\n" + line.rstrip()
    out: list[dict[str, object]] = []
    seen: set[str] = set()
    for category, markup in entries:
        text, spans = parse(markup.strip())
        if category.startswith("clean_") == bool(spans) or text in seen:
            raise ValueError(f"mislabelled or repeated text: {text!r}")
        seen.add(text)
        out.append({"text": text, "spans": spans, "category": category})
    return out


def build(name: str) -> Path:
    out = HERE / f"{name}.jsonl"
    lines = [json.dumps(row, ensure_ascii=False) for row in rows(HERE / f"{name}.src.txt")]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def main(names: list[str]) -> None:
    for name in names or sorted(p.name.removesuffix(".src.txt") for p in HERE.glob("*.src.txt")):
        build(name)


if __name__ == "__main__":
    main(sys.argv[1:])
