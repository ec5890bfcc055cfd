"""A language name after "in", in a sentence about speaking, is the language something was
said in ("answered in Eesti", "only in euskera"); after "in" in a sentence about where
someone lives or goes, or in a person's slot, the word stays a place or a name."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import group


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "language-stays",
            [
                ("He answered in Eesti when I asked about his week.", "Eesti"),
                ("Our client answered in bosanski and then in English.", "bosanski"),
                ("She speaks to her mother only in euskera and answers me in English.", "euskera"),
            ],
        ),
    ],
)
def test_the_language_something_was_said_in_stays(text: str, word: str) -> None:
    out = redact(text)
    assert word in out.split() or f"{word}." in out.split(), out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "place-goes",
            [
                ("She grew up in Euskera with her aunt.", "Euskera"),
                ("She said she grew up in Euskera with her aunt.", "Euskera"),
                ("We met her cousin in Eesti last spring.", "Eesti"),
                ("He answered from Eesti when I asked about his week.", "Eesti"),
            ],
        ),
    ],
)
def test_a_place_after_in_still_goes(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out, out
    assert redact(out) == out


def test_a_candidate_reaching_past_the_last_word_is_judged_without_error() -> None:
    # a candidate can end past the last token (a mark or a placeholder after the words)
    from bot.privacy._lexicon import lexicon
    from bot.privacy._proper_nouns import tokens
    from bot.privacy._spoken_languages import keep_spoken_languages

    text = "she said it in Hmong Daw :)"
    toks = tokens(text, lexicon())
    start = text.index("Hmong")
    cand = (start, len(text), "name")
    assert keep_spoken_languages(text, toks, [cand]) == [cand]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "language-before-a-comma-stays",
            [
                ("In Bangla, the mother said the boy sleeps better now.", "Bangla"),
                ("In Tigre, the patient said he felt calmer.", "Tigre"),
            ],
        ),
    ],
)
def test_a_clause_after_the_comma_is_no_person_described(text: str, word: str) -> None:
    out = redact(text)
    assert word in out.split() or f"{word}," in out.split(), out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "name-before-a-comma-goes",
            [
                ("In Marisol, the client said, she found a friend.", "Marisol"),
                ("She confided in Dakota, her sister, about the fights.", "Dakota"),
            ],
        ),
    ],
)
def test_a_name_before_a_comma_still_goes(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out, out
    assert redact(out) == out
