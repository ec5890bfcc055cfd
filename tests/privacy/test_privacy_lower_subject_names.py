"""A word in no list typed in lower case that opens a sentence or clause, followed by a verb
done to a person or their things ("braids her hair", "talked about his dad"), is a name;
slang, nouns the text uses with an owner, and verbs with no person after them stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("zoua finally talked about her mom in group today", "zoua"),
        ("session went ok. kaylix braids her little sister's hair before school", "kaylix"),
        ("tahnee describes her perfect morning in detail", "tahnee"),
        ("rough week. yeng still drives his brother to school", "yeng"),
    ],
)
def test_lower_case_subject_of_a_persons_verb_is_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert "[name]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "her dadi visits on sundays. dadi cooks her favourite dal",
        "they cooked the posole together. posole reminds her of sundays",
        "journaling helped her notice the good mornings",
        "she said the sadness lifted when they walked to the river",
    ],
)
def test_slang_nouns_and_verbs_without_a_person_stay(text: str) -> None:
    assert redact(text) == text
