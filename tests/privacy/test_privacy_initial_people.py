"""A capital initial with a full stop is someone when it stands in apposition to a relative
("their son, T., walked", "P., the older sister", "Y. (his cousin)", "L.'s mum") or in brackets
with an age ("(K., 15)"). Letters that label or grade things, and the acronyms of services
and measures, stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept, group

LABELS = group(
    "letters-that-label-things",
    [
        "She got an A. then went out to celebrate.",
        "We went with plan B. worked fine in the end.",
        "Low vitamin D. helps explain the tiredness.",
        "A. Goals B. Plan C. Review",
        "We used CBT and the GP agreed; ADHD meds, PHQ-9 at 12, OT visit, NHS form, Year 9.",
        "Type 2 diabetes, moved from the U.S. last year, LOL. TBH it went fine.",
    ],
)


@pytest.mark.parametrize("text", LABELS)
def test_letters_that_label_things_stay(text: str) -> None:
    assert_kept(text)


BESIDE_A_RELATIVE = group(
    "initial-in-apposition-to-a-relative",
    [
        ("Their son, T., walked the dog every evening.", "T."),
        ("who helped most: P., the older sister, and a neighbour.", "P."),
        ("Y. (his cousin) drove them to the clinic.", "Y."),
        ("We sat with L.'s mum on Tuesday.", "L."),
        ("Referral (K., 15) came through the school.", "K."),
    ],
)


@pytest.mark.parametrize(("text", "value"), BESIDE_A_RELATIVE)
def test_initial_beside_a_relative_goes(text: str, value: str) -> None:
    out = redact(text)
    assert f" {value}" not in f" {out}" and f"({value}" not in out, out
    assert "[name]" in out, out
    assert redact(out) == out


LABELS_BESIDE_WORDS = group(
    "labels-beside-relatives",
    [
        "We agreed on plan B., the kids liked it better.",
        "Section C. (the family history) was left blank.",
        "She got an A. (her mum was thrilled) in maths.",
    ],
)


@pytest.mark.parametrize("text", LABELS_BESIDE_WORDS)
def test_labels_beside_relatives_stay(text: str) -> None:
    assert_kept(text)
