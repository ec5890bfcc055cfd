"""The storage rule (storage/__init__.py): answers are decrypted in one place only."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Opening an answer, its flags or an excerpt: a decryption under one of their AADs.
_OPENS_ANSWERS = re.compile(r"\.decrypt\([^)]*\b(answer_aad|flagged_aad|excerpt_aad)\(")
# The one place, the key check (decrypts one answer to verify the key), and the migration
# that moved every answer to per-user keys.
ALLOWED = {"storage/answers.py", "storage/migrate.py"}
HISTORICAL = "storage/migrations/"


def _sources() -> list[Path]:
    return [
        p
        for folder in ("bot", "cogs", "storage")
        for p in (ROOT / folder).rglob("*.py")
        if ".venv" not in p.parts
    ]


def test_answers_are_decrypted_only_in_storage_answers() -> None:
    found = set()
    for path in _sources():
        relative = path.relative_to(ROOT).as_posix()
        text = " ".join(path.read_text(encoding="utf-8").split())  # calls over several lines
        if _OPENS_ANSWERS.search(text) and not relative.startswith(HISTORICAL):
            found.add(relative)
    assert found == ALLOWED


def test_the_check_sees_a_decryption_written_over_several_lines() -> None:
    text = " ".join("keys.decrypt(\n    row.ciphertext,\n    excerpt_aad(1, 'q'),\n)".split())
    assert _OPENS_ANSWERS.search(text)
