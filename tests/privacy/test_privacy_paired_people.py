"""Two lower-case names joined by "and" opening a sentence before a person's verb, or before a
bracket saying who they are ("ngozi and emeka (married 9 yrs) said", "lú and dú (sisters, 8
and 11)", "tevite and sione both laughed"), are removed, and so are the same words typed again;
everyday, kinship and role words in the same slot stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ngozi and emeka (married 9 yrs) said the calm night was a sunday", ["ngozi", "emeka"]),
        ("tevite and sione both laughed when i asked", ["tevite", "sione"]),
        (
            "ok so lú and dú (sisters, 8 and 11) drew the house. dú said lú's drawing won",
            ["lú", "dú"],
        ),
        (
            "yesterday. then svetlana and dragan told me the fights had stopped",
            ["svetlana", "dragan"],
        ),
        ("ayesha and bilal (her twins) came to group on time", ["ayesha", "bilal"]),
    ],
)
def test_pairs_of_lower_case_names_before_a_persons_verb_are_removed(
    text: str, names: list[str]
) -> None:
    out = redact(text)
    for name in names:
        assert name not in out.split() and f"{name}'s" not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "mum and dad said the mornings were easier",
        "work and school both feel heavy this month",
        "lolo and nanay came with her to the session",
        "sleep and food (both better) came up a lot",
        "he and i talked about the weekend",
        "yes and no (she laughed) said it all",
    ],
)
def test_everyday_and_kinship_pairs_stay(text: str) -> None:
    assert redact(text) == text
