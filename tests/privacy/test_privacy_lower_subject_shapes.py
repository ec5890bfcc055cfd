"""A lower-case word in no list (or a given name that is no word) opening a sentence about a
person referred back to later is a name: before a person's state or a superlative, joined
with a relative the pronoun owns, before a verb in "-s" and then speaking or with someone
the pronoun owns, a negation before a person's verb, "did" before what the person owns.
Everyday words, words of other languages and things ("tafe was good", "omid means hope")
keep the text."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("zelphine was so upset after court, she said the bus was late", "zelphine"),
        ("quarvina is the funniest lol. says her gran still bakes every sunday", "quarvina"),
        ("drevlin was in w his brother, said the week went ok", "drevlin"),
        ("update: torvaldo and his missus came in early, he said work is calmer", "torvaldo"),
        ("jo n her nan came to group, she said the walk helped", "jo"),
        ("okelani sells samosas at the market now and says she feels useful", "okelani"),
        ("brisveth paints w her nan on sundays, calmer since", "brisveth"),
        ("thandeka did her homework every night, she said it helped", "thandeka"),
        ("exception: ruvandi didnt skip class once, his teacher rang me", "ruvandi"),
    ],
)
def test_lower_subject_in_a_person_shape_is_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert "[name]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "tafe was good, she said the teacher is kind",
        "tafe was so good, she said",
        "ghar was quiet till lunch, she said",
        "school is the hardest part, she said",
        "work and her kids take all her time",
        "tafe fees are high, she said",
        "omid means hope in farsi and she said it herself",
        "chapati tastes like home, she said",
        "zelphine was fine",
        "tafe offers courses, she said",
        "ghar smells like home, she said",
        "tafe stressing her out, she said",
        "homework didnt help much, she said",
    ],
)
def test_everyday_subjects_and_near_misses_stay(text: str) -> None:
    assert redact(text) == text
