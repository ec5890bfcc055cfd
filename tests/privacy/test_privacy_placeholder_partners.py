"""A capitalised word left beside a name placeholder by an earlier pass is the name's other
half when a title, a word of relation, a person's verb, an age or a bracket marks a person;
time words, kinship and role words, organisation and street words, short function words of
other languages and everyday words opening a sentence before a verb stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The tutor said that Clover [name] has attended every class.", "Clover"),
        ("Clover [name], 81, came in with her grandson.", "Clover"),
        ("File 22 (Marigold [name]) was closed today.", "Marigold"),
        ("Her husband, [name] Amber, rang to move the session.", "Amber"),
        ("Present: Mr. [name] Vang, the client and an interpreter.", "Vang"),
        ("Mr. [name] Stone Eagle described the good weeks.", "Stone"),
        ("Mr. [name] Stone Eagle described the good weeks.", "Eagle"),
        ("After lunch Wren [name] and her sister walked to the shop.", "Wren"),
    ],
)
def test_other_half_goes(text: str, word: str) -> None:
    assert word not in redact(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Today [name] came in early.", "Today"),
        ("Mum [name] said the week went well.", "Mum"),
        ("Update [name] said she is sleeping better.", "Update"),
        ("Participant [name] attends the day programme.", "Participant"),
        ("She plays for the Harbour [name] Scouts now and loves it.", "Scouts"),
        ("Hospital [name] sent her home on Friday.", "Hospital"),
        ("La [name] described a calmer week.", "La"),
        ("He told [name] English is hard for him.", "English"),
        ("Sunday [name] went to church with her aunt.", "Sunday"),
    ],
)
def test_words_stay(text: str, word: str) -> None:
    assert word in redact(text)
