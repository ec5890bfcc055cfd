"""A capitalised word paired with a found name before a person's verb is the name's other
half (an everyday word, a dish, a nationality, a weekday's short form); words that open a
sentence before a name (kinship, time words, verbs, function words) stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Lily Tesfaye said the bus was late again.", "Tesfaye"),
        ("Moon Seo-yeon told me she sleeps better now.", "Moon"),
        ("At group Aster Wolde told me she sleeps better now.", "Aster"),
        ("Sun Wei works nights at the depot.", "Sun"),
        ("I think Omar Haleem drove there himself.", "Haleem"),
        ("Yesterday Moon Seo-yeon rang to cancel.", "Moon"),
    ],
)
def test_other_half_goes(text: str, word: str) -> None:
    assert word not in redact(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Today Tesfaye said the bus was late again.", "Today"),
        ("Mum Tesfaye said the bus was late again.", "Mum"),
        ("Met Tesfaye's dad outside the school.", "Met"),
        ("After Tesfaye left, the room went quiet.", "After"),
        ("Sun was out and Tesfaye said he felt calmer.", "Sun"),
        ("Update Tesfaye said the bus was late again.", "Update"),
    ],
)
def test_openers_stay(text: str, word: str) -> None:
    assert redact(text).startswith(word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Her cousin Farida Bright from the market rang twice.", "Bright"),
        ("Client Ms. Lucia Rose was seen with her aunt.", "Rose"),
        ("Referred by Dr. Kwabena Mensah at the district clinic.", "Kwabena"),
        ("The session was with his sister Hj. Siti Aminah Bakar, and later alone.", "Bakar"),
    ],
)
def test_announced_name_takes_its_other_half(text: str, word: str) -> None:
    assert word not in redact(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Her cousin Farida Monday morning rang twice.", "Monday"),
        ("I asked her friend Farida English or French?", "English"),
        ("Mr. Okafor Christmas was hard.", "Christmas"),
        ("We met her friend Farida at the New Year market.", "New Year"),
    ],
)
def test_announced_name_leaves_other_words(text: str, word: str) -> None:
    assert word in redact(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Then Le Thi Thu told me she slept.", "Thu"),
        ("Wong Wing Sze said she was tired.", "Sze"),
        ("I think Mariam Nakato Nope said so.", "Nope"),
    ],
)
def test_third_part_before_a_verb_goes(text: str, word: str) -> None:
    assert word not in redact(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I saw Ana Maria Monday and she said hi.", "Monday"),
        ("We met Ana Maria Christmas Eve.", "Christmas"),
        ("Wong Wing Sze on her papers.", "papers"),
    ],
)
def test_third_part_needs_its_verb(text: str, word: str) -> None:
    assert word in redact(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She stays with her aunt Korkor Lamptey in town.", "Korkor"),
        ("My client Nope Ndlovu came early.", "Nope"),
    ],
)
def test_word_after_a_relation_before_a_name_goes(text: str, word: str) -> None:
    assert word not in redact(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She stays with her aunt Easter Lamptey week.", "Easter"),
        ("We saw her sister Sunday Lamptey.", "Sunday"),
    ],
)
def test_other_words_before_an_announced_name_stay(text: str, word: str) -> None:
    assert word in redact(text)
