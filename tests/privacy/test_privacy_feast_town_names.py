"""A feast word that is also removed as (part of) a name elsewhere in the text is a name
there too ("her partner Natal came ... Natal was quiet"); feast words inside names show no
language, so a second pass reads the text as the first did."""

from __future__ import annotations

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone


def test_a_feast_word_named_elsewhere_goes_everywhere() -> None:
    assert_gone(
        "Client's partner Natal came; I heard a mãe dela shouting. Natal was quiet.",
        "Natal",
    )


def test_a_feast_word_inside_a_name_shows_no_language() -> None:
    text = "Santos Reyes and his nan spent Natal at home."
    out = redact(text)
    assert redact(out) == out, out


def test_the_feast_alone_in_a_portuguese_note_stays() -> None:
    out = redact("During Natal and Réveillon she felt alone, missing her mãe.")
    assert "Natal" in out, out


def test_a_removed_word_shows_no_language() -> None:
    """ "DE" lower-cased is Portuguese "de"; once removed it shows nothing, so the first pass
    must not count it either."""
    text = "She told DE about Pascua, and cried."
    out = redact(text)
    assert "Pascua" not in out and redact(out) == out, out
