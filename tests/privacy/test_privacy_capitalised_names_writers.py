"""A writer who capitalises sentences and the names in them types a name with its capital:
in such a text a lower-case word the name rules took for a name is a word ("more than
nada"). In a person's slot, and in text typed all in lower case, such words still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone, assert_kept, group

WORDS_OF_A_CAPITALISING_WRITER = [
    "Good session. She told her Abuela that algo is more than nada, and they both laughed.",
    "Calmer week. She ate arroz con lisa on Sunday and felt calm.",
]

NAMES_STILL_REMOVED = [
    ("She told Amara that the week was fine. Her son kai came too.", "kai"),  # a relation
    ("She wrote to Dario. Later reza said the week was better.", "reza"),  # a person acts
    ("She wrote to Dario. We talked about kai's school.", "kai"),  # an owner
    ("She wrote to Dario. Then client ana called.", "ana"),  # a role
    ("She wrote to Dario and to lola about the week.", "lola"),  # a listed name after "to"
    ("Good week. She saw anni Mi at school.", "anni"),  # before a capitalised word
    # the writer types in lower case: names are typed so too
    ("talked w kiri today. she was ok, went to the beach with lola.", "lola"),
    ("talked w kiri today. she was ok. nada changed.", "nada"),
]


@pytest.mark.parametrize("text", group("word", WORDS_OF_A_CAPITALISING_WRITER))
def test_lower_case_words_of_such_a_writer_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "name"), group("name", NAMES_STILL_REMOVED))
def test_names_in_a_persons_slot_or_in_chat_still_go(text: str, name: str) -> None:
    assert_gone(text, name)


# one sentence, opened by a name: once redacted it opens with the placeholder, which reads
# as the capital it replaced, so the text reads the same to the rule and a second redaction
# changes nothing
OPENED_BY_A_NAME = [
    "Esperanza says she keeps esperanza for the trip, and she went to her cousin Milagros's flat.",
    "Rosario told me she prays the rosario at night, and she met her uncle Amparo's friends.",
]


@pytest.mark.parametrize("text", group("opened", OPENED_BY_A_NAME))
def test_a_text_opened_by_a_name_reads_the_same_once_redacted(text: str) -> None:
    once = redact(text)
    assert once.startswith("[name]")
    assert redact(once) == once
