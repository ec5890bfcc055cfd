"""Draft-note sizes and render times over the adversarial test debriefs, as a table.

Run: python -m bench.notes_length. "message" is the Discord rendering (limit 2,000
characters), "file" the plain-text attachment; both use the real anonymizer.
"""

from __future__ import annotations

import time

from bot.limits import CONTENT_MAX
from bot.notes import NoteFormat, render_both
from bot.privacy import redact
from tests.unit.notes_debriefs import ADVERSARIAL


def main() -> None:
    redact("warm up the word lists")
    print(f"{'debrief':18} {'format':6} {'message':>7} {'file':>5} {'fits':>4} {'ms':>6}")
    for name, answers in ADVERSARIAL.items():
        for fmt in NoteFormat:
            start = time.perf_counter()
            message, plain = render_both(answers, fmt)
            ms = (time.perf_counter() - start) * 1000
            fits = "yes" if len(message) <= CONTENT_MAX else "no"
            print(f"{name:18} {fmt.value:6} {len(message):7} {len(plain):5} {fits:>4} {ms:6.1f}")


if __name__ == "__main__":
    main()
