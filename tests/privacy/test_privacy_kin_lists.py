"""A lower-case word listed among relatives ("me, tavita, her nana and the baby") is a name;
lists of things beside relatives, everyday words and relatives' words of other languages
stay. A placeholder's "name" before "her lola" is no verb of calling."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("who came today: me, tavita, her nana and the baby", "tavita"),
        ("family session: mum, koro, wiremu and the twins. koro talked the most", "wiremu"),
        ("present: me, his aunty, ngaire and the youth worker", "ngaire"),
        ("at the hui: nani, dadi, harjot, his cousin and me", "harjot"),
    ],
)
def test_word_listed_among_relatives_is_removed(text: str, name: str) -> None:
    assert_replaced(text, name, "name")


@pytest.mark.parametrize(
    "text",
    [
        "me, her nana, kumara and bread from the market",
        "mum, dad, the dog and ngutu",
        "me, my sister, hangi and steamed pudding",
        "me, my sister, my mum and the baby",
    ],
)
def test_lists_of_things_and_relatives_stay(text: str) -> None:
    assert redact(text) == text


def test_owned_relative_after_a_listed_name_stays() -> None:
    out = redact("who came: me, tavita, her lola and the baby. lola did most of the talking")
    assert "tavita" not in out
    assert out.count("lola") == 2


def test_calling_verb_still_gives_a_nickname() -> None:
    out = redact("they call her lola and she likes it. lola did most of the talking")
    assert "lola" not in out
