"""Lower-case nicknames a chat-style bracket explains ("chispa (así le dicen) llegó", "lil bean
(thats what everyone calls her lol) said", "ok so rocket (the stepdad lol) came") are removed,
with the word before a laugh ("muffin lol (her nickname)") and without the laugh itself;
relatives, words inside a clause and brackets that say no one stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("chispa (así le dicen) llegó tarde pero llegó", "chispa"),
        ("lil bean (thats what everyone calls her lol) said school was ok", "bean"),
        ("session went fine. rocket (the stepdad lol) said he'd drive her", "rocket"),
        ("ok so cookie (his big brother lol) walked him in", "cookie"),
        ("flaquito (el tío, le dicen así en el barrio) vino también", "flaquito"),
        ("muffin lol (her nickname from school) drew the family", "muffin"),
    ],
)
def test_nicknames_a_chat_bracket_explains_are_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert redact(out) == out


def test_the_laugh_before_a_bracket_stays() -> None:
    out = redact("muffin lol (her nickname from school) drew the family")
    assert "lol (her nickname" in out


@pytest.mark.parametrize(
    "text",
    [
        "mum (the stepdad lol) both came in today",
        "we drove home (the dad lol) after the group",
        "she got a new phone (her lil brother lol) broke the old one",
        "it was fine lol (her mum called her after)",
        "the puppy (her lil sister lol) chewed the chart",
    ],
)
def test_words_a_bracket_does_not_name_stay(text: str) -> None:
    assert redact(text) == text
