"""A place named by a word and a feature of the land ("river", "ferry", "harbour", "cay",
"creek" ...) typed in lower case after "at", "near", "off", "by" or "outta" with no verb
before it, and a farm or wood named so after a verb of living; the same heads after a word
that says what kind ("chicken farm", "fire wood"), an article, or a word of size stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_kept, assert_replaced, group

REMOVED = [
    *group(
        "bare-preposition",
        [
            ("my cousin works at copper river now w her boyfriend", "copper river"),
            ("grandad keeps his boat near pine harbour since he retired", "pine harbour"),
            ("they went swimming off tern cay with the youth group", "tern cay"),
            ("the bus from school stops by mossy creek and she walks home", "mossy creek"),
            ("she moved outta oak ferry last june, a fresh start", "oak ferry"),
        ],
    ),
    *group(
        "farm-or-wood-after-living",
        [
            ("the twins live in lemon farm w their gran now", "lemon farm"),
            ("he grew up in kestrel woods and still goes back", "kestrel woods"),
        ],
    ),
    *group(
        "farm-after-preposition-unlisted-word",
        [
            ("her dad stays at kapiti farm most weekends", "kapiti farm"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "value"), REMOVED)
def test_feature_place_after_a_preposition_is_removed(text: str, value: str) -> None:
    assert_replaced(text, value, "place")


KEPT = group(
    "kinds-articles-sizes",
    [
        "he works at chicken farm w his uncle on saturdays",
        "we sat by fire wood all night and talked",
        "she was at breaking point now but is calmer",
        "they had a picnic by the river and she smiled",
        "he fished off big rock with his brother",
        "we waited near the ferry for an hour",
        "she lives at home near a lake",
    ],
)


@pytest.mark.parametrize("text", KEPT)
def test_kinds_of_place_after_a_preposition_stay(text: str) -> None:
    assert_kept(text)
