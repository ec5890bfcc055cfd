"""A place named by a word and a feature of the land ("lake", "rock", "mound", "creek"),
typed in lower case after a verb of living or moving and its preposition, is removed when
the clause ends there or goes on with a small word; the same words as ordinary nouns, or
opened by an article or a word of size, stay. A listed town at the end of a line is a
place too."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_kept, assert_replaced, group

REMOVED = [
    *group(
        "feature-place",
        [
            ("the boy lives in maple mound w his aunt since the fire", "maple mound"),
            ("mom drove to eagle rock for the powwow and he helped pack up", "eagle rock"),
            ("she misses being back home in birch lake, her cousins are all there", "birch lake"),
            ("grew up in cedar bluff and moved out at 17", "cedar bluff"),
            ("his dad is staying in walnut hollow now, says it's quieter", "walnut hollow"),
        ],
    ),
    *group(
        "listed-town-at-line-end",
        [
            ("spent the week at her gran's in grand rapids\nand came back calmer", "grand rapids"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "value"), REMOVED)
def test_lower_case_place_is_removed(text: str, value: str) -> None:
    assert_replaced(text, value, "place")


KEPT = group(
    "ordinary-nouns",
    [
        "we swam in the lake and he laughed for the first time",
        "she says she moved to rock bottom before she asked for help",
        "he went to salt flat tours with his class",
        "they drove to big rock for a picnic",
        "she came in crystal clear about what she wanted",
        "he lives in fear of the next phone call",
        "went to the creek with his dog every evening",
    ],
)


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_words_after_a_verb_of_moving_stay(text: str) -> None:
    assert_kept(text)
