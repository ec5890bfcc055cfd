"""Text the bot posts under its own bold labels (a share, a closing), anonymized once more as
it is posted: as a whole, so that a name found in one part is found in all, its labels kept as
they were shown."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# A line that is one of the bot's labels: bold and nothing else.
LABEL_LINE = re.compile(r"\*\*((?:(?!\*\*).)+)\*\*")


def label_lines(lines: Sequence[str]) -> set[int]:
    """Which lines are labels: a bold line that opens the text, follows a label or follows a
    blank line (a bold line inside a paragraph is the writer's own)."""
    labels: set[int] = set()
    words: list[str] = []
    for index, line in enumerate(lines):
        if LABEL_LINE.fullmatch(line) is None or (words and words[-1]):
            words.append(line)
            continue
        labels.add(index)
        words = []
    return labels


def whole_keeping(
    text: str, labels: Callable[[list[str]], set[int]], clean: Callable[[str], str]
) -> str:
    """`text` anonymized as a whole, the lines `labels` picks kept as they are. A label was
    anonymized on its own when the preview was made; read after a part's last word ("…her
    Dr.") the anonymizer would take its first word for a name. A label line that holds
    anything on its own goes as the whole pass gives it."""
    again = clean(text)
    before, after = text.split("\n"), again.split("\n")
    if len(before) != len(after):  # a replacement ran across lines: nothing to line up
        return again
    kept = {i for i in labels(before) if clean(before[i]) == before[i]}
    pairs = enumerate(zip(before, after, strict=True))
    return "\n".join(was if i in kept else now for i, (was, now) in pairs)


# A pass finds more only beside what the pass before it replaced; a few rounds settle it.
SETTLING_ROUNDS = 4


def redacted_as_posted(text: str, redact: Callable[[str], str]) -> str:
    """`text` (bold labels over the writer's words) anonymized once more, as it is posted:
    read again until a reading changes nothing, so that what a preview showed from it reads
    the same when it is posted."""
    for _ in range(SETTLING_ROUNDS):
        again = whole_keeping(text, label_lines, redact)
        if again == text:
            break
        text = again
    return text
