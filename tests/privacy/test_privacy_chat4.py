"""Lower-case chat: words of respect after a name, kin titles of many languages, a verb-like
title, listed towns of several words, and word heard "from" someone.

"anjali didi", "ravi bhaiya": a word of respect typed after a name goes with it. "mama njeri",
"baba tunde", "cik rosnah" are titled names; "ate" (a Filipino elder sister, also an English
verb) is a title only with no subject before it and a listed given name after it. A listed
town of two or three words after a place preposition is removed whole ("near petaling jaya"),
as is a list of three or more lower-case given names or unlisted words ("grace, kofi, ifunanya")
a street named by initials ("along mg road"), two syllables of Chinese given names side by
side ("jia hui said") and a listed given name after "update on" or "heard from".
"""

from __future__ import annotations

import pytest

from bot.privacy import redact

REMOVED = [
    ("priya didi is the one who noticed first", "didi"),
    ("priya didi is the one who noticed first", "priya"),
    ("texted rahul bhaiya about the form", "bhaiya"),
    ("mama wanjiku says he is eating again", "wanjiku"),
    ("mama wanjiku says he is eating again", "mama"),
    ("baba segun came along this time", "segun"),
    ("pak hamid and cik norlela came together", "norlela"),
    ("pak hamid and cik norlela came together", "cik"),
    ("ate maricel has been minding the baby", "maricel"),
    ("ate maricel has been minding the baby", "ate"),
    ("went to the park with ate rowena after", "rowena"),
    ("they live near petaling jaya now", "jaya"),
    ("they live near petaling jaya now", "petaling"),
    ("heard from oluwadamilare that the exam went ok", "oluwadamilare"),
    ("got a text from chiamaka this am", "chiamaka"),
    ("to call back - amara, kwabena, mercy", "kwabena"),
    ("to call back - amara, kwabena, mercy", "mercy"),
    ("seen today: rhys, priyanka, tomasz and ngaire", "rhys"),
    ("she walks along mg road to work every day", "mg"),
    ("then xin yi said she felt braver", "xin"),
    ("then xin yi said she felt braver", "yi"),
    ("any update on aisyah from the school?", "aisyah"),
]

KEPT = [
    "she ate rice and felt ok after",
    "he ate candy all evening and still slept",
    "didi and bhaiya both came, v supportive",
    "mama said he slept through the night",
    "baba and mama were both at the session",
    "her lola makes her laugh every morning",
    "heard from school that he stayed all day",
    "got a text from her mum this am",
    "she lives near the beach now and walks a lot",
    "we met at the new town library for the group",
    "she had jollof, suya, puff puff and chapati at the party",
    "meds now: sertraline, quetiapine, melatonin",
    "apps she uses: tiktok, whatsapp, gcash",
    "he walks along the main road to school",
    "it was on my road, so close to home",
    "wen i got home she was asleep",
    "we watched a show about the ming dynasty",
    "any update on the referral yet?",
]


@pytest.mark.parametrize(("text", "word"), REMOVED)
def test_lower_case_titled_and_honoured_names_are_removed(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out.split()
    assert redact(out) == out


@pytest.mark.parametrize("text", KEPT)
def test_kin_words_verbs_and_ordinary_places_are_kept(text: str) -> None:
    assert redact(text) == text


def test_a_word_of_respect_goes_into_the_placeholder() -> None:
    assert redact("anjali didi noticed first") == "[name] noticed first"


def test_a_listed_town_of_two_words_is_one_place() -> None:
    assert redact("meeting him near petaling jaya") == "meeting him near [place]"
