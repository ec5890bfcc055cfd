"""Identifiers known by their shape and the words around them, and numbers that are none."""

from __future__ import annotations

import pytest

from bot.privacy import find, redact

REMOVED = [
    # a month in a given year, a spelled or numbered day
    ("Things turned around in {date} when she joined the choir.", "September 2024", "date"),
    ("Since {date} he has kept the diary.", "mid-April 2025", "date"),
    ("He moved out {date} and rings every Sunday.", "Nov '22", "date"),
    ("Our next catch-up is the {date}, she chose it.", "9th of October", "date"),
    ("Entry dated {date}: slept through.", "12-5-24", "date"),
    ("Admitted {date}, home four days later.", "27-1-25", "date"),
    ("The 1st session was rough; the {date} was better.", "4th of March", "date"),
    ("We marched on {date} together.", "Anzac Day 2023", "date"),
    ("He was back at school by the {date} and glad of it.", "seventeenth", "date"),
    ("We moved the review to {date}.", "14/10", "date"),
    ("Her hearing is on {date} and she is ready.", "8/10", "date"),
    # ages over 89 said by the clause around them
    ("Her godmother, now {age}, still writes letters.", "98", "age"),
    ("Referral (F, {age}) after a fall.", "92", "age"),
    ("At {age} she learned to swim.", "91", "age"),
    ("Age: {age}. Lives with her son.", "96", "age"),
    ("A centenarian of {age}, he still gardens.", "102", "age"),
    ("He'll be {age} next month and wants a quiet day.", "95", "age"),
    # phones in many layouts, with or without a cue word
    ("hp {phone}, the aunty's", "8123 4567", "phone"),
    ("Emergency contact: {phone}", "021 555 0187", "phone"),
    ("call {phone} tonight if she's not home", "9123 4567", "phone"),
    ("ring her dad on {phone} after five", "0871 555 0123", "phone"),
    ("Her sister's line is {phone} if needed.", "0805 555 0199", "phone"),
    # emails spelled out so they are not links
    ("send it to {email} please", "tane dot k at gmail dot com", "email"),
    ("Write to {email} about the forms.", "mina.c[at]yahoo.com.sg", "email"),
    ("her address is {email}", "kim at outlook dot co dot uk", "email"),
    # links without a scheme
    ("her shop is {url} now", "harakeke.nz", "url"),
    ("he put it on {url} last week", "linktr.ee/tamabeats", "url"),
    # ids named by their system, record numbers with a slash
    ("NRIC {id} on the form", "T0123456Z", "id"),
    ("IRD number {id}", "49-091-850", "id"),
    ("Court file ref {id} attached.", "2025/004417", "id"),
    ("NHS no. {id}", "485 777 3456", "id"),
    # postcodes after a state or a postcode word, numbered street addresses
    ("They live in Fitzroy VIC {place} now.", "3065", "place"),
    ("postcode {place} on the letter", "6011", "place"),
    ("New address: {place}, near the park.", "Flat 4B, 19 Hill Road", "place"),
    ("She stays at {place} with her cousins.", "Blk 210 Tampines St 21 #07-155", "place"),
    ("The office is {place}.", "38 Jalan Besar", "place"),
    # a user name after a platform word
    ("on insta he's {handle} and posts his drawings", "rangi.sketches", "handle"),
    ("she posts as {handle} on tiktok", "aroha.bakes", "handle"),
    ("He's {handle} on Twitch most nights.", "xXnightKiwiXx", "handle"),
    ("PPSN: {id} for the grant", "7654321W", "id"),
    ("her IC is {id}, the old one expired", "S8123456B", "id"),
]

KEPT = [
    "We met at 3.30pm and stopped at 4.15pm.",
    "Dose went to 1.5mg/kg and then back down.",
    "About 3/4 of the way through the workbook, 1/2 hour a day.",
    "The 1st session was hard, the 2nd was easier and by the 3rd he was joking.",
    "She is in her 90s and still swims on Tuesdays.",
    "He's 72 and says retirement suits him.",
    "Her nan is 89 and lives with them.",
    "Back in 2019 she was in hospital; since 2021 she has stayed well.",
    "PHQ-9 of 14 at intake, 7 out of 10 on the scale, session 6/10.",
    "we laughed at the dot com bubble stories",
    "she was at work dot com style, always online",
    "Room 204 was booked, so we met at 10 in room 3B instead.",
    "He scored 95 on the test and at 100 days sober he cried.",
    "On instagram she posts self.care reminders.",
    "A 50/50 chance, she says, and 24/7 support is too much.",
    "She has 12 weeks left and 3 sessions booked.",
    "Ring 111 if worried; we call 2019 to 2021 the hard years.",
    "The score, now 95, is her best yet.",
    "Mood 6/10 on Monday, 8/10 by Friday; she rated the group 11/10.",
    "By the second session she was talking more; the twentieth session was the last.",
    "She lives on the twelfth floor and takes the stairs.",
]


@pytest.mark.parametrize(("template", "value", "kind"), REMOVED)
def test_shape_is_removed_as_its_kind(template: str, value: str, kind: str) -> None:
    text = template.format(**{kind: value})
    spans = find(text)
    assert any(s.text == value and s.kind == kind for s in spans), (text, spans)
    assert value not in redact(text)


@pytest.mark.parametrize("text", KEPT)
def test_numbers_that_identify_no_one_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize("text", [t.format(**{k: v}) for t, v, k in REMOVED] + KEPT)
def test_idempotent(text: str) -> None:
    once = redact(text)
    assert redact(once) == once
