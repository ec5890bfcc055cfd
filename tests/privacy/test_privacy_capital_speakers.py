"""A capitalised everyday word opening a sentence as the one who speaks, with a person's
pronoun after the verb, is a name ("Tiff said her son ...", "Chad said he"), as is a
given name that is also a country or a word of the grammar; words that speak as themselves
(roles, relatives, groups, institutions, studies) stay. A quoted name after "goes by" or
"aka" is what a person is called."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Brook told me she finally slept through.", "Brook"),
        ("Tiff said her boy hasn't had a meltdown since June.", "Tiff"),
        ("Dusty texted that he made it to work all week.", "Dusty"),
        ("Chad said he slept through twice this week.", "Chad"),
        ("Kenya told me she joined the choir.", "Kenya"),
        ("New client today (goes by \u201cBee\u201d). She is 24.", "Bee"),
        ("Intake with the son (goes by 'Rocket') and he smiled.", "Rocket"),
    ],
)
def test_speaker_or_quoted_nickname_is_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Staff said he was calmer on the ward.",
        "Research says her kind of grief can last years.",
        "Mum said he was calmer after school.",
        "Teachers said she joined in more.",
        "Everyone said she looked lighter.",
        "Finally said she was ready to talk.",
        "He goes by bus now and says it helps.",
        "Nobody said he had to come, and he came.",
    ],
)
def test_speaking_words_and_plain_gloss_stay(text: str) -> None:
    assert redact(text) == text
