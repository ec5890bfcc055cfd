"""The Irish article "an" and its noun after "Mac" or "Nic" are part of the surname
("Mac an tSaoir"); elsewhere "an" is English and stays."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._irish_articles import with_irish_articles
from bot.privacy._span import Span


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dónal Mac an tSionnaigh rang about the referral.", "tSionnaigh"),
        ("we met Gráinne Nic an Ghoill at the centre", "Ghoill"),
    ],
)
def test_the_article_goes_with_the_surname(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out and " an " not in out, out
    assert redact(out) == out


def test_english_an_stays() -> None:
    text = "she had a Big Mac an hour before group"
    spans = [Span(10, 17, "name", "Big Mac")]
    assert with_irish_articles(text, spans) == spans
    text = "Tomás Mac an tSaoir"
    place = [Span(0, 9, "place", "Tomás Mac")]
    assert with_irish_articles(text, place) == place
