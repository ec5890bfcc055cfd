"""Write phi_dev_capitals63.jsonl: the independent development sets typed in capitals.

Some practitioners type whole notes in capitals. The sets written independently of the
anonymizer (phi_dev_indep*.jsonl) are upper-cased here, labels and all, so that the bench
measures how notes typed that way fare against the same notes in ordinary case. Rows whose
length changes when upper-cased ("ß") are left out, so that every offset stays valid.

    python tests/data/make_capitals_set.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
SOURCES = sorted(HERE.glob("phi_dev_indep*.jsonl"))
OUT = HERE / "phi_dev_capitals63.jsonl"


def main() -> None:
    rows: list[str] = []
    for path in SOURCES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            loud = row["text"].upper()
            if len(loud) != len(row["text"]):
                continue
            spans = [dict(s, text=loud[s["start"] : s["end"]]) for s in row["spans"]]
            category = "capitals-" + (row.get("category") or "uncategorised")
            out = {"text": loud, "spans": spans, "category": category}
            rows.append(json.dumps(out, ensure_ascii=False))
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(rows)} rows from {len(SOURCES)} sets -> {OUT.name}\n")


if __name__ == "__main__":
    main()
