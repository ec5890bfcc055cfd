"""Ordinary therapy-note language is left exactly as it is."""

from __future__ import annotations

import pytest

from bot.privacy import find, redact

UNCHANGED = [
    # scaling numbers
    "anxiety went from a 9 to a 6, and from 2 to 4 the week before",
    "she rated it a 6 and wants a 7 next week",
    "rated 8/10 today vs 6/10 last week",
    "DBT diary card urge scores were 2, 3, 1, 0, 4",
    # weekdays, months without a day, years
    "going to AA on Thursday and calling Mom on Sunday",
    "Tuesday's session felt rushed",
    "first time out since March",
    "the client relapsed in 2023 but has been sober since",
    "moved here from Ohio in 2019",
    "born in 1937 and remembers the flood",
    # ages of 89 and under
    "He is 67 and retired last year",
    "The client's grandmother is 88 and still cooks",
    "he is 17 and his best friend is 45",
    # everyday words that are also names
    "The client said hope feels less fake now",
    "she handled the weekend with more grace than she expected",
    "may try relationship questions next time",
    "client will try the same routine on Monday and Wednesday",
    "the rose garden near her old house",
    "Mark the calendar for a check-in in two weeks",
    "Grace period on the bill ended",
    "May is usually a hard month for her",
    "She said the new routine gives her joy and some faith in herself",
    "he paid the bill and felt a sense of joy",
    "Pt reports improved sleep. Will reassess in two weeks.",
    # SFBT and clinical vocabulary
    "The Miracle Question and Scaling Questions were covered",
    "Exception: no panic attack during the Zoom call. PHQ-9 down to 11.",
    "My old CBT habits are creeping in less; I want to stay SFBT, DBT skills help",
    "PHQ-9: 14. GAD-7: 9. Plan: continue weekly sessions.",
    "Sparkling moment for me: I trusted the client's own words",
    "i asked the coping question and she said honestly God and my dog",
    "He uses Zoloft and the Headspace app",
    "Session was on Tuesday the 5th session of our work",
    "Her anxiety was 95% better, and she scored 92 on the quiz",
    "We use 24/7 support and there is a 50/50 chance",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_ordinary_text_is_unchanged(text: str) -> None:
    assert find(text) == [], find(text)
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    ["[name] said [date] was fine", "call [phone] or mail [email]", "[place], [org], [age]"],
)
def test_placeholders_are_never_flagged(text: str) -> None:
    assert redact(text) == text


def test_states_and_countries_are_kept() -> None:
    text = "She moved from Mexico to Washington and visits New York"
    assert redact(text) == text
