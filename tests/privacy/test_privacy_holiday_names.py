"""Festivals and holidays of every country, from python-holidays (bot/privacy/data/
holiday_names.txt, in each language the package has): a feast is no identifier of whoever
keeps it, so a one-word feast named in English stays ("around Phagwah", "Tobaski was"), a feast
of several words in any language stays whole ("Fête du Trône"), while a given name stays
removed even where a feast holds it ("Vikram" of "Vikram Samvat")."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Tobaski was the first good week since the move.", ["Tobaski"]),
        ("He danced at Bonalu with his cousins and slept well after.", ["Bonalu"]),
        (
            "Ghatasthapana and Fulpati were quiet days, the panic stayed away.",
            ["Ghatasthapana", "Fulpati"],
        ),
        ("She felt lighter around Phagwah, playing with colours in the yard.", ["Phagwah"]),
    ],
)
def test_a_one_word_feast_stays(text: str, words: list[str]) -> None:
    out = redact(text)
    for word in words:
        assert word in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "Vikram called me after the session about his sister.",
        "Sonam said the week was hard.",
    ],
)
def test_a_given_name_that_opens_a_feast_stays_removed(text: str) -> None:
    assert text.split()[0] not in redact(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("At Karwa Chouth she fasted with her mother-in-law without a fight.", ["Karwa", "Chouth"]),
        ("Around Magh Bihu the whole lane cooked together and he ate well.", ["Magh", "Bihu"]),
        ("Depuis la Fête du Trône il dort mieux, dit sa mère.", ["Fête", "Trône"]),
        ("Seit Mariä Himmelfahrt schläft er wieder durch.", ["Mariä"]),
        ("Sa Araw ng Kagitingan masaya siya, sabi ng nanay.", ["Araw", "Kagitingan"]),
    ],
)
def test_a_feast_of_several_words_stays_whole(text: str, words: list[str]) -> None:
    out = redact(text)
    for word in words:
        assert word in out, out
    assert redact(out) == out
