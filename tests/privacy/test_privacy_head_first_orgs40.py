"""Schools, clinics, churches and wards named after the word of their kind in Portuguese,
Indonesian, German, Italian and Catalan, typed in lower case: removed with their kind word.
The kind word alone, followed by everyday or function words of its language, stays."""

from __future__ import annotations

import pytest

from bot.privacy import find, redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("she started at sma negeri 4 sorong this year", "sorong"),
        ("his little brother is at smp 7 bitung now", "bitung"),
        ("they took her to puskesmas tumiting for the wound", "tumiting"),
        ("referred on to rsud tarakan for the scan", "tarakan"),
        ("dia ikut paduan suara di gmim sion tuminting", "tuminting"),
        ("the son goes to escola estadual anchieta in the mornings", "anchieta"),
        ("she is in her first year at colégio marista rosário", "rosário"),
        ("he plays football after class at liceo galvani", "galvani"),
        ("the kids are at grundschule am weidenweg since spring", "weidenweg"),
    ],
)
def test_head_first_names_go(text: str, value: str) -> None:
    out = redact(text)
    assert value not in out
    assert "[org]" in out or "[place]" in out


@pytest.mark.parametrize(
    "text",
    [
        "ela foi na escola hoje de manhã",
        "a escola nova é longe de casa",
        "va a la scuola con il fratello",
        "er war heute im krankenhaus mit seiner mutter",
        "the Escola bressol is sorted for the little one",
    ],
)
def test_kind_words_before_everyday_words_stay(text: str) -> None:
    assert all(span.kind not in ("org", "place") for span in find(text))
