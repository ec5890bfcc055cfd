"""A capitalised word of no list right after "the", ending its clause or followed by a small
joining word, in a text that shows another language by its function words, is a noun of
that language ("chats with the Frutero ... 'otra persona'"). In an English text, after a
preposition of place or "at" (a venue), before a noun (a family's name), or where the word
is removed elsewhere, it still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        'On Fridays she chats with the Vendedor. She said "es mi día favorito, de verdad".',
        'He talked about the Zabava and smiled. "Bilo je lijepo, ali ja sam umoran."',
        'The whole week of the Kolonija, she slept well. "Nisam se bojala", she said.',
        'Since the Poplava, the family sleeps upstairs. "Ne mogu zaboraviti", he said.',
    ],
)
def test_a_noun_of_no_list_after_the_stays_in_a_text_of_its_language(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On Fridays she chats with the Vendedor and goes home early.", "Vendedor"),
        ('He moved in with the Tuilagiva family. "Es mi casa", he said.', "Tuilagiva"),
        ('Her brother goes to the Kavarnik. "Es mi lugar", he said.', "Kavarnik"),
        ("Zabrevo said hi today. I chatted with the Zabrevo.", "Zabrevo"),
    ],
)
def test_in_english_at_a_venue_before_a_noun_or_named_elsewhere_it_goes(
    text: str, value: str
) -> None:
    assert_gone(text, value)
