"""Each identifier kind is found and replaced by its placeholder."""

from __future__ import annotations

import asyncio
import itertools

import pytest

from bot.privacy import Span, find, redact, redact_async
from tests.privacy.redaction_cases import found, group

FOUND = [
    *group(
        "names",
        [
            ("her sister Rosa came too", "name", "Rosa"),
            ("talked w/ maria about the homework", "name", "maria"),
            ("aleksandr said the urge was lower", "name", "aleksandr"),
            ("Mr. Nguyen came in early", "name", "Nguyen"),
            ("Pt K. Yamamoto reports sleeping better", "name", "K. Yamamoto"),
            ("the miracle question with J.R. worked", "name", "J.R."),
            ("her ex, Travis Milburn, texted", "name", "Travis Milburn"),
        ],
    ),
    *group(
        "sentence-initial-names-with-cues",
        [
            ("Hope put herself at a 4", "name", "Hope"),
            ("Will (17) says he will try", "name", "Will"),
            ("debrief - May skipped the bar", "name", "May"),
            ("Rose DM'd me to say thanks", "name", "Rose"),
            ("Xiomara's days have structure", "name", "Xiomara"),
            ("Oluwaseun (goes by Seun) had a good shift", "name", "Oluwaseun"),
        ],
    ),
    *group(
        "places",
        [
            ("drove him down from Spokane today", "place", "Spokane"),
            ("they live on 1423 Alder St now", "place", "1423 Alder St"),
            ("the AA meeting on Lake City Way", "place", "Lake City Way"),
            ("his old apartment on Beacon Hill", "place", "Beacon Hill"),
            ("she still lives alone in Federal Way", "place", "Federal Way"),
            ("lives alone in Port Angeles", "place", "Port Angeles"),
        ],
    ),
    *group(
        "orgs",
        [
            ("her shift at Safeway went fine", "org", "Safeway"),
            ("a junior at Stadium High School", "org", "Stadium High School"),
            ("the walk to Jefferson Elementary is short", "org", "Jefferson Elementary"),
            ("she is a nurse at Harborview now", "org", "Harborview"),
        ],
    ),
    *group(
        "ids",
        [
            ("MRN 00482913 on file", "id", "00482913"),
            ("billing flagged acct 447120098 today", "id", "447120098"),
            ("plate BXR4417 was listed", "id", "BXR4417"),
            ("license number (WDL8FJ29K3L1) pasted", "id", "WDL8FJ29K3L1"),
            ("SSN 123-45-6789 in the form", "id", "123-45-6789"),
        ],
    ),
]

REDACTED = [
    *group(
        "dates",
        [
            (f"we met on {date}, it went well", "we met on [date], it went well")
            for date in [
                "March 3rd",
                "Oct 5",
                "3/14",
                "4/7/61",
                "07/22/1931",
                "2026-11-02",
                "14 March",
                "Dec. 14",
            ]
        ],
    ),
    *group(
        "ordinal-day-after-the",
        [("on Saturday the 9th she stayed calm", "on Saturday the [date] she stayed calm")],
    ),
    *group(
        "phones",
        [
            (f"call {phone} please", "call [phone] please")
            for phone in [
                "(253) 555-0187",
                "206-555-0143",
                "+1 360 555 0162",
                "425.555.0199",
                "555-0123",
            ]
        ],
    ),
    *group(
        "email-url-ip-handle",
        [
            (
                "mail priya.k.88@gmail.com, see https://www.meetup.com/dads-walk/. "
                "login from 24.16.201.77 and DM from @rosie_b.writes",
                "mail [email], see [url]. login from [url] and DM from [handle]",
            )
        ],
    ),
    *group(
        "bare-domain-is-url",
        [("the group is on bit.ly/3xK9pQz now", "the group is on [url] now")],
    ),
]


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_names_places_orgs_and_ids_are_found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_dates_phones_emails_urls_and_handles_become_placeholders(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_repeated_name_is_redacted_everywhere() -> None:
    out = redact("Jasmine and her mom came in; Jasmine rated the week a 7.")
    assert "Jasmine" not in out


@pytest.mark.parametrize(
    "text",
    [
        "her grandmother is 93 now",
        "she's 95, the oldest",
        "She's ninety-one, still",
        "he is 101 years old",
        "a 92-year-old client",
    ],
)
def test_ages_over_89(text: str) -> None:
    assert [s.kind for s in find(text)] == ["age"]


def test_find_returns_sorted_non_overlapping_spans() -> None:
    text = "Rosa (93) called 206-555-0143 on March 3rd from Spokane about MRN 00482913."
    spans = find(text)
    assert spans == sorted(spans, key=lambda s: s.start)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    assert all(isinstance(s, Span) and text[s.start : s.end] == s.text for s in spans)


def test_redact_async_matches_redact_for_short_and_long_text() -> None:
    short = "her sister Rosa called on March 3rd"
    long = (short + ". ") * 120
    assert asyncio.run(redact_async(short)) == redact(short)
    assert asyncio.run(redact_async(long)) == redact(long)
