"""A lower-case function word of another language beside another of its language is a word
of a quoted clause ("übrigens morgen?"); before a verb of saying of any language it is the
speaker and goes ("deim disse", "timp zice")."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import group


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "clause-word-stays",
            [
                ("I asked: übrigens morgen? she nodded", "übrigens"),
                ("I asked: jenen ordnung? she nodded", "jenen"),
            ],
        ),
    ],
)
def test_a_function_word_of_a_clause_stays(text: str, word: str) -> None:
    out = redact(text)
    assert word in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "speaker-goes",
            [
                ('mum said "deim disse" today', "deim"),
                ('the client wrote "timp zice" and smiled', "timp"),
            ],
        ),
    ],
)
def test_the_speaker_of_a_verb_of_saying_goes(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out, out
    assert "[name]" in out, out
    assert redact(out) == out
