"""Build ``phi_dev_clean2.jsonl`` from ``phi_dev_clean2.src.txt``.

The texts were written for this set (round two) before reading the anonymizer's rules, all
identifier-free texts a careless rule would damage: kinship words in many languages,
religious words and practices, headings and bullet lists, clinical words and measures,
brands and apps used as things, everyday and chat words of other Englishes (Singlish,
Taglish, Sheng, te reo), in the voices of twelve practitioners. Each source line is
``category|text``, with identifiers marked ``{KIND:text}``; a line without
``category|`` continues the text before it. Texts whose category starts with ``clean_``
hold no identifier.
Run: ``python tests/data/build_phi_dev_clean2.py`` (deterministic).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "phi_dev_clean2.src.txt"
OUT = HERE / "phi_dev_clean2.jsonl"
KINDS = {"NAME", "LOCATION", "DATE", "AGE", "PHONE", "EMAIL", "URL", "ID", "HANDLE", "ORG"}
_MARK = re.compile(r"\{([A-Z]+):([^{}]+)\}")
_LINE = re.compile(r"^([a-z0-9_]+)\|(.*)$")


def parse(markup: str) -> tuple[str, list[dict[str, object]]]:
    """The plain text and its labelled spans."""
    parts: list[str] = []
    spans: list[dict[str, object]] = []
    pos = length = 0
    for m in _MARK.finditer(markup):
        kind, surface = m.group(1), m.group(2)
        if kind not in KINDS:
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


def rows() -> list[dict[str, object]]:
    entries: list[list[str]] = []
    for line in SRC.read_text(encoding="utf-8").splitlines():
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


def main() -> None:
    lines = [json.dumps(row, ensure_ascii=False) for row in rows()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
