"""A sentence written in Title Case for emphasis inside a line of ordinary sentences
("Remember This: Do Not Skip The Pause.") capitalises every word, so an everyday word there
is no name; a word of no everyday list or a name-like word (a word-name) still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "The session went well. Lesson For Me: Never Rush The Answer. She found it herself.",
        "We scaled it at 6. Much Better Than My Advice. Next time I ask first.",
        "She came early. Today Was A Big Job For Her. We laughed.",
        "She cried a bit. The Family Said Thank You At The End. So moving.",
    ],
)
def test_everyday_words_of_a_title_case_sentence_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The session went well. Lesson For Me: Never Rush Zoltana. She found it.", "Zoltana"),
        ("We scaled it at 6. Much Better With Rose Around. Next time I ask first.", "Rose"),
    ],
)
def test_a_name_in_a_title_case_sentence_still_goes(text: str, value: str) -> None:
    assert_gone(text, value)
