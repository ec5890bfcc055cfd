"""The hostile texts of the tests outside `@given` are made from their seed alone: a run that
found something with them, and any other run, type the same texts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.fuzz.strategies import TEXT_INPUT_MAX, sample_hostile

ROOT = Path(__file__).resolve().parents[2]

# a process that imported other modules first (the anonymizer, a test of its own)
ELSEWHERE = (
    "import json, sys\n"
    "import bot.privacy\n"
    "from tests.fuzz.strategies import sample_hostile\n"
    "json.dump(sample_hostile(29, seed=20260101), sys.stdout)\n"
)


def test_the_same_seed_gives_the_same_texts_whatever_was_imported_before() -> None:
    done = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", ELSEWHERE],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    assert json.loads(done.stdout) == sample_hostile(29, seed=20260101)


def test_the_texts_are_hostile_and_within_the_limit() -> None:
    texts = sample_hostile(200, seed=7)
    assert texts != sample_hostile(200, seed=8)
    assert all(len(text) <= TEXT_INPUT_MAX for text in texts)
    assert any(len(text) > 1000 for text in texts)  # repeated mixes: long ones too
    assert any("@everyone" in text for text in texts)
    assert any(any(ord(c) > 0xFFFF for c in text) for text in texts)
    assert not any(0xD800 <= ord(c) <= 0xDFFF for text in texts for c in text)
