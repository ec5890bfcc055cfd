"""Churches, schools and tutoring centres named by lower-case words after a noun of worship or
study ("church at ...", "her pastor at ...", "labs at ...", "his church is ... baptist"):
removed, while times, kinds of place, kin's houses and plain descriptions stay."""

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "we talked after church at lantern on sunday",
            "we talked after church at [org] on sunday",
        ),
        (
            "her pastor at cedar gate noticed she looked lighter",
            "her pastor at [org] noticed she looked lighter",
        ),
        (
            "she joined the prayer line at living spring revival and felt held",
            "she joined the prayer line at [org] and felt held",
        ),
        ("his church is cornerstone pentecostal", "his church is [org]"),
        (
            "he goes to choir every friday now at queen's hill methodist lol",
            "he goes to choir every friday now at [org] lol",
        ),
        (
            "she never misses her maths classes at brightpath tutors",
            "she never misses her maths classes at [org]",
        ),
        (
            "mass at tamarind was calm. next week at tamarind again",
            "mass at [org] was calm. next week at [org] again",
        ),
    ],
)
def test_places_of_worship_and_study_are_removed(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "church at night is the calmest hour for her",
        "she likes the choir at the big hall",
        "sunday church then lunch at grandmas",
        "church is super important to her",
        "his church is very welcoming",
        "her class at the gym went well",
        "choir at uni starts again",
        "church at home on zoom during lockdown",
        "the pastor at her church prayed with her",
    ],
)
def test_times_kinds_and_descriptions_stay(text: str) -> None:
    assert redact(text) == text
