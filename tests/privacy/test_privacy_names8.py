"""Kinship words and titles of address of Polish, Ukrainian, Turkish, Arabic, Persian, Dari,
Brazilian Portuguese and Inuktitut go into the placeholder of the name beside them, before
it or after it; alone, or in lower case after a possessive, they are relation words and stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We went over what ciocia Wanda had said at the wedding.",
            "We went over what [name] had said at the wedding.",
        ),
        (
            "The client said Teyze Nermin checks on him every evening.",
            "The client said [name] checks on him every evening.",
        ),
        (
            "When Reza Jan phoned, the boy stopped crying.",
            "When [name] phoned, the boy stopped crying.",
        ),
        ("Kemal Amca drove them to the clinic.", "[name] drove them to the clinic."),
        (
            "Her Khaleh Simin sends voice notes each morning.",
            "Her [name] sends voice notes each morning.",
        ),
        ("he said abu khaled was at the mosque", "he said [name] was at the mosque"),
        ("Lalla Amina cooked for the whole street.", "[name] cooked for the whole street."),
        ("Dona Neide came with her granddaughter.", "[name] came with her granddaughter."),
        ("Ataata Simeonie took him out on the ice.", "[name] took him out on the ice."),
    ],
)
def test_word_of_address_goes_with_the_name(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She calls her grandmother Anaana and her aunt Ciocia.",
        "Her babcia and ciocia came to the meeting.",
        "Her teyze lives nearby and her amca calls on Sundays.",
        "Jan was a hard month for him.",
        "In Jan she started the new job.",
    ],
)
def test_word_of_address_alone_stays(text: str) -> None:
    assert redact(text) == text


def test_lower_case_relation_word_after_a_possessive_stays() -> None:
    assert redact("her ciocia Wanda was there too") == "her ciocia [name] was there too"


@pytest.mark.parametrize(
    "text",
    [
        "When her Anaana is home the house is calmer, she said.",
        "He said his Amca and his Teyze both came to the Bayram dinner.",
        "After the Jobcenter appointment she went to the Kita to pick up her son.",
        "The Erzieherin said he shared his Döner with another boy.",
        "Merci, she wrote at the end, and then Voilà, as if it was simple.",
    ],
)
def test_kinship_and_loan_words_alone_stay(text: str) -> None:
    assert redact(text) == text


def test_name_after_a_kinship_word_listed_as_everyday_still_goes() -> None:
    assert redact("Her Babcia Jadwiga knits.") == "Her [name] knits."
