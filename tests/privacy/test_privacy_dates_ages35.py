"""Dates and ages over 89 as closed grammars: a day and a month after a word that says a date
follows, day ranges and spelled ordinal days before a month, and ages over 89 said with a hedge
("nearly ninety-five", "about to be 99") or "years young". Each removed where it is a date or
an age, kept where the same shape is a count, a measure, a change or a bracket."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.privacy import redact

_HEDGES = ("nearly", "almost", "about", "around", "just", "barely", "pushing", "about to be")
_AGE_WORDS = ("ninety", "ninety-one", "ninety two", "ninety-five", "ninety-nine", "a hundred")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("next session is 14.2 i think", "14.2"),
        ("D.O.B. 30.6. referred by the school", "30.6."),
        ("dob 14-2, lives with her mum", "14-2"),
        ("off school from 14-2 until further notice", "14-2"),
        ("her bday is 14/2 and she dreads it", "14/2"),
        ("DOB:14.2", "14.2"),
        ("born 3-11 in the winter", "3-11"),
        ("appointment moved to 14-16/2 because of the strike", "14-16/2"),
        ("we're away 3-5.6. with the school", "3-5.6."),
        ("intake was completed (twenty-third june)", "twenty-third june"),
        ("dob twenty-first of march, lives with gran", "twenty-first of march"),
        ("The Fifteenth May was when it started.", "Fifteenth May"),
        ("good days on a card: 4.5., 11.5. and 18.5. all sundays", "4.5."),
        ("Exceptions: 3.2. (no bingeing), 10.2. (went to class)", "3.2."),
        ("discharged 19.3. — since then no self-harm", "19.3."),
        ("Next appointment Wed 24/7 at the clinic", "24/7"),
        ("Her mam's anniversary is the eleventh as well", "eleventh"),
        ("his birthday's on the 3rd so it's a hard week", "3rd"),
    ],
)
def test_day_months_go_where_a_date_is_said(text: str, value: str) -> None:
    out = redact(text)
    assert value not in out
    assert "[date]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Session 6/10 - we're past halfway now.",
        "her score went from 7.5 to 8.2 over the term",
        "they won from 14-2 down, amazing game",
        "she drinks on 3-4 occasions a week",
        "on 2.5 mg since the review",
        "the first may bank holiday is quiet",
        "see section 3.2. (table) for the scores",
        "the date is the second time she asked",
        "the group is open 24/7 for her",
        "slept 7.5 hours, then 6.5 - much better",
        "she came second in the march past",
    ],
)
def test_counts_changes_and_measures_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my client's nan is nearly ninety-five and sharp as anything", "ninety-five"),
        ("his great aunt is about to be 99 and still drives lol", "99"),
        ("The patient's father (nearly ninety-five) was admitted.", "ninety-five"),
        ("she says her nana, 93 years young, is the only one who listens", "93"),
        ("her gran is pushing 100 and still gardens", "100"),
        ("he was almost 97 when he passed", "97"),
    ],
)
def test_hedged_ages_over_89_go(text: str, value: str) -> None:
    out = redact(text)
    assert value not in out
    assert "[age]" in out


@pytest.mark.parametrize(
    "text",
    [
        "She went from 95 to nearly 100 on the test.",
        "it was almost 100 degrees in the car",
        "he lives about 92 miles away",
        "she is only 94 pages into the book",
        "her gran is over 90 and still gardens",
        "her gran is in her nineties and still gardens",
        "Gran is a centenarian and proud of it.",
        "heart rate was 96 after the stairs",
        "her score was nearly 95 this time",
        "Attendance was 95 % this term.",
        "She came first in the 100 m race.",
        "my nan is nearly eighty-five and sharp as anything",
        "she says her nana, 89 years young, is the only one who listens",
    ],
)
def test_brackets_measures_and_younger_ages_stay(text: str) -> None:
    assert redact(text) == text


@settings(max_examples=40, deadline=None)
@given(hedge=st.sampled_from(_HEDGES), age=st.sampled_from(_AGE_WORDS))
def test_any_hedge_before_any_old_age_word_goes(hedge: str, age: str) -> None:
    out = redact(f"her grandmother is {hedge} {age} and lives alone")
    assert age not in out
    assert redact(out) == out


@settings(max_examples=40, deadline=None)
@given(
    cue=st.sampled_from(("dob", "DOB:", "born", "since", "until", "d.o.b.")),
    day=st.integers(1, 31),
    month=st.integers(1, 12),
    sep=st.sampled_from((".", "-", "/")),
)
def test_any_day_month_after_a_date_word_goes(cue: str, day: int, month: int, sep: str) -> None:
    value = f"{day}{sep}{month}"
    out = redact(f"client {cue} {value}, lives with her mum")
    assert f" {value}," not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her grandmother (92YO) lives alone", "92YO"),
        ("my gran is 92yrold and lives alone", "92yrold"),
        ("his nan, 92 years of age, lives alone", "92"),
        ("her nan is ninety-two yo and sharp", "ninety-two"),
        ("my gran is ninetytwo and lives alone", "ninetytwo"),
        ("Her grandmother (ninety2) lives alone", "ninety2"),
        ("his nan, hundred and one, lives alone", "hundred and one"),
        ("my gran is 92½ and proud of the half", "92½"),
        ("who is ninety2 has worn her out", "ninety2"),
    ],
)
def test_compact_and_run_together_old_ages_go(text: str, value: str) -> None:
    out = redact(text)
    assert value not in out
    assert "[age]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "A hundred and one reasons to stay, she wrote.",
        "she bought a yo-yo for 92 pence",
        "hundred and one dalmatians is her favourite film",
        "she counted to ninety2 lol",
        "my gran is eightytwo and lives alone",
        "Her grandmother (82YO) lives alone",
        "his nan, 82 years of age, lives alone",
    ],
)
def test_counts_and_younger_compact_ages_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("she moved out on 3june and never went back", "3june"),
        ("dob 14-Feb-2024", "14-Feb-2024"),
        ("it happened june3rd, she said", "june3rd"),
        ("next appt feb-14 at the clinic", "feb-14"),
        ("dob fourteenth of feb", "fourteenth of feb"),
        ("we meet again feb the fourteenth", "feb the fourteenth"),
        ("see you tues 3rd then", "3rd"),
        ("he relapsed new years day 2024 after the party", "new years day 2024"),
        ("xmas eve 2023 was the worst night", "xmas eve 2023"),
    ],
)
def test_short_and_run_together_dates_go(text: str, value: str) -> None:
    out = redact(text)
    assert value not in out
    assert "[date]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "she sat 3rd in the race",
        "the 4-may-be plan never worked",
        "B12 jab on mon",
        "grammar3 is the file name",
        "easter break was long",
        "new year resolutions again",
        "sept was hard, oct was better",
    ],
)
def test_words_beside_numbers_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Next appointment 14.2. We review the plan then.", "14.2."),
        ("réunion 3.5. Elle est venue avec sa mère", "3.5."),
        ("Her consultation 21.11. Went well", "21.11."),
        ("away from 4.5. to 9.5. she said", "9.5."),
    ],
)
def test_a_dotted_day_after_a_dated_event_goes(text: str, date: str) -> None:
    assert date not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her sleep went from 7.5 to 8.2. Good news.",
        "The score moved between 6 and 6.5. We noted it.",
        "See section 3.2. The rules are there.",
    ],
)
def test_a_measure_that_changes_is_no_date(text: str) -> None:
    assert redact(text) == text
