"""Word-names opening a sentence: a verb only people do, or a note label followed by a
person's verb, makes the word a name; weather, seasons and months before a verb that things
"do" too, and a virtue word that says how much, stay the word. A word-name after a chat
opener is judged as if it opened the message, and "call her X" names even a kinship word.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Hazel shrugged and said the week was fine, which for her is a lot.", "Hazel"),
        ("Sterling winked at his daughter when she got the answer right.", "Sterling"),
        ("Willow finally apologised to her flatmate about the dishes.", "Willow"),
        ("Jewel sobbed at first, then laughed at herself for sobbing.", "Jewel"),
        ("Marigold reckons her dad is the first who would notice.", "Marigold"),
        ("Pepper volunteered to run the stall at the school fair.", "Pepper"),
        ("Windy chuckled when I asked what she would be doing instead.", "Windy"),
        ("Check-ins. Opal: rang her sister. Victor: cooked for the kids.", "Opal"),
        ("Check-ins. Opal: rang her sister. Victor: cooked for the kids.", "Victor"),
        ("Memory prayed with her mother before the exam and felt steady.", "Memory"),
        ("Bear grinned when I read out his list of wins.", "Bear"),
        ("We agreed I would call her Mimi from now on, her choice.", "Mimi"),
        ("lol Stormy literally texted me at midnight to say it worked", "Stormy"),
    ],
)
def test_a_word_name_doing_what_people_do_is_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Rain made the trip to the park impossible, so we drew maps instead.",
        "Storm damage kept them out of the house for a week and still she came.",
        "Summer felt endless to him, but the last two weeks were better.",
        "Sunny spells helped her mood, she said, and so did the new job.",
        "River crossings used to terrify him; on the camp he led the way.",
        "Dawn starts are hard for nurses on earlies, she pointed out.",
        "April looked better than March for sleep, seven nights out of ten.",
        "Hope was in the room that day, you could feel it.",
        "Memory was patchy after the accident but she remembered the good bits.",
        "ok Rain again so we stayed in and played cards",
        "Bear with me, I wrote this between two sessions.",
        "Patience was in short supply by Friday, yet he stayed calm.",
    ],
)
def test_the_ordinary_word_opening_a_sentence_is_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Hazel shrugged and said the week was fine.",
        "Check-ins. Opal: rang her sister.",
        "Rain made the trip impossible.",
    ],
)
def test_redaction_is_idempotent(text: str) -> None:
    once = redact(text)
    assert redact(once) == once


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("He calls himself Raven on the forums and laughs about it.", "Raven"),
        ("She calls herself Sparrow when she talks about the brave version of her.", "Sparrow"),
        ("His cousins call him Spotify because he hums all day.", "Spotify"),
        ("Glory scaled the week at a 6, up from 2.", "Glory"),
        ("Tee was the first to speak in group today.", "Tee"),
    ],
)
def test_what_a_person_is_called_is_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "The twins call him Grandpa even though he is their great-uncle.",
        "She listened to Spotify on the bus instead of scrolling.",
        "Glory to God, she said, when I asked how she got through it.",
        "Tee time on Saturdays is the one thing he never cancels.",
    ],
)
def test_kinship_brands_and_everyday_uses_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Had a long talk with D. about the weekend at her dad's.", "D."),
        ("I thanked N. for coming back after the hard session.", "N."),
        ("Visited W. at home; the dog was the icebreaker.", "W."),
    ],
)
def test_a_lone_initial_after_with_or_a_meeting_verb_is_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "We carried on with D.B.T. skills for the rest of the hour.",
        "Plan B. was to ring her sister if the panic came back.",
        "Forms from the U.S. embassy arrived and she filled them in herself.",
    ],
)
def test_abbreviations_with_full_stops_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Spent the hour with Ah Girl and her mother, mostly drawing.", "Girl"),
        ("Ah Seng brought his report book without being asked.", "Seng"),
    ],
)
def test_a_familiar_prefix_makes_the_word_after_it_a_name(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Her Ah Ma still cooks porridge for him before school.",
        "Ah Gong walks him to the bus stop every morning.",
        "Ah Well, some weeks are like that, she said.",
    ],
)
def test_grandparents_and_sighs_after_ah_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Forest walks are what she looks forward to all week.",
        "Bill came to ninety dollars and he paid it on time.",
        "Grace was the theme she kept coming back to.",
        "Ruby was the colour she chose for the bedroom.",
    ],
)
def test_a_word_name_the_next_words_show_to_be_a_thing_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Rocky runs to school on his own now.", "Rocky"),
        ("Bill came to the group on time and sober.", "Bill"),
        ("Ruby was the first one to arrive.", "Ruby"),
    ],
)
def test_the_same_word_names_doing_things_are_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Faith has been praying with her aunt before bed.", "Faith"),
        ("Lucky isn't smoking in the house any more.", "Lucky"),
        ("Comfort finally volunteered to read her goals aloud.", "Comfort"),
        ("Ginger, the youngest child, asked to speak first.", "Ginger"),
        ("Justice is in grade 7 now and likes his teacher.", "Justice"),
    ],
)
def test_a_virtue_or_word_name_acting_past_auxiliaries_is_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Faith is in her heart, not in the building, she told me.",
        "Patience has been hard to find this week.",
        "Long walks helped more than the tablets.",
        "Rain, the heaviest in years, flooded the car park.",
    ],
)
def test_virtues_and_weather_without_a_person_cue_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Values: Faith, Honour and Love.",
        "Themes: Mercy and Justice, again.",
        "Strengths: Patience, Hope, Humour.",
    ],
)
def test_a_list_under_a_what_heading_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Attendees: Faith, Honour and Misty.", "Honour"),
        ("Values: Mercy and her sister talked about church.", "Mercy"),
        ("Themes: Justice (15) spoke about fairness.", "Justice"),
    ],
)
def test_people_listed_or_described_after_a_heading_are_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[name]" in out


def test_a_lone_letter_that_speaks_is_removed() -> None:
    out = redact("M phoned on Friday to move the session.")
    assert out == "[name] phoned on Friday to move the session."


@pytest.mark.parametrize(
    "text",
    ["Plan B worked better than plan A.", "Vitamin D helped her energy a bit."],
)
def test_a_letter_in_a_label_stays(text: str) -> None:
    assert redact(text) == text
