"""Answers typed in capitals read alone and under a share's bold label.

Usage: python bench/labelled_capitals.py [--file PATH] [--show]

Each row of the file (by default the independent sets typed in capitals) is put under a bold
label line as `bot.share.share_text` composes a share ("**label**\\nanswer"). Prints how many
rows read differently there than alone (redact of the labelled text against the label over
redact of the row alone), and the labelled texts' leak, removed and intact as
`bench/anonymizer.py` scores them (the spans moved past the label).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.anonymizer import Case, load, pct, score  # noqa: E402
from bot.privacy import redact  # noqa: E402

LABEL = "**What were you doing differently?**\n"
DEFAULT = ROOT / "tests/data/phi_dev_capitals63.jsonl"


def labelled(case: Case) -> Case:
    shift = len(LABEL)
    spans = [
        {**s, "start": int(str(s["start"])) + shift, "end": int(str(s["end"])) + shift}
        for s in case.spans
    ]
    return Case(LABEL + case.text, spans, case.category)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--file", type=Path, default=DEFAULT)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    cases = load(args.file)
    differ = 0
    for case in cases:
        under = redact(LABEL + case.text)
        alone = LABEL + redact(case.text)
        if under != alone:
            differ += 1
            if args.show:
                print(f"ALONE {alone[len(LABEL) :]!r}\nUNDER {under[len(LABEL) :]!r}\n")
    sc = score([labelled(c) for c in cases], redact)
    print(f"{args.file.name}: {len(cases)} rows, {differ} read differently under a label")
    print(
        f"labelled: leak {pct(sc.leaked_spans, sc.spans)} ({sc.leaked_spans}/{sc.spans}), "
        f"removed {pct(sc.lost_words, sc.ordinary_words)} ({sc.lost_words}/{sc.ordinary_words}), "
        f"intact {pct(sc.clean_unchanged, sc.clean_texts)} "
        f"({sc.clean_unchanged}/{sc.clean_texts})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
