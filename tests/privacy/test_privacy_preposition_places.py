"""Places after the prepositions of Portuguese, Spanish, Filipino, Indonesian and
Vietnamese, in a text with other words of the language.

"ela mora no Recife", "vivía en Miraflores", "nakatira siya sa Matina", "pindah ke Ipoh dari
Bandung", "tôi sống ở Cầu Giấy", "foi no jogo em boa viagem": removed. Holy and feast
words, and everyday nouns typed in lower case, stay.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("ela mora no Recife desde que casou, ela disse", "Recife"),
        ("vivía en Miraflores con su mamá y ella dice que le gusta", "Miraflores"),
        ("nakatira siya sa Matina ngayon kasi malapit sa trabaho", "Matina"),
        ("dia tinggal di Rungkut, lalu pindah ke Ipoh dari Bandung", "Rungkut"),
        ("tôi sống ở Cầu Giấy với mẹ từ năm ngoái", "Cầu Giấy"),
        ("ele disse que foi no jogo em boa viagem com o pai", "boa viagem"),
        ("ella dijo que vive en san isidro con su hija", "san isidro"),
    ],
)
def test_places_after_prepositions_are_removed(text: str, gone: str) -> None:
    assert_replaced(text, gone, "place")


@pytest.mark.parametrize(
    "text",
    [
        "dice que en Semana Santa fue a la iglesia con su hija",
        "Salamat sa Ginoo, ingon niya, wala ko mahadlok",
        "mi ha detto che a Capodanno è rimasta a casa con la nonna",
        "dice que en Nochebuena cenó con su hija y no se peleó",
        "dice que no bebió en la feria y se fue a casa con su hijo",
        "we stayed in and watched a film",
    ],
)
def test_english_holy_words_and_lower_case_nouns_stay(text: str) -> None:
    assert redact(text) == text


_SYLLABLES = ["ka", "ru", "bo", "ta", "ngi", "lo", "pa"]


@settings(max_examples=40, deadline=None)
@given(syllables=st.lists(st.sampled_from(_SYLLABLES), min_size=3, max_size=3))
def test_an_invented_town_after_an_indonesian_preposition_never_survives(
    syllables: list[str],
) -> None:
    town = "".join(syllables).capitalize()
    out = redact(f"kemarin dia pergi ke {town} sama ibunya, tidak takut")
    assert town not in out
    assert out == redact(out)
