"""Foods, games and observances of other languages (data/world_things.txt) are kept as
things, except right after a preposition of place or movement, where a town may spell the
same: there they go, in every language, and so does the same word elsewhere in the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("kemarin dia pergi ke Karuta sama ibunya, tidak takut", "Karuta"),
        ("elle habite à Belote depuis deux ans avec sa mère", "Belote"),
        ("vive en Melancia con su hija desde enero", "Melancia"),
        ("nakatira siya sa Sladoled ngayon kasi malapit", "Sladoled"),
        ("otišla je u Jabuka kod bake", "Jabuka"),
        ("she moved to Tavla last year and Tavla suits her", "Tavla"),
    ],
)
def test_a_thing_word_in_a_place_slot_goes(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "She drinks Acqua after training and sleeps better.",
        "She is good at Shogi and bad at Carrom.",
        "He wins at Belote every Friday with the neighbours.",
        "They ate Gelato in the park and played Bocce after.",
        "After Iftari the cousins stayed up to play Tavla.",
    ],
)
def test_a_thing_word_outside_a_place_slot_stays(text: str) -> None:
    assert_kept(text)


_GAMES = ["Karuta", "Tavla", "Belote", "Bocce", "Shogi", "Sueca", "Briscola", "Patata"]
_LEADS = ["pergi ke", "tinggal di", "she moved to", "he lives in", "elle habite à", "vive en"]


@settings(max_examples=20, deadline=None)
@given(word=st.sampled_from(_GAMES), lead=st.sampled_from(_LEADS))
def test_no_thing_word_shields_a_town_after_a_preposition(word: str, lead: str) -> None:
    out = redact(f"kemarin katanya {lead} {word} sama ibunya, tidak takut")
    assert word not in out
    assert out == redact(out)
