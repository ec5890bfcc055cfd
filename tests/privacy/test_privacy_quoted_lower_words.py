"""Lower-case words of a short quote in another language are words of the quote, whichever
rule read them as a name; a name addressed in the quote, after a title, in an English quote,
or a listed given name in chat typed in lower case, is still a name."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        'short one. asked "qachon yengilroq bo\'ldi?" and she said at the wedding lol',
        'i asked "kedy to bolo lepšie?" and he said saturday, at the lake',
    ],
)
def test_words_of_foreign_quotes_stay(text: str) -> None:
    assert redact(text) == text


def test_a_quoted_word_stays_where_the_same_word_opened_the_note_as_a_name() -> None:
    out = redact('melhor today, she said "estou melhor agora" and smiled.')
    assert '"estou melhor agora"' in out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ('She typed "tell kasia i said thanks" and sent it.', "kasia"),  # an English quote
        ('He wrote "pak budi sudah datang" in the group.', "budi"),  # after a title
        ('i asked "maria ya llegó?" and mum said yes', "maria"),  # chat: a listed name
    ],
)
def test_names_in_quotes_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)


def test_redacting_twice_changes_nothing() -> None:
    text = 'She said "niko sawa sasa" and then "asante sana" to the interpreter.'
    once = redact(text)
    assert redact(once) == once
