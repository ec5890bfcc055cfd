"""Names, round two: words of address of many languages, virtue names, nicknames named
after the word ("X, as the family calls her"), weekday names that speak, and lower-case
names listed beside a lower-case name in chat. Everyday uses of the same words stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "title",
    ["Madame", "Monsieur", "Mzee", "Ustaz", "Sheikh", "Sir", "Madam", "Sis", "Bro", "Ate", "Mdm"],
)
@pytest.mark.parametrize("name", ["Otieno", "Tremblay", "Carmina"])
def test_a_word_of_address_goes_into_the_placeholder(title: str, name: str) -> None:
    out = redact(f"She said {title} {name} drove her to the clinic.")
    assert out == "She said [name] drove her to the clinic."


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Favour told me her mother now walks her to the gate.", "Favour"),
        ("I asked whether Gift could join the youth choir again.", "Gift"),
        ("Chinnu, as the family calls her, drew a picture of herself asleep.", "Chinnu"),
        ('"Smiley", as he asked us to call him, got through the whole group.', "Smiley"),
        ("Chance said it was fine. Sunday agreed, laughing.", "Sunday"),
        ("yeah jayden and tahlia both came to footy lol", "tahlia"),
        ("quick update: imam yusuf rang, amina is back at madrasa", "yusuf"),
        ("Rain turned up to the marae on time.", "Rain"),
        ("lil j said school was ok only", " j "),
        ("Met Seán Ó Murchú after the match.", "Ó"),
        ("van der Merwe said the boy is sleeping through.", "van"),
        ("Spoke with de la Cruz today about the move.", " la "),
        ("His mates know him as Spud and he loves it.", "Spud"),
        ("sparkling moment: i just shut up and let kumar talk for once", "kumar"),
        ("sis pls check on bea later, she was crying kanina", "bea"),
        ("Comfort wrote her own three goals today.", "Comfort"),
        ("Kuya Jun said the patient slept without the light on.", "Jun"),
    ],
)
def test_names_are_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Favour is not something he wants to ask for; he would rather struggle alone.",
        "Comfort was the priority agreed at the start of the placement.",
        "Thanks for the favour, and the gift was lovely.",
        "Sunday was hard, and on Sunday said nothing at all.",
        "Anxiety, as we call it in group, was quieter this week.",
        "Sir, I have attached the summary for your review.",
        "Rain turned to sleet by the afternoon, so we stayed in.",
        "see you tmrw, let it go, i see progress, check on things later",
        "the big o on the chart, and we know them as Year 9 here.",
        "The van broke down, so we walked; the bin was full.",
        "Seen again in Jun, and the review is due in 2027.",
        "Ma'am, thank you for the feedback.",
        "Whaea and Matua are how the young people address the elders here.",
    ],
)
def test_everyday_words_stay(text: str) -> None:
    assert redact(text) == text


def test_an_everyday_word_listed_beside_a_lower_case_name_stays() -> None:
    assert redact("saw amara and mum today, all good") == "saw [name] and mum today, all good"
