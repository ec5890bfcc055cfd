"""In text written partly in Turkish, a capitalised word before an apostrophe and a Turkish
ending is a name or a place; calendar words, countries and other languages' apostrophes stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Defne'nin annesi geldi, and she was calm the whole hour.", "Defne"),
        ("Baran'la konuştum today, he said school was okay.", "Baran"),
        ("Mehmet'e söyledim ama o da gülmedi, which surprised me.", "Mehmet"),
        ("Bu hafta Zeynep'ten mesaj geldi: she slept all night.", "Zeynep"),
    ],
)
def test_names_with_turkish_endings_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Türkiye'de herkes bunu bilir, she said, and laughed.",
        "Ramazan'da oruç tuttu ve çok gururluydu.",
        "Mart'ta başladık, şimdi daha iyi.",
        "We spoke Gwich'in together and she laughed at my accent.",
    ],
)
def test_calendar_words_countries_and_other_apostrophes_stay(text: str) -> None:
    assert_kept(text)
