"""A capitalised word in no list of names before a gathering's noun ("night", "weekend",
"dinner", "feast"), led in by a word of time, place or eating ("on", "at", "about", "ate"),
names the gathering's kind, not a person; a person addressed or asked before such a noun,
or a listed name, stays a name."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import group


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "gathering-stays",
            [
                ("She was happiest at Zouk night in the church hall.", "Zouk"),
                ("On Tinikling weekend he danced with his cousins.", "Tinikling"),
                ("He ate Kapana dinner with his nan and stayed the whole evening.", "Kapana"),
                ("Since Semba night she has called her sister twice.", "Semba"),
            ],
        ),
    ],
)
def test_a_word_before_a_gathering_noun_stays(text: str, word: str) -> None:
    out = redact(text)
    assert word in out.split(), out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "person-goes",
            [
                ("Asked Keoni dinner plans and he shrugged.", "Keoni"),
                ("I told Marisol night terrors are common at her age.", "Marisol"),
                ("On Tomasz weekend the kids stay with their dad.", "Tomasz"),
            ],
        ),
    ],
)
def test_a_person_before_a_gathering_noun_still_goes(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out, out
    assert redact(out) == out
