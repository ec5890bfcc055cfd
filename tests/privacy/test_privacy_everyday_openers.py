"""Capitalised everyday words used as a person's name at the opening of a sentence, read
from the same text: a given name that is also an everyday word, the subject of a listed
verb, with "his cousin", "her own" or "herself" referring back ("Junior strolled over with
his cousin").

The same words stay where the sentence is about the thing ("Junior school was hard",
"Trust is the key", "Church helped her family").
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Junior walked to the dairy with his cousin after tea.", "Junior"),
        ("Grace walked in today with her aunty and sat by the window.", "Grace"),
        ("Comfort come to the session on her own this time.", "Comfort"),
        ("Ion did not drink all month and stayed home with his nan.", "Ion"),
    ],
)
def test_everyday_opener_is_removed(text: str, word: str) -> None:
    assert word not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Junior school was hard for her and her brother.",
        "Trust is the key thing for her and her partner.",
        "Church helped her family a lot over winter.",
        "Music helped her calm herself down before bed.",
        "Sport kept him busy with his mates on weekends.",
        "Dust walked in with her, all over her boots.",
    ],
)
def test_everyday_opener_is_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Clemency (her gran named her that) stayed for the whole lesson.", "Clemency"),
        ("Marvel - his dad loves comics - told me about the weekend.", "Marvel"),
        ("Berry (15) explained what had changed at school.", "Berry"),
        ("Storm (her nana picked the name) and her brother came in.", "Storm"),
        ("Present: Blue (12), Ash (9) and their dad.", "Blue"),
    ],
)
def test_word_before_aside_is_removed(text: str, word: str) -> None:
    assert word not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dinner (with her mum) was nice for once.",
        "Group (6 people) shared what worked this week.",
        "Homework (her dad checked it) told a different story.",
        "Trust (the big one) is still hard for her.",
        "Breakfast - toast, her favourite - helped a lot.",
    ],
)
def test_word_before_aside_is_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('Called her "Zizzy" the way her aunties do, and she grinned.', "Zizzy"),
        ("Calling him 'Bubsy' got the first laugh of the term.", "Bubsy"),
    ],
)
def test_quoted_nickname_after_capital_call_is_removed(text: str, word: str) -> None:
    assert word not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        'Called her "Lazy" and she cried about it afterwards.',
        'Call him "Sir" at the front desk, please.',
    ],
)
def test_quoted_label_after_capital_call_is_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Monday said it all, her mum was there by nine.",
        "Headspace told her to breathe before school.",
        "Lola (grandmother) drove her to school and stayed for tea.",
    ],
)
def test_never_name_word_opening_is_kept(text: str) -> None:
    assert redact(text) == text
