"""Each identifier kind is found and replaced by its placeholder."""

from __future__ import annotations

import asyncio
import itertools

import pytest

from bot.privacy import Span, find, redact, redact_async


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("her sister Rosa came too", ("name", "Rosa")),
        ("talked w/ maria about the homework", ("name", "maria")),
        ("aleksandr said the urge was lower", ("name", "aleksandr")),
        ("Mr. Nguyen came in early", ("name", "Nguyen")),
        ("Pt K. Yamamoto reports sleeping better", ("name", "K. Yamamoto")),
        ("the miracle question with J.R. worked", ("name", "J.R.")),
        ("her ex, Travis Milburn, texted", ("name", "Travis Milburn")),
    ],
)
def test_names(text: str, expected: tuple[str, str]) -> None:
    assert expected in kinds(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hope put herself at a 4", "Hope"),
        ("Will (17) says he will try", "Will"),
        ("debrief - May skipped the bar", "May"),
        ("Rose DM'd me to say thanks", "Rose"),
        ("Xiomara's days have structure", "Xiomara"),
        ("Oluwaseun (goes by Seun) had a good shift", "Oluwaseun"),
    ],
)
def test_sentence_initial_names_with_cues(text: str, expected: str) -> None:
    assert ("name", expected) in kinds(text)


def test_repeated_name_is_redacted_everywhere() -> None:
    out = redact("Jasmine and her mom came in; Jasmine rated the week a 7.")
    assert "Jasmine" not in out


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("drove him down from Spokane today", "Spokane"),
        ("they live on 1423 Alder St now", "1423 Alder St"),
        ("the AA meeting on Lake City Way", "Lake City Way"),
        ("his old apartment on Beacon Hill", "Beacon Hill"),
        ("she still lives alone in Federal Way", "Federal Way"),
        ("lives alone in Port Angeles", "Port Angeles"),
    ],
)
def test_places(text: str, place: str) -> None:
    assert ("place", place) in kinds(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("her shift at Safeway went fine", "Safeway"),
        ("a junior at Stadium High School", "Stadium High School"),
        ("the walk to Jefferson Elementary is short", "Jefferson Elementary"),
        ("she is a nurse at Harborview now", "Harborview"),
    ],
)
def test_orgs(text: str, org: str) -> None:
    assert ("org", org) in kinds(text)


@pytest.mark.parametrize(
    "date",
    ["March 3rd", "Oct 5", "3/14", "4/7/61", "07/22/1931", "2026-11-02", "14 March", "Dec. 14"],
)
def test_dates(date: str) -> None:
    assert redact(f"we met on {date}, it went well") == "we met on [date], it went well"


def test_ordinal_day_after_the() -> None:
    assert redact("on Saturday the 9th she stayed calm") == "on Saturday [date] she stayed calm"


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


@pytest.mark.parametrize(
    "phone",
    ["(253) 555-0187", "206-555-0143", "+1 360 555 0162", "425.555.0199", "555-0123"],
)
def test_phones(phone: str) -> None:
    assert redact(f"call {phone} please") == "call [phone] please"


def test_email_url_ip_handle() -> None:
    text = (
        "mail priya.k.88@gmail.com, see https://www.meetup.com/dads-walk/. "
        "login from 24.16.201.77 and DM from @rosie_b.writes"
    )
    assert redact(text) == "mail [email], see [url]. login from [url] and DM from [handle]"


def test_bare_domain_is_url() -> None:
    assert redact("the group is on bit.ly/3xK9pQz now") == "the group is on [url] now"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("MRN 00482913 on file", "00482913"),
        ("billing flagged acct 447120098 today", "447120098"),
        ("plate BXR4417 was listed", "BXR4417"),
        ("license number (WDL8FJ29K3L1) pasted", "WDL8FJ29K3L1"),
        ("SSN 123-45-6789 in the form", "123-45-6789"),
    ],
)
def test_ids(text: str, value: str) -> None:
    assert ("id", value) in kinds(text)


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
