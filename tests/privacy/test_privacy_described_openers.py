"""A word that may be a name, opening a sentence, is a person when what follows describes
one: an apposition naming a kind of person, "the one from", "my quiet one", a date of birth,
where the person is from before a person's verb, or "n" joining a relative, the writer or a
name. Everyday words described as things, or from somewhere without a person's verb, stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Jade, a nursing student, told me about her week.", "Jade"),
        ("Kalolaine, a retired teacher, came with her son.", "Kalolaine"),
        ("Faith the one from the Tuesday clinic came back today.", "Faith"),
        ("Reed, my quiet one. He drew a boat for me.", "Reed"),
        ("Rose from the pharmacy said she was doing fine.", "Rose"),
        ("Bill from [place] has offered to drive her.", "Bill"),
        ("Treasure DOB 04/05/2011, new school this term.", "Treasure"),
        ("Memory n i worked on her safety plan.", "Memory"),
        ("Gift n his brother came in after school.", "Gift"),
        ("Hope and [name] have been friends since primary.", "Hope"),
    ],
)
def test_described_person_goes(text: str, word: str) -> None:
    assert word not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hope, a word I keep coming back to, is what she named.",
        "Grace, a virtue she values, came up twice.",
        "Faith from the church community helped her through it.",
        "Rose from the garden is on the table in a jar.",
        "Hope and patience were what she needed most.",
        "Memory is the thing she worries about most.",
    ],
)
def test_things_stay(text: str) -> None:
    assert redact(text) == text
