"""Kinship words of Polish, Hungarian, Romanian, East Slavic and Baltic speech, capitalised by
a practitioner, stay; a relative's name after them still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "Sunday lunch: Nagyi, Nagybácsi and the Unokatestvérek, and no fight.",
        "Her Teściowa called, then Szwagier, and she stayed calm with both.",
        "Brālis and Māsa came to the session; Vecmamma waited outside.",
    ],
)
def test_kin_words_stay(text: str) -> None:
    assert_kept(text)


def test_a_relatives_name_goes() -> None:
    assert_gone("Her Szwagier Tomasz drove her to the clinic.", "Tomasz")
