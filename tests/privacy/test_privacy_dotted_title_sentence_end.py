"""A title's abbreviation read as a title goes on to the name after its full stop ("Dhr.
Jansen"); a name spelled like one ends a sentence before a word that opens the next ("I
called Maj. She cried"), and the next sentence's first word stays."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I finally called Maj. She cried a lot.", "I finally called [name]. She cried a lot."),
        (
            "We talked about Maj. Then she left early.",
            "We talked about [name]. Then she left early.",
        ),
    ],
)
def test_a_name_before_a_new_sentence_keeps_the_sentence(text: str, expected: str) -> None:
    out = redact(text)
    assert out == expected
    assert redact(out) == out


def test_a_dotted_title_still_goes_with_the_name() -> None:
    out = redact("Vandaag met Dhr. Jansen gesproken over de opname.")
    assert "Dhr" not in out and "Jansen" not in out, out
