"""A function word of another language that is also a listed name ("Het", "Prima",
"Durante") stays when it opens a sentence with no English in it and at least one more
function word of its own language; the same word opening an English sentence, or a
sentence of another language, is still a name."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept, group

OPENERS_OF_THEIR_LANGUAGE = [
    "Ook haar vader zag het verschil. Het was een goede week.",  # Dutch
    "Ieri ha parlato. Prima si chiudeva in camera.",  # Italian
    "Durante a semana non chorou nin unha vez.",  # Galician
    "Durante la semana dormía bien.",  # Spanish
]

NAMES_OPENING_OTHER_SENTENCES = [
    ("Ela poszła do szkoły i nie płakała w tym tygodniu.", "Ela"),  # Polish after the name
    ("Prima came in and said the week was calmer.", "Prima"),  # English sentence
    ("Durante said the week was better than the last one.", "Durante"),
    ("Het came with his mum.", "Het"),
    ("Ana ha detto che stava meglio.", "Ana"),  # no function word: a name
]


@pytest.mark.parametrize("text", group("opener", OPENERS_OF_THEIR_LANGUAGE))
def test_openers_of_a_sentence_in_their_language_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "name"), group("name", NAMES_OPENING_OTHER_SENTENCES))
def test_names_opening_other_sentences_still_go(text: str, name: str) -> None:
    assert_gone(text, name)
