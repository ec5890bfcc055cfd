"""Kinship words, words of address, kinds of school and public service, shops and festivals of
many languages, capitalised by practitioners who code-switch, stay as the everyday words they
are ("Mormor", "Strejda", "Lukio", "Jugendamt", "Vappu"); a word of address right before a
name goes into its placeholder with the name ("Tetka Milena", "Frau Dr. Hofbauer"), and
listed given names, surnames and towns among such words stay names."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Her Farmor phoned twice this week and they talked about the garden.",
        "Styvpappa drove her to practice, which she said felt strange but kind.",
        "Isoäiti was the one who noticed first that he had stopped eating.",
        "Pleegmoeder says the nights are calmer since the new routine.",
        "The Halbschwester visits on weekends now, and the fights are fewer.",
        "Dědeček taught him chess, and that is where he feels most capable.",
        "Ujna brought food after the funeral and stayed for three days.",
        "His Xaderfi sends voice notes every evening.",
        "Babaanne still cooks for everyone on Sundays, and he helps her.",
        "Suocera and the client argue less since the holiday in the mountains.",
        "He said Mevrouw was strict but fair, and he misses her class.",
    ],
)
def test_kinship_and_address_words_alone_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "After Grundschule she moved to a Realschule and liked it more.",
        "The Jugendamt meeting went better than expected, no shouting at all.",
        "She finished Peruskoulu last spring and starts Ammattikoulu in August.",
        "At the Vårdcentral they finally listened to her about the headaches.",
        "He dreads Vappu because everyone drinks, so we planned an exit.",
        "Nochebuena was hard without her father, but Nochevieja was better.",
        "The Dimotiko teacher called about the bullying, and the Nipiagogeio too.",
        "Pfingsten at the Kleingarten with the cousins was the best day of the month.",
        "Fallas kept him awake all week, the noise brought everything back.",
    ],
)
def test_kinds_of_school_service_and_festivals_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Then Tetka Milena took the children for the weekend.", "Tetka"),
        ("We agreed that Farmor Ingrid would come to the next meeting.", "Ingrid"),
        ("Last week Pleegmoeder Annelies wrote a kind letter.", "Pleegmoeder"),
        ("Bei Frau Dr. Hofbauer fühlt sie sich sicher.", "Frau"),
        ("So Dottoressa Bianchi changed the dose last week.", "Dottoressa"),
        ("Isoäiti Aino lives alone in the countryside now.", "Aino"),
    ],
)
def test_word_of_address_before_a_name_goes_with_it(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Her aunt Anne called again about the custody hearing.", "Anne"),
        ("He grew up in Karakol and moved when he was twelve.", "Karakol"),
    ],
)
def test_names_and_towns_among_such_words_stay_identifiers(text: str, gone: str) -> None:
    assert gone not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Then Tetka Milena took the children for the weekend.",
        "Her Farmor phoned twice this week and they talked about the garden.",
        "Bei Frau Dr. Hofbauer fühlt sie sich sicher.",
    ],
)
def test_redacting_twice_changes_nothing(text: str) -> None:
    once = redact(text)
    assert redact(once) == once


@pytest.mark.parametrize(
    "text",
    [
        "The plan is a walk on Sábado and Domingo, with her sister if possible.",
        "She slept better on Saturday and Domenica than all week.",
        "In Januar he stopped answering texts, then in March he came back.",
        "On Domingo we talked about it and he cried for the first time.",
    ],
)
def test_months_and_days_that_are_names_stay_in_a_time_slot(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Domenica and she went to the beach together.", "Domenica"),
        ("I was strict with Domingo and he sulked.", "Domingo"),
        ("Marco and Domenica came together on Friday.", "Domenica"),
        ("She waited for Abril and Mateo outside.", "Abril"),
    ],
)
def test_months_and_days_said_of_a_person_stay_names(text: str, gone: str) -> None:
    assert gone not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Poffertjes at the market were the first food she enjoyed in weeks.",
        "He baked Lussekatter with his daughter and did not check his phone once.",
        "Gibanica and coffee with the neighbours felt normal again, she said.",
        "Simit on the ferry every morning is now his grounding ritual.",
    ],
)
def test_foods_and_dishes_of_other_languages_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Kaiserschmarrn with Leopold Brandstätter was the highlight of her week.", "Leopold"),
        ("Uncle Pita brought Gözleme to the family meeting.", "Pita"),
    ],
)
def test_names_beside_foods_stay_identifiers(text: str, gone: str) -> None:
    assert gone not in redact(text)
