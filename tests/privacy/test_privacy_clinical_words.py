"""Clinical words no dictionary lists ("bedwetting", "skinpicking") are never names, even
after "the" or an owner and before a verb, or opening a sentence."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "when they came back from his uncle's the bedwetting started again",
        "Bedwetting is common at this age, I told the parents.",
        "her skinpicking was less on the days she went to netball",
    ],
)
def test_clinical_words_no_dictionary_lists_stay(text: str) -> None:
    assert_kept(text)
