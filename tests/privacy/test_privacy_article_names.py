"""Names after the articles of Portuguese and Spanish and after words of address of
Vietnamese, Burmese and Indonesian, in either case.

"ficou com a Bia ontem", "la Sofi dijo", "em trâm nói", "ma Thida came": removed. The same
short words stay where the text holds no other word of their language ("a Bia festival",
"meet em at"), before everyday nouns and before holy and feast words.
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
        ("ela disse que ficou com a Bia ontem na casa dela", "Bia"),
        ("ontem o Tavinho disse que não quer ir, ela chorou", "Tavinho"),
        ("hoy la Sofi dijo que ya no quiere ir con él", "Sofi"),
        ("ella dice que el Nacho ya no viene los lunes", "Nacho"),
        ("ontem falei com a rafa, ela disse que está melhor", "rafa"),
        ("hôm qua em trâm nói với mẹ rằng em muốn đi học", "trâm"),
        ("ko Aung and ma Thida came with their son", "Thida"),
        ("kemarin mbak Yuliani datang sendiri, gak takut", "Yuliani"),
        ("hôm nay chị Thu nói rằng chị đã ngủ được", "Thu"),
        ("present: u Tin (father), daw Aye Aye (mother)", "Aye"),
        ("dice que le pregunté a tatiz qué vio diferente y dijo que nada", "tatiz"),
        ("dijo que la yuyi llegó tarde y no durmió nada", "yuyi"),
    ],
)
def test_names_after_articles_and_address_words_are_removed(text: str, gone: str) -> None:
    assert_replaced(text, gone, "name")


def test_a_name_found_after_a_cue_goes_where_it_repeats_and_beside_and() -> None:
    out = redact("la sesión con tatiz y morfe fue otra cosa. le pregunté a tatiz qué vio")
    assert "tatiz" not in out
    assert "morfe" not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "dice que le pregunté a mi mamá qué vio diferente y dijo que nada",
        "dice que le pregunté a la maestra qué vio diferente",
        "dijo que la hija llegó tarde y no durmió nada",
        "she went to a Bia festival with her friends",
        "we'll meet em at the park later",
        "o menino disse que a escola fica longe de casa",
        "dice que rezó a la Virgen y gracias a Dios ya duerme",
    ],
)
def test_ordinary_uses_stay(text: str) -> None:
    assert redact(text) == text


_SYLLABLES = ["ta", "vi", "nho", "lu", "ze", "ri", "ca"]


@settings(max_examples=40, deadline=None)
@given(syllables=st.lists(st.sampled_from(_SYLLABLES), min_size=3, max_size=3))
def test_an_invented_capitalised_name_after_a_portuguese_article_never_survives(
    syllables: list[str],
) -> None:
    name = "".join(syllables).capitalize()
    out = redact(f"ontem ela disse que o {name} ficou em casa com a mãe")
    assert name not in out
    assert out == redact(out)
