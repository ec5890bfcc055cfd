"""Properties of recall and precision over generated notes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.privacy import redact

SAFE_CAPITALISED = [
    "Duolingo",
    "Roblox",
    "PlayStation",
    "Minecraft",
    "Spotify",
    "Headspace",
    "Xbox",
    "Fajr",
    "Shabbat",
    "Diwali",
    "Ramadan",
    "Lent",
    "Passover",
    "Eid",
    "Gurdwara",
    "Monday",
    "Tue",
    "Thurs",
    "Sat",
    "Sunday",
    "Christmas",
    "Thanksgiving",
    "Halloween",
    "Kenya",
    "Ontario",
    "Punjab",
    "Samoa",
    "Texas",
    "Scotland",
    "Vietnam",
    "CBT",
    "DBT",
    "SFBT",
    "EMDR",
    "Miracle",
    "Scaling",
    "Question",
]
SAFE_LOWER = [
    "abuelita",
    "bibi",
    "nonna",
    "halmoni",
    "lolo",
    "the",
    "she",
    "went",
    "to",
    "and",
    "after",
    "played",
    "with",
    "her",
    "on",
    "prayed",
    "felt",
    "calmer",
    "a",
    "good",
    "week",
    "again",
    "before",
    "school",
    "it",
    "helped",
    "then",
    "slept",
    "better",
]
WORD = st.one_of(st.sampled_from(SAFE_CAPITALISED), st.sampled_from(SAFE_LOWER))
SENTENCE = st.lists(WORD, min_size=1, max_size=12).map(lambda ws: " ".join(ws) + ".")
SAFE_TEXT = st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join)

# Written for this test: not taken from the anonymizer's own name lists.
NAMES = [
    "Tevita",
    "Losaline",
    "Mereana",
    "Kahurangi",
    "Seo-yeon",
    "Dong-hyun",
    "Venkatraman",
    "Parvathi",
    "Gurinder",
    "Tahmid",
    "Wanjiku",
    "Otieno",
    "Tigist",
    "Habtamu",
    "Nakimuli",
    "Oyelaran",
    "Chukwuemeka",
    "Xiomara",
    "Itzamara",
    "Bogusława",
    "Aigerim",
    "Tenzin",
    "Ngaire",
    "Folake",
    "Mahlet",
    "Keoni",
    "Siosaia",
    "Thandeka",
    "Anahera",
    "Yerlan",
]
TEMPLATES = [
    "{} said the week was better.",
    "Her sister {} came to the session.",
    "The client, {}, rated it a 6.",
    "What helped: {} stayed over on Friday.",
    "she texted {} before the bus and felt calmer",
    "Exception came when {} took over the school run.",
    "Who noticed? {}, her cousin.",
    "Mum and {} both saw the difference.",
]


@settings(max_examples=200, deadline=None)
@given(SAFE_TEXT)
def test_text_of_safe_words_comes_back_unchanged(text: str) -> None:
    assert redact(text) == text


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(TEMPLATES))
def test_a_name_from_many_cultures_is_always_removed(name: str, template: str) -> None:
    out = redact(template.format(name))
    assert name not in out, out
    assert redact(out) == out
