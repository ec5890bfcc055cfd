"""A word the text glosses as what someone is called ("X (that's what everyone calls
him)", "X is what her cousins call her", "X - his nickname", "nicknamed X") is a name, an
everyday word at a sentence start too, and so is its last word where it stands again; the
same words without such a gloss stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sparrow (that's what the whole team calls her) scored twice on Saturday.", "Sparrow"),
        ("Chief is what his cousins call him, and he likes it.", "Chief"),
        ("Honey - yes that's her real name - brought her mum this week.", "Honey"),
        ("Doc - his nickname since primary school - stayed the full hour.", "Doc"),
        ("Her eldest, nicknamed Peaches by her grandad, drew the family.", "Peaches"),
        ("Tiny Rob (that's how everyone at the gym calls him) came early. Rob smiled.", "Rob"),
    ],
)
def test_glossed_name_is_removed(text: str, name: str) -> None:
    assert_replaced(text, name, "name")


@pytest.mark.parametrize(
    "text",
    [
        "Hope is what keeps her going through the winter.",
        "That is what my mum calls me when she is cross.",
        "Patience - that was the word for today - came up twice.",
        "She said nobody calls her by her name at work.",
        "Sunday is what she looks forward to all week.",
    ],
)
def test_words_without_a_naming_gloss_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('At home everyone calls her "Pixie" and Pixie hates it.', "Pixie"),
        ("His cousins called him 'Big Tunde' all summer.", "Big Tunde"),
        ("The kids at the hostel call me “Zozo” now.", "Zozo"),
    ],
)
def test_quoted_name_after_calls_is_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert name.split()[-1] not in out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('Her brother called her "Lazy" again at dinner.', "Lazy"),
        ('The twins call me "Mama" now.', "Mama"),
        ('The counsellor calls it "Grounding" and it helps.', "Grounding"),
    ],
)
def test_quoted_labels_and_kin_after_calls_stay(text: str, word: str) -> None:
    assert word in redact(text)
