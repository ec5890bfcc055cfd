"""Words of address of South Asian, French, Filipino, Malay, Pacific, African, Korean,
Hebrew, Andean, Italian, Romanian and Turkmen speakers written before a name go into its
placeholder ("Bhai Tanvir", "Pasteur Tehei", "Apai Jugah"): left behind, they would tell a
reader which relative or elder the text is about. Alone, or after a possessive, they stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Yesterday Bhai Tanvir drove her to the clinic.", "Bhai"),
        ("Then Pasteur Tehei prayed with the family.", "Pasteur"),
        ("I met Didi Shirin at the mosque after Jumu'ah.", "Didi"),
        ("After Mass Tita Luz cried and hugged him.", "Tita"),
        ("We saw Manang Luz and Mang Ramon at the fiesta.", "Mang"),
        ("The talk with Sœur Marie-Claire helped her most.", "Sœur"),
        ("so Aki Ngumbang was proud of the boy", "Aki"),
        ("Whaea Mere sang at the end of the hui.", "Whaea"),
        ("Ato Bekele listened and then nodded.", "Ato"),
        ("Gogo Thandi cooked for the whole street.", "Gogo"),
        ("Nonna Rita made pasta for the group.", "Nonna"),
        ("Datuk Osman spoke first at the kenduri.", "Datuk"),
        ("Ñaña Fernanda came with the baby.", "Ñaña"),
        ("Daýza Ogulgerek brought bread.", "Daýza"),
    ],
)
def test_word_of_address_before_a_name_goes_with_it(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Mama said no to the sleepover, and he took it calmly.",
        "Papi is tired after the night shifts.",
        "her tita is kind and picks her up from school",
        "my nonna makes pasta every Sunday and we all go",
        "his didi helps with homework now",
        "The pasteur spoke about forgiveness on Sunday.",
        # a capitalised word of address inside a sentence, then a lower-case word: no name
        "Chacha aur Chachi dono aaye the, and it felt safe.",
    ],
)
def test_word_of_address_alone_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Demà trucarà al seu germà Arnau.",
        "Next: una trucada al seu germà Arnau, he lives nearby.",
    ],
)
def test_kinship_word_after_a_romance_owner_stays(text: str) -> None:
    # "seu" is a title in Portuguese ("Seu Jorge") and an owner in Catalan: after it the
    # kinship word names a relative and stays; the name still goes
    out = redact(text)
    assert "germà" in out
    assert "Arnau" not in out


def test_seu_before_a_name_is_still_a_title() -> None:
    out = redact("Seu Arnaldo came with his wife and sat by the window.")
    assert "Arnaldo" not in out
