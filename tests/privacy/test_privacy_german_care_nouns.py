"""German nouns of school, work and care, of relatives and neighbours, and of the year's
feasts and customs, kept capitalised in English chat ("went to the Turnhalle w his class",
"the Kirmes on saturday"), stay as written."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "went to the Turnhalle w his class lol",
        "he met the others on the Pausenhof today, first time",
        "the Pflegedienst comes twice a day now lol",
        "went to the Weihnachtsmarkt w her mum and loved it",
        "she helps her Nachbarin with the shopping on fridays",
        "the Fasnacht parade was fun even in the rain lol",
    ],
)
def test_german_care_and_custom_nouns_in_chat_stay(text: str) -> None:
    assert redact(text) == text
