"""A lower-case word of no vocabulary before a verb of speaking of a creole or another
language, opening a clause or after "an", "y", "and", is the speaker; pronouns, creole words
and function words before the same verbs stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mi ask har wah happen an tavoria seh it was the bus", "tavoria"),
        ("lol dwaynisha seh she nah go back a di yard", "dwaynisha"),
        ("y brayelin dijo que el papá lo llevó", "brayelin"),
        ("anoopa paranju she slept well all week", "anoopa"),
        ("rupkatha bollo school was ok this time", "rupkatha"),
        ("so wilani talem se em i hapi long skul", "wilani"),
    ],
)
def test_speaker_before_a_verb_of_another_language_is_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert "[name]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "shi seh she nah go back a di yard",
        "an dem seh di bus late again",
        "y ella dijo que el papá lo llevó",
        "olketa tok se em i hapi long skul",
        "mi seh yes an she seh no",
        "the dice said six twice lol",
    ],
)
def test_pronouns_and_words_before_those_verbs_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "di teacher seh she good now",
        "pastor seh she did come every week",
        "mi granny seh she tired but happy",
        "mama talem mi em i orait",
        "nobody seh nothing to her all week",
    ],
)
def test_a_verb_of_speaking_after_a_person_or_title_is_no_name(text: str) -> None:
    assert redact(text) == text


def test_the_title_and_name_before_the_verb_still_go() -> None:
    out = redact("aunty sela seh she fine now")
    assert "sela" not in out
    assert "seh she fine now" in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dayrelis dijo que la escuela va mejor este mes", "Dayrelis"),
        ("ok. Brayander me contó que su tío lo llevó al parque", "Brayander"),
        ("Mirlande di m' li dòmi pi byen kounye a", "Mirlande"),
        ("Jhoselyn le dijo a su mamá que quiere volver", "Jhoselyn"),
        ("Keiry dice que ya duerme mejor lol", "Keiry"),
    ],
)
def test_capitalised_speaker_opening_a_sentence_is_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert "[name]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "Ella dijo que la escuela va mejor",
        "Después me dijo que no quería ir",
        "Entonces dijo que sí",
        "Abuela dijo que está orgullosa",
        "Mainha disse que está tudo bem",
        "Bueno, dijo que sí",
        "Siempre dice que sí",
        "Ahora cuenta que duerme mejor",
    ],
)
def test_capitalised_words_before_a_verb_of_speaking_stay(text: str) -> None:
    assert redact(text) == text
