"""A replaced word of another language makes ``redact`` read the whole text again only when
the name rules read that word in the pass that found it: a shaped identifier ("14 de
noviembre", an email address) was already a placeholder to them, and to the shape rules
only whether the text reads as German can change."""

from __future__ import annotations

import pytest

from bot.privacy import (
    Span,
    _language_may_change,  # pyright: ignore[reportPrivateUsage]
    redact,
)


def _replaced(text: str, start: int, end: int, kind: str) -> tuple[str, Span]:
    return text[:start] + f"[{kind}]" + text[end:], Span(start, end, kind, text[start:end])


def test_a_shaped_date_with_a_function_word_needs_no_whole_pass() -> None:
    before = "Cita el 14 de noviembre con la terapeuta."
    start = before.index("14")
    after, span = _replaced(before, start, start + len("14 de noviembre"), "date")
    assert not _language_may_change(before, after, [span], {(span.start, span.end)})


def test_a_name_with_a_function_word_needs_the_whole_pass() -> None:
    before = "Session with Lotte van den Broek today."
    start = before.index("Lotte")
    after, span = _replaced(before, start, start + len("Lotte van den Broek"), "name")
    assert _language_may_change(before, after, [span], set())
    # the same span found as a shape would not
    assert not _language_may_change(before, after, [span], {(span.start, span.end)})


def test_a_shape_that_held_a_german_word_needs_the_whole_pass() -> None:
    # "und" inside the address was one of the two German words the text showed
    before = "x@und.de dass"
    after, span = _replaced(before, 0, len("x@und.de"), "email")
    assert _language_may_change(before, after, [span], {(span.start, span.end)})


def test_a_shape_without_a_language_word_changes_nothing() -> None:
    before = "Seen on 12/03/2024 with her mum."
    start = before.index("12")
    after, span = _replaced(before, start, start + len("12/03/2024"), "date")
    assert not _language_may_change(before, after, [span], {(span.start, span.end)})


@pytest.mark.parametrize(
    "text",
    [
        "Cita el 14 de noviembre con la señora Ramos en la clínica.",
        "Session with Lotte van den Broek on 3 de diciembre, then with Ines de Sousa.",
        "she emailed com.de.van@gmail.com and Mac said ok, fifteenth of April",
        "Termin am 3. März mit Frau Becker, sie kam nicht und sagte dass es ging.",
    ],
)
def test_redacting_twice_gives_the_same_text(text: str) -> None:
    once = redact(text)
    assert redact(once) == once
