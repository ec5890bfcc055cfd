"""Christmas and Easter named in the languages of the function-word data are everyday words,
at a sentence start and mid-sentence; a feast word that is also a listed surname or town is
left to the rules for names and places, and the people around a feast word still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Kersfees was quiet this year and she slept well.",
        "Jõulud went better than last year, she said.",
        "The whole family came for Lieldienas and he stayed calm.",
        "Iphasika is the one weekend everyone is home.",
        "She baked for Eguberri and laughed with her cousins.",
        "After Ajinde the house was calmer.",
        "For Paskalya her grandmother dyed eggs.",
        "Cáisc was hard without her dad.",
        "Karácsony went well; nobody argued.",
        "He went to church for Pasko and felt lighter.",
        "Wielkanoc went better than expected.",
    ],
)
def test_feast_names_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Wielkanoc with Kasia was fun.", "Kasia"),
        ("Kersfees with Sipho and Thandeka was loud.", "Thandeka"),
        ("Mrs Pasqua said the week was better.", "Pasqua"),
        ("She moved from Natal last year.", "Natal"),
    ],
)
def test_names_and_towns_beside_or_spelt_like_feasts_still_go(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out, out
    assert redact(out) == out
