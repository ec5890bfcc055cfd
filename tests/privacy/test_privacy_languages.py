"""Words of other languages practitioners write in stay; virtue names acting are removed."""

from __future__ import annotations

import pytest

from bot.privacy import redact

KEPT = [
    "We met on Jumatatu and again on Ijumaa, both calmer days.",
    "Session moved from Lunes to Huwebes because of the fiesta.",
    "She wrote the date as Outubro in her journal and drew a sun.",
    "Her Achchi and Seeya came to the school concert together.",
    "Maame and Paapa both joined by phone for the last ten minutes.",
    "Bà Ngoại lives with them now and Má is calmer when Bà is around.",
    "She went to the temple for Poya and lit lamps with her mother.",
    "During the Hungry Ghost Festival she felt unsettled but still drew.",
    "The family read from the Ramayana together on Sunday evening.",
    "We used Crayola pastels and Faber-Castell pencils; she chose the cheap ones.",
    "I used the Miracle Question from Solution Focused Brief Therapy and he answered.",
    "Progress since the Social Skills group started has been steady.",
    "Promise is a big word for him, so we talked about small steps.",
    "Fortune favoured us that day: the bus was late and so was she.",
]

REMOVED = [
    ("Sparkling moment — Promise spoke in the group for the first time.", "Promise"),
    ("Wisdom said she slept through the night for once.", "Wisdom"),
    ("He did seva at Gurdwara Sahib Sikh Sangat with his friend.", "Gurdwara Sahib"),
]


@pytest.mark.parametrize("text", KEPT)
def test_words_of_other_languages_and_named_things_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(("text", "value"), REMOVED)
def test_virtue_names_that_act_and_named_places_of_worship_go(text: str, value: str) -> None:
    out = redact(text)
    assert value not in out, out
    assert "[" in out
