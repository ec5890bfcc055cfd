"""A word typed in lower case opening a chat message, glossed right after it as what someone
is called ("zumbo lol thats what his cousins call him", "kelpie - thats the nickname her
gran gave her") is a name; a kinship word, a laugh or a word inside a sentence before the same
gloss stays.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("zumbo lol thats what his cousins call him. came in late again", "zumbo"),
        ("kelpie - thats the nickname her gran gave her - drew the house", "kelpie"),
        ("ok. waffles lol thats what everyone calls him. he passed the test", "waffles"),
        ("trinket?? thats what her aunties call her lol. she was quiet", "trinket"),
        ("update:\nnoodle lol that's his nickname from footy. he scored twice", "noodle"),
    ],
)
def test_a_glossed_lower_case_nickname_is_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "my nan lol thats what everyone calls her anyway",
        "ok lol thats what everybody calls him at school",
        "we drove to the river lol thats what everybody calls it there",
        "she drew a turtle, thats her nickname for the game",
    ],
)
def test_words_before_the_same_gloss_stay(text: str) -> None:
    assert redact(text) == text
