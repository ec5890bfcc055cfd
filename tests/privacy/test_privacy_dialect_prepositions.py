"""Chat and Caribbean spellings of place prepositions lead into a town typed in lower case as
"in" and "from" do: "inna" (Jamaican English "in"), "frm" (chat "from"). An everyday word or
a determiner after them names no place and stays."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("him drive bus inna mandeville now, it keep him calm", "mandeville"),
        ("she a stay inna morant bay wid her cousin", "morant"),
        ("he come frm nagpur every week by train", "nagpur"),
        ("she moved frm tamworth last spring", "tamworth"),
    ],
)
def test_a_town_after_a_dialect_preposition_goes(text: str, town: str) -> None:
    out = redact(text)
    assert town not in out, out
    assert "[place]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "him deh inna di yard, inna trouble",
        "mi did deh inna church every week",
        "she got a text frm work and felt calm",
        "a message frm the school came today",
    ],
)
def test_everyday_words_after_them_stay(text: str) -> None:
    assert redact(text) == text
