"""A word that is a given name too stays when the grammar reads it as a word: the object of
"X is what she ...", a thing of a kind ("X is her worst time"), the head of a Romance noun
phrase ("X de calor"), a small echo of a word mentioned as a word. The same words doing a
person's thing, or named by a relation, still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Clemency is what she asked the court for in her letter, and she felt heard.",
        "Amani, peace, was what her aunt wished the family at Eid. She repeated it to herself.",
        "Marigold is the colour she painted the kitchen, and she says it lifts her mood.",
        "Morning was the hour he dreaded, but this week he made tea before checking his phone.",
        "Prosit was the toast at his cousin's wedding, and he held a glass of juice all night.",
        "Constance is a funny thing to ask for, she said, when everything keeps changing.",
        "Brisa de mar on the balcony was her anchor this week, she said.",
        "Flor de loto is the pose she likes at the end of yoga.",
        "Milagro is the word she uses, and she said milagro is what the scan felt like.",
        "Joy isn't a word he uses, but the afternoon sounded like joy to me.",
        "Salud y dinero is what her grandmother always wished them.",
        "Pan y sal, she said, is all the house needs.",
        "Penny came in a card from her nan. A penny for every good day is the plan now.",
        "Doda brought cake and Savta sang; the kids stayed at the table till the end.",
    ],
)
def test_words_read_as_words_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Clemency is what her grandmother named her, and Clemency hates it.", "Clemency"),
        ("Amani is what everyone calls my client; Amani said it was a better week.", "Amani"),
        ("Marigold is the one who noticed first, and she told her dad.", "Marigold"),
        ("Constance is her eldest, and Constance drove her to the clinic.", "Constance"),
        ("Brisa de la Fuente came early and said she had slept well.", "Brisa"),
        ("Flor da Costa, 15, said school felt lighter.", "Flor"),
        ("Her sister Morning is the colour of calm to her, she joked.", "Morning"),
        ("Milagro is what she needs right now, she said of her daughter Milagro.", "Milagro"),
        ("Milagro is her daughter, and milagro came to the session with her.", "Milagro"),
        ("Paz y Ramón came in together and talked about the move.", "Ramón"),
        ("Rosa y carmen came in together and talked about the move.", "carmen"),
        ("Maria de lourdes came in early today.", "lourdes"),
        ("She told me that in Sao Paulo da Silva is a common name.", "Paulo"),
        ("Hope came early and told me about her week. A hope of hers is college.", "Hope"),
        ("Penny came round and fixed the boiler. A penny saved, she joked.", "Penny"),
        ("Imma Levi, the school counsellor, called about the client.", "Levi"),
        ("the week at her aunt's in comayagüela was the first time she slept well", "comayag"),
    ],
)
def test_people_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)


def test_redacting_twice_changes_nothing() -> None:
    text = "Dawn is her worst time, and her sister Dawn Okafor rang at five."
    once = redact(text)
    assert redact(once) == once
