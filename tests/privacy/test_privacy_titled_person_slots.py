"""A lower-case name beside a title of respect or kin ("tutu makana said", "mr tevaga's
office", "anil sir from the clinic", "sunita didi came") goes with its title; the title
is read with both sides of it, so a title beside an everyday word, a verb, a kinship word
or an owner ("nana said", "uncle and aunty", "sir said ok", "her uncle kaupa") stays."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("we met tutu makana from the church hall on friday", ["tutu", "makana"]),
        ("honestly ratu viliame is the one who drives her now", ["ratu", "viliame"]),
        ("who has mr tevaga's email? the old one bounced", ["mr", "tevaga"]),
        ("next week mr. sopoaga from the school will call", ["sopoaga"]),
        ("she is calmer since staying w bubu lorena.", ["bubu", "lorena"]),
        ("thank you nana losaline for coming in today", []),  # "for": no person's context
        ("ran into tutu keoni at the market, he asked after her", ["tutu", "keoni"]),
        ("anil sir from the clinic rang about the forms", ["anil", "sir"]),
        ("sunita didi came to the group and stayed late", ["sunita", "didi"]),
        ("mentor: tavita aunty is the one who checks on him", ["tavita", "aunty"]),
    ],
)
def test_titled_names_go_with_their_title(text: str, gone: list[str]) -> None:
    out = redact(text)
    words = out.replace("'", " ").replace(".", " ").split()
    for word in gone:
        assert word not in words, out


@pytest.mark.parametrize(
    "text",
    [
        "my nana said the bus was late again",
        "uncle and aunty came to the session with her",
        "yes sir said ok to the plan lol",
        "the coach bus left at 6 and she was on it",
        "her sister in law drove her home",
        "aunty n uncle both noticed she was happier",
        "she talked to her uncle about school.",
        "thanku sir for the help today",
        "coach at school told him to rest",
        "aunty at the door said hi to us",
        "mama cooked dinner and papa said grace",
        "went to see bibi jan and felt better",
        "nakko madam, i dont want to talk today",
    ],
)
def test_titles_beside_everyday_words_stay(text: str) -> None:
    assert redact(text) == text
