"""Golden notes over adversarial debriefs, in every format, as a message and as a file.

The files under tests/golden/notes/adversarial are compared byte for byte; run with
UPDATE_GOLDEN=1 to rewrite them after an intended wording change, then read the diff.
Redaction is a fixed stub here so the files do not move when the anonymizer does.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.notes import NoteFormat, render_note
from tests.unit.notes_debriefs import ADVERSARIAL

GOLDEN = Path(__file__).parents[1] / "golden" / "notes" / "adversarial"


def stub_redact(text: str) -> str:
    return text.replace("Jordan", "[name]")


@pytest.mark.parametrize("plain", [False, True], ids=["message", "file"])
@pytest.mark.parametrize("fmt", list(NoteFormat))
@pytest.mark.parametrize("case", ADVERSARIAL)
def test_matches_golden_file(case: str, fmt: NoteFormat, plain: bool) -> None:
    path = GOLDEN / f"{case}_{fmt.value}.{'txt' if plain else 'md'}"
    text = render_note(ADVERSARIAL[case], fmt, redact=stub_redact, plain=plain)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert path.read_bytes() == text.encode("utf-8")
