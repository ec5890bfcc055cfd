"""Kinship words and words of address of Yoruba and Pidgin, Amharic, Nepali, Haitian Creole,
Tamil, Punjabi, Khmer and isiZulu speech, before a name and after one; lower-case given
names of those communities; dates in the Ethiopian, Nepali, Tamil and Punjabi months, a
month and day before a colon, a year first with slashes and a lower-case weekday before a
day; listed towns typed in lower case after "at" and Pidgin "for" and "go"; streets named
by a number; organisations named by a feast of faith or by a capitalised "The"; and the
same words kept where they name no one.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her Emama Tsehay visits every week.", "Her [name] visits every week."),
        ("He worked with Malume Thulani at the rank.", "He worked with [name] at the rank."),
        ("at her Periyappa Siva's restaurant", "at her [name]'s restaurant"),
        ("before, Ming Sokunthea came to translate", "before, [name] came to translate"),
        ("mam zanele says she slept at home", "[name] says she slept at home"),
        ("oga femi call, e say iya bose don come", "[name] call, e say [name] don come"),
        ("manmi lourdes texted me today", "[name] texted me today"),
        ("bong chenda texted me", "[name] texted me"),
        ("Maya didi runs the tea shop.", "[name] runs the tea shop."),
        ("rojina bahini ko exam sakiyo", "[name] ko exam sakiyo"),
        ("Laxmi aama says he eats again", "[name] says he eats again"),
        ("luxshan anna said the boy is fine", "[name] said the boy is fine"),
        ("Harman veer has a job now", "[name] has a job now"),
    ],
)
def test_kinship_word_of_address_goes_with_the_name(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Her Emama and her Gashe sat at the back.",
        "His Buwa, his Aama and his Bhauju all live together.",
        "Her Manmi, her Matant and her Grann came.",
        "Her Yeay and her Bong came for the new year.",
        "Her Mamncane and her Malume came for the umemulo.",
        "she calls her didi every evening",
        "her bahini drove her to the bus",
        "Alhaji was at the mosque.",
    ],
)
def test_kinship_words_standing_alone_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("abeg call tunde for me", "abeg call [name] for me"),
        ("mathu dropped out of the class", "[name] dropped out of the class"),
        ("we saw sokunthea at the market", "we saw [name] at the market"),
    ],
)
def test_lower_case_given_names_of_these_communities(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Follow-up on Tir 12: she sleeps.", "Follow-up on [date]: she sleeps."),
        ("Since Meskerem 17, 2017, he works.", "Since [date], he works."),
        ("she is there till baisakh 12, ok", "she is there till [date], ok"),
        ("He came back on 3 Poh.", "He came back on [date]."),
        ("Follow-up on June 9: she came.", "Follow-up on [date]: she came."),
        ("Follow-up on 2081/05/14: she came.", "Follow-up on [date]: she came."),
        ("since monday 12th she is fine", "since [date] she is fine"),
    ],
)
def test_dates_of_other_calendars_and_shapes(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We met in Meskerem, after the rains.",
        "Thai Pongal falls in Thai, and she loves it.",
        "Thai 2 sessions later she was calmer.",
        "The meeting is at 9:30 on Monday.",
        "on monday she slept well",
    ],
)
def test_month_names_alone_and_times_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he came to gym with me at guildford today", "he came to gym with me at [place] today"),
        (
            "she dey stay with her for ajegunle, e be like",
            "she dey stay with her for [place], e be like",
        ),
        ("he moved to his aunt in ayat, betam good", "he moved to his aunt in [place], betam good"),
        ("lives on 128 Street in Newton", "lives on [place] in [place]"),
        ("she went to signal hill with friends", "she went to [place] with friends"),
        ("she went to the Nativity Girls School office", "she went to the [org] office"),
        ("she went to The Children's Clinic alone", "she went to [org] alone"),
    ],
)
def test_places_and_organisations_after_cues(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "go home for sure, at reading time",
        "she went to Sunday School today",
        "the Bible College course starts soon",
        "she went to the children's clinic",
        "Referral To The Community Mental Health Team",
        "she wants support from her network",
        "He watches Cartoon Network after school.",
        "he did 3 road trips last year",
        "she went to the hill with friends",
    ],
)
def test_generic_places_and_services_are_kept(text: str) -> None:
    assert redact(text) == text
