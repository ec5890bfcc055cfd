"""A writer who capitalises several nouns ("the Teacher", "the Mother") capitalises the
kinds of places the same way: after "in", "to" or "from" and "the", after an adjective ("a
big"), or when the word is listed only as a surname or a town and ends its phrase, it is a
noun. "at" and "by" still name a venue; a given name, a hyphenated name with a listed part,
a word before a noun or one named elsewhere in the text still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "The Teacher told the Mother that the boy now eats lunch in the Stolovaya. Small step.",
        "After the Divorce she moved to the Obshchezhitie; the Teacher finds the Daughter calm.",
        "The Father works in a big Fabrika and comes home tired, but the Children wait up.",
        "The Mother said the Evening in the Kuca was calm. She was proud of it.",
    ],
)
def test_a_noun_capitalising_writers_place_nouns_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Mother says the boy works a shift at the Kovalik and the Teacher knows.", "Kovalik"),
        ("The Teacher said the Mother took the boy to the Helga-Brandt-Schule.", "Brandt"),
        ("The Mother phoned and the Father went to the Dvorak family for the Weekend.", "Dvorak"),
        (
            "Ana Nowak came on Monday. The Mother said the Father sat at home with the Nowak.",
            "Nowak",
        ),
        ("The Mother told the Teacher that she walked with the Maria in the Park.", "Maria"),
    ],
)
def test_a_venue_a_listed_name_or_a_family_still_goes(text: str, value: str) -> None:
    assert_gone(text, value)
